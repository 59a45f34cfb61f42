// Maintenance rules in plain words, English and French: the seeds' rules, daily and weekly
// rules, intervals, and the raw rule for what the words cannot say.
#include "maintenance/maintenancepresets.h"
#include "maintenance/recurrencetext.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace hourglass;

class TestRecurrenceText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rulesInWords_data();
    void rulesInWords();
    void windowsWithTheirTimes();
    void whatTheWordsCannotSayIsShownAsWritten();

private:
    void setFrench(bool french);

    QTranslator m_english; // English is the source; its .qm carries the plural forms
    QTranslator m_french;
};

void TestRecurrenceText::initTestCase()
{
    // The translations the console ships, compiled by lrelease next to this build.
    QVERIFY2(m_english.load(QStringLiteral(HOURGLASS_QM_DIR "/hourglass_en.qm")),
             HOURGLASS_QM_DIR "/hourglass_en.qm");
    QVERIFY2(m_french.load(QStringLiteral(HOURGLASS_QM_DIR "/hourglass_fr.qm")),
             HOURGLASS_QM_DIR "/hourglass_fr.qm");
    setFrench(false);
}

void TestRecurrenceText::setFrench(bool french)
{
    QCoreApplication::removeTranslator(&m_english);
    QCoreApplication::removeTranslator(&m_french);
    QCoreApplication::installTranslator(french ? &m_french : &m_english);
}

void TestRecurrenceText::rulesInWords_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("french");
    QTest::newRow("saturdays") << "FREQ=WEEKLY;BYDAY=SA"
                               << "every Saturday"
                               << "tous les samedis";
    QTest::newRow("two weekdays") << "FREQ=WEEKLY;BYDAY=MO,TH"
                                  << "every Monday and Thursday"
                                  << "tous les lundis et jeudis";
    QTest::newRow("first wednesday") << "FREQ=MONTHLY;BYDAY=1WE"
                                     << "the first Wednesday of every month"
                                     << "le premier mercredi de chaque mois";
    QTest::newRow("last three wednesdays") << "FREQ=MONTHLY;BYDAY=-1WE,-2WE,-3WE"
                                           << "the last three Wednesdays of every month"
                                           << "les trois derniers mercredis de chaque mois";
    QTest::newRow("second to last friday") << "FREQ=MONTHLY;BYDAY=-2FR"
                                           << "the second to last Friday of every month"
                                           << "l’avant-dernier vendredi de chaque mois";
    QTest::newRow("first and third") << "FREQ=MONTHLY;BYDAY=3TU,1TU"
                                     << "the first and third Tuesdays of every month"
                                     << "les premier et troisième mardis de chaque mois";
    QTest::newRow("daily") << "FREQ=DAILY"
                           << "every day"
                           << "chaque jour";
    QTest::newRow("every other day") << "FREQ=DAILY;INTERVAL=2"
                                     << "every 2 days"
                                     << "tous les 2 jours";
    QTest::newRow("every other week") << "FREQ=WEEKLY;INTERVAL=2;BYDAY=SU"
                                      << "every 2 weeks on Sunday"
                                      << "toutes les 2 semaines, le dimanche";
    QTest::newRow("every other month") << "FREQ=MONTHLY;INTERVAL=2;BYDAY=1WE"
                                       << "the first Wednesday of every 2 months"
                                       << "le premier mercredi, tous les 2 mois";
    QTest::newRow("day of the month") << "FREQ=MONTHLY;BYMONTHDAY=15"
                                      << "day 15 of every month"
                                      << "le 15 de chaque mois";
}

void TestRecurrenceText::rulesInWords()
{
    QFETCH(QString, rule);
    QFETCH(QString, english);
    QFETCH(QString, french);
    setFrench(false);
    QCOMPARE(RecurrenceText::describeRule(rule), english);
    setFrench(true);
    QCOMPARE(RecurrenceText::describeRule(rule), french);
    setFrench(false);
}

void TestRecurrenceText::windowsWithTheirTimes()
{
    const QList<MaintenanceWindow> presets = MaintenancePresets::all();
    setFrench(false);
    QCOMPARE(RecurrenceText::describe(presets.at(0)),
             QStringLiteral("the first Wednesday of every month, 00:00–06:00 Paris time"));
    QCOMPARE(RecurrenceText::describe(presets.at(2)),
             QStringLiteral("every Saturday, 07:00–09:00 New York time"));
    setFrench(true);
    QCOMPARE(RecurrenceText::describe(presets.at(0)),
             QStringLiteral(
                 "le premier mercredi de chaque mois, de 00:00 à 06:00, heure de Paris"));
    QCOMPARE(RecurrenceText::describe(presets.at(1)),
             QStringLiteral("les trois derniers mercredis de chaque mois, de 00:00 à 06:00, heure "
                            "de Paris"));
    // A weekly rule without BYDAY repeats the first start's weekday (Saturday 2025-01-04).
    MaintenanceWindow weekly = presets.at(2);
    weekly.rrule = QStringLiteral("FREQ=WEEKLY");
    weekly.length = std::chrono::hours{30};
    QCOMPARE(RecurrenceText::describe(weekly),
             QStringLiteral("tous les samedis, à partir de 07:00 pendant 30 heures, heure de "
                            "New York"));
    setFrench(false);
    QCOMPARE(RecurrenceText::describe(weekly),
             QStringLiteral("every Saturday, from 07:00 for 30 hours, New York time"));
}

void TestRecurrenceText::whatTheWordsCannotSayIsShownAsWritten()
{
    setFrench(false);
    for (const char *rule : {"FREQ=MONTHLY;BYDAY=1WE;COUNT=3",
                             "FREQ=MONTHLY;BYDAY=1WE,1TH",
                             "FREQ=MONTHLY;BYDAY=WE;BYSETPOS=2",
                             "FREQ=YEARLY;BYMONTH=1",
                             "FREQ=WEEKLY;BYDAY=SA;UNTIL=20270101T000000Z",
                             "FREQ=NEVER",
                             "not a rule"}) {
        const QString text = QString::fromLatin1(rule);
        QCOMPARE(RecurrenceText::describeRule(text), QStringLiteral("by the rule ") + text);
    }
    setFrench(true);
    QCOMPARE(RecurrenceText::describeRule(QStringLiteral("FREQ=YEARLY;BYMONTH=1")),
             QStringLiteral("selon la règle FREQ=YEARLY;BYMONTH=1"));
    setFrench(false);
}

QTEST_GUILESS_MAIN(TestRecurrenceText)
#include "tst_recurrencetext.moc"
