// How an event's own fields are stored: one JSON object per kind, shared by the database, the
// offline journal and ticket files.
#pragma once

#include "tickets/ticketevent.h"

#include <QJsonObject>

namespace hourglass {

class JsonReader;

namespace EventPayload {

// The fields that go with event.kind ("severity" for severity-changed, "for" for scheduled…),
// without "at" and "kind".
QJsonObject encode(const TicketEvent &event);
// The inverse, from one event object; throws InputError naming the field.
void decode(JsonReader &entry, TicketEvent &event);

} // namespace EventPayload

} // namespace hourglass
