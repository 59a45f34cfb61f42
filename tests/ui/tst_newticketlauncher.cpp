// "New ticket" from the queue page: the keys open the dialog without blocking, and the queue
// and the pane show the ticket once it is created.
#include "newticketdialog.h"
#include "newticketlauncher.h"
#include "queuepage.h"
#include "queueview.h"
#include "testenvironment.h"
#include "ticketdetailview.h"
#include "ticketstack.h"
#include "time/clock.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace hourglass;

class TestNewTicketLauncher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void keysOpenTheDialogAndTheQueueSelectsTheNewTicket_data();
    void keysOpenTheDialogAndTheQueueSelectsTheNewTicket();
    void cancelWritesNothing();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<test::TicketStack> m_stack;
    std::unique_ptr<QueuePage> m_page;
    NewTicketLauncher *m_launcher = nullptr;
};

void TestNewTicketLauncher::initTestCase()
{
    test::isolateUserData();
    m_database = test::openTemporarySqlite(m_dir);
    QSqlQuery insert(m_database->connection());
    QVERIFY(insert.exec(QStringLiteral("INSERT INTO customers (name, organization, time_zone, "
                                       "language) VALUES ('Harbour Lights', 'Harbour Lights', "
                                       "'Europe/London', 'en')")));
    const qint64 id = insert.lastInsertId().toLongLong();
    QVERIFY2(insert.exec(QStringLiteral("INSERT INTO contracts (customer_id, policy_key, tier, "
                                        "starts_at) VALUES (%1, 'cloud-tiers', 'gold', 0)")
                             .arg(id)),
             qPrintable(insert.lastError().text()));
    // An older ticket first, so the new one is not alone in the queue.
    ManualClock clock(test::fixedNow);
    test::TicketStack stack(*m_database, clock, QString(), QStringLiteral("mlefebvre"));
    stack.create(id, QStringLiteral("Earlier ticket"), QStringLiteral("p1"));
}

void TestNewTicketLauncher::init()
{
    m_clock = std::make_unique<ManualClock>(test::fixedNow);
    m_stack = std::make_unique<test::TicketStack>(*m_database,
                                                  *m_clock,
                                                  QString(),
                                                  QStringLiteral("mlefebvre"));
    m_page = std::make_unique<QueuePage>(m_stack->tickets, m_stack->commands, *m_clock, nullptr);
    m_launcher = new NewTicketLauncher(*m_page, m_stack->tickets, *m_clock);
    m_page->resize(1280, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading(), 20000);
    QCOMPARE(NewTicketLauncher::of(m_page.get()), m_launcher);
}

void TestNewTicketLauncher::cleanup()
{
    m_page.reset();
    m_stack.reset();
}

void TestNewTicketLauncher::keysOpenTheDialogAndTheQueueSelectsTheNewTicket_data()
{
    QTest::addColumn<QKeyCombination>("key");
    QTest::newRow("Ctrl+N") << (Qt::CTRL | Qt::Key_N);
    QTest::newRow("n") << QKeyCombination(Qt::Key_N);
}

void TestNewTicketLauncher::keysOpenTheDialogAndTheQueueSelectsTheNewTicket()
{
    QFETCH(QKeyCombination, key);
    const qsizetype before = m_stack->repository.openTickets().size();
    QCOMPARE(m_launcher->action()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));
    QTableView *table = m_page->queue()->table();
    table->setFocus();
    QTest::keyClick(table, key.key(), key.keyboardModifiers());
    NewTicketDialog *dialog = m_launcher->dialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->isModal());

    auto *customer = dialog->findChild<QComboBox *>(QStringLiteral("customerBox"));
    QTest::keyClicks(customer->lineEdit(), QStringLiteral("Harbour Lights"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit")),
                     QStringLiteral("Lights out on pier 4"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createButton")),
                      Qt::LeftButton);
    // The dialog closes and deletes itself; the queue holds the ticket and shows it.
    QTRY_VERIFY(!m_launcher->dialog());
    const QList<TicketRecord> open = m_stack->repository.openTickets();
    QCOMPARE(open.size(), before + 1);
    const qint64 created = open.last().id;
    QCOMPARE(open.last().title, QStringLiteral("Lights out on pier 4"));
    QCOMPARE(m_page->queue()->currentTicket(), created);
    QCOMPARE(m_page->detail()->ticketId(), created);
}

void TestNewTicketLauncher::cancelWritesNothing()
{
    const qint64 before = test::countRows(*m_database, QStringLiteral("tickets"));
    NewTicketDialog *dialog = m_launcher->open();
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_launcher->open(), dialog); // one at a time
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_launcher->dialog());
    QCOMPARE(test::countRows(*m_database, QStringLiteral("tickets")), before);
}

QTEST_MAIN(TestNewTicketLauncher)
#include "tst_newticketlauncher.moc"
