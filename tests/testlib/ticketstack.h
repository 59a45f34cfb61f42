// The ticket object graph over a test database, wired as the composition root wires it.
#pragma once

#include "maintenance/maintenancepauses.h"
#include "maintenance/maintenanceservice.h"
#include "sla/slaengine.h"
#include "storage/commandrunner.h"
#include "storage/session.h"
#include "storage/sqlcustomerdirectory.h"
#include "storage/sqlmaintenancerepository.h"
#include "storage/sqlticketrepository.h"
#include "tickets/ticketservice.h"

namespace hourglass {
class Clock;
class Database;
} // namespace hourglass

namespace hourglass::test {

class TicketStack
{
    Q_DISABLE_COPY_MOVE(TicketStack)

public:
    // On `database`, which the caller keeps open. `journalPath` empty: no offline journal.
    // On PostgreSQL the server's login is made a user first, as an administrator would.
    TicketStack(Database &database,
                const Clock &clock,
                const QString &journalPath = QString(),
                const QString &profile = QString());

    // A ticket opened now through the service, on the customer with that id.
    TicketRecord create(qint64 customerId,
                        const QString &title,
                        const QString &severity = QString(),
                        const QString &channel = QString(),
                        const QString &assignee = QString());
    // An action on the ticket's current version.
    bool act(qint64 ticketId,
             TicketAction::Kind kind,
             const QString &value = QString(),
             const QString &text = QString());

    Session session;
    SqlTicketRepository repository;
    SqlCustomerDirectory customers;
    SlaEngine engine;
    CommandRunner commands;
    TicketService tickets;
    // The maintenance pauses the service hands every reader of a clock. Nothing follows the
    // change feed here: after changing windows or subscriptions, call pauses.invalidate().
    SqlMaintenanceRepository maintenanceRepository;
    MaintenanceService maintenance;
    MaintenancePauses pauses;
};

} // namespace hourglass::test
