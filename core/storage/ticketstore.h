// Reading ticket timelines back from the database, for the SLA engine.
#pragma once

#include "tickets/ticketevent.h"
#include "tickets/ticketrepository.h"

#include <QHash>
#include <QSqlDatabase>

namespace hourglass {

class Database;

namespace TicketStore {

// The stored timeline of one ticket: its policy and its events in time order. Throws
// StorageError when the ticket is missing or a stored event cannot be read (naming its row).
TicketTimeline loadTimeline(QSqlDatabase &db, qint64 ticketId);
// Every open ticket's timeline in one query, for the queue.
QHash<qint64, TicketTimeline> loadOpenTimelines(QSqlDatabase &db);

struct OpenTickets
{
    QList<TicketRecord> tickets;
    QHash<qint64, TicketTimeline> timelines; // one for each of `tickets`
};
// Every open ticket and its timeline, for the queue. The tickets are read on a second
// connection in a second thread while this one reads the timelines, which halves the wait on
// two cores; without a second connection both are read here, one after the other.
OpenTickets loadOpenTickets(Database &database);

} // namespace TicketStore

} // namespace hourglass
