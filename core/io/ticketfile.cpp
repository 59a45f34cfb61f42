// Reads a ticket timeline JSON file (format "hourglass-ticket/1") for what-if questions.
#include "io/ticketfile.h"

#include "io/jsonreader.h"
#include "tickets/eventpayload.h"

#include <QCoreApplication>
#include <QFile>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::TicketFile)
};

} // namespace

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
        event.at = entry.requireInstant(QStringLiteral("at"));
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
        EventPayload::decode(entry, event);
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
