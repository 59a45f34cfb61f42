// Lint of a rotation over a year: gaps, overlapping and unused overrides, someone prime and
// secondary at once, the 167 h and 169 h weeks of the seed's rotation, shifts on leave.
#include "oncall/oncalllint.h"
#include "oncall/oncallservice.h"
#include "testenvironment.h"

#include <QTest>

using namespace hourglass;
using test::at;
using Kind = OnCallFinding::Kind;

namespace {

date::local_days day(int y, unsigned m, unsigned d)
{
    return date::local_days{date::year{y} / date::month{m} / date::day{d}};
}

RotationRevision seed()
{
    Rotation r = OnCallService::afterHoursPreset({"p1", "p2", "p3", "p4", "p5"}, day(2026, 1, 5));
    r.id = 1;
    return {1, at("2025-12-01T00:00:00Z"), QStringLiteral("admin"), r};
}

OnCallOverride override(
    qint64 id, const char *start, const char *end, const char *covered, const char *cover)
{
    OnCallOverride o;
    o.id = id;
    o.rotationId = 1;
    o.start = at(start);
    o.end = at(end);
    o.covered = QString::fromLatin1(covered);
    o.cover = QString::fromLatin1(cover);
    o.recordedAt = at("2025-12-02T00:00:00Z");
    return o;
}

std::vector<OnCallFinding> only(const std::vector<OnCallFinding> &all, Kind kind)
{
    std::vector<OnCallFinding> found;
    for (const OnCallFinding &f : all) {
        if (f.kind == kind)
            found.push_back(f);
    }
    return found;
}

const Instant yearStart = at("2026-01-01T00:00:00Z");
const Instant yearEnd = at("2027-01-01T00:00:00Z");
const Instant knownNow = at("2025-12-31T00:00:00Z");

} // namespace

class TestOnCallLint : public QObject
{
    Q_OBJECT

private slots:
    void seedRotationHasTwoUnusualWeeksAndOneGap();
    void customRotationEndsInAGap();
    void overridesThatOverlapOrDoNothing();
    void primeAlsoSecondary();
    void shiftsOnDeclaredLeave();
    void findingsInWords();
    void twelveMonths();
};

void TestOnCallLint::seedRotationHasTwoUnusualWeeksAndOneGap()
{
    const OnCallSchedule schedule({seed()});
    const std::vector<OnCallFinding> findings = OnCallLint::check(schedule,
                                                                  {},
                                                                  yearStart,
                                                                  yearEnd,
                                                                  knownNow);
    const auto gaps = only(findings, Kind::Gap);
    QCOMPARE(gaps.size(), 1u);
    QCOMPARE(gaps.at(0).start, yearStart);
    QCOMPARE(gaps.at(0).end, at("2026-01-05T14:00:00Z")); // Monday 09:00 EST
    const auto unusual = only(findings, Kind::UnusualLength);
    QCOMPARE(unusual.size(), 2u);
    QCOMPARE(unusual.at(0).start, at("2026-03-02T14:00:00Z"));
    QCOMPARE(unusual.at(0).end - unusual.at(0).start, Seconds{167 * 3600});
    QCOMPARE(unusual.at(0).nominal, Seconds{168 * 3600});
    QCOMPARE(unusual.at(1).start, at("2026-10-26T13:00:00Z"));
    QCOMPARE(unusual.at(1).end - unusual.at(1).start, Seconds{169 * 3600});
    QCOMPARE(findings.size(), 3u);
}

void TestOnCallLint::customRotationEndsInAGap()
{
    RotationRevision r = seed();
    r.rotation.period = RotationPeriod::Custom;
    r.rotation.handoffDates = {day(2026, 1, 12), day(2026, 2, 2)};
    const OnCallSchedule schedule({r});
    const auto gaps = only(OnCallLint::check(schedule, {}, yearStart, yearEnd, knownNow), Kind::Gap);
    QCOMPARE(gaps.size(), 2u);
    QCOMPARE(gaps.at(1).start, at("2026-02-02T14:00:00Z"));
    QCOMPARE(gaps.at(1).end, yearEnd);
}

void TestOnCallLint::overridesThatOverlapOrDoNothing()
{
    // Week of 2026-01-12 (13:00 UTC... 14:00 in winter): p2 prime. Two overrides both cover p2
    // on the Tuesday; a third covers p1 on a Wednesday p1 is a secondary (it applies); a
    // fourth covers someone who is not in the rotation.
    const OnCallSchedule
        schedule({seed()},
                 {override(1, "2026-01-13T00:00:00Z", "2026-01-14T00:00:00Z", "p2", "p3"),
                  override(2, "2026-01-13T12:00:00Z", "2026-01-13T18:00:00Z", "p2", "p4"),
                  override(3, "2026-01-14T00:00:00Z", "2026-01-14T06:00:00Z", "p1", "p5"),
                  override(4, "2026-01-15T00:00:00Z", "2026-01-15T06:00:00Z", "zed", "p5")});
    const std::vector<OnCallFinding> findings = OnCallLint::check(schedule,
                                                                  {},
                                                                  yearStart,
                                                                  yearEnd,
                                                                  knownNow);
    const auto overlaps = only(findings, Kind::Overlap);
    QCOMPARE(overlaps.size(), 1u);
    QCOMPARE(overlaps.at(0).overrideId, 2);
    QCOMPARE(overlaps.at(0).otherOverrideId, 1);
    QCOMPARE(overlaps.at(0).start, at("2026-01-13T12:00:00Z"));
    QCOMPARE(overlaps.at(0).end, at("2026-01-13T18:00:00Z"));
    const auto unused = only(findings, Kind::UnusedOverride);
    // 2 is shadowed by 1 everywhere, and 4 names nobody on call.
    QCOMPARE(unused.size(), 2u);
    QCOMPARE(unused.at(0).overrideId, 2);
    QCOMPARE(unused.at(1).overrideId, 4);
    // p3 covering p2 as prime while p3 is a secondary: two roles at once.
    const auto twice = only(findings, Kind::PrimeAlsoSecondary);
    QVERIFY(!twice.empty());
    QCOMPARE(twice.at(0).person, QStringLiteral("p3"));
    QCOMPARE(twice.at(0).start, at("2026-01-13T00:00:00Z"));
    QCOMPARE(twice.at(0).end, at("2026-01-14T00:00:00Z"));
}

void TestOnCallLint::primeAlsoSecondary()
{
    // A roster of three with two secondaries: someone covering the prime is always a
    // secondary already, in one stretch however many segments it spans.
    RotationRevision r = seed();
    r.rotation.people = {"p1", "p2", "p3", "p4"};
    r.rotation.secondaries = 2;
    const OnCallSchedule
        schedule({r},
                 {override(1, "2026-02-03T00:00:00Z", "2026-02-06T00:00:00Z", "p1", "p2"),
                  override(2, "2026-02-04T00:00:00Z", "2026-02-04T06:00:00Z", "p4", "p1")});
    const auto twice = only(OnCallLint::check(schedule, {}, yearStart, yearEnd, knownNow),
                            Kind::PrimeAlsoSecondary);
    QCOMPARE(twice.size(), 1u);
    QCOMPARE(twice.at(0).person, QStringLiteral("p2"));
    QCOMPARE(twice.at(0).start, at("2026-02-03T00:00:00Z"));
    QCOMPARE(twice.at(0).end, at("2026-02-06T00:00:00Z"));
}

void TestOnCallLint::shiftsOnDeclaredLeave()
{
    const OnCallSchedule schedule({seed()});
    DeclaredLeave leave;
    leave.id = 1;
    leave.person = QStringLiteral("p1");
    leave.start = at("2026-01-06T00:00:00Z");
    leave.end = at("2026-01-08T00:00:00Z");
    DeclaredLeave withdrawn = leave;
    withdrawn.id = 2;
    withdrawn.person = QStringLiteral("p3");
    withdrawn.withdrawnAt = at("2025-12-20T00:00:00Z");
    const auto onLeave
        = only(OnCallLint::check(schedule, {leave, withdrawn}, yearStart, yearEnd, knownNow),
               Kind::OnLeave);
    // p1 is prime that week: one finding for the two days, none for the withdrawn leave.
    QCOMPARE(onLeave.size(), 1u);
    QCOMPARE(onLeave.at(0).person, QStringLiteral("p1"));
    QCOMPARE(onLeave.at(0).start, leave.start);
    QCOMPARE(onLeave.at(0).end, leave.end);
}

void TestOnCallLint::findingsInWords()
{
    OnCallFinding f{Kind::UnusualLength, at("2026-03-02T14:00:00Z"), at("2026-03-09T13:00:00Z")};
    f.nominal = Seconds{168 * 3600};
    QCOMPARE(OnCallLint::describe(f, {}, QStringLiteral("America/Toronto")),
             QStringLiteral("The shift from Mon 2026-03-02 09:00 EST to Mon 2026-03-09 09:00 EDT "
                            "lasts 167 h instead of 168 h: the clocks change during it."));
    const OnCallFinding leave{Kind::OnLeave,
                              at("2026-01-06T00:00:00Z"),
                              at("2026-01-08T00:00:00Z"),
                              QStringLiteral("p1")};
    QVERIFY(OnCallLint::describe(leave, {{"p1", "Ann Smith"}}, QStringLiteral("UTC"))
                .startsWith(QStringLiteral("Ann Smith is on call")));
    QCOMPARE(OnCallLint::kindKey(Kind::PrimeAlsoSecondary), QStringLiteral("prime-also-secondary"));
}

void TestOnCallLint::twelveMonths()
{
    QCOMPARE(OnCallLint::twelveMonthsAfter(at("2026-03-09T13:30:00Z")), at("2027-03-09T13:30:00Z"));
    QCOMPARE(OnCallLint::twelveMonthsAfter(at("2028-02-29T10:00:00Z")), at("2029-02-28T10:00:00Z"));
}

QTEST_GUILESS_MAIN(TestOnCallLint)
#include "tst_oncalllint.moc"
