// iCalendar files of maintenance windows: export then import gives the same windows, files of
// other programs read, and every malformed file refused whole with the line of its problem.
#include "io/icalendarfile.h"
#include "io/inputerror.h"
#include "maintenance/maintenanceexpander.h"
#include "maintenance/maintenancepresets.h"
#include "testenvironment.h"

#include <QTest>

using namespace hourglass;

namespace {

LocalTime local(const char *text)
{
    return *parseLocalTime(QString::fromLatin1(text));
}

QList<MaintenanceWindow> sampleWindows()
{
    QList<MaintenanceWindow> windows = MaintenancePresets::all();
    MaintenanceWindow every = windows.at(0);
    every.uid = QStringLiteral("every-field@test");
    every.title = QStringLiteral("Migration, phase 2; “NUP”");
    every.platform = QStringLiteral("NUP, Paris");
    every.end = WindowEnd::Elapsed;
    every.exdates = {local("2026-02-04T00:00:00"), local("2026-03-04T00:00:00")};
    every.rdates = {local("2026-02-11T00:00:00")};
    every.affected = QStringLiteral("The portal, its APIs; the console\\CLI.");
    every.keepsWorking = QStringLiteral("Les VM continuent de tourner.\nRien d’autre, promis.");
    every.pausesSla = false;
    every.holidayRule = HolidayRule::MoveToNextWorkingDay;
    every.holidayCalendar = QStringLiteral("paris-office");
    every.overrides = {{local("2026-05-06T00:00:00"), true, {}, {}},
                       {local("2026-06-03T00:00:00"),
                        false,
                        local("2026-06-10T01:00:00"),
                        local("2026-06-10T05:30:00")}};
    windows.append(every);
    MaintenanceWindow once;
    once.uid = QStringLiteral("once@test");
    once.title = QStringLiteral("Database failover drill");
    once.platform = QStringLiteral("Network monitoring");
    once.zone = QStringLiteral("UTC");
    once.start = local("2026-09-12T03:00:00");
    once.length = Seconds{90 * 60};
    windows.append(once);
    return windows;
}

QByteArray calendar(const QByteArray &events)
{
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n" + events
           + "END:VCALENDAR\r\n";
}

} // namespace

class TestICalendarFile : public QObject
{
    Q_OBJECT

private slots:
    void roundTripGivesTheSameWindows()
    {
        const QList<MaintenanceWindow> windows = sampleWindows();
        const QByteArray file = ICalendarFile::write(windows, test::fixedNow);
        const QList<MaintenanceWindow> read = ICalendarFile::parse(QStringLiteral("x.ics"), file);
        QCOMPARE(read.size(), windows.size());
        for (qsizetype i = 0; i < windows.size(); ++i) {
            QVERIFY2(read.at(i) == windows.at(i), qPrintable(windows.at(i).title));
        }
        // And again: the export of what was read is the same file.
        QCOMPARE(ICalendarFile::write(read, test::fixedNow), file);
    }

    void exportIsPlainICalendar()
    {
        const QString file = QString::fromUtf8(
            ICalendarFile::write(sampleWindows(), test::fixedNow));
        for (const char *expected : {"BEGIN:VCALENDAR\r\n",
                                     "VERSION:2.0\r\n",
                                     "BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n",
                                     "TZID:America/New_York\r\n",
                                     "DTSTART;TZID=Europe/Paris:20250101T000000\r\n",
                                     "DTEND;TZID=Europe/Paris:20250101T060000\r\n",
                                     "RRULE:FREQ=MONTHLY;BYDAY=1WE\r\n",
                                     "RRULE:FREQ=MONTHLY;BYDAY=-1WE,-2WE,-3WE\r\n",
                                     "DTSTART;TZID=America/New_York:20250104T070000\r\n",
                                     "DURATION:PT6H\r\n",
                                     "EXDATE;TZID=Europe/Paris:20260204T000000\r\n",
                                     "RDATE;TZID=Europe/Paris:20260211T000000\r\n",
                                     "RECURRENCE-ID;TZID=Europe/Paris:20260506T000000\r\n",
                                     "STATUS:CANCELLED\r\n",
                                     "DTSTART:20260912T030000Z\r\n",
                                     "DTSTAMP:20260309T133000Z\r\n",
                                     "X-HOURGLASS-PAUSES-SLA:TRUE\r\n",
                                     "LOCATION:NUP\r\n"}) {
            QVERIFY2(file.contains(QString::fromUtf8(expected)), expected);
        }
        // The VTIMEZONE starts a year before the first window, not in 1891.
        QVERIFY(!file.contains(QLatin1String("PMT")));
        // UTC needs no VTIMEZONE.
        QCOMPARE(file.count(QLatin1String("BEGIN:VTIMEZONE")), 2);
    }

    void filesOfOtherProgramsAreRead()
    {
        // Folded lines, LF only, a prefixed TZID, a list of EXDATEs, UTC times, DESCRIPTION as
        // what is affected, a VALARM, a VTODO, and a series cancelled whole.
        const QByteArray file = calendar(
            "BEGIN:VTODO\nUID:todo@x\nSUMMARY:Not a window\nEND:VTODO\n"
            "BEGIN:VEVENT\nUID:abc@example.com\nDTSTAMP:20260101T000000Z\n"
            "SUMMARY:Control plane \n upgrade\n"
            "DTSTART;TZID=/freeassociation.sourceforge.net/Europe/Paris:20260107T000000\n"
            "DTEND:20260107T050000Z\n"
            "RRULE:FREQ=WEEKLY;BYDAY=WE;UNTIL=20260127T233000Z\n"
            "EXDATE;TZID=Europe/Paris:20260114T000000,20260121T000000\n"
            "LOCATION:NGP\nDESCRIPTION:The portal may be unavailable.\n"
            "BEGIN:VALARM\nACTION:DISPLAY\nDESCRIPTION:Soon\nTRIGGER:-PT15M\nEND:VALARM\n"
            "END:VEVENT\n"
            "BEGIN:VEVENT\nUID:gone@example.com\nSUMMARY:Called off\nSTATUS:CANCELLED\n"
            "DTSTART;TZID=Europe/Paris:20260107T000000\nDTEND;TZID=Europe/Paris:20260107T010000\n"
            "END:VEVENT\n");
        const QList<MaintenanceWindow> windows = ICalendarFile::parse(QStringLiteral("x.ics"), file);
        QCOMPARE(windows.size(), 1);
        const MaintenanceWindow &w = windows.constFirst();
        QCOMPARE(w.uid, QStringLiteral("abc@example.com"));
        QCOMPARE(w.title, QStringLiteral("Control plane upgrade"));
        QCOMPARE(w.zone, QStringLiteral("Europe/Paris"));
        QCOMPARE(w.start, local("2026-01-07T00:00:00"));
        QCOMPARE(w.end, WindowEnd::WallClock);
        QCOMPARE(w.length, Seconds{6 * 3600}); // 05:00Z is 06:00 in Paris in January
        QCOMPARE(w.platform, QStringLiteral("NGP"));
        QCOMPARE(w.affected, QStringLiteral("The portal may be unavailable."));
        QCOMPARE(w.exdates,
                 (QList<LocalTime>{local("2026-01-14T00:00:00"), local("2026-01-21T00:00:00")}));
        // UNTIL in UTC, 23:30Z on the 27th, is 00:30 on the 28th in Paris: the 28th is the
        // last occurrence (read as a wall-clock time, 23:30 would have left it out).
        const MaintenanceExpander expander;
        const auto occurrences = expander.occurrences(w,
                                                      test::at("2026-01-01T00:00:00Z"),
                                                      test::at("2026-03-01T00:00:00Z"));
        QCOMPARE(occurrences.size(), std::size_t(2));
        QCOMPARE(formatInstant(occurrences.at(0).start), QStringLiteral("2026-01-06T23:00:00Z"));
        QCOMPARE(formatInstant(occurrences.at(1).start), QStringLiteral("2026-01-27T23:00:00Z"));
    }

    void textReadsWithoutSurroundingSpaceAndSoReadsBackTheSame()
    {
        // libical reads the unknown escape \i as a space: the title would begin with one, and
        // our own export of it would read back without (found by fuzzing).
        const QByteArray file = calendar(
            "BEGIN:VEVENT\nUID: a@x \nSUMMARY:\\indow\nLOCATION:NGP \\x\n"
            "DTSTART;TZID=Europe/Paris:20260107T000000\nDURATION:PT6H\n"
            "X-HOURGLASS-AFFECTED:\\iThe portal\nEND:VEVENT\n");
        const QList<MaintenanceWindow> windows = ICalendarFile::parse(QStringLiteral("x.ics"), file);
        QCOMPARE(windows.size(), 1);
        QCOMPARE(windows.constFirst().uid, QStringLiteral("a@x"));
        QCOMPARE(windows.constFirst().title, QStringLiteral("ndow"));
        QCOMPARE(windows.constFirst().platform, QStringLiteral("NGP"));
        QCOMPARE(windows.constFirst().affected, QStringLiteral("The portal"));
        const QByteArray written = ICalendarFile::write(windows, test::at("2026-01-01T00:00:00Z"));
        QCOMPARE(ICalendarFile::parse(QStringLiteral("again.ics"), written), windows);
    }

    void longLinesAreFoldedCleanly()
    {
        // libical folds a line whose length falls on a fold boundary with a stray carriage
        // return (found by fuzzing, a UID of 147 characters): at every length, each line of
        // ours ends in CRLF alone, holds at most 75 octets, and no fold splits a character.
        for (int length = 60; length <= 240; ++length) {
            QList<MaintenanceWindow> windows{sampleWindows().constLast()};
            windows[0].uid = QString(length, u'#');
            windows[0].title = QString(length / 2, u'é') + QString(length % 7, u'x');
            const QByteArray file = ICalendarFile::write(windows, test::at("2026-01-01T00:00:00Z"));
            QVERIFY(file.endsWith("\r\n"));
            for (const QByteArray &line : file.chopped(1).split('\n')) {
                QVERIFY2(line.endsWith('\r') && line.count('\r') == 1,
                         qPrintable(QStringLiteral("%1: %2").arg(length).arg(line)));
                QVERIFY2(line.size() - 1 <= 75, line.constData());
                QVERIFY(QString::fromUtf8(line).toUtf8() == line); // no character cut in two
            }
            QCOMPARE(ICalendarFile::parse(QStringLiteral("again.ics"), file), windows);
        }
    }

    void malformedFilesAreRefusedWithTheirLine_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("problem");
        const QByteArray good = "BEGIN:VEVENT\r\nUID:a@x\r\nSUMMARY:Window\r\n"
                                "DTSTART;TZID=Europe/Paris:20260107T000000\r\n"
                                "DTEND;TZID=Europe/Paris:20260107T060000\r\n"
                                "RRULE:FREQ=MONTHLY;BYDAY=1WE\r\nLOCATION:NUP\r\nEND:VEVENT\r\n";
        // Lines 1-3 are the calendar's; the event starts on line 4, its DTSTART on line 7.
        QByteArray badValue = good;
        badValue.replace("20260107T000000\r\nDTEND", "2026010\r\nDTEND");
        QTest::newRow("bad date-time") << calendar(badValue) << "line 7"
                                       << "DATE-TIME";
        QByteArray badRule = good;
        badRule.replace("BYDAY=1WE", "BYDAY=1WE;FREQ=DAILY;BYNOTHING=3");
        QTest::newRow("bad rule") << calendar(badRule) << "line 9"
                                  << "RRULE";
        // No month has an eighth Wednesday: libical would search thousands of years for one
        // (found by fuzzing).
        QByteArray noSuchDay = good;
        noSuchDay.replace("BYDAY=1WE", "BYDAY=8WE;COUNT=12");
        QTest::newRow("no such weekday") << calendar(noSuchDay) << "line 9"
                                         << "at most five of each weekday";
        QByteArray noSuchWeek = good;
        noSuchWeek.replace("FREQ=MONTHLY;BYDAY=1WE", "FREQ=YEARLY;BYDAY=-54MO");
        QTest::newRow("no such week of the year") << calendar(noSuchWeek) << "line 9"
                                                  << "at most 53";
        QByteArray unsynchronized = good;
        unsynchronized.replace("BYDAY=1WE", "BYDAY=2WE");
        QTest::newRow("start not on its rule") << calendar(unsynchronized) << "line 7"
                                               << "is not a date the rule";
        QByteArray zone = good;
        zone.replace("DTSTART;TZID=Europe/Paris", "DTSTART;TZID=Europe/Atlantis");
        QTest::newRow("unknown zone") << calendar(zone) << "line 7"
                                      << "Europe/Atlantis";
        QByteArray floating = good;
        floating.replace("DTSTART;TZID=Europe/Paris:", "DTSTART:");
        QTest::newRow("floating start") << calendar(floating) << "line 7"
                                        << "TZID";
        QByteArray farAway = good;
        farAway.replace("LOCATION:NUP", "LOCATION:NUP\r\nEXDATE;TZID=Europe/Paris:40520608T000000");
        QTest::newRow("year 4052") << calendar(farAway) << "line 11"
                                   << "4052-06-08";
        QByteArray noSummary = good;
        noSummary.replace("SUMMARY:Window\r\n", "");
        QTest::newRow("no summary") << calendar(noSummary) << "line 4"
                                    << "SUMMARY";
        QByteArray twice = good;
        twice.replace("UID:a@x\r\n", "UID:a@x\r\nUID:b@x\r\n");
        QTest::newRow("two UIDs") << calendar(twice) << "line 6"
                                  << "UID appears twice";
        QByteArray noEnd = good;
        noEnd.replace("DTEND;TZID=Europe/Paris:20260107T060000\r\n", "");
        QTest::newRow("no end") << calendar(noEnd) << "line 4"
                                << "DTEND";
        QTest::newRow("component never ends")
            << QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + good) << "line 1"
            << "never ends";
        QByteArray mismatched = good;
        mismatched.replace("END:VEVENT", "END:VTODO");
        QByteArray endWithParameter = good;
        endWithParameter.replace("END:VEVENT", "END;X-A=1:VEVENT");
        QTest::newRow("end with a parameter") << calendar(endWithParameter) << "line 11"
                                              << "END";
        QTest::newRow("mismatched end") << calendar(mismatched) << "line 11"
                                        << "END:VTODO";
        QTest::newRow("orphan override")
            << calendar(good
                        + "BEGIN:VEVENT\r\nUID:other@x\r\nSUMMARY:Moved\r\n"
                          "RECURRENCE-ID;TZID=Europe/Paris:20260204T000000\r\n"
                          "DTSTART;TZID=Europe/Paris:20260205T000000\r\n"
                          "DTEND;TZID=Europe/Paris:20260205T060000\r\nEND:VEVENT\r\n")
            << "line 12"
            << "RECURRENCE-ID";
        QTest::newRow("override of no occurrence")
            << calendar(good
                        + "BEGIN:VEVENT\r\nUID:a@x\r\nSUMMARY:Moved\r\n"
                          "RECURRENCE-ID;TZID=Europe/Paris:20260211T000000\r\n"
                          "DTSTART;TZID=Europe/Paris:20260212T000000\r\n"
                          "DTEND;TZID=Europe/Paris:20260212T060000\r\nEND:VEVENT\r\n")
            << "line 12"
            << "2026-02-11T00:00:00";
        QTest::newRow("second series with one UID") << calendar(good + good) << "line 12"
                                                    << "a second event";
        QByteArray control = good;
        control.replace("SUMMARY:Window", "SUMMARY:Win\x1b[2Jdow");
        QTest::newRow("control character") << calendar(control) << "line 6"
                                           << "control";
        QByteArray latin1 = good;
        latin1.replace("SUMMARY:Window", "SUMMARY:Fen\xeatre");
        QTest::newRow("not UTF-8") << calendar(latin1) << "line 6"
                                   << "UTF-8";
        QTest::newRow("unknown property") << calendar("FOO:bar\r\n" + good) << "line 4"
                                          << "libical cannot read this line";
        QTest::newRow("outside a calendar")
            << QByteArray(calendar(good) + "SUMMARY:stray\r\n") << "line 13"
            << "outside";
        QTest::newRow("empty") << QByteArray() << "line 1"
                               << "no VCALENDAR";
        QTest::newRow("not a calendar") << QByteArray("BEGIN:VEVENT\r\nEND:VEVENT\r\n") << "line 1"
                                        << "outside a VCALENDAR";
    }

    void malformedFilesAreRefusedWithTheirLine()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, line);
        QFETCH(QString, problem);
        try {
            const auto windows = ICalendarFile::parse(QStringLiteral("bad.ics"), file);
            QFAIL(qPrintable(QStringLiteral("accepted, %1 windows").arg(windows.size())));
        } catch (const InputError &error) {
            QCOMPARE(error.file(), QStringLiteral("bad.ics"));
            QCOMPARE(error.place(), line);
            QVERIFY2(error.problem().contains(problem), qPrintable(error.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestICalendarFile)
#include "tst_icalendarfile.moc"
