// Names for the ids tickets carry: in a language, from the newest policy version that knows
// them, and in the timeline's words ("Severity changed to Not urgent").
#include "io/policyfile.h"
#include "sla/explaintext.h"
#include "sla/policynames.h"
#include "sla/presetpolicies.h"
#include "sla/slaengine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hourglass;

class TestPolicyNames : public QObject
{
    Q_OBJECT

private slots:
    void languageIsTheTranslations();
    void namesFromTheNewestVersionThatKnowsThem();
    void timelineSaysNames();
};

void TestPolicyNames::languageIsTheTranslations()
{
    // No translation installed (the command line, core tests): English.
    QCOMPARE(PolicyNames::language(), QStringLiteral("en"));
    for (int rank = mostUrgent; rank <= leastUrgent; ++rank)
        QVERIFY(!PolicyNames::urgencyName(rank).isEmpty());
    QCOMPARE(PolicyNames::urgencyName(mostUrgent), QStringLiteral("Outage or emergency"));
}

void TestPolicyNames::namesFromTheNewestVersionThatKnowsThem()
{
    // cloud-tiers version 2 renames Gold and drops Standard: a version-1 ticket reads the new
    // name of its tier, and keeps the old name of a tier the new version no longer has.
    QFile file(QStringLiteral(":/policies/cloud-tiers.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    root.insert(QStringLiteral("version"), 2);
    QJsonArray tiers;
    for (const QJsonValue &value : root.value(QStringLiteral("tiers")).toArray()) {
        QJsonObject tier = value.toObject();
        if (tier.value(QStringLiteral("id")) == QStringLiteral("standard"))
            continue;
        if (tier.value(QStringLiteral("id")) == QStringLiteral("gold"))
            tier.insert(QStringLiteral("name_fr"), QStringLiteral("Or massif"));
        tiers.append(tier);
    }
    root.insert(QStringLiteral("tiers"), tiers);
    QJsonArray targets;
    for (const QJsonValue &value : root.value(QStringLiteral("targets")).toArray()) {
        if (value.toObject().value(QStringLiteral("tier")) != QStringLiteral("standard"))
            targets.append(value);
    }
    root.insert(QStringLiteral("targets"), targets);
    QList<Policy> policies = PresetPolicies::load();
    policies.append(PolicyFile::parse(QStringLiteral(":/policies/cloud-tiers.json"),
                                      QJsonDocument(root).toJson()));
    const SlaEngine engine(policies);
    const QString cloud = QStringLiteral("cloud-tiers");
    const QString fr = QStringLiteral("fr");
    QCOMPARE(PolicyNames::tier(engine, cloud, 1, QStringLiteral("gold"), fr),
             QStringLiteral("Or massif"));
    QCOMPARE(PolicyNames::tier(engine, cloud, 1, QStringLiteral("gold"), QStringLiteral("en")),
             QStringLiteral("Gold"));
    QCOMPARE(PolicyNames::tier(engine, cloud, 1, QStringLiteral("standard"), fr),
             QStringLiteral("Standard"));
    QCOMPARE(PolicyNames::severity(engine, cloud, 1, QStringLiteral("p1"), fr),
             QStringLiteral("P1"));
    QCOMPARE(PolicyNames::channel(engine, cloud, 1, QStringLiteral("portal"), fr),
             QStringLiteral("Espace client cloud"));
    QCOMPARE(PolicyNames::urgency(engine, cloud, 1, QStringLiteral("p3")), 5);
    // Unknown everywhere: the id as it is, and after every known urgency.
    QCOMPARE(PolicyNames::severity(engine, cloud, 1, QStringLiteral("p9"), fr),
             QStringLiteral("p9"));
    QCOMPARE(PolicyNames::urgency(engine, cloud, 1, QStringLiteral("p9")), leastUrgent + 1);
    QCOMPARE(PolicyNames::tier(engine, QStringLiteral("nope"), 1, QStringLiteral("gold"), fr),
             QStringLiteral("gold"));
}

void TestPolicyNames::timelineSaysNames()
{
    const QList<Policy> presets = PresetPolicies::load();
    const Policy &desk = presets.at(0);
    QCOMPARE(desk.id, QStringLiteral("afterhours-desk"));
    const auto event = [](TicketEvent::Kind kind, const QString &value) {
        TicketEvent made;
        made.at = fromEpoch(1773063000);
        made.kind = kind;
        made.value = value;
        return made;
    };
    const TicketEvent changed = event(TicketEvent::Kind::SeverityChanged, "not-urgent");
    QCOMPARE(ExplainText::eventText(changed, &desk),
             QStringLiteral("Severity changed to Not urgent"));
    QCOMPARE(ExplainText::eventText(changed, &desk, QStringLiteral("fr")),
             QStringLiteral("Severity changed to Non urgent")); // words from tr(), names from fr
    // Without a policy, the ids as before.
    QCOMPARE(ExplainText::eventText(changed), QStringLiteral("Severity changed to not-urgent"));

    TicketEvent created = event(TicketEvent::Kind::Created, "critical");
    created.tier = QStringLiteral("standard");
    created.channel = QStringLiteral("phone");
    QCOMPARE(ExplainText::eventText(created, &desk),
             QStringLiteral("Created (severity Critical, tier 24/7 emergency support, by "
                            "After-hours desk phone)"));
    const TicketEvent tier = event(TicketEvent::Kind::TierChanged, "standard");
    QCOMPARE(ExplainText::eventText(tier, &desk, QStringLiteral("fr")),
             QStringLiteral("Tier changed to Support d'urgence 24 h/24, 7 j/7"));
    // Calendar names in the target's words follow the translation's language (English here).
    const Policy &netmon = presets.at(1);
    const Target *target = netmon.target(Metric::InitialResponse,
                                         QStringLiteral("sev1"),
                                         QStringLiteral("standard"));
    QVERIFY(target);
    QVERIFY2(ExplainText::targetText(*target, netmon).contains(QStringLiteral("Support hours")),
             qPrintable(ExplainText::targetText(*target, netmon)));
}

QTEST_GUILESS_MAIN(TestPolicyNames)
#include "tst_policynames.moc"
