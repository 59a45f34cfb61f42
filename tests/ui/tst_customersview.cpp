// The customers page as a coach and an account manager use it: the contract and its tier
// history, an upgrade from the page, a downgrade request carried out, a stale edit shown as a
// conflict; the ledger's month, a session beyond the balance asked about in place, a reversal,
// a pack, the CSV export and the PDF statement; and its pictures in English and French.
#include "consolepages.h"
#include "contracts/contractservice.h"
#include "customersview.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "storage/database.h"
#include "storage/demodata.h"
#include "storage/sqlcontractrepository.h"
#include "storage/sqldatabasesummary.h"
#include "testenvironment.h"
#include "ticketstack.h"
#include "time/clock.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace hourglass;

class TestCustomersView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theContractItsHistoryAndAnUpgradeFromThePage();
    void aDowngradeIsRequestedThenCarriedOut();
    void aStaleEditIsAConflict();
    void aSessionBeyondTheBalanceIsAskedAboutInPlace();
    void aReversalAndAPack();
    void exportsTheMonth();
    void pictures();

private:
    qint64 customerOn(const char *tier);
    template<typename T>
    T *find(const char *name)
    {
        auto *widget = m_view->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no %s", name);
        return widget;
    }
    int rows(const char *table) { return find<QTreeWidget>(table)->topLevelItemCount(); }
    qint64 count(const QString &table) { return test::countRows(*m_database, table); }

    LanguageManager m_languages;
    QTemporaryDir m_dir;
    ManualClock m_clock{test::fixedNow};
    std::unique_ptr<Database> m_database;
    std::unique_ptr<test::TicketStack> m_stack;
    std::unique_ptr<SqlContractRepository> m_repository;
    std::unique_ptr<ContractService> m_service;
    std::unique_ptr<CustomersView> m_view;
};

void TestCustomersView::initTestCase()
{
    test::isolateUserData();
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
}

void TestCustomersView::init()
{
    static int counter = 0;
    m_database = test::openTemporarySqlite(m_dir, QStringLiteral("v%1.sqlite").arg(++counter));
    DemoData::populate(*m_database, test::fixedNow);
    m_clock.set(test::fixedNow);
    m_stack = std::make_unique<test::TicketStack>(*m_database,
                                                  m_clock,
                                                  QString(),
                                                  QStringLiteral("cdubois"));
    m_repository = std::make_unique<SqlContractRepository>(m_stack->session);
    m_service = std::make_unique<ContractService>(m_stack->session,
                                                  *m_repository,
                                                  m_stack->customers,
                                                  m_stack->tickets);
    m_view = std::make_unique<CustomersView>(*m_service, m_stack->tickets, m_clock, nullptr);
    m_view->setSaveAsker(
        [](const QString &, const QString &, const QString &) { return QString(); });
    m_view->resize(1280, 760);
}

void TestCustomersView::cleanup()
{
    m_view.reset();
    m_service.reset();
    m_repository.reset();
    m_stack.reset();
    m_database.reset();
}

qint64 TestCustomersView::customerOn(const char *tier)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT c.id FROM customers c JOIN contracts k ON k.customer_id "
                                 "= c.id WHERE k.policy_key = 'cloud-tiers' AND k.tier = ? ORDER "
                                 "BY c.id LIMIT 1"));
    query.addBindValue(QLatin1String(tier));
    if (!query.exec() || !query.next())
        qFatal("no cloud customer on %s", tier);
    return query.value(0).toLongLong();
}

void TestCustomersView::theContractItsHistoryAndAnUpgradeFromThePage()
{
    const qint64 customer = customerOn("silver");
    const TicketRecord p1 = m_stack->create(customer,
                                            QStringLiteral("Portal down"),
                                            QStringLiteral("p1"));
    m_view->reload();
    QVERIFY(m_view->selectCustomer(customer));
    const QString entitlements = find<QLabel>("entitlements")->text();
    QVERIFY2(entitlements.contains(QStringLiteral("Silver")), qPrintable(entitlements));
    QVERIFY(entitlements.contains(QStringLiteral("Expertise hours included this month: 2h")));
    QVERIFY(entitlements.contains(QStringLiteral("Privileged access to experts: yes")));
    QVERIFY(entitlements.contains(QStringLiteral("8h")));
    QCOMPARE(rows("tierHistory"), 1);
    QVERIFY(rows("customerTickets") >= 1);

    auto *choice = find<QComboBox>("tierChoice");
    auto *upgrade = find<QPushButton>("upgradeTier");
    auto *downgrade = find<QPushButton>("requestDowngrade");
    // As shown, before any choice: the first other tier (Standard, below Silver) is a request.
    QCOMPARE(choice->currentData().toString(), QStringLiteral("standard"));
    QVERIFY(!upgrade->isEnabled());
    QVERIFY(downgrade->isEnabled());
    choice->setCurrentIndex(choice->findData(QStringLiteral("bronze")));
    QVERIFY(!upgrade->isEnabled());
    QVERIFY(downgrade->isEnabled());
    choice->setCurrentIndex(choice->findData(QStringLiteral("gold")));
    QVERIFY(upgrade->isEnabled());
    QVERIFY(!downgrade->isEnabled());
    m_clock.advance(Seconds{600});
    QTest::mouseClick(upgrade, Qt::LeftButton);
    QVERIFY2(m_view->statusText().contains(QStringLiteral("Upgraded to Gold")),
             qPrintable(m_view->statusText()));
    QVERIFY(m_view->statusText().contains(QStringLiteral("re-targeted")));
    QCOMPARE(rows("tierHistory"), 2);
    QCOMPARE(find<QTreeWidget>("tierHistory")->topLevelItem(1)->text(3), QStringLiteral("Upgrade"));
    QVERIFY(!find<QTreeWidget>("tierHistory")->topLevelItem(1)->text(5).isEmpty());
    QCOMPARE(m_stack->repository.ticket(p1.id)->tier, QStringLiteral("gold"));
    QVERIFY(find<QLabel>("entitlements")->text().contains(QStringLiteral("4h")));
}

void TestCustomersView::aDowngradeIsRequestedThenCarriedOut()
{
    const qint64 customer = customerOn("gold");
    QVERIFY(m_view->selectCustomer(customer));
    auto *choice = find<QComboBox>("tierChoice");
    choice->setCurrentIndex(choice->findData(QStringLiteral("standard")));
    find<QLineEdit>("downgradeReason")->setText(QStringLiteral("Project ended"));
    const qint64 tickets = count(QStringLiteral("tickets"));
    QTest::mouseClick(find<QPushButton>("requestDowngrade"), Qt::LeftButton);
    QVERIFY2(m_view->statusText().contains(QStringLiteral("requested")),
             qPrintable(m_view->statusText()));
    QCOMPARE(count(QStringLiteral("tickets")), tickets + 1);
    QCOMPARE(rows("tierRequests"), 1);
    QCOMPARE(rows("tierHistory"), 1); // nothing changed yet
    auto *requests = find<QTreeWidget>("tierRequests");
    QCOMPARE(requests->topLevelItem(0)->text(3), QStringLiteral("waiting for support"));
    QCOMPARE(requests->topLevelItem(0)->text(5), QStringLiteral("Project ended"));
    requests->setCurrentItem(requests->topLevelItem(0));
    m_clock.advance(Seconds{3600});
    QTest::mouseClick(find<QPushButton>("carryOutRequest"), Qt::LeftButton);
    QVERIFY2(m_view->statusText().contains(QStringLiteral("Carried out")),
             qPrintable(m_view->statusText()));
    QCOMPARE(rows("tierHistory"), 2);
    QCOMPARE(find<QTreeWidget>("tierHistory")->topLevelItem(1)->text(3),
             QStringLiteral("Downgrade"));
    QVERIFY(find<QTreeWidget>("tierRequests")
                ->topLevelItem(0)
                ->text(3)
                .startsWith(QStringLiteral("carried out")));
}

void TestCustomersView::aStaleEditIsAConflict()
{
    const qint64 customer = customerOn("bronze");
    QVERIFY(m_view->selectCustomer(customer));
    const Customer before = *m_service->customer(customer);
    // Someone else renames the customer while this page shows the old version.
    m_service->editCustomer({before.id,
                             before.version,
                             QStringLiteral("Renamed Elsewhere"),
                             before.organization,
                             before.language,
                             before.timeZone});
    find<QLineEdit>("customerOrganization")->setText(QStringLiteral("New Group"));
    QTest::mouseClick(find<QPushButton>("saveCustomer"), Qt::LeftButton);
    QVERIFY2(m_view->statusText().contains(QStringLiteral("someone changed this customer")),
             qPrintable(m_view->statusText()));
    QCOMPARE(m_service->customer(customer)->organization, before.organization);
    QCOMPARE(find<QLineEdit>("customerName")->text(), QStringLiteral("Renamed Elsewhere"));
    // On the version now shown, the same change is saved.
    find<QLineEdit>("customerOrganization")->setText(QStringLiteral("New Group"));
    QTest::mouseClick(find<QPushButton>("saveCustomer"), Qt::LeftButton);
    QCOMPARE(m_view->statusText(), QStringLiteral("Saved."));
    QCOMPARE(m_service->customer(customer)->organization, QStringLiteral("New Group"));
    // A bad zone is refused by name and changes nothing.
    find<QComboBox>("customerZone")->setCurrentText(QStringLiteral("Nowhere/City"));
    QTest::mouseClick(find<QPushButton>("saveCustomer"), Qt::LeftButton);
    QVERIFY2(m_view->statusText().startsWith(QStringLiteral("Not saved: Time zone: ")),
             qPrintable(m_view->statusText()));
    QCOMPARE(m_service->customer(customer)->timeZone, before.timeZone);
    // In French the field is named as the French page labels it, never by the service's key.
    QVERIFY(m_languages.setLanguage(QStringLiteral("fr")));
    QCoreApplication::processEvents(); // the page's labels take their French words
    find<QComboBox>("customerZone")->setCurrentText(QStringLiteral("Nowhere/City"));
    QTest::mouseClick(find<QPushButton>("saveCustomer"), Qt::LeftButton);
    const QString french = m_view->statusText();
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    QVERIFY2(french.startsWith(QStringLiteral("Non enregistré : Fuseau horaire : ")),
             qPrintable(french));
    QVERIFY(!french.contains(QStringLiteral("time zone")));
}

void TestCustomersView::aSessionBeyondTheBalanceIsAskedAboutInPlace()
{
    const qint64 customer = customerOn("silver");
    QVERIFY(m_view->selectCustomer(customer));
    m_view->showExpertise();
    const MonthBalance before = m_service->ledger(customer).balance(m_view->month());
    const int left = std::max(0, before.leftMinutes);
    find<QDoubleSpinBox>("sessionHours")->setValue(left / 60.0 + 1);
    find<QLineEdit>("sessionNotes")->setText(QStringLiteral("Architecture review"));
    const qint64 entries = count(QStringLiteral("expertise_entries"));
    QTest::mouseClick(find<QPushButton>("logSession"), Qt::LeftButton);
    QVERIFY(!find<QWidget>("beyondBalance")->isHidden());
    QCOMPARE(count(QStringLiteral("expertise_entries")), entries);
    QVERIFY(!find<QPushButton>("drawOnPack")->isEnabled()); // no pack bought
    QTest::mouseClick(find<QPushButton>("recordOverage"), Qt::LeftButton);
    QVERIFY(find<QWidget>("beyondBalance")->isHidden());
    QCOMPARE(count(QStringLiteral("expertise_entries")), entries + 1);
    const MonthBalance after = m_service->ledger(customer).balance(m_view->month());
    QCOMPARE(after.overageMinutes, before.overageMinutes + 60);
    QCOMPARE(after.leftMinutes, 0);
    QVERIFY2(m_view->warningText().contains(QStringLiteral("All of this month's hours")),
             qPrintable(m_view->warningText()));
    QVERIFY(m_view->balanceText().contains(QStringLiteral("overage")));
    QCOMPARE(rows("expertiseEntries"), int(after.entries.size()));
}

void TestCustomersView::aReversalAndAPack()
{
    const qint64 customer = customerOn("gold");
    QVERIFY(m_view->selectCustomer(customer));
    m_view->showExpertise();
    find<QDoubleSpinBox>("sessionHours")->setValue(0.5);
    QTest::mouseClick(find<QPushButton>("logSession"), Qt::LeftButton);
    QVERIFY2(m_view->statusText().startsWith(QStringLiteral("Logged")),
             qPrintable(m_view->statusText()));
    auto *entries = find<QTreeWidget>("expertiseEntries");
    const int shown = entries->topLevelItemCount();
    entries->setCurrentItem(entries->topLevelItem(shown - 1));
    // A reason is required, and nothing is written without one.
    const qint64 before = count(QStringLiteral("expertise_entries"));
    QTest::mouseClick(find<QPushButton>("reverseEntry"), Qt::LeftButton);
    QVERIFY(m_view->statusText().startsWith(QStringLiteral("Not reversed")));
    QCOMPARE(count(QStringLiteral("expertise_entries")), before);
    find<QLineEdit>("reverseReason")->setText(QStringLiteral("Wrong customer"));
    QTest::mouseClick(find<QPushButton>("reverseEntry"), Qt::LeftButton);
    QVERIFY2(m_view->statusText().startsWith(QStringLiteral("Reversed")),
             qPrintable(m_view->statusText()));
    QCOMPARE(entries->topLevelItemCount(), shown + 1);
    QCOMPARE(count(QStringLiteral("expertise_entries")), before + 1);

    const qint64 packs = count(QStringLiteral("expertise_packs"));
    find<QDoubleSpinBox>("packHours")->setValue(5);
    find<QLineEdit>("packNote")->setText(QStringLiteral("PO-2026-118"));
    QTest::mouseClick(find<QPushButton>("addPack"), Qt::LeftButton);
    QCOMPARE(count(QStringLiteral("expertise_packs")), packs + 1);
    QVERIFY(m_view->balanceText().contains(QStringLiteral("in packs: <b>5h")));
}

void TestCustomersView::exportsTheMonth()
{
    const qint64 customer = customerOn("silver");
    QVERIFY(m_view->selectCustomer(customer));
    m_view->showExpertise();
    find<QDoubleSpinBox>("sessionHours")->setValue(1);
    QTest::mouseClick(find<QPushButton>("logSession"), Qt::LeftButton);
    // Cancelled in the file chooser: nothing written.
    QVERIFY(!m_view->exportCsv());
    const QString csv = m_dir.filePath(QStringLiteral("month.csv"));
    m_view->setSaveAsker([csv](const QString &, const QString &, const QString &) { return csv; });
    QTest::mouseClick(find<QPushButton>("exportCsv"), Qt::LeftButton);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QVERIFY(lines.first().startsWith("entry,customer,date,session_at,coach,kind"));
    QVERIFY(lines.size() >= 3);
    const QString pdf = m_dir.filePath(QStringLiteral("statement.pdf"));
    QVERIFY(m_view->writeStatement(pdf));
    QFile statement(pdf);
    QVERIFY(statement.open(QIODevice::ReadOnly));
    QVERIFY(statement.read(5) == "%PDF-");
    QVERIFY(statement.size() > 2000);
    // A folder that does not exist: said, and nothing half-written.
    QVERIFY(!m_view->writeStatement(QStringLiteral("/nonexistent/folder/s.pdf")));
    QVERIFY(m_view->statusText().startsWith(QStringLiteral("No statement written")));
}

void TestCustomersView::pictures()
{
    // Written where HG_SCREENSHOT_PREFIX says (/work/shots/customers-), else in the test's folder.
    const QString prefix = qEnvironmentVariableIsSet("HG_SCREENSHOT_PREFIX")
                               ? qEnvironmentVariable("HG_SCREENSHOT_PREFIX")
                               : m_dir.filePath(QStringLiteral("customers-"));
    const qint64 customer = customerOn("bronze");
    const Instant now = m_service->now();
    m_service->addPack(customer,
                       300,
                       now - date::days{20},
                       now + date::days{345},
                       QStringLiteral("PO-118"));
    m_service->log({customer,
                    QStringLiteral("hmorel"),
                    now - date::days{1},
                    45,
                    QStringLiteral("discovery"),
                    QStringLiteral("fr"),
                    QStringLiteral("Découverte du portail vCD"),
                    std::nullopt,
                    Beyond::Pack});
    m_service->log({customer,
                    QStringLiteral("cdubois"),
                    now - Seconds{3600},
                    120,
                    QStringLiteral("target-architecture"),
                    QStringLiteral("fr"),
                    QStringLiteral("Atelier architecture cible"),
                    std::nullopt,
                    Beyond::Pack});
    m_clock.advance(Seconds{60});
    SqlDatabaseSummary summary(*m_database);
    ConsoleServices services;
    services.contracts = m_service.get();
    services.tickets = &m_stack->tickets;
    services.clock = &m_clock;
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("fr")}) {
        QVERIFY(m_languages.setLanguage(language));
        MainWindow window(consolePages(),
                          QStringLiteral("sqlite:demo"),
                          summary,
                          m_languages,
                          services);
        window.showView(QStringLiteral("expertise"));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *view = qobject_cast<CustomersView *>(window.page(QStringLiteral("expertise")));
        QVERIFY(view);
        QVERIFY(view->selectCustomer(customer));
        for (const char *tab : {"customer", "expertise"}) {
            if (qstrcmp(tab, "expertise") == 0)
                view->showExpertise();
            QCoreApplication::processEvents();
            const QString file = prefix
                                 + QStringLiteral("%1-%2.png").arg(QLatin1String(tab), language);
            QVERIFY(window.grab().save(file));
            QVERIFY(QFileInfo(file).size() > 10000);
        }
        const QString pdf = prefix + QStringLiteral("statement-%1.pdf").arg(language);
        QVERIFY(view->writeStatement(pdf));
    }
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
}

QTEST_MAIN(TestCustomersView)
#include "tst_customersview.moc"
