// The batch reader refuses a whole file at its first bad line, naming the line, before any
// arithmetic; what it accepts the calendars can answer.
#include "io/calendarbatch.h"
#include "io/inputerror.h"

#include <QTest>

using namespace hourglass;

class TestCalendarBatch : public QObject
{
    Q_OBJECT

private slots:
    void readsAddAndBetweenLines();
    void refusesABadLineNamingIt_data();
    void refusesABadLineNamingIt();
    void quotesAShortExcerptOfALongToken();
    void refusesAReachBeyondTheYearsBeforeAnyArithmetic();
};

void TestCalendarBatch::readsAddAndBetweenLines()
{
    const auto adds
        = CalendarBatch::parse(QStringLiteral("b"),
                               "2026-03-06T15:00:00Z 3600\n 2026-03-07T00:00:00Z  60 \n",
                               CalendarBatch::Kind::Add);
    QCOMPARE(adds.size(), std::size_t(2));
    QCOMPARE(adds[0].line, 1);
    QCOMPARE(formatInstant(adds[0].from), QStringLiteral("2026-03-06T15:00:00Z"));
    QCOMPARE(adds[0].seconds, 3600);
    QCOMPARE(adds[1].line, 2);
    QCOMPARE(adds[1].seconds, 60);

    const auto betweens = CalendarBatch::parse(QStringLiteral("b"),
                                               "2026-03-06T15:00:00Z 2026-03-09T15:00:00+01:00",
                                               CalendarBatch::Kind::Between);
    QCOMPARE(betweens.size(), std::size_t(1));
    QCOMPARE(formatInstant(betweens[0].to), QStringLiteral("2026-03-09T14:00:00Z"));
}

void TestCalendarBatch::refusesABadLineNamingIt_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("add");
    QTest::addColumn<QString>("message");
    const QByteArray good = "2026-03-06T15:00:00Z 60\n";
    QTest::newRow("no space") << good + "2026-03-06T15:00:00Z" << true
                              << QStringLiteral("b: line 2: expected \"FROM SECONDS\"");
    QTest::newRow("NUL") << good
                                + QByteArray("2026-03-06T15:00:00Z 6\0"
                                             "0",
                                             25)
                         << true << QStringLiteral("b: line 2: contains a NUL byte");
    QTest::newRow("invalid UTF-8") << good + "2026-03-06T15:00:00Z \xff\xfe" << true
                                   << QStringLiteral("b: line 2: is not UTF-8 text");
    // A sequence cut off by the line's end was once held back as incomplete, not refused.
    QTest::newRow("cut-off UTF-8 at the line's end")
        << good + "2026-03-06T15:00:00Z 60\xc3\n"
        << true << QStringLiteral("b: line 2: is not UTF-8 text");
    QTest::newRow("seconds past int64") << good + "2026-03-06T15:00:00Z 9223372036854775808" << true
                                        << QStringLiteral("b: line 2: \"9223372036854775808\" is "
                                                          "not a whole number of seconds");
    // Read as the command line reads --seconds (parseWholeNumber): QString::toLongLong took
    // a '+' and spaces inside the token.
    QTest::newRow("plus sign") << good + "2026-03-06T15:00:00Z +60" << true
                               << QStringLiteral("b: line 2: \"+60\" is not a whole number of "
                                                 "seconds");
    QTest::newRow("hex") << good + "2026-03-06T15:00:00Z 0x10" << true
                         << QStringLiteral("b: line 2: \"0x10\" is not a whole number of "
                                           "seconds");
    QTest::newRow("space inside the number") << good + "2026-03-06T15:00:00Z - 60" << true
                                             << QStringLiteral("b: line 2: \"- 60\" is not a "
                                                               "whole number of seconds");
    QTest::newRow("not an instant") << good + "tomorrow 60" << true
                                    << QStringLiteral("b: line 2: \"tomorrow\" is not an ISO "
                                                      "8601 instant with a zone");
    QTest::newRow("between, bad second")
        << QByteArray("2026-03-06T15:00:00Z 2026-13-01T00:00:00Z") << false
        << QStringLiteral("b: line 1: \"2026-13-01T00:00:00Z\" "
                          "is not an ISO 8601 instant with a zone");
}

void TestCalendarBatch::refusesABadLineNamingIt()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, add);
    QFETCH(QString, message);
    try {
        CalendarBatch::parse(QStringLiteral("b"),
                             bytes,
                             add ? CalendarBatch::Kind::Add : CalendarBatch::Kind::Between);
        QFAIL("accepted");
    } catch (const InputError &error) {
        QCOMPARE(error.message(), message);
    }
}

void TestCalendarBatch::quotesAShortExcerptOfALongToken()
{
    const QByteArray token(100000, 'x');
    try {
        CalendarBatch::parse(QStringLiteral("b"), token + " 60", CalendarBatch::Kind::Add);
        QFAIL("accepted");
    } catch (const InputError &error) {
        QVERIFY2(error.message().size() < 120, qPrintable(error.message()));
    }
}

void TestCalendarBatch::refusesAReachBeyondTheYearsBeforeAnyArithmetic()
{
    for (const QByteArray &amount :
         {QByteArray("9223372036854775807"), QByteArray("-9223372036854775808")}) {
        try {
            CalendarBatch::parse(QStringLiteral("b"),
                                 "2026-03-06T15:00:00Z " + amount,
                                 CalendarBatch::Kind::Add);
            QFAIL("accepted");
        } catch (const InputError &error) {
            QCOMPARE(error.place(), QStringLiteral("line 1"));
            QVERIFY2(error.problem().contains(QLatin1String("reach beyond the years")),
                     qPrintable(error.message()));
        }
    }
}

QTEST_GUILESS_MAIN(TestCalendarBatch)
#include "tst_calendarbatch.moc"
