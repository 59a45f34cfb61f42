// Demo data: deterministic from its seed, relative to now, covering every preset severity.
#include "sla/presetpolicies.h"
#include "sla/slaengine.h"
#include "storage/demodata.h"
#include "storage/ticketstore.h"
#include "testenvironment.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace hourglass;

class TestDemoData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateUserData(); }
    void coversEveryPresetSeverityAndTier();
    void agesAreSpreadRelativeToNow();
    void includesRotationWindowsAndExpertise();
    void clocksAreComfortableAtRiskAndBreached();
    void conversationsAreInTheCustomersLanguage();
    void isDeterministic();
    void populatesOnlyAnEmptyDatabase();
    void fillerMayBeOneOfTheDemoPeople();

private:
    static QStringList dump(Database &database);
};

void TestDemoData::coversEveryPresetSeverityAndTier()
{
    QTemporaryDir dir;
    auto database = test::openTemporarySqlite(dir);
    const DemoDataSummary summary = DemoData::populate(*database, test::fixedNow);
    QVERIFY2(summary.tickets >= 250 && summary.tickets <= 350,
             qPrintable(QString::number(summary.tickets)));
    QCOMPARE(test::countRows(*database, QStringLiteral("tickets")), summary.tickets);

    QSet<QString> severities;
    QSet<QString> tiers;
    QSqlQuery query(database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT DISTINCT policy_key, severity FROM tickets")));
    while (query.next())
        severities.insert(query.value(0).toString() + u'/' + query.value(1).toString());
    QVERIFY(query.exec(QStringLiteral("SELECT DISTINCT policy_key, tier FROM contracts")));
    while (query.next())
        tiers.insert(query.value(0).toString() + u'/' + query.value(1).toString());
    for (const Policy &policy : PresetPolicies::load()) {
        for (const NamedItem &severity : policy.severities)
            QVERIFY2(severities.contains(policy.id + u'/' + severity.id), qPrintable(severity.id));
        for (const NamedItem &tier : policy.tiers)
            QVERIFY2(tiers.contains(policy.id + u'/' + tier.id), qPrintable(tier.id));
    }
    // French-speaking customers exist, so language filters have something to show.
    QVERIFY(test::countRows(*database, QStringLiteral("tickets"), QStringLiteral("language = 'fr'"))
            > 10);
    QVERIFY(test::countRows(*database, QStringLiteral("tickets"), QStringLiteral("language = 'en'"))
            > 10);
}

void TestDemoData::agesAreSpreadRelativeToNow()
{
    QTemporaryDir dir;
    auto database = test::openTemporarySqlite(dir);
    DemoData::populate(*database, test::fixedNow);
    const qint64 now = test::fixedNow.time_since_epoch().count();
    const auto count = [&](qint64 minAge, qint64 maxAge) {
        return test::countRows(*database,
                               QStringLiteral("tickets"),
                               QStringLiteral("created_at <= %1 AND created_at > %2")
                                   .arg(now - minAge)
                                   .arg(now - maxAge));
    };
    // Under an hour, an hour to a day, a day to a week, over a week: each well populated.
    QVERIFY(count(0, 3600) >= 30);
    QVERIFY(count(3600, 86400) >= 30);
    QVERIFY(count(86400, 7 * 86400) >= 30);
    QVERIFY(count(7 * 86400, 22 * 86400) >= 20);
    QCOMPARE(test::countRows(*database,
                             QStringLiteral("tickets"),
                             QStringLiteral("created_at > %1").arg(now)),
             0);
    // Every event lies inside [created, now] of its ticket.
    QCOMPARE(test::countRows(*database,
                             QStringLiteral("ticket_events e"),
                             QStringLiteral("e.at > %1 OR e.at < (SELECT created_at FROM tickets t "
                                            "WHERE t.id = e.ticket_id)")
                                 .arg(now)),
             0);
}

void TestDemoData::includesRotationWindowsAndExpertise()
{
    QTemporaryDir dir;
    auto database = test::openTemporarySqlite(dir);
    DemoData::populate(*database, test::fixedNow);
    QCOMPARE(test::countRows(*database, QStringLiteral("oncall_rotations")), 1);
    QCOMPARE(test::countRows(*database, QStringLiteral("oncall_members")), 5);
    QCOMPARE(test::countRows(*database, QStringLiteral("maintenance_windows")), 3);
    QCOMPARE(test::countRows(*database,
                             QStringLiteral("maintenance_windows"),
                             QStringLiteral("rrule = 'FREQ=WEEKLY;BYDAY=SA' AND "
                                            "time_zone = 'America/New_York'")),
             1);
    // The platforms' customers are subscribed to them, so windows affect someone.
    QVERIFY(test::countRows(*database,
                            QStringLiteral("platform_subscriptions"),
                            QStringLiteral("platform = 'NUP'"))
            > 0);
    QVERIFY(test::countRows(*database,
                            QStringLiteral("platform_subscriptions"),
                            QStringLiteral("platform = 'Network monitoring'"))
            > 0);
    QVERIFY(test::countRows(*database,
                            QStringLiteral("expertise_entries"),
                            QStringLiteral("language = 'fr'"))
            > 0);
    QVERIFY(test::countRows(*database,
                            QStringLiteral("expertise_entries"),
                            QStringLiteral("language = 'en'"))
            > 0);
    QCOMPARE(test::countRows(*database, QStringLiteral("policies")), 5);
}

void TestDemoData::clocksAreComfortableAtRiskAndBreached()
{
    QTemporaryDir dir;
    auto database = test::openTemporarySqlite(dir);
    DemoData::populate(*database, test::fixedNow);
    const SlaEngine engine(PresetPolicies::load());
    QSqlQuery query(database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM tickets WHERE status <> 'resolved'")));
    int comfortable = 0;
    int atRisk = 0;
    int breached = 0;
    int paused = 0;
    while (query.next()) {
        const TicketTimeline timeline = TicketStore::loadTimeline(database->connection(),
                                                                  query.value(0).toLongLong());
        const TicketSla sla = engine.evaluate(timeline, test::fixedNow);
        for (const MetricState &metric : sla.metrics) {
            if (metric.current.stop)
                continue; // answered or resolved: no longer counting down
            if (metric.state == ClockState::Breached)
                ++breached;
            else if (metric.state == ClockState::Paused)
                ++paused;
            else if (metric.state == ClockState::Running)
                ++(metric.warningLevel > 0 ? atRisk : comfortable);
        }
    }
    qInfo("open clocks: %d comfortable, %d at risk, %d breached, %d paused",
          comfortable,
          atRisk,
          breached,
          paused);
    // A desk that keeps up: most clocks comfortable, some at risk, a handful breached.
    QVERIFY(comfortable >= 60);
    QVERIFY(atRisk >= 5);
    QVERIFY(breached >= 3 && breached <= 20);
    QVERIFY(paused >= 5);
    QVERIFY(comfortable > 2 * (atRisk + breached));
}

void TestDemoData::conversationsAreInTheCustomersLanguage()
{
    QTemporaryDir dir;
    auto database = test::openTemporarySqlite(dir);
    DemoData::populate(*database, test::fixedNow);
    const auto messages = [&](const QString &condition) {
        return test::countRows(*database,
                               QStringLiteral("ticket_messages m JOIN ticket_events e ON e.id = "
                                              "m.event_id JOIN tickets t ON t.id = m.ticket_id"),
                               condition);
    };
    // Every ticket opens with the customer's words, signed by a contact.
    QCOMPARE(messages(QStringLiteral("e.kind = 'created' AND m.author_name <> ''")),
             test::countRows(*database, QStringLiteral("tickets")));
    QCOMPARE(test::countRows(*database, QStringLiteral("tickets"), QStringLiteral("contact = ''")),
             0);
    for (const char *kind : {"responded", "updated", "customer-replied", "note"}) {
        for (const char *language : {"en", "fr"})
            QVERIFY2(messages(QStringLiteral("e.kind = '%1' AND t.language = '%2'")
                                  .arg(QLatin1String(kind), QLatin1String(language)))
                         > 0,
                     kind);
    }
    // French customers are answered in French, English ones in English.
    QCOMPARE(messages(QStringLiteral("t.language = 'fr' AND (m.body LIKE 'Hello%' OR m.body "
                                     "LIKE 'Hi %' OR m.body LIKE 'Thanks%')")),
             0);
    QCOMPARE(messages(QStringLiteral("t.language = 'en' AND (m.body LIKE 'Bonjour%' OR m.body "
                                     "LIKE 'Merci%')")),
             0);
    QVERIFY(messages(QStringLiteral("t.language = 'fr' AND m.body LIKE 'Bonjour%'")) > 0);
    // The customer's messages are the contact's.
    QCOMPARE(messages(QStringLiteral("e.kind = 'customer-replied' AND m.author_name <> t.contact")),
             0);
}

QStringList TestDemoData::dump(Database &database)
{
    QStringList rows;
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("SELECT id, title, severity, tier, status, created_at, assignee_id "
                              "FROM tickets ORDER BY id"));
    while (query.next()) {
        QStringList row;
        for (int i = 0; i < 7; ++i)
            row.append(query.value(i).toString());
        rows.append(row.join(u'|'));
    }
    return rows;
}

void TestDemoData::isDeterministic()
{
    QTemporaryDir dir;
    auto first = test::openTemporarySqlite(dir, QStringLiteral("a.sqlite"));
    auto second = test::openTemporarySqlite(dir, QStringLiteral("b.sqlite"));
    auto other = test::openTemporarySqlite(dir, QStringLiteral("c.sqlite"));
    DemoData::populate(*first, test::fixedNow, 7);
    DemoData::populate(*second, test::fixedNow, 7);
    DemoData::populate(*other, test::fixedNow, 8);
    QCOMPARE(dump(*first), dump(*second));
    QVERIFY(dump(*first) != dump(*other));
}

void TestDemoData::populatesOnlyAnEmptyDatabase()
{
    QTemporaryDir dir;
    auto database = test::openTemporarySqlite(dir);
    QVERIFY(DemoData::populateIfEmpty(*database, test::fixedNow));
    const qint64 tickets = test::countRows(*database, QStringLiteral("tickets"));
    QVERIFY(!DemoData::populateIfEmpty(*database, test::fixedNow));
    QCOMPARE(test::countRows(*database, QStringLiteral("tickets")), tickets);
}

// Filled by someone whose login is one of the demo's people (recorded as a user before the
// demo ran): that row becomes the person, and the demo is written whole.
void TestDemoData::fillerMayBeOneOfTheDemoPeople()
{
    QTemporaryDir dir;
    auto database = test::openTemporarySqlite(dir);
    database->setActor(QStringLiteral("mlefebvre"));
    const qint64 id = database->actorId();
    QVERIFY(id > 0);
    const DemoDataSummary summary = DemoData::populate(*database, test::fixedNow);
    QCOMPARE(test::countRows(*database, QStringLiteral("users")), summary.users);
    QCOMPARE(database->userId(QStringLiteral("mlefebvre")), id);
    QCOMPARE(test::countRows(*database,
                             QStringLiteral("users"),
                             QStringLiteral("login = 'mlefebvre' AND display_name <> 'mlefebvre'")),
             1);
    QVERIFY(test::countRows(*database, QStringLiteral("tickets")) > 0);
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
