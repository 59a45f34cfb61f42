// Tickets and customers to and from CSV: imports are validated whole, then written in one
// transaction; a malformed file is refused with the line and column of its first problem.
#pragma once

#include <QByteArray>
#include <QString>

namespace hourglass {

class Database;
class TicketRepository;
class TicketService;

namespace CsvExchange {

// Ticket columns: customer (its name) and title required; severity (triaged from the channel
// when empty), channel, language, status, assignee (a login) and created_at (ISO 8601)
// optional; an export's own id, tier, updated_at and version columns are accepted and read
// past, so an export imports again. Returns how many tickets were created. Throws InputError
// or StorageError. Every row goes through the ticket service's checks.
qsizetype importTickets(TicketService &service, const QString &fileName, const QByteArray &bytes);
QByteArray exportTickets(TicketRepository &repository);

// Customer columns: name, policy, tier required; organization, time_zone, language and
// contract_start (ISO 8601; default: in force since before any ticket) optional.
qsizetype importCustomers(Database &database, const QString &fileName, const QByteArray &bytes);
QByteArray exportCustomers(Database &database);

} // namespace CsvExchange

} // namespace hourglass
