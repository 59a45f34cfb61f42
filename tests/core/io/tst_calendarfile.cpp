// Calendar files: the seed calendars load; every kind of bad input is refused with its place.
#include "io/calendarfile.h"
#include "io/inputerror.h"
#include "time/businesscalendar.h"

#include <QDir>
#include <QTest>

using namespace hourglass;

class TestCalendarFile : public QObject
{
    Q_OBJECT

private slots:
    void seedCalendarsLoad_data();
    void seedCalendarsLoad();
    void overnightIntervalsAreSplitAtMidnight();
    void holidaysAndExceptions();
    void refusesBadInput_data();
    void refusesBadInput();
};

void TestCalendarFile::seedCalendarsLoad_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<int>("weeklyHours");
    QTest::newRow("04:00-22:00 ET") << "netmon-support-hours.json"
                                    << "America/New_York" << 90;
    QTest::newRow("standard hours") << "eastern-standard-hours.json"
                                    << "America/New_York" << 40;
    QTest::newRow("extended hours") << "eastern-extended-hours.json"
                                    << "America/New_York" << 128;
    QTest::newRow("8x5") << "helpdesk-8x5.json"
                         << "America/New_York" << 40;
    QTest::newRow("24x7") << "24x7.json"
                          << "UTC" << 168;
    QTest::newRow("working days") << "airvm-working-days.json"
                                  << "America/Toronto" << 40;
}

void TestCalendarFile::seedCalendarsLoad()
{
    QFETCH(QString, file);
    QFETCH(QString, zone);
    QFETCH(int, weeklyHours);
    const CalendarDefinition definition = CalendarFile::load(QStringLiteral(":/calendars/") + file);
    QCOMPARE(definition.zone, zone);
    int minutes = 0;
    for (const auto &day : definition.week) {
        for (const DailyInterval &interval : day)
            minutes += interval.length();
    }
    QCOMPARE(minutes, weeklyHours * 60);
    // The files shipped in the source tree are the ones embedded.
    QCOMPARE(CalendarFile::load(QStringLiteral(HOURGLASS_RESOURCES "/calendars/") + file).week,
             definition.week);
}

void TestCalendarFile::overnightIntervalsAreSplitAtMidnight()
{
    const CalendarDefinition definition = CalendarFile::parse(
        QStringLiteral("night.json"),
        R"({"format": "hourglass-calendar/1", "id": "night", "zone": "Europe/Paris",
            "week": {"fri": ["22:00-06:00"], "sun": ["23:30-00:30"], "mon": ["08:00-09:00"]}})");
    QCOMPARE(definition.week[4], QList<DailyInterval>({{1320, 1440}}));
    QCOMPARE(definition.week[5], QList<DailyInterval>({{0, 360}}));
    QCOMPARE(definition.week[6], QList<DailyInterval>({{1410, 1440}}));
    // Sunday's tail lands on Monday, sorted before Monday's own hours.
    QCOMPARE(definition.week[0], QList<DailyInterval>({{0, 30}, {480, 540}}));
}

void TestCalendarFile::holidaysAndExceptions()
{
    const CalendarDefinition definition = CalendarFile::parse(
        QStringLiteral("h.json"),
        R"({"format": "hourglass-calendar/1", "id": "h", "zone": "UTC", "businessDay": "7h30m",
            "week": {"mon": ["09:00-17:00"]},
            "holidays": [{"date": "2026-12-24", "from": "12:00", "to": "24:00", "name": "Eve"},
                         {"annual": "12-25", "name": "Christmas"}],
            "exceptions": [{"date": "2026-12-26", "hours": ["10:00-12:00"], "name": "Boxing day cover"}]})");
    QCOMPARE(definition.holidays.size(), 2);
    QCOMPARE(definition.holidays.at(0).part, std::optional<DailyInterval>(DailyInterval{720, 1440}));
    QVERIFY(definition.holidays.at(1).annual.has_value());
    QCOMPARE(definition.exceptions.at(0).hours, QList<DailyInterval>({{600, 720}}));
    QCOMPARE(*definition.businessDay, Seconds{27000});
}

void TestCalendarFile::refusesBadInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("problem");
    const auto doc = [](const char *rest) -> QByteArray {
        return QByteArray(R"({"format": "hourglass-calendar/1", "id": "c", )") + rest + '}';
    };
    QTest::newRow("unknown zone") << doc(
        R"("zone": "Mars/Olympus", "week": {"mon": ["09:00-17:00"]})")
                                  << "$.zone"
                                  << "unknown time zone \"Mars/Olympus\"";
    QTest::newRow("equal times") << doc(R"("zone": "UTC", "week": {"mon": ["09:00-09:00"]})")
                                 << "$.week.mon[0]"
                                 << "same time";
    QTest::newRow("malformed time")
        << doc(R"("zone": "UTC", "week": {"tue": ["9-17"]})") << "$.week.tue[0]"
        << "not a time range";
    QTest::newRow("hour 25") << doc(R"("zone": "UTC", "week": {"tue": ["09:00-25:00"]})")
                             << "$.week.tue[0]"
                             << "not a time range";
    QTest::newRow("24:30") << doc(R"("zone": "UTC", "week": {"tue": ["09:00-24:30"]})")
                           << "$.week.tue[0]"
                           << "not a time range";
    QTest::newRow("starts at 24:00")
        << doc(R"("zone": "UTC", "week": {"tue": ["24:00-02:00"]})") << "$.week.tue[0]"
        << "starts at 24:00";
    QTest::newRow("overlap") << doc(
        R"("zone": "UTC", "week": {"wed": ["09:00-12:00", "11:00-13:00"]})")
                             << "$.week.wed"
                             << "overlap";
    QTest::newRow("overnight overlap")
        << doc(R"("zone": "UTC", "week": {"mon": ["22:00-06:00"], "tue": ["05:00-07:00"]})")
        << "$.week.tue"
        << "overlap";
    QTest::newRow("weekday typo") << doc(R"("zone": "UTC", "week": {"thurs": ["09:00-17:00"]})")
                                  << "$.week.thurs"
                                  << "unknown field";
    QTest::newRow("field typo") << doc(
        R"("zone": "UTC", "week": {"mon": ["09:00-17:00"]}, "holidayz": [])")
                                << "$.holidayz"
                                << "unknown field";
    QTest::newRow("missing zone") << doc(R"("week": {"mon": ["09:00-17:00"]})") << "$.zone"
                                  << "required field is missing";
    QTest::newRow("missing week") << doc(R"("zone": "UTC")") << "$.week"
                                  << "required field is missing";
    QTest::newRow("no working time") << doc(R"("zone": "UTC", "week": {})") << "$.week"
                                     << "no working time at all";
    QTest::newRow("bad date") << doc(
        R"("zone": "UTC", "week": {"mon": ["09:00-17:00"]}, "holidays": [{"date": "2026-02-30", "name": "x"}])")
                              << "$.holidays[0].date"
                              << "not a date";
    QTest::newRow("date and annual") << doc(
        R"("zone": "UTC", "week": {"mon": ["09:00-17:00"]}, "holidays": [{"date": "2026-02-03", "annual": "02-03", "name": "x"}])")
                                     << "$.holidays[0]"
                                     << "either";
    QTest::newRow("part-day half") << doc(
        R"("zone": "UTC", "week": {"mon": ["09:00-17:00"]}, "holidays": [{"date": "2026-02-03", "from": "12:00", "name": "x"}])")
                                   << "$.holidays[0].to"
                                   << "both";
    QTest::newRow("negative business day")
        << doc(R"("zone": "UTC", "businessDay": "-8h", "week": {"mon": ["09:00-17:00"]})")
        << "$.businessDay"
        << "not a duration";
    QTest::newRow("exception overnight") << doc(
        R"("zone": "UTC", "week": {"mon": ["09:00-17:00"]}, "exceptions": [{"date": "2026-02-03", "hours": ["22:00-02:00"], "name": "x"}])")
                                         << "$.exceptions[0].hours[0]"
                                         << "own date";
    QTest::newRow("wrong type") << doc(R"("zone": "UTC", "week": {"mon": "09:00-17:00"})")
                                << "$.week.mon"
                                << "expected an array";
    QTest::newRow("format") << QByteArray(
        R"({"format": "hourglass-calendar/2", "id": "c", "zone": "UTC", "week": {"mon": ["09:00-17:00"]}})")
                            << "$.format"
                            << "unsupported format";
}

void TestCalendarFile::refusesBadInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, place);
    QFETCH(QString, problem);
    try {
        CalendarFile::parse(QStringLiteral("bad.json"), json);
        QFAIL("a bad calendar was accepted");
    } catch (const InputError &error) {
        QCOMPARE(error.file(), QStringLiteral("bad.json"));
        QVERIFY2(error.place() == place, qPrintable(error.message()));
        QVERIFY2(error.problem().contains(problem), qPrintable(error.message()));
    }
}

QTEST_GUILESS_MAIN(TestCalendarFile)
#include "tst_calendarfile.moc"
