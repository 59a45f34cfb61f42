// Reads a ticket timeline JSON file (format "hourglass-ticket/1") for what-if questions.
#pragma once

#include "tickets/ticketevent.h"

namespace hourglass {

namespace TicketFile {

inline constexpr auto formatTag = "hourglass-ticket/1";

// Throws InputError naming the file, the JSON path and the problem.
TicketTimeline load(const QString &fileName);
TicketTimeline parse(const QString &fileName, const QByteArray &bytes);
} // namespace TicketFile

} // namespace hourglass
