// The expertise-hours ledger's rules without a database: the first three months in the
// customer's zone, upgrades and downgrades, packs and their expiry, carry-over on and off,
// overages, reversing entries and the 75 % / 100 % warnings.
#include "contracts/expertiseledger.h"
#include "sla/presetpolicies.h"
#include "testenvironment.h"

#include <QTest>

using namespace hourglass;
using test::at;

namespace {

date::year_month ym(int y, unsigned m)
{
    return date::year{y} / date::month{m};
}

} // namespace

class TestExpertiseLedger : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bronzeIncludesTheFirstThreeMonthsInTheCustomersZone();
    void anUpgradeGivesItsHoursAtOnceAndADowngradeFromTheNextMonth();
    void packsAreDrawnSoonestExpiringFirstAndOnlyWhileValid();
    void unusedHoursCarryOverOnlyWhenTheTierSaysSo();
    void aSessionBeyondTheBalanceIsShortUnlessAPackOrAnOverageIsAllowed();
    void anOverageBillsOnlyWhatThePacksDoNotCover();
    void aReversingEntryGivesBackWhatItsEntryTook();
    void warningsAtThreeQuartersAndAtTheEnd();

private:
    const Tier *tier(const QString &id) const { return m_cloud.tier(id); }
    ExpertiseLedger ledger(const Customer &customer,
                           const QList<ExpertisePack> &packs = {},
                           const QList<ExpertiseEntry> &entries = {}) const;
    // An entry as the service logs it: its draws from the ledger as it stands.
    ExpertiseEntry log(QList<ExpertiseEntry> &entries,
                       const Customer &customer,
                       const QList<ExpertisePack> &packs,
                       Instant when,
                       int minutes,
                       Beyond beyond = Beyond::Nothing) const;
    static Customer customer(const QString &zone, QList<Contract> contracts);

    Policy m_cloud;
    std::optional<Tier> m_override; // a tier the test changed (carry-over on)
};

void TestExpertiseLedger::initTestCase()
{
    for (const Policy &policy : PresetPolicies::load()) {
        if (policy.id == QLatin1String("cloud-tiers"))
            m_cloud = policy;
    }
    QCOMPARE(m_cloud.tiers.size(), 4);
    // The seed's table, as the preset gives it.
    QCOMPARE(tier(QStringLiteral("standard"))->entitlements.expertiseMinutesPerMonth, 0);
    QCOMPARE(tier(QStringLiteral("bronze"))->entitlements.expertiseMinutesPerMonth, 120);
    QCOMPARE(tier(QStringLiteral("bronze"))->entitlements.expertiseMonths, std::optional<int>(3));
    QCOMPARE(tier(QStringLiteral("bronze"))->entitlements.privilegedExpertAccessMonths,
             std::optional<int>(3));
    QCOMPARE(tier(QStringLiteral("silver"))->entitlements.expertiseMinutesPerMonth, 120);
    QVERIFY(!tier(QStringLiteral("silver"))->entitlements.expertiseMonths);
    QVERIFY(!tier(QStringLiteral("gold"))->entitlements.carryOver);
    QCOMPARE(tier(QStringLiteral("gold"))->entitlements.languages,
             QStringList({QStringLiteral("fr"), QStringLiteral("en")}));
    QVERIFY(tier(QStringLiteral("standard"))->level < tier(QStringLiteral("bronze"))->level);
    QVERIFY(tier(QStringLiteral("silver"))->level < tier(QStringLiteral("gold"))->level);
}

Customer TestExpertiseLedger::customer(const QString &zone, QList<Contract> contracts)
{
    Customer c;
    c.id = 7;
    c.name = QStringLiteral("Kiwi Cloud");
    c.language = QStringLiteral("en");
    c.timeZone = zone;
    qint64 id = 1;
    for (Contract &contract : contracts) {
        contract.id = id++;
        contract.policyId = QStringLiteral("cloud-tiers");
    }
    c.contracts = contracts;
    return c;
}

ExpertiseLedger TestExpertiseLedger::ledger(const Customer &customer,
                                            const QList<ExpertisePack> &packs,
                                            const QList<ExpertiseEntry> &entries) const
{
    return ExpertiseLedger(
        customer,
        [this](const Contract &c) -> const Tier * {
            if (m_override && m_override->id == c.tier)
                return &*m_override;
            return m_cloud.tier(c.tier);
        },
        packs,
        entries);
}

ExpertiseEntry TestExpertiseLedger::log(QList<ExpertiseEntry> &entries,
                                        const Customer &customer,
                                        const QList<ExpertisePack> &packs,
                                        Instant when,
                                        int minutes,
                                        Beyond beyond) const
{
    const ExpertiseDraw draw = ledger(customer, packs, entries)
                                   .draw(when, minutes, beyond, at("2030-01-01T00:00:00Z"));
    if (draw.shortMinutes > 0)
        qFatal("the test logs a session that does not fit");
    ExpertiseEntry e;
    e.id = entries.size() + 1;
    e.customerId = customer.id;
    e.at = when;
    e.minutes = minutes;
    e.beyond = beyond;
    e.fromIncluded = draw.fromIncluded;
    e.packDraws = draw.packDraws;
    e.overage = draw.overage;
    entries.append(e);
    return e;
}

void TestExpertiseLedger::bronzeIncludesTheFirstThreeMonthsInTheCustomersZone()
{
    // Bronze from midnight on 31 January in Auckland (NZDT, UTC+13): still 30 January in UTC.
    const Customer c = customer(QStringLiteral("Pacific/Auckland"),
                                {Contract{.tier = QStringLiteral("bronze"),
                                          .startsAt = at("2026-01-30T11:00:00Z")}});
    const ExpertiseLedger l = ledger(c);
    QCOMPARE(l.monthOf(at("2026-01-30T11:00:00Z")), ym(2026, 1));
    QCOMPARE(l.monthOf(at("2026-01-30T10:59:59Z")), ym(2026, 1));
    QCOMPARE(l.monthOf(at("2026-01-31T10:59:59Z")), ym(2026, 1));
    QCOMPARE(l.monthOf(at("2026-01-31T11:00:00Z")), ym(2026, 2));
    // The first three months are January (one day of it), February and March, local.
    QCOMPARE(l.includedIn(ym(2025, 12)), 0);
    QCOMPARE(l.includedIn(ym(2026, 1)), 120);
    QCOMPARE(l.includedIn(ym(2026, 2)), 120);
    QCOMPARE(l.includedIn(ym(2026, 3)), 120);
    QCOMPARE(l.includedIn(ym(2026, 4)), 0);
    // 11:00 UTC on 31 March is midnight on 1 April in Auckland: April already.
    QCOMPARE(l.monthOf(at("2026-03-31T10:59:59Z")), ym(2026, 3));
    QCOMPARE(l.monthOf(at("2026-03-31T11:00:00Z")), ym(2026, 4));
    QCOMPARE(l.startOf(ym(2026, 4)), at("2026-03-31T11:00:00Z"));
    // After the end of daylight saving (5 April) Auckland is UTC+12.
    QCOMPARE(l.startOf(ym(2026, 5)), at("2026-04-30T12:00:00Z"));
    QCOMPARE(l.draw(at("2026-03-31T10:30:00Z"), 60, Beyond::Nothing, at("2026-05-01T00:00:00Z"))
                 .shortMinutes,
             0);
    QCOMPARE(l.draw(at("2026-03-31T11:30:00Z"), 60, Beyond::Nothing, at("2026-05-01T00:00:00Z"))
                 .shortMinutes,
             60);
    // A session dated before the contract, and before anything else the ledger holds, finds
    // nothing included (it once read before the first month it walked).
    const ExpertiseDraw early = l.draw(at("2025-11-10T09:00:00Z"),
                                       60,
                                       Beyond::Nothing,
                                       at("2026-05-01T00:00:00Z"));
    QCOMPARE(early.includedLeft, 0);
    QCOMPARE(early.shortMinutes, 60);
    // Privileged access to experts, likewise for three months only.
    QVERIFY(l.privilegedAccessAt(at("2026-03-31T10:59:59Z")));
    QVERIFY(!l.privilegedAccessAt(at("2026-03-31T11:00:00Z")));
    // The same contract for a customer in Paris starts on 30 January: the same three months.
    const Customer paris = customer(QStringLiteral("Europe/Paris"),
                                    {Contract{.tier = QStringLiteral("bronze"),
                                              .startsAt = at("2026-01-30T11:00:00Z")}});
    QCOMPARE(ledger(paris).includedIn(ym(2026, 3)), 120);
    QCOMPARE(ledger(paris).includedIn(ym(2026, 4)), 0);
    QCOMPARE(ledger(paris).monthOf(at("2026-03-31T11:00:00Z")), ym(2026, 3));
}

void TestExpertiseLedger::anUpgradeGivesItsHoursAtOnceAndADowngradeFromTheNextMonth()
{
    // Standard, upgraded to Silver on 15 March, downgraded back on 10 June.
    const Customer c = customer(QStringLiteral("Europe/Paris"),
                                {Contract{.tier = QStringLiteral("standard"),
                                          .startsAt = at("2026-01-01T00:00:00Z"),
                                          .endsAt = at("2026-03-15T09:00:00Z")},
                                 Contract{.tier = QStringLiteral("silver"),
                                          .startsAt = at("2026-03-15T09:00:00Z"),
                                          .endsAt = at("2026-06-10T09:00:00Z"),
                                          .change = Contract::Change::Upgrade},
                                 Contract{.tier = QStringLiteral("standard"),
                                          .startsAt = at("2026-06-10T09:00:00Z"),
                                          .change = Contract::Change::Downgrade}});
    const ExpertiseLedger l = ledger(c);
    QCOMPARE(l.includedIn(ym(2026, 2)), 0);
    // The month of the upgrade has Silver's hours: effective at once.
    QCOMPARE(l.includedIn(ym(2026, 3)), 120);
    QCOMPARE(l.includedIn(ym(2026, 5)), 120);
    // A month is given the best tier in force during it: June keeps Silver's hours.
    QCOMPARE(l.includedIn(ym(2026, 6)), 120);
    QCOMPARE(l.includedIn(ym(2026, 7)), 0);
    QCOMPARE(l.tierAt(at("2026-03-15T08:59:59Z"))->id, QStringLiteral("standard"));
    QCOMPARE(l.tierAt(at("2026-03-15T09:00:00Z"))->id, QStringLiteral("silver"));
    QVERIFY(!l.privilegedAccessAt(at("2026-03-01T00:00:00Z")));
    QVERIFY(l.privilegedAccessAt(at("2026-04-01T00:00:00Z")));
    // Bronze taken later counts its three months from its own start.
    const Customer late = customer(QStringLiteral("Europe/Paris"),
                                   {Contract{.tier = QStringLiteral("standard"),
                                             .startsAt = at("2024-01-01T00:00:00Z"),
                                             .endsAt = at("2026-05-20T08:00:00Z")},
                                    Contract{.tier = QStringLiteral("bronze"),
                                             .startsAt = at("2026-05-20T08:00:00Z")}});
    QCOMPARE(ledger(late).includedIn(ym(2026, 4)), 0);
    QCOMPARE(ledger(late).includedIn(ym(2026, 5)), 120);
    QCOMPARE(ledger(late).includedIn(ym(2026, 7)), 120);
    QCOMPARE(ledger(late).includedIn(ym(2026, 8)), 0);
}

void TestExpertiseLedger::packsAreDrawnSoonestExpiringFirstAndOnlyWhileValid()
{
    const Customer c = customer(QStringLiteral("Europe/Paris"),
                                {Contract{.tier = QStringLiteral("standard"),
                                          .startsAt = at("2025-01-01T00:00:00Z")}});
    ExpertisePack lasting{.id = 10,
                          .customerId = 7,
                          .minutes = 300,
                          .boughtAt = at("2026-01-10T10:00:00Z")};
    ExpertisePack lapsing{.id = 11,
                          .customerId = 7,
                          .minutes = 60,
                          .boughtAt = at("2026-02-01T10:00:00Z"),
                          .expiresAt = at("2026-04-01T00:00:00Z")};
    const QList<ExpertisePack> packs{lasting, lapsing};
    QList<ExpertiseEntry> entries;
    // Standard includes nothing: without a pack allowed, the whole session is short.
    QCOMPARE(ledger(c, packs)
                 .draw(at("2026-03-10T09:00:00Z"), 90, Beyond::Nothing, at("2026-03-11T00:00:00Z"))
                 .shortMinutes,
             90);
    const ExpertiseEntry first = log(entries, c, packs, at("2026-03-10T09:00:00Z"), 90, Beyond::Pack);
    QCOMPARE(first.fromIncluded, 0);
    QCOMPARE(first.packDraws.size(), 2);
    QCOMPARE(first.packDraws.at(0).packId, 11); // the one that lapses first
    QCOMPARE(first.packDraws.at(0).minutes, 60);
    QCOMPARE(first.packDraws.at(1).packId, 10);
    QCOMPARE(first.packDraws.at(1).minutes, 30);
    QCOMPARE(ledger(c, packs, entries).packRemaining().value(10), 270);
    QCOMPARE(ledger(c, packs, entries).packRemaining().value(11), 0);
    // A session before a pack was bought cannot draw on it.
    const ExpertiseDraw before = ledger(c, packs, entries)
                                     .draw(at("2026-01-05T09:00:00Z"),
                                           30,
                                           Beyond::Pack,
                                           at("2026-03-11T00:00:00Z"));
    QCOMPARE(before.packLeft, 0);
    QCOMPARE(before.shortMinutes, 30);
    // After a pack lapses, what it held is gone: only the lasting pack is left.
    lapsing.minutes = 120;
    const QList<ExpertisePack> bigger{lasting, lapsing};
    QList<ExpertiseEntry> none;
    const ExpertiseDraw after = ledger(c, bigger, none)
                                    .draw(at("2026-04-02T09:00:00Z"),
                                          60,
                                          Beyond::Pack,
                                          at("2026-04-03T00:00:00Z"));
    QCOMPARE(after.packLeft, 300);
    QCOMPARE(after.packDraws.size(), 1);
    QCOMPARE(after.packDraws.at(0).packId, 10);
    // The month's figures.
    const MonthBalance march = ledger(c, packs, entries).balance(ym(2026, 3));
    QCOMPARE(march.includedMinutes, 0);
    QCOMPARE(march.packMinutes, 360);
    QCOMPARE(march.fromPacks, 90);
    QCOMPARE(march.usedMinutes, 90);
    QCOMPARE(march.packLeftMinutes, 270);
    const MonthBalance april = ledger(c, packs, entries).balance(ym(2026, 4));
    QCOMPARE(april.packMinutes, 270);
    QCOMPARE(april.usedMinutes, 0);
}

void TestExpertiseLedger::unusedHoursCarryOverOnlyWhenTheTierSaysSo()
{
    const Customer c = customer(QStringLiteral("Europe/Paris"),
                                {Contract{.tier = QStringLiteral("silver"),
                                          .startsAt = at("2026-01-01T00:00:00Z")}});
    QList<ExpertiseEntry> entries;
    log(entries, c, {}, at("2026-01-20T09:00:00Z"), 60);
    // The default, as the seed's reading says: unused hours do not carry over.
    QCOMPARE(ledger(c, {}, entries).balance(ym(2026, 2)).carriedInMinutes, 0);
    QCOMPARE(ledger(c, {}, entries).balance(ym(2026, 2)).availableMinutes(), 120);

    m_override = *tier(QStringLiteral("silver"));
    m_override->entitlements.carryOver = true;
    const MonthBalance february = ledger(c, {}, entries).balance(ym(2026, 2));
    QCOMPARE(february.carriedInMinutes, 60);
    QCOMPARE(february.availableMinutes(), 180);
    QCOMPARE(ledger(c, {}, entries).balance(ym(2026, 3)).carriedInMinutes, 180);
    // February spends most of it; a session logged late for January may take only what is
    // still there in every month it was carried into.
    log(entries, c, {}, at("2026-02-10T09:00:00Z"), 150);
    const ExpertiseDraw late = ledger(c, {}, entries)
                                   .draw(at("2026-01-25T09:00:00Z"),
                                         60,
                                         Beyond::Nothing,
                                         at("2026-02-20T00:00:00Z"));
    QCOMPARE(late.includedLeft, 30);
    QCOMPARE(late.shortMinutes, 30);
    // A session already logged for next month (tomorrow, on the last day of a month) spent
    // carried minutes too: a late one may not take them again, whatever the date today.
    log(entries, c, {}, at("2026-03-01T09:00:00Z"), 140);
    QCOMPARE(ledger(c, {}, entries).balance(ym(2026, 3)).leftMinutes, 10);
    const ExpertiseDraw later = ledger(c, {}, entries)
                                    .draw(at("2026-01-25T09:00:00Z"),
                                          60,
                                          Beyond::Nothing,
                                          at("2026-02-28T20:00:00Z"));
    QCOMPARE(later.includedLeft, 10);
    QCOMPARE(later.shortMinutes, 50);
    m_override.reset();
}

void TestExpertiseLedger::aSessionBeyondTheBalanceIsShortUnlessAPackOrAnOverageIsAllowed()
{
    const Customer c = customer(QStringLiteral("Europe/Paris"),
                                {Contract{.tier = QStringLiteral("gold"),
                                          .startsAt = at("2026-01-01T00:00:00Z")}});
    QList<ExpertiseEntry> entries;
    log(entries, c, {}, at("2026-03-02T09:00:00Z"), 90);
    const Instant now = at("2026-03-20T00:00:00Z");
    const ExpertiseDraw refused = ledger(c, {}, entries)
                                      .draw(at("2026-03-05T09:00:00Z"), 60, Beyond::Nothing, now);
    QCOMPARE(refused.includedLeft, 30);
    QCOMPARE(refused.fromIncluded, 30);
    QCOMPARE(refused.shortMinutes, 30);
    // A pack allowed but none bought: still short.
    QCOMPARE(ledger(c, {}, entries)
                 .draw(at("2026-03-05T09:00:00Z"), 60, Beyond::Pack, now)
                 .shortMinutes,
             30);
    const ExpertiseEntry over = log(entries, c, {}, at("2026-03-05T09:00:00Z"), 60, Beyond::Overage);
    QCOMPARE(over.fromIncluded, 30);
    QCOMPARE(over.overage, 30);
    const MonthBalance march = ledger(c, {}, entries).balance(ym(2026, 3));
    QCOMPARE(march.usedMinutes, 150);
    QCOMPARE(march.fromIncluded, 120);
    QCOMPARE(march.overageMinutes, 30);
    QCOMPARE(march.leftMinutes, 0); // never below zero
    QCOMPARE(march.entries.size(), 2);
}

// Hours paid for in advance are spent before any are billed: an overage takes the included
// minutes, then the packs, and bills the rest; a pack alone that holds too little is short.
void TestExpertiseLedger::anOverageBillsOnlyWhatThePacksDoNotCover()
{
    const Customer c = customer(QStringLiteral("Europe/Paris"),
                                {Contract{.tier = QStringLiteral("silver"),
                                          .startsAt = at("2026-01-01T00:00:00Z")}});
    const QList<ExpertisePack> packs{ExpertisePack{.id = 20,
                                                   .customerId = 7,
                                                   .minutes = 45,
                                                   .boughtAt = at("2026-02-01T10:00:00Z")}};
    QList<ExpertiseEntry> entries;
    const Instant now = at("2026-03-20T00:00:00Z");
    const Instant session = at("2026-03-05T09:00:00Z");
    const ExpertiseDraw packOnly = ledger(c, packs).draw(session, 240, Beyond::Pack, now);
    QCOMPARE(packOnly.fromIncluded, 120);
    QCOMPARE(packOnly.packLeft, 45);
    QCOMPARE(packOnly.shortMinutes, 75);
    const ExpertiseEntry over = log(entries, c, packs, session, 240, Beyond::Overage);
    QCOMPARE(over.fromIncluded, 120);
    QCOMPARE(over.packDraws.size(), 1);
    QCOMPARE(over.packDraws.at(0).packId, 20);
    QCOMPARE(over.packDraws.at(0).minutes, 45);
    QCOMPARE(over.overage, 75);
    const MonthBalance march = ledger(c, packs, entries).balance(ym(2026, 3));
    QCOMPARE(march.fromPacks, 45);
    QCOMPARE(march.overageMinutes, 75);
    QCOMPARE(march.packLeftMinutes, 0);
    // With the packs spent, the next overage is all billed.
    const ExpertiseEntry next
        = log(entries, c, packs, at("2026-03-06T09:00:00Z"), 30, Beyond::Overage);
    QVERIFY(next.packDraws.isEmpty());
    QCOMPARE(next.overage, 30);
}

void TestExpertiseLedger::aReversingEntryGivesBackWhatItsEntryTook()
{
    const Customer c = customer(QStringLiteral("Europe/Paris"),
                                {Contract{.tier = QStringLiteral("silver"),
                                          .startsAt = at("2026-01-01T00:00:00Z")}});
    QList<ExpertiseEntry> entries;
    const ExpertiseEntry wrong = log(entries, c, {}, at("2026-03-02T09:00:00Z"), 90);
    ExpertiseEntry reversal = wrong;
    reversal.id = 2;
    reversal.reverses = wrong.id;
    reversal.recordedAt = at("2026-04-03T10:00:00Z"); // corrected in April, for March
    entries.append(reversal);
    const MonthBalance march = ledger(c, {}, entries).balance(ym(2026, 3));
    QCOMPARE(march.entries.size(), 2); // both lines stay, for the audit
    QCOMPARE(march.entries.at(1).signedMinutes(), -90);
    QCOMPARE(march.usedMinutes, 0);
    QCOMPARE(march.fromIncluded, 0);
    QCOMPARE(march.leftMinutes, 120);
    // The right session, logged again, fits.
    const ExpertiseEntry right = log(entries, c, {}, at("2026-03-02T09:00:00Z"), 60);
    QCOMPARE(right.fromIncluded, 60);
    QCOMPARE(ledger(c, {}, entries).balance(ym(2026, 3)).leftMinutes, 60);
    QCOMPARE(ledger(c, {}, entries).balance(ym(2026, 4)).usedMinutes, 0);
}

void TestExpertiseLedger::warningsAtThreeQuartersAndAtTheEnd()
{
    const Customer c = customer(QStringLiteral("Europe/Paris"),
                                {Contract{.tier = QStringLiteral("silver"),
                                          .startsAt = at("2026-01-01T00:00:00Z")}});
    QList<ExpertiseEntry> entries;
    log(entries, c, {}, at("2026-03-02T09:00:00Z"), 75);
    QCOMPARE(ledger(c, {}, entries).balance(ym(2026, 3)).warning, BalanceWarning::None);
    log(entries, c, {}, at("2026-03-03T09:00:00Z"), 15);
    QCOMPARE(ledger(c, {}, entries).balance(ym(2026, 3)).warning, BalanceWarning::ThreeQuarters);
    log(entries, c, {}, at("2026-03-04T09:00:00Z"), 30);
    QCOMPARE(ledger(c, {}, entries).balance(ym(2026, 3)).warning, BalanceWarning::Exhausted);
    QCOMPARE(ledger(c, {}, entries).balance(ym(2026, 4)).warning, BalanceWarning::None);
}

QTEST_GUILESS_MAIN(TestExpertiseLedger)
#include "tst_expertiseledger.moc"
