// The database goes away mid-session: the console's edits go to the journal through the
// command runner, survive a restart of the app, and are replayed through the ticket service
// when the server is back; a stale one is surfaced, not dropped.
#include "sla/presetpolicies.h"
#include "storage/demodata.h"
#include "storage/sqlcustomerdirectory.h"
#include "storage/sqlticketrepository.h"
#include "storage/storageerror.h"
#include "testenvironment.h"
#include "ticketstack.h"
#include "time/clock.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace hourglass;

class TestOfflineJournal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void editsSurviveAnOutageAndARestart();
    void staleQueuedEditIsSurfaced();
    void journalOfAnEarlierRunIsReplayedAtStart();

private:
    void cluster(const char *action)
    {
        test::pgCluster(action, m_dir.filePath(QStringLiteral("cluster")));
    }
    TicketRecord reread(qint64 id);
    static TicketAction action(TicketAction::Kind kind, qint64 id, int version);

    QTemporaryDir m_dir;
    QString m_url;
};

void TestOfflineJournal::initTestCase()
{
    test::isolateUserData();
    // A cluster of its own: this test stops and starts it.
    cluster("start");
    QFile url(m_dir.filePath(QStringLiteral("cluster/url")));
    QVERIFY(url.open(QIODevice::ReadOnly));
    const DatabaseUrl server = DatabaseUrl::parse(QString::fromUtf8(url.readAll()).trimmed());
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"),
                                                       QStringLiteral("admin"));
        admin.setHostName(server.host());
        admin.setPort(server.port());
        admin.setUserName(server.user());
        admin.setDatabaseName(server.databaseName());
        QVERIFY(admin.open());
        QVERIFY(QSqlQuery(admin).exec(QStringLiteral("CREATE DATABASE journal")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    m_url = QStringLiteral("postgresql://%1@%2:%3/journal?connect_timeout=2")
                .arg(server.user(), server.host())
                .arg(server.port());
    auto database = Database::open(DatabaseUrl::parse(m_url), Database::Schema::Migrate);
    DemoData::populate(*database, test::fixedNow);
    // A second agent with a server login of their own, as a team's database has one per person.
    QSqlQuery grant(database->connection());
    for (const char *sql : {"CREATE ROLE dnguyen LOGIN",
                            "GRANT ALL ON ALL TABLES IN SCHEMA public TO dnguyen",
                            "GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO dnguyen"})
        QVERIFY2(grant.exec(QString::fromLatin1(sql)), qPrintable(grant.lastError().text()));
}

TicketAction TestOfflineJournal::action(TicketAction::Kind kind, qint64 id, int version)
{
    TicketAction made;
    made.kind = kind;
    made.ticketId = id;
    made.version = version;
    return made;
}

void TestOfflineJournal::cleanupTestCase()
{
    cluster("stop");
}

TicketRecord TestOfflineJournal::reread(qint64 id)
{
    auto database = Database::open(DatabaseUrl::parse(m_url));
    return *SqlTicketRepository(*database).ticket(id);
}

void TestOfflineJournal::editsSurviveAnOutageAndARestart()
{
    const QString journal = m_dir.filePath(QStringLiteral("journal.jsonl"));
    const ManualClock clock(test::fixedNow);
    auto database = Database::open(DatabaseUrl::parse(m_url));
    test::TicketStack console(*database, clock, journal);
    console.session.setRetryDelay(200);
    QSignalSpy states(&console.session, &Session::stateChanged);
    QCOMPARE(console.session.state(), Session::State::Online);
    // On PostgreSQL the person is the server's login, whatever the profile says.
    QCOMPARE(console.tickets.currentLogin(), QStringLiteral("postgres"));
    const TicketRecord ticket = console.repository.openTickets().first();
    TicketAction online = action(TicketAction::Kind::Edit, ticket.id, ticket.version);
    online.change.title = QStringLiteral("Changed online");
    QVERIFY(console.tickets.perform(online));

    TicketRecord fresh;
    for (const TicketRecord &candidate : console.repository.openTickets()) {
        if (candidate.status == TicketStatus::New && candidate.id != ticket.id) {
            fresh = candidate;
            break;
        }
    }
    QVERIFY(fresh.id);

    cluster("kill");
    QVERIFY(!console.tickets.perform(
        action(TicketAction::Kind::WaitOnCustomer, ticket.id, ticket.version + 1)));
    QCOMPARE(console.session.state(), Session::State::Offline);
    TicketAction note = action(TicketAction::Kind::Note, ticket.id, ticket.version + 1);
    note.text = QStringLiteral("written offline");
    QVERIFY(!console.tickets.perform(note));
    // Assigned, then answered, both offline and so both on the version last seen: replayed
    // in order, the second goes on the version the first saved instead of conflicting.
    TicketAction assign = action(TicketAction::Kind::Assign, fresh.id, fresh.version);
    assign.value = QStringLiteral("mlefebvre");
    QVERIFY(!console.tickets.perform(assign));
    // A response that opens a new ticket is queued as one command and replayed as one write.
    QVERIFY(!console.tickets.perform(action(TicketAction::Kind::Respond, fresh.id, fresh.version)));
    QCOMPARE(console.commands.pending(), 4);
    QVERIFY(QFile::exists(journal));

    // The app restarts while the server is still down: the journal is read back whole.
    {
        Session session(DatabaseUrl::parse(m_url), clock);
        SqlTicketRepository repository(session);
        SqlCustomerDirectory customers(session);
        const SlaEngine engine(PresetPolicies::load());
        CommandRunner commands(session, journal);
        TicketService tickets(session, repository, customers, engine, commands);
        QVERIFY_THROWS_EXCEPTION(StorageError, session.start());
        commands.open();
        QCOMPARE(commands.pending(), 4);
        QVERIFY(!session.isOnline());
    }
    QCOMPARE(console.commands.pending(), 4);

    QSignalSpy replayed(&console.commands, &CommandRunner::replayed);
    cluster("resume");
    QTRY_COMPARE_WITH_TIMEOUT(console.session.state(), Session::State::Online, 10000);
    QCOMPARE(replayed.count(), 1);
    QCOMPARE(replayed.first().at(0).toInt(), 4);
    QCOMPARE(replayed.first().at(1).toInt(), 0);
    QCOMPARE(console.commands.pending(), 0);
    QVERIFY(!QFile::exists(journal));

    const TicketRecord after = reread(ticket.id);
    QCOMPARE(after.title, QStringLiteral("Changed online"));
    QCOMPARE(after.status, TicketStatus::WaitingCustomer);
    QCOMPARE(after.version, ticket.version + 2);
    auto check = Database::open(DatabaseUrl::parse(m_url));
    const auto events = SqlTicketRepository(*check).timeline(ticket.id).events;
    QVERIFY(std::any_of(events.begin(), events.end(), [](const TicketEvent &e) {
        return e.kind == TicketEvent::Kind::Note && e.value == QLatin1String("written offline")
               && e.author == QLatin1String("postgres");
    }));
    // In the order they were made: the pause before the note.
    const auto paused = std::find_if(events.begin(), events.end(), [](const TicketEvent &e) {
        return e.kind == TicketEvent::Kind::StatusChanged
               && e.value == QLatin1String("waiting-customer");
    });
    const auto noted = std::find_if(events.begin(), events.end(), [](const TicketEvent &e) {
        return e.kind == TicketEvent::Kind::Note && e.value == QLatin1String("written offline");
    });
    QVERIFY(paused != events.end() && paused < noted);
    QCOMPARE(reread(fresh.id).status, TicketStatus::Open);
    QCOMPARE(reread(fresh.id).assignee, QStringLiteral("mlefebvre"));
    QCOMPARE(reread(fresh.id).version, fresh.version + 2);
    const auto answered = SqlTicketRepository(*check).timeline(fresh.id).events;
    QCOMPARE(std::count_if(answered.begin(),
                           answered.end(),
                           [](const TicketEvent &e) {
                               return e.kind == TicketEvent::Kind::Responded;
                           }),
             1);
    // Offline, then online again (the first online was before the spy).
    QVERIFY(states.count() >= 2);
    QCOMPARE(states.first().at(0).value<Session::State>(), Session::State::Offline);
    QCOMPARE(states.last().at(0).value<Session::State>(), Session::State::Online);
}

void TestOfflineJournal::staleQueuedEditIsSurfaced()
{
    const QString journal = m_dir.filePath(QStringLiteral("stale.jsonl"));
    const ManualClock clock(test::fixedNow);
    auto database = Database::open(DatabaseUrl::parse(m_url));
    test::TicketStack console(*database, clock, journal);
    console.session.setRetryDelay(60000); // this test reconnects by hand
    const TicketRecord ticket = console.repository.openTickets().last();
    cluster("kill");
    TicketAction mine = action(TicketAction::Kind::Edit, ticket.id, ticket.version);
    mine.change.title = QStringLiteral("Mine, made offline");
    QVERIFY(!console.tickets.perform(mine));
    cluster("resume");
    // Someone else changes the ticket before this client is back.
    {
        QString theirUrl = m_url;
        theirUrl.replace(QStringLiteral("postgresql://postgres@"),
                         QStringLiteral("postgresql://dnguyen@"));
        auto other = Database::open(DatabaseUrl::parse(theirUrl));
        test::TicketStack them(*other, clock);
        QCOMPARE(them.tickets.currentLogin(), QStringLiteral("dnguyen"));
        TicketAction theirs = action(TicketAction::Kind::Edit, ticket.id, ticket.version);
        theirs.change.title = QStringLiteral("Theirs");
        QVERIFY(them.tickets.perform(theirs));
    }
    QSignalSpy conflicts(&console.commands, &CommandRunner::replayConflict);
    QVERIFY(console.session.reconnect());
    QCOMPARE(conflicts.count(), 1);
    const QString message = conflicts.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("dnguyen"))
                 && message.contains(QStringLiteral("Mine, made offline")),
             qPrintable(message));
    QCOMPARE(reread(ticket.id).title, QStringLiteral("Theirs"));
    QCOMPARE(console.commands.pending(), 0);
}

void TestOfflineJournal::journalOfAnEarlierRunIsReplayedAtStart()
{
    const QString journal = m_dir.filePath(QStringLiteral("earlier.jsonl"));
    const ManualClock clock(test::fixedNow);
    TicketRecord ticket;
    {
        // A run that lost its database and was closed before it came back.
        auto database = Database::open(DatabaseUrl::parse(m_url));
        test::TicketStack console(*database, clock, journal);
        console.session.setRetryDelay(60000);
        ticket = console.repository.openTickets().at(1);
        cluster("kill");
        TicketAction rename = action(TicketAction::Kind::Edit, ticket.id, ticket.version);
        rename.change.title = QStringLiteral("From the last run");
        QVERIFY(!console.tickets.perform(rename));
        TicketAction note = action(TicketAction::Kind::Note, ticket.id, ticket.version);
        note.text = QStringLiteral("left in the journal");
        QVERIFY(!console.tickets.perform(note));
        QCOMPARE(console.commands.pending(), 2);
    }
    QVERIFY(QFile::exists(journal));
    cluster("resume");

    // The next start finds the server up: what was left goes in as it opens.
    auto database = Database::open(DatabaseUrl::parse(m_url));
    test::TicketStack next(*database, clock, journal);
    QCOMPARE(next.commands.pending(), 0);
    QVERIFY(!QFile::exists(journal));
    const TicketRecord after = reread(ticket.id);
    QCOMPARE(after.title, QStringLiteral("From the last run"));
    QCOMPARE(after.version, ticket.version + 1);
    const auto events = next.repository.timeline(ticket.id).events;
    QCOMPARE(events.constLast().kind, TicketEvent::Kind::Note);
    QCOMPARE(events.constLast().value, QStringLiteral("left in the journal"));
}

QTEST_GUILESS_MAIN(TestOfflineJournal)
#include "tst_offlinejournal.moc"
