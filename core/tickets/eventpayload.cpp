// How an event's own fields are stored: one JSON object per kind, shared by the database, the
// offline journal and ticket files.
#include "tickets/eventpayload.h"

#include "io/jsonreader.h"
#include "tickets/ticketstatus.h"

#include <QCoreApplication>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::EventPayload)
};

} // namespace

void EventPayload::decode(JsonReader &entry, TicketEvent &event)
{
    switch (event.kind) {
    case TicketEvent::Kind::Created:
        event.value = entry.optionalString(QStringLiteral("severity")).value_or(QString());
        event.tier = entry.requireString(QStringLiteral("tier"));
        event.channel = entry.requireString(QStringLiteral("channel"));
        event.area = entry.optionalString(QStringLiteral("area")).value_or(QString());
        break;
    case TicketEvent::Kind::SeverityChanged:
        event.value = entry.requireString(QStringLiteral("severity"));
        break;
    case TicketEvent::Kind::TierChanged:
        event.value = entry.requireString(QStringLiteral("tier"));
        break;
    case TicketEvent::Kind::PolicyChanged: {
        const qint64 version = entry.requireInteger(QStringLiteral("version"));
        if (version < 1 || version > 1000000)
            entry.fail(QStringLiteral("version"), Tr::tr("must be a positive whole number"));
        event.version = int(version);
        break;
    }
    case TicketEvent::Kind::StatusChanged:
        event.value = entry.requireString(QStringLiteral("status"));
        if (const auto status = ticketStatusFromKey(event.value);
            !status || (*status != TicketStatus::Open && !isPausing(*status)))
            entry.fail(QStringLiteral("status"),
                       Tr::tr("unknown status \"%1\" (open, waiting-customer or scheduled)")
                           .arg(InputError::excerpt(event.value)));
        break;
    case TicketEvent::Kind::ScheduledFor:
        event.scheduledFor = entry.requireInstant(QStringLiteral("for"));
        break;
    case TicketEvent::Kind::Assigned:
        // No assignee: the ticket was unassigned.
        event.value = entry.optionalString(QStringLiteral("assignee")).value_or(QString());
        break;
    case TicketEvent::Kind::Note:
    case TicketEvent::Kind::Responded:
    case TicketEvent::Kind::Updated:
    case TicketEvent::Kind::CustomerReplied:
        // What was written, when anything was.
        event.value = entry.optionalString(QStringLiteral("text")).value_or(QString());
        break;
    case TicketEvent::Kind::Resolved:
    case TicketEvent::Kind::Reopened:
        break;
    }
}

QJsonObject EventPayload::encode(const TicketEvent &event)
{
    switch (event.kind) {
    case TicketEvent::Kind::Created: {
        QJsonObject object{{QStringLiteral("tier"), event.tier},
                           {QStringLiteral("channel"), event.channel}};
        if (!event.value.isEmpty())
            object.insert(QStringLiteral("severity"), event.value);
        if (!event.area.isEmpty())
            object.insert(QStringLiteral("area"), event.area);
        return object;
    }
    case TicketEvent::Kind::SeverityChanged:
        return {{QStringLiteral("severity"), event.value}};
    case TicketEvent::Kind::TierChanged:
        return {{QStringLiteral("tier"), event.value}};
    case TicketEvent::Kind::PolicyChanged:
        return {{QStringLiteral("version"), event.version}};
    case TicketEvent::Kind::StatusChanged:
        return {{QStringLiteral("status"), event.value}};
    case TicketEvent::Kind::ScheduledFor:
        return {{QStringLiteral("for"), formatInstant(event.scheduledFor.value_or(event.at))}};
    case TicketEvent::Kind::Assigned:
        return event.value.isEmpty() ? QJsonObject()
                                     : QJsonObject{{QStringLiteral("assignee"), event.value}};
    case TicketEvent::Kind::Note:
    case TicketEvent::Kind::Responded:
    case TicketEvent::Kind::Updated:
    case TicketEvent::Kind::CustomerReplied:
        return event.value.isEmpty() ? QJsonObject()
                                     : QJsonObject{{QStringLiteral("text"), event.value}};
    case TicketEvent::Kind::Resolved:
    case TicketEvent::Kind::Reopened:
        break;
    }
    return {};
}

} // namespace hourglass
