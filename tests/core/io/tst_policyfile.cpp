// Policy files: every preset loads; malformed files are refused naming the JSON path.
#include "io/inputerror.h"
#include "io/policyfile.h"
#include "sla/presetpolicies.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hourglass;

class TestPolicyFile : public QObject
{
    Q_OBJECT

private slots:
    void presetsLoad();
    void presetFigures();
    void refusesMalformed_data();
    void refusesMalformed();
    void namesTheCalendarFileAtFault();
};

namespace {

QByteArray validPolicy()
{
    return R"({
      "format": "hourglass-policy/1", "id": "p", "version": 2, "name": "Test policy",
      "tiers": [{"id": "gold", "name": "Gold"}, {"id": "silver", "name": "Silver"}],
      "channels": [{"id": "email", "name": "Email"}],
      "calendars": {
        "office": {"id": "office", "zone": "Europe/Paris", "businessDay": "8h",
                   "week": {"mon": ["09:00-17:00"], "tue": ["09:00-17:00"]}},
        "24x7": {"id": "24x7", "zone": "UTC", "week": {"mon": ["00:00-24:00"]}}
      },
      "severities": [{"id": "s1", "name": "S1"},
                     {"id": "s2", "name": "S2", "onlyOutside": {"calendar": "office", "otherwise": "s1"}}],
      "defaultSeverity": {"email": "s2", "*": "s1"},
      "warnings": [{"percent": 75}, {"before": "15m"}],
      "targets": [
        {"metric": "initial-response", "severity": "s1", "within": "2h", "calendar": "office"},
        {"metric": "resolution", "severity": "s1", "tier": "gold", "businessDays": 3, "calendar": "office"},
        {"metric": "resolution", "severity": "s1", "bestEffort": true}
      ]
    })";
}

} // namespace

void TestPolicyFile::presetsLoad()
{
    const QList<Policy> presets = PresetPolicies::load();
    QCOMPARE(presets.size(), 5);
    QStringList ids;
    for (const Policy &policy : presets)
        ids.append(policy.id);
    QCOMPARE(ids,
             QStringList({"afterhours-desk",
                          "netmon-v2",
                          "cloud-tiers",
                          "provisioning-terms",
                          "helpdesk-matrix"}));
}

void TestPolicyFile::presetFigures()
{
    const QList<Policy> presets = PresetPolicies::load();
    const Policy &cloud = presets.at(2);
    QCOMPARE(cloud.tiers.size(), 4);
    QCOMPARE(cloud.tiers.at(3).name, QStringLiteral("Gold"));
    const Policy &provisioning = presets.at(3);
    QCOMPARE(provisioning.severities.size(), 5);
    QCOMPARE(provisioning.severities.first().id, QStringLiteral("emergency"));
    // Requests by email or other channels default to Minor (seed 003).
    QCOMPARE(provisioning.defaultSeverityFor(QStringLiteral("email")), QStringLiteral("minor"));
    QCOMPARE(provisioning.defaultSeverityFor(QStringLiteral("phone")), QStringLiteral("minor"));
    QCOMPARE(presets.at(4).severities.size(), 6);
    QCOMPARE(presets.at(1).severities.size(), 4);
}

void TestPolicyFile::refusesMalformed_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("problem");

    QTest::newRow("typo") << QByteArray(R"("name": "Test policy")")
                          << QByteArray(R"("name": "Test policy", "severty": 1)") << "$.severty"
                          << "unknown field";
    QTest::newRow("missing name") << QByteArray(R"("name": "Test policy",)") << QByteArray()
                                  << "$.name"
                                  << "required field is missing";
    QTest::newRow("wrong type") << QByteArray(R"("version": 2)") << QByteArray(R"("version": "2")")
                                << "$.version"
                                << "expected a whole number";
    QTest::newRow("negative version")
        << QByteArray(R"("version": 2)") << QByteArray(R"("version": -1)") << "$.version"
        << "positive";
    QTest::newRow("unknown severity")
        << QByteArray(R"("*": "s1")") << QByteArray(R"("*": "s9")") << "$.defaultSeverity.*"
        << "unknown severity \"s9\"";
    QTest::newRow("unknown channel")
        << QByteArray(R"("email": "s2")") << QByteArray(R"("fax": "s2")") << "$.defaultSeverity.fax"
        << "unknown channel";
    QTest::newRow("duplicate severity")
        << QByteArray(R"({"id": "s2", "name": "S2", "onlyOutside")")
        << QByteArray(R"({"id": "s1", "name": "S2", "onlyOutside")") << "$.severities[1].id"
        << "duplicate id";
    QTest::newRow("bad id") << QByteArray(R"({"id": "gold")") << QByteArray(R"({"id": "Gold!")")
                            << "$.tiers[0].id"
                            << "not a valid id";
    QTest::newRow("format") << QByteArray("hourglass-policy/1") << QByteArray("hourglass-policy/9")
                            << "$.format"
                            << "unsupported format";
    QTest::newRow("syntax") << QByteArray(R"("version": 2,)") << QByteArray(R"("version": 2,,)")
                            << "line 2, column"
                            << "invalid JSON";
    QTest::newRow("target unknown calendar")
        << QByteArray(R"("within": "2h", "calendar": "office")")
        << QByteArray(R"("within": "2h", "calendar": "offce")") << "$.targets[0].calendar"
        << "unknown calendar \"offce\"";
    QTest::newRow("target unknown severity")
        << QByteArray(R"("severity": "s1", "within")")
        << QByteArray(R"("severity": "s7", "within")") << "$.targets[0].severity"
        << "unknown severity \"s7\"";
    QTest::newRow("target unknown tier")
        << QByteArray(R"("tier": "gold")") << QByteArray(R"("tier": "platinum")")
        << "$.targets[1].tier"
        << "unknown tier";
    QTest::newRow("negative duration") << QByteArray(R"("within": "2h")")
                                       << QByteArray(R"("within": "-2h")") << "$.targets[0].within"
                                       << "not a duration";
    QTest::newRow("zero duration") << QByteArray(R"("within": "2h")")
                                   << QByteArray(R"("within": "0")") << "$.targets[0].within"
                                   << "longer than zero";
    QTest::newRow("two kinds") << QByteArray(R"("bestEffort": true)")
                               << QByteArray(R"("bestEffort": true, "immediate": true)")
                               << "$.targets[2]"
                               << "exactly one of";
    QTest::newRow("no kind") << QByteArray(R"(, "bestEffort": true)") << QByteArray()
                             << "$.targets[2]"
                             << "exactly one of";
    QTest::newRow("missing calendar") << QByteArray(R"("within": "2h", "calendar": "office")")
                                      << QByteArray(R"("within": "2h")") << "$.targets[0].calendar"
                                      << "required field is missing";
    QTest::newRow("unknown metric")
        << QByteArray(R"("metric": "initial-response")")
        << QByteArray(R"("metric": "first-response")") << "$.targets[0].metric"
        << "unknown metric";
    QTest::newRow("duplicate target")
        << QByteArray(R"({"metric": "resolution", "severity": "s1", "bestEffort": true})")
        << QByteArray(R"({"metric": "initial-response", "severity": "s1", "bestEffort": true})")
        << "$.targets[2]"
        << "a second initial-response target";
    QTest::newRow("business days without length")
        << QByteArray(R"("businessDays": 3, "calendar": "office")")
        << QByteArray(R"("businessDays": 3, "calendar": "24x7")") << "$.targets[1].businessDays"
        << "how long a business day is";
    QTest::newRow("warning percent") << QByteArray(R"({"percent": 75})")
                                     << QByteArray(R"({"percent": 175})") << "$.warnings[0].percent"
                                     << "between 0 and 100";
    QTest::newRow("calendar zone")
        << QByteArray("Europe/Paris") << QByteArray("Europe/Pariss") << "$.calendars.office.zone"
        << "unknown time zone";
    QTest::newRow("calendar interval")
        << QByteArray(R"("tue": ["09:00-17:00"])") << QByteArray(R"("tue": ["09:00-09:00"])")
        << "$.calendars.office.week.tue[0]"
        << "starts and ends at the same time";
    QTest::newRow("calendar typo")
        << QByteArray(R"("businessDay": "8h")") << QByteArray(R"("bussinessDay": "8h")")
        << "$.calendars.office.bussinessDay"
        << "unknown field";
    QTest::newRow("calendar file missing")
        << QByteArray(R"("24x7": {"id": "24x7", "zone": "UTC", "week": {"mon": ["00:00-24:00"]}})")
        << QByteArray(R"("24x7": "nowhere.json")") << "$.calendars.24x7"
        << "does not exist";
    QTest::newRow("calendar file that is no calendar")
        << QByteArray(R"("24x7": {"id": "24x7", "zone": "UTC", "week": {"mon": ["00:00-24:00"]}})")
        << QByteArray(R"("24x7": "/etc/passwd")") << "$.calendars.24x7"
        << "is not a calendar file";
    QTest::newRow("severity rule")
        << QByteArray(R"("otherwise": "s1")") << QByteArray(R"("otherwise": "s9")")
        << "$.severities[1].onlyOutside.otherwise"
        << "unknown severity";
}

void TestPolicyFile::refusesMalformed()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, place);
    QFETCH(QString, problem);

    QByteArray document = validPolicy();
    QVERIFY(document.contains(from));
    document.replace(from, to);
    try {
        PolicyFile::parse(QStringLiteral("bad.json"), document);
        QFAIL("a malformed policy was accepted");
    } catch (const InputError &error) {
        QCOMPARE(error.file(), QStringLiteral("bad.json"));
        QVERIFY2(error.place().startsWith(place), qPrintable(error.message()));
        QVERIFY2(error.problem().contains(problem), qPrintable(error.message()));
        QVERIFY(error.message().startsWith(QStringLiteral("bad.json: ")));
    }
    // The untouched document is valid, so each row tests exactly one defect.
    const Policy good = PolicyFile::parse(QStringLiteral("good.json"), validPolicy());
    QCOMPARE(good.version, 2);
    QCOMPARE(good.targets.size(), 3);
    // The tier's own target wins; other tiers fall back to the one for every tier.
    QCOMPARE(good.target(Metric::Resolution, "s1", "gold")->kind, Target::Kind::BusinessDays);
    QCOMPARE(good.target(Metric::Resolution, "s1", "silver")->kind, Target::Kind::BestEffort);
    QVERIFY(!good.target(Metric::PeriodicUpdate, "s1", "gold"));
}

// A calendar file the policy names is checked as part of the policy: its problem is reported at
// the policy's place that names it, with the calendar file's own place and problem.
void TestPolicyFile::namesTheCalendarFileAtFault()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile calendar(dir.filePath(QStringLiteral("office.json")));
    QVERIFY(calendar.open(QIODevice::WriteOnly));
    calendar.write(R"({"format": "hourglass-calendar/1", "id": "24x7", "zone": "Mars/Base",
                     "week": {"mon": ["00:00-24:00"]}})");
    calendar.close();
    QByteArray document = validPolicy();
    const QByteArray inlined
        = R"("24x7": {"id": "24x7", "zone": "UTC", "week": {"mon": ["00:00-24:00"]}})";
    QVERIFY(document.contains(inlined));
    document.replace(inlined, R"("24x7": "office.json")");
    const QString policyFile = dir.filePath(QStringLiteral("policy.json"));
    try {
        PolicyFile::parse(policyFile, document);
        QFAIL("a policy with a broken calendar was accepted");
    } catch (const InputError &error) {
        QCOMPARE(error.file(), policyFile);
        QCOMPARE(error.place(), QStringLiteral("$.calendars.24x7"));
        QVERIFY2(error.problem().contains(dir.filePath(QStringLiteral("office.json"))
                                          + QStringLiteral(": $.zone: unknown time zone")),
                 qPrintable(error.message()));
    }
}

QTEST_GUILESS_MAIN(TestPolicyFile)
#include "tst_policyfile.moc"
