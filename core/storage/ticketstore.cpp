// Reading ticket timelines back from the database, for the SLA engine.
#include "storage/ticketstore.h"

#include "io/inputerror.h"
#include "io/jsonreader.h"
#include "io/ticketfile.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::TicketStore)
};

// One stored event back into a TicketEvent, read by the same code as ticket files.
TicketEvent storedEvent(qint64 rowId,
                        const QString &kindKey,
                        qint64 at,
                        const QByteArray &payload,
                        const QString &author)
{
    const QString place = QStringLiteral("ticket_events row %1").arg(rowId);
    const auto kind = TicketEvent::kindFromKey(kindKey);
    if (!kind)
        throw StorageError(Tr::tr("%1: unknown event kind \"%2\"").arg(place, kindKey));
    TicketEvent event;
    event.kind = *kind;
    event.at = fromEpoch(at);
    event.author = author;
    // Most events carry nothing; skipping the JSON parse for them matters at 100 000 tickets.
    if (payload.size() <= 2 && *kind != TicketEvent::Kind::Created)
        return event;
    try {
        JsonReader reader(place,
                          QStringLiteral("payload"),
                          QJsonDocument::fromJson(payload).object());
        TicketFile::readEventDetails(reader, event);
    } catch (const InputError &error) {
        throw StorageError(error.message());
    }
    return event;
}

} // namespace

QHash<qint64, TicketTimeline> TicketStore::loadOpenTimelines(QSqlDatabase &db)
{
    QHash<qint64, TicketTimeline> timelines;
    QSqlQuery tickets(db);
    tickets.setForwardOnly(true);
    if (!tickets.exec(QStringLiteral(
            "SELECT id, policy_key, policy_version FROM tickets WHERE status <> 'resolved'")))
        throw StorageError(Tr::tr("cannot read tickets: %1").arg(tickets.lastError().text()));
    while (tickets.next())
        timelines.insert(tickets.value(0).toLongLong(),
                         TicketTimeline{tickets.value(1).toString(), tickets.value(2).toInt(), {}});
    QSqlQuery events(db);
    events.setForwardOnly(true);
    if (!events.exec(
            QStringLiteral("SELECT e.id, e.ticket_id, e.at, e.kind, e.payload FROM ticket_events e "
                           "JOIN tickets t ON t.id = e.ticket_id WHERE t.status <> 'resolved' "
                           "ORDER BY e.ticket_id, e.at, e.id")))
        throw StorageError(Tr::tr("cannot read ticket events: %1").arg(events.lastError().text()));
    TicketTimeline *current = nullptr;
    qint64 currentId = 0;
    while (events.next()) {
        const qint64 ticketId = events.value(1).toLongLong();
        if (!current || ticketId != currentId) {
            current = &timelines[ticketId];
            currentId = ticketId;
        }
        current->events.append(storedEvent(events.value(0).toLongLong(),
                                           events.value(3).toString(),
                                           events.value(2).toLongLong(),
                                           events.value(4).toByteArray(),
                                           events.value(5).toString()));
    }
    return timelines;
}

TicketTimeline TicketStore::loadTimeline(QSqlDatabase &db, qint64 ticketId)
{
    QSqlQuery ticket(db);
    ticket.prepare(QStringLiteral("SELECT policy_key, policy_version FROM tickets WHERE id = ?"));
    ticket.addBindValue(ticketId);
    if (!ticket.exec())
        throw StorageError(
            Tr::tr("cannot read ticket %1: %2").arg(ticketId).arg(ticket.lastError().text()));
    if (!ticket.next())
        throw StorageError(Tr::tr("there is no ticket %1").arg(ticketId));
    TicketTimeline timeline;
    timeline.policyId = ticket.value(0).toString();
    timeline.policyVersion = ticket.value(1).toInt();

    QSqlQuery events(db);
    events.prepare(QStringLiteral(
        "SELECT e.id, e.at, e.kind, e.payload, u.login FROM ticket_events e "
        "LEFT JOIN users u ON u.id = e.author_id WHERE e.ticket_id = ? ORDER BY e.at, e.id"));
    events.addBindValue(ticketId);
    if (!events.exec())
        throw StorageError(Tr::tr("cannot read the events of ticket %1: %2")
                               .arg(ticketId)
                               .arg(events.lastError().text()));
    while (events.next())
        timeline.events.append(storedEvent(events.value(0).toLongLong(),
                                           events.value(2).toString(),
                                           events.value(1).toLongLong(),
                                           events.value(3).toByteArray(),
                                           events.value(4).toString()));
    return timeline;
}

} // namespace hourglass
