// Occurrences of maintenance windows: the seed presets against independently computed dates,
// DST on both sides, overrides, EXDATE/RDATE, holiday rules and overlap warnings.
#include "io/inputerror.h"
#include "maintenance/maintenanceexpander.h"
#include "maintenance/maintenancepresets.h"
#include "presetdates.h"

#include <QTest>

using namespace hourglass;

namespace {

Instant utc(const char *text)
{
    const std::optional<Instant> t = parseInstant(QString::fromLatin1(text));
    if (!t)
        qFatal("bad instant %s", text);
    return *t;
}

LocalTime local(const char *text)
{
    const std::optional<LocalTime> t = parseLocalTime(QString::fromLatin1(text));
    if (!t)
        qFatal("bad local time %s", text);
    return *t;
}

MaintenanceWindow presetFor(const char *platform)
{
    for (const MaintenanceWindow &window : MaintenancePresets::all()) {
        if (window.platform == QLatin1String(platform))
            return window;
    }
    qFatal("no preset for %s", platform);
}

QStringList startsOf(const std::vector<MaintenanceOccurrence> &occurrences)
{
    QStringList starts;
    for (const MaintenanceOccurrence &o : occurrences)
        starts.append(formatInstant(o.start));
    return starts;
}

template<std::size_t N>
QStringList listOf(const char *const (&dates)[N])
{
    QStringList list;
    for (const char *date : dates)
        list.append(QString::fromLatin1(date));
    return list;
}

CalendarDefinition workingWeek()
{
    CalendarDefinition calendar;
    calendar.id = QStringLiteral("paris-office");
    calendar.zone = QStringLiteral("Europe/Paris");
    for (int day = 0; day < 5; ++day)
        calendar.week[day] = {DailyInterval{9 * 60, 17 * 60}};
    // Wednesday 2026-07-01 and the Thursday and Friday after: the next working day is Monday.
    for (unsigned d : {1u, 2u, 3u})
        calendar.holidays.append(
            {QStringLiteral("Closed"), date::year{2026} / 7 / d, std::nullopt, std::nullopt});
    // A holiday of only some hours does not make the day a holiday.
    calendar.holidays.append({QStringLiteral("Half day"),
                              date::year{2026} / 8 / 5,
                              std::nullopt,
                              DailyInterval{12 * 60, 17 * 60}});
    return calendar;
}

} // namespace

class TestMaintenanceExpander : public QObject
{
    Q_OBJECT

private slots:
    void presetsAreValid()
    {
        const QList<MaintenanceWindow> presets = MaintenancePresets::all();
        QCOMPARE(presets.size(), 3);
        for (const MaintenanceWindow &window : presets) {
            window.validate();
            // Stored in libical's own spelling, so an export and import give them back as they are.
            QCOMPARE(MaintenanceWindow::normalizedRule(window.rrule), window.rrule);
        }
    }

    void firstWednesdaysInParis()
    {
        const MaintenanceExpander expander;
        const MaintenanceWindow nup = presetFor("NUP");
        const auto occurrences = expander.occurrences(nup,
                                                      utc("2026-01-01T00:00:00Z"),
                                                      utc("2029-01-01T00:00:00Z"));
        QCOMPARE(startsOf(occurrences), listOf(test::firstWednesdays));
        for (const MaintenanceOccurrence &o : occurrences) {
            QCOMPARE(o.end - o.start, Seconds{6 * 3600}); // no DST change on a Wednesday night
            QCOMPARE(o.change, MaintenanceOccurrence::Change::AsRuled);
        }
        // 2026-03-04 in winter (CET), 2026-04-01 in summer (CEST), 2026-11-04 winter again.
        QCOMPARE(formatInstant(occurrences.at(2).end), QStringLiteral("2026-03-04T05:00:00Z"));
        QCOMPARE(formatInstant(occurrences.at(3).end), QStringLiteral("2026-04-01T04:00:00Z"));
        QCOMPARE(formatInstant(occurrences.at(10).end), QStringLiteral("2026-11-04T05:00:00Z"));
        QCOMPARE(formatLocalTime(occurrences.at(3).recurrenceId),
                 QStringLiteral("2026-04-01T00:00:00"));
    }

    void lastThreeWednesdaysInParis()
    {
        const MaintenanceExpander expander;
        const auto occurrences = expander.occurrences(presetFor("NGP"),
                                                      utc("2026-01-01T00:00:00Z"),
                                                      utc("2029-01-01T00:00:00Z"));
        QCOMPARE(startsOf(occurrences), listOf(test::lastThreeWednesdays));
        // October 2026: the 21st is still summer time, the 28th after the change of the 25th.
        QCOMPARE(formatInstant(occurrences.at(28).end), QStringLiteral("2026-10-21T04:00:00Z"));
        QCOMPARE(formatInstant(occurrences.at(29).end), QStringLiteral("2026-10-28T05:00:00Z"));
    }

    void saturdaysInNewYork()
    {
        const MaintenanceExpander expander;
        const auto occurrences = expander.occurrences(presetFor("Network monitoring"),
                                                      utc("2026-01-01T00:00:00Z"),
                                                      utc("2029-01-01T00:00:00Z"));
        QCOMPARE(startsOf(occurrences), listOf(test::saturdays));
        for (const MaintenanceOccurrence &o : occurrences)
            QCOMPARE(o.end - o.start, Seconds{2 * 3600});
    }

    void anyRangeGivesTheSameOccurrences()
    {
        // Year by year, and a range that starts in the middle of an occurrence (it counts) and
        // ends at the start of another (it does not).
        const MaintenanceExpander expander;
        const MaintenanceWindow nup = presetFor("NUP");
        QStringList joined;
        for (const char *year : {"2026", "2027", "2028", "2029"}) {
            const Instant from = utc(QByteArray(year).append("-01-01T00:00:00Z").constData());
            const Instant to = from
                               + date::days{date::year{QByteArray(year).toInt()}.is_leap() ? 366
                                                                                           : 365};
            joined += startsOf(expander.occurrences(nup, from, to));
        }
        joined.removeIf([](const QString &s) { return s.startsWith(QLatin1String("2029")); });
        QCOMPARE(joined, listOf(test::firstWednesdays));
        // The expander keeps the starts it has walked: an earlier range after a later one, on
        // the same expander, gives what a fresh one gives.
        const auto early = expander.occurrences(nup,
                                                utc("2026-01-01T00:00:00Z"),
                                                utc("2026-03-01T00:00:00Z"));
        QCOMPARE(startsOf(early),
                 (QStringList{QStringLiteral("2026-01-06T23:00:00Z"),
                              QStringLiteral("2026-02-03T23:00:00Z")}));

        const auto inside = expander.occurrences(nup,
                                                 utc("2026-03-04T01:00:00Z"),
                                                 utc("2026-03-31T22:00:00Z"));
        QCOMPARE(startsOf(inside), QStringList{QStringLiteral("2026-03-03T23:00:00Z")});
        QVERIFY(expander.occurrences(nup, utc("2026-03-04T05:00:00Z"), utc("2026-03-31T22:00:00Z"))
                    .empty());
        QVERIFY(expander.occurrences(nup, utc("2024-01-01T00:00:00Z"), utc("2024-12-31T00:00:00Z"))
                    .empty()); // before its DTSTART
    }

    void wallClockAcrossTheGap()
    {
        // 02:30 does not exist in Paris on 2026-03-29: that week it starts at 03:00 CEST, the
        // first instant after the gap; the wall-clock end, 03:30, stays.
        MaintenanceWindow window;
        window.title = QStringLiteral("Sunday night");
        window.platform = QStringLiteral("NUP");
        window.zone = QStringLiteral("Europe/Paris");
        window.start = local("2026-03-22T02:30:00");
        window.length = Seconds{3600};
        window.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=SU");
        window.validate();
        const MaintenanceExpander expander;
        auto occurrences = expander.occurrences(window,
                                                utc("2026-03-20T00:00:00Z"),
                                                utc("2026-04-06T00:00:00Z"));
        QCOMPARE(occurrences.size(), std::size_t(3));
        QCOMPARE(formatInstant(occurrences.at(0).start), QStringLiteral("2026-03-22T01:30:00Z"));
        QCOMPARE(formatInstant(occurrences.at(0).end), QStringLiteral("2026-03-22T02:30:00Z"));
        QCOMPARE(formatInstant(occurrences.at(1).start), QStringLiteral("2026-03-29T01:00:00Z"));
        QCOMPARE(formatInstant(occurrences.at(1).end), QStringLiteral("2026-03-29T01:30:00Z"));
        QCOMPARE(formatInstant(occurrences.at(2).start), QStringLiteral("2026-04-05T00:30:00Z"));
        QCOMPARE(formatInstant(occurrences.at(2).end), QStringLiteral("2026-04-05T01:30:00Z"));
        QCOMPARE(formatLocalTime(occurrences.at(1).recurrenceId),
                 QStringLiteral("2026-03-29T02:30:00"));

        // An elapsed length stays one hour long from the same start.
        window.end = WindowEnd::Elapsed;
        occurrences = expander.occurrences(window,
                                           utc("2026-03-29T00:00:00Z"),
                                           utc("2026-03-30T00:00:00Z"));
        QCOMPARE(occurrences.size(), std::size_t(1));
        QCOMPARE(formatInstant(occurrences.at(0).end), QStringLiteral("2026-03-29T02:00:00Z"));

        // Wholly inside the gap (02:10-02:40) there is no wall-clock time to run in.
        window.end = WindowEnd::WallClock;
        window.start = local("2026-03-22T02:10:00");
        window.length = Seconds{30 * 60};
        QVERIFY(
            expander.occurrences(window, utc("2026-03-29T00:00:00Z"), utc("2026-03-30T00:00:00Z"))
                .empty());
    }

    void wallClockAcrossTheRepeatedHour()
    {
        // 02:30 happens twice in Paris on 2026-10-25 and in New York at 01:30 on 2026-11-01:
        // the first of each, in summer time.
        MaintenanceWindow window;
        window.title = QStringLiteral("Sunday night");
        window.platform = QStringLiteral("NUP");
        window.zone = QStringLiteral("Europe/Paris");
        window.start = local("2026-10-18T02:30:00");
        window.length = Seconds{2 * 3600};
        window.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=SU;COUNT=3");
        const MaintenanceExpander expander;
        auto occurrences = expander.occurrences(window,
                                                utc("2026-10-01T00:00:00Z"),
                                                utc("2026-12-01T00:00:00Z"));
        QCOMPARE(startsOf(occurrences),
                 (QStringList{QStringLiteral("2026-10-18T00:30:00Z"),
                              QStringLiteral("2026-10-25T00:30:00Z"),
                              QStringLiteral("2026-11-01T01:30:00Z")}));
        // 02:30 CEST to 04:30 CET: three hours pass that night.
        QCOMPARE(occurrences.at(1).end - occurrences.at(1).start, Seconds{3 * 3600});

        window.zone = QStringLiteral("America/New_York");
        window.start = local("2026-10-25T01:30:00");
        window.length = Seconds{3600};
        occurrences = expander.occurrences(window,
                                           utc("2026-10-31T00:00:00Z"),
                                           utc("2026-11-02T00:00:00Z"));
        QCOMPARE(occurrences.size(), std::size_t(1));
        QCOMPARE(formatInstant(occurrences.at(0).start), QStringLiteral("2026-11-01T05:30:00Z"));
        QCOMPARE(formatInstant(occurrences.at(0).end), QStringLiteral("2026-11-01T07:30:00Z"));
    }

    void movedAndCancelledOccurrences()
    {
        MaintenanceWindow nup = presetFor("NUP");
        nup.overrides = {
            {local("2026-05-06T00:00:00"), true, {}, {}},
            {local("2026-06-03T00:00:00"),
             false,
             local("2026-06-10T01:00:00"),
             local("2026-06-10T05:00:00")},
        };
        nup.validate();
        const MaintenanceExpander expander;
        const auto occurrences = expander.occurrences(nup,
                                                      utc("2026-04-15T00:00:00Z"),
                                                      utc("2026-07-15T00:00:00Z"));
        QCOMPARE(startsOf(occurrences),
                 (QStringList{QStringLiteral("2026-06-09T23:00:00Z"),
                              QStringLiteral("2026-06-30T22:00:00Z")}));
        QCOMPARE(occurrences.at(0).change, MaintenanceOccurrence::Change::Moved);
        QCOMPARE(formatInstant(occurrences.at(0).end), QStringLiteral("2026-06-10T03:00:00Z"));
        QCOMPARE(formatLocalTime(occurrences.at(0).recurrenceId),
                 QStringLiteral("2026-06-03T00:00:00"));
        QCOMPARE(occurrences.at(1).change, MaintenanceOccurrence::Change::AsRuled);

        // The rest of the three years is untouched: two fewer starts, one more.
        auto all = startsOf(
            expander.occurrences(nup, utc("2026-01-01T00:00:00Z"), utc("2029-01-01T00:00:00Z")));
        QStringList expected = listOf(test::firstWednesdays);
        expected.removeAll(QStringLiteral("2026-05-05T22:00:00Z"));
        expected.replace(expected.indexOf(QStringLiteral("2026-06-02T22:00:00Z")),
                         QStringLiteral("2026-06-09T23:00:00Z"));
        QCOMPARE(all, expected);

        // A moved occurrence is found in a range that only holds its new time.
        QCOMPARE(expander.occurrences(nup, utc("2026-06-10T02:00:00Z"), utc("2026-06-10T02:30:00Z"))
                     .size(),
                 std::size_t(1));
    }

    void overridesMustNameAnOccurrence()
    {
        MaintenanceWindow nup = presetFor("NUP");
        nup.overrides = {{local("2026-05-13T00:00:00"), true, {}, {}}}; // a second Wednesday
        try {
            nup.validate();
            QFAIL("an override of no occurrence was accepted");
        } catch (const InputError &error) {
            QVERIFY2(error.message().contains(QLatin1String("2026-05-13T00:00:00")),
                     qPrintable(error.message()));
        }
        nup.overrides = {{local("2026-05-06T00:00:00"), true, {}, {}},
                         {local("2026-05-06T00:00:00"), true, {}, {}}};
        QVERIFY_THROWS_EXCEPTION(InputError, nup.validate());
        nup.overrides = {{local("2026-05-06T00:00:00"),
                          false,
                          local("2026-05-07T05:00:00"),
                          local("2026-05-07T01:00:00")}};
        QVERIFY_THROWS_EXCEPTION(InputError, nup.validate());
    }

    void exdatesAndRdates()
    {
        MaintenanceWindow outage = presetFor("Network monitoring");
        outage.exdates = {local("2026-12-26T07:00:00")};
        outage.rdates = {local("2026-12-24T07:00:00"), local("2026-12-19T07:00:00")};
        outage.validate();
        const MaintenanceExpander expander;
        QCOMPARE(startsOf(expander.occurrences(outage,
                                               utc("2026-12-15T00:00:00Z"),
                                               utc("2027-01-05T00:00:00Z"))),
                 (QStringList{QStringLiteral("2026-12-19T12:00:00Z"), // rule and RDATE: once
                              QStringLiteral("2026-12-24T12:00:00Z"),
                              QStringLiteral("2027-01-02T12:00:00Z")}));
    }

    void holidayRules()
    {
        const MaintenanceExpander expander({workingWeek()});
        MaintenanceWindow nup = presetFor("NUP");
        nup.holidayCalendar = QStringLiteral("paris-office");
        const Instant from = utc("2026-06-15T00:00:00Z");
        const Instant to = utc("2026-08-15T00:00:00Z");

        nup.holidayRule = HolidayRule::Keep;
        QCOMPARE(startsOf(expander.occurrences(nup, from, to)),
                 (QStringList{QStringLiteral("2026-06-30T22:00:00Z"),
                              QStringLiteral("2026-08-04T22:00:00Z")}));

        nup.holidayRule = HolidayRule::Skip;
        nup.validate();
        QCOMPARE(startsOf(expander.occurrences(nup, from, to)),
                 QStringList{QStringLiteral("2026-08-04T22:00:00Z")}); // a half day is no holiday

        nup.holidayRule = HolidayRule::MoveToNextWorkingDay;
        const auto moved = expander.occurrences(nup, from, to);
        QCOMPARE(startsOf(moved),
                 (QStringList{QStringLiteral("2026-07-05T22:00:00Z"), // Monday 2026-07-06, 00:00
                              QStringLiteral("2026-08-04T22:00:00Z")}));
        QCOMPARE(moved.at(0).change, MaintenanceOccurrence::Change::HolidayMoved);
        QCOMPARE(formatLocalTime(moved.at(0).recurrenceId), QStringLiteral("2026-07-01T00:00:00"));

        nup.holidayCalendar = QStringLiteral("nowhere");
        QVERIFY_THROWS_EXCEPTION(InputError, (void) expander.occurrences(nup, from, to));
        nup.holidayCalendar.clear();
        QVERIFY_THROWS_EXCEPTION(InputError, nup.validate());
    }

    void overlapWarnings()
    {
        QList<MaintenanceWindow> windows = MaintenancePresets::all();
        MaintenanceWindow patch;
        patch.title = QStringLiteral("Emergency patch");
        patch.platform = QStringLiteral("nup"); // platforms compare without case
        patch.zone = QStringLiteral("Europe/Paris");
        patch.start = local("2026-02-04T05:00:00");
        patch.length = Seconds{3 * 3600};
        patch.validate();
        windows.append(patch);
        // Same time, another platform: no warning.
        MaintenanceWindow elsewhere = patch;
        elsewhere.title = QStringLiteral("Storage upgrade");
        elsewhere.platform = QStringLiteral("NGP");
        windows.append(elsewhere);

        const MaintenanceExpander expander;
        const auto overlaps = expander.overlaps(windows,
                                                utc("2026-01-01T00:00:00Z"),
                                                utc("2027-01-01T00:00:00Z"));
        QCOMPARE(overlaps.size(), std::size_t(1));
        const MaintenanceOverlap &overlap = overlaps.front();
        QCOMPARE(overlap.first, qsizetype(0));
        QCOMPARE(overlap.second, qsizetype(3));
        QCOMPARE(formatInstant(overlap.from), QStringLiteral("2026-02-04T04:00:00Z"));
        QCOMPARE(formatInstant(overlap.to), QStringLiteral("2026-02-04T05:00:00Z"));
        QCOMPARE(formatLocalTime(overlap.firstOccurrence), QStringLiteral("2026-02-04T00:00:00"));
        const QString warning = MaintenanceExpander::describe(overlap, windows);
        QVERIFY2(warning.contains(QLatin1String("NUP control plane"))
                     && warning.contains(QLatin1String("Emergency patch"))
                     && warning.contains(QLatin1String("05:00")),
                 qPrintable(warning));

        // The windows of the presets alone never overlap.
        QVERIFY(expander
                    .overlaps(MaintenancePresets::all(),
                              utc("2026-01-01T00:00:00Z"),
                              utc("2029-01-01T00:00:00Z"))
                    .empty());
    }

    void badRulesAreRefused_data()
    {
        QTest::addColumn<QString>("rrule");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown frequency") << "FREQ=SOMETIMES;BYDAY=WE"
                                           << "2026-01-07T00:00:00"
                                           << "rrule";
        QTest::newRow("unknown weekday") << "FREQ=MONTHLY;BYDAY=1XX"
                                         << "2026-01-07T00:00:00"
                                         << "rrule";
        QTest::newRow("count and until") << "FREQ=WEEKLY;COUNT=3;UNTIL=20270101T000000Z"
                                         << "2026-01-07T00:00:00"
                                         << "rrule";
        QTest::newRow("no such day") << "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"
                                     << "2026-01-07T00:00:00"
                                     << "rrule";
        QTest::newRow("start not on the rule") << "FREQ=MONTHLY;BYDAY=1WE"
                                               << "2026-01-14T00:00:00"
                                               << "start";
    }

    void badRulesAreRefused()
    {
        QFETCH(QString, rrule);
        QFETCH(QString, start);
        QFETCH(QString, field);
        MaintenanceWindow window = presetFor("NUP");
        window.rrule = rrule;
        window.start = *parseLocalTime(start);
        try {
            window.validate();
            QFAIL("a bad rule was accepted");
        } catch (const InputError &error) {
            QCOMPARE(error.place(), field);
            // The message quotes the rule, so people see which one.
            QVERIFY2(error.message().contains(rrule), qPrintable(error.message()));
        }
        if (field == QLatin1String("rrule")) {
            const MaintenanceExpander expander;
            QVERIFY_THROWS_EXCEPTION(InputError,
                                     (void) expander.occurrences(window,
                                                                 utc("2026-01-01T00:00:00Z"),
                                                                 utc("2027-01-01T00:00:00Z")));
        }
    }

    void badWindowsAreRefused()
    {
        MaintenanceWindow window = presetFor("NUP");
        window.zone = QStringLiteral("Europe/Atlantis");
        QVERIFY_THROWS_EXCEPTION(InputError, window.validate());
        window = presetFor("NUP");
        window.length = Seconds{0};
        QVERIFY_THROWS_EXCEPTION(InputError, window.validate());
        window = presetFor("NUP");
        window.title = QStringLiteral("  ");
        QVERIFY_THROWS_EXCEPTION(InputError, window.validate());
        window = presetFor("NUP");
        window.title = QStringLiteral("NUP\u202Egnp");
        QVERIFY_THROWS_EXCEPTION(InputError, window.validate());
        // Beyond the years calendars answer for (and iCalendar writers write).
        window = presetFor("NUP");
        window.exdates = {local("4052-06-08T00:00:00")};
        QVERIFY_THROWS_EXCEPTION(InputError, window.validate());
    }

    void localTimesRoundTrip()
    {
        QCOMPARE(formatLocalTime(local("2028-02-29T23:59:59")),
                 QStringLiteral("2028-02-29T23:59:59"));
        QVERIFY(!parseLocalTime(u"2027-02-29T00:00:00"));
        QVERIFY(!parseLocalTime(u"2027-02-28T24:00:00"));
        QVERIFY(!parseLocalTime(u"2027-02-28T00:00:00Z"));
        QCOMPARE(holidayRuleFromKey(holidayRuleKey(HolidayRule::MoveToNextWorkingDay)),
                 HolidayRule::MoveToNextWorkingDay);
        QVERIFY(!holidayRuleFromKey(u"sometimes"));
    }
};

QTEST_GUILESS_MAIN(TestMaintenanceExpander)
#include "tst_maintenanceexpander.moc"
