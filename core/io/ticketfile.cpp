// Reads a ticket timeline JSON file (format "hourglass-ticket/1") for what-if questions.
#include "io/ticketfile.h"

#include "io/jsonreader.h"
#include "sla/slaengine.h"
#include "tickets/eventpayload.h"
#include "time/businesscalendar.h"

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
    // Bounded as policy files bound their versions, before it is narrowed to an int.
    const qint64 policyVersion = root.optionalInteger(QStringLiteral("policyVersion")).value_or(1);
    if (policyVersion < 1 || policyVersion > 1000000)
        root.fail(QStringLiteral("policyVersion"), Tr::tr("must be a positive whole number"));
    timeline.policyVersion = int(policyVersion);

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
            entry.fail(QStringLiteral("kind"),
                       Tr::tr("unknown event kind \"%1\"").arg(InputError::excerpt(kind)));
        event.kind = *parsed;
        if ((i == 0) != (event.kind == TicketEvent::Kind::Created))
            entry.fail(QStringLiteral("kind"),
                       i == 0 ? Tr::tr("the first event must be \"created\"")
                              : Tr::tr("a ticket is created only once"));
        if (!timeline.events.isEmpty() && event.at < timeline.events.constLast().at)
            entry.fail(QStringLiteral("at"), Tr::tr("events must be in time order"));
        EventPayload::decode(entry, event);
        // Instants the calendars cannot answer for are refused where they are written.
        for (const auto &[key, instant] :
             {std::pair{QStringLiteral("at"), event.at},
              std::pair{QStringLiteral("for"), event.scheduledFor.value_or(event.at)}}) {
            try {
                BusinessCalendar::checkYears(instant);
            } catch (const CalendarError &error) {
                entry.fail(key, error.message());
            }
        }
        event.author = entry.optionalString(QStringLiteral("author")).value_or(QString());
        entry.finish();
        timeline.events.append(event);
    }
    root.finish();
    return timeline;
}

void TicketFile::check(const QString &fileName,
                       const TicketTimeline &timeline,
                       const SlaEngine &engine)
{
    // Paths as parse() names them: the events are kept one for one, in the file's order.
    const auto fail = [&](const QString &path, const QString &problem) {
        if (!problem.isEmpty())
            throw InputError(fileName, path, problem);
    };
    const auto policyAt = [&](const QString &path, int version) {
        const Policy *policy = engine.policy(timeline.policyId, version);
        if (!policy)
            fail(path,
                 Tr::tr("unknown policy \"%1\" version %2")
                     .arg(InputError::excerpt(timeline.policyId))
                     .arg(version));
        return policy;
    };
    const Policy *policy = policyAt(QStringLiteral("$.policyVersion"), timeline.policyVersion);
    for (qsizetype i = 0; i < timeline.events.size(); ++i) {
        const TicketEvent &event = timeline.events.at(i);
        const QString path = QStringLiteral("$.events[%1].").arg(i);
        switch (event.kind) {
        case TicketEvent::Kind::Created:
            if (!event.value.isEmpty())
                fail(path + QLatin1String("severity"), policy->severityProblem(event.value));
            fail(path + QLatin1String("tier"), policy->tierProblem(event.tier));
            fail(path + QLatin1String("channel"), policy->channelProblem(event.channel));
            break;
        case TicketEvent::Kind::SeverityChanged:
            fail(path + QLatin1String("severity"), policy->severityProblem(event.value));
            break;
        case TicketEvent::Kind::TierChanged:
            fail(path + QLatin1String("tier"), policy->tierProblem(event.value));
            break;
        case TicketEvent::Kind::PolicyChanged:
            policy = policyAt(path + QLatin1String("version"), event.version);
            break;
        default:
            break;
        }
    }
}

TicketTimeline TicketFile::load(const QString &fileName)
{
    return parse(fileName, JsonReader::readFile(fileName));
}

} // namespace hourglass
