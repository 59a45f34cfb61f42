// Reading ticket timelines back from the database, for the SLA engine.
#pragma once

#include "tickets/ticketevent.h"

#include <QHash>
#include <QSqlDatabase>

namespace hourglass {

namespace TicketStore {

// The stored timeline of one ticket: its policy and its events in time order. Throws
// StorageError when the ticket is missing or a stored event cannot be read (naming its row).
TicketTimeline loadTimeline(QSqlDatabase &db, qint64 ticketId);
// Every open ticket's timeline in two queries, for the queue.
QHash<qint64, TicketTimeline> loadOpenTimelines(QSqlDatabase &db);

} // namespace TicketStore

} // namespace hourglass
