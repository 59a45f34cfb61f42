// hourglass-cli report sla|forecast: the statistics of core/stats over every ticket of the
// database, read at one instant, as the dashboard reads them.
#include "cli/reportcommands.h"

#include "cli/openroot.h"
#include "cli/output.h"
#include "compositionroot.h"
#include "contracts/contractservice.h"
#include "contracts/customerdirectory.h"
#include "io/inputerror.h"
#include "io/wholenumber.h"
#include "sla/explaintext.h"
#include "sla/policynames.h"
#include "stats/slastatistics.h"
#include "storage/database.h"
#include "tickets/ticketservice.h"
#include "time/businesscalendar.h"

#include <QJsonArray>

#include <cstdio>

namespace hourglass::cli {

namespace {

const QSet<QString> common{QStringLiteral("database"),
                           QStringLiteral("user"),
                           QStringLiteral("json"),
                           QStringLiteral("at"),
                           QStringLiteral("zone"),
                           QStringLiteral("policy"),
                           QStringLiteral("tier"),
                           QStringLiteral("customer"),
                           QStringLiteral("assignee")};

struct ByKey
{
    const char *key;
    AttainmentBy by;
};
// "severity" is the common urgency scale, which every policy's severities share.
constexpr ByKey byKeys[] = {{"severity", AttainmentBy::Urgency},
                            {"policy-severity", AttainmentBy::Severity},
                            {"tier", AttainmentBy::Tier},
                            {"metric", AttainmentBy::Metric},
                            {"customer", AttainmentBy::Customer},
                            {"month", AttainmentBy::Month}};

[[noreturn]] void refuse(const char *option, const QString &problem)
{
    throw InputError(QString(), QLatin1String("--") + QLatin1String(option), problem);
}

QString zoneOf(const CliArguments &arguments)
{
    const QString zone = arguments.has(QStringLiteral("zone"))
                             ? arguments.require(QStringLiteral("zone"))
                             : QStringLiteral("UTC");
    if (!BusinessCalendar::isKnownZone(zone))
        refuse("zone",
               QStringLiteral("\"%1\" is not a time zone (an IANA name such as Europe/Paris)")
                   .arg(InputError::excerpt(zone)));
    return zone;
}

// The filters every report takes, each checked against what the database knows.
StatisticsFilter filterOf(const CliArguments &arguments, CompositionRoot &root)
{
    StatisticsFilter filter;
    const SlaEngine &engine = root.slaEngine();
    if (arguments.has(QStringLiteral("policy"))) {
        filter.policyId = arguments.require(QStringLiteral("policy"));
        if (!engine.latestPolicy(filter.policyId))
            refuse("policy",
                   QStringLiteral("no policy \"%1\" is stored")
                       .arg(InputError::excerpt(filter.policyId)));
    }
    if (arguments.has(QStringLiteral("tier"))) {
        filter.tier = arguments.require(QStringLiteral("tier"));
        bool known = false;
        for (const Policy &policy : engine.policies()) {
            if (filter.policyId.isEmpty() || policy.id == filter.policyId)
                known |= policy.tier(filter.tier) != nullptr;
        }
        if (!known)
            refuse("tier",
                   QStringLiteral("no policy%1 has a tier \"%2\"")
                       .arg(filter.policyId.isEmpty()
                                ? QString()
                                : QStringLiteral(" \"%1\"").arg(filter.policyId),
                            InputError::excerpt(filter.tier)));
    }
    if (arguments.has(QStringLiteral("customer")))
        filter.customerId = root.contracts()
                                .findCustomer(arguments.require(QStringLiteral("customer")),
                                              QStringLiteral("--customer"))
                                .id;
    if (arguments.has(QStringLiteral("assignee"))) {
        filter.assignee = arguments.require(QStringLiteral("assignee"));
        bool known = false;
        for (const Person &person : root.tickets().people())
            known |= person.login == filter.assignee;
        if (!known)
            refuse("assignee",
                   QStringLiteral("no user has the login \"%1\"")
                       .arg(InputError::excerpt(filter.assignee)));
    }
    return filter;
}

// Every ticket read at `now`; those whose timeline cannot be read are said on stderr.
void load(SlaStatistics &stats, CompositionRoot &root, Instant now)
{
    const qsizetype unreadable = stats.load(root.tickets(), now);
    if (unreadable > 0)
        std::fprintf(stderr,
                     "hourglass-cli: %lld ticket(s) left out: their timeline cannot be read "
                     "(hourglass-cli ticket show says why)\n",
                     (long long) unreadable);
}

QJsonArray ids(const QList<qint64> &list)
{
    QJsonArray array;
    for (qint64 id : list)
        array.append(id);
    return array;
}

QString percentText(const std::optional<double> &percent)
{
    return percent ? QStringLiteral("%1 %").arg(*percent, 0, 'f', 1) : QStringLiteral("-");
}

QString ticketList(const QList<qint64> &list)
{
    QStringList parts;
    for (qint64 id : list)
        parts.append(QStringLiteral("#%1").arg(id));
    return parts.join(QLatin1String(", "));
}

int reportSla(const CliArguments &arguments, bool json)
{
    arguments.allowOnly(
        common + QSet<QString>{QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("by")});
    arguments.allowWords(2);
    StatisticsQuery query;
    query.zone = zoneOf(arguments);
    QString byKey = QStringLiteral("severity");
    if (arguments.has(QStringLiteral("by"))) {
        byKey = arguments.require(QStringLiteral("by"));
        QStringList keys;
        bool found = false;
        for (const ByKey &b : byKeys) {
            keys.append(QLatin1String(b.key));
            if (byKey == QLatin1String(b.key)) {
                query.by = b.by;
                found = true;
            }
        }
        if (!found)
            refuse("by",
                   QStringLiteral("\"%1\" is not one of %2")
                       .arg(InputError::excerpt(byKey), keys.join(QLatin1String(", "))));
    }
    std::optional<Instant> from;
    std::optional<Instant> to;
    if (arguments.has(QStringLiteral("from")))
        from = arguments.requireDayOrInstant(QStringLiteral("from"), false, query.zone);
    if (arguments.has(QStringLiteral("to")))
        to = arguments.requireDayOrInstant(QStringLiteral("to"), true, query.zone);
    if (from && to && *to <= *from)
        refuse("to", QStringLiteral("the range ends before it starts"));

    const auto root = openRoot(arguments);
    query.now = arguments.has(QStringLiteral("at")) ? arguments.requireInstant(QStringLiteral("at"))
                                                    : root->database().now();
    query.filter = filterOf(arguments, *root);
    query.filter.from = from;
    query.filter.to = to;
    SlaStatistics stats(root->slaEngine());
    load(stats, *root, query.now);
    const StatisticsReport report = stats.report(query);

    AttainmentRow total;
    for (const AttainmentRow &row : report.attainment) {
        total.met += row.met;
        total.breached += row.breached;
    }
    if (json) {
        QJsonArray rows;
        for (const AttainmentRow &row : report.attainment) {
            QJsonObject object{{QStringLiteral("key"), row.key},
                               {QStringLiteral("label"), row.label},
                               {QStringLiteral("met"), row.met},
                               {QStringLiteral("breached"), row.breached},
                               {QStringLiteral("tickets"), ids(row.tickets)},
                               {QStringLiteral("breached_tickets"), ids(row.breachedTickets)}};
            if (row.percent())
                object.insert(QStringLiteral("percent"), *row.percent());
            rows.append(object);
        }
        QJsonArray breached;
        for (const SlaOutcome &o : report.breached)
            breached.append(QJsonObject{{QStringLiteral("ticket"), o.ticketId},
                                        {QStringLiteral("metric"), metricKey(o.metric)},
                                        {QStringLiteral("customer"), o.customer},
                                        {QStringLiteral("breached_at"),
                                         formatInstant(*SlaStatistics::decidedAt(o, query.now))}});
        QJsonObject object{{QStringLiteral("at"), formatInstant(query.now)},
                           {QStringLiteral("zone"), query.zone},
                           {QStringLiteral("by"), byKey},
                           {QStringLiteral("rows"), rows},
                           {QStringLiteral("met"), total.met},
                           {QStringLiteral("breached"), total.breached},
                           {QStringLiteral("breaches"), breached}};
        if (total.percent())
            object.insert(QStringLiteral("percent"), *total.percent());
        if (from)
            object.insert(QStringLiteral("from"), formatInstant(*from));
        if (to)
            object.insert(QStringLiteral("to"), formatInstant(*to));
        printJson(object);
        return 0;
    }
    printLine(QStringLiteral("SLA attainment %1 to %2 (%3), by %4")
                  .arg(from ? formatLocal(*from, query.zone) : QStringLiteral("the first ticket"),
                       to ? formatLocal(*to, query.zone) : formatLocal(query.now, query.zone),
                       query.zone,
                       byKey));
    for (const AttainmentRow &row : report.attainment) {
        // One arg() for all: a name holding "%2" stays as written.
        QString line = QStringLiteral("%1\tmet %2 of %3\t%4")
                           .arg(row.label,
                                QString::number(row.met),
                                QString::number(row.decided()),
                                percentText(row.percent()));
        if (!row.breachedTickets.isEmpty())
            line += QStringLiteral("\tbreached: ") + ticketList(row.breachedTickets);
        printLine(line);
    }
    printLine(QStringLiteral("all\tmet %1 of %2\t%3")
                  .arg(total.met)
                  .arg(total.decided())
                  .arg(percentText(total.percent())));
    return 0;
}

int reportForecast(const CliArguments &arguments, bool json)
{
    arguments.allowOnly(common + QSet<QString>{QStringLiteral("hours")});
    arguments.allowWords(2);
    StatisticsQuery query;
    query.zone = zoneOf(arguments);
    if (arguments.has(QStringLiteral("hours"))) {
        query.horizons.clear();
        for (const QString &part : arguments.require(QStringLiteral("hours")).split(u',')) {
            const std::optional<qint64> hours = parseWholeNumber(part.trimmed());
            if (!hours || *hours < 1 || *hours > 720)
                refuse("hours",
                       QStringLiteral("\"%1\" is not a number of business hours from 1 to 720; "
                                      "give them separated by commas, such as 1,4,8")
                           .arg(InputError::excerpt(part)));
            if (!query.horizons.contains(int(*hours)))
                query.horizons.append(int(*hours));
        }
    }
    const auto root = openRoot(arguments);
    query.now = arguments.has(QStringLiteral("at")) ? arguments.requireInstant(QStringLiteral("at"))
                                                    : root->database().now();
    query.filter = filterOf(arguments, *root);
    query.weeks = 0;
    SlaStatistics stats(root->slaEngine());
    load(stats, *root, query.now);
    const StatisticsReport report = stats.report(query);
    if (json) {
        QJsonArray horizons;
        for (qsizetype i = 0; i < report.horizons.size(); ++i)
            horizons.append(QJsonObject{{QStringLiteral("hours"), report.horizons.at(i)},
                                        {QStringLiteral("breaches"), report.forecastCounts.at(i)}});
        QJsonArray items;
        for (const ForecastItem &item : report.forecast) {
            const TicketRecord *t = stats.ticket(item.ticketId);
            items.append(QJsonObject{{QStringLiteral("ticket"), item.ticketId},
                                     {QStringLiteral("title"), t ? t->title : QString()},
                                     {QStringLiteral("customer"), t ? t->customer : QString()},
                                     {QStringLiteral("metric"), metricKey(item.metric)},
                                     {QStringLiteral("due"), formatInstant(item.due)},
                                     {QStringLiteral("within_hours"), item.horizon}});
        }
        printJson(QJsonObject{{QStringLiteral("at"), formatInstant(query.now)},
                              {QStringLiteral("open_tickets"), report.openTickets},
                              {QStringLiteral("horizons"), horizons},
                              {QStringLiteral("tickets"), items}});
        return 0;
    }
    printLine(QStringLiteral("Breach forecast at %1 (%2) if nobody acts, over %3 open tickets")
                  .arg(formatLocal(query.now, query.zone), query.zone)
                  .arg(report.openTickets));
    for (qsizetype i = 0; i < report.horizons.size(); ++i)
        printLine(QStringLiteral("within %1 business hour%2\t%3")
                      .arg(report.horizons.at(i))
                      .arg(report.horizons.at(i) == 1 ? QString() : QStringLiteral("s"))
                      .arg(report.forecastCounts.at(i)));
    for (const ForecastItem &item : report.forecast) {
        const TicketRecord *t = stats.ticket(item.ticketId);
        printLine(QStringLiteral("#%1\t%2\t%3\t%4 due %5")
                      .arg(QString::number(item.ticketId),
                           t ? t->customer : QString(),
                           t ? t->title : QString(),
                           ExplainText::metricName(item.metric),
                           formatLocal(item.due, query.zone)));
    }
    return 0;
}

} // namespace

int runReportCommand(const CliArguments &arguments)
{
    const QString action = arguments.words().value(1);
    const bool json = arguments.flag(QStringLiteral("json"));
    if (action == QLatin1String("sla"))
        return reportSla(arguments, json);
    if (action == QLatin1String("forecast"))
        return reportForecast(arguments, json);
    throw UsageError(QStringLiteral("expected sla or forecast after \"report\""));
}

} // namespace hourglass::cli
