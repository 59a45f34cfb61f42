// Reads a ticket timeline JSON file (format "hourglass-ticket/1") for what-if questions.
#pragma once

#include "tickets/ticketevent.h"

#include <QJsonObject>

namespace hourglass {

class JsonReader;

namespace TicketFile {

inline constexpr auto formatTag = "hourglass-ticket/1";

// Throws InputError naming the file, the JSON path and the problem.
TicketTimeline load(const QString &fileName);
TicketTimeline parse(const QString &fileName, const QByteArray &bytes);
// The fields that go with event.kind ("severity" for severity-changed, "for" for scheduled…),
// read from one event object; shared by ticket files and stored event payloads.
void readEventDetails(JsonReader &entry, TicketEvent &event);
// The inverse: the fields of an event as a JSON object, without "at" and "kind".
QJsonObject eventDetails(const TicketEvent &event);

} // namespace TicketFile

} // namespace hourglass
