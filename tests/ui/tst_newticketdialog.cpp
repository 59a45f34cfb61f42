// The new-ticket dialog driven as an agent fills it in: the severity default follows the
// channel until the agent picks one, the onlyOutside rule shown as the service applies it,
// one ticket written on OK and none on a refusal or offline.
#include "languagemanager.h"
#include "newticketdialog.h"
#include "storage/policystore.h"
#include "testenvironment.h"
#include "ticketstack.h"
#include "time/clock.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace hourglass;

namespace {

// A policy whose channels have defaults of their own (no preset has two): phone calls are
// urgent, the rest is not.
const char channelPolicy[] = R"({
  "format": "hourglass-policy/1",
  "id": "channel-defaults",
  "version": 1,
  "name": "Channel defaults",
  "tiers": [{"id": "basic", "name": "Basic support"}],
  "severities": [{"id": "high", "name": "High"}, {"id": "low", "name": "Low"}],
  "channels": [{"id": "email", "name": "Email"}, {"id": "phone", "name": "Phone"},
               {"id": "portal", "name": "Portal"}],
  "defaultSeverity": {"phone": "high", "*": "low"},
  "calendars": {"24x7": "../calendars/24x7.json"},
  "targets": [{"metric": "initial-response", "severity": "high", "within": "1h",
               "calendar": "24x7"}]
})";

} // namespace

class TestNewTicketDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void severityDefaultFollowsTheChannel();
    void emergencyInStandardHoursBecomesCritical();
    void createWritesExactlyOneTicket();
    void refusalWritesNothing();
    void offlineSaysATicketNeedsTheDatabase();
    void switchesLanguageWhileOpen();

private:
    qint64 addCustomer(const QString &name, const QString &policy, const QString &tier);
    NewTicketDialog *openDialog();
    template<typename T>
    T *find(const char *name) const
    {
        T *widget = m_dialog->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    // Picks a customer as an agent does: types a few letters and takes the completion.
    void typeCustomer(const QString &name);
    qint64 tickets() const { return test::countRows(*m_database, QStringLiteral("tickets")); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<test::TicketStack> m_stack;
    std::unique_ptr<NewTicketDialog> m_dialog;
    qint64 m_channelCustomer = 0;
    qint64 m_provisioningCustomer = 0;
};

void TestNewTicketDialog::initTestCase()
{
    test::isolateUserData();
    m_database = test::openTemporarySqlite(m_dir);
    QCOMPARE(PolicyStore::store(*m_database, QStringLiteral("channel-defaults.json"), channelPolicy),
             PolicyStore::Outcome::Stored);
    m_channelCustomer = addCustomer(QStringLiteral("Wellington Ferries"),
                                    QStringLiteral("channel-defaults"),
                                    QStringLiteral("basic"));
    m_provisioningCustomer = addCustomer(QStringLiteral("Kestrel Devices"),
                                         QStringLiteral("provisioning-terms"),
                                         QStringLiteral("direct"));
}

qint64 TestNewTicketDialog::addCustomer(const QString &name,
                                        const QString &policy,
                                        const QString &tier)
{
    QSqlQuery insert(m_database->connection());
    insert.prepare(QStringLiteral("INSERT INTO customers (name, organization, time_zone, language) "
                                  "VALUES (?, ?, 'America/New_York', 'fr')"));
    insert.addBindValue(name);
    insert.addBindValue(QString(name + QStringLiteral(" Group")));
    if (!insert.exec())
        qFatal("%s", qPrintable(insert.lastError().text()));
    const qint64 id = insert.lastInsertId().toLongLong();
    QSqlQuery contract(m_database->connection());
    contract.prepare(QStringLiteral("INSERT INTO contracts (customer_id, policy_key, tier, "
                                    "starts_at) VALUES (?, ?, ?, 0)"));
    contract.addBindValue(id);
    contract.addBindValue(policy);
    contract.addBindValue(tier);
    if (!contract.exec())
        qFatal("%s", qPrintable(contract.lastError().text()));
    return id;
}

void TestNewTicketDialog::init()
{
    // Monday 2026-03-09 09:30 in New York: inside the provisioning terms' standard hours.
    m_clock = std::make_unique<ManualClock>(test::fixedNow);
    m_stack = std::make_unique<test::TicketStack>(*m_database,
                                                  *m_clock,
                                                  QString(),
                                                  QStringLiteral("mlefebvre"));
    m_stack->session.setRetryDelay(600000); // offline stays offline for the test
}

void TestNewTicketDialog::cleanup()
{
    m_dialog.reset();
    m_stack.reset();
}

NewTicketDialog *TestNewTicketDialog::openDialog()
{
    m_dialog = std::make_unique<NewTicketDialog>(m_stack->tickets, *m_clock);
    m_dialog->show();
    if (!QTest::qWaitForWindowExposed(m_dialog.get()))
        qFatal("the dialog was not shown");
    return m_dialog.get();
}

void TestNewTicketDialog::typeCustomer(const QString &name)
{
    auto *customer = find<QComboBox>("customerBox");
    customer->setFocus();
    QTest::keyClicks(customer->lineEdit(), name);
}

void TestNewTicketDialog::severityDefaultFollowsTheChannel()
{
    openDialog();
    typeCustomer(QStringLiteral("Wellington Ferries"));
    auto *channel = find<QComboBox>("channelBox");
    auto *severity = find<QComboBox>("severityBox");
    QCOMPARE(channel->currentData().toString(), QStringLiteral("email"));
    QCOMPARE(severity->currentData().toString(), QStringLiteral("low"));
    QCOMPARE(find<QLabel>("contractLabel")->text(),
             QStringLiteral("Channel defaults · tier Basic support"));

    channel->setFocus();
    QTest::keyClick(channel, Qt::Key_Down);
    QCOMPARE(channel->currentData().toString(), QStringLiteral("phone"));
    QCOMPARE(severity->currentData().toString(), QStringLiteral("high"));
    QTest::keyClick(channel, Qt::Key_Down);
    QCOMPARE(channel->currentData().toString(), QStringLiteral("portal"));
    QCOMPARE(severity->currentData().toString(), QStringLiteral("low"));

    // Once the agent picks a severity, the channel no longer changes it.
    severity->setFocus();
    QTest::keyClick(severity, Qt::Key_Up);
    QCOMPARE(severity->currentData().toString(), QStringLiteral("high"));
    channel->setFocus();
    QTest::keyClick(channel, Qt::Key_Up);
    QCOMPARE(channel->currentData().toString(), QStringLiteral("phone"));
    QTest::keyClick(channel, Qt::Key_Up);
    QCOMPARE(channel->currentData().toString(), QStringLiteral("email"));
    QCOMPARE(severity->currentData().toString(), QStringLiteral("high"));
    // The language is the customer's to begin with.
    QCOMPARE(find<QComboBox>("languageBox")->currentData().toString(), QStringLiteral("fr"));
    QVERIFY(find<QLabel>("triageLabel")->isHidden()); // no rule of triage in this policy
}

void TestNewTicketDialog::emergencyInStandardHoursBecomesCritical()
{
    openDialog();
    typeCustomer(QStringLiteral("Kestrel"));
    // A fragment is not a choice yet; the whole name is.
    QCOMPARE(m_dialog->request().customerId, 0);
    QVERIFY(find<QLabel>("triageLabel")->isHidden());
    QTest::keyClicks(find<QComboBox>("customerBox")->lineEdit(), QStringLiteral(" Devices"));
    QCOMPARE(m_dialog->request().customerId, m_provisioningCustomer);
    auto *severity = find<QComboBox>("severityBox");
    QCOMPARE(severity->currentData().toString(), QStringLiteral("minor"));
    auto *triage = find<QLabel>("triageLabel");
    QVERIFY(triage->isHidden());

    severity->setFocus();
    QTest::keyClick(severity, Qt::Key_Home);
    QCOMPARE(severity->currentData().toString(), QStringLiteral("emergency"));
    QVERIFY(triage->isVisible());
    QVERIFY2(triage->text().contains(QStringLiteral("Emergency raised now becomes Critical")),
             qPrintable(triage->text()));
    QVERIFY(triage->text().contains(QStringLiteral("Standard hours: 09:00-17:00 Eastern")));
    // The rule's reason, as the policy gives it.
    QVERIFY(triage->text().contains(QStringLiteral("outside standard support hours")));

    // At 19:00 in New York the emergency stands: the text follows the clock within a second.
    m_clock->set(test::fixedNow + std::chrono::hours(10));
    QTRY_VERIFY_WITH_TIMEOUT(triage->text().contains(QStringLiteral("Emergency applies now")), 3000);
    QCOMPARE(triage->property("triagedSeverity").toString(), QStringLiteral("emergency"));

    // Back in standard hours, the service makes of it what the dialog said.
    m_clock->set(test::fixedNow);
    QTRY_COMPARE_WITH_TIMEOUT(triage->property("triagedSeverity").toString(),
                              QStringLiteral("critical"),
                              3000);
    QTest::keyClicks(find<QLineEdit>("titleEdit"), QStringLiteral("Provisioning down at HQ"));
    QTest::mouseClick(find<QPushButton>("createButton"), Qt::LeftButton);
    QVERIFY(m_dialog->created());
    QCOMPARE(m_dialog->created()->severity, QStringLiteral("critical"));
}

void TestNewTicketDialog::createWritesExactlyOneTicket()
{
    const qint64 before = tickets();
    openDialog();
    QSignalSpy created(m_dialog.get(), &NewTicketDialog::ticketCreated);
    typeCustomer(QStringLiteral("Wellington Ferries"));
    QTest::keyClicks(find<QLineEdit>("contactEdit"), QStringLiteral("Ana Ruiz"));
    QTest::keyClicks(find<QLineEdit>("titleEdit"), QStringLiteral("Booking site returns 502"));
    auto *description = find<QPlainTextEdit>("descriptionEdit");
    QTest::keyClicks(description, QStringLiteral("Since 8 this morning."));
    QTest::keyClick(description, Qt::Key_Return);
    QTest::keyClicks(description, QStringLiteral("Every page."));
    auto *channel = find<QComboBox>("channelBox");
    channel->setFocus();
    QTest::keyClick(channel, Qt::Key_Down); // phone: high
    const TicketRequest request = m_dialog->request();
    QCOMPARE(request.contact, QStringLiteral("Ana Ruiz"));
    QCOMPARE(request.description, QStringLiteral("Since 8 this morning.\nEvery page."));

    QTest::mouseClick(find<QPushButton>("createButton"), Qt::LeftButton);
    QCOMPARE(tickets(), before + 1);
    QCOMPARE(created.count(), 1);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(m_dialog->isHidden());
    const std::optional<TicketRecord> stored = m_stack->repository.ticket(
        created.first().first().toLongLong());
    QVERIFY(stored);
    QCOMPARE(stored->customerId, m_channelCustomer);
    QCOMPARE(stored->title, QStringLiteral("Booking site returns 502"));
    QCOMPARE(stored->channel, QStringLiteral("phone"));
    QCOMPARE(stored->severity, QStringLiteral("high"));
    QCOMPARE(stored->language, QStringLiteral("fr"));
}

void TestNewTicketDialog::refusalWritesNothing()
{
    const qint64 before = tickets();
    openDialog();
    QSignalSpy created(m_dialog.get(), &NewTicketDialog::ticketCreated);
    auto *problem = find<QLabel>("problemLabel");
    typeCustomer(QStringLiteral("Wellington Ferries"));
    QTest::keyClicks(find<QLineEdit>("titleEdit"), QStringLiteral("   "));
    QTest::mouseClick(find<QPushButton>("createButton"), Qt::LeftButton);
    QCOMPARE(tickets(), before);
    QVERIFY(created.isEmpty());
    QVERIFY(m_dialog->isVisible());
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->property("field").toString(), QStringLiteral("title"));
    QCOMPARE(problem->text(), QStringLiteral("Title: the title is empty"));
    QCOMPARE(QApplication::focusWidget(), find<QLineEdit>("titleEdit"));
    // Typing again puts the refusal away.
    QTest::keyClick(find<QLineEdit>("titleEdit"), Qt::Key_Backspace);
    QVERIFY(problem->isHidden());

    // A customer no one has: named as the field it is, nothing written.
    auto *customer = find<QComboBox>("customerBox");
    customer->lineEdit()->selectAll();
    QTest::keyClicks(customer->lineEdit(), QStringLiteral("Nobody Inc"));
    QTest::keyClicks(find<QLineEdit>("titleEdit"), QStringLiteral("Real title"));
    QTest::mouseClick(find<QPushButton>("createButton"), Qt::LeftButton);
    QCOMPARE(tickets(), before);
    QCOMPARE(problem->property("field").toString(), QStringLiteral("customer"));
    QVERIFY2(problem->text().startsWith(QStringLiteral("Customer: unknown customer")),
             qPrintable(problem->text()));
}

void TestNewTicketDialog::offlineSaysATicketNeedsTheDatabase()
{
    const qint64 before = tickets();
    m_stack->session.goOffline(QStringLiteral("cable pulled"));
    QVERIFY(!m_stack->session.isOnline());
    openDialog();
    auto *problem = find<QLabel>("problemLabel");
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(
                 QStringLiteral("can be opened only while the database answers")),
             qPrintable(problem->text()));
    QCOMPARE(find<QComboBox>("customerBox")->count(), 0);
    QTest::keyClicks(find<QLineEdit>("titleEdit"), QStringLiteral("Anything"));
    QTest::mouseClick(find<QPushButton>("createButton"), Qt::LeftButton);
    QVERIFY(m_dialog->isVisible());
    QVERIFY(problem->isVisible());
    QCOMPARE(tickets(), before);
}

void TestNewTicketDialog::switchesLanguageWhileOpen()
{
    openDialog();
    typeCustomer(QStringLiteral("Kestrel Devices"));
    auto *severity = find<QComboBox>("severityBox");
    severity->setFocus();
    QTest::keyClick(severity, Qt::Key_Home); // Emergency, picked by the agent
    auto *language = find<QComboBox>("languageBox");
    language->setFocus();
    QTest::keyClick(language, Qt::Key_Up); // English, against the customer's French
    QCOMPARE(language->currentData().toString(), QStringLiteral("en"));
    QTest::mouseClick(find<QPushButton>("createButton"), Qt::LeftButton); // no title: refused

    LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("fr")));
    QCoreApplication::processEvents(); // the LanguageChange events
    QCOMPARE(m_dialog->windowTitle(), QStringLiteral("Nouveau ticket"));
    QCOMPARE(find<QPushButton>("createButton")->text(), QStringLiteral("&Ouvrir le ticket"));
    QCOMPARE(language->currentText(), QStringLiteral("Anglais"));
    // What the agent chose stays chosen, and the triage is said in French.
    QCOMPARE(language->currentData().toString(), QStringLiteral("en"));
    QCOMPARE(severity->currentData().toString(), QStringLiteral("emergency"));
    QVERIFY2(find<QLabel>("triageLabel")->text().contains(QStringLiteral("devient")),
             qPrintable(find<QLabel>("triageLabel")->text()));
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    QCOMPARE(m_dialog->windowTitle(), QStringLiteral("New ticket"));
}

QTEST_MAIN(TestNewTicketDialog)
#include "tst_newticketdialog.moc"
