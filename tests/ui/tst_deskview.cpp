// The after-hours desk page: a critical call recorded from the form starts a run that counts
// down and moves on by itself when the contact's time is up; outcome buttons move it on and a
// claim owns it; refusals name the field by its label in the console's language and write
// nothing; another desk's change shows on reload; pictures in English and French.
#include "consolepages.h"
#include "desksettingsbox.h"
#include "deskstack.h"
#include "deskview.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "oncall/desksettings.h"
#include "oncall/escalationservice.h"
#include "oncall/oncallservice.h"
#include "storage/database.h"
#include "storage/demodata.h"
#include "storage/sqldatabasesummary.h"
#include "storage/sqlescalationrepository.h"
#include "storage/sqloncallrepository.h"
#include "testenvironment.h"
#include "ticketstack.h"
#include "time/clock.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace hourglass;

class TestDeskView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aCriticalCallStartsALiveRun();
    void outcomeButtonsMoveTheRunAndAClaimOwnsIt();
    void refusalsNameTheFieldAndWriteNothing();
    void anotherDesksChangeShows();
    void settingsRefuseInTheConsoleLanguage();
    void pictures();

private:
    void fillForm(const QString &urgency);
    QString nameOf(const QString &login) { return m_desk->oncall.names().value(login); }

    LanguageManager m_languages;
    QTemporaryDir m_dir;
    ManualClock m_clock{test::fixedNow};
    std::unique_ptr<Database> m_database;
    std::unique_ptr<test::DeskStack> m_desk;
    std::unique_ptr<DeskView> m_view;
    QString m_customer;
};

void TestDeskView::initTestCase()
{
    test::isolateUserData();
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
}

void TestDeskView::init()
{
    static int counter = 0;
    m_database = test::openTemporarySqlite(m_dir, QStringLiteral("d%1.sqlite").arg(++counter));
    DemoData::populate(*m_database, test::fixedNow);
    m_clock.set(test::fixedNow);
    m_desk = std::make_unique<test::DeskStack>(*m_database, m_clock, QStringLiteral("jokafor"));
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT c.name FROM customers c JOIN contracts k ON k.customer_id = c.id WHERE "
        "k.policy_key = 'afterhours-desk' ORDER BY c.name LIMIT 1")));
    QVERIFY(query.next());
    m_customer = query.value(0).toString();
    m_view = std::make_unique<DeskView>(m_desk->service, nullptr);
}

void TestDeskView::cleanup()
{
    m_view.reset();
    m_desk.reset();
    m_database.reset();
}

void TestDeskView::fillForm(const QString &urgency)
{
    m_view->customerBox()->setCurrentText(m_customer);
    m_view->callerEdit()->setText(QStringLiteral("Marie Tremblay"));
    m_view->callbackEdit()->setText(QStringLiteral("+1 613 555 0199"));
    m_view->descriptionEdit()->setPlainText(
        QStringLiteral("Every VM of the Ottawa cluster is down"));
    m_view->setUrgency(urgency);
}

void TestDeskView::aCriticalCallStartsALiveRun()
{
    // Only the desk's customers are offered.
    QVERIFY(m_view->customerBox()->findText(m_customer) >= 0);
    QCOMPARE(m_view->customerBox()->count(), m_desk->service.deskCustomers().size());
    QVERIFY(m_view->customerBox()->count() < 40);

    fillForm(QStringLiteral("critical"));
    QVERIFY2(m_view->recordCall(), qPrintable(m_view->problem()));
    QCOMPARE(m_view->runList()->count(), 1);
    const EscalationRun run = m_desk->service.runs().constFirst();
    QCOMPARE(m_view->selectedRun(), run.id);
    QVERIFY2(m_view->callingText().contains(nameOf(run.contacts.at(0).login)),
             qPrintable(m_view->callingText()));
    QVERIFY(m_view->callingText().contains(QStringLiteral("prime")));
    const QList<QLabel *> countdown = m_view->findChildren<QLabel *>();
    bool ten = false;
    for (QLabel *label : countdown)
        ten = ten || label->text() == QLatin1String("10:00");
    QVERIFY(ten);
    // The form is ready for the next call.
    QVERIFY(m_view->callerEdit()->text().isEmpty());

    // Ten minutes later, with nobody logging anything, the first secondary is being called.
    m_clock.advance(Seconds{600});
    m_view->tick();
    QVERIFY2(m_view->callingText().contains(nameOf(run.contacts.at(1).login)),
             qPrintable(m_view->callingText()));
    QCOMPARE(m_view->ledger()->rowCount(), 2);
}

void TestDeskView::outcomeButtonsMoveTheRunAndAClaimOwnsIt()
{
    fillForm(QStringLiteral("urgent"));
    QVERIFY(m_view->recordCall());
    const EscalationRun run = m_desk->service.runs().constFirst();
    QVERIFY(m_view->logOutcome(AttemptOutcome::Declined));
    QVERIFY(m_view->callingText().contains(nameOf(run.contacts.at(1).login)));
    QVERIFY(m_view->logOutcome(AttemptOutcome::Acknowledged));
    QVERIFY2(m_view->callingText().contains(nameOf(run.contacts.at(1).login)),
             qPrintable(m_view->callingText()));
    QVERIFY(m_view->callingText().contains(QStringLiteral("owns")));
    const EscalationRun owned = m_desk->service.run(run.id);
    QCOMPARE(owned.owner, run.contacts.at(1).login);
    QCOMPARE(m_desk->stack.repository.ticket(run.ticketId)->assignee, run.contacts.at(1).login);
    // Owned: the outcome path can be recorded, and the run leaves the list.
    QVERIFY(m_view->pageLevel(2));
    QVERIFY(m_view->resolveSelected());
    QCOMPARE(m_view->runList()->count(), 0);
    QVERIFY(m_desk->service.run(run.id).resolution);
}

void TestDeskView::refusalsNameTheFieldAndWriteNothing()
{
    const qint64 tickets = test::countRows(*m_database, QStringLiteral("tickets"));
    fillForm(QStringLiteral("critical"));
    m_view->callerEdit()->clear();
    QVERIFY(!m_view->recordCall());
    QVERIFY2(m_view->problem().startsWith(QStringLiteral("Caller: ")),
             qPrintable(m_view->problem()));
    // What was typed stays, to be corrected.
    QCOMPARE(m_view->callbackEdit()->text(), QStringLiteral("+1 613 555 0199"));
    QVERIFY(m_languages.setLanguage(QStringLiteral("fr")));
    QVERIFY(!m_view->recordCall());
    QVERIFY2(m_view->problem().startsWith(QStringLiteral("Appelant : ")),
             qPrintable(m_view->problem()));
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    m_view->callerEdit()->setText(QStringLiteral("Marie"));
    m_view->customerBox()->setCurrentText(QStringLiteral("Nobody Ltd"));
    QVERIFY(!m_view->recordCall());
    QVERIFY2(m_view->problem().startsWith(QStringLiteral("Customer: ")),
             qPrintable(m_view->problem()));
    QCOMPARE(test::countRows(*m_database, QStringLiteral("tickets")), tickets);
    QCOMPARE(test::countRows(*m_database, QStringLiteral("escalation_runs")), 0);
}

void TestDeskView::anotherDesksChangeShows()
{
    fillForm(QStringLiteral("critical"));
    QVERIFY(m_view->recordCall());
    const EscalationRun run = m_desk->service.runs().constFirst();
    // Another desk, on its own connection, takes the claim first.
    const auto connection = Database::open(m_database->url());
    test::DeskStack other(*connection, m_clock, QStringLiteral("mlefebvre"));
    other.service.logAttempt(run.id, run.version, 0, AttemptOutcome::Acknowledged);
    // This desk still shows the old version: its claim is refused and says who owns it.
    QVERIFY(!m_view->logOutcome(AttemptOutcome::Acknowledged));
    QVERIFY2(m_view->problem().contains(run.contacts.at(0).login), qPrintable(m_view->problem()));
    QVERIFY(m_view->callingText().contains(QStringLiteral("owns")));
    QCOMPARE(test::countRows(*m_database,
                             QStringLiteral("escalation_attempts"),
                             QStringLiteral("result = 'acknowledged'")),
             1);
}

void TestDeskView::settingsRefuseInTheConsoleLanguage()
{
    DeskSettingsBox box;
    auto *inbox = box.findChild<QLineEdit *>(QStringLiteral("supportInboxEdit"));
    QVERIFY(inbox);
    inbox->setText(QStringLiteral("support"));
    QVERIFY(!box.save());
    QVERIFY2(box.problem().startsWith(QStringLiteral("Support inbox: ")), qPrintable(box.problem()));
    QVERIFY(m_languages.setLanguage(QStringLiteral("fr")));
    QVERIFY(!box.save());
    QVERIFY2(box.problem().startsWith(QStringLiteral("Boîte du support : ")),
             qPrintable(box.problem()));
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    QVERIFY(DeskSettings::load().supportInbox.isEmpty());
    inbox->setText(QStringLiteral("support@hyalto.example"));
    QVERIFY2(box.save(), qPrintable(box.problem()));
    QCOMPARE(DeskSettings::load().supportInbox, QStringLiteral("support@hyalto.example"));
    // The seed's three numbers are offered until changed, and stay in the reader's language.
    QCOMPARE(EscalationService::deskPhones(DeskSettings::load().phones).size(), 3);
    QVERIFY(DeskSettings::load().phones.isEmpty());
}

void TestDeskView::pictures()
{
    // Written where HG_SCREENSHOT_PREFIX says (/work/shots/desk-), else in the test's folder.
    const QString prefix = qEnvironmentVariableIsSet("HG_SCREENSHOT_PREFIX")
                               ? qEnvironmentVariable("HG_SCREENSHOT_PREFIX")
                               : m_dir.filePath(QStringLiteral("desk-"));
    fillForm(QStringLiteral("critical"));
    QVERIFY(m_view->recordCall());
    const EscalationRun run = m_desk->service.runs().constFirst();
    m_clock.advance(Seconds{95});
    m_desk->service.logAttempt(run.id, run.version, 0, AttemptOutcome::Voicemail);
    m_clock.advance(Seconds{600 + 130});
    m_desk->service.page(run.id, m_desk->service.run(run.id).version, 2, QStringLiteral("storage"));
    m_clock.advance(Seconds{47});
    SqlDatabaseSummary summary(*m_database);
    ConsoleServices services;
    services.escalation = &m_desk->service;
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("fr")}) {
        QVERIFY(m_languages.setLanguage(language));
        MainWindow window(consolePages(),
                          QStringLiteral("sqlite:demo"),
                          summary,
                          m_languages,
                          services);
        window.showView(QStringLiteral("desk"));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *view = qobject_cast<DeskView *>(window.page(QStringLiteral("desk")));
        QVERIFY(view);
        view->customerBox()->setCurrentText(m_customer);
        view->callerEdit()->setText(QStringLiteral("Jean Roy"));
        QCoreApplication::processEvents();
        QVERIFY(view->callingText().contains(nameOf(run.contacts.at(2).login)));
        const QString file = prefix + QStringLiteral("%1.png").arg(language);
        QVERIFY(window.grab().save(file));
        QVERIFY(QFileInfo(file).size() > 10000);
    }
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
}

QTEST_MAIN(TestDeskView)
#include "tst_deskview.moc"
