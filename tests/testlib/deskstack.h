// The after-hours desk's object graph over a test database, wired as the composition root
// wires it: the ticket stack, the on-call service and the escalation service.
#pragma once

#include "oncall/escalationservice.h"
#include "oncall/oncallservice.h"
#include "storage/sqlescalationrepository.h"
#include "storage/sqloncallrepository.h"
#include "ticketstack.h"

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

} // namespace hourglass::test
