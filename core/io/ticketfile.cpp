// Reads a ticket timeline JSON file (format "hourglass-ticket/1") for what-if questions.
#include "io/ticketfile.h"

#include "io/jsonreader.h"

#include <QCoreApplication>
#include <QFile>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::TicketFile)
};

Instant requireInstant(JsonReader &reader, const QString &key)
{
    const QString text = reader.requireString(key);
    const auto instant = parseInstant(text);
    if (!instant)
        reader.fail(key,
                    Tr::tr("\"%1\" is not an ISO 8601 instant with a zone, such as "
                           "2026-03-09T13:30:00Z")
                        .arg(text));
    return *instant;
}

} // namespace

void TicketFile::readEventDetails(JsonReader &entry, TicketEvent &event)
{
    switch (event.kind) {
    case TicketEvent::Kind::Created:
        event.value = entry.optionalString(QStringLiteral("severity")).value_or(QString());
        event.tier = entry.requireString(QStringLiteral("tier"));
        event.channel = entry.requireString(QStringLiteral("channel"));
        break;
    case TicketEvent::Kind::SeverityChanged:
        event.value = entry.requireString(QStringLiteral("severity"));
        break;
    case TicketEvent::Kind::TierChanged:
        event.value = entry.requireString(QStringLiteral("tier"));
        break;
    case TicketEvent::Kind::PolicyChanged: {
        const qint64 version = entry.requireInteger(QStringLiteral("version"));
        if (version < 1)
            entry.fail(QStringLiteral("version"), Tr::tr("must be a positive whole number"));
        event.version = int(version);
        break;
    }
    case TicketEvent::Kind::StatusChanged:
        event.value = entry.requireString(QStringLiteral("status"));
        if (event.value != QLatin1String("open") && !isPausingStatus(event.value))
            entry.fail(QStringLiteral("status"),
                       Tr::tr("unknown status \"%1\" (open, waiting-customer or scheduled)")
                           .arg(event.value));
        break;
    case TicketEvent::Kind::ScheduledFor:
        event.scheduledFor = requireInstant(entry, QStringLiteral("for"));
        break;
    case TicketEvent::Kind::Assigned:
        // No assignee: the ticket was unassigned.
        event.value = entry.optionalString(QStringLiteral("assignee")).value_or(QString());
        break;
    case TicketEvent::Kind::Note:
        event.value = entry.optionalString(QStringLiteral("text")).value_or(QString());
        break;
    case TicketEvent::Kind::Responded:
    case TicketEvent::Kind::Updated:
    case TicketEvent::Kind::CustomerReplied:
    case TicketEvent::Kind::Resolved:
    case TicketEvent::Kind::Reopened:
        break;
    }
}

QJsonObject TicketFile::eventDetails(const TicketEvent &event)
{
    switch (event.kind) {
    case TicketEvent::Kind::Created: {
        QJsonObject object{{QStringLiteral("tier"), event.tier},
                           {QStringLiteral("channel"), event.channel}};
        if (!event.value.isEmpty())
            object.insert(QStringLiteral("severity"), event.value);
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
        return event.value.isEmpty() ? QJsonObject()
                                     : QJsonObject{{QStringLiteral("text"), event.value}};
    case TicketEvent::Kind::Responded:
    case TicketEvent::Kind::Updated:
    case TicketEvent::Kind::CustomerReplied:
    case TicketEvent::Kind::Resolved:
    case TicketEvent::Kind::Reopened:
        break;
    }
    return {};
}

TicketTimeline TicketFile::parse(const QString &fileName, const QByteArray &bytes)
{
    JsonReader root = JsonReader::fromDocument(fileName, bytes);
    root.requireFormat(formatTag);
    TicketTimeline timeline;
    root.optionalString(QStringLiteral("id"));
    root.optionalString(QStringLiteral("title"));
    timeline.policyId = root.requireString(QStringLiteral("policy"));
    timeline.policyVersion = int(root.optionalInteger(QStringLiteral("policyVersion")).value_or(1));
    if (timeline.policyVersion < 1)
        root.fail(QStringLiteral("policyVersion"), Tr::tr("must be a positive whole number"));

    const QJsonArray events = root.requireArray(QStringLiteral("events"));
    if (events.isEmpty())
        root.fail(QStringLiteral("events"), Tr::tr("must start with a \"created\" event"));
    for (qsizetype i = 0; i < events.size(); ++i) {
        JsonReader entry = root.objectAt(events, QStringLiteral("events"), i);
        TicketEvent event;
        event.at = requireInstant(entry, QStringLiteral("at"));
        const QString kind = entry.requireString(QStringLiteral("kind"));
        const auto parsed = TicketEvent::kindFromKey(kind);
        if (!parsed)
            entry.fail(QStringLiteral("kind"), Tr::tr("unknown event kind \"%1\"").arg(kind));
        event.kind = *parsed;
        if ((i == 0) != (event.kind == TicketEvent::Kind::Created))
            entry.fail(QStringLiteral("kind"),
                       i == 0 ? Tr::tr("the first event must be \"created\"")
                              : Tr::tr("a ticket is created only once"));
        if (!timeline.events.isEmpty() && event.at < timeline.events.constLast().at)
            entry.fail(QStringLiteral("at"), Tr::tr("events must be in time order"));
        readEventDetails(entry, event);
        event.author = entry.optionalString(QStringLiteral("author")).value_or(QString());
        entry.finish();
        timeline.events.append(event);
    }
    root.finish();
    return timeline;
}

TicketTimeline TicketFile::load(const QString &fileName)
{
    return parse(fileName, JsonReader::readFile(fileName));
}

} // namespace hourglass
