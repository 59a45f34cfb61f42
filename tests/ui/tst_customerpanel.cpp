// The customer panel in the ticket pane, on the queue page as an agent sees it: organization,
// contract and tier by name, the customer's local time at a fixed instant, and their other
// open tickets, a click opening one in the pane.
#include "customerpanel.h"
#include "languagemanager.h"
#include "queuepage.h"
#include "queueview.h"
#include "testenvironment.h"
#include "ticketdetailview.h"
#include "ticketstack.h"
#include "time/clock.h"

#include <QLabel>
#include <QListWidget>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace hourglass;

class TestCustomerPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheCustomerTheContractAndTheTierByName();
    void showsTheirLocalTimeLive();
    void listsTheirOtherOpenTicketsAndOpensOne();

private:
    qint64 addCustomer(const QString &name, const QString &zone, const QString &tier);
    template<typename T>
    T *find(const char *name) const
    {
        T *widget = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    void showTicket(qint64 id);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<test::TicketStack> m_stack;
    std::unique_ptr<QueuePage> m_page;
    qint64 m_acme = 0;
    qint64 m_other = 0;
    QList<qint64> m_acmeTickets; // open, open, resolved
    qint64 m_otherTicket = 0;
};

qint64 TestCustomerPanel::addCustomer(const QString &name, const QString &zone, const QString &tier)
{
    QSqlQuery insert(m_database->connection());
    insert.prepare(QStringLiteral("INSERT INTO customers (name, organization, time_zone, language) "
                                  "VALUES (?, ?, ?, 'en')"));
    insert.addBindValue(name);
    insert.addBindValue(QString(name + QStringLiteral(" Holdings SA")));
    insert.addBindValue(zone);
    if (!insert.exec())
        qFatal("%s", qPrintable(insert.lastError().text()));
    const qint64 id = insert.lastInsertId().toLongLong();
    QSqlQuery contract(m_database->connection());
    contract.prepare(QStringLiteral("INSERT INTO contracts (customer_id, policy_key, tier, "
                                    "starts_at) VALUES (?, 'provisioning-terms', ?, ?)"));
    contract.addBindValue(id);
    contract.addBindValue(tier);
    contract.addBindValue(toEpoch(test::at("2025-01-15T12:00:00Z")));
    if (!contract.exec())
        qFatal("%s", qPrintable(contract.lastError().text()));
    return id;
}

void TestCustomerPanel::initTestCase()
{
    test::isolateUserData();
    // English with its plural forms, as the console runs it.
    static LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    // A 24-hour clock whatever the machine's locale, so the local time reads one way.
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    m_database = test::openTemporarySqlite(m_dir);
    m_acme = addCustomer(QStringLiteral("Acme"),
                         QStringLiteral("Europe/Paris"),
                         QStringLiteral("reseller"));
    m_other = addCustomer(QStringLiteral("Zenith"),
                          QStringLiteral("America/New_York"),
                          QStringLiteral("direct"));
    ManualClock clock(test::fixedNow);
    test::TicketStack stack(*m_database, clock, QString(), QStringLiteral("mlefebvre"));
    for (const char *title : {"Router reboots nightly", "VPN slow", "Old invoice question"})
        m_acmeTickets.append(stack.create(m_acme, QString::fromUtf8(title)).id);
    m_otherTicket = stack.create(m_other, QStringLiteral("Zenith's own ticket")).id;
    QVERIFY(stack.act(m_acmeTickets.at(2), TicketAction::Kind::Resolve));
}

void TestCustomerPanel::init()
{
    // Monday 2026-03-09 13:30 UTC: 14:30 in Paris (CET, before the spring change).
    m_clock = std::make_unique<ManualClock>(test::fixedNow);
    m_stack = std::make_unique<test::TicketStack>(*m_database,
                                                  *m_clock,
                                                  QString(),
                                                  QStringLiteral("mlefebvre"));
    m_page = std::make_unique<QueuePage>(m_stack->tickets, m_stack->commands, *m_clock, nullptr);
    m_page->resize(1280, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading(), 20000);
}

void TestCustomerPanel::cleanup()
{
    m_page.reset();
    m_stack.reset();
}

void TestCustomerPanel::showTicket(qint64 id)
{
    m_page->queue()->selectTicket(id);
    QCOMPARE(m_page->detail()->ticketId(), id);
    // The panel is a tab of the pane, beside the conversation.
    auto *tabs = find<QTabWidget>("historyTabs");
    tabs->setCurrentWidget(find<CustomerPanel>("customerPanel"));
}

void TestCustomerPanel::showsTheCustomerTheContractAndTheTierByName()
{
    showTicket(m_acmeTickets.at(0));
    auto *panel = find<CustomerPanel>("customerPanel");
    QVERIFY(panel->isVisible());
    QCOMPARE(find<QLabel>("customerName")->text(), QStringLiteral("Acme"));
    QCOMPARE(find<QLabel>("customerOrganization")->text(),
             QStringLiteral("Organization: Acme Holdings SA"));
    const QString contract = find<QLabel>("customerContract")->text();
    // The tier by its name in the policy, never its id.
    QVERIFY2(contract.contains(QStringLiteral("tier White-label reseller")), qPrintable(contract));
    QVERIFY(!contract.contains(QStringLiteral("tier reseller")));
    QVERIFY2(contract.contains(QStringLiteral("Device-provisioning platform")),
             qPrintable(contract));
    QVERIFY2(contract.contains(QStringLiteral("15/01/2025")), qPrintable(contract));

    showTicket(m_otherTicket);
    QCOMPARE(find<QLabel>("customerName")->text(), QStringLiteral("Zenith"));
    QVERIFY(
        find<QLabel>("customerContract")->text().contains(QStringLiteral("tier Direct customer")));
}

void TestCustomerPanel::showsTheirLocalTimeLive()
{
    showTicket(m_acmeTickets.at(0));
    auto *local = find<QLabel>("customerLocalTime");
    QVERIFY2(local->text().contains(QStringLiteral("14:30 CET")), qPrintable(local->text()));
    QVERIFY(local->text().contains(QStringLiteral("Europe/Paris")));
    QVERIFY(local->text().contains(QLocale().dayName(1, QLocale::ShortFormat))); // Monday

    m_clock->advance(std::chrono::minutes(75));
    QTRY_VERIFY_WITH_TIMEOUT(local->text().contains(QStringLiteral("15:45 CET")), 3000);

    // The New York customer: 09:30 in the morning, summer time begun the day before.
    m_clock->set(test::fixedNow);
    showTicket(m_otherTicket);
    QVERIFY2(local->text().contains(QStringLiteral("09:30 EDT")), qPrintable(local->text()));
}

void TestCustomerPanel::listsTheirOtherOpenTicketsAndOpensOne()
{
    showTicket(m_acmeTickets.at(0));
    auto *panel = find<CustomerPanel>("customerPanel");
    // Not itself, not the resolved one, not another customer's.
    QCOMPARE(panel->otherTickets(), QList<qint64>{m_acmeTickets.at(1)});
    QCOMPARE(find<QLabel>("customerOthersHeading")->text(), QStringLiteral("1 other open ticket"));
    auto *list = find<QListWidget>("customerOtherTickets");
    QVERIFY(list->isVisible());
    QVERIFY2(list->item(0)->text().startsWith(
                 QStringLiteral("#%1 VPN slow · ").arg(m_acmeTickets.at(1))),
             qPrintable(list->item(0)->text()));

    // A click opens it in the pane, and the queue follows.
    const QRect first = list->visualItemRect(list->item(0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, first.center());
    QCOMPARE(m_page->detail()->ticketId(), m_acmeTickets.at(1));
    QCOMPARE(m_page->queue()->currentTicket(), m_acmeTickets.at(1));
    QCOMPARE(panel->otherTickets(), QList<qint64>{m_acmeTickets.at(0)});

    // A new ticket of the customer joins the list as the queue takes it in.
    const qint64 added = m_stack->create(m_acme, QStringLiteral("Printer offline")).id;
    m_page->refreshTicket(added);
    QList<qint64> listed = panel->otherTickets();
    std::sort(listed.begin(), listed.end());
    QCOMPARE(listed, (QList<qint64>{m_acmeTickets.at(0), added}));
    QCOMPARE(find<QLabel>("customerOthersHeading")->text(), QStringLiteral("2 other open tickets"));

    // Zenith has no other ticket: the list says so and hides.
    showTicket(m_otherTicket);
    QVERIFY(panel->otherTickets().isEmpty());
    QCOMPARE(find<QLabel>("customerOthersHeading")->text(), QStringLiteral("No other open ticket"));
    QVERIFY(list->isHidden());
}

QTEST_MAIN(TestCustomerPanel)
#include "tst_customerpanel.moc"
