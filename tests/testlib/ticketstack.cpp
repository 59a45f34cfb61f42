// The ticket object graph over a test database, wired as the composition root wires it.
#include "ticketstack.h"

#include "storage/database.h"
#include "storage/policystore.h"
#include "storage/storageerror.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hourglass::test {

namespace {

Database &withLogin(Database &database)
{
    if (database.isPostgres() && !database.userId(database.serverLogin())) {
        QSqlQuery insert(database.connection());
        insert.prepare(QStringLiteral(
            "INSERT INTO users (login, display_name, role, languages, time_zone, email, phone) "
            "VALUES (?, ?, 'admin', 'en', 'UTC', '', '')"));
        insert.addBindValue(database.serverLogin());
        insert.addBindValue(database.serverLogin());
        if (!insert.exec())
            throw StorageError(insert.lastError().text());
    }
    return database;
}

} // namespace

TicketStack::TicketStack(Database &database,
                         const Clock &clock,
                         const QString &journalPath,
                         const QString &profile)
    : session(database.url(), clock, database.isPostgres() ? QString() : profile)
    , repository(session)
    , customers(session)
    , engine(PolicyStore::loadAll(withLogin(database)))
    , commands(session, journalPath)
    , tickets(session, repository, customers, engine, commands)
    , maintenanceRepository(session)
    , maintenance(maintenanceRepository)
    , pauses(maintenance, repository, session.databaseClock())
{
    tickets.setMaintenancePauses(&pauses);
    session.start(database);
    commands.open();
}

TicketRecord TicketStack::create(qint64 customerId,
                                 const QString &title,
                                 const QString &severity,
                                 const QString &channel,
                                 const QString &assignee)
{
    TicketRequest request;
    request.customerId = customerId;
    request.title = title;
    request.severity = severity;
    request.channel = channel;
    request.assignee = assignee;
    return tickets.create(request);
}

bool TicketStack::act(qint64 ticketId,
                      TicketAction::Kind kind,
                      const QString &value,
                      const QString &text)
{
    TicketAction action;
    action.kind = kind;
    action.ticketId = ticketId;
    action.version = repository.ticket(ticketId)->version;
    action.value = value;
    action.text = text;
    return tickets.perform(action);
}

} // namespace hourglass::test
