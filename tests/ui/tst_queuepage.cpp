// The queue and ticket detail, driven as an agent drives them: keyboard, search, respond, a
// conflict with another agent, and changes arriving from another connection.
#include "languagemanager.h"
#include "models/ticketqueuemodel.h"
#include "queuepage.h"
#include "queueview.h"
#include "sla/presetpolicies.h"
#include "sla/slaengine.h"
#include "storage/changefeed.h"
#include "storage/demodata.h"
#include "storage/sqlticketrepository.h"
#include "storage/ticketwriter.h"
#include "testenvironment.h"
#include "ticketdetailview.h"
#include "time/clock.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
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
    void namedViewsPerUser();
    void fitsALaptopScreenInBothLanguages();

private:
    int rowWith(ClockState state, Metric metric) const;
    QTemporaryDir m_dir;
    QString m_url;
    std::unique_ptr<SlaEngine> m_engine;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<TicketWriter> m_writer;
    std::unique_ptr<ChangeFeed> m_feed;
    std::unique_ptr<QueuePage> m_page;
};

void TestQueuePage::initTestCase()
{
    test::isolateUserData();
    m_url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("queue.sqlite"));
    auto database = Database::open(DatabaseUrl::parse(m_url), Database::Schema::Migrate);
    DemoData::populate(*database, test::fixedNow);
    m_engine = std::make_unique<SlaEngine>(PresetPolicies::load());
}

void TestQueuePage::init()
{
    QSettings().clear();
    m_clock = std::make_unique<ManualClock>(test::fixedNow);
    m_writer = std::make_unique<TicketWriter>(DatabaseUrl::parse(m_url),
                                              m_dir.filePath(QStringLiteral("j.jsonl")),
                                              QStringLiteral("mlefebvre"));
    m_writer->start();
    m_feed = std::make_unique<ChangeFeed>(DatabaseUrl::parse(m_url));
    m_feed->setPollInterval(50);
    m_feed->start();
    m_page = std::make_unique<QueuePage>(*m_engine, *m_clock, *m_writer, m_feed.get());
    m_page->resize(1400, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestQueuePage::cleanup()
{
    m_page.reset();
    m_feed.reset();
    m_writer.reset();
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
    // Enter moved the focus to the ticket; the queue's shortcuts still work from there.
    QVERIFY(!table->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Question, Qt::ShiftModifier);
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
    // The ticket shown before (not Contoso's) went from the list: the first match replaced it,
    // in the list and in the ticket pane.
    const qint64 first
        = table->model()->index(0, 0).data(TicketQueueModel::TicketIdRole).toLongLong();
    QCOMPARE(table->currentIndex().row(), 0);
    QCOMPARE(m_page->detail()->ticketId(), first);
    // Nothing matches: no ticket in the pane either.
    QTest::keyClicks(search, QStringLiteral(" no such words"));
    QCOMPARE(table->model()->rowCount(), 0);
    QCOMPARE(m_page->detail()->ticketId(), qint64(0));
    search->clear();
    QCOMPARE(table->model()->rowCount(), all);
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

    SqlTicketRepository repository(*m_writer->database());
    QCOMPARE(repository.ticket(id)->status, QStringLiteral("open"));
    const TicketSla sla = m_engine->evaluate(repository.timeline(id), m_clock->now());
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
        auto other = Database::open(DatabaseUrl::parse(m_url));
        other->setActor(QStringLiteral("dnguyen"));
        SqlTicketRepository repository(*other);
        TicketChange theirs;
        theirs.title = QStringLiteral("Renamed by Dnguyen");
        repository.update(id, repository.ticket(id)->version, theirs);
    }
    auto *waiting = m_page->detail()->findChild<QPushButton *>(QStringLiteral("waitingButton"));
    QTest::mouseClick(waiting, Qt::LeftButton);
    auto *banner = m_page->detail()->findChild<QLabel *>(QStringLiteral("conflictBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("dnguyen"))
                 && banner->text().contains(QStringLiteral("waiting-customer")),
             qPrintable(banner->text()));
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
        auto database = Database::open(DatabaseUrl::parse(m_url));
        database->setActor(QStringLiteral("akowalski"));
        SqlTicketRepository repository(*database);
        TicketChange take;
        take.assignee = QStringLiteral("akowalski");
        repository.update(other, repository.ticket(other)->version, take);
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
    auto *banner = m_page->findChild<QLabel *>(QStringLiteral("alertBanner"));
    QVERIFY(banner->isHidden());
    for (int step = 0; step < 40 && banner->isHidden() && model->nextChange(); ++step) {
        m_clock->set(*model->nextChange());
        model->advance();
    }
    QVERIFY(!banner->isHidden());
    const qint64 id = banner->property("ticket").toLongLong();
    QVERIFY(banner->text().contains(QStringLiteral("#%1").arg(id)));
    const QString assignee = model->ticketAt(model->rowOfTicket(id))->assignee;
    QVERIFY(assignee.isEmpty() || assignee == QLatin1String("mlefebvre"));
}

void TestQueuePage::schedulingSetsTheDueTime()
{
    // A P6 "scheduled task" awaits its time until the agent records the one the user chose.
    SqlTicketRepository repository(*m_writer->database());
    qint64 id = 0;
    for (const TicketRecord &ticket : repository.openTickets()) {
        if (ticket.severity == QLatin1String("p6") && ticket.status == QLatin1String("new")
            && !m_engine->evaluate(repository.timeline(ticket.id), m_clock->now())
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
        id = repository
                 .create({customer,
                          QStringLiteral("Upgrade at night"),
                          QStringLiteral("p6"),
                          QStringLiteral("phone"),
                          QStringLiteral("en"),
                          QString(),
                          test::fixedNow - std::chrono::hours{1}})
                 .id;
    }
    m_page->refreshTicket(id);
    m_page->queue()->selectTicket(id);
    QCOMPARE(m_page->detail()->ticketId(), id);
    const Instant chosen = test::fixedNow + std::chrono::hours{50};
    m_page->detail()->schedule(chosen);
    const TicketSla sla = m_engine->evaluate(repository.timeline(id), m_clock->now());
    const MetricState *response = sla.metric(Metric::InitialResponse);
    QVERIFY(response && response->due);
    QCOMPARE(*response->due, chosen);
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
