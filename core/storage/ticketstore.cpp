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

} // namespace

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
        "SELECT id, at, kind, payload FROM ticket_events WHERE ticket_id = ? ORDER BY at, id"));
    events.addBindValue(ticketId);
    if (!events.exec())
        throw StorageError(Tr::tr("cannot read the events of ticket %1: %2")
                               .arg(ticketId)
                               .arg(events.lastError().text()));
    while (events.next()) {
        const QString place = QStringLiteral("ticket_events row %1")
                                  .arg(events.value(0).toLongLong());
        const auto kind = TicketEvent::kindFromKey(events.value(2).toString());
        if (!kind)
            throw StorageError(
                Tr::tr("%1: unknown event kind \"%2\"").arg(place, events.value(2).toString()));
        TicketEvent event;
        event.kind = *kind;
        event.at = fromEpoch(events.value(1).toLongLong());
        try {
            JsonReader payload(place,
                               QStringLiteral("payload"),
                               QJsonDocument::fromJson(events.value(3).toByteArray()).object());
            // The same reader as ticket files, so both say the same things the same way.
            TicketFile::readEventDetails(payload, event);
        } catch (const InputError &error) {
            throw StorageError(error.message());
        }
        timeline.events.append(event);
    }
    return timeline;
}

} // namespace hourglass
