// Instants and durations as text: ISO 8601 in and out, policy durations, times of day.
#include "time/durationtext.h"
#include "time/instant.h"

#include <QTest>

#include <limits>

using namespace hourglass;
using namespace std::chrono_literals;

class TestInstant : public QObject
{
    Q_OBJECT

private slots:
    void parsesIso8601_data();
    void parsesIso8601();
    void formatsRoundTrip();
    void formatsEveryRepresentableInstant_data();
    void formatsEveryRepresentableInstant();
    void durations_data();
    void durations();
    void timesOfDay();
    void compactDurations();
};

void TestInstant::parsesIso8601_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("epoch"); // -1: refused
    QTest::newRow("Z") << "2026-03-09T13:30:00Z" << qint64(1773063000);
    QTest::newRow("no seconds") << "2026-03-09T13:30Z" << qint64(1773063000);
    QTest::newRow("offset") << "2026-03-09T09:30:00-04:00" << qint64(1773063000);
    QTest::newRow("offset no colon") << "2026-03-09T14:30:00+0100" << qint64(1773063000);
    QTest::newRow("space") << "2026-03-09 13:30:00Z" << qint64(1773063000);
    QTest::newRow("no zone") << "2026-03-09T13:30:00" << qint64(-1);
    QTest::newRow("bad day") << "2026-02-30T13:30:00Z" << qint64(-1);
    QTest::newRow("bad hour") << "2026-03-09T24:00:00Z" << qint64(-1);
    QTest::newRow("trailing") << "2026-03-09T13:30:00Zx" << qint64(-1);
    QTest::newRow("short") << "2026-3-9T13:30:00Z" << qint64(-1);
    QTest::newRow("empty") << "" << qint64(-1);
}

void TestInstant::parsesIso8601()
{
    QFETCH(QString, text);
    QFETCH(qint64, epoch);
    const auto parsed = parseInstant(text);
    if (epoch < 0) {
        QVERIFY(!parsed);
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(toEpoch(*parsed), epoch);
}

void TestInstant::formatsRoundTrip()
{
    for (qint64 t : {qint64(0), qint64(1773063000), qint64(-86401), qint64(13569465599)}) {
        const QString text = formatInstant(fromEpoch(t));
        QCOMPARE(toEpoch(*parseInstant(text)), t);
    }
    QCOMPARE(formatInstant(fromEpoch(1773063000)), QStringLiteral("2026-03-09T13:30:00Z"));
    QCOMPARE(formatLocal(fromEpoch(1773063000), QStringLiteral("America/New_York")),
             QStringLiteral("Mon 2026-03-09 09:30 EDT"));
}

void TestInstant::formatsEveryRepresentableInstant_data()
{
    QTest::addColumn<qint64>("epoch");
    QTest::addColumn<QString>("text");
    QTest::newRow("int64 max") << std::numeric_limits<qint64>::max()
                               << "+292277026596-12-04T15:30:07Z";
    QTest::newRow("int64 min") << std::numeric_limits<qint64>::min()
                               << "-292277022657-01-27T08:29:52Z";
    QTest::newRow("last of 9999") << qint64(253402300799) << "9999-12-31T23:59:59Z";
    QTest::newRow("first of 10000") << qint64(253402300800) << "+10000-01-01T00:00:00Z";
    QTest::newRow("first of year 1") << qint64(-62135596800) << "0001-01-01T00:00:00Z";
    QTest::newRow("first of year 0") << qint64(-62167219200) << "0000-01-01T00:00:00Z";
    QTest::newRow("last of year -1") << qint64(-62167219201) << "-0001-12-31T23:59:59Z";
    QTest::newRow("before the epoch") << qint64(-1) << "1969-12-31T23:59:59Z";
}

void TestInstant::formatsEveryRepresentableInstant()
{
    // The years a 16-bit date::year cannot hold used to wrap, and a text longer than the
    // buffer was read past its end.
    QFETCH(qint64, epoch);
    QFETCH(QString, text);
    const QString formatted = formatInstant(fromEpoch(epoch));
    QCOMPARE(formatted, text);
    QVERIFY(!formatted.contains(QChar(0)));
    if (!text.startsWith(u'+') && !text.startsWith(u'-'))
        QCOMPARE(toEpoch(*parseInstant(formatted)), epoch);
}

void TestInstant::durations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("seconds"); // -1: refused
    QTest::newRow("hours") << "2h" << qint64(7200);
    QTest::newRow("minutes") << "30m" << qint64(1800);
    QTest::newRow("mixed") << "4h30m" << qint64(16200);
    QTest::newRow("days") << "1d2h" << qint64(93600);
    QTest::newRow("seconds") << "90s" << qint64(90);
    QTest::newRow("zero") << "0" << qint64(0);
    QTest::newRow("negative") << "-2h" << qint64(-1);
    QTest::newRow("order") << "30m2h" << qint64(-1);
    QTest::newRow("unit") << "2 hours" << qint64(-1);
    QTest::newRow("empty") << "" << qint64(-1);
}

void TestInstant::durations()
{
    QFETCH(QString, text);
    QFETCH(qint64, seconds);
    const auto parsed = parseDuration(text);
    if (seconds < 0) {
        QVERIFY(!parsed);
        return;
    }
    QCOMPARE(parsed->count(), seconds);
    QCOMPARE(parseDuration(formatDuration(*parsed))->count(), seconds);
}

void TestInstant::timesOfDay()
{
    QCOMPARE(parseTimeOfDay(QStringLiteral("00:00")), 0);
    QCOMPARE(parseTimeOfDay(QStringLiteral("24:00")), 1440);
    QCOMPARE(parseTimeOfDay(QStringLiteral("17:59")), 1079);
    QVERIFY(!parseTimeOfDay(QStringLiteral("24:01")));
    QVERIFY(!parseTimeOfDay(QStringLiteral("12:60")));
    QVERIFY(!parseTimeOfDay(QStringLiteral("9:00")));
    QCOMPARE(formatTimeOfDay(545), QStringLiteral("09:05"));
}

void TestInstant::compactDurations()
{
    QCOMPARE(formatCompactDuration(2h + 14min), QStringLiteral("2h 14m"));
    QCOMPARE(formatCompactDuration(76h), QStringLiteral("3d 4h"));
    QCOMPARE(formatCompactDuration(4h), QStringLiteral("4h"));
    QCOMPARE(formatCompactDuration(12min + 5s), QStringLiteral("12m"));
    QCOMPARE(formatCompactDuration(45s), QStringLiteral("45s"));
    QCOMPARE(formatCompactDuration(-12min), QStringLiteral("-12m"));
    QCOMPARE(formatCompactDuration(0s), QStringLiteral("0s"));
    QCOMPARE(formatCompactDuration(26h + 30min), QStringLiteral("1d 2h"));
    // Exact, for targets: every unit, zeros left out.
    QCOMPARE(formatCompactDuration(26h + 30min, 4), QStringLiteral("1d 2h 30m"));
    QCOMPARE(formatCompactDuration(24h + 5s, 4), QStringLiteral("1d 5s"));
    QCOMPARE(formatCompactDuration(4h + 30min, 4), QStringLiteral("4h 30m"));
}

QTEST_GUILESS_MAIN(TestInstant)
#include "tst_instant.moc"
