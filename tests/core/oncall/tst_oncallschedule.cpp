// Who is on call at T: handoffs at the same wall-clock time across the clock changes of
// Toronto, Paris and Sydney (handoffs in the gap and in the repeated hour), the seed's
// five-person rotation, overrides of overrides, and answers for the past after later edits.
#include "io/inputerror.h"
#include "oncall/oncallschedule.h"
#include "oncall/oncallservice.h"
#include "testenvironment.h"

#include <QTest>

#include <random>

using namespace hourglass;
using test::at;

namespace {

date::local_days day(int y, unsigned m, unsigned d)
{
    return date::local_days{date::year{y} / date::month{m} / date::day{d}};
}

Rotation daily(const QString &zone, Seconds handoff, date::local_days first)
{
    Rotation r;
    r.id = 1;
    r.name = QStringLiteral("test");
    r.zone = zone;
    r.period = RotationPeriod::Daily;
    r.firstHandoff = first;
    r.handoffTime = handoff;
    r.people = {QStringLiteral("ann"), QStringLiteral("bob"), QStringLiteral("cat")};
    r.secondaries = 1;
    return r;
}

RotationRevision revision(const Rotation &r,
                          int number = 1,
                          Instant recordedAt = at("2000-01-01T00:00:00Z"))
{
    return {number, recordedAt, QStringLiteral("admin"), r};
}

OnCallOverride override(qint64 id,
                        const char *start,
                        const char *end,
                        const char *covered,
                        const char *cover,
                        const char *recorded = "2000-01-01T00:00:00Z")
{
    OnCallOverride o;
    o.id = id;
    o.version = 1;
    o.rotationId = 1;
    o.start = at(start);
    o.end = at(end);
    o.covered = QString::fromLatin1(covered);
    o.cover = QString::fromLatin1(cover);
    o.recordedAt = at(recorded);
    return o;
}

constexpr Seconds hours(int h)
{
    return Seconds{h * 3600};
}

} // namespace

class TestOnCallSchedule : public QObject
{
    Q_OBJECT

private slots:
    void handoffKeepsItsWallClockTime_data();
    void handoffKeepsItsWallClockTime();
    void handoffInTheGapIsTheFirstInstantAfterIt_data();
    void handoffInTheGapIsTheFirstInstantAfterIt();
    void handoffInTheRepeatedHourIsItsFirstOccurrence_data();
    void handoffInTheRepeatedHourIsItsFirstOccurrence();
    void seedRotationOfFivePeople();
    void everyNDaysAndCustomDates();
    void overridesOfOverrides();
    void overrideOfASecondary();
    void pastAnswersKeepWhatTheScheduleSaidThen();
    void overrideRecordedAfterTheFact();
    void segmentsAgreeWithWhoIsOnCall();
    void shiftsAcrossAChangeAreLongerOrShorter();
    void badRotationsAreRefused_data();
    void badRotationsAreRefused();
};

void TestOnCallSchedule::handoffKeepsItsWallClockTime_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<Instant>("before"); // a handoff the day before a change
    QTest::addColumn<Instant>("after");  // the next handoff, at the same wall-clock time
    // 09:00 on both sides of each change: the instants move by the change, the wall clock not.
    QTest::newRow("Toronto spring")
        << "America/Toronto" << at("2026-03-07T14:00:00Z") << at("2026-03-08T13:00:00Z");
    QTest::newRow("Toronto fall") << "America/Toronto" << at("2026-10-31T13:00:00Z")
                                  << at("2026-11-01T14:00:00Z");
    QTest::newRow("Paris spring") << "Europe/Paris" << at("2026-03-28T08:00:00Z")
                                  << at("2026-03-29T07:00:00Z");
    QTest::newRow("Paris fall") << "Europe/Paris" << at("2026-10-24T07:00:00Z")
                                << at("2026-10-25T08:00:00Z");
    QTest::newRow("Sydney fall") << "Australia/Sydney" << at("2026-04-03T22:00:00Z")
                                 << at("2026-04-04T23:00:00Z");
    QTest::newRow("Sydney spring")
        << "Australia/Sydney" << at("2026-10-02T23:00:00Z") << at("2026-10-03T22:00:00Z");
}

void TestOnCallSchedule::handoffKeepsItsWallClockTime()
{
    QFETCH(QString, zone);
    QFETCH(Instant, before);
    QFETCH(Instant, after);
    const OnCallSchedule schedule({revision(daily(zone, hours(9), day(2026, 1, 1)))});
    const OnCallAnswer first = schedule.at(before);
    QCOMPARE(first.periodStart, before);
    QCOMPARE(first.periodEnd, after);
    // The second before the handoff is the old shift, the handoff itself the next one.
    QCOMPARE(schedule.at(after - Seconds{1}).period, first.period);
    QCOMPARE(schedule.at(after).period, first.period + 1);
    QVERIFY(schedule.at(after).prime != first.prime);
    QCOMPARE(formatLocal(after, zone).mid(15, 5), QStringLiteral("09:00"));
}

void TestOnCallSchedule::handoffInTheGapIsTheFirstInstantAfterIt_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<Instant>("previous"); // 02:30 the day before
    QTest::addColumn<Instant>("inGap");    // the handoff of the day 02:30 does not exist
    QTest::addColumn<Instant>("next");     // 02:30 the day after
    QTest::newRow("Toronto") << "America/Toronto" << at("2026-03-07T07:30:00Z")
                             << at("2026-03-08T07:00:00Z") << at("2026-03-09T06:30:00Z");
    QTest::newRow("Paris") << "Europe/Paris" << at("2026-03-28T01:30:00Z")
                           << at("2026-03-29T01:00:00Z") << at("2026-03-30T00:30:00Z");
    QTest::newRow("Sydney") << "Australia/Sydney" << at("2026-10-02T16:30:00Z")
                            << at("2026-10-03T16:00:00Z") << at("2026-10-04T15:30:00Z");
}

void TestOnCallSchedule::handoffInTheGapIsTheFirstInstantAfterIt()
{
    QFETCH(QString, zone);
    QFETCH(Instant, previous);
    QFETCH(Instant, inGap);
    QFETCH(Instant, next);
    const OnCallSchedule schedule(
        {revision(daily(zone, hours(2) + Seconds{1800}, day(2026, 1, 1)))});
    const OnCallAnswer before = schedule.at(inGap - Seconds{1});
    QCOMPARE(before.periodStart, previous);
    QCOMPARE(before.periodEnd, inGap);
    const OnCallAnswer during = schedule.at(inGap);
    QCOMPARE(during.period, before.period + 1);
    QCOMPARE(during.periodStart, inGap);
    QCOMPARE(during.periodEnd, next);
    // Both shifts touching the gap lose half an hour: 23.5 h each, never re-timed to 24 h.
    QCOMPARE(before.periodEnd - before.periodStart, hours(23) + Seconds{1800});
    QCOMPARE(during.periodEnd - during.periodStart, hours(23) + Seconds{1800});
}

void TestOnCallSchedule::handoffInTheRepeatedHourIsItsFirstOccurrence_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<Seconds>("handoff");
    QTest::addColumn<Instant>("first");  // the handoff, at the first occurrence
    QTest::addColumn<Instant>("second"); // the same wall-clock time an hour later
    QTest::addColumn<Instant>("next");   // the next day's handoff
    QTest::newRow("Toronto 01:30")
        << "America/Toronto" << hours(1) + Seconds{1800} << at("2026-11-01T05:30:00Z")
        << at("2026-11-01T06:30:00Z") << at("2026-11-02T06:30:00Z");
    QTest::newRow("Paris 02:30") << "Europe/Paris" << hours(2) + Seconds{1800}
                                 << at("2026-10-25T00:30:00Z") << at("2026-10-25T01:30:00Z")
                                 << at("2026-10-26T01:30:00Z");
    QTest::newRow("Sydney 02:30") << "Australia/Sydney" << hours(2) + Seconds{1800}
                                  << at("2026-04-04T15:30:00Z") << at("2026-04-04T16:30:00Z")
                                  << at("2026-04-05T16:30:00Z");
}

void TestOnCallSchedule::handoffInTheRepeatedHourIsItsFirstOccurrence()
{
    QFETCH(QString, zone);
    QFETCH(Seconds, handoff);
    QFETCH(Instant, first);
    QFETCH(Instant, second);
    QFETCH(Instant, next);
    const OnCallSchedule schedule({revision(daily(zone, handoff, day(2026, 1, 1)))});
    const OnCallAnswer atFirst = schedule.at(first);
    QCOMPARE(atFirst.periodStart, first);
    QCOMPARE(schedule.at(first - Seconds{1}).period, atFirst.period - 1);
    // The wall clock shows the handoff time again an hour later: no second handoff.
    QCOMPARE(schedule.at(second).period, atFirst.period);
    QCOMPARE(schedule.at(second).prime, atFirst.prime);
    QCOMPARE(atFirst.periodEnd, next);
    QCOMPARE(atFirst.periodEnd - atFirst.periodStart, hours(25));
}

void TestOnCallSchedule::seedRotationOfFivePeople()
{
    const QStringList people{"p1", "p2", "p3", "p4", "p5"};
    Rotation r = OnCallService::afterHoursPreset(people, day(2026, 3, 2));
    r.id = 1;
    const OnCallSchedule schedule({revision(r)});
    // Monday 2026-03-02 09:00 EST is 14:00 UTC.
    QVERIFY(!schedule.at(at("2026-03-02T13:59:59Z")).isCovered());
    const OnCallAnswer week1 = schedule.at(at("2026-03-04T03:00:00Z"));
    QCOMPARE(week1.prime, QStringLiteral("p1"));
    QCOMPARE(week1.secondaries, QStringList({"p2", "p3", "p4", "p5"}));
    QCOMPARE(week1.periodStart, at("2026-03-02T14:00:00Z"));
    // The next Monday 09:00 is EDT (the clocks changed on Sunday): 13:00 UTC, a 167 h week.
    QCOMPARE(week1.periodEnd, at("2026-03-09T13:00:00Z"));
    QCOMPARE(schedule.at(at("2026-03-09T12:59:59Z")).prime, QStringLiteral("p1"));
    const OnCallAnswer week2 = schedule.at(at("2026-03-09T13:00:00Z"));
    QCOMPARE(week2.prime, QStringLiteral("p2"));
    QCOMPARE(week2.secondaries, QStringList({"p3", "p4", "p5", "p1"}));
    QCOMPARE(schedule.at(at("2026-03-24T00:00:00Z")).prime, QStringLiteral("p4"));
    QCOMPARE(schedule.at(at("2026-03-31T00:00:00Z")).secondaries,
             QStringList({"p1", "p2", "p3", "p4"}));
    // Week 6 loops back to the first prime.
    QCOMPARE(schedule.at(at("2026-04-07T00:00:00Z")).prime, QStringLiteral("p1"));
    // And the week the clocks go back lasts 169 h: Monday 2026-10-26 09:00 EDT to 2026-11-02
    // 09:00 EST.
    const OnCallAnswer fall = schedule.at(at("2026-10-30T00:00:00Z"));
    QCOMPARE(fall.periodStart, at("2026-10-26T13:00:00Z"));
    QCOMPARE(fall.periodEnd, at("2026-11-02T14:00:00Z"));
}

void TestOnCallSchedule::everyNDaysAndCustomDates()
{
    Rotation every = daily(QStringLiteral("Europe/Paris"), hours(8), day(2026, 3, 1));
    every.period = RotationPeriod::EveryNDays;
    every.everyDays = 3;
    const OnCallSchedule threeDays({revision(every)});
    // Period 9 starts on 03-28 08:00 CET and ends on 03-31 08:00 CEST: 71 h.
    const OnCallAnswer ninth = threeDays.at(at("2026-03-30T12:00:00Z"));
    QCOMPARE(ninth.period, 9);
    QCOMPARE(ninth.prime, QStringLiteral("ann"));
    QCOMPARE(ninth.secondaries, QStringList({"bob"}));
    QCOMPARE(ninth.periodStart, at("2026-03-28T07:00:00Z"));
    QCOMPARE(ninth.periodEnd, at("2026-03-31T06:00:00Z"));

    Rotation custom = every;
    custom.period = RotationPeriod::Custom;
    custom.firstHandoff = day(2026, 3, 1);
    custom.handoffDates = {day(2026, 3, 5), day(2026, 3, 15)};
    const OnCallSchedule dates({revision(custom)});
    QVERIFY(!dates.at(at("2026-02-28T12:00:00Z")).isCovered());
    QCOMPARE(dates.at(at("2026-03-01T07:00:00Z")).prime, QStringLiteral("ann"));
    const OnCallAnswer second = dates.at(at("2026-03-10T00:00:00Z"));
    QCOMPARE(second.prime, QStringLiteral("bob"));
    QCOMPARE(second.periodStart, at("2026-03-05T07:00:00Z"));
    QCOMPARE(second.periodEnd, at("2026-03-15T07:00:00Z"));
    // The last date ends the schedule.
    QVERIFY(!dates.at(at("2026-03-15T07:00:00Z")).isCovered());
    QCOMPARE(dates.periods(at("2026-02-01T00:00:00Z"), at("2026-04-01T00:00:00Z")).size(), 2u);
}

void TestOnCallSchedule::overridesOfOverrides()
{
    // Weekly from Monday 2026-03-09 09:00 Toronto (13:00 UTC): ann is prime, bob secondary.
    Rotation r = daily(QStringLiteral("America/Toronto"), hours(9), day(2026, 3, 9));
    r.period = RotationPeriod::Weekly;
    r.people = {"ann", "bob", "cat", "dan"};
    // bob covers ann Monday to Thursday; dan covers bob (the override) on Tuesday only.
    const OnCallOverride first = override(1,
                                          "2026-03-09T13:00:00Z",
                                          "2026-03-12T13:00:00Z",
                                          "ann",
                                          "cat",
                                          "2026-03-01T00:00:00Z");
    const OnCallOverride second = override(2,
                                           "2026-03-10T13:00:00Z",
                                           "2026-03-11T13:00:00Z",
                                           "cat",
                                           "dan",
                                           "2026-03-02T00:00:00Z");
    const OnCallSchedule schedule({revision(r)}, {second, first});
    const OnCallAnswer monday = schedule.at(at("2026-03-09T20:00:00Z"));
    QCOMPARE(monday.prime, QStringLiteral("cat"));
    QCOMPARE(monday.secondaries, QStringList({"bob"}));
    QCOMPARE(monday.overrides, QList<qint64>({1}));
    QCOMPARE(monday.standingInFor.value(0), QStringLiteral("ann"));
    const OnCallAnswer tuesday = schedule.at(at("2026-03-10T20:00:00Z"));
    QCOMPARE(tuesday.prime, QStringLiteral("dan"));
    QCOMPARE(tuesday.overrides, QList<qint64>({1, 2}));
    // Whom the prime stands in for is the scheduled prime, whoever covers in between.
    QCOMPARE(tuesday.standingInFor.value(0), QStringLiteral("ann"));
    QCOMPARE(schedule.at(at("2026-03-11T20:00:00Z")).prime, QStringLiteral("cat"));
    QCOMPARE(schedule.at(at("2026-03-12T13:00:00Z")).prime, QStringLiteral("ann"));
    QVERIFY(schedule.at(at("2026-03-12T13:00:00Z")).overrides.isEmpty());

    // Withdraw the first: the second covers someone no longer on call and changes nothing.
    OnCallOverride withdrawn = first;
    withdrawn.withdrawnAt = at("2026-03-03T00:00:00Z");
    const OnCallSchedule without({revision(r)}, {withdrawn, second});
    QCOMPARE(without.at(at("2026-03-10T20:00:00Z")).prime, QStringLiteral("ann"));
    QVERIFY(without.at(at("2026-03-10T20:00:00Z")).overrides.isEmpty());
    // As the schedule stood before the withdrawal, both applied.
    QCOMPARE(without.at(at("2026-03-10T20:00:00Z"), at("2026-03-02T12:00:00Z")).prime,
             QStringLiteral("dan"));
}

void TestOnCallSchedule::overrideOfASecondary()
{
    Rotation r = daily(QStringLiteral("Europe/Paris"), hours(9), day(2026, 3, 1));
    r.people = {"ann", "bob", "cat", "dan"};
    r.secondaries = 2;
    const OnCallSchedule
        schedule({revision(r)},
                 {override(5, "2026-03-01T12:00:00Z", "2026-03-01T14:00:00Z", "cat", "dan")});
    const OnCallAnswer answer = schedule.at(at("2026-03-01T13:00:00Z"));
    QCOMPARE(answer.prime, QStringLiteral("ann"));
    QCOMPARE(answer.secondaries, QStringList({"bob", "dan"}));
    QCOMPARE(answer.standingInFor, QStringList({"", "", "cat"}));
}

void TestOnCallSchedule::pastAnswersKeepWhatTheScheduleSaidThen()
{
    Rotation r = daily(QStringLiteral("America/Toronto"), hours(9), day(2026, 3, 1));
    Rotation edited = r;
    edited.people = {"cat", "bob", "ann"};
    // Revision 1 was written on 03-04, revision 2 on 03-10 at 12:00 UTC (08:00 in Toronto,
    // during period 8, which began on 03-09 at 09:00).
    const Instant edit = at("2026-03-10T12:00:00Z");
    const OnCallSchedule schedule(
        {revision(edited, 2, edit), revision(r, 1, at("2026-03-04T00:00:00Z"))});
    // Period 5 (03-06) of ann, bob, cat is cat under revision 1.
    const Instant past = at("2026-03-06T20:00:00Z");
    QCOMPARE(schedule.at(past).prime, QStringLiteral("cat"));
    QCOMPARE(schedule.at(past).revision, 1);
    // Asked with what is known now, the same instant reads the edited roster (cat, bob, ann).
    QCOMPARE(schedule.at(past, at("2026-03-11T00:00:00Z")).prime, QStringLiteral("ann"));
    QCOMPARE(schedule.at(past, at("2026-03-11T00:00:00Z")).revision, 2);
    // After the edit the new roster answers: period 10 (03-11) is bob.
    QCOMPARE(schedule.at(at("2026-03-11T20:00:00Z")).prime, QStringLiteral("bob"));
    // An instant before the first revision was written reads the first revision.
    QCOMPARE(schedule.at(at("2026-03-02T20:00:00Z")).prime, QStringLiteral("bob"));
    QCOMPARE(schedule.at(at("2026-03-02T20:00:00Z")).revision, 1);
    // The period running at the edit changes hands at the edit itself.
    QCOMPARE(schedule.at(edit - Seconds{1}).prime, QStringLiteral("cat"));
    QCOMPARE(schedule.at(edit).prime, QStringLiteral("ann"));
    QCOMPARE(schedule.at(edit).period, 8);
    const std::vector<OnCallSegment> segments = schedule.segments(edit - hours(1), edit + hours(1));
    QCOMPARE(segments.size(), 2u);
    QCOMPARE(segments.at(0).end, edit);
    QCOMPARE(segments.at(1).answer.revision, 2);
}

void TestOnCallSchedule::overrideRecordedAfterTheFact()
{
    Rotation r = daily(QStringLiteral("Europe/Paris"), hours(9), day(2026, 3, 1));
    // Period 3 (03-04 09:00 CET to 03-05 09:00) is ann's. At 23:00 UTC bob records that he
    // has covered her since 20:00 and will until 02:00.
    const OnCallSchedule schedule({revision(r)},
                                  {override(9,
                                            "2026-03-04T20:00:00Z",
                                            "2026-03-05T02:00:00Z",
                                            "ann",
                                            "bob",
                                            "2026-03-04T23:00:00Z")});
    // What the schedule said at 21:00, then: ann.
    QCOMPARE(schedule.at(at("2026-03-04T21:00:00Z")).prime, QStringLiteral("ann"));
    // What it says of 21:00 once corrected: bob.
    QCOMPARE(schedule.at(at("2026-03-04T21:00:00Z"), at("2026-03-05T00:00:00Z")).prime,
             QStringLiteral("bob"));
    QCOMPARE(schedule.at(at("2026-03-05T01:00:00Z")).prime, QStringLiteral("bob"));
    QCOMPARE(schedule.at(at("2026-03-05T02:00:00Z")).prime, QStringLiteral("ann"));
    const std::vector<OnCallShift> history = schedule.shifts(at("2026-03-04T19:00:00Z"),
                                                             at("2026-03-05T03:00:00Z"));
    QStringList primes;
    for (const OnCallShift &s : history) {
        if (s.position == 0)
            primes.append(QStringLiteral("%1 %2").arg(s.person, formatInstant(s.start)));
    }
    QCOMPARE(primes,
             QStringList({"ann 2026-03-04T19:00:00Z",
                          "bob 2026-03-04T23:00:00Z",
                          "ann 2026-03-05T02:00:00Z"}));
}

void TestOnCallSchedule::segmentsAgreeWithWhoIsOnCall()
{
    Rotation r = daily(QStringLiteral("Australia/Sydney"),
                       hours(2) + Seconds{1800},
                       day(2026, 1, 1));
    r.people = {"ann", "bob", "cat", "dan"};
    r.secondaries = 3;
    Rotation edited = r;
    edited.period = RotationPeriod::Weekly;
    const OnCallSchedule schedule({revision(r, 1, at("2025-12-01T00:00:00Z")),
                                   revision(edited, 2, at("2026-06-01T00:00:00Z"))},
                                  {override(1,
                                            "2026-04-04T10:00:00Z",
                                            "2026-04-05T20:00:00Z",
                                            "ann",
                                            "bob",
                                            "2026-03-01T00:00:00Z"),
                                   override(2,
                                            "2026-04-04T12:00:00Z",
                                            "2026-04-04T18:00:00Z",
                                            "bob",
                                            "cat",
                                            "2026-04-04T14:00:00Z")});
    const Instant from = at("2026-01-01T00:00:00Z");
    const Instant to = at("2027-01-01T00:00:00Z");
    for (const std::optional<Instant> knownAt :
         {std::optional<Instant>(), std::optional<Instant>(at("2026-12-01T00:00:00Z"))}) {
        const std::vector<OnCallSegment> segments = schedule.segments(from, to, knownAt);
        QVERIFY(!segments.empty());
        QCOMPARE(segments.back().end, to);
        std::mt19937_64 random(7);
        std::uniform_int_distribution<qint64> pick(toEpoch(from), toEpoch(to) - 1);
        for (int i = 0; i < 2000; ++i) {
            const Instant t = fromEpoch(pick(random));
            const auto s = std::upper_bound(segments.begin(),
                                            segments.end(),
                                            t,
                                            [](Instant v, const OnCallSegment &x) {
                                                return v < x.start;
                                            })
                           - 1;
            QVERIFY(s->start <= t && t < s->end);
            const OnCallAnswer direct = schedule.at(t, knownAt);
            QCOMPARE(s->answer.prime, direct.prime);
            QCOMPARE(s->answer.secondaries, direct.secondaries);
            QCOMPARE(s->answer.overrides, direct.overrides);
        }
        // Segments tile [from, to) without holes or overlaps.
        for (size_t i = 1; i < segments.size(); ++i)
            QCOMPARE(segments[i].start, segments[i - 1].end);
    }
}

void TestOnCallSchedule::shiftsAcrossAChangeAreLongerOrShorter()
{
    const OnCallSchedule schedule(
        {revision(daily(QStringLiteral("Europe/Paris"), hours(9), day(2026, 3, 1)))});
    const std::vector<OnCallShift> shifts = schedule.shifts(at("2026-03-28T00:00:00Z"),
                                                            at("2026-03-31T00:00:00Z"));
    // Primes of 03-27, 03-28, 03-29 and 03-30 (clipped ones at both ends), each with a
    // secondary: the shift of 03-28 09:00 CET to 03-29 09:00 CEST lasts 23 h.
    const auto primeOf = [&](Instant start) {
        for (const OnCallShift &s : shifts) {
            if (s.position == 0 && s.start == start)
                return s;
        }
        return OnCallShift{};
    };
    const OnCallShift short23 = primeOf(at("2026-03-28T08:00:00Z"));
    QCOMPARE(short23.end, at("2026-03-29T07:00:00Z"));
    QCOMPARE(short23.length(), hours(23));
    QCOMPARE(primeOf(at("2026-03-29T07:00:00Z")).length(), hours(24));
    for (const OnCallShift &s : shifts)
        QVERIFY(s.start < s.end);
}

void TestOnCallSchedule::badRotationsAreRefused_data()
{
    QTest::addColumn<int>("what");
    QTest::addColumn<QString>("field");
    QTest::newRow("no name") << 0 << "name";
    QTest::newRow("unknown zone") << 1 << "zone";
    QTest::newRow("nobody") << 2 << "people";
    QTest::newRow("twice") << 3 << "people[4]";
    QTest::newRow("too many secondaries") << 4 << "secondaries";
    QTest::newRow("every 0 days") << 5 << "every";
    QTest::newRow("custom dates out of order") << 6 << "handoff dates[2]";
    QTest::newRow("handoff at 24:00") << 7 << "handoff time";
}

void TestOnCallSchedule::badRotationsAreRefused()
{
    QFETCH(int, what);
    QFETCH(QString, field);
    Rotation r = daily(QStringLiteral("Europe/Paris"), hours(9), day(2026, 3, 1));
    switch (what) {
    case 0:
        r.name = QStringLiteral("  ");
        break;
    case 1:
        r.zone = QStringLiteral("Europe/Atlantis");
        break;
    case 2:
        r.people.clear();
        break;
    case 3:
        r.people.append(QStringLiteral("ann"));
        break;
    case 4:
        r.secondaries = 3;
        break;
    case 5:
        r.period = RotationPeriod::EveryNDays;
        r.everyDays = 0;
        break;
    case 6:
        r.period = RotationPeriod::Custom;
        r.handoffDates = {day(2026, 3, 5), day(2026, 3, 4)};
        break;
    default:
        r.handoffTime = hours(24);
    }
    try {
        const OnCallSchedule schedule({revision(r)});
        QFAIL("accepted");
    } catch (const InputError &error) {
        QCOMPARE(error.place(), field);
        QVERIFY(!error.problem().isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestOnCallSchedule)
#include "tst_oncallschedule.moc"
