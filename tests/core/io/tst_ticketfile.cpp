// Ticket timeline files for what-if questions: read in order, refused whole when malformed.
#include "io/inputerror.h"
#include "io/ticketfile.h"
#include "sla/presetpolicies.h"
#include "sla/slaengine.h"

#include <QTest>

#include <tuple>

using namespace hourglass;

class TestTicketFile : public QObject
{
    Q_OBJECT

private slots:
    void readsTimeline();
    void refusesBadInput_data();
    void refusesBadInput();
    void checksValuesAgainstThePolicy();
};

namespace {

const QByteArray valid = R"({
  "format": "hourglass-ticket/1", "id": "T-1", "policy": "cloud-tiers", "policyVersion": 1,
  "events": [
    {"at": "2026-03-06T16:55:00Z", "kind": "created", "severity": "p1", "tier": "gold", "channel": "portal"},
    {"at": "2026-03-06T17:10:00Z", "kind": "status-changed", "status": "waiting-customer"},
    {"at": "2026-03-06T18:00:00Z", "kind": "customer-replied"},
    {"at": "2026-03-06T18:05:00Z", "kind": "scheduled", "for": "2026-03-09T14:00:00+01:00"},
    {"at": "2026-03-06T18:30:00Z", "kind": "responded", "author": "mlefebvre"}
  ]
})";

} // namespace

void TestTicketFile::readsTimeline()
{
    const TicketTimeline timeline = TicketFile::parse(QStringLiteral("t.json"), valid);
    QCOMPARE(timeline.policyId, QStringLiteral("cloud-tiers"));
    QCOMPARE(timeline.events.size(), 5);
    QCOMPARE(timeline.events.at(0).tier, QStringLiteral("gold"));
    QCOMPARE(timeline.events.at(1).value, QStringLiteral("waiting-customer"));
    QCOMPARE(formatInstant(*timeline.events.at(3).scheduledFor),
             QStringLiteral("2026-03-09T13:00:00Z"));
    QCOMPARE(timeline.events.at(4).kind, TicketEvent::Kind::Responded);
    QCOMPARE(timeline.events.at(4).author, QStringLiteral("mlefebvre"));
}

void TestTicketFile::refusesBadInput_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("problem");
    QTest::newRow("order") << QByteArray("2026-03-06T18:00:00Z")
                           << QByteArray("2026-03-06T16:00:00Z") << "$.events[2].at"
                           << "time order";
    QTest::newRow("kind") << QByteArray("customer-replied") << QByteArray("customer-repled")
                          << "$.events[2].kind"
                          << "unknown event kind";
    QTest::newRow("status") << QByteArray("waiting-customer") << QByteArray("waiting")
                            << "$.events[1].status"
                            << "unknown status";
    QTest::newRow("instant") << QByteArray("2026-03-09T14:00:00+01:00")
                             << QByteArray("2026-03-09 14h") << "$.events[3].for"
                             << "not an ISO 8601 instant";
    QTest::newRow("typo") << QByteArray(R"("author": "mlefebvre")")
                          << QByteArray(R"("autor": "mlefebvre")") << "$.events[4].autor"
                          << "unknown field";
    QTest::newRow("missing tier") << QByteArray(R"("tier": "gold", )") << QByteArray()
                                  << "$.events[0].tier"
                                  << "required field is missing";
    QTest::newRow("created twice") << QByteArray(R"("kind": "responded")")
                                   << QByteArray(R"("kind": "created")") << "$.events[4].kind"
                                   << "created only once";
    QTest::newRow("year 9999") << QByteArray("2026-03-06T18:30:00Z")
                               << QByteArray("9999-12-31T23:59:59Z") << "$.events[4].at"
                               << "calendars answer for";
    QTest::newRow("scheduled for year 1") << QByteArray("2026-03-09T14:00:00+01:00")
                                          << QByteArray("0001-01-01T00:00:00Z") << "$.events[3].for"
                                          << "calendars answer for";
    QTest::newRow("huge policy version")
        << QByteArray(R"("policyVersion": 1)") << QByteArray(R"("policyVersion": 4294967297)")
        << "$.policyVersion"
        << "positive whole number";
}

void TestTicketFile::refusesBadInput()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, place);
    QFETCH(QString, problem);
    QByteArray document = valid;
    QVERIFY(document.contains(from));
    document.replace(from, to);
    try {
        TicketFile::parse(QStringLiteral("t.json"), document);
        QFAIL("a bad ticket was accepted");
    } catch (const InputError &error) {
        QVERIFY2(error.place() == place, qPrintable(error.message()));
        QVERIFY2(error.problem().contains(problem), qPrintable(error.message()));
    }
}

void TestTicketFile::checksValuesAgainstThePolicy()
{
    const QList<Policy> presets = PresetPolicies::load();
    const SlaEngine engine(presets);
    TicketFile::check(QStringLiteral("t.json"),
                      TicketFile::parse(QStringLiteral("t.json"), valid),
                      engine);
    const QByteArray later = R"({"at": "2026-03-06T19:00:00Z", "kind": )";
    const QList<std::tuple<QByteArray, QByteArray, QString, QString>> cases = {
        {R"("severity": "p1")",
         R"("severity": "p9")",
         "$.events[0].severity",
         "unknown severity \"p9\" in cloud-tiers ("},
        {R"("tier": "gold")",
         R"("tier": "platinum")",
         "$.events[0].tier",
         "unknown tier \"platinum\""},
        {R"("channel": "portal")",
         R"("channel": "fax")",
         "$.events[0].channel",
         "unknown channel \"fax\""},
        {R"("policyVersion": 1)",
         R"("policyVersion": 2)",
         "$.policyVersion",
         "unknown policy \"cloud-tiers\" version 2"},
        {R"("author": "mlefebvre"})",
         R"("author": "mlefebvre"}, )" + later + R"("severity-changed", "severity": "sev1"})",
         "$.events[5].severity",
         "unknown severity \"sev1\""},
        {R"("author": "mlefebvre"})",
         R"("author": "mlefebvre"}, )" + later + R"("tier-changed", "tier": "platinum"})",
         "$.events[5].tier",
         "unknown tier \"platinum\""},
    };
    for (const auto &[from, to, place, problem] : cases) {
        QByteArray document = valid;
        QVERIFY(document.contains(from));
        document.replace(from, to);
        const TicketTimeline timeline = TicketFile::parse(QStringLiteral("t.json"), document);
        try {
            TicketFile::check(QStringLiteral("t.json"), timeline, engine);
            QFAIL(qPrintable(QStringLiteral("accepted: %1").arg(QString::fromUtf8(to))));
        } catch (const InputError &error) {
            QCOMPARE(error.file(), QStringLiteral("t.json"));
            QCOMPARE(error.place(), place);
            QVERIFY2(error.problem().contains(problem), qPrintable(error.message()));
        }
    }
}

QTEST_GUILESS_MAIN(TestTicketFile)
#include "tst_ticketfile.moc"
