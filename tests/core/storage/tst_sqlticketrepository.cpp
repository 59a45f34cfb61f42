// The ticket repository on SQLite and PostgreSQL alike: creation, versioned updates, conflicts,
// events that never conflict, and schema upgrades in place.
#include "storage/changelog.h"
#include "storage/conflicterror.h"
#include "storage/demodata.h"
#include "storage/migrations.h"
#include "storage/nametable.h"
#include "storage/sqlticketrepository.h"
#include "storage/stringpool.h"
#include "storage/ticketstore.h"
#include "testenvironment.h"

#include <QSqlQuery>
#include <QTest>

using namespace hourglass;

class TestSqlTicketRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void createsTicketWithEventAndChange();
    void updateBumpsVersionAndRecordsTimeline();
    void staleWriteIsRefusedAsConflict();
    void appendingEventsNeverConflicts();
    void changeAndEventAreOneWrite();
    void failedWriteChangesNothing();
    void openTicketsExcludeResolved();
    void bulkLoadMatchesTicketByTicket();
    void repeatedValuesAreStoredOnce();
    void namesNeverQueryInTheMiddleOfARead();
    void inMemoryDatabaseLoadsOnOneConnection();
    void upgradesEarlierSchemaInPlace();
    void refusesNewerSchemaUntouched();

private:
    qint64 firstCustomer();
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SqlTicketRepository> m_repository;
};

void TestSqlTicketRepository::initTestCase_data()
{
    test::addEngineRows();
}

void TestSqlTicketRepository::initTestCase()
{
    test::isolateUserData();
}

void TestSqlTicketRepository::init()
{
    QFETCH_GLOBAL(QString, engine);
    m_repository.reset();
    m_database.reset();
    static int counter = 0;
    QTemporaryDir *dir = &m_dir;
    m_database = engine == QLatin1String("sqlite")
                     ? test::openTemporarySqlite(*dir, QStringLiteral("r%1.sqlite").arg(++counter))
                     : test::openTemporaryPostgres();
    DemoData::populate(*m_database, test::fixedNow);
    m_database->setActor(QStringLiteral("jokafor"));
    m_repository = std::make_unique<SqlTicketRepository>(*m_database);
}

qint64 TestSqlTicketRepository::firstCustomer()
{
    QSqlQuery query(m_database->connection());
    query.exec(
        QStringLiteral("SELECT c.id FROM customers c JOIN contracts k ON k.customer_id = c.id "
                       "WHERE k.policy_key = 'helpdesk-matrix' ORDER BY c.id LIMIT 1"));
    query.next();
    return query.value(0).toLongLong();
}

void TestSqlTicketRepository::createsTicketWithEventAndChange()
{
    const qint64 before = ChangeLog::latestId(*m_database);
    const TicketRecord ticket = m_repository->create({firstCustomer(),
                                                      QStringLiteral("Printer on fire"),
                                                      QStringLiteral("p2"),
                                                      QStringLiteral("phone"),
                                                      QStringLiteral("fr"),
                                                      QStringLiteral("mlefebvre"),
                                                      test::fixedNow});
    QVERIFY(ticket.id > 0);
    QCOMPARE(ticket.policyId, QStringLiteral("helpdesk-matrix"));
    QCOMPARE(ticket.tier, QStringLiteral("standard"));
    QCOMPARE(ticket.status, QStringLiteral("new"));
    QCOMPARE(ticket.assignee, QStringLiteral("mlefebvre"));
    QCOMPARE(ticket.updatedBy, QStringLiteral("jokafor"));
    QCOMPARE(ticket.version, 1);
    const TicketTimeline timeline = m_repository->timeline(ticket.id);
    QCOMPARE(timeline.events.size(), 2);
    QCOMPARE(timeline.events.first().kind, TicketEvent::Kind::Created);
    QCOMPARE(timeline.events.first().value, QStringLiteral("p2"));
    QCOMPARE(timeline.events.first().author, QStringLiteral("jokafor"));
    const QList<Change> changes = ChangeLog::since(*m_database, before);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().table, QStringLiteral("tickets"));
    QCOMPARE(changes.first().rowId, ticket.id);
}

void TestSqlTicketRepository::updateBumpsVersionAndRecordsTimeline()
{
    const TicketRecord ticket = m_repository->create({firstCustomer(),
                                                      QStringLiteral("Slow VPN"),
                                                      QStringLiteral("p3"),
                                                      QStringLiteral("phone")});
    TicketChange change;
    change.severity = QStringLiteral("p2");
    change.status = QStringLiteral("waiting-customer");
    change.assignee = QStringLiteral("sboucher");
    const TicketRecord updated = m_repository->update(ticket.id, ticket.version, change);
    QCOMPARE(updated.version, 2);
    QCOMPARE(updated.severity, QStringLiteral("p2"));
    QCOMPARE(updated.status, QStringLiteral("waiting-customer"));
    QCOMPARE(updated.assignee, QStringLiteral("sboucher"));
    QStringList kinds;
    for (const TicketEvent &event : m_repository->timeline(ticket.id).events)
        kinds.append(TicketEvent::key(event.kind) + u':' + event.value);
    QCOMPARE(kinds,
             QStringList({"created:p3",
                          "severity-changed:p2",
                          "assigned:sboucher",
                          "status-changed:waiting-customer"}));
    QCOMPARE(test::countRows(*m_database,
                             QStringLiteral("audit_log"),
                             QStringLiteral("row_id = %1").arg(ticket.id)),
             1);
    // Resolving and reopening are timeline events too.
    TicketChange resolve;
    resolve.status = QStringLiteral("resolved");
    const TicketRecord resolved = m_repository->update(ticket.id, 2, resolve);
    TicketChange reopen;
    reopen.status = QStringLiteral("open");
    m_repository->update(ticket.id, resolved.version, reopen);
    const auto events = m_repository->timeline(ticket.id).events;
    QCOMPARE(events.at(events.size() - 3).kind, TicketEvent::Kind::Resolved);
    QCOMPARE(events.at(events.size() - 2).kind, TicketEvent::Kind::Reopened);
}

void TestSqlTicketRepository::staleWriteIsRefusedAsConflict()
{
    const TicketRecord ticket = m_repository->create({firstCustomer(),
                                                      QStringLiteral("Login loop"),
                                                      QStringLiteral("p4"),
                                                      QStringLiteral("email")});
    TicketChange mine;
    mine.title = QStringLiteral("Login loop after SSO change");
    m_repository->update(ticket.id, ticket.version, mine);

    // Someone else, working from version 1, tries to change the severity.
    m_database->setActor(QStringLiteral("dnguyen"));
    TicketChange theirs;
    theirs.severity = QStringLiteral("p1");
    try {
        m_repository->update(ticket.id, ticket.version, theirs);
        QFAIL("a stale write was accepted");
    } catch (const ConflictError &conflict) {
        QCOMPARE(conflict.rowId, ticket.id);
        QCOMPARE(conflict.yourVersion, 1);
        QCOMPARE(conflict.theirVersion, 2);
        QCOMPARE(conflict.theirAuthor, QStringLiteral("jokafor"));
        QCOMPARE(conflict.yours, QStringLiteral("severity p1"));
        QVERIFY(conflict.message().contains(QStringLiteral("changed by jokafor")));
    }
    const TicketRecord now = *m_repository->ticket(ticket.id);
    QCOMPARE(now.severity, QStringLiteral("p4"));
    QCOMPARE(now.title, QStringLiteral("Login loop after SSO change"));
    QCOMPARE(now.version, 2);
}

void TestSqlTicketRepository::appendingEventsNeverConflicts()
{
    const TicketRecord ticket = m_repository->create({firstCustomer(),
                                                      QStringLiteral("Backup failed"),
                                                      QStringLiteral("p3"),
                                                      QStringLiteral("portal")});
    TicketEvent responded{test::fixedNow + std::chrono::minutes{5},
                          TicketEvent::Kind::Responded,
                          {},
                          {},
                          {},
                          0,
                          {}};
    m_repository->appendEvent(ticket.id, responded);
    m_repository->appendEvent(ticket.id, responded);
    QCOMPARE(m_repository->ticket(ticket.id)->version, 1);
    QCOMPARE(m_repository->timeline(ticket.id).events.size(), 3);
    QVERIFY_THROWS_EXCEPTION(StorageError, m_repository->appendEvent(999999, responded));
}

void TestSqlTicketRepository::changeAndEventAreOneWrite()
{
    const TicketRecord ticket = m_repository->create({firstCustomer(),
                                                      QStringLiteral("Needs an answer"),
                                                      QStringLiteral("p2"),
                                                      QStringLiteral("email")});
    QCOMPARE(ticket.status, QStringLiteral("new"));
    const auto countOf = [&](TicketEvent::Kind kind) {
        const auto events = m_repository->timeline(ticket.id).events;
        return std::count_if(events.begin(), events.end(), [kind](const TicketEvent &e) {
            return e.kind == kind;
        });
    };
    // "Respond" on a new ticket: opened and answered together.
    TicketChange open;
    open.status = QStringLiteral("open");
    const TicketEvent
        response{test::fixedNow + Seconds{60}, TicketEvent::Kind::Responded, {}, {}, {}, 0, {}};
    const TicketRecord opened = m_repository->update(ticket.id, ticket.version, open, response);
    QCOMPARE(opened.status, QStringLiteral("open"));
    QCOMPARE(opened.version, ticket.version + 1);
    QCOMPARE(countOf(TicketEvent::Kind::Responded), 1);
    const TicketTimeline timeline = m_repository->timeline(ticket.id);
    QCOMPARE(timeline.events.last().author, QStringLiteral("jokafor"));

    // On a stale version neither is saved: no status change, no second response.
    const qint64 changes = ChangeLog::latestId(*m_database);
    TicketChange waiting;
    waiting.status = QStringLiteral("waiting-customer");
    QVERIFY_THROWS_EXCEPTION(ConflictError,
                             m_repository->update(ticket.id, ticket.version, waiting, response));
    QCOMPARE(m_repository->ticket(ticket.id)->status, QStringLiteral("open"));
    QCOMPARE(countOf(TicketEvent::Kind::Responded), 1);
    QCOMPARE(ChangeLog::latestId(*m_database), changes);

    // No field to change: the event alone, the version untouched.
    TicketEvent update = response;
    update.kind = TicketEvent::Kind::Updated;
    const TicketRecord same = m_repository->update(ticket.id, opened.version, {}, update);
    QCOMPARE(same.version, opened.version);
    QCOMPARE(countOf(TicketEvent::Kind::Updated), 1);
    // The event alone on a stale version is refused like a change.
    QVERIFY_THROWS_EXCEPTION(ConflictError,
                             m_repository->update(ticket.id, ticket.version, {}, update));
    QCOMPARE(countOf(TicketEvent::Kind::Updated), 1);
}

void TestSqlTicketRepository::failedWriteChangesNothing()
{
    const TicketRecord ticket = m_repository->create(
        {firstCustomer(), QStringLiteral("DNS"), QStringLiteral("p3"), QStringLiteral("portal")});
    const qint64 changes = ChangeLog::latestId(*m_database);
    TicketChange change;
    change.severity = QStringLiteral("p1");
    change.assignee = QStringLiteral("nobody-by-that-name");
    QVERIFY_THROWS_EXCEPTION(StorageError, m_repository->update(ticket.id, 1, change));
    const TicketRecord after = *m_repository->ticket(ticket.id);
    QCOMPARE(after.severity, QStringLiteral("p3"));
    QCOMPARE(after.version, 1);
    QCOMPARE(ChangeLog::latestId(*m_database), changes);
    QCOMPARE(m_repository->timeline(ticket.id).events.size(), 1);
}

void TestSqlTicketRepository::openTicketsExcludeResolved()
{
    const QList<TicketRecord> open = m_repository->openTickets();
    QCOMPARE(open.size(),
             test::countRows(*m_database,
                             QStringLiteral("tickets"),
                             QStringLiteral("status <> 'resolved'")));
    for (const TicketRecord &ticket : open) {
        QVERIFY(ticket.status != QLatin1String("resolved"));
        QVERIFY(!ticket.customer.isEmpty());
    }
    QCOMPARE(m_repository->allTickets().size(),
             test::countRows(*m_database, QStringLiteral("tickets")));
}

void TestSqlTicketRepository::bulkLoadMatchesTicketByTicket()
{
    // A ticket opened after the demo, with an agent's response: its author must come through.
    const TicketRecord added = m_repository->create({firstCustomer(),
                                                     QStringLiteral("Bulk load check"),
                                                     QStringLiteral("p2"),
                                                     QStringLiteral("phone"),
                                                     QStringLiteral("fr"),
                                                     QString(),
                                                     test::fixedNow});
    TicketEvent response;
    response.kind = TicketEvent::Kind::Responded;
    response.at = test::fixedNow + Seconds{600};
    m_repository->appendEvent(added.id, response);

    // The queue's load (two connections, two threads) against one ticket at a time.
    TicketStore::OpenTickets open = TicketStore::loadOpenTickets(*m_database);
    const QList<TicketRecord> expected = m_repository->openTickets();
    QCOMPARE(open.tickets.size(), expected.size());
    QCOMPARE(open.timelines.size(), expected.size());
    // Both in ticket order, one timeline per ticket.
    QHash<qint64, TicketTimeline> byTicket;
    for (qsizetype i = 0; i < open.timelines.size(); ++i) {
        QCOMPARE(open.timelines.at(i).ticketId, expected.at(i).id);
        byTicket.insert(open.timelines.at(i).ticketId, open.timelines.at(i));
    }
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const TicketRecord &got = open.tickets.at(i);
        QCOMPARE(got.id, expected.at(i).id);
        // Names come from tables read beforehand in bulk, by joins for one ticket: the same.
        const TicketRecord single = *m_repository->ticket(got.id);
        QCOMPARE(got.customer, single.customer);
        QCOMPARE(got.assignee, single.assignee);
        QCOMPARE(got.updatedBy, single.updatedBy);
        QCOMPARE(got.status, single.status);
        QCOMPARE(got.severity, single.severity);
        QCOMPARE(got.tier, single.tier);
        QCOMPARE(got.title, single.title);
        QCOMPARE(got.version, single.version);
        QCOMPARE(got.createdAt, single.createdAt);
        const TicketTimeline one = m_repository->timeline(got.id);
        const TicketTimeline bulk = byTicket.value(got.id);
        QCOMPARE(bulk.policyId, one.policyId);
        QCOMPARE(bulk.policyVersion, one.policyVersion);
        QCOMPARE(bulk.events.size(), one.events.size());
        for (qsizetype e = 0; e < one.events.size(); ++e) {
            QCOMPARE(int(bulk.events.at(e).kind), int(one.events.at(e).kind));
            QCOMPARE(bulk.events.at(e).at, one.events.at(e).at);
            QCOMPARE(bulk.events.at(e).value, one.events.at(e).value);
            QCOMPARE(bulk.events.at(e).tier, one.events.at(e).tier);
            QCOMPARE(bulk.events.at(e).channel, one.events.at(e).channel);
            QCOMPARE(bulk.events.at(e).scheduledFor, one.events.at(e).scheduledFor);
            QCOMPARE(bulk.events.at(e).author, one.events.at(e).author);
        }
    }
    // Both kinds of name are there to compare: assigned tickets, and tickets someone changed.
    QVERIFY(std::any_of(open.tickets.begin(), open.tickets.end(), [](const TicketRecord &t) {
        return !t.assignee.isEmpty();
    }));
    QVERIFY(std::any_of(open.tickets.begin(), open.tickets.end(), [](const TicketRecord &t) {
        return !t.updatedBy.isEmpty();
    }));
    const TicketTimeline mine = byTicket.value(added.id);
    QCOMPARE(mine.events.size(), 2);
    QCOMPARE(mine.events.at(1).author, QStringLiteral("jokafor"));

    // Taken while the tickets are still being read, the timelines are not returned again.
    qsizetype taken = 0;
    const TicketStore::OpenTickets meanwhile
        = TicketStore::loadOpenTickets(*m_database, [&taken](QList<TicketTimeline> &timelines) {
              taken = timelines.size();
              timelines.clear();
          });
    QCOMPARE(taken, expected.size());
    QCOMPARE(meanwhile.tickets.size(), expected.size());
    QVERIFY(meanwhile.timelines.isEmpty());
}

void TestSqlTicketRepository::repeatedValuesAreStoredOnce()
{
    const QList<TicketRecord> open = m_repository->openTickets();
    QVERIFY(open.size() > 100);
    // Every ticket with the same status or customer points at one copy of the text.
    QHash<QString, const QChar *> statuses;
    QHash<QString, const QChar *> customers;
    for (const TicketRecord &ticket : open) {
        QCOMPARE(statuses.value(ticket.status, ticket.status.constData()),
                 ticket.status.constData());
        statuses.insert(ticket.status, ticket.status.constData());
        QCOMPARE(customers.value(ticket.customer, ticket.customer.constData()),
                 ticket.customer.constData());
        customers.insert(ticket.customer, ticket.customer.constData());
    }
    QVERIFY(customers.size() > 1);

    // Past the short list the pool goes on by hash, with the same answers.
    StringPool pool;
    QList<QString> first;
    for (int i = 0; i < 100; ++i)
        first.append(pool.intern(QStringLiteral("value %1").arg(i)));
    for (int i = 0; i < 100; ++i) {
        const QString again = pool.intern(QStringLiteral("value %1").arg(i));
        QCOMPARE(again, first.at(i));
        QCOMPARE(again.constData(), first.at(i).constData());
    }
}

void TestSqlTicketRepository::namesNeverQueryInTheMiddleOfARead()
{
    NameTable users(m_database->connection(), QStringLiteral("users"), QStringLiteral("login"));
    QSqlQuery add(m_database->connection());
    QVERIFY2(
        add.exec(QStringLiteral(
            "INSERT INTO users (login, display_name, role, languages, time_zone, email, phone) "
            "VALUES ('latecomer', 'Late Comer', 'agent', 'en', 'UTC', 'l@example.org', '1')")),
        qPrintable(add.lastError().text()));
    QSqlQuery id(m_database->connection());
    QVERIFY(id.exec(QStringLiteral("SELECT id FROM users WHERE login = 'latecomer'")) && id.next());
    const qint64 late = id.value(0).toLongLong();
    QVERIFY(late > 0);
    // Asked for inside another read, an unknown id is noted, not looked up: on PostgreSQL a
    // second query on the connection would end the first one's rows early.
    QSqlQuery rows(m_database->connection());
    rows.setForwardOnly(true);
    QVERIFY(rows.exec(QStringLiteral("SELECT id FROM tickets")));
    qint64 seen = 0;
    while (rows.next()) {
        QCOMPARE(users.name(late), QString());
        ++seen;
    }
    QVERIFY(!rows.lastError().isValid());
    QCOMPARE(seen, test::countRows(*m_database, QStringLiteral("tickets")));
    QVERIFY(users.missedAny());
    // Read again, the table knows it.
    NameTable again(m_database->connection(), QStringLiteral("users"), QStringLiteral("login"));
    QCOMPARE(again.name(late), QStringLiteral("latecomer"));
    QVERIFY(!again.missedAny());
}

void TestSqlTicketRepository::inMemoryDatabaseLoadsOnOneConnection()
{
    // A second connection to ":memory:" would be a second, empty database.
    const auto memory = Database::open(DatabaseUrl::parse(QStringLiteral("sqlite::memory:")),
                                       Database::Schema::Migrate);
    DemoData::populate(*memory, test::fixedNow);
    const TicketStore::OpenTickets open = TicketStore::loadOpenTickets(*memory);
    const qsizetype expected = SqlTicketRepository(*memory).openTickets().size();
    QVERIFY(expected > 100);
    QCOMPARE(open.tickets.size(), expected);
    QCOMPARE(open.timelines.size(), expected);
}

void TestSqlTicketRepository::upgradesEarlierSchemaInPlace()
{
    QFETCH_GLOBAL(QString, engine);
    // A database as version 1 left it, with a ticket in it.
    QString url;
    QTemporaryDir dir;
    if (engine == QLatin1String("sqlite"))
        url = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("v1.sqlite"));
    else
        url = test::createPostgresDatabase();
    const DatabaseUrl parsed = DatabaseUrl::parse(url);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(parsed.driverName(), QStringLiteral("v1"));
        raw.setDatabaseName(parsed.isSqlite() ? parsed.path() : parsed.databaseName());
        raw.setHostName(parsed.host());
        raw.setPort(parsed.port());
        raw.setUserName(parsed.user());
        QVERIFY(raw.open());
        Migrations::applyUpTo(raw, parsed.engine(), 1);
        QCOMPARE(Migrations::currentVersion(raw), 1);
        QSqlQuery insert(raw);
        QVERIFY(insert.exec(
            QStringLiteral("INSERT INTO customers (name, organization, time_zone, language) "
                           "VALUES ('Old Customer', 'Old', 'UTC', 'en')")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    auto upgraded = Database::open(parsed, Database::Schema::Migrate);
    QCOMPARE(Migrations::currentVersion(upgraded->connection()), Migrations::latestVersion());
    QCOMPARE(test::countRows(*upgraded,
                             QStringLiteral("customers"),
                             QStringLiteral("name = 'Old Customer'")),
             1);
    QVERIFY(upgraded->connection().tables().contains(QStringLiteral("change_log")));
}

void TestSqlTicketRepository::refusesNewerSchemaUntouched()
{
    QSqlQuery future(m_database->connection());
    QVERIFY(future.exec(QStringLiteral("INSERT INTO schema_version VALUES (%1, 0)")
                            .arg(Migrations::latestVersion() + 1)));
    const qint64 tickets = test::countRows(*m_database, QStringLiteral("tickets"));
    try {
        Database::open(m_database->url());
        QFAIL("a newer schema was accepted");
    } catch (const StorageError &error) {
        QVERIFY2(error.message().contains(QStringLiteral("newer than this Hourglass")),
                 qPrintable(error.message()));
    }
    QCOMPARE(test::countRows(*m_database, QStringLiteral("tickets")), tickets);
    QCOMPARE(Migrations::currentVersion(m_database->connection()), Migrations::latestVersion() + 1);
}

QTEST_GUILESS_MAIN(TestSqlTicketRepository)
#include "tst_sqlticketrepository.moc"
