// The after-hours desk through its service, on SQLite and PostgreSQL: a call taken down becomes
// a ticket, an urgent one an escalation run over whoever is on call; outcomes move the run on,
// one claim owns it (a second one, from another connection, is refused and names the owner),
// R&D is paged on demand, the outcome path is recorded; every step is a note on the ticket;
// bad input changes nothing.
#include "deskstack.h"
#include "io/inputerror.h"
#include "oncall/escalationservice.h"
#include "oncall/oncallservice.h"
#include "storage/conflicterror.h"
#include "storage/database.h"
#include "storage/demodata.h"
#include "storage/sqlescalationrepository.h"
#include "storage/sqloncallrepository.h"
#include "testenvironment.h"
#include "ticketstack.h"
#include "time/clock.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace hourglass;

class TestSqlEscalationRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { test::addEngineRows(); }
    void initTestCase() { test::isolateUserData(); }
    void init();
    void cleanup();
    void aCallThatIsNotUrgentIsATicketOnly();
    void anUrgentCallStartsARunOverWhoIsOnCall();
    void outcomesMoveTheRunOnAndOneClaimOwnsIt();
    void rndIsPagedOnDemandAndTheOutcomeRecorded();
    void badInputChangesNothing();
    void attemptsSurviveAnOutage();

private:
    DeskCall call(const QString &urgency) const;
    qint64 count(const QString &table) { return test::countRows(*m_database, table); }

    QTemporaryDir m_dir;
    ManualClock m_clock{test::fixedNow};
    std::unique_ptr<Database> m_database;
    std::unique_ptr<test::DeskStack> m_desk;
    QString m_customer;
};

void TestSqlEscalationRepository::init()
{
    QFETCH_GLOBAL(QString, engine);
    static int counter = 0;
    m_database = test::openTemporary(engine, m_dir);
    if (engine == QLatin1String("sqlite")) {
        m_database.reset();
        m_database = test::openTemporarySqlite(m_dir, QStringLiteral("e%1.sqlite").arg(++counter));
    }
    DemoData::populate(*m_database, test::seedInstant(*m_database));
    m_clock.set(test::seedInstant(*m_database));
    m_desk = std::make_unique<test::DeskStack>(*m_database, m_clock, QStringLiteral("jokafor"));
    m_customer = test::deskCustomer(*m_database);
}

void TestSqlEscalationRepository::cleanup()
{
    m_desk.reset();
    m_database.reset();
}

DeskCall TestSqlEscalationRepository::call(const QString &urgency) const
{
    return test::deskCall(m_customer, urgency);
}

void TestSqlEscalationRepository::aCallThatIsNotUrgentIsATicketOnly()
{
    const qint64 runs = count(QStringLiteral("escalation_runs"));
    const DeskResult result = m_desk->service.intake(call(QStringLiteral("not-urgent")));
    QVERIFY(!result.run);
    QVERIFY(result.ticket.id > 0);
    QCOMPARE(result.ticket.severity, QStringLiteral("not-urgent"));
    QCOMPARE(result.ticket.channel, QStringLiteral("phone"));
    QCOMPARE(result.ticket.contact, QStringLiteral("Marie Tremblay"));
    QCOMPARE(result.ticket.title, QStringLiteral("Every VM of the Ottawa cluster is down"));
    QCOMPARE(count(QStringLiteral("escalation_runs")), runs);
}

void TestSqlEscalationRepository::anUrgentCallStartsARunOverWhoIsOnCall()
{
    const DeskResult result = m_desk->service.intake(call(QStringLiteral("critical")));
    QVERIFY(result.run);
    const EscalationRun &run = *result.run;
    QCOMPARE(result.ticket.severity, QStringLiteral("critical"));
    QCOMPARE(run.ticketId, result.ticket.id);
    QCOMPARE(run.version, 1);
    QCOMPARE(run.caller, QStringLiteral("Marie Tremblay"));
    QCOMPARE(run.callback, QStringLiteral("+1 613 555 0199"));
    QCOMPARE(run.severity, QStringLiteral("critical"));
    // Whoever is on call now, prime first, each with the seed's ten minutes.
    const Rotation rotation = m_desk->oncall.rotationOrOnly(QString());
    const OnCallAnswer answer = m_desk->oncall.schedule(rotation.id).at(m_desk->service.now());
    QCOMPARE(run.contacts.size(), 5);
    for (qsizetype i = 0; i < run.contacts.size(); ++i) {
        QCOMPARE(run.contacts.at(i).login, answer.contacts().at(i));
        QCOMPARE(run.contacts.at(i).timeout, EscalationService::defaultTimeout);
    }
    const EscalationRun::State state = run.stateAt(run.startedAt);
    QCOMPARE(state.current->contact, answer.prime);
    // Read back through another repository, as another desk would.
    SqlEscalationRepository other(*m_database);
    const std::optional<EscalationRun> read = other.run(run.id);
    QVERIFY(read);
    QCOMPARE(read->contacts.size(), 5);
    QCOMPARE(read->startedAt, run.startedAt);
    QVERIFY(!read->startedBy.isEmpty());
    QCOMPARE(other.runsOfTicket(result.ticket.id).size(), 1);
    QVERIFY(!other.runs().isEmpty());
}

void TestSqlEscalationRepository::outcomesMoveTheRunOnAndOneClaimOwnsIt()
{
    EscalationRun run = *m_desk->service.intake(call(QStringLiteral("urgent"))).run;
    const QString prime = run.contacts.at(0).login;
    const QString first = run.contacts.at(1).login;
    const QString second = run.contacts.at(2).login;
    // PostgreSQL stamps with its own clock, which the desk's follows from sign-in on: each step
    // a few seconds later, so that what was just written is in the past on every engine.
    const auto later = [this] {
        m_clock.advance(Seconds{20});
    };
    later();

    run = m_desk->service.logAttempt(run.id, run.version, 0, AttemptOutcome::Voicemail);
    later();
    QCOMPARE(run.version, 2);
    QCOMPARE(run.attempts.size(), 1);
    QCOMPARE(run.attempts.at(0).contact, prime);
    QVERIFY(!run.attempts.at(0).loggedBy.isEmpty());
    // The voicemail moved the run to the first secondary at once.
    const Instant now = m_desk->service.now();
    QCOMPARE(run.stateAt(now).current->contact, first);
    run = m_desk->service.logAttempt(run.id, run.version, 1, AttemptOutcome::Declined);
    later();
    QCOMPARE(run.stateAt(m_desk->service.now()).current->contact, second);

    // A stale version is refused: another operator logged something since.
    QVERIFY_THROWS_EXCEPTION(ConflictError,
                             m_desk->service.logAttempt(run.id, 1, 2, AttemptOutcome::NoAnswer));
    // A step that has not started is refused.
    QVERIFY_THROWS_EXCEPTION(InputError,
                             m_desk->service.logAttempt(run.id,
                                                        run.version,
                                                        3,
                                                        AttemptOutcome::NoAnswer));

    // Two desks on two connections both see step 2 and both log an acknowledgment.
    const auto connection = Database::open(m_database->url());
    test::DeskStack otherDesk(*connection, m_clock, QStringLiteral("mlefebvre"));
    const EscalationRun seenThere = *otherDesk.repository.run(run.id);
    run = m_desk->service.logAttempt(run.id, run.version, 2, AttemptOutcome::Acknowledged);
    QCOMPARE(run.owner, second);
    QVERIFY(run.ownedAt);
    QVERIFY(!run.stateAt(now + Seconds{3600}).current);
    try {
        otherDesk.service.logAttempt(seenThere.id,
                                     seenThere.version,
                                     2,
                                     AttemptOutcome::Acknowledged,
                                     QString(),
                                     first);
        QFAIL("a second claim was accepted");
    } catch (const ConflictError &e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(second), e.what());
        QCOMPARE(e.theirAuthor, second);
    }
    // Even on the current version: one owner only.
    const EscalationRun fresh = *otherDesk.repository.run(run.id);
    QVERIFY_THROWS_EXCEPTION(ConflictError,
                             otherDesk.service.logAttempt(fresh.id,
                                                          fresh.version,
                                                          2,
                                                          AttemptOutcome::Acknowledged,
                                                          QString(),
                                                          first));
    QCOMPARE(otherDesk.repository.run(run.id)->owner, second);
    QCOMPARE(test::countRows(*m_database,
                             QStringLiteral("escalation_attempts"),
                             QStringLiteral("run_id = %1 AND result = 'acknowledged'").arg(run.id)),
             1);

    // The ticket is assigned to the owner and carries every step as an internal note.
    const TicketRecord ticket = *m_desk->stack.repository.ticket(run.ticketId);
    QCOMPARE(ticket.assignee, second);
    int notes = 0;
    for (const TicketEvent &event : m_desk->stack.repository.timeline(ticket.id).events)
        notes += event.kind == TicketEvent::Kind::Note ? 1 : 0;
    QCOMPARE(notes, 3);
}

void TestSqlEscalationRepository::rndIsPagedOnDemandAndTheOutcomeRecorded()
{
    EscalationRun run = *m_desk->service.intake(call(QStringLiteral("critical"))).run;
    // Resolving before anyone owns it is refused.
    QVERIFY_THROWS_EXCEPTION(InputError,
                             m_desk->service.resolve(run.id,
                                                     run.version,
                                                     EscalationResolution::Fixed));
    run = m_desk->service.logAttempt(run.id, run.version, 0, AttemptOutcome::Acknowledged);
    const Rotation rotation = m_desk->oncall.rotationOrOnly(QString());
    const OnCallAnswer answer = m_desk->oncall.schedule(rotation.id).at(m_desk->service.now());
    QVERIFY(!answer.level2.isEmpty());
    run = m_desk->service.page(run.id, run.version, 2, QStringLiteral("storage layer"));
    qsizetype paged = 0;
    for (const EscalationAttempt &a : run.attempts) {
        if (a.outcome == AttemptOutcome::Paged) {
            ++paged;
            QCOMPARE(a.level, 2);
            QVERIFY(answer.level2.contains(a.contact));
            QCOMPARE(a.note, QStringLiteral("storage layer"));
        }
    }
    QCOMPARE(paged, answer.level2.size());
    QVERIFY_THROWS_EXCEPTION(InputError, m_desk->service.page(run.id, run.version, 4));

    run = m_desk->service.resolve(run.id,
                                  run.version,
                                  EscalationResolution::RolledBack,
                                  QStringLiteral("back to 4.2.1"));
    QCOMPARE(run.resolution, EscalationResolution::RolledBack);
    QVERIFY(run.resolvedAt);
    QCOMPARE(run.resolutionNote, QStringLiteral("back to 4.2.1"));
    // An ended run takes nothing more, and is no longer among the open ones.
    QVERIFY_THROWS_EXCEPTION(InputError, m_desk->service.page(run.id, run.version, 2));
    for (const EscalationRun &open : m_desk->service.runs())
        QVERIFY(open.id != run.id);
    bool listed = false;
    for (const EscalationRun &any : m_desk->service.runs(true))
        listed = listed || any.id == run.id;
    QVERIFY(listed);
}

void TestSqlEscalationRepository::badInputChangesNothing()
{
    const qint64 tickets = count(QStringLiteral("tickets"));
    const qint64 runs = count(QStringLiteral("escalation_runs"));
    const auto refused = [&](DeskCall c, const QString &field) {
        try {
            m_desk->service.intake(c);
            QFAIL(qPrintable(QStringLiteral("accepted a bad %1").arg(field)));
        } catch (const InputError &e) {
            QCOMPARE(e.place(), field);
        }
    };
    DeskCall c = call(QStringLiteral("panic"));
    refused(c, QStringLiteral("urgency"));
    c = call(QStringLiteral("urgent"));
    c.caller = QStringLiteral("  ");
    refused(c, QStringLiteral("caller"));
    c = call(QStringLiteral("urgent"));
    c.callback.clear();
    refused(c, QStringLiteral("callback"));
    c = call(QStringLiteral("urgent"));
    c.callback = QStringLiteral("+1 613\n555");
    refused(c, QStringLiteral("callback"));
    c = call(QStringLiteral("critical"));
    c.description.clear();
    refused(c, QStringLiteral("description"));
    c = call(QStringLiteral("critical"));
    c.timeout = Seconds{10};
    refused(c, QStringLiteral("timeout"));
    c = call(QStringLiteral("critical"));
    c.rotation = QStringLiteral("Nope");
    refused(c, QStringLiteral("rotation"));
    c = call(QStringLiteral("critical"));
    c.customer = QStringLiteral("Nobody Ltd");
    refused(c, QStringLiteral("customer"));
    QCOMPARE(count(QStringLiteral("tickets")), tickets);
    QCOMPARE(count(QStringLiteral("escalation_runs")), runs);

    EscalationRun run = *m_desk->service.intake(call(QStringLiteral("urgent"))).run;
    const qint64 attempts = count(QStringLiteral("escalation_attempts"));
    QVERIFY_THROWS_EXCEPTION(InputError,
                             m_desk->service.logAttempt(run.id + 100,
                                                        1,
                                                        0,
                                                        AttemptOutcome::NoAnswer));
    QVERIFY_THROWS_EXCEPTION(InputError,
                             m_desk->service.logAttempt(run.id,
                                                        run.version,
                                                        0,
                                                        AttemptOutcome::Paged));
    QVERIFY_THROWS_EXCEPTION(InputError,
                             m_desk->service.logAttempt(run.id,
                                                        run.version,
                                                        0,
                                                        AttemptOutcome::NoAnswer,
                                                        QString(),
                                                        QStringLiteral("stranger")));
    QCOMPARE(count(QStringLiteral("escalation_attempts")), attempts);
}

void TestSqlEscalationRepository::attemptsSurviveAnOutage()
{
    QFETCH_GLOBAL(QString, engine);
    m_desk.reset();
    const QString journal = m_dir.filePath(QStringLiteral("desk-%1.journal").arg(engine));
    test::DeskStack console(*m_database, m_clock, QStringLiteral("jokafor"), journal);
    EscalationRun run = *console.service.intake(call(QStringLiteral("critical"))).run;
    const Instant started = run.startedAt;
    // Online, a submitted attempt is carried out at once.
    QVERIFY(console.service.submitAttempt(run.id, run.version, 0, AttemptOutcome::NoAnswer));
    run = console.service.run(run.id);
    QCOMPARE(run.attempts.size(), 1);

    // The database goes away: the desk keeps logging; nothing is lost.
    console.stack.session.goOffline(QStringLiteral("test"));
    m_clock.set(started + Seconds{120});
    QVERIFY(!console.service.submitAttempt(run.id, run.version, 1, AttemptOutcome::Voicemail));
    // A second one on the same run, made on the same version (the desk could not read the run
    // again): replayed after the first, on the version the first saved.
    m_clock.set(started + Seconds{150});
    QVERIFY(!console.service.submitAttempt(run.id, run.version, 2, AttemptOutcome::Acknowledged));
    QVERIFY_THROWS_EXCEPTION(InputError, console.service.submitPage(run.id, run.version + 1, 7));
    QCOMPARE(console.stack.commands.pending(), 2);
    // The journal is a file: a console restarted now would still have it.
    QVERIFY(QFileInfo(journal).size() > 0);

    // Back, ten minutes later: replayed, stamped with when it was logged.
    m_clock.set(started + Seconds{720});
    QVERIFY(console.stack.session.reconnect());
    QCOMPARE(console.stack.commands.pending(), 0);
    run = console.service.run(run.id);
    QCOMPARE(run.attempts.size(), 3);
    QCOMPARE(run.attempts.at(1).outcome, AttemptOutcome::Voicemail);
    QCOMPARE(run.attempts.at(1).step, 1);
    QCOMPARE(run.attempts.at(2).outcome, AttemptOutcome::Acknowledged);
    QCOMPARE(run.owner, run.contacts.at(2).login);
    if (!m_database->isPostgres()) {
        QCOMPARE(run.attempts.at(1).at, started + Seconds{120});
        QCOMPARE(*run.ownedAt, started + Seconds{150});
    }
    // So the voicemail moved the run on when it was logged, not when it was replayed.
    const EscalationRun::State state = run.stateAt(started + Seconds{121});
    QCOMPARE(state.current->contact, run.contacts.at(2).login);
    // The claim assigned the ticket to its owner.
    QCOMPARE(console.stack.repository.ticket(run.ticketId)->assignee, run.contacts.at(2).login);
}

QTEST_GUILESS_MAIN(TestSqlEscalationRepository)
#include "tst_sqlescalationrepository.moc"
