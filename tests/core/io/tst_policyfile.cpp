// Policy files: every preset loads; malformed files are refused naming the JSON path.
#include "io/inputerror.h"
#include "io/policyfile.h"
#include "sla/presetpolicies.h"

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
};

namespace {

QByteArray validPolicy()
{
    return R"({
      "format": "hourglass-policy/1", "id": "p", "version": 2, "name": "Test policy",
      "tiers": [{"id": "gold", "name": "Gold"}],
      "severities": [{"id": "s1", "name": "S1"}, {"id": "s2", "name": "S2"}],
      "channels": [{"id": "email", "name": "Email"}],
      "defaultSeverity": {"email": "s2", "*": "s1"}
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
        << QByteArray(R"({"id": "s2", "name": "S2"})")
        << QByteArray(R"({"id": "s1", "name": "S2"})") << "$.severities[1].id"
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
    QCOMPARE(PolicyFile::parse(QStringLiteral("good.json"), validPolicy()).version, 2);
}

QTEST_GUILESS_MAIN(TestPolicyFile)
#include "tst_policyfile.moc"
