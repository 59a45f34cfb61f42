// Reading ticket timelines back from the database, for the SLA engine.
#pragma once

#include "storage/databaseurl.h"
#include "tickets/ticketevent.h"
#include "tickets/ticketrepository.h"

#include <QHash>
#include <QSqlDatabase>

#include <functional>

namespace hourglass {

class Database;

namespace TicketStore {

// The stored timeline of one ticket: its policy and its events in time order. Throws
// StorageError when the ticket is missing; an event that cannot be read makes the timeline
// unreadable (naming its row) rather than failing the read.
TicketTimeline loadTimeline(QSqlDatabase &db, qint64 ticketId);
// Every open ticket's timeline in one query, in ticket order, for the queue.
QList<TicketTimeline> loadOpenTimelines(QSqlDatabase &db);
// The same for the tickets of a scope, resolved ones limited as scopeCondition() says.
QList<TicketTimeline> loadTimelines(QSqlDatabase &db, TicketScope scope, qsizetype resolvedLimit);
// The SQL condition on "t" (the tickets table) that picks a scope's tickets: open ones all,
// resolved ones only the `resolvedLimit` most recently changed. One definition for every read
// by scope, so tickets and timelines always cover the same rows.
QString scopeCondition(TicketScope scope, qsizetype resolvedLimit);

// Every open ticket and its timeline, for the queue. The tickets are read on a second
// connection in a second thread while this one reads the timelines, which halves the wait on
// two cores; without a second connection both are read here, one after the other.
// `meanwhile`, when given, gets the timelines on this thread as soon as they are read, while
// the tickets are still coming: it may take them (to work out their clocks, say). The result
// then holds only the timelines of tickets opened between the two reads.
// Whether a second connection sees the same data (not so for an in-memory SQLite database).
bool hasSecondConnection(const DatabaseUrl &url);
OpenTickets loadOpenTickets(Database &database,
                            const std::function<void(QList<TicketTimeline> &)> &meanwhile = {});
// The same for a scope.
OpenTickets loadTickets(Database &database,
                        TicketScope scope,
                        qsizetype resolvedLimit,
                        const std::function<void(QList<TicketTimeline> &)> &meanwhile = {});

} // namespace TicketStore

} // namespace hourglass
