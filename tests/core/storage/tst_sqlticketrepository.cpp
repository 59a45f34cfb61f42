// The ticket repository on SQLite and PostgreSQL alike: creation, versioned updates, conflicts,
// events that never conflict, bulk reads, and schema upgrades in place. Tickets are opened
// through the ticket service, as everywhere else; what happens to them is tested here.
#include "io/inputerror.h"
#include "models/ticketqueuemodel.h"
#include "storage/changelog.h"
#include "storage/conflicterror.h"
#include "storage/demodata.h"
#include "storage/migrations.h"
#include "storage/nametable.h"
#include "storage/sqlticketrepository.h"
#include "storage/stringpool.h"
#include "testenvironment.h"
#include "tickets/ticketservice.h"
#include "ticketstack.h"
#include "time/clock.h"

#include <QSqlError>
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
    void damagedEventLeavesTheQueueReadable();
    void repeatedValuesAreStoredOnce();
    void namesNeverQueryInTheMiddleOfARead();
    void inMemoryDatabaseLoadsOnOneConnection();
    void readsFailCleanlyWhileOffline();
    void upgradesEarlierSchemaInPlace();
    void threadIsInTimelineOrderWithAuthors();
    void scopesReadTicketsWithTimelines();
    void eventsWithTextBecomeMessagesOnUpgrade();
    void refusesNewerSchemaUntouched();

private:
    qint64 firstCustomer();
    // Who the session says writes: the profile on SQLite, the server's login on PostgreSQL.
    QString me() const { return m_stack->session.login(); }
    static QString engine()
    {
        QFETCH_GLOBAL(QString, engine);
        return engine;
    }
    // A ticket opened now through the service.
    TicketRecord open(const QString &title,
                      const QString &severity,
                      const QString &channel,
                      const QString &assignee = QString());
    // A change as the service would save it: with the events it makes.
    TicketRecord change(const TicketRecord &ticket, int version, const TicketChange &change);

    QTemporaryDir m_dir;
    ManualClock m_clock{test::fixedNow};
    Instant m_now; // the test's "now": see test::seedInstant
    std::unique_ptr<Database> m_database;
    std::unique_ptr<test::TicketStack> m_stack;
    SqlTicketRepository *m_repository = nullptr;
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
    m_repository = nullptr;
    m_stack.reset();
    m_database.reset();
    m_clock.set(test::fixedNow);
    static int counter = 0;
    QTemporaryDir *dir = &m_dir;
    m_database = engine == QLatin1String("sqlite")
                     ? test::openTemporarySqlite(*dir, QStringLiteral("r%1.sqlite").arg(++counter))
                     : test::openTemporaryPostgres();
    m_now = test::seedInstant(*m_database);
    m_clock.set(m_now);
    DemoData::populate(*m_database, m_now);
    m_stack = std::make_unique<test::TicketStack>(*m_database,
                                                  m_clock,
                                                  QString(),
                                                  QStringLiteral("jokafor"));
    m_repository = &m_stack->repository;
    if (engine == QLatin1String("sqlite"))
        QCOMPARE(me(), QStringLiteral("jokafor"));
}

TicketRecord TestSqlTicketRepository::open(const QString &title,
                                           const QString &severity,
                                           const QString &channel,
                                           const QString &assignee)
{
    return m_stack->create(firstCustomer(), title, severity, channel, assignee);
}

TicketRecord TestSqlTicketRepository::change(const TicketRecord &ticket,
                                             int version,
                                             const TicketChange &change)
{
    return m_repository->update(ticket.id,
                                version,
                                change,
                                TicketService::eventsFor(ticket, change));
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
    TicketRequest request;
    request.customerId = firstCustomer();
    request.title = QStringLiteral("Printer on fire");
    request.severity = QStringLiteral("p2");
    request.channel = QStringLiteral("phone");
    request.language = QStringLiteral("fr");
    request.assignee = QStringLiteral("mlefebvre");
    request.createdAt = m_now;
    const TicketRecord ticket = m_stack->tickets.create(request);
    QVERIFY(ticket.id > 0);
    QCOMPARE(ticket.policyId, QStringLiteral("helpdesk-matrix"));
    QCOMPARE(ticket.tier, QStringLiteral("standard"));
    QCOMPARE(ticket.status, TicketStatus::New);
    QCOMPARE(ticket.language, QStringLiteral("fr"));
    QCOMPARE(ticket.assignee, QStringLiteral("mlefebvre"));
    QCOMPARE(ticket.updatedBy, me());
    QCOMPARE(ticket.version, 1);
    QCOMPARE(ticket.createdAt, m_now);
    const TicketTimeline timeline = m_repository->timeline(ticket.id);
    QCOMPARE(timeline.events.size(), 2);
    QCOMPARE(timeline.events.first().kind, TicketEvent::Kind::Created);
    QCOMPARE(timeline.events.first().value, QStringLiteral("p2"));
    QCOMPARE(timeline.events.first().author, me());
    QCOMPARE(timeline.events.at(1).kind, TicketEvent::Kind::Assigned);
    QCOMPARE(timeline.events.at(1).value, QStringLiteral("mlefebvre"));
    const QList<Change> changes = ChangeLog::since(*m_database, before);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().table, QStringLiteral("tickets"));
    QCOMPARE(changes.first().rowId, ticket.id);
}

void TestSqlTicketRepository::updateBumpsVersionAndRecordsTimeline()
{
    const TicketRecord ticket = open(QStringLiteral("Slow VPN"),
                                     QStringLiteral("p3"),
                                     QStringLiteral("phone"));
    TicketChange edit;
    edit.severity = QStringLiteral("p2");
    edit.status = TicketStatus::WaitingCustomer;
    edit.assignee = QStringLiteral("sboucher");
    const TicketRecord updated = change(ticket, ticket.version, edit);
    QCOMPARE(updated.version, 2);
    QCOMPARE(updated.severity, QStringLiteral("p2"));
    QCOMPARE(updated.status, TicketStatus::WaitingCustomer);
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
    resolve.status = TicketStatus::Resolved;
    const TicketRecord resolved = change(updated, 2, resolve);
    QCOMPARE(resolved.status, TicketStatus::Resolved);
    TicketChange reopen;
    reopen.status = TicketStatus::Open;
    const TicketRecord reopened = change(resolved, resolved.version, reopen);
    QCOMPARE(reopened.status, TicketStatus::Open);
    const auto events = m_repository->timeline(ticket.id).events;
    QCOMPARE(events.at(events.size() - 3).kind, TicketEvent::Kind::Resolved);
    QCOMPARE(events.at(events.size() - 2).kind, TicketEvent::Kind::Reopened);
    QCOMPARE(events.last().kind, TicketEvent::Kind::StatusChanged);
    QCOMPARE(events.last().value, QStringLiteral("open"));
}

void TestSqlTicketRepository::staleWriteIsRefusedAsConflict()
{
    const TicketRecord ticket = open(QStringLiteral("Login loop"),
                                     QStringLiteral("p4"),
                                     QStringLiteral("email"));
    TicketChange mine;
    mine.title = QStringLiteral("Login loop after SSO change");
    m_repository->update(ticket.id, ticket.version, mine);
    const QString author = me();

    // Someone else, working from version 1, tries to change the severity.
    m_database->setActor(QStringLiteral("dnguyen"));
    TicketChange theirs;
    theirs.severity = QStringLiteral("p1");
    const qsizetype events = m_repository->timeline(ticket.id).events.size();
    try {
        change(ticket, ticket.version, theirs);
        QFAIL("a stale write was accepted");
    } catch (const ConflictError &conflict) {
        QCOMPARE(conflict.rowId, ticket.id);
        QCOMPARE(conflict.yourVersion, 1);
        QCOMPARE(conflict.theirVersion, 2);
        QCOMPARE(conflict.theirAuthor, author);
        QCOMPARE(conflict.yours, QStringLiteral("severity p1"));
        QVERIFY(conflict.message().contains(QStringLiteral("changed by ") + author));
    }
    const TicketRecord now = *m_repository->ticket(ticket.id);
    QCOMPARE(now.severity, QStringLiteral("p4"));
    QCOMPARE(now.title, QStringLiteral("Login loop after SSO change"));
    QCOMPARE(now.version, 2);
    // The severity-changed event went with the refused write.
    QCOMPARE(m_repository->timeline(ticket.id).events.size(), events);
}

void TestSqlTicketRepository::appendingEventsNeverConflicts()
{
    const TicketRecord ticket = open(QStringLiteral("Backup failed"),
                                     QStringLiteral("p3"),
                                     QStringLiteral("portal"));
    TicketEvent
        responded{m_now + std::chrono::minutes{5}, TicketEvent::Kind::Responded, {}, {}, {}, 0, {}};
    m_repository->appendEvent(ticket.id, responded);
    m_repository->appendEvent(ticket.id, responded);
    QCOMPARE(m_repository->ticket(ticket.id)->version, 1);
    QCOMPARE(m_repository->timeline(ticket.id).events.size(), 3);
    QVERIFY_THROWS_EXCEPTION(StorageError, m_repository->appendEvent(999999, responded));
}

void TestSqlTicketRepository::changeAndEventAreOneWrite()
{
    const TicketRecord ticket = open(QStringLiteral("Needs an answer"),
                                     QStringLiteral("p2"),
                                     QStringLiteral("email"));
    QCOMPARE(ticket.status, TicketStatus::New);
    const auto countOf = [&](TicketEvent::Kind kind) {
        const auto events = m_repository->timeline(ticket.id).events;
        return std::count_if(events.begin(), events.end(), [kind](const TicketEvent &e) {
            return e.kind == kind;
        });
    };
    // "Respond" on a new ticket: opened and answered together.
    TicketChange opening;
    opening.status = TicketStatus::Open;
    const TicketEvent response{m_now + Seconds{60}, TicketEvent::Kind::Responded, {}, {}, {}, 0, {}};
    const TicketRecord opened = m_repository->update(ticket.id, ticket.version, opening, {response});
    QCOMPARE(opened.status, TicketStatus::Open);
    QCOMPARE(opened.version, ticket.version + 1);
    QCOMPARE(countOf(TicketEvent::Kind::Responded), 1);
    const TicketTimeline timeline = m_repository->timeline(ticket.id);
    QCOMPARE(timeline.events.last().author, me());

    // On a stale version neither is saved: no status change, no second response.
    const qint64 changes = ChangeLog::latestId(*m_database);
    TicketChange waiting;
    waiting.status = TicketStatus::WaitingCustomer;
    QVERIFY_THROWS_EXCEPTION(ConflictError,
                             m_repository->update(ticket.id, ticket.version, waiting, {response}));
    QCOMPARE(m_repository->ticket(ticket.id)->status, TicketStatus::Open);
    QCOMPARE(countOf(TicketEvent::Kind::Responded), 1);
    QCOMPARE(ChangeLog::latestId(*m_database), changes);

    // No field to change: the event alone, the version untouched.
    TicketEvent update = response;
    update.kind = TicketEvent::Kind::Updated;
    const TicketRecord same = m_repository->update(ticket.id, opened.version, {}, {update});
    QCOMPARE(same.version, opened.version);
    QCOMPARE(countOf(TicketEvent::Kind::Updated), 1);
    // The event alone on a stale version is refused like a change.
    QVERIFY_THROWS_EXCEPTION(ConflictError,
                             m_repository->update(ticket.id, ticket.version, {}, {update}));
    QCOMPARE(countOf(TicketEvent::Kind::Updated), 1);
}

void TestSqlTicketRepository::failedWriteChangesNothing()
{
    const TicketRecord ticket = open(QStringLiteral("DNS"),
                                     QStringLiteral("p3"),
                                     QStringLiteral("portal"));
    const qint64 changes = ChangeLog::latestId(*m_database);
    TicketChange edit;
    edit.severity = QStringLiteral("p1");
    edit.assignee = QStringLiteral("nobody-by-that-name");
    QVERIFY_THROWS_EXCEPTION(StorageError, change(ticket, 1, edit));
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
        QVERIFY(ticket.status != TicketStatus::Resolved);
        QVERIFY(!ticket.customer.isEmpty());
    }
    QCOMPARE(m_repository->allTickets().size(),
             test::countRows(*m_database, QStringLiteral("tickets")));
}

void TestSqlTicketRepository::bulkLoadMatchesTicketByTicket()
{
    // A ticket opened after the demo, with an agent's response: its author must come through.
    TicketRequest request;
    request.customerId = firstCustomer();
    request.title = QStringLiteral("Bulk load check");
    request.severity = QStringLiteral("p2");
    request.channel = QStringLiteral("phone");
    request.language = QStringLiteral("fr");
    request.createdAt = m_now;
    const TicketRecord added = m_stack->tickets.create(request);
    TicketEvent response;
    response.kind = TicketEvent::Kind::Responded;
    response.at = m_now + Seconds{600};
    m_repository->appendEvent(added.id, response);

    // The queue's load (two connections, two threads) against one ticket at a time.
    OpenTickets open = m_repository->openTicketsWithTimelines();
    const QList<TicketRecord> expected = m_repository->openTickets();
    QCOMPARE(open.tickets.size(), expected.size());
    QCOMPARE(open.timelines.size(), expected.size());
    // Both in ticket order, one timeline per ticket.
    QHash<qint64, TicketTimeline> byTicket;
    for (qsizetype i = 0; i < open.timelines.size(); ++i) {
        QCOMPARE(open.timelines.at(i).ticketId, expected.at(i).id);
        QVERIFY2(open.timelines.at(i).unreadable.isEmpty(),
                 qPrintable(open.timelines.at(i).unreadable));
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
            // What people wrote is one ticket's (thread() has it); the queue reads no text.
            if (TicketEvent::isEntry(one.events.at(e).kind))
                QCOMPARE(bulk.events.at(e).value, QString());
            else
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
    QCOMPARE(mine.events.at(1).author, me());

    // Taken while the tickets are still being read, the timelines are not returned again.
    qsizetype taken = 0;
    const OpenTickets meanwhile = m_repository->openTicketsWithTimelines(
        [&taken](QList<TicketTimeline> &timelines) {
            taken = timelines.size();
            timelines.clear();
        });
    QCOMPARE(taken, expected.size());
    QCOMPARE(meanwhile.tickets.size(), expected.size());
    QVERIFY(meanwhile.timelines.isEmpty());
}

// One stored event nobody can read (written by hand, or by a later build): its ticket says so,
// every other ticket reads as before, and the queue shows why instead of failing to load.
void TestSqlTicketRepository::damagedEventLeavesTheQueueReadable()
{
    const TicketRecord damaged = open(QStringLiteral("Damaged timeline"),
                                      QStringLiteral("p3"),
                                      QStringLiteral("phone"));
    const OpenTickets before = m_repository->openTicketsWithTimelines();
    QSqlQuery insert(m_database->connection());
    insert.prepare(QStringLiteral("INSERT INTO ticket_events (ticket_id, at, kind, author_id, "
                                  "payload, recorded_at) VALUES (?, ?, 'severity-changed', NULL, "
                                  "'{\"severity\": 7}', ?)"));
    insert.addBindValue(damaged.id);
    insert.addBindValue(toEpoch(damaged.createdAt) + 60);
    insert.addBindValue(toEpoch(damaged.createdAt) + 60);
    QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    QSqlQuery row(m_database->connection());
    QVERIFY(row.exec(QStringLiteral("SELECT MAX(id) FROM ticket_events")) && row.next());
    const QString place = QStringLiteral("ticket_events row %1").arg(row.value(0).toLongLong());

    const OpenTickets open = m_repository->openTicketsWithTimelines();
    QCOMPARE(open.tickets.size(), before.tickets.size());
    QCOMPARE(open.timelines.size(), before.timelines.size());
    int unreadable = 0;
    for (qsizetype i = 0; i < open.timelines.size(); ++i) {
        const TicketTimeline &timeline = open.timelines.at(i);
        QCOMPARE(timeline.ticketId, before.timelines.at(i).ticketId);
        if (timeline.ticketId == damaged.id) {
            ++unreadable;
            QVERIFY2(timeline.unreadable.contains(place), qPrintable(timeline.unreadable));
            QVERIFY_THROWS_EXCEPTION(InputError, m_stack->engine.evaluate(timeline, m_clock.now()));
        } else {
            QVERIFY2(timeline.unreadable.isEmpty(), qPrintable(timeline.unreadable));
            QCOMPARE(timeline.events.size(), before.timelines.at(i).events.size());
        }
    }
    QCOMPARE(unreadable, 1);
    // One ticket at a time says the same.
    QVERIFY2(m_repository->timeline(damaged.id).unreadable.contains(place),
             qPrintable(m_repository->timeline(damaged.id).unreadable));

    TicketQueueModel model(m_stack->engine, m_clock);
    model.setTickets(open.tickets, open.timelines);
    QCOMPARE(model.rowCount(), open.tickets.size());
    const int damagedRow = model.rowOfTicket(damaged.id);
    QVERIFY(damagedRow >= 0);
    const QString shown = model.index(damagedRow, TicketQueueModel::DeadlineColumn).data().toString();
    QVERIFY2(shown.startsWith(QStringLiteral("timeline unreadable: ")), qPrintable(shown));
    QVERIFY2(shown.contains(place), qPrintable(shown));
    for (int r = 0; r < model.rowCount(); ++r) {
        if (r == damagedRow)
            continue;
        QVERIFY(model.clockAt(r)->unreadable.isEmpty());
        QVERIFY(!model.index(r, TicketQueueModel::DeadlineColumn)
                     .data()
                     .toString()
                     .startsWith(QStringLiteral("timeline unreadable")));
    }
}

void TestSqlTicketRepository::repeatedValuesAreStoredOnce()
{
    const QList<TicketRecord> open = m_repository->openTickets();
    QVERIFY(open.size() > 100);
    // Every ticket with the same severity or customer points at one copy of the text (the
    // status is an enum now: nothing to share there).
    QHash<QString, const QChar *> severities;
    QHash<QString, const QChar *> customers;
    for (const TicketRecord &ticket : open) {
        QCOMPARE(severities.value(ticket.severity, ticket.severity.constData()),
                 ticket.severity.constData());
        severities.insert(ticket.severity, ticket.severity.constData());
        QCOMPARE(customers.value(ticket.customer, ticket.customer.constData()),
                 ticket.customer.constData());
        customers.insert(ticket.customer, ticket.customer.constData());
    }
    QVERIFY(severities.size() > 1);
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
    SqlTicketRepository repository(*memory);
    const OpenTickets open = repository.openTicketsWithTimelines();
    const qsizetype expected = repository.openTickets().size();
    QVERIFY(expected > 100);
    QCOMPARE(open.tickets.size(), expected);
    QCOMPARE(open.timelines.size(), expected);
}

// A repository on a session that lost its database refuses to read rather than read a closed
// connection, and reads the same again once the session is back on a connection of its own.
void TestSqlTicketRepository::readsFailCleanlyWhileOffline()
{
    const TicketRecord ticket = open(QStringLiteral("Offline"),
                                     QStringLiteral("p3"),
                                     QStringLiteral("phone"));
    const qsizetype openCount = m_repository->openTickets().size();
    const qint64 tickets = test::countRows(*m_database, QStringLiteral("tickets"));
    m_stack->session.goOffline(QStringLiteral("unplugged"));
    QVERIFY(!m_stack->session.isOnline());
    QVERIFY_THROWS_EXCEPTION(StorageError, m_repository->openTickets());
    QVERIFY_THROWS_EXCEPTION(StorageError, m_repository->allTickets());
    QVERIFY_THROWS_EXCEPTION(StorageError, m_repository->ticket(ticket.id));
    QVERIFY_THROWS_EXCEPTION(StorageError, m_repository->timeline(ticket.id));
    QVERIFY_THROWS_EXCEPTION(StorageError, m_repository->openTicketsWithTimelines());
    // Nothing is written either: no ticket opens offline, and with no journal an action fails.
    QVERIFY_THROWS_EXCEPTION(StorageError,
                             m_stack->create(firstCustomer(),
                                             QStringLiteral("x"),
                                             QStringLiteral("p3")));
    TicketAction note;
    note.kind = TicketAction::Kind::Note;
    note.ticketId = ticket.id;
    note.version = ticket.version;
    note.text = QStringLiteral("offline");
    QVERIFY_THROWS_EXCEPTION(StorageError, m_stack->tickets.perform(note));
    QCOMPARE(test::countRows(*m_database, QStringLiteral("tickets")), tickets);

    QVERIFY(m_stack->session.reconnect());
    QCOMPARE(m_repository->openTickets().size(), openCount);
    QCOMPARE(m_repository->ticket(ticket.id)->title, QStringLiteral("Offline"));
    QCOMPARE(m_repository->timeline(ticket.id).events.size(), 1);
    QVERIFY(m_stack->tickets.perform(note));
    QCOMPARE(m_repository->timeline(ticket.id).events.size(), 2);
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

void TestSqlTicketRepository::threadIsInTimelineOrderWithAuthors()
{
    TicketRequest request;
    request.customerId = firstCustomer();
    request.title = QStringLiteral("Badge reader");
    request.description = QStringLiteral("The badge reader at door 3 is dead.");
    request.contact = QStringLiteral("Chloé Martin");
    const TicketRecord ticket = m_stack->tickets.create(request);
    QVERIFY(
        m_stack->act(ticket.id, TicketAction::Kind::Respond, QString(), QStringLiteral("On it")));
    QVERIFY(m_stack->act(ticket.id, TicketAction::Kind::Assign, QStringLiteral("mlefebvre")));
    QVERIFY(m_stack->act(ticket.id,
                         TicketAction::Kind::CustomerReplied,
                         QString(),
                         QStringLiteral("Door 4 too")));
    QVERIFY(m_stack->act(ticket.id, TicketAction::Kind::Note, QString(), QStringLiteral("vendor?")));
    // A response without words is no message.
    QVERIFY(m_stack->act(ticket.id, TicketAction::Kind::PostUpdate));
    QVERIFY(m_stack->act(ticket.id,
                         TicketAction::Kind::PostUpdate,
                         QString(),
                         QStringLiteral("Part ordered")));
    const QList<TicketMessage> thread = m_repository->thread(ticket.id);
    QList<TicketMessage::Kind> kinds;
    QStringList authors;
    QStringList texts;
    for (const TicketMessage &m : thread) {
        kinds.append(m.kind);
        authors.append(m.author);
        texts.append(m.text);
        QCOMPARE(m.ticketId, ticket.id);
    }
    QCOMPARE(kinds,
             (QList{TicketMessage::Kind::Description,
                    TicketMessage::Kind::Reply,
                    TicketMessage::Kind::Customer,
                    TicketMessage::Kind::Note,
                    TicketMessage::Kind::Update}));
    const QString agent = engine() == QLatin1String("sqlite") ? QStringLiteral("James Okafor")
                                                              : me();
    QCOMPARE(authors,
             (QStringList{QStringLiteral("Chloé Martin"),
                          agent,
                          QStringLiteral("Chloé Martin"),
                          agent,
                          agent}));
    QCOMPARE(texts,
             (QStringList{request.description,
                          QStringLiteral("On it"),
                          QStringLiteral("Door 4 too"),
                          QStringLiteral("vendor?"),
                          QStringLiteral("Part ordered")}));
    // The thread is the timeline's entries, in the same order and at the same times.
    QList<Instant> entryTimes;
    for (const TicketEvent &e : m_repository->timeline(ticket.id).events) {
        if (e.kind == TicketEvent::Kind::Created
            || (TicketEvent::isEntry(e.kind) && !e.value.isEmpty()))
            entryTimes.append(e.at);
    }
    QList<Instant> messageTimes;
    for (const TicketMessage &m : thread)
        messageTimes.append(m.at);
    QCOMPARE(messageTimes, entryTimes);
    for (qsizetype i = 1; i < thread.size(); ++i)
        QVERIFY(thread.at(i - 1).id < thread.at(i).id);
    QVERIFY(m_repository->thread(999999).isEmpty());
}

void TestSqlTicketRepository::scopesReadTicketsWithTimelines()
{
    const TicketRecord a = open(QStringLiteral("Scope A"),
                                QStringLiteral("p3"),
                                QStringLiteral("phone"));
    const TicketRecord b = open(QStringLiteral("Scope B"),
                                QStringLiteral("p3"),
                                QStringLiteral("phone"));
    QVERIFY(m_stack->act(a.id, TicketAction::Kind::Resolve));
    m_clock.advance(Seconds(5));
    QVERIFY(m_stack->act(b.id, TicketAction::Kind::Resolve));
    const qint64 resolved = test::countRows(*m_database,
                                            QStringLiteral("tickets"),
                                            QStringLiteral("status = 'resolved'"));
    const qint64 open = test::countRows(*m_database,
                                        QStringLiteral("tickets"),
                                        QStringLiteral("status <> 'resolved'"));
    const OpenTickets all = m_repository->ticketsWithTimelines(TicketScope::Resolved, 100000);
    QCOMPARE(all.tickets.size(), resolved);
    QCOMPARE(all.timelines.size(), resolved);
    for (qsizetype i = 0; i < all.tickets.size(); ++i) {
        QCOMPARE(all.tickets.at(i).status, TicketStatus::Resolved);
        QCOMPARE(all.timelines.at(i).ticketId, all.tickets.at(i).id);
    }
    // The most recently changed resolved tickets first: the limit keeps b, then a.
    const OpenTickets latest = m_repository->ticketsWithTimelines(TicketScope::Resolved, 1);
    QCOMPARE(latest.tickets.size(), 1);
    QCOMPARE(latest.tickets.first().id, b.id);
    QCOMPARE(latest.timelines.first().ticketId, b.id);
    QCOMPARE(latest.timelines.first().events.constLast().kind, TicketEvent::Kind::Resolved);
    const QList<TicketRecord> two = m_repository->ticketsIn(TicketScope::Resolved, 2);
    QCOMPARE(two.size(), 2);
    QCOMPARE(two.at(0).id, a.id); // in ticket order
    // All: every open ticket and the limited resolved ones.
    QCOMPARE(m_repository->ticketsWithTimelines(TicketScope::All, 1).tickets.size(), open + 1);
    QCOMPARE(m_repository->ticketsWithTimelines(TicketScope::Open, 0).tickets.size(), open);
    // In the background, on a connection of its own, the same.
    QFuture<OpenTickets> background = m_repository->ticketsInBackground(TicketScope::Resolved, 1);
    background.waitForFinished();
    QCOMPARE(background.result().tickets.size(), 1);
    QCOMPARE(background.result().tickets.first().id, b.id);
    QCOMPARE(background.result().timelines.first().ticketId, b.id);
    QCOMPARE(m_repository->ticketsIn(TicketScope::Open, 0).size(),
             m_repository->openTickets().size());
}

void TestSqlTicketRepository::eventsWithTextBecomeMessagesOnUpgrade()
{
    QFETCH_GLOBAL(QString, engine);
    // A database as version 2 left it: the text of responses, notes and customer replies in
    // the events' payloads.
    QString url;
    QTemporaryDir dir;
    if (engine == QLatin1String("sqlite"))
        url = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("v2.sqlite"));
    else
        url = test::createPostgresDatabase();
    const DatabaseUrl parsed = DatabaseUrl::parse(url);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(parsed.driverName(), QStringLiteral("v2"));
        raw.setDatabaseName(parsed.isSqlite() ? parsed.path() : parsed.databaseName());
        raw.setHostName(parsed.host());
        raw.setPort(parsed.port());
        raw.setUserName(parsed.user());
        QVERIFY(raw.open());
        Migrations::applyUpTo(raw, parsed.engine(), 2);
        QSqlQuery q(raw);
        const QStringList statements = {
            "INSERT INTO users (id, login, display_name, role, languages, time_zone, email, "
            "phone) VALUES (100, 'old', 'Olga Ld', 'agent', 'en', 'UTC', '', '')",
            "INSERT INTO customers (id, name, organization, time_zone, language) VALUES (1, "
            "'Old Customer', 'Old', 'UTC', 'fr')",
            "INSERT INTO contracts (id, customer_id, policy_key, tier, starts_at) VALUES (1, 1, "
            "'helpdesk-matrix', 'standard', 0)",
            "INSERT INTO tickets (id, customer_id, contract_id, policy_key, policy_version, "
            "title, severity, tier, status, channel, language, created_at, updated_at) VALUES "
            "(1, 1, 1, 'helpdesk-matrix', 1, 'Vieux ticket', 'p3', 'standard', 'open', 'phone', "
            "'fr', 1000, 1400)",
            "INSERT INTO ticket_events (id, ticket_id, at, kind, author_id, payload, "
            "recorded_at) VALUES "
            "(1, 1, 1000, 'created', 100, '{\"tier\":\"standard\",\"channel\":\"phone\"}', 1000),"
            "(2, 1, 1100, 'responded', 100, '{\"text\":\"Nous regardons les imprimantes\"}', 1100),"
            "(3, 1, 1200, 'customer-replied', 100, '{\"text\":\"Merci\"}', 1200),"
            "(4, 1, 1300, 'note', 100, '{\"text\":\"\"}', 1300),"
            "(5, 1, 1350, 'updated', 100, '{}', 1350),"
            "(6, 1, 1400, 'note', 100, 'not json', 1400)"};
        for (const QString &sql : statements)
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v2"));
    auto upgraded = Database::open(parsed, Database::Schema::Migrate);
    QCOMPARE(Migrations::currentVersion(upgraded->connection()), Migrations::latestVersion());
    QCOMPARE(test::countRows(*upgraded, QStringLiteral("ticket_messages")), 2);
    // The text left the payload; a damaged payload stays as it was, for the timeline to report.
    QCOMPARE(test::countRows(*upgraded,
                             QStringLiteral("ticket_events"),
                             QStringLiteral("payload LIKE '%text%'")),
             0);
    QCOMPARE(test::countRows(*upgraded,
                             QStringLiteral("ticket_events"),
                             QStringLiteral("payload = 'not json'")),
             1);
    SqlTicketRepository repository(*upgraded);
    const QList<TicketMessage> thread = repository.thread(1);
    QCOMPARE(thread.size(), 2);
    QCOMPARE(thread.at(0).kind, TicketMessage::Kind::Reply);
    QCOMPARE(thread.at(0).author, QStringLiteral("Olga Ld"));
    QCOMPARE(thread.at(0).text, QStringLiteral("Nous regardons les imprimantes"));
    QCOMPARE(thread.at(0).at, fromEpoch(1100));
    QCOMPARE(thread.at(1).kind, TicketMessage::Kind::Customer);
    QCOMPARE(thread.at(1).author, QStringLiteral("Old Customer"));
    // The timeline still carries the text, and the old rows are searchable, titles included.
    const TicketTimeline timeline = repository.timeline(1);
    QCOMPARE(timeline.events.at(1).value, QStringLiteral("Nous regardons les imprimantes"));
    const QList<TicketSearchHit> hits = repository.search(
        {QStringLiteral("imprimante"), TicketScope::All, 10});
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().messageId, 2);
    QCOMPARE(repository.search({QStringLiteral("vieux"), TicketScope::Open, 10}).size(), 1);
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
