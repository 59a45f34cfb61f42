// hourglass-cli report on SQLite and PostgreSQL: the command line, the statistics the dashboard
// reads and a plain SQL recount agree on every figure of 60 tickets under a 24x7 policy (where
// business time is wall time, so SQL can count it), and on the demo database the command line
// and the statistics agree on every line; bad options refused, naming them.
#include "io/inputerror.h"
#include "stats/slastatistics.h"
#include "storage/database.h"
#include "storage/policystore.h"
#include "testenvironment.h"
#include "ticketstack.h"
#include "time/clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hourglass;
using namespace std::chrono_literals;

namespace {

const char policyJson[] = R"({
  "format": "hourglass-policy/1",
  "id": "round-the-clock",
  "version": 1,
  "name": "Round the clock",
  "tiers": [{"id": "silver", "name": "Silver"}, {"id": "gold", "name": "Gold"}],
  "severities": [{"id": "p1", "name": "P1", "urgency": 1}, {"id": "p2", "name": "P2", "urgency": 3}],
  "channels": [{"id": "portal", "name": "Portal"}],
  "defaultSeverity": {"*": "p2"},
  "calendars": {"24x7": {"format": "hourglass-calendar/1", "id": "24x7", "name": "24x7",
    "zone": "UTC", "businessDay": "24h",
    "week": {"mon": ["00:00-24:00"], "tue": ["00:00-24:00"], "wed": ["00:00-24:00"],
             "thu": ["00:00-24:00"], "fri": ["00:00-24:00"], "sat": ["00:00-24:00"],
             "sun": ["00:00-24:00"]}}},
  "targets": [
    {"metric": "initial-response", "severity": "p1", "within": "1h", "calendar": "24x7"},
    {"metric": "initial-response", "severity": "p2", "within": "2h", "calendar": "24x7"},
    {"metric": "resolution", "severity": "p1", "within": "8h", "calendar": "24x7"},
    {"metric": "resolution", "severity": "p1", "tier": "gold", "within": "4h", "calendar": "24x7"},
    {"metric": "resolution", "severity": "p2", "within": "24h", "calendar": "24x7"}
  ]
})";

// The same targets in SQL, for the recount.
const char responseTarget[] = "CASE WHEN t.severity = 'p1' THEN 3600 ELSE 7200 END";
const char resolutionTarget[] = "CASE WHEN t.severity = 'p1' AND t.tier = 'gold' THEN 14400 "
                                "WHEN t.severity = 'p1' THEN 28800 ELSE 86400 END";

} // namespace

class TestCliReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateUserData(); }
    void cliStatisticsAndSqlAgree_data() { test::addEngineRows(); }
    void cliStatisticsAndSqlAgree();
    void demoDatabaseAgrees_data() { test::addEngineRows(); }
    void demoDatabaseAgrees();
    void badOptionsAreRefusedByName();

private:
    test::ProcessResult cli(QStringList arguments) const;
    QJsonObject json(const QStringList &arguments) const;
    QString m_url;
    QTemporaryDir m_dir;
};

test::ProcessResult TestCliReport::cli(QStringList arguments) const
{
    arguments = QStringList{QStringLiteral("--database"), m_url} + arguments;
    return test::runProcess(QStringLiteral(HOURGLASS_CLI_PATH), arguments);
}

QJsonObject TestCliReport::json(const QStringList &arguments) const
{
    const test::ProcessResult result = cli(arguments + QStringList{QStringLiteral("--json")});
    if (result.exitCode != 0)
        qWarning("%s", qPrintable(result.err));
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

void TestCliReport::cliStatisticsAndSqlAgree()
{
    QFETCH(QString, engine);
    std::unique_ptr<Database> database = test::openTemporary(engine, m_dir);
    m_url = database->url().toString();
    QCOMPARE(PolicyStore::store(*database, QStringLiteral("round-the-clock.json"), policyJson),
             PolicyStore::Outcome::Stored);
    QSqlQuery query(database->connection());
    for (const char *tier : {"silver", "gold"}) {
        QVERIFY(query.exec(QStringLiteral("INSERT INTO customers (name, organization, time_zone, "
                                          "language) VALUES ('Client %1', 'Client %1', 'UTC', "
                                          "'en')")
                               .arg(QLatin1String(tier))));
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO contracts (customer_id, policy_key, tier, "
                                           "starts_at) SELECT id, 'round-the-clock', '%1', 0 FROM "
                                           "customers WHERE name = 'Client %1'")
                                .arg(QLatin1String(tier))),
                 qPrintable(query.lastError().text()));
    }
    query.finish();

    // 60 tickets over ten days: responses from 10 min to 3 h after opening, resolutions from
    // 1 h to 30 h after it, some never answered or still open.
    // Long before any clock a test runs under, so nothing is in the future on either engine.
    const Instant start = test::at("2020-10-01T00:00:00Z");
    const Instant now = start + date::days{12};
    ManualClock clock(now);
    test::TicketStack stack(*database, clock);
    QRandomGenerator random(2026);
    QList<TicketRequest> requests;
    for (int i = 0; i < 60; ++i) {
        TicketRequest r;
        r.customer = i % 3 == 0 ? QStringLiteral("Client gold") : QStringLiteral("Client silver");
        r.title = QStringLiteral("Ticket %1").arg(i);
        r.severity = i % 2 == 0 ? QStringLiteral("p1") : QStringLiteral("p2");
        r.channel = QStringLiteral("portal");
        const Instant opened = start + Seconds{qint64(random.bounded(10 * 86400))};
        r.createdAt = opened;
        const int fate = random.bounded(10);
        if (fate > 0) { // answered
            TicketEvent responded;
            responded.kind = TicketEvent::Kind::Responded;
            responded.at = opened + Seconds{qint64(600 + random.bounded(3 * 3600))};
            r.history.append(responded);
            if (fate > 2) { // and resolved
                TicketEvent resolved;
                resolved.kind = TicketEvent::Kind::Resolved;
                resolved.at = responded.at + Seconds{qint64(3600 + random.bounded(29 * 3600))};
                r.history.append(resolved);
            }
        }
        requests.append(r);
    }
    QCOMPARE(stack.tickets.createMany(requests, [](qsizetype, const InputError &e) { throw e; }),
             qsizetype(60));

    // The recount: a clock is met when it stopped within its target, breached when it stopped
    // after it or still runs at or past it (24x7: business time is wall time).
    const qint64 t = toEpoch(now);
    const auto recount = [&](const char *kind, const char *target) {
        QSqlQuery sql(database->connection());
        const QString text
            = QStringLiteral(
                  "SELECT SUM(CASE WHEN e.at IS NOT NULL AND e.at - t.created_at <= %2 THEN 1 ELSE "
                  "0 END), SUM(CASE WHEN (e.at IS NOT NULL AND e.at - t.created_at > %2) OR (e.at "
                  "IS NULL AND %3 - t.created_at >= %2) THEN 1 ELSE 0 END) FROM tickets t LEFT "
                  "JOIN (SELECT ticket_id, MIN(at) AS at FROM ticket_events WHERE kind = '%1' "
                  "GROUP BY ticket_id) e ON e.ticket_id = t.id")
                  .arg(QLatin1String(kind), QLatin1String(target))
                  .arg(t);
        if (!sql.exec(text) || !sql.next())
            qFatal("recount: %s", qPrintable(sql.lastError().text()));
        return std::pair<int, int>{sql.value(0).toInt(), sql.value(1).toInt()};
    };
    const auto [responseMet, responseBreached] = recount("responded", responseTarget);
    const auto [resolutionMet, resolutionBreached] = recount("resolved", resolutionTarget);
    QVERIFY(responseMet > 0 && responseBreached > 0 && resolutionMet > 0 && resolutionBreached > 0);

    // The statistics, as the dashboard reads them.
    SlaStatistics stats(stack.engine);
    QCOMPARE(stats.load(stack.tickets, now), qsizetype(0));
    StatisticsQuery q;
    q.now = now;
    q.by = AttainmentBy::Metric;
    const StatisticsReport report = stats.report(q);
    QCOMPARE(report.attainment.size(), 2);
    QCOMPARE(report.attainment.at(0).key, QStringLiteral("initial-response"));
    QCOMPARE(report.attainment.at(0).met, responseMet);
    QCOMPARE(report.attainment.at(0).breached, responseBreached);
    QCOMPARE(report.attainment.at(1).met, resolutionMet);
    QCOMPARE(report.attainment.at(1).breached, resolutionBreached);

    // The command line.
    const QString at = formatInstant(now);
    const QJsonObject byMetric = json({"report", "sla", "--by", "metric", "--at", at});
    const QJsonArray rows = byMetric.value("rows").toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0)["met"].toInt(), responseMet);
    QCOMPARE(rows.at(0)["breached"].toInt(), responseBreached);
    QCOMPARE(rows.at(1)["met"].toInt(), resolutionMet);
    QCOMPARE(rows.at(1)["breached"].toInt(), resolutionBreached);
    QCOMPARE(byMetric.value("met").toInt(), responseMet + resolutionMet);
    QCOMPARE(rows.at(1)["breached_tickets"].toArray().size(),
             report.attainment.at(1).breachedTickets.size());

    // The forecast: open clocks due within 8 h of `now`, counted in SQL too.
    QSqlQuery open(database->connection());
    QVERIFY(open.exec(QStringLiteral("SELECT COUNT(*) FROM tickets t WHERE t.status <> 'resolved' "
                                     "AND t.created_at + %1 > %2 AND t.created_at + %1 <= %2 + "
                                     "28800")
                          .arg(QLatin1String(resolutionTarget))
                          .arg(t)));
    QVERIFY(open.next());
    const int dueSoon = open.value(0).toInt();
    open.finish();
    const QJsonObject forecast = json({"report", "forecast", "--hours", "8", "--at", at});
    int resolutionsDue = 0;
    for (const QJsonValue &item : forecast.value("tickets").toArray())
        resolutionsDue += item["metric"].toString() == QLatin1String("resolution");
    QCOMPARE(resolutionsDue, dueSoon);
    QCOMPARE(forecast.value("open_tickets").toInt(), report.openTickets);

    // A range: what was decided in the first five days, by each of the three ways.
    const Instant fifth = start + date::days{5};
    StatisticsQuery early = q;
    early.filter.to = fifth;
    const StatisticsReport partial = stats.report(early);
    const QJsonObject cliPartial = json(
        {"report", "sla", "--by", "metric", "--to", formatInstant(fifth - Seconds{1}), "--at", at});
    // --to an instant is exclusive of nothing: [.., fifth - 1 s] is [.., fifth).
    QCOMPARE(cliPartial.value("met").toInt(),
             partial.attainment.at(0).met + partial.attainment.at(1).met);
    QVERIFY(cliPartial.value("met").toInt() < byMetric.value("met").toInt());
}

void TestCliReport::demoDatabaseAgrees()
{
    QFETCH(QString, engine);
    m_url = engine == QLatin1String("sqlite")
                ? QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("demo.sqlite"))
                : test::createPostgresDatabase();
    QVERIFY(!m_url.isEmpty());
    QCOMPARE(cli({"migrate"}).exitCode, 0);
    QCOMPARE(cli({"demo"}).exitCode, 0);
    std::unique_ptr<Database> database = Database::open(DatabaseUrl::parse(m_url));
    QSqlQuery latest(database->connection());
    QVERIFY(latest.exec(QStringLiteral("SELECT MAX(at) FROM ticket_events")) && latest.next());
    const Instant now = fromEpoch(latest.value(0).toLongLong() + 60);
    latest.finish();
    ManualClock clock(now);
    test::TicketStack stack(*database, clock);
    SlaStatistics stats(stack.engine);
    QCOMPARE(stats.load(stack.tickets, now), qsizetype(0));
    for (const auto &[key, by] : {std::pair{"severity", AttainmentBy::Urgency},
                                  std::pair{"policy-severity", AttainmentBy::Severity},
                                  std::pair{"tier", AttainmentBy::Tier},
                                  std::pair{"customer", AttainmentBy::Customer},
                                  std::pair{"month", AttainmentBy::Month}}) {
        StatisticsQuery q;
        q.now = now;
        q.by = by;
        const StatisticsReport report = stats.report(q);
        const QJsonArray rows = json({"report", "sla", "--by", key, "--at", formatInstant(now)})
                                    .value("rows")
                                    .toArray();
        QCOMPARE(rows.size(), report.attainment.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows.at(i)["key"].toString(), report.attainment.at(i).key);
            QCOMPARE(rows.at(i)["met"].toInt(), report.attainment.at(i).met);
            QCOMPARE(rows.at(i)["breached"].toInt(), report.attainment.at(i).breached);
        }
    }
    // The backlog's size is the open tickets the database holds.
    StatisticsQuery q;
    q.now = now;
    QCOMPARE(stats.report(q).openTickets,
             int(test::countRows(*database, QStringLiteral("tickets"), "status <> 'resolved'")));
}

void TestCliReport::badOptionsAreRefusedByName()
{
    m_url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("bad.sqlite"));
    QCOMPARE(cli({"migrate"}).exitCode, 0);
    const struct
    {
        QStringList arguments;
        const char *named;
    } cases[] = {
        {{"report", "sla", "--by", "weather"}, "--by"},
        {{"report", "sla", "--from", "2026-13-01"}, "--from"},
        {{"report", "sla", "--from", "2026-11-10", "--to", "2026-11-01"}, "--to"},
        {{"report", "sla", "--zone", "Mars/Olympus"}, "--zone"},
        {{"report", "sla", "--policy", "nope"}, "--policy"},
        {{"report", "sla", "--tier", "platinum"}, "--tier"},
        {{"report", "sla", "--assignee", "nobody"}, "--assignee"},
        {{"report", "sla", "--customer", "No Such Customer"}, "--customer"},
        {{"report", "forecast", "--hours", "1,0"}, "--hours"},
        {{"report", "forecast", "--hours", "4,x"}, "--hours"},
        {{"report", "forecast", "--at", "yesterday"}, "--at"},
    };
    for (const auto &c : cases) {
        const test::ProcessResult r = cli(c.arguments);
        QVERIFY2(r.exitCode == 2, qPrintable(c.arguments.join(u' ') + QLatin1String(": ") + r.err));
        QVERIFY2(r.err.contains(QLatin1String(c.named)), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
    QCOMPARE(cli({"report", "weekly"}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_clireport.moc"
