// The ticket pane beside the queue, as an agent works it: it stays on the ticket acted on,
// another agent's change never switches it, a ticket that leaves the list stays shown and
// marked, every status is a key away, and the alert banner counts down, opens and goes away.
#include "alertbanner.h"
#include "languagemanager.h"
#include "models/slaalerts.h"
#include "models/ticketqueuemodel.h"
#include "queuepage.h"
#include "queueview.h"
#include "storage/changefeed.h"
#include "storage/demodata.h"
#include "testenvironment.h"
#include "ticketdetailview.h"
#include "ticketstack.h"
#include "time/clock.h"
#include "time/datetext.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace hourglass;
using namespace std::chrono_literals;

class TestTicketPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void paneStaysOnTheResolvedTicket();
    void respondKeepsTheAgentsPlace();
    void anotherAgentsChangeNeverSwitchesThePane();
    void filteredOutTicketIsMarked();
    void searchKeys();
    void enterOpensTheReplyWhichRespondSends();
    void conversationShowsWhatPeopleWrote();
    void everyStatusFromTheKeyboard();
    void shortcutsReadAsTyped();
    void bannerCountsDownOpensAndDismisses();
    void languageSwitchReachesBannerAndDateField();

private:
    struct OtherAgent
    {
        OtherAgent(const QString &url, const Clock &clock, const QString &login)
            : database(Database::open(DatabaseUrl::parse(url)))
            , stack(*database, clock, QString(), login)
        {}
        std::unique_ptr<Database> database;
        test::TicketStack stack;
    };
    QTableView *table() const { return m_page->queue()->table(); }
    qint64 idAt(int row) const
    {
        return table()->model()->index(row, 0).data(TicketQueueModel::TicketIdRole).toLongLong();
    }
    // The row of a new ticket whose first response runs: answering it sends it down the list.
    int rowWithRunningResponse() const;
    template<typename T>
    T *find(const char *name) const
    {
        T *widget = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no %s", name);
        return widget;
    }
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(QApplication::focusWidget(), key, modifiers);
    }

    QTemporaryDir m_dir;
    QString m_url;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<test::TicketStack> m_stack;
    std::unique_ptr<ChangeFeed> m_feed;
    std::unique_ptr<QueuePage> m_page;
};

void TestTicketPane::initTestCase()
{
    test::isolateUserData();
    m_url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("pane.sqlite"));
    auto database = Database::open(DatabaseUrl::parse(m_url), Database::Schema::Migrate);
    DemoData::populate(*database, test::fixedNow);
}

void TestTicketPane::init()
{
    QSettings().clear();
    m_clock = std::make_unique<ManualClock>(test::fixedNow);
    m_database = Database::open(DatabaseUrl::parse(m_url));
    m_stack = std::make_unique<test::TicketStack>(*m_database,
                                                  *m_clock,
                                                  QString(),
                                                  QStringLiteral("mlefebvre"));
    m_feed = std::make_unique<ChangeFeed>(DatabaseUrl::parse(m_url));
    m_feed->setPollInterval(50);
    m_feed->start();
    m_page = std::make_unique<QueuePage>(m_stack->tickets,
                                         m_stack->commands,
                                         *m_clock,
                                         m_feed.get());
    m_page->resize(1400, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading(), 20000);
    QVERIFY(table()->model()->rowCount() > 10);
}

void TestTicketPane::cleanup()
{
    m_page.reset();
    m_feed.reset();
    m_stack.reset();
    m_database.reset();
}

int TestTicketPane::rowWithRunningResponse() const
{
    for (int r = 0; r < table()->model()->rowCount() - 1; ++r) {
        const QModelIndex index = table()->model()->index(r, 0);
        if (ClockState(index.data(TicketQueueModel::ClockStateRole).toInt()) == ClockState::Running
            && Metric(index.data(TicketQueueModel::MetricRole).toInt()) == Metric::InitialResponse
            && index.data(TicketQueueModel::StatusRole).toString() == QLatin1String("new"))
            return r;
    }
    return -1;
}

void TestTicketPane::paneStaysOnTheResolvedTicket()
{
    auto *count = find<QLabel>("queueCount");
    const int rows = table()->model()->rowCount();
    QVERIFY(count->text().startsWith(QStringLiteral("%1 ticket").arg(rows)));
    table()->setFocus();
    press(Qt::Key_J);
    press(Qt::Key_J);
    QCOMPARE(table()->currentIndex().row(), 2);
    const qint64 id = idAt(2);
    const qint64 below = idAt(3);
    QCOMPARE(m_page->detail()->ticketId(), id);

    auto *resolve = find<QPushButton>("resolveButton");
    auto *reopen = find<QPushButton>("reopenButton");
    const QRect resolvePlace = resolve->geometry();
    resolve->setFocus();
    QTest::mouseClick(resolve, Qt::LeftButton);
    QCOMPARE(m_stack->repository.ticket(id)->status, TicketStatus::Resolved);

    // The pane stays on the resolved ticket, marked, with Reopen where it always is.
    QCOMPARE(m_page->detail()->ticketId(), id);
    QVERIFY(!m_page->detail()->isInView());
    QVERIFY(find<QLabel>("outOfViewNote")->isVisible());
    QVERIFY(!resolve->isEnabled());
    QVERIFY(reopen->isEnabled());
    QCOMPARE(resolve->geometry(), resolvePlace);
    // The focus went back to the list, not to another ticket's Resolve button.
    QVERIFY(table()->hasFocus());
    // The count follows at once.
    QVERIFY2(count->text().startsWith(QStringLiteral("%1 ticket").arg(rows - 1)),
             qPrintable(count->text()));
    // The list keeps the agent's place: j opens the ticket that came up into it.
    QCOMPARE(table()->currentIndex().row(), 2);
    press(Qt::Key_J);
    QCOMPARE(m_page->detail()->ticketId(), below);
    QCOMPARE(table()->currentIndex().row(), 2);
    QVERIFY(m_page->detail()->isInView());
    // From ticket to ticket, the buttons do not move.
    for (int i = 0; i < 5; ++i) {
        press(Qt::Key_J);
        QCOMPARE(resolve->geometry(), resolvePlace);
    }
}

void TestTicketPane::respondKeepsTheAgentsPlace()
{
    const int row = rowWithRunningResponse();
    QVERIFY(row >= 1);
    table()->setCurrentIndex(table()->model()->index(row, TicketQueueModel::TitleColumn));
    const qint64 id = idAt(row);
    const qint64 next = idAt(row + 1);
    const qint64 previous = idAt(row - 1);
    QCOMPARE(m_page->detail()->ticketId(), id);
    table()->setFocus();
    press(Qt::Key_R);
    QCOMPARE(m_stack->repository.ticket(id)->status, TicketStatus::Open);
    // Answered, the ticket went further down; the pane stays on it, the cursor where it was.
    const int now = m_page->model()->rowOfTicket(id);
    QVERIFY(now >= 0);
    QVERIFY(table()->model()->index(row, 0).data(TicketQueueModel::TicketIdRole).toLongLong() != id);
    QCOMPARE(m_page->detail()->ticketId(), id);
    QCOMPARE(table()->currentIndex().row(), row);
    QVERIFY(table()->selectionModel()->selectedRows().isEmpty());
    // j goes on from there: to the ticket that was next; k, from there, to the one before.
    press(Qt::Key_J);
    QCOMPARE(m_page->detail()->ticketId(), next);
    press(Qt::Key_K);
    QCOMPARE(m_page->detail()->ticketId(), previous);
}

void TestTicketPane::anotherAgentsChangeNeverSwitchesThePane()
{
    table()->setCurrentIndex(table()->model()->index(4, TicketQueueModel::TitleColumn));
    const qint64 mine = idAt(4);
    const qint64 above = idAt(2);
    QCOMPARE(m_page->detail()->ticketId(), mine);
    auto *count = find<QLabel>("queueCount");
    const int rows = table()->model()->rowCount();
    {
        // A second service on the same database: another agent's console.
        OtherAgent other(m_url, *m_clock, QStringLiteral("akowalski"));
        QVERIFY(other.stack.act(above, TicketAction::Kind::Resolve));
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowOfTicket(above), -1, 2000);
    QCOMPARE(m_page->detail()->ticketId(), mine);
    QVERIFY(m_page->detail()->isInView());
    QVERIFY2(count->text().startsWith(QStringLiteral("%1 ticket").arg(rows - 1)),
             qPrintable(count->text()));
    {
        OtherAgent other(m_url, *m_clock, QStringLiteral("akowalski"));
        QVERIFY(other.stack.act(mine, TicketAction::Kind::Resolve));
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowOfTicket(mine), -1, 2000);
    // My ticket, resolved by someone else: still mine to read, marked, until I move.
    QCOMPARE(m_page->detail()->ticketId(), mine);
    QVERIFY(!m_page->detail()->isInView());
    QVERIFY(find<QPushButton>("reopenButton")->isEnabled());
    // A whole reload (an import elsewhere) leaves the pane where it is too.
    m_page->reload();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading(), 20000);
    QCOMPARE(m_page->detail()->ticketId(), mine);
    QVERIFY(!m_page->detail()->isInView());
    table()->setFocus();
    press(Qt::Key_J);
    QVERIFY(m_page->detail()->ticketId() != mine);
    QVERIFY(m_page->detail()->isInView());
    QVERIFY(!find<QLabel>("outOfViewNote")->isVisible());
}

void TestTicketPane::filteredOutTicketIsMarked()
{
    // An unassigned ticket, then "My tickets": it leaves the list, the pane keeps it.
    int row = 0;
    while (
        !table()->model()->index(row, 0).data(TicketQueueModel::AssigneeRole).toString().isEmpty())
        ++row;
    table()->setCurrentIndex(table()->model()->index(row, TicketQueueModel::TitleColumn));
    const qint64 id = idAt(row);
    auto *scope = find<QComboBox>("scopeFilter");
    scope->setCurrentIndex(scope->findData(1)); // Scope::Mine
    QVERIFY(m_page->model()->rowOfTicket(id) >= 0);
    QVERIFY(!m_page->isInView(id));
    QCOMPARE(m_page->detail()->ticketId(), id);
    QVERIFY(!m_page->detail()->isInView());
    scope->setCurrentIndex(0);
    QCOMPARE(m_page->detail()->ticketId(), id);
    QVERIFY(m_page->detail()->isInView());
}

void TestTicketPane::searchKeys()
{
    auto *search = find<QLineEdit>("searchEdit");
    table()->setFocus();
    press(Qt::Key_Slash);
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("zzz nothing"));
    QCOMPARE(table()->model()->rowCount(), 0);
    // Esc empties the search and every ticket is back.
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(search->text(), QString());
    QVERIFY(table()->model()->rowCount() > 10);
    QVERIFY(search->hasFocus());
    // Down goes from the search into the list, on the agent's row.
    const int row = table()->currentIndex().row();
    QTest::keyClick(search, Qt::Key_Down);
    QVERIFY(table()->hasFocus());
    QCOMPARE(table()->currentIndex().row(), row);
    press(Qt::Key_J);
    QCOMPARE(table()->currentIndex().row(), row + 1);
}

void TestTicketPane::enterOpensTheReplyWhichRespondSends()
{
    const int row = rowWithRunningResponse();
    QVERIFY(row >= 0);
    table()->setCurrentIndex(table()->model()->index(row, TicketQueueModel::TitleColumn));
    const qint64 id = idAt(row);
    table()->setFocus();
    press(Qt::Key_Return);
    auto *reply = find<QPlainTextEdit>("replyEditor");
    QVERIFY(reply->hasFocus());
    QCOMPARE(m_page->detail()->ticketId(), id);
    // Letters typed here are the reply's, not shortcuts.
    QTest::keyClicks(reply, QStringLiteral("We are on it, a fix is rolling out"));
    QCOMPARE(m_stack->repository.ticket(id)->status, TicketStatus::New);
    QTest::mouseClick(find<QPushButton>("respondButton"), Qt::LeftButton);
    const TicketEvent last = m_stack->repository.timeline(id).events.constLast();
    QCOMPARE(last.kind, TicketEvent::Kind::Responded);
    QCOMPARE(last.value, QStringLiteral("We are on it, a fix is rolling out"));
    QCOMPARE(reply->toPlainText(), QString());
    // Esc leaves the reply for the list, j and k work again.
    reply->setFocus();
    QTest::keyClick(reply, Qt::Key_Escape);
    QVERIFY(table()->hasFocus());
}

// The conversation tab: the description first, then each message with its author's name (not a
// login) and what it was; an internal note is marked as one.
void TestTicketPane::conversationShowsWhatPeopleWrote()
{
    const int row = rowWithRunningResponse();
    QVERIFY(row >= 0);
    table()->setCurrentIndex(table()->model()->index(row, TicketQueueModel::TitleColumn));
    const qint64 id = idAt(row);
    auto *conversation = find<QListWidget>("conversationList");
    const QList<TicketMessage> before = m_stack->repository.thread(id);
    QVERIFY(!before.isEmpty());
    QCOMPARE(before.first().kind, TicketMessage::Kind::Description);
    QCOMPARE(conversation->count(), before.size());
    QVERIFY(conversation->item(0)->text().contains(before.first().text));

    auto *reply = find<QPlainTextEdit>("replyEditor");
    reply->setPlainText(QStringLiteral("A fix is rolling out"));
    QTest::mouseClick(find<QPushButton>("respondButton"), Qt::LeftButton);
    auto *note = find<QLineEdit>("noteEdit");
    note->setText(QStringLiteral("Customer is on the old firmware"));
    QTest::mouseClick(find<QPushButton>("addNoteButton"), Qt::LeftButton);

    QTRY_COMPARE(conversation->count(), before.size() + 2);
    QString displayName;
    for (const Person &person : m_stack->tickets.people())
        if (person.login == QLatin1String("mlefebvre"))
            displayName = person.displayName;
    QVERIFY(!displayName.isEmpty() && displayName != QLatin1String("mlefebvre"));
    const QString replied = conversation->item(conversation->count() - 2)->text();
    QVERIFY2(replied.contains(QStringLiteral("A fix is rolling out")), qPrintable(replied));
    QVERIFY2(replied.contains(displayName), qPrintable(replied));
    QVERIFY2(replied.contains(QLatin1String("public reply")), qPrintable(replied));
    const QString noted = conversation->item(conversation->count() - 1)->text();
    QVERIFY2(noted.contains(QStringLiteral("Customer is on the old firmware")), qPrintable(noted));
    QVERIFY2(noted.contains(QLatin1String("internal note")), qPrintable(noted));
    QCOMPARE(conversation->item(conversation->count() - 1)->data(Qt::UserRole).toInt(),
             int(TicketMessage::Kind::Note));
    // The timeline names people too.
    auto *timeline = find<QListWidget>("timelineList");
    QVERIFY(!timeline->item(timeline->count() - 1)->text().contains(QLatin1String(" mlefebvre ")));
}

void TestTicketPane::everyStatusFromTheKeyboard()
{
    const int row = rowWithRunningResponse();
    QVERIFY(row >= 0);
    table()->setCurrentIndex(table()->model()->index(row, TicketQueueModel::TitleColumn));
    const qint64 id = idAt(row);
    TicketRepository &repository = m_stack->repository;
    const auto lastEvent = [&] {
        return repository.timeline(id).events.constLast();
    };
    table()->setFocus();

    press(Qt::Key_R);
    QCOMPARE(lastEvent().kind, TicketEvent::Kind::Responded);
    press(Qt::Key_U);
    QCOMPARE(lastEvent().kind, TicketEvent::Kind::Updated);
    press(Qt::Key_A);
    QCOMPARE(repository.ticket(id)->assignee, QStringLiteral("mlefebvre"));
    press(Qt::Key_W);
    QCOMPARE(repository.ticket(id)->status, TicketStatus::WaitingCustomer);
    press(Qt::Key_O);
    QCOMPARE(repository.ticket(id)->status, TicketStatus::Open);
    press(Qt::Key_W);
    press(Qt::Key_C);
    QCOMPARE(lastEvent().kind, TicketEvent::Kind::CustomerReplied);
    QCOMPARE(repository.ticket(id)->status, TicketStatus::Open);
    press(Qt::Key_S);
    QVERIFY(find<QDateTimeEdit>("scheduleEdit")->hasFocus());
    table()->setFocus();
    press(Qt::Key_R, Qt::ShiftModifier);
    QCOMPARE(repository.ticket(id)->status, TicketStatus::Resolved);
    // Resolved, shown in the pane: reopened from there.
    QCOMPARE(m_page->detail()->ticketId(), id);
    press(Qt::Key_O, Qt::ShiftModifier);
    QCOMPARE(repository.ticket(id)->status, TicketStatus::Open);
    const QList<TicketEvent> events = repository.timeline(id).events;
    QVERIFY(std::any_of(events.end() - 2, events.end(), [](const TicketEvent &e) {
        return e.kind == TicketEvent::Kind::Reopened;
    }));
    QCOMPARE(m_page->detail()->ticketId(), id);
}

void TestTicketPane::shortcutsReadAsTyped()
{
    QStringList menu;
    for (QAction *action : m_page->queue()->shortcutActions() + m_page->detail()->shortcutActions())
        menu.append(action->text().section(u'\t', 1));
    // A menu shows what follows the tab: letters as typed, not as if with Shift.
    QVERIFY2(menu.contains(QStringLiteral("j")) && menu.contains(QStringLiteral("k"))
                 && menu.contains(QStringLiteral("a")) && menu.contains(QStringLiteral("r"))
                 && menu.contains(QStringLiteral("Shift+R")) && !menu.contains(QStringLiteral("J")),
             qPrintable(menu.join(u' ')));
}

void TestTicketPane::bannerCountsDownOpensAndDismisses()
{
    auto *model = m_page->model();
    auto *banner = find<AlertBanner>("alertBanner");
    QSignalSpy raised(m_page->alerts(), &SlaAlerts::raised);
    for (int step = 0; step < 40 && banner->isHidden() && model->nextChange(); ++step) {
        m_clock->set(*model->nextChange());
        model->advance();
    }
    QVERIFY(banner->isVisible());
    QVERIFY(!raised.isEmpty());
    const qint64 id = banner->ticketId();
    const QString before = banner->text();
    // The banner counts down by itself as time passes.
    m_clock->set(m_clock->now() + 3min);
    QTRY_VERIFY_WITH_TIMEOUT(banner->text() != before, 3000);
    QCOMPARE(banner->ticketId(), id);
    QVERIFY(banner->text().contains(
        model->index(model->rowOfTicket(id), TicketQueueModel::RemainingColumn).data().toString()));

    // A click opens its ticket in the pane.
    table()->setCurrentIndex(table()->model()->index(0, 0));
    if (m_page->detail()->ticketId() == id)
        table()->setCurrentIndex(table()->model()->index(1, 0));
    QVERIFY(m_page->detail()->ticketId() != id);
    QTest::mouseClick(banner, Qt::LeftButton, {}, QPoint(10, 10));
    QCOMPARE(m_page->detail()->ticketId(), id);

    // Dismissed, it goes, and the same alert does not come back.
    const SlaAlerts::Alert shown = [&] {
        for (const QList<QVariant> &arguments : std::as_const(raised)) {
            const auto alert = arguments.at(0).value<SlaAlerts::Alert>();
            if (alert.ticketId == id)
                return alert;
        }
        return SlaAlerts::Alert{};
    }();
    QCOMPARE(shown.ticketId, id);
    const int waiting = banner->waiting();
    QTest::mouseClick(banner->findChild<QToolButton *>(QStringLiteral("dismissAlertButton")),
                      Qt::LeftButton);
    QCOMPARE(banner->waiting(), waiting - 1);
    QVERIFY(banner->ticketId() != id);
    banner->add(shown);
    QVERIFY(banner->ticketId() != id);
    QCOMPARE(banner->waiting(), waiting - 1);
}

void TestTicketPane::languageSwitchReachesBannerAndDateField()
{
    LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    auto *model = m_page->model();
    auto *banner = find<AlertBanner>("alertBanner");
    for (int step = 0; step < 40 && banner->isHidden() && model->nextChange(); ++step) {
        m_clock->set(*model->nextChange());
        model->advance();
    }
    QVERIFY(banner->isVisible());
    auto *date = find<QDateTimeEdit>("scheduleEdit");
    QVERIFY(banner->text().contains(QStringLiteral(" for ")));
    QTRY_COMPARE(date->text(),
                 QLocale(QLocale::English)
                     .toString(date->dateTime(), DateText::pattern(QLocale(QLocale::English))));

    QVERIFY(languages.setLanguage(QStringLiteral("fr")));
    QTRY_VERIFY(banner->text().contains(QStringLiteral(" pour ")));
    QTRY_COMPARE(date->text(),
                 QLocale(QLocale::French)
                     .toString(date->dateTime(), DateText::pattern(QLocale(QLocale::French))));
    QCOMPARE(date->locale().language(), QLocale::French);
    QVERIFY(find<QPushButton>("resolveButton")->text() == QStringLiteral("Ré&soudre"));
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    QTRY_VERIFY(banner->text().contains(QStringLiteral(" for ")));
}

QTEST_MAIN(TestTicketPane)
#include "tst_ticketpane.moc"
