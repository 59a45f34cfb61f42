// The queue and ticket detail, driven as an agent drives them: keyboard, search, respond, a
// conflict with another agent, and changes arriving from another connection.
#include "alertbanner.h"
#include "languagemanager.h"
#include "models/ticketqueuemodel.h"
#include "queuepage.h"
#include "queueview.h"
#include "searchresultsview.h"
#include "sla/explaintext.h"
#include "sla/slaengine.h"
#include "storage/changefeed.h"
#include "storage/demodata.h"
#include "testenvironment.h"
#include "ticketdetailview.h"
#include "ticketstack.h"
#include "time/clock.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace hourglass;

class TestQueuePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void keyboardMovesAndOpens();
    void searchFiltersAsYouType();
    void respondStopsTheFirstResponseClock();
    void conflictShowsBothSides();
    void changesFromAnotherAgentAppearLive();
    void warningRaisesABanner();
    void schedulingSetsTheDueTime();
    void waitingButtonResumesAPausedTicket();
    void damagedTimelineIsShownAsUnreadable_data();
    void damagedTimelineIsShownAsUnreadable();
    void namedViewsPerUser();
    void fitsALaptopScreenInBothLanguages();
    void resolvedTicketsAreFoundAndReopened();
    void fullTextSearchFindsConversationsAndOpensAHit();

private:
    int rowWith(ClockState state, Metric metric) const;
    // Another agent, on a connection of their own, through the same service.
    struct OtherAgent
    {
        OtherAgent(const QString &url, const Clock &clock, const QString &login)
            : database(Database::open(DatabaseUrl::parse(url)))
            , stack(*database, clock, QString(), login)
        {}
        std::unique_ptr<Database> database;
        test::TicketStack stack;
    };

    QTemporaryDir m_dir;
    QString m_url;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<test::TicketStack> m_stack;
    std::unique_ptr<ChangeFeed> m_feed;
    std::unique_ptr<QueuePage> m_page;
};

void TestQueuePage::initTestCase()
{
    test::isolateUserData();
    m_url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("queue.sqlite"));
    auto database = Database::open(DatabaseUrl::parse(m_url), Database::Schema::Migrate);
    DemoData::populate(*database, test::fixedNow);
}

void TestQueuePage::init()
{
    QSettings().clear();
    m_clock = std::make_unique<ManualClock>(test::fixedNow);
    m_database = Database::open(DatabaseUrl::parse(m_url));
    m_stack = std::make_unique<test::TicketStack>(*m_database,
                                                  *m_clock,
                                                  m_dir.filePath(QStringLiteral("j.jsonl")),
                                                  QStringLiteral("mlefebvre"));
    QCOMPARE(m_stack->tickets.currentLogin(), QStringLiteral("mlefebvre"));
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
    // The queue is read on another thread; the window is live meanwhile.
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading(), 20000);
}

void TestQueuePage::cleanup()
{
    m_page.reset();
    m_feed.reset();
    m_stack.reset();
    m_database.reset();
}

int TestQueuePage::rowWith(ClockState state, Metric metric) const
{
    QTableView *table = m_page->queue()->table();
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        const QModelIndex index = table->model()->index(r, 0);
        if (ClockState(index.data(TicketQueueModel::ClockStateRole).toInt()) == state
            && Metric(index.data(TicketQueueModel::MetricRole).toInt()) == metric
            && index.data(TicketQueueModel::StatusRole).toString() == QLatin1String("new"))
            return r;
    }
    return -1;
}

void TestQueuePage::keyboardMovesAndOpens()
{
    QTableView *table = m_page->queue()->table();
    // The most urgent ticket is selected to begin with, and shown.
    QCOMPARE(table->currentIndex().row(), 0);
    QCOMPARE(m_page->detail()->ticketId(),
             table->currentIndex().data(TicketQueueModel::TicketIdRole).toLongLong());
    table->setFocus();
    QTest::keyClick(table, Qt::Key_J);
    QTest::keyClick(table, Qt::Key_J);
    QTest::keyClick(table, Qt::Key_K);
    QCOMPARE(table->currentIndex().row(), 1);
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 2);
    QTest::keyClick(table, Qt::Key_Return);
    const qint64 id = table->currentIndex().data(TicketQueueModel::TicketIdRole).toLongLong();
    QCOMPARE(m_page->detail()->ticketId(), id);
    auto *header = m_page->detail()->findChild<QLabel *>(QStringLiteral("detailHeader"));
    QVERIFY(header->text().startsWith(QStringLiteral("#%1 ").arg(id)));
    // ? shows the shortcut help.
    auto *help = m_page->queue()->findChild<QLabel *>(QStringLiteral("shortcutHelp"));
    QVERIFY(help->isHidden());
    // Enter moved the focus to the ticket's reply; the queue's shortcuts still work from the
    // ticket's buttons.
    auto *reply = m_page->detail()->findChild<QWidget *>(QStringLiteral("replyEditor"));
    QVERIFY(reply->hasFocus());
    auto *respond = m_page->detail()->findChild<QPushButton *>(QStringLiteral("respondButton"));
    respond->setFocus();
    QTest::keyClick(respond, Qt::Key_Question, Qt::ShiftModifier);
    QVERIFY(!help->isHidden());
}

void TestQueuePage::searchFiltersAsYouType()
{
    QTableView *table = m_page->queue()->table();
    const int all = table->model()->rowCount();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Slash);
    auto *search = m_page->queue()->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QVERIFY(search->hasFocus());
    // Letters typed here search; they do not trigger the j/k/a/r shortcuts.
    QTest::keyClicks(search, QStringLiteral("contoso"));
    QCOMPARE(search->text(), QStringLiteral("contoso"));
    const int filtered = table->model()->rowCount();
    QVERIFY(filtered > 0 && filtered < all);
    for (int r = 0; r < filtered; ++r)
        QCOMPARE(table->model()->index(r, 0).data(TicketQueueModel::CustomerRole).toString(),
                 QStringLiteral("Contoso Retail"));
    // The ticket shown before (not Contoso's) went from the list: it stays in the pane, marked,
    // until the agent moves; the cursor waits on the first match.
    const qint64 shown = m_page->detail()->ticketId();
    QVERIFY(!m_page->isInView(shown));
    QVERIFY(!m_page->detail()->isInView());
    const qint64 first
        = table->model()->index(0, 0).data(TicketQueueModel::TicketIdRole).toLongLong();
    QCOMPARE(table->currentIndex().row(), 0);
    // Nothing matches: the pane keeps its ticket all the same.
    QTest::keyClicks(search, QStringLiteral(" no such words"));
    QCOMPARE(table->model()->rowCount(), 0);
    QCOMPARE(m_page->detail()->ticketId(), shown);
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(search->text(), QString());
    QCOMPARE(table->model()->rowCount(), all);
    // Back in the list, the mark goes.
    QVERIFY(m_page->detail()->isInView());
    Q_UNUSED(first);
}

void TestQueuePage::respondStopsTheFirstResponseClock()
{
    const int row = rowWith(ClockState::Running, Metric::InitialResponse);
    QVERIFY(row >= 0);
    QTableView *table = m_page->queue()->table();
    table->setCurrentIndex(table->model()->index(row, TicketQueueModel::TitleColumn));
    const qint64 id = table->currentIndex().data(TicketQueueModel::TicketIdRole).toLongLong();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_R);

    TicketRepository &repository = m_stack->repository;
    QCOMPARE(repository.ticket(id)->status, TicketStatus::Open);
    const TicketSla sla = m_stack->engine.evaluate(repository.timeline(id), m_clock->now());
    QVERIFY(sla.metric(Metric::InitialResponse)->current.stop.has_value());
    QCOMPARE(sla.metric(Metric::InitialResponse)->state, ClockState::Met);
    // The queue no longer counts the first response down for it.
    const QModelIndex index = table->model()->index(0, 0);
    Q_UNUSED(index);
    auto *model = m_page->model();
    const QueueClock *clock = model->clockAt(model->rowOfTicket(id));
    QVERIFY(!(clock->hasClock() && clock->metric == Metric::InitialResponse));
}

void TestQueuePage::conflictShowsBothSides()
{
    QTableView *table = m_page->queue()->table();
    table->setCurrentIndex(table->model()->index(3, TicketQueueModel::TitleColumn));
    const qint64 id = m_page->detail()->ticketId();
    // Another agent, on another connection, changes the ticket first.
    {
        OtherAgent other(m_url, *m_clock, QStringLiteral("dnguyen"));
        TicketAction theirs;
        theirs.kind = TicketAction::Kind::Edit;
        theirs.ticketId = id;
        theirs.version = other.stack.repository.ticket(id)->version;
        theirs.change.title = QStringLiteral("Renamed by Dnguyen");
        QVERIFY(other.stack.tickets.perform(theirs));
    }
    const TicketStatus before = m_stack->repository.ticket(id)->status;
    QVERIFY(!isPausing(before));
    auto *waiting = m_page->detail()->findChild<QPushButton *>(QStringLiteral("waitingButton"));
    QTest::mouseClick(waiting, Qt::LeftButton);
    auto *banner = m_page->detail()->findChild<QLabel *>(QStringLiteral("conflictBanner"));
    QVERIFY(banner->isVisible());
    // The refused change is named as people read it (the status's name, not its key).
    QVERIFY2(banner->text().contains(QStringLiteral("dnguyen"))
                 && banner->text().contains(QStringLiteral("status Waiting on customer")),
             qPrintable(banner->text()));
    QCOMPARE(m_stack->repository.ticket(id)->status, before);
    // The view now shows the winning version.
    auto *header = m_page->detail()->findChild<QLabel *>(QStringLiteral("detailHeader"));
    QVERIFY(header->text().contains(QStringLiteral("Renamed by Dnguyen")));
}

void TestQueuePage::changesFromAnotherAgentAppearLive()
{
    QTableView *table = m_page->queue()->table();
    table->setCurrentIndex(table->model()->index(5, TicketQueueModel::TitleColumn));
    const qint64 selected = m_page->queue()->currentTicket();
    const qint64 other
        = table->model()->index(8, 0).data(TicketQueueModel::TicketIdRole).toLongLong();
    {
        OtherAgent agent(m_url, *m_clock, QStringLiteral("akowalski"));
        QVERIFY(agent.stack.act(other, TicketAction::Kind::Assign, QStringLiteral("akowalski")));
    }
    auto *model = m_page->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->ticketAt(model->rowOfTicket(other))->assignee,
                              QStringLiteral("akowalski"),
                              1000);
    QCOMPARE(m_page->queue()->currentTicket(), selected);
}

void TestQueuePage::warningRaisesABanner()
{
    // No system tray offscreen: the alert shows as a banner above the queue.
    auto *model = m_page->model();
    auto *banner = m_page->findChild<AlertBanner *>(QStringLiteral("alertBanner"));
    QVERIFY(banner->isHidden());
    for (int step = 0; step < 40 && banner->isHidden() && model->nextChange(); ++step) {
        m_clock->set(*model->nextChange());
        model->advance();
    }
    QVERIFY(!banner->isHidden());
    const qint64 id = banner->ticketId();
    QCOMPARE(banner->property("ticket").toLongLong(), id);
    QVERIFY(banner->text().contains(QStringLiteral("#%1").arg(id)));
    const QString assignee = model->ticketAt(model->rowOfTicket(id))->assignee;
    QVERIFY(assignee.isEmpty() || assignee == QLatin1String("mlefebvre"));
}

void TestQueuePage::schedulingSetsTheDueTime()
{
    // A P6 "scheduled task" awaits its time until the agent records the one the user chose.
    TicketRepository &repository = m_stack->repository;
    qint64 id = 0;
    for (const TicketRecord &ticket : repository.openTickets()) {
        if (ticket.severity == QLatin1String("p6") && ticket.status == TicketStatus::New
            && !m_stack->engine.evaluate(repository.timeline(ticket.id), m_clock->now())
                    .metric(Metric::InitialResponse)
                    ->due) {
            id = ticket.id;
            break;
        }
    }
    if (!id) {
        // Every demo P6 ticket already has a time: make one that has none.
        qint64 customer = 0;
        for (const TicketRecord &ticket : repository.openTickets()) {
            if (ticket.policyId == QLatin1String("helpdesk-matrix"))
                customer = ticket.customerId;
        }
        TicketRequest request;
        request.customerId = customer;
        request.title = QStringLiteral("Upgrade at night");
        request.severity = QStringLiteral("p6");
        request.channel = QStringLiteral("phone");
        request.language = QStringLiteral("en");
        request.createdAt = test::fixedNow - std::chrono::hours{1};
        id = m_stack->tickets.create(request).id;
    }
    m_page->refreshTicket(id);
    m_page->queue()->selectTicket(id);
    QCOMPARE(m_page->detail()->ticketId(), id);
    const Instant chosen = test::fixedNow + std::chrono::hours{50};
    m_page->detail()->schedule(chosen);
    const TicketSla sla = m_stack->engine.evaluate(repository.timeline(id), m_clock->now());
    const MetricState *response = sla.metric(Metric::InitialResponse);
    QVERIFY(response && response->due);
    QCOMPARE(*response->due, chosen);
}

void TestQueuePage::waitingButtonResumesAPausedTicket()
{
    // An answered ticket with a clock running: the button sets it waiting, then resumes it.
    TicketRepository &repository = m_stack->repository;
    const auto running = [&](qint64 ticket, ClockState state) {
        for (const MetricState &metric :
             m_stack->engine.evaluate(repository.timeline(ticket), m_clock->now()).metrics) {
            if (metric.state == state)
                return true;
        }
        return false;
    };
    qint64 id = 0;
    for (const TicketRecord &ticket : repository.openTickets()) {
        if (ticket.status == TicketStatus::Open && running(ticket.id, ClockState::Running)) {
            id = ticket.id;
            break;
        }
    }
    QVERIFY(id);
    m_page->queue()->selectTicket(id);
    QCOMPARE(m_page->detail()->ticketId(), id);
    auto *waiting = m_page->detail()->findChild<QPushButton *>(QStringLiteral("waitingButton"));
    auto *resume = m_page->detail()->findChild<QPushButton *>(QStringLiteral("resumeButton"));
    QCOMPARE(waiting->text(), QStringLiteral("&Waiting on customer"));
    QVERIFY(waiting->isEnabled());
    QVERIFY(!resume->isEnabled());
    const QRect waitingPlace = waiting->geometry();
    const QRect resumePlace = resume->geometry();
    const int version = repository.ticket(id)->version;

    QTest::mouseClick(waiting, Qt::LeftButton);
    QCOMPARE(repository.ticket(id)->status, TicketStatus::WaitingCustomer);
    // Each action keeps its button and its place; the one that applies now is enabled.
    QVERIFY(!waiting->isEnabled());
    QVERIFY(resume->isEnabled());
    QCOMPARE(waiting->geometry(), waitingPlace);
    QCOMPARE(resume->geometry(), resumePlace);
    auto *model = m_page->model();
    QCOMPARE(model->ticketAt(model->rowOfTicket(id))->status, TicketStatus::WaitingCustomer);
    QVERIFY(running(id, ClockState::Paused));
    QVERIFY(!running(id, ClockState::Running));

    m_clock->set(test::fixedNow + std::chrono::minutes{5});
    QTest::mouseClick(resume, Qt::LeftButton);
    const TicketRecord resumed = *repository.ticket(id);
    QCOMPARE(resumed.status, TicketStatus::Open);
    QCOMPARE(resumed.version, version + 2);
    QCOMPARE(resumed.updatedBy, QStringLiteral("mlefebvre"));
    QVERIFY(waiting->isEnabled());
    QVERIFY(!resume->isEnabled());
    QCOMPARE(model->ticketAt(model->rowOfTicket(id))->status, TicketStatus::Open);
    auto *banner = m_page->detail()->findChild<QLabel *>(QStringLiteral("conflictBanner"));
    QVERIFY(banner->isHidden());
    // The service recorded the way back to open, by this agent, and the clocks run again.
    const TicketTimeline timeline = repository.timeline(id);
    const TicketEvent &last = timeline.events.constLast();
    QCOMPARE(last.kind, TicketEvent::Kind::StatusChanged);
    QCOMPARE(last.value, QStringLiteral("open"));
    QCOMPARE(last.author, QStringLiteral("mlefebvre"));
    QVERIFY(!running(id, ClockState::Paused));
    QVERIFY(running(id, ClockState::Running));
}

void TestQueuePage::damagedTimelineIsShownAsUnreadable_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("created") << QStringLiteral("created");
    QTest::newRow("severity-changed") << QStringLiteral("severity-changed");
}

void TestQueuePage::damagedTimelineIsShownAsUnreadable()
{
    QFETCH(QString, kind);
    const TicketRecord any = m_stack->repository.openTickets().first();
    const TicketRecord ticket = m_stack->create(any.customerId, QStringLiteral("Damaged ") + kind);
    if (kind == QLatin1String("severity-changed")) {
        const Policy *policy = m_stack->engine.policy(ticket.policyId, ticket.policyVersion);
        QVERIFY(policy);
        QString other;
        for (const Severity &severity : policy->severities) {
            if (severity.id != ticket.severity)
                other = severity.id;
        }
        QVERIFY(m_stack->act(ticket.id, TicketAction::Kind::ChangeSeverity, other));
    }
    // The stored payload is damaged behind the service's back (a bad restore, a hand edit).
    QSqlQuery damage(m_database->connection());
    QVERIFY(
        damage.prepare(QStringLiteral("UPDATE ticket_events SET payload = '{\"severity\":\"\"}' "
                                      "WHERE ticket_id = ? AND kind = ?")));
    damage.addBindValue(ticket.id);
    damage.addBindValue(kind);
    QVERIFY(damage.exec());
    QCOMPARE(damage.numRowsAffected(), 1);

    // The whole queue loads, with that ticket in it, said to be unreadable.
    m_page->reload();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading(), 20000);
    auto *model = m_page->model();
    const int row = model->rowOfTicket(ticket.id);
    QVERIFY(row >= 0);
    const QString deadline
        = model->index(row, TicketQueueModel::DeadlineColumn).data(Qt::DisplayRole).toString();
    QVERIFY2(deadline.startsWith(QStringLiteral("timeline unreadable: ")), qPrintable(deadline));
    QVERIFY(model->clockAt(row)->unreadable.size() > 0);
    QVERIFY(model->rowCount() > 1);
    m_page->queue()->selectTicket(ticket.id);
    QCOMPARE(m_page->detail()->ticketId(), ticket.id);
    auto *clocks = m_page->detail()->findChild<QLabel *>(QStringLiteral("detailClocks"));
    QVERIFY2(clocks->text().startsWith(QStringLiteral("timeline unreadable: ")),
             qPrintable(clocks->text()));

    // A page built afresh on such a database loads too.
    QueuePage fresh(m_stack->tickets, m_stack->commands, *m_clock, nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(!fresh.isLoading(), 20000);
    const int again = fresh.model()->rowOfTicket(ticket.id);
    QVERIFY(again >= 0);
    QVERIFY(fresh.model()
                ->index(again, TicketQueueModel::DeadlineColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("timeline unreadable: ")));
    QCOMPARE(fresh.model()->rowCount(), model->rowCount());

    // Leave the other tests a readable database.
    QSqlQuery resolve(m_database->connection());
    QVERIFY(resolve.prepare(QStringLiteral("UPDATE tickets SET status = 'resolved' WHERE id = ?")));
    resolve.addBindValue(ticket.id);
    QVERIFY(resolve.exec());
}

void TestQueuePage::namedViewsPerUser()
{
    QueueView *queue = m_page->queue();
    auto *language = queue->findChild<QComboBox *>(QStringLiteral("languageFilter"));
    auto *urgent = queue->findChild<QCheckBox *>(QStringLiteral("urgentFilter"));
    auto *search = queue->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    auto *name = queue->findChild<QLineEdit *>(QStringLiteral("viewNameEdit"));
    auto *views = queue->findChild<QComboBox *>(QStringLiteral("savedViews"));
    QVERIFY(language && urgent && search && name && views);

    language->setCurrentIndex(language->findData(QStringLiteral("fr")));
    urgent->setChecked(true);
    search->setText(QStringLiteral("portail"));
    const int rows = queue->table()->model()->rowCount();
    QTest::keyClicks(name, QStringLiteral("French at risk"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(queue->savedViews(), QStringList{QStringLiteral("French at risk")});
    QCOMPARE(views->currentText(), QStringLiteral("French at risk"));
    // Kept under this agent's login.
    QVERIFY(QSettings().childGroups().contains(QStringLiteral("queueViews")));
    QVERIFY(
        QSettings().value(QStringLiteral("queueViews/mlefebvre/French at risk/language")).toString()
        == QLatin1String("fr"));

    language->setCurrentIndex(0);
    urgent->setChecked(false);
    search->clear();
    QVERIFY(queue->table()->model()->rowCount() > rows);
    queue->applyView(QStringLiteral("French at risk"));
    QCOMPARE(language->currentData().toString(), QStringLiteral("fr"));
    QVERIFY(urgent->isChecked());
    QCOMPARE(search->text(), QStringLiteral("portail"));
    QCOMPARE(queue->table()->model()->rowCount(), rows);
}

// A resolved ticket leaves the open queue, is found among the resolved ones, and is reopened
// from there; the open queue then has it again.
void TestQueuePage::resolvedTicketsAreFoundAndReopened()
{
    TicketQueueModel *model = m_page->model();
    const qint64 id = model->index(0, 0).data(TicketQueueModel::TicketIdRole).toLongLong();
    m_stack->act(id, TicketAction::Kind::Resolve);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOfTicket(id) < 0, 5000);
    const int open = model->rowCount();

    auto *lifecycle = m_page->findChild<QComboBox *>(QStringLiteral("lifecycleFilter"));
    QVERIFY(lifecycle);
    QCOMPARE(lifecycle->count(), 3);
    lifecycle->setCurrentIndex(lifecycle->findData(int(TicketScope::Resolved)));
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading() && model->rowOfTicket(id) >= 0, 20000);
    for (int r = 0; r < model->rowCount(); ++r)
        QCOMPARE(model->index(r, TicketQueueModel::StatusColumn).data().toString(),
                 ExplainText::statusName(TicketStatus::Resolved));

    m_page->openTicket(id);
    auto *reopen = m_page->findChild<QPushButton *>(QStringLiteral("reopenButton"));
    QVERIFY(reopen);
    QVERIFY(reopen->isEnabled());
    QTest::mouseClick(reopen, Qt::LeftButton);
    QCOMPARE(m_stack->repository.ticket(id)->status, TicketStatus::Open);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOfTicket(id) < 0, 5000); // no longer resolved

    lifecycle->setCurrentIndex(lifecycle->findData(int(TicketScope::All)));
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading() && model->rowCount() > open, 20000);
    QVERIFY(model->rowOfTicket(id) >= 0);
    lifecycle->setCurrentIndex(lifecycle->findData(int(TicketScope::Open)));
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading() && model->rowCount() == open + 1, 20000);
    QVERIFY(model->rowOfTicket(id) >= 0);
}

// Enter in the search box searches every title and message: the hits in place of the list,
// the words marked, open or resolved as the agent chooses; moving through them shows each in
// the pane, a resolved one reopens from there, and Esc is back to the queue.
void TestQueuePage::fullTextSearchFindsConversationsAndOpensAHit()
{
    LanguageManager languages; // English with its plural forms, as the console runs it
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    TicketQueueModel *model = m_page->model();
    const qint64 open = model->index(0, 0).data(TicketQueueModel::TicketIdRole).toLongLong();
    const qint64 done = model->index(1, 0).data(TicketQueueModel::TicketIdRole).toLongLong();
    QVERIFY(m_stack->act(open,
                         TicketAction::Kind::CustomerReplied,
                         QString(),
                         QStringLiteral("The zorblax <controller> rebooted twice")));
    QVERIFY(m_stack->act(done,
                         TicketAction::Kind::Note,
                         QString(),
                         QStringLiteral("zorblax replaced under warranty")));
    QVERIFY(m_stack->act(done, TicketAction::Kind::Resolve));
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOfTicket(done) < 0, 5000);

    auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    auto *results = m_page->findChild<QListWidget *>(QStringLiteral("searchResultsList"));
    auto *heading = m_page->findChild<QLabel *>(QStringLiteral("searchHeading"));
    QVERIFY(search && results && heading);
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("zorblax"));
    QVERIFY(!m_page->queue()->isShowingSearchResults()); // typing filters; Enter searches
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(m_page->queue()->isShowingSearchResults());
    QVERIFY(results->isVisible());
    QVERIFY(!m_page->queue()->table()->isVisible());
    // Open tickets, as the queue shows: the resolved one is not among them.
    QCOMPARE(results->count(), 1);
    QCOMPARE(results->item(0)->data(SearchResultsView::TicketIdRole).toLongLong(), open);
    QCOMPARE(heading->text(),
             QStringLiteral("1 ticket matches “zorblax” (open tickets), best first."));
    const QString html = results->item(0)->data(SearchResultsView::HtmlRole).toString();
    QVERIFY2(html.contains(QStringLiteral("font-weight:600\">zorblax</span>")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("&lt;controller&gt;")), qPrintable(html));
    QVERIFY2(results->item(0)->text().contains(QStringLiteral("customer message")),
             qPrintable(results->item(0)->text()));
    // Switched to French, the hits say so in French.
    QVERIFY(languages.setLanguage(QStringLiteral("fr")));
    QCoreApplication::processEvents();
    QCOMPARE(heading->text(),
             QStringLiteral("1 ticket correspond à « zorblax » (tickets ouverts), le meilleur en "
                            "premier."));
    QVERIFY2(results->item(0)->text().contains(QStringLiteral("message du client")),
             qPrintable(results->item(0)->text()));
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    const qint64 shownBefore = m_page->detail()->ticketId();
    QVERIFY(shownBefore != done); // hits shown are not the agent moving

    // Open and resolved: both, and the resolved one opens in the pane from there.
    auto *scope = m_page->findChild<QComboBox *>(QStringLiteral("searchScope"));
    QVERIFY(scope);
    scope->setCurrentIndex(scope->findData(int(TicketScope::All)));
    emit scope->activated(scope->currentIndex());
    QCOMPARE(results->count(), 2);
    QCOMPARE(m_page->detail()->ticketId(), shownBefore);
    int resolvedRow = -1;
    for (int r = 0; r < results->count(); ++r)
        if (results->item(r)->data(SearchResultsView::TicketIdRole).toLongLong() == done)
            resolvedRow = r;
    QVERIFY(resolvedRow >= 0);
    QVERIFY(results->item(resolvedRow)->text().contains(QStringLiteral("internal note")));
    // j and k walk the hits, as they walk the list.
    results->setFocus(); // the first hit, as a list takes the focus
    QCOMPARE(results->currentRow(), 0);
    QTest::keyClick(results, Qt::Key_J);
    QCOMPARE(results->currentRow(), 1);
    QCOMPARE(m_page->detail()->ticketId(),
             results->item(1)->data(SearchResultsView::TicketIdRole).toLongLong());
    QTest::keyClick(results, Qt::Key_K);
    QCOMPARE(results->currentRow(), 0);
    QCOMPARE(m_page->detail()->ticketId(),
             results->item(0)->data(SearchResultsView::TicketIdRole).toLongLong());
    results->setCurrentRow(resolvedRow);
    QCOMPARE(m_page->detail()->ticketId(), done);
    QVERIFY(m_page->detail()->isInView()); // the hits are the view now, not the queue
    auto *reopen = m_page->findChild<QPushButton *>(QStringLiteral("reopenButton"));
    QVERIFY(reopen->isEnabled());
    QTest::mouseClick(reopen, Qt::LeftButton);
    QCOMPARE(m_stack->repository.ticket(done)->status, TicketStatus::Open);

    // Esc in the search: the words gone, the queue back.
    search->setFocus();
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
    QVERIFY(!m_page->queue()->isShowingSearchResults());
    QVERIFY(m_page->queue()->table()->isVisible());
}

QTEST_MAIN(TestQueuePage)
void TestQueuePage::fitsALaptopScreenInBothLanguages()
{
    // A 1280-pixel screen, less the navigation list: the filters, the buttons and the header
    // must fit, in the longer French words too.
    LanguageManager languages;
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("fr")}) {
        QVERIFY(languages.setLanguage(language));
        QCoreApplication::processEvents(); // the LanguageChange events
        const int width = m_page->minimumSizeHint().width();
        auto *respond = m_page->detail()->findChild<QPushButton *>(QStringLiteral("respondButton"));
        QCOMPARE(respond->text(),
                 language == QLatin1String("fr") ? QStringLiteral("&Répondre")
                                                 : QStringLiteral("&Respond"));
        QVERIFY2(width <= 1080,
                 qPrintable(QStringLiteral("%1: %2 pixels, the queue %3 and the ticket %4")
                                .arg(language)
                                .arg(width)
                                .arg(m_page->queue()->minimumSizeHint().width())
                                .arg(m_page->detail()->minimumSizeHint().width())));
    }
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
}

#include "tst_queuepage.moc"
