// The app shell: navigation by keyboard, status bar, saved state, language switch at run time.
#include "consolepages.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "models/ticketqueuemodel.h"
#include "queuepage.h"
#include "queueview.h"
#include "settingsview.h"
#include "sla/explaintext.h"
#include "sla/presetpolicies.h"
#include "storage/demodata.h"
#include "storage/migrations.h"
#include "storage/offlinejournal.h"
#include "storage/sqlcustomerdirectory.h"
#include "storage/sqldatabasesummary.h"
#include "storage/sqlticketrepository.h"
#include "storage/storageerror.h"
#include "testenvironment.h"
#include "tickets/ticketservice.h"
#include "ticketstack.h"
#include "time/clock.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

#include <memory>
#include <stdexcept>

using namespace hourglass;

namespace {

// A database that cannot be read: what a placeholder shows then.
class UnreadableSummary final : public DatabaseSummary
{
public:
    int schemaVersion() override { fail(); }
    QList<TableCount> tableCounts() override { fail(); }
    qint64 ticketCount() override { fail(); }
    qint64 openTicketCount() override { fail(); }
    qint64 ticketEventCount() override { fail(); }
    qint64 customerCount() override { fail(); }
    qint64 onCallRotationCount() override { fail(); }
    qint64 onCallMemberCount() override { fail(); }
    qint64 maintenanceWindowCount() override { fail(); }
    qint64 expertiseEntryCount() override { fail(); }
    bool holdsData() override { fail(); }

private:
    [[noreturn]] static void fail() { throw StorageError(QStringLiteral("gone")); }
};

// A page of a test registry: a label named after its id, so a test can tell pages apart.
PageEntry testPage(const QString &id, const std::shared_ptr<QString> &suffix, QKeySequence shortcut)
{
    PageEntry entry;
    entry.id = id;
    entry.title = [id, suffix]() -> QString {
        return id.toUpper() + *suffix;
    };
    entry.shortcut = shortcut;
    entry.factory = [id](QWidget *parent, const PageContext &) -> QWidget * {
        auto *label = new QLabel(id, parent);
        label->setObjectName(id + QLatin1String("Page"));
        return label;
    };
    return entry;
}

QMenu *menuTitled(QMainWindow &window, const QString &title)
{
    for (QAction *action : window.menuBar()->actions()) {
        if (action->menu() && action->text() == title)
            return action->menu();
    }
    return nullptr;
}

QStringList navigationTexts(QMainWindow &window)
{
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QStringList texts;
    for (int row = 0; row < navigation->count(); ++row)
        texts.append(navigation->item(row)->text());
    return texts;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void settingsOffersTheDatabasesPeopleAsProfiles();
    void showsDatabaseAndConnectionInStatusBar();
    void switchesViewsWithKeyboard();
    void consolePagesAreTheSixViews();
    void registryRefusesRepeatedOrEmptyIds();
    void navigationAndMenusFollowTheRegistry();
    void placeholdersSayNotAvailableAndShowRealCounts();
    void placeholderSaysWhenTheDatabaseCannotBeRead();
    void restoresViewAndGeometry();
    void restoresViewByIdWhenPagesMove();
    void unknownSavedViewFallsBackToFirstPage_data();
    void unknownSavedViewFallsBackToFirstPage();
    void switchesLanguageWithoutRestart();
    void wordsDurationsAndWeekdaysFollowTheLanguage();
    void statusBarSaysOfflineWithWaitingEdits();
    void statusBarFollowsTheSession();
    void settingsTestsAConnection();
    void fitsA1280By800ScreenWithoutSideScroll();

private:
    std::unique_ptr<MainWindow> newWindow(const PageRegistry &pages = consolePages(),
                                          const ConsoleServices &services = {});

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SqlDatabaseSummary> m_summary;
    std::unique_ptr<LanguageManager> m_languages;
};

std::unique_ptr<MainWindow> TestMainWindow::newWindow(const PageRegistry &pages,
                                                      const ConsoleServices &services)
{
    return std::make_unique<MainWindow>(pages,
                                        m_database->url().toString(),
                                        *m_summary,
                                        *m_languages,
                                        services);
}

void TestMainWindow::initTestCase()
{
    test::isolateUserData();
    m_database = test::openTemporarySqlite(m_dir);
    DemoData::populate(*m_database, test::fixedNow);
    m_summary = std::make_unique<SqlDatabaseSummary>(*m_database);
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_languages = std::make_unique<LanguageManager>();
    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
}

void TestMainWindow::showsDatabaseAndConnectionInStatusBar()
{
    const auto window = newWindow();
    auto *database = window->findChild<QLabel *>(QStringLiteral("databaseLabel"));
    auto *connection = window->findChild<QLabel *>(QStringLiteral("connectionLabel"));
    QVERIFY(database && connection);
    QVERIFY(database->text().contains(m_dir.filePath(QStringLiteral("test.sqlite"))));
    QCOMPARE(connection->text(), QStringLiteral("Connected"));
}

void TestMainWindow::switchesViewsWithKeyboard()
{
    const auto window = newWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto *pages = window->findChild<QStackedWidget *>(QStringLiteral("pages"));
    QCOMPARE(window->currentViewId(), QStringLiteral("queue"));
    QTest::keyClick(window.get(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(window->currentViewId(), QStringLiteral("maintenance"));
    QCOMPARE(pages->currentWidget(), window->page(QStringLiteral("maintenance")));
    auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
    navigation->setFocus();
    QTest::keyClick(navigation, Qt::Key_Down);
    QCOMPARE(window->currentViewId(), QStringLiteral("dashboards"));
    QTest::keyClick(window.get(), Qt::Key_7, Qt::ControlModifier);
    QCOMPARE(window->currentViewId(), QStringLiteral("settings"));
}

void TestMainWindow::consolePagesAreTheSixViews()
{
    const PageRegistry pages = consolePages();
    QCOMPARE(pages.ids(),
             QStringList(
                 {"queue", "oncall", "desk", "maintenance", "dashboards", "expertise", "settings"}));
    for (qsizetype i = 0; i < pages.size(); ++i) {
        QCOMPARE(pages.at(i).shortcut, QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        QVERIFY(!pages.at(i).title().isEmpty());
    }
    QCOMPARE(pages.indexOf(QStringLiteral("expertise")), 5);
    QCOMPARE(pages.indexOf(QStringLiteral("admin")), -1);
}

void TestMainWindow::registryRefusesRepeatedOrEmptyIds()
{
    const auto suffix = std::make_shared<QString>();
    PageRegistry pages;
    pages.add(testPage(QStringLiteral("alpha"), suffix, {}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             pages.add(testPage(QStringLiteral("alpha"), suffix, {})));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             pages.insert(0, testPage(QString(), suffix, {})));
    PageEntry untitled = testPage(QStringLiteral("beta"), suffix, {});
    untitled.title = nullptr;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, pages.add(untitled));
    QCOMPARE(pages.ids(), QStringList({"alpha"}));
}

void TestMainWindow::navigationAndMenusFollowTheRegistry()
{
    const auto suffix = std::make_shared<QString>();
    PageRegistry pages;
    pages.add(testPage(QStringLiteral("alpha"), suffix, QKeySequence(Qt::CTRL | Qt::Key_7)));
    pages.add(testPage(QStringLiteral("gamma"), suffix, QKeySequence(Qt::CTRL | Qt::Key_9)));
    PageEntry beta = testPage(QStringLiteral("beta"), suffix, QKeySequence(Qt::CTRL | Qt::Key_8));
    beta.menuTitle = [suffix]() -> QString {
        return QStringLiteral("&Beta tools") + *suffix;
    };
    beta.menuActions = [](QWidget *page) {
        auto *action = new QAction(QStringLiteral("Polish"), page);
        action->setObjectName(QStringLiteral("polishAction"));
        return QList<QAction *>{action};
    };
    pages.insert(1, beta);

    const auto window = newWindow(pages);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QCOMPARE(navigationTexts(*window), QStringList({"ALPHA", "BETA", "GAMMA"}));
    auto *stack = window->findChild<QStackedWidget *>(QStringLiteral("pages"));
    QCOMPARE(stack->count(), 3);
    QCOMPARE(stack->widget(1)->objectName(), QStringLiteral("betaPage"));
    QCOMPARE(window->page(QStringLiteral("gamma"))->objectName(), QStringLiteral("gammaPage"));
    QCOMPARE(window->page(QStringLiteral("queue")), nullptr);

    QMenu *view = menuTitled(*window, QStringLiteral("&View"));
    QVERIFY(view);
    const QList<QAction *> actions = view->actions();
    QCOMPARE(actions.size(), 3);
    QCOMPARE(actions.at(1)->text(), QStringLiteral("BETA"));
    QCOMPARE(actions.at(1)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_8));
    QCOMPARE(actions.at(2)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_9));

    // Only the page that has actions of its own gets a menu, between View and Help.
    QMenu *tools = menuTitled(*window, QStringLiteral("&Beta tools"));
    QVERIFY(tools);
    QCOMPARE(tools->actions().size(), 1);
    QCOMPARE(tools->actions().at(0)->objectName(), QStringLiteral("polishAction"));
    QCOMPARE(window->menuBar()->actions().size(), 4); // File, View, Beta tools, Help
    QVERIFY(!menuTitled(*window, QStringLiteral("&Ticket")));

    QCOMPARE(window->currentViewId(), QStringLiteral("alpha"));
    QTest::keyClick(window.get(), Qt::Key_9, Qt::ControlModifier);
    QCOMPARE(window->currentViewId(), QStringLiteral("gamma"));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("gammaPage"));
    actions.at(1)->trigger();
    QCOMPARE(window->currentViewId(), QStringLiteral("beta"));
    QVERIFY(!window->showView(QStringLiteral("queue")));
    QCOMPARE(window->currentViewId(), QStringLiteral("beta"));

    // Titles are asked again on a language change.
    *suffix = QStringLiteral(" (fr)");
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(window.get(), &change);
    QCOMPARE(navigationTexts(*window), QStringList({"ALPHA (fr)", "BETA (fr)", "GAMMA (fr)"}));
    QCOMPARE(actions.at(0)->text(), QStringLiteral("ALPHA (fr)"));
    QVERIFY(menuTitled(*window, QStringLiteral("&Beta tools (fr)")));
}

void TestMainWindow::placeholdersSayNotAvailableAndShowRealCounts()
{
    const auto window = newWindow();
    const auto notices = window->findChildren<QLabel *>(QStringLiteral("placeholderNotice"));
    QCOMPARE(notices.size(), 6); // no engine given: the queue is a placeholder here too
    for (const QLabel *notice : notices)
        QVERIFY(notice->text().contains(QStringLiteral("not available yet")));
    const qint64 open = test::countRows(*m_database,
                                        QStringLiteral("tickets"),
                                        QStringLiteral("status <> 'resolved'"));
    const auto facts = [&window](const char *id) {
        const auto *label = window->page(QString::fromLatin1(id))
                                ->findChild<QLabel *>(QStringLiteral("placeholderFacts"));
        return label ? label->text() : QString();
    };
    QCOMPARE(facts("queue"),
             QStringLiteral("The database holds %1 open tickets from %2 customers.")
                 .arg(QLocale().toString(open))
                 .arg(test::countRows(*m_database, QStringLiteral("customers"))));
    // The demo's one rotation reads as one, in both languages.
    QCOMPARE(facts("oncall"),
             QStringLiteral("The database holds 1 on-call rotation with 5 members."));
    QVERIFY(m_languages->setLanguage(QStringLiteral("fr")));
    QTRY_COMPARE(facts("oncall"),
                 QStringLiteral("La base contient 1 rotation d'astreinte avec 5 membres."));
    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
    QTRY_COMPARE(facts("maintenance"),
                 QStringLiteral("The database holds 3 recurring maintenance windows."));
}

void TestMainWindow::placeholderSaysWhenTheDatabaseCannotBeRead()
{
    UnreadableSummary unreadable;
    MainWindow window(consolePages(), QStringLiteral("sqlite:/gone"), unreadable, *m_languages);
    const auto *facts = window.page(QStringLiteral("expertise"))
                            ->findChild<QLabel *>(QStringLiteral("placeholderFacts"));
    QVERIFY(facts);
    QCOMPARE(facts->text(), QStringLiteral("What the database holds cannot be read right now."));
}

void TestMainWindow::restoresViewAndGeometry()
{
    {
        const auto window = newWindow();
        window->show();
        window->resize(900, 640);
        window->showView(QStringLiteral("expertise"));
        window->close();
    }
    QCOMPARE(QSettings().value(QStringLiteral("mainWindow/viewId")).toString(),
             QStringLiteral("expertise"));
    const auto again = newWindow();
    QCOMPARE(again->currentViewId(), QStringLiteral("expertise"));
    QCOMPARE(again->size(), QSize(900, 640));
}

void TestMainWindow::restoresViewByIdWhenPagesMove()
{
    {
        const auto window = newWindow();
        window->show();
        window->showView(QStringLiteral("maintenance"));
        window->close();
    }
    // A later build: a page inserted before it and the others in another order.
    const auto suffix = std::make_shared<QString>();
    const PageRegistry shipped = consolePages();
    PageRegistry later;
    for (qsizetype i = shipped.size() - 1; i >= 0; --i)
        later.add(shipped.at(i));
    later.insert(0, testPage(QStringLiteral("admin"), suffix, {}));
    QVERIFY(later.indexOf(QStringLiteral("maintenance"))
            != shipped.indexOf(QStringLiteral("maintenance")));

    const auto again = newWindow(later);
    QCOMPARE(again->currentViewId(), QStringLiteral("maintenance"));
    auto *navigation = again->findChild<QListWidget *>(QStringLiteral("navigation"));
    QCOMPARE(navigation->currentItem()->text(), QStringLiteral("Maintenance"));
    auto *stack = again->findChild<QStackedWidget *>(QStringLiteral("pages"));
    QCOMPARE(stack->currentWidget(), again->page(QStringLiteral("maintenance")));
}

void TestMainWindow::unknownSavedViewFallsBackToFirstPage_data()
{
    QTest::addColumn<QVariant>("viewId");
    QTest::addColumn<QVariant>("oldIndex");
    QTest::addRow("unknown id") << QVariant(QStringLiteral("archive")) << QVariant();
    QTest::addRow("nothing saved") << QVariant() << QVariant();
    QTest::addRow("index of an earlier version") << QVariant() << QVariant(4);
    QTest::addRow("empty id") << QVariant(QString()) << QVariant(2);
}

void TestMainWindow::unknownSavedViewFallsBackToFirstPage()
{
    QFETCH(QVariant, viewId);
    QFETCH(QVariant, oldIndex);
    {
        QSettings settings;
        if (viewId.isValid())
            settings.setValue(QStringLiteral("mainWindow/viewId"), viewId);
        if (oldIndex.isValid())
            settings.setValue(QStringLiteral("mainWindow/view"), oldIndex);
    }
    QCOMPARE(newWindow()->currentViewId(), QStringLiteral("queue"));

    // The first page of whichever registry the window shows, not a fixed one.
    const auto suffix = std::make_shared<QString>();
    PageRegistry pages;
    pages.add(testPage(QStringLiteral("alpha"), suffix, {}));
    pages.add(testPage(QStringLiteral("queue"), suffix, {}));
    const auto window = newWindow(pages);
    QCOMPARE(window->currentViewId(), QStringLiteral("alpha"));
    auto *stack = window->findChild<QStackedWidget *>(QStringLiteral("pages"));
    QCOMPARE(stack->currentIndex(), 0);
}

void TestMainWindow::switchesLanguageWithoutRestart()
{
    const auto window = newWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
    QCOMPARE(navigationTexts(*window),
             QStringList({"Queue",
                          "On-call",
                          "After-hours desk",
                          "Maintenance",
                          "Dashboards",
                          "Customers & expertise",
                          "Settings"}));
    window->showView(QStringLiteral("settings"));

    auto *box = window->findChild<QComboBox *>(QStringLiteral("languageBox"));
    QVERIFY(box);
    box->setFocus();
    const int french = box->findData(QStringLiteral("fr"));
    QVERIFY(french > 0);
    // Keyboard selection emits activated, as a person choosing in the list does.
    while (box->currentIndex() < french)
        QTest::keyClick(box, Qt::Key_Down);
    QCOMPARE(m_languages->effectiveLanguage(), QStringLiteral("fr"));
    QTRY_COMPARE(navigation->item(0)->text(), QStringLiteral("File d'attente"));
    QCOMPARE(navigationTexts(*window),
             QStringList({"File d'attente",
                          "Astreinte",
                          "Permanence hors heures",
                          "Maintenance",
                          "Tableaux de bord",
                          "Clients et expertise",
                          "Paramètres"}));
    QCOMPARE(window->windowTitle(), QStringLiteral("Hourglass"));
    QVERIFY(menuTitled(*window, QStringLiteral("&Affichage")));
    auto *connection = window->findChild<QLabel *>(QStringLiteral("connectionLabel"));
    QCOMPARE(connection->text(), QStringLiteral("Connecté"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("fr"));

    m_languages->setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(navigation->item(0)->text(), QStringLiteral("Queue"));
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
        TicketAction action;
        action.kind = TicketAction::Kind::Edit;
        action.ticketId = 1;
        action.version = 1;
        action.change.title = QStringLiteral("offline");
        JournalEntry entry{QStringLiteral("tickets"),
                           action.toJson(),
                           QStringLiteral("mlefebvre"),
                           test::fixedNow.time_since_epoch().count() * 1000};
        seed.append(entry);
        seed.append(entry);
    }
    // The console's graph on a server that does not answer: the session never got online.
    ManualClock clock(test::fixedNow);
    Session session(DatabaseUrl::parse(
                        QStringLiteral("postgresql://nobody@127.0.0.1:1/none?connect_timeout=1")),
                    clock);
    QVERIFY_THROWS_EXCEPTION(StorageError, session.start());
    QVERIFY(!session.isOnline());
    SqlTicketRepository repository(session);
    SqlCustomerDirectory customers(session);
    const SlaEngine engine(PresetPolicies::load());
    CommandRunner commands(session, journal);
    TicketService tickets(session, repository, customers, engine, commands);
    commands.open();
    QCOMPARE(commands.pending(), 2);
    ConsoleServices services;
    services.session = &session;
    services.tickets = &tickets;
    services.commands = &commands;
    services.clock = &clock;
    const auto window = newWindow(consolePages(), services);
    auto *connection = window->findChild<QLabel *>(QStringLiteral("connectionLabel"));
    QCOMPARE(connection->text(), QStringLiteral("Offline: 2 edits waiting"));
    // The queue is built all the same, and keeps what it has (nothing) while offline.
    QVERIFY(qobject_cast<QueuePage *>(window->page(QStringLiteral("queue"))));
    m_languages->setLanguage(QStringLiteral("fr"));
    QTRY_COMPARE(connection->text(), QStringLiteral("Hors ligne : 2 modifications en attente"));
    m_languages->setLanguage(QStringLiteral("en"));
}

void TestMainWindow::statusBarFollowsTheSession()
{
    ManualClock clock(test::fixedNow);
    // A connection of its own: the session sets its clock on the database it is given.
    const auto database = Database::open(m_database->url());
    test::TicketStack stack(*database,
                            clock,
                            m_dir.filePath(QStringLiteral("session.jsonl")),
                            QStringLiteral("mlefebvre"));
    ConsoleServices services{&stack.session, &stack.tickets, &stack.commands, &clock, nullptr};
    const auto window = newWindow(consolePages(), services);
    auto *queue = qobject_cast<QueuePage *>(window->page(QStringLiteral("queue")));
    QVERIFY(queue);
    QTRY_VERIFY_WITH_TIMEOUT(!queue->isLoading(), 20000);
    QVERIFY(queue->model()->rowCount() > 0);
    auto *connection = window->findChild<QLabel *>(QStringLiteral("connectionLabel"));
    QCOMPARE(connection->text(), QStringLiteral("Connected"));

    stack.session.setRetryDelay(60000); // this test reconnects by hand
    stack.session.goOffline(QStringLiteral("cable pulled"));
    QCOMPARE(connection->text(), QStringLiteral("Offline: 0 edits waiting"));
    const qint64 id = queue->model()->ticketAt(0)->id;
    TicketAction note;
    note.kind = TicketAction::Kind::Note;
    note.ticketId = id;
    note.version = queue->model()->ticketAt(0)->version;
    note.text = QStringLiteral("typed while offline");
    QVERIFY(!stack.tickets.perform(note));
    QCOMPARE(connection->text(), QStringLiteral("Offline: 1 edit waiting"));

    QVERIFY(stack.session.reconnect());
    QCOMPARE(stack.commands.pending(), 0);
    QCOMPARE(connection->text(), QStringLiteral("Connected"));
    const auto events = stack.repository.timeline(id).events;
    QCOMPARE(events.constLast().kind, TicketEvent::Kind::Note);
    QCOMPARE(events.constLast().value, QStringLiteral("typed while offline"));
    QCOMPARE(events.constLast().author, QStringLiteral("mlefebvre"));
}

void TestMainWindow::settingsTestsAConnection()
{
    const auto window = newWindow();
    window->show();
    QVERIFY(window->showView(QStringLiteral("settings")));
    auto *edit = window->findChild<QLineEdit *>(QStringLiteral("databaseUrlEdit"));
    auto *test = window->findChild<QPushButton *>(QStringLiteral("testConnectionButton"));
    auto *use = window->findChild<QPushButton *>(QStringLiteral("useDatabaseButton"));
    auto *result = window->findChild<QLabel *>(QStringLiteral("connectionResult"));
    QVERIFY(edit && test && use && result);

    edit->setText(QStringLiteral("mysql://db/support"));
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY2(result->text().contains(QStringLiteral("unsupported scheme")),
             qPrintable(result->text()));

    edit->clear();
    QTest::keyClicks(edit,
                     QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("test.sqlite")));
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY2(result->text().contains(
                 QStringLiteral("schema version %1").arg(Migrations::latestVersion())),
             qPrintable(result->text()));

    edit->setText(QStringLiteral("postgresql://nobody@127.0.0.1:1/none?connect_timeout=1"));
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY2(result->text().contains(QStringLiteral("cannot connect")), qPrintable(result->text()));

    QTest::mouseClick(use, Qt::LeftButton);
    QCOMPARE(QSettings().value(QStringLiteral("database/url")).toString(), edit->text());
    QVERIFY(result->text().contains(QStringLiteral("next start")));
}

void TestMainWindow::settingsOffersTheDatabasesPeopleAsProfiles()
{
    ManualClock clock(test::fixedNow);
    const auto database = Database::open(m_database->url());
    test::TicketStack stack(*database, clock, QString(), QStringLiteral("mlefebvre"));
    SettingsView view(*m_languages, database->url().toString(), &stack.tickets);
    auto *box = view.findChild<QComboBox *>(QStringLiteral("profileBox"));
    QVERIFY(box);
    // A SQLite file: the profile is chosen, among the people of the database, by name.
    QVERIFY(box->isEnabled());
    QCOMPARE(box->currentData().toString(), QStringLiteral("mlefebvre"));
    QCOMPARE(box->count(), int(test::countRows(*database, QStringLiteral("users"))));
    const int other = box->findData(QStringLiteral("jokafor"));
    QVERIFY(other >= 0);
    QVERIFY2(box->itemText(other).endsWith(QStringLiteral("(jokafor)"))
                 && !box->itemText(other).startsWith(QStringLiteral("jokafor")),
             qPrintable(box->itemText(other)));
    box->setCurrentIndex(other);
    emit box->activated(other);
    QCOMPARE(QSettings().value(QStringLiteral("profile/login")).toString(),
             QStringLiteral("jokafor"));
    auto *hint = view.findChild<QLabel *>(QStringLiteral("profileHint"));
    QVERIFY2(hint->text().contains(box->itemText(other)), qPrintable(hint->text()));
    QSettings().remove(QStringLiteral("profile/login"));
}

void TestMainWindow::fitsA1280By800ScreenWithoutSideScroll()
{
    ManualClock clock(test::fixedNow);
    const auto database = Database::open(m_database->url());
    test::TicketStack stack(*database, clock, QString(), QStringLiteral("mlefebvre"));
    ConsoleServices services{&stack.session, &stack.tickets, &stack.commands, &clock, nullptr};
    const auto window = newWindow(consolePages(), services);
    auto *queue = qobject_cast<QueuePage *>(window->page(QStringLiteral("queue")));
    QVERIFY(queue);
    QTRY_VERIFY_WITH_TIMEOUT(!queue->isLoading(), 20000);
    QTableView *table = queue->queue()->table();
    // What the window opens at on a 1280x800 screen (nine tenths of it), and the whole screen.
    for (const QSize size : {QSize(1152, 720), QSize(1280, 770)}) {
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("fr")}) {
            QVERIFY(m_languages->setLanguage(language));
            QCoreApplication::processEvents(); // the LanguageChange events
            window->resize(size);
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window.get()));
            QCoreApplication::processEvents();
            QStringList widths;
            for (int c = 0; c < TicketQueueModel::ColumnCount; ++c) {
                if (!table->isColumnHidden(c))
                    widths.append(QString::number(table->columnWidth(c)));
            }
            const QString where = QStringLiteral("%1 at %2x%3: window needs %4, queue page %5, "
                                                 "queue %6, columns %7")
                                      .arg(language)
                                      .arg(size.width())
                                      .arg(size.height())
                                      .arg(window->minimumSizeHint().width())
                                      .arg(queue->minimumSizeHint().width())
                                      .arg(queue->queue()->width())
                                      .arg(widths.join(u' '));
            QVERIFY2(window->minimumSizeHint().width() <= size.width(), qPrintable(where));
            QCOMPARE(window->width(), size.width());
            QVERIFY2(table->horizontalScrollBar()->maximum() == 0,
                     qPrintable(where
                                + QStringLiteral(", table %1, scroll %2")
                                      .arg(table->viewport()->width())
                                      .arg(table->horizontalScrollBar()->maximum())));
            // The title keeps room to be read.
            QVERIFY2(table->columnWidth(TicketQueueModel::TitleColumn) >= 100,
                     qPrintable(where
                                + QStringLiteral(", title %1")
                                      .arg(table->columnWidth(TicketQueueModel::TitleColumn))));
        }
    }
    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
