// BusinessCalendar: the rule on DST days, holidays, overnight hours and exceptions, checked by
// hand on known cases and against a minute-stepping reference on thousands of random calendars.
#include "referencecalendar.h"
#include "time/businesscalendar.h"

#include "testenvironment.h"

#include <QTest>

#include <limits>
#include <random>

using namespace hourglass;
using hourglass::test::at;
using namespace std::chrono_literals;

namespace {

// A local wall-clock time in a zone, first occurrence when ambiguous.
Instant local(const char *zone, int y, unsigned m, unsigned d, int hh, int mm = 0)
{
    const date::local_seconds l = date::local_days{date::year{y} / m / d} + std::chrono::hours{hh}
                                  + std::chrono::minutes{mm};
    return date::locate_zone(zone)->to_sys(l, date::choose::earliest);
}

CalendarDefinition weekly(const char *zone, std::initializer_list<int> days, int start, int end)
{
    CalendarDefinition c;
    c.id = QStringLiteral("test");
    c.zone = QString::fromLatin1(zone);
    for (int d : days)
        c.week[d].append({start, end});
    return c;
}

CalendarDefinition allDay(const char *zone)
{
    return weekly(zone, {0, 1, 2, 3, 4, 5, 6}, 0, 1440);
}

date::year_month_day ymd(int y, unsigned m, unsigned d)
{
    return date::year{y} / m / d;
}

} // namespace

class TestBusinessCalendar : public QObject
{
    Q_OBJECT

private slots:
    void twentyFourSevenIsWallClock();
    void seedSupportHoursAcrossWeekend();
    void dstDaysAre23And25Hours_data();
    void dstDaysAre23And25Hours();
    void everyTransitionDayFrom2000To2037();
    void holidayOnDstDayRemovesThatDayOnly();
    void skippedHourCountsNothingRepeatedHourTwice();
    void overnightIntervalBelongsToEachLocalDate();
    void halfHourOffsetZone();
    void partDayHolidayAndAnnualHoliday();
    void exceptionsAddWorkingTime();
    void calendarWithoutWeeklyHoursRunsOut();
    void negativeAddGoesBack();
    void noCapOnDistance();
    void refusesInstantsOutsideSupportedYears();
    void refusesAmountsReachingBeyondTheYears();
    void businessDays();
    void calendarDaysKeepWallClockTime();
    void explainNamesHolidaysAndOutsideHours();
    void matchesReferenceOnRandomCalendars();
    void hundredThousandDatedHolidaysAcrossAYear();
    void holidayOnEveryDayRunsOutAtTheLastYear();
    void noAnswerPastTheLastYear();
    void sameDayHolidaysKeepTheirListOrder();
};

void TestBusinessCalendar::twentyFourSevenIsWallClock()
{
    const BusinessCalendar calendar(CalendarDefinition::twentyFourSeven());
    const Instant t = at("2026-03-08T06:59:59Z");
    QCOMPARE(calendar.add(t, 3600s), t + 3600s);
    QCOMPARE(calendar.between(t, t + 86400s * 400), 86400s * 400);
    QCOMPARE(calendar.between(t + 10s, t), -10s);
}

void TestBusinessCalendar::seedSupportHoursAcrossWeekend()
{
    // Seed 001: 04:00-22:00 ET Monday to Friday. Severity 2 (4 business hours) opened Friday
    // 2026-03-06 20:00 EST: two hours on Friday, two on Monday, which is already EDT.
    const BusinessCalendar calendar(weekly("America/New_York", {0, 1, 2, 3, 4}, 240, 1320));
    const Instant opened = local("America/New_York", 2026, 3, 6, 20);
    QCOMPARE(calendar.add(opened, 4h), local("America/New_York", 2026, 3, 9, 6));
    QCOMPARE(calendar.add(opened, 4h), at("2026-03-09T10:00:00Z"));
    QCOMPARE(calendar.between(opened, local("America/New_York", 2026, 3, 9, 6)), 4h);
    // Opened on Saturday: the clock starts Monday 04:00.
    QCOMPARE(calendar.add(local("America/New_York", 2026, 3, 7, 12), 2h),
             local("America/New_York", 2026, 3, 9, 6));
}

void TestBusinessCalendar::dstDaysAre23And25Hours_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<int>("hours");
    QTest::newRow("New York spring") << "America/New_York" << 2026 << 3 << 8 << 23;
    QTest::newRow("New York fall") << "America/New_York" << 2026 << 11 << 1 << 25;
    QTest::newRow("Toronto spring") << "America/Toronto" << 2026 << 3 << 8 << 23;
    QTest::newRow("Toronto fall") << "America/Toronto" << 2026 << 11 << 1 << 25;
    QTest::newRow("London spring") << "Europe/London" << 2026 << 3 << 29 << 23;
    QTest::newRow("London fall") << "Europe/London" << 2026 << 10 << 25 << 25;
    QTest::newRow("Paris spring") << "Europe/Paris" << 2026 << 3 << 29 << 23;
    QTest::newRow("Paris fall") << "Europe/Paris" << 2026 << 10 << 25 << 25;
    QTest::newRow("Sydney spring") << "Australia/Sydney" << 2026 << 10 << 4 << 23;
    QTest::newRow("Sydney fall") << "Australia/Sydney" << 2026 << 4 << 5 << 25;
    QTest::newRow("Kolkata") << "Asia/Kolkata" << 2026 << 3 << 8 << 24;
}

void TestBusinessCalendar::dstDaysAre23And25Hours()
{
    QFETCH(QString, zone);
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(int, hours);
    const QByteArray z = zone.toLatin1();
    const BusinessCalendar calendar(allDay(z.constData()));
    const Instant midnight = local(z.constData(), year, unsigned(month), unsigned(day), 0);
    const Instant next = local(z.constData(), year, unsigned(month), unsigned(day) + 1, 0);
    QCOMPARE(calendar.between(midnight, next), std::chrono::hours{hours});
    QCOMPARE(calendar.add(midnight, std::chrono::hours{hours}), next);
    // Both sides of the transition: the day before and the day after are plain 24 h days.
    QCOMPARE(calendar.between(midnight - 24h, midnight), 24h);
    QCOMPARE(calendar.between(next, next + 24h), 24h);
}

void TestBusinessCalendar::everyTransitionDayFrom2000To2037()
{
    int transitions = 0;
    for (const char *zone : {"America/New_York",
                             "America/Toronto",
                             "Europe/London",
                             "Europe/Paris",
                             "Australia/Sydney",
                             "Asia/Kolkata"}) {
        const date::time_zone *tz = date::locate_zone(zone);
        const BusinessCalendar allDayCalendar(allDay(zone));
        const BusinessCalendar officeHours(weekly(zone, {0, 1, 2, 3, 4, 5, 6}, 540, 1020));
        for (Instant t = at("2000-01-01T00:00:00Z"); t < at("2037-12-31T00:00:00Z");) {
            const date::sys_info info = tz->get_info(t);
            if (info.end >= at("2037-12-31T00:00:00Z"))
                break;
            t = info.end;
            ++transitions;
            // The local day of the transition, and the days either side of it.
            const auto localDay = date::floor<date::days>(tz->to_local(t));
            for (int d = -1; d <= 1; ++d) {
                const Instant midnight = tz->to_sys(date::local_seconds{localDay + date::days{d}},
                                                    date::choose::earliest);
                const Instant next = tz->to_sys(date::local_seconds{localDay + date::days{d + 1}},
                                                date::choose::earliest);
                // The whole day counts, however long it is; office hours are untouched.
                QCOMPARE(allDayCalendar.between(midnight, next), next - midnight);
                QCOMPARE(officeHours.between(midnight, next), 8h);
                QCOMPARE(allDayCalendar.add(midnight, next - midnight), next);
            }
        }
    }
    QVERIFY(transitions > 300);
}

void TestBusinessCalendar::holidayOnDstDayRemovesThatDayOnly()
{
    CalendarDefinition definition = allDay("America/New_York");
    definition.holidays.append({QStringLiteral("Spring holiday"), ymd(2026, 3, 8), {}, {}});
    definition.holidays.append({QStringLiteral("Fall holiday"), ymd(2026, 11, 1), {}, {}});
    const BusinessCalendar calendar(definition);
    // The week around each transition loses exactly its holiday, 23 h and 25 h, not 24 h.
    const Instant springWeek = local("America/New_York", 2026, 3, 5, 0);
    QCOMPARE(calendar.between(springWeek, local("America/New_York", 2026, 3, 12, 0)), 6 * 24h);
    const Instant fallWeek = local("America/New_York", 2026, 10, 29, 0);
    QCOMPARE(calendar.between(fallWeek, local("America/New_York", 2026, 11, 5, 0)), 6 * 24h);
    QVERIFY(!calendar.isBusinessTime(local("America/New_York", 2026, 3, 8, 12)));
    QVERIFY(calendar.isBusinessTime(local("America/New_York", 2026, 3, 9, 0)));
}

void TestBusinessCalendar::skippedHourCountsNothingRepeatedHourTwice()
{
    // Working 01:00-03:00 local on Sundays, in New York.
    const BusinessCalendar calendar(weekly("America/New_York", {6}, 60, 180));
    const Instant springDay = local("America/New_York", 2026, 3, 8, 0);
    QCOMPARE(calendar.between(springDay, springDay + 24h), 1h);
    const Instant fallDay = local("America/New_York", 2026, 11, 1, 0);
    QCOMPARE(calendar.between(fallDay, fallDay + 25h), 3h);
    // On the fall-back day, 01:00-02:00 EDT, 01:00-02:00 EST and 02:00-03:00 EST all count.
    QCOMPARE(calendar.add(fallDay, 1h), at("2026-11-01T06:00:00Z"));
    QCOMPARE(calendar.add(fallDay, 3h), at("2026-11-01T08:00:00Z"));
}

void TestBusinessCalendar::overnightIntervalBelongsToEachLocalDate()
{
    // Monday 22:00-06:00 as split by the calendar file: Monday 22-24, Tuesday 00-06.
    CalendarDefinition definition = weekly("Europe/Paris", {0}, 1320, 1440);
    definition.week[1].append({0, 360});
    const Instant monday = local("Europe/Paris", 2026, 6, 15, 21);
    const BusinessCalendar plain(definition);
    QCOMPARE(plain.add(monday, 3h), local("Europe/Paris", 2026, 6, 16, 1));
    QCOMPARE(plain.between(monday, monday + 24h), 8h);
    // A holiday on Tuesday removes Tuesday's part only.
    definition.holidays.append({QStringLiteral("Tuesday off"), ymd(2026, 6, 16), {}, {}});
    const BusinessCalendar withHoliday(definition);
    QCOMPARE(withHoliday.between(monday, monday + 24h), 2h);
}

void TestBusinessCalendar::halfHourOffsetZone()
{
    const BusinessCalendar calendar(weekly("Asia/Kolkata", {0, 1, 2, 3, 4}, 540, 1020));
    const Instant monday = at("2026-03-09T00:00:00Z");
    QCOMPARE(calendar.add(monday, 1s), at("2026-03-09T03:30:01Z"));
    QCOMPARE(calendar.add(monday, 8h), at("2026-03-09T11:30:00Z"));
    QCOMPARE(calendar.add(monday, 8h + 1s), at("2026-03-10T03:30:01Z"));
}

void TestBusinessCalendar::partDayHolidayAndAnnualHoliday()
{
    CalendarDefinition definition = weekly("America/New_York", {0, 1, 2, 3, 4}, 540, 1020);
    definition.holidays.append({QStringLiteral("Christmas Eve afternoon"),
                                ymd(2026, 12, 24),
                                {},
                                DailyInterval{720, 1440}});
    Holiday christmas{QStringLiteral("Christmas Day"), {}, date::month{12} / date::day{25}, {}};
    definition.holidays.append(christmas);
    const BusinessCalendar calendar(definition);
    // Thursday 24th: 09:00-12:00 only; Friday 25th: nothing, in any year.
    QCOMPARE(calendar.between(local("America/New_York", 2026, 12, 24, 0),
                              local("America/New_York", 2026, 12, 26, 0)),
             3h);
    QCOMPARE(calendar.between(local("America/New_York", 2030, 12, 25, 0),
                              local("America/New_York", 2030, 12, 26, 0)),
             0s);
}

void TestBusinessCalendar::exceptionsAddWorkingTime()
{
    CalendarDefinition definition = weekly("Europe/London", {0, 1, 2, 3, 4}, 540, 1020);
    definition.exceptions.append(
        {QStringLiteral("Launch Saturday"), ymd(2026, 6, 20), {{600, 720}}});
    // An exception also overrides a holiday on its date.
    definition.holidays.append({QStringLiteral("Bank holiday"), ymd(2026, 6, 22), {}, {}});
    definition.exceptions.append({QStringLiteral("Cover"), ymd(2026, 6, 22), {{540, 600}}});
    const BusinessCalendar calendar(definition);
    const Instant friday = local("Europe/London", 2026, 6, 19, 16);
    QCOMPARE(calendar.add(friday, 1h + 30min), local("Europe/London", 2026, 6, 20, 10, 30));
    QCOMPARE(calendar.between(local("Europe/London", 2026, 6, 22, 0),
                              local("Europe/London", 2026, 6, 23, 0)),
             1h);
}

void TestBusinessCalendar::calendarWithoutWeeklyHoursRunsOut()
{
    CalendarDefinition definition;
    definition.id = QStringLiteral("one-day");
    definition.zone = QStringLiteral("Europe/Paris");
    definition.exceptions.append({QStringLiteral("Only day"), ymd(2026, 5, 4), {{540, 600}}});
    const BusinessCalendar calendar(definition);
    const Instant before = at("2026-01-01T00:00:00Z");
    QCOMPARE(calendar.add(before, 1h), local("Europe/Paris", 2026, 5, 4, 10));
    QVERIFY_THROWS_EXCEPTION(CalendarError, calendar.add(before, 1h + 1s));
    QVERIFY_THROWS_EXCEPTION(CalendarError, calendar.add(at("2027-01-01T00:00:00Z"), 1s));
    QCOMPARE(calendar.between(before, at("2030-01-01T00:00:00Z")), 1h);

    CalendarDefinition empty;
    empty.zone = QStringLiteral("UTC");
    const BusinessCalendar nothing(empty);
    QVERIFY_THROWS_EXCEPTION(CalendarError, nothing.add(before, 1s));
    QCOMPARE(nothing.add(before, 0s), before);
}

void TestBusinessCalendar::negativeAddGoesBack()
{
    const BusinessCalendar calendar(weekly("America/New_York", {0, 1, 2, 3, 4}, 540, 1020));
    const Instant monday10 = local("America/New_York", 2026, 3, 9, 10);
    // One hour back reaches Monday 09:00; two reach Friday 16:00 (latest such instant).
    QCOMPARE(calendar.add(monday10, -1h), local("America/New_York", 2026, 3, 9, 9));
    QCOMPARE(calendar.add(monday10, -2h), local("America/New_York", 2026, 3, 6, 16));
    QCOMPARE(calendar.add(local("America/New_York", 2026, 3, 9, 8), -8h),
             local("America/New_York", 2026, 3, 6, 9));
    // Far back, across many compiled chunks.
    const Instant past = calendar.add(monday10, -(8h * 260 * 30));
    QCOMPARE(calendar.between(past, monday10), 8h * 260 * 30);
}

void TestBusinessCalendar::noCapOnDistance()
{
    const BusinessCalendar calendar(weekly("America/New_York", {0, 1, 2, 3, 4}, 240, 1320));
    const Instant t = at("2026-03-09T12:00:00Z");
    // 60 business days (far past Business::Hours' 30-day limit) and 50 years of them.
    const Instant sixty = calendar.add(t, 18h * 60);
    QCOMPARE(calendar.between(t, sixty), 18h * 60);
    const Seconds fifty = 18h * 261 * 50;
    const Instant far = calendar.add(t, fifty);
    QVERIFY(far > t + 24h * 365 * 49);
    QCOMPARE(calendar.between(t, far), fifty);
}

void TestBusinessCalendar::refusesInstantsOutsideSupportedYears()
{
    const BusinessCalendar calendar(CalendarDefinition::twentyFourSeven());
    QVERIFY_THROWS_EXCEPTION(CalendarError, calendar.add(at("2500-01-01T00:00:00Z"), 1s));
    QVERIFY_THROWS_EXCEPTION(CalendarError,
                             calendar.add(at("2026-01-01T00:00:00Z"), 24h * 365 * 500));
}

void TestBusinessCalendar::refusesAmountsReachingBeyondTheYears()
{
    // Refused before any arithmetic: the largest amounts used to overflow the target and
    // return a garbage instant instead of an error.
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    constexpr qint64 min = std::numeric_limits<qint64>::min();
    CalendarDefinition eightFive = weekly("Europe/Paris", {0, 1, 2, 3, 4}, 540, 1020);
    eightFive.businessDay = 8h;
    const Instant friday = at("2026-03-06T15:00:00Z");
    for (const CalendarDefinition &definition : {CalendarDefinition::twentyFourSeven(), eightFive}) {
        const BusinessCalendar calendar(definition);
        for (qint64 amount : {max, min, max / 2, min / 2, min + 1, qint64(1) << 40}) {
            try {
                calendar.add(friday, Seconds{amount});
                QFAIL(qPrintable(QStringLiteral("%1 s was not refused").arg(amount)));
            } catch (const CalendarError &error) {
                QVERIFY2(error.message().contains(QStringLiteral("calendars answer for")),
                         qPrintable(error.message()));
            }
        }
        QVERIFY_THROWS_EXCEPTION(CalendarError, calendar.addBusinessDays(friday, max));
        QVERIFY_THROWS_EXCEPTION(CalendarError, calendar.addBusinessDays(friday, min));
        QVERIFY_THROWS_EXCEPTION(CalendarError, calendar.between(fromEpoch(min), friday));
        QVERIFY_THROWS_EXCEPTION(CalendarError, calendar.between(friday, fromEpoch(max)));
        QVERIFY_THROWS_EXCEPTION(CalendarError, calendar.explain(fromEpoch(min), fromEpoch(max)));
        QVERIFY_THROWS_EXCEPTION(CalendarError, calendar.add(at("0001-01-01T00:00:00Z"), 1s));
        QVERIFY_THROWS_EXCEPTION(CalendarError, calendar.add(at("9999-12-31T23:59:59Z"), -1s));
    }
    // The message names an instant that can be read, not a wrapped year.
    try {
        BusinessCalendar::checkYears(fromEpoch(max));
        QFAIL("the largest instant was not refused");
    } catch (const CalendarError &error) {
        QVERIFY2(error.message().startsWith(QStringLiteral("+292277026596-12-04T15:30:07Z")),
                 qPrintable(error.message()));
    }
    // Just inside the years is still answered.
    const BusinessCalendar wallClock(CalendarDefinition::twentyFourSeven());
    QCOMPARE(wallClock.add(at("2400-12-31T23:00:00Z"), 3599s), at("2400-12-31T23:59:59Z"));
}

void TestBusinessCalendar::businessDays()
{
    // Seed 004: "3 business days" on 8x5 is 3 x 8 business hours.
    CalendarDefinition definition = weekly("America/New_York", {0, 1, 2, 3, 4}, 540, 1020);
    definition.businessDay = 8h;
    const BusinessCalendar calendar(definition);
    const Instant friday15 = local("America/New_York", 2026, 3, 6, 15);
    QCOMPARE(calendar.addBusinessDays(friday15, 3), local("America/New_York", 2026, 3, 11, 15));
    // "1 week" is 5 business days: the same time next week.
    QCOMPARE(calendar.addBusinessDays(friday15, 5), local("America/New_York", 2026, 3, 13, 15));
    // Opened outside hours: 3 business days end at the close of the third working day.
    QCOMPARE(calendar.addBusinessDays(local("America/New_York", 2026, 3, 7, 12), 3),
             local("America/New_York", 2026, 3, 11, 17));
    const BusinessCalendar undefined(weekly("UTC", {0}, 0, 60));
    QVERIFY_THROWS_EXCEPTION(CalendarError, undefined.addBusinessDays(friday15, 1));
}

void TestBusinessCalendar::calendarDaysKeepWallClockTime()
{
    const BusinessCalendar calendar(weekly("America/New_York", {0, 1, 2, 3, 4}, 540, 1020));
    // Across spring-forward: 23 hours later, same wall-clock time.
    const Instant saturday = local("America/New_York", 2026, 3, 7, 10);
    QCOMPARE(calendar.addCalendarDays(saturday, 1), local("America/New_York", 2026, 3, 8, 10));
    QCOMPARE(calendar.addCalendarDays(saturday, 1) - saturday, 23h);
    // 02:30 does not exist on 2026-03-08: it moves on by the gap, to 03:30 EDT.
    QCOMPARE(calendar.addCalendarDays(local("America/New_York", 2026, 3, 7, 2, 30), 1),
             at("2026-03-08T07:30:00Z"));
    // 01:30 occurs twice on 2026-11-01: the first occurrence (EDT).
    QCOMPARE(calendar.addCalendarDays(local("America/New_York", 2026, 10, 31, 1, 30), 1),
             at("2026-11-01T05:30:00Z"));
    // Across fall-back: 25 hours.
    const Instant halloween = local("America/New_York", 2026, 10, 31, 12);
    QCOMPARE(calendar.addCalendarDays(halloween, 1) - halloween, 25h);
}

void TestBusinessCalendar::explainNamesHolidaysAndOutsideHours()
{
    CalendarDefinition definition = weekly("America/New_York", {0, 1, 2, 3, 4}, 540, 1020);
    definition.holidays.append({QStringLiteral("Good Friday"), ymd(2026, 4, 3), {}, {}});
    const BusinessCalendar calendar(definition);
    const auto segments = calendar.explain(local("America/New_York", 2026, 4, 2, 16),
                                           local("America/New_York", 2026, 4, 6, 10));
    using Kind = CalendarSegment::Kind;
    QCOMPARE(segments.size(), 5u);
    QCOMPARE(segments[0].kind, Kind::Working);
    QCOMPARE(segments[0].to, local("America/New_York", 2026, 4, 2, 17));
    QCOMPARE(segments[1].kind, Kind::OutsideHours);
    QCOMPARE(segments[2].kind, Kind::Holiday);
    QCOMPARE(segments[2].holiday, QStringLiteral("Good Friday"));
    QCOMPARE(segments[2].from, local("America/New_York", 2026, 4, 3, 9));
    QCOMPARE(segments[2].to, local("America/New_York", 2026, 4, 3, 17));
    QCOMPARE(segments[3].kind, Kind::OutsideHours);
    QCOMPARE(segments[3].to, local("America/New_York", 2026, 4, 6, 9));
    QCOMPARE(segments[4].kind, Kind::Working);
    // The segments tile the range exactly.
    for (std::size_t i = 1; i < segments.size(); ++i)
        QCOMPARE(segments[i].from, segments[i - 1].to);
}

void TestBusinessCalendar::hundredThousandDatedHolidaysAcrossAYear()
{
    // Monday to Friday 09:00-17:00 UTC, and a dated holiday on every day but Mondays from 1900
    // on, 100 000 of them (to 2220): only Mondays work.
    CalendarDefinition definition = weekly("UTC", {0, 1, 2, 3, 4}, 540, 1020);
    date::sys_days d = date::sys_days{ymd(1900, 1, 1)};
    while (definition.holidays.size() < 100000) {
        if (date::weekday{d} != date::Monday)
            definition.holidays.append({QStringLiteral("Closed"), date::year_month_day{d}, {}, {}});
        d += date::days{1};
    }
    const BusinessCalendar calendar(definition);
    // Friday 15:00: the next working hour is Monday's first.
    QCOMPARE(calendar.add(at("2026-03-06T15:00:00Z"), 1h), at("2026-03-09T10:00:00Z"));
    // 52 Mondays of 8 h: the 52nd from 2026-03-09 is 2027-03-01, done at 17:00.
    QCOMPARE(calendar.add(at("2026-03-06T15:00:00Z"), 52 * 8h), at("2027-03-01T17:00:00Z"));
    QCOMPARE(calendar.add(at("2027-03-01T17:00:00Z"), -52 * 8h), at("2026-03-09T09:00:00Z"));
    // 2026 has 52 Mondays (5 January to 28 December).
    QCOMPARE(calendar.between(at("2026-01-01T00:00:00Z"), at("2027-01-01T00:00:00Z")), 52 * 8h);
    QVERIFY(!calendar.isBusinessTime(at("2026-03-10T10:00:00Z")));
    // The lookups went to the compiled days only: at most three 366-day chunks and their
    // margins, one holiday a day. Scanning the whole list, as each compiled day did before the
    // index, hands out 100 000 entries per day.
    QVERIFY(calendar.entriesVisited() > 0);
    QVERIFY2(calendar.entriesVisited() <= 3 * 371,
             qPrintable(QString::number(calendar.entriesVisited())));
}

void TestBusinessCalendar::holidayOnEveryDayRunsOutAtTheLastYear()
{
    // The 8 MB calendar: a holiday on every day the calendar answers for (and the two
    // years after, which the last compiled chunk reaches into). Nothing is ever working time,
    // so add compiles every year up to the last before refusing.
    CalendarDefinition definition = weekly("Europe/Paris", {0, 1, 2, 3, 4}, 540, 1020);
    const date::sys_days last{ymd(BusinessCalendar::lastYear + 2, 12, 31)};
    for (date::sys_days d{ymd(BusinessCalendar::firstYear, 1, 1)}; d <= last; d += date::days{1})
        definition.holidays.append({QStringLiteral("Closed"), date::year_month_day{d}, {}, {}});
    const BusinessCalendar calendar(definition);
    QVERIFY_THROWS_EXCEPTION(CalendarError, calendar.add(at("2026-03-06T15:00:00Z"), 1h));
    QCOMPARE(calendar.between(at("2026-01-01T00:00:00Z"), at("2400-01-01T00:00:00Z")), 0s);
    // One holiday a day, so entries in proportion to the days compiled: at most a 366-day chunk
    // per year from 2026 to the last, one more at each end, each chunk looking at 371 days
    // (two of margin on either side). The old scan handed out 219 511 per day compiled.
    const auto chunks = std::size_t(BusinessCalendar::lastYear + 1 - 2026 + 2);
    QVERIFY2(calendar.entriesVisited() <= chunks * 371,
             qPrintable(QString::number(calendar.entriesVisited())));
}

void TestBusinessCalendar::noAnswerPastTheLastYear()
{
    // Holidays up to the last day the calendar answers for, and none after: the first working
    // hour is past the last year, which is no answer (it was given, 2401-01-01T15:00:00Z).
    CalendarDefinition definition = weekly("UTC", {0, 1, 2, 3, 4, 5, 6}, 540, 1020);
    const date::sys_days last{ymd(BusinessCalendar::lastYear, 12, 31)};
    for (date::sys_days d{ymd(2026, 1, 1)}; d <= last; d += date::days{1})
        definition.holidays.append({QStringLiteral("Closed"), date::year_month_day{d}, {}, {}});
    const BusinessCalendar calendar(definition);
    QVERIFY_THROWS_EXCEPTION(CalendarError, calendar.add(at("2026-03-06T15:00:00Z"), 1h));
}

void TestBusinessCalendar::sameDayHolidaysKeepTheirListOrder()
{
    // Dated and annual holidays on one date: the first in the list names the hours it removes,
    // whichever kind it is.
    CalendarDefinition definition = weekly("UTC", {0, 1, 2, 3, 4}, 540, 1020);
    definition.holidays.append(
        {QStringLiteral("Dated afternoon"), ymd(2026, 12, 24), {}, DailyInterval{720, 1440}});
    definition.holidays.append(
        {QStringLiteral("Annual eve"), {}, date::month{12} / date::day{24}, {}});
    definition.holidays.append({QStringLiteral("Dated whole day"), ymd(2026, 12, 24), {}, {}});
    definition.exceptions.append({QStringLiteral("Late shift"), ymd(2026, 12, 24), {{1080, 1140}}});
    const BusinessCalendar calendar(definition);
    using Kind = CalendarSegment::Kind;
    const auto segments = calendar.explain(at("2026-12-24T09:00:00Z"), at("2026-12-24T19:00:00Z"));
    QCOMPARE(segments.size(), 4u);
    QCOMPARE(segments[0].kind, Kind::Holiday);
    QCOMPARE(segments[0].holiday, QStringLiteral("Annual eve"));
    QCOMPARE(segments[0].to, at("2026-12-24T12:00:00Z"));
    QCOMPARE(segments[1].kind, Kind::Holiday);
    QCOMPARE(segments[1].holiday, QStringLiteral("Dated afternoon"));
    QCOMPARE(segments[1].to, at("2026-12-24T17:00:00Z"));
    QCOMPARE(segments[2].kind, Kind::OutsideHours);
    QCOMPARE(segments[3].kind, Kind::Working);
    QCOMPARE(segments[3].from, at("2026-12-24T18:00:00Z"));
    QCOMPARE(segments[3].to, at("2026-12-24T19:00:00Z"));
    // Another year: only the annual one applies, all day.
    const auto friday = calendar.explain(at("2027-12-24T09:00:00Z"), at("2027-12-24T17:00:00Z"));
    QCOMPARE(friday.size(), 1u);
    QCOMPARE(friday[0].holiday, QStringLiteral("Annual eve"));
}

void TestBusinessCalendar::matchesReferenceOnRandomCalendars()
{
    const char *const zones[] = {"America/New_York",
                                 "America/Toronto",
                                 "Europe/London",
                                 "Europe/Paris",
                                 "Australia/Sydney",
                                 "Asia/Kolkata",
                                 "UTC"};
    // DST transition days of 2025-2027 in those zones, where the rule is easiest to get wrong.
    std::vector<Instant> transitions;
    for (const char *zone : zones) {
        const date::time_zone *tz = date::locate_zone(zone);
        for (Instant t = at("2025-01-01T00:00:00Z"); t < at("2027-12-31T00:00:00Z");) {
            const date::sys_info info = tz->get_info(t);
            if (info.end >= at("2027-12-31T00:00:00Z"))
                break;
            transitions.push_back(info.end);
            t = info.end;
        }
    }

    std::mt19937 random(20261122);
    const auto below = [&random](int n) {
        return int(random() % unsigned(n));
    };
    const int calendars = 1500;
    int queries = 0;
    for (int c = 0; c < calendars; ++c) {
        CalendarDefinition definition;
        definition.id = QStringLiteral("random-%1").arg(c);
        definition.zone = QString::fromLatin1(zones[below(int(std::size(zones)))]);
        if (below(10) == 0) {
            for (auto &weekday : definition.week)
                weekday = {DailyInterval{0, 1440}};
        } else {
            for (int d = 0; d < 7; ++d) {
                if (below(4) == 0)
                    continue;
                // Up to three disjoint intervals at minute precision, some at day edges.
                std::vector<int> cuts;
                const int count = 1 + below(3);
                for (int i = 0; i < 2 * count; ++i)
                    cuts.push_back(below(6) == 0 ? (below(2) ? 0 : 1440) : below(1441));
                std::sort(cuts.begin(), cuts.end());
                for (int i = 0; i + 1 < int(cuts.size()); i += 2) {
                    if (cuts[i] < cuts[i + 1])
                        definition.week[d].append({cuts[i], cuts[i + 1]});
                }
                // Merge touching intervals as the calendar file would refuse overlaps.
                QList<DailyInterval> merged;
                for (const DailyInterval &interval : definition.week[d]) {
                    if (!merged.isEmpty() && interval.start <= merged.last().end)
                        merged.last().end = std::max(merged.last().end, interval.end);
                    else
                        merged.append(interval);
                }
                definition.week[d] = merged;
            }
        }

        // Centre the test window on a transition most of the time, else anywhere.
        Instant centre = below(5) ? transitions[std::size_t(below(int(transitions.size())))]
                                  : at("2025-01-01T00:00:00Z") + Seconds{below(3 * 365 * 86400)};
        const Instant from = centre - 5 * 24h;
        const Instant to = centre + 9 * 24h;
        const auto localDate = [&](Instant t) {
            const auto l = date::locate_zone(definition.zone.toStdString())->to_local(t);
            return date::year_month_day{date::floor<date::days>(l)};
        };
        // Holidays, often on the transition's own local date; some part-day, some annual.
        for (int h = below(3); h > 0; --h) {
            Holiday holiday;
            holiday.name = QStringLiteral("H%1").arg(h);
            const date::year_month_day dayOf = localDate(
                centre + std::chrono::hours{below(3) ? 0 : below(96) - 48});
            if (below(4) == 0)
                holiday.annual = date::month_day{dayOf.month(), dayOf.day()};
            else
                holiday.date = dayOf;
            if (below(3) == 0) {
                const int a = below(1440);
                holiday.part = DailyInterval{a, a + 1 + below(1440 - a)};
            }
            definition.holidays.append(holiday);
        }
        if (below(4) == 0) {
            const int a = below(1380);
            definition.exceptions.append(
                {QStringLiteral("E"), localDate(centre + 24h), {{a, a + 1 + below(1440 - a)}}});
        }

        const BusinessCalendar calendar(definition);
        const test::ReferenceCalendar reference(definition, from - 24h, to + 24h);
        for (int q = 0; q < 4; ++q, ++queries) {
            const qint64 span = toEpoch(to) - toEpoch(from);
            const qint64 a = toEpoch(from) + qint64(random() % quint64(span));
            const qint64 b = toEpoch(from) + qint64(random() % quint64(span));
            const qint64 expected = reference.between(a, b);
            const qint64 actual = calendar.between(fromEpoch(a), fromEpoch(b)).count();
            if (expected != actual)
                QFAIL(qPrintable(
                    QStringLiteral("calendar %1 (%2): between(%3, %4) = %5, reference %6")
                        .arg(c)
                        .arg(definition.zone,
                             formatInstant(fromEpoch(a)),
                             formatInstant(fromEpoch(b)))
                        .arg(actual)
                        .arg(expected)));

            const qint64 start = std::min(a, b);
            const qint64 available = reference.between(start, toEpoch(to));
            const qint64 amount = available > 0 ? qint64(random() % quint64(available + 1)) : 0;
            const auto expectedDue = reference.add(start, amount);
            QVERIFY(expectedDue.has_value());
            const qint64 due = toEpoch(calendar.add(fromEpoch(start), Seconds{amount}));
            if (due != *expectedDue)
                QFAIL(qPrintable(QStringLiteral("calendar %1 (%2): add(%3, %4) = %5, reference %6")
                                     .arg(c)
                                     .arg(definition.zone, formatInstant(fromEpoch(start)))
                                     .arg(amount)
                                     .arg(formatInstant(fromEpoch(due)),
                                          formatInstant(fromEpoch(*expectedDue)))));
            // Going back the same amount lands on the latest instant with that much time.
            const qint64 back = toEpoch(calendar.add(fromEpoch(due), -Seconds{amount}));
            QVERIFY(back >= start);
            QCOMPARE(reference.between(back, due), amount);
            if (back > start)
                QCOMPARE(reference.between(start, back), 0);
        }
    }
    qInfo("%d random calendars, %d queries of each kind, zero mismatches", calendars, queries);
}

QTEST_GUILESS_MAIN(TestBusinessCalendar)
#include "tst_businesscalendar.moc"
