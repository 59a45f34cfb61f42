// One date format for people: the locale's short date with the whole year and its short
// time, in the viewer's zone or a calendar's, in English and in French.
#include "time/datetext.h"

#include <QTest>

#include <ctime>

using namespace hourglass;

class TestDateText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void inACalendarsZone_data();
    void inACalendarsZone();
    void inTheViewersZone();
    void patternHasTheWholeYear();
};

namespace {

const Instant monday = fromEpoch(1773063000); // 2026-03-09T13:30:00Z, 09:30 in New York

QLocale english()
{
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

QLocale french()
{
    return QLocale(QLocale::French, QLocale::France);
}

// Qt 6.4's CLDR puts a narrow no-break space before AM/PM; either space reads the same.
QString plainSpaces(QString text)
{
    return text.replace(QChar(0x202f), u' ').replace(QChar(0x00a0), u' ');
}

} // namespace

void TestDateText::initTestCase()
{
    // The viewer's zone is the system's: fixed here, so the test never depends on the machine.
    qputenv("TZ", "Europe/Paris");
    tzset();
}

void TestDateText::inACalendarsZone_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("text");
    QTest::newRow("New York, English")
        << "America/New_York" << english() << QStringLiteral("Mon 3/9/2026 9:30 AM EDT");
    QTest::newRow("New York, French")
        << "America/New_York" << french() << QStringLiteral("lun. 09/03/2026 09:30 EDT");
    QTest::newRow("Paris, French")
        << "Europe/Paris" << french() << QStringLiteral("lun. 09/03/2026 14:30 CET");
    QTest::newRow("UTC, English") << "UTC" << english()
                                  << QStringLiteral("Mon 3/9/2026 1:30 PM UTC");
}

void TestDateText::inACalendarsZone()
{
    QFETCH(QString, zone);
    QFETCH(QLocale, locale);
    QFETCH(QString, text);
    QCOMPARE(plainSpaces(DateText::inZone(monday, zone, locale)), text);
}

void TestDateText::inTheViewersZone()
{
    QCOMPARE(plainSpaces(DateText::inViewerZone(monday, french())),
             QStringLiteral("lun. 09/03/2026 14:30"));
    QCOMPARE(plainSpaces(DateText::inViewerZone(monday, english())),
             QStringLiteral("Mon 3/9/2026 2:30 PM"));
    // Across the viewer's own daylight-saving change (Paris, 29 March 2026).
    QCOMPARE(plainSpaces(DateText::inViewerZone(fromEpoch(1774789200), french())),
             QStringLiteral("dim. 29/03/2026 15:00"));
}

void TestDateText::patternHasTheWholeYear()
{
    for (const QLocale &locale : {english(), french()}) {
        const QString pattern = DateText::pattern(locale);
        QVERIFY2(pattern.contains(QStringLiteral("yyyy")), qPrintable(pattern));
        QVERIFY2(pattern.startsWith(QStringLiteral("ddd ")), qPrintable(pattern));
    }
}

QTEST_GUILESS_MAIN(TestDateText)
#include "tst_datetext.moc"
