// The app shell: navigation by keyboard, status bar, saved state, language switch at run time.
#include "languagemanager.h"
#include "mainwindow.h"
#include "models/ticketqueuemodel.h"
#include "sla/explaintext.h"
#include "storage/demodata.h"
#include "storage/offlinejournal.h"
#include "storage/ticketwriter.h"
#include "testenvironment.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTest>

using namespace hourglass;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void showsDatabaseAndConnectionInStatusBar();
    void switchesViewsWithKeyboard();
    void placeholdersSayNotAvailableAndShowRealCounts();
    void restoresViewAndGeometry();
    void switchesLanguageWithoutRestart();
    void wordsDurationsAndWeekdaysFollowTheLanguage();
    void statusBarSaysOfflineWithWaitingEdits();
    void settingsTestsAConnection();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<LanguageManager> m_languages;
};

void TestMainWindow::initTestCase()
{
    test::isolateUserData();
    m_database = test::openTemporarySqlite(m_dir);
    DemoData::populate(*m_database, test::fixedNow);
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_languages = std::make_unique<LanguageManager>();
    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
}

void TestMainWindow::showsDatabaseAndConnectionInStatusBar()
{
    MainWindow window(*m_database, *m_languages);
    auto *database = window.findChild<QLabel *>(QStringLiteral("databaseLabel"));
    auto *connection = window.findChild<QLabel *>(QStringLiteral("connectionLabel"));
    QVERIFY(database && connection);
    QVERIFY(database->text().contains(m_dir.filePath(QStringLiteral("test.sqlite"))));
    QCOMPARE(connection->text(), QStringLiteral("Connected"));
}

void TestMainWindow::switchesViewsWithKeyboard()
{
    MainWindow window(*m_database, *m_languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    QCOMPARE(window.currentView(), MainWindow::Queue);
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.currentView(), MainWindow::Maintenance);
    QCOMPARE(pages->currentIndex(), int(MainWindow::Maintenance));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    navigation->setFocus();
    QTest::keyClick(navigation, Qt::Key_Down);
    QCOMPARE(window.currentView(), MainWindow::Dashboards);
}

void TestMainWindow::placeholdersSayNotAvailableAndShowRealCounts()
{
    MainWindow window(*m_database, *m_languages);
    const auto notices = window.findChildren<QLabel *>(QStringLiteral("placeholderNotice"));
    QCOMPARE(notices.size(), 5); // no engine given: the queue is a placeholder here too
    for (const QLabel *notice : notices)
        QVERIFY(notice->text().contains(QStringLiteral("not available yet")));
    const qint64 open = m_database->countRows(QStringLiteral("tickets"),
                                              QStringLiteral("status <> 'resolved'"));
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    const auto *facts = pages->widget(MainWindow::Queue)
                            ->findChild<QLabel *>(QStringLiteral("placeholderFacts"));
    QVERIFY(facts);
    QVERIFY2(facts->text().contains(QLocale().toString(open)), qPrintable(facts->text()));
}

void TestMainWindow::restoresViewAndGeometry()
{
    {
        MainWindow window(*m_database, *m_languages);
        window.show();
        window.resize(900, 640);
        window.showView(MainWindow::Expertise);
        window.close();
    }
    MainWindow again(*m_database, *m_languages);
    QCOMPARE(again.currentView(), MainWindow::Expertise);
    QCOMPARE(again.size(), QSize(900, 640));
}

void TestMainWindow::switchesLanguageWithoutRestart()
{
    MainWindow window(*m_database, *m_languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QCOMPARE(navigation->item(MainWindow::Maintenance)->text(), QStringLiteral("Maintenance"));
    window.showView(MainWindow::Settings);

    auto *box = window.findChild<QComboBox *>(QStringLiteral("languageBox"));
    QVERIFY(box);
    box->setFocus();
    const int french = box->findData(QStringLiteral("fr"));
    QVERIFY(french > 0);
    // Keyboard selection emits activated, as a person choosing in the list does.
    while (box->currentIndex() < french)
        QTest::keyClick(box, Qt::Key_Down);
    QCOMPARE(m_languages->effectiveLanguage(), QStringLiteral("fr"));
    QTRY_COMPARE(navigation->item(MainWindow::Queue)->text(), QStringLiteral("File d'attente"));
    QCOMPARE(window.windowTitle(), QStringLiteral("Hourglass"));
    auto *connection = window.findChild<QLabel *>(QStringLiteral("connectionLabel"));
    QCOMPARE(connection->text(), QStringLiteral("Connecté"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("fr"));

    m_languages->setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(navigation->item(MainWindow::Queue)->text(), QStringLiteral("Queue"));
}

void TestMainWindow::wordsDurationsAndWeekdaysFollowTheLanguage()
{
    using namespace std::chrono_literals;
    const Instant monday = fromEpoch(1773063000); // 2026-03-09 13:30 UTC
    const QString zone = QStringLiteral("America/New_York");
    QVERIFY(m_languages->setLanguage(QStringLiteral("fr")));
    const QChar nbsp(0x00a0);
    QCOMPARE(formatCompactDuration(2h + 14min), QStringLiteral("2%1h 14%1min").arg(nbsp));
    QCOMPARE(formatCompactDuration(76h), QStringLiteral("3%1j 4%1h").arg(nbsp));
    QCOMPARE(TicketQueueModel::formatRemaining(-12 * 60),
             QStringLiteral("en retard de 12%1min").arg(nbsp));
    QCOMPARE(formatLocal(monday, zone, QLocale()), QStringLiteral("lun. 2026-03-09 09:30 EDT"));
    QCOMPARE(ExplainText::statusName(QStringLiteral("waiting-customer")),
             QStringLiteral("En attente du client"));
    TicketEvent created{monday, TicketEvent::Kind::Created, QStringLiteral("p2"), {}, {}, 0, {}};
    created.channel = QStringLiteral("email");
    QCOMPARE(ExplainText::eventText(created), QStringLiteral("Créé (sévérité p2, via email)"));
    // The command line's form stays English whatever the language.
    QCOMPARE(formatLocal(monday, zone), QStringLiteral("Mon 2026-03-09 09:30 EDT"));

    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
    QCOMPARE(formatCompactDuration(2h + 14min), QStringLiteral("2h 14m"));
    QCOMPARE(TicketQueueModel::formatRemaining(-12 * 60), QStringLiteral("overdue 12m"));
    QCOMPARE(formatLocal(monday, zone, QLocale()), QStringLiteral("Mon 2026-03-09 09:30 EDT"));
    QCOMPARE(ExplainText::statusName(QStringLiteral("waiting-customer")),
             QStringLiteral("Waiting on customer"));
    QCOMPARE(ExplainText::eventText(created), QStringLiteral("Created (severity p2, by email)"));
}

void TestMainWindow::statusBarSaysOfflineWithWaitingEdits()
{
    // A journal left by a run that lost its database: two edits wait.
    const QString journal = m_dir.filePath(QStringLiteral("waiting.jsonl"));
    {
        OfflineJournal seed(journal);
        JournalEntry entry;
        entry.ticketId = 1;
        entry.expectedVersion = 1;
        entry.change.title = QStringLiteral("offline");
        entry.actor = QStringLiteral("mlefebvre");
        seed.append(entry);
        seed.append(entry);
    }
    TicketWriter writer(DatabaseUrl::parse(QStringLiteral(
                            "postgresql://nobody@127.0.0.1:1/none?connect_timeout=1")),
                        journal,
                        QStringLiteral("mlefebvre"));
    ConsoleServices services;
    services.writer = &writer;
    MainWindow window(*m_database, *m_languages, services);
    auto *connection = window.findChild<QLabel *>(QStringLiteral("connectionLabel"));
    QCOMPARE(connection->text(), QStringLiteral("Offline: 2 edits waiting"));
    m_languages->setLanguage(QStringLiteral("fr"));
    QTRY_COMPARE(connection->text(), QStringLiteral("Hors ligne : 2 modifications en attente"));
    m_languages->setLanguage(QStringLiteral("en"));
}

void TestMainWindow::settingsTestsAConnection()
{
    MainWindow window(*m_database, *m_languages);
    window.show();
    window.showView(MainWindow::Settings);
    auto *edit = window.findChild<QLineEdit *>(QStringLiteral("databaseUrlEdit"));
    auto *test = window.findChild<QPushButton *>(QStringLiteral("testConnectionButton"));
    auto *use = window.findChild<QPushButton *>(QStringLiteral("useDatabaseButton"));
    auto *result = window.findChild<QLabel *>(QStringLiteral("connectionResult"));
    QVERIFY(edit && test && use && result);

    edit->setText(QStringLiteral("mysql://db/support"));
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY2(result->text().contains(QStringLiteral("unsupported scheme")),
             qPrintable(result->text()));

    edit->clear();
    QTest::keyClicks(edit,
                     QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("test.sqlite")));
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY2(result->text().contains(QStringLiteral("schema version 2")),
             qPrintable(result->text()));

    edit->setText(QStringLiteral("postgresql://nobody@127.0.0.1:1/none?connect_timeout=1"));
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY2(result->text().contains(QStringLiteral("cannot connect")), qPrintable(result->text()));

    QTest::mouseClick(use, Qt::LeftButton);
    QCOMPARE(QSettings().value(QStringLiteral("database/url")).toString(), edit->text());
    QVERIFY(result->text().contains(QStringLiteral("next start")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
