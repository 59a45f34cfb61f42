// Reads a ticket timeline JSON file (format "hourglass-ticket/1") for what-if questions.
#pragma once

#include "tickets/ticketevent.h"

namespace hourglass {

class SlaEngine;

namespace TicketFile {

inline constexpr auto formatTag = "hourglass-ticket/1";

// Throws InputError naming the file, the JSON path and the problem.
TicketTimeline load(const QString &fileName);
TicketTimeline parse(const QString &fileName, const QByteArray &bytes);
// Once the policy is known: every severity, tier and channel the events name, and every
// policy version, must be the policy's own (docs/formats.md: "refused"), checked against the
// version in force at each event. Throws InputError naming the file and the JSON path.
void check(const QString &fileName, const TicketTimeline &timeline, const SlaEngine &engine);
} // namespace TicketFile

} // namespace hourglass
