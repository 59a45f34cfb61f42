// The after-hours desk's object graph over a test database, wired as the composition root
// wires it: the ticket stack, the on-call service and the escalation service.
#pragma once

#include "oncall/escalationservice.h"
#include "oncall/oncallservice.h"
#include "storage/database.h"
#include "storage/sqlescalationrepository.h"
#include "storage/sqloncallrepository.h"
#include "ticketstack.h"

#include <QSqlQuery>

namespace hourglass::test {

struct DeskStack
{
    // With `journal`, the desk's commands go through the stack's runner and its journal.
    DeskStack(Database &database,
              const Clock &clock,
              const QString &profile,
              const QString &journal = QString())
        : stack(database, clock, journal, profile)
        , oncallRepository(stack.session)
        , oncall(oncallRepository, [this] { return stack.customers.people(); })
        , repository(stack.session)
        , service(repository,
                  oncall,
                  stack.tickets,
                  stack.session.databaseClock(),
                  journal.isEmpty() ? nullptr : &stack.commands)
    {}
    Q_DISABLE_COPY_MOVE(DeskStack)

    TicketStack stack;
    SqlOnCallRepository oncallRepository;
    OnCallService oncall;
    SqlEscalationRepository repository;
    EscalationService service;
};

// The first customer of the after-hours desk's policy in the demo data; qFatal if none.
inline QString deskCustomer(Database &database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral(
            "SELECT c.name FROM customers c JOIN contracts k ON k.customer_id = c.id WHERE "
            "k.policy_key = 'afterhours-desk' ORDER BY c.id LIMIT 1"))
        || !query.next())
        qFatal("the demo has no customer of the after-hours desk");
    return query.value(0).toString();
}

// The call every desk test takes down, at `urgency`.
inline DeskCall deskCall(const QString &customer, const QString &urgency)
{
    DeskCall c;
    c.customer = customer;
    c.caller = QStringLiteral("Marie Tremblay");
    c.callback = QStringLiteral("+1 613 555 0199");
    c.description = QStringLiteral("Every VM of the Ottawa cluster is down\nSince 02:10.");
    c.urgency = urgency;
    return c;
}

} // namespace hourglass::test
