// The ticket service on SQLite and PostgreSQL: who stamps the time when clients disagree, what
// it refuses (and that a refusal writes nothing), contracts in force, triage, and a response
// that opens a ticket as one write.
#include "io/inputerror.h"
#include "storage/changelog.h"
#include "storage/conflicterror.h"
#include "storage/demodata.h"
#include "storage/policystore.h"
#include "storage/storageerror.h"
#include "testenvironment.h"
#include "ticketstack.h"
#include "time/clock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace hourglass;
using namespace std::chrono_literals;

class TestTicketService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();
    void skewedClientsKeepTimelinesInOrder();
    void eventAsGivenBeforeTheLatestIsRefused();
    void refusesInvalidInputAndWritesNothing_data();
    void refusesInvalidInputAndWritesNothing();
    void opensUnderTheContractInForce();
    void triagesOnlyOutsideHours();
    void respondOnNewTicketIsOneWrite();
    void unassignsWithAnEmptyLogin();
    void unknownStoredStatusIsUnreadableNotOpen();
    void entriesKeepTheirText();
    void descriptionAndContactAreKept();
    void replyIsTheFirstResponseThenAnUpdate();
    void internalReplyIsANoteAndChangesNoClock();
    void customerMessageResumesAPausedClock();
    void replyQueuedOfflineIsDecidedAtReplay();
    void adoptingANewerPolicyVersionRetargetsRunningClocks();

private:
    bool isPostgres() const { return m_database->isPostgres(); }
    qint64 firstCustomer(const QString &policy);
    // A customer of our own with contracts [start, end) (end 0: open-ended), by epoch seconds.
    qint64 addCustomer(const QString &name,
                       const QList<std::tuple<QString, QString, qint64, qint64>> &contracts);
    // Rows of every table a ticket write touches, to compare before and after a refusal.
    QList<qint64> footprint();
    // The database's now (the server's clock on PostgreSQL).
    Instant serverNow();
    // A ticket's events in the order they were written, with their stamps.
    QList<qint64> stampsInWriteOrder(qint64 ticketId);

    QTemporaryDir m_dir;
    ManualClock m_clock{test::fixedNow};
    std::unique_ptr<Database> m_database;
    std::unique_ptr<test::TicketStack> m_stack;
};

void TestTicketService::initTestCase_data()
{
    test::addEngineRows();
}

void TestTicketService::initTestCase()
{
    test::isolateUserData();
}

void TestTicketService::init()
{
    QFETCH_GLOBAL(QString, engine);
    static int counter = 0;
    m_database = test::openTemporary(engine, m_dir);
    if (engine == QLatin1String("sqlite")) {
        // openTemporary() names every SQLite file alike: one file per test function here.
        m_database.reset();
        m_database = test::openTemporarySqlite(m_dir, QStringLiteral("s%1.sqlite").arg(++counter));
    }
    DemoData::populate(*m_database, test::seedInstant(*m_database));
    m_clock.set(test::seedInstant(*m_database));
    m_stack = std::make_unique<test::TicketStack>(*m_database,
                                                  m_clock,
                                                  QString(),
                                                  QStringLiteral("jokafor"));
}

void TestTicketService::cleanup()
{
    m_stack.reset();
    m_database.reset();
}

qint64 TestTicketService::firstCustomer(const QString &policy)
{
    QSqlQuery query(m_database->connection());
    query.prepare(
        QStringLiteral("SELECT c.id FROM customers c JOIN contracts k ON k.customer_id = c.id "
                       "WHERE k.policy_key = ? ORDER BY c.id LIMIT 1"));
    query.addBindValue(policy);
    if (!query.exec() || !query.next())
        qFatal("no customer on %s", qPrintable(policy));
    return query.value(0).toLongLong();
}

qint64 TestTicketService::addCustomer(
    const QString &name, const QList<std::tuple<QString, QString, qint64, qint64>> &contracts)
{
    QSqlQuery insert(m_database->connection());
    insert.prepare(QStringLiteral("INSERT INTO customers (name, organization, time_zone, language) "
                                  "VALUES (?, ?, 'UTC', 'en')"));
    insert.addBindValue(name);
    insert.addBindValue(name);
    if (!insert.exec())
        qFatal("%s", qPrintable(insert.lastError().text()));
    QSqlQuery id(m_database->connection());
    id.prepare(QStringLiteral("SELECT id FROM customers WHERE name = ?"));
    id.addBindValue(name);
    if (!id.exec() || !id.next())
        qFatal("%s", qPrintable(id.lastError().text()));
    const qint64 customer = id.value(0).toLongLong();
    for (const auto &[policy, tier, start, end] : contracts) {
        QSqlQuery contract(m_database->connection());
        contract.prepare(QStringLiteral("INSERT INTO contracts (customer_id, policy_key, tier, "
                                        "starts_at, ends_at) VALUES (?, ?, ?, ?, ?)"));
        contract.addBindValue(customer);
        contract.addBindValue(policy);
        contract.addBindValue(tier);
        contract.addBindValue(start);
        contract.addBindValue(end ? QVariant(end) : QVariant(QMetaType(QMetaType::LongLong)));
        if (!contract.exec())
            qFatal("%s", qPrintable(contract.lastError().text()));
    }
    return customer;
}

QList<qint64> TestTicketService::footprint()
{
    QList<qint64> counts;
    for (const char *table : {"tickets", "ticket_events", "audit_log", "change_log", "users"})
        counts.append(test::countRows(*m_database, QString::fromLatin1(table)));
    return counts;
}

Instant TestTicketService::serverNow()
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("SELECT ") + m_database->nowSeconds()) || !query.next())
        qFatal("%s", qPrintable(query.lastError().text()));
    return fromEpoch(query.value(0).toLongLong());
}

QList<qint64> TestTicketService::stampsInWriteOrder(qint64 ticketId)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT at FROM ticket_events WHERE ticket_id = ? ORDER BY id"));
    query.addBindValue(ticketId);
    QList<qint64> stamps;
    if (!query.exec())
        qFatal("%s", qPrintable(query.lastError().text()));
    while (query.next())
        stamps.append(query.value(0).toLongLong());
    return stamps;
}

// Two clients on one database, one clock ten minutes slow, the other ten minutes fast, take
// turns on one ticket. The database's time decides: the timeline stays in order and evaluates.
void TestTicketService::skewedClientsKeepTimelinesInOrder()
{
    // On PostgreSQL the clients' clocks are skewed against the real time the server keeps.
    const Instant base = isPostgres() ? serverNow() : test::fixedNow;
    ManualClock behind(base - 10min);
    ManualClock ahead(base + 10min);
    // Each client has its own connection, as two machines would.
    m_stack.reset();
    const auto second = Database::open(m_database->url());
    test::TicketStack slow(*m_database, behind, QString(), QStringLiteral("jokafor"));
    test::TicketStack fast(*second, ahead, QString(), QStringLiteral("mlefebvre"));

    const Instant before = isPostgres() ? serverNow() : Instant();
    const TicketRecord ticket = fast.create(firstCustomer(QStringLiteral("helpdesk-matrix")),
                                            QStringLiteral("Skewed clocks"),
                                            QStringLiteral("p3"),
                                            QStringLiteral("phone"));
    using Kind = TicketAction::Kind;
    const QList<std::tuple<Kind, QString, QString>> turns = {
        {Kind::Respond, {}, QStringLiteral("on it")},
        {Kind::Note, {}, QStringLiteral("checked the logs")},
        {Kind::WaitOnCustomer, {}, {}},
        {Kind::CustomerReplied, {}, QStringLiteral("here are the logs")},
        {Kind::ChangeSeverity, QStringLiteral("p2"), {}},
        {Kind::PostUpdate, {}, QStringLiteral("still working")},
        {Kind::WaitOnCustomer, {}, {}},
        {Kind::Resume, {}, {}},
        {Kind::Assign, QStringLiteral("sboucher"), {}},
        {Kind::ChangeSeverity, QStringLiteral("p1"), {}},
        {Kind::Note, {}, QStringLiteral("escalated")},
        {Kind::Resolve, {}, {}},
    };
    int turn = 0;
    for (const auto &[kind, value, text] : turns) {
        test::TicketStack &client = turn % 2 == 0 ? slow : fast;
        ManualClock &clock = turn % 2 == 0 ? behind : ahead;
        const QList<qint64> earlier = stampsInWriteOrder(ticket.id);
        QVERIFY2(client.act(ticket.id, kind, value, text), qPrintable(TicketAction::key(kind)));
        const QList<qint64> stamps = stampsInWriteOrder(ticket.id);
        QVERIFY2(stamps.size() > earlier.size(), qPrintable(TicketAction::key(kind)));
        for (qsizetype i = earlier.size(); i < stamps.size(); ++i) {
            // Never before what the ticket already holds, whoever's clock is slow.
            QVERIFY2(stamps.at(i) >= earlier.last(), qPrintable(TicketAction::key(kind)));
            if (!isPostgres()) // SQLite: the injected clock, raised to the latest event
                QCOMPARE(stamps.at(i), std::max(toEpoch(clock.now()), earlier.last()));
        }
        // Every step of the way, both clients can work out the clocks.
        for (test::TicketStack *each : {&slow, &fast}) {
            const TicketTimeline timeline = each->repository.timeline(ticket.id);
            QVERIFY2(timeline.unreadable.isEmpty(), qPrintable(timeline.unreadable));
            try {
                each->engine.evaluate(timeline, std::max(behind.now(), ahead.now()));
                each->engine.evaluate(timeline, timeline.events.constLast().at);
            } catch (const std::exception &error) {
                QFAIL(error.what());
            }
        }
        behind.advance(1min);
        ahead.advance(1min);
        ++turn;
    }
    const QList<qint64> stamps = stampsInWriteOrder(ticket.id);
    QVERIFY(stamps.size() >= turns.size() + 1);
    for (qsizetype i = 1; i < stamps.size(); ++i)
        QVERIFY2(stamps.at(i) >= stamps.at(i - 1), qPrintable(QString::number(i)));
    const TicketTimeline timeline = slow.repository.timeline(ticket.id);
    QCOMPARE(timeline.events.size(), stamps.size());
    for (qsizetype i = 0; i < stamps.size(); ++i)
        QCOMPARE(toEpoch(timeline.events.at(i).at), stamps.at(i));
    if (isPostgres()) {
        // The server's time, whatever the clients' clocks say: ten minutes off either way
        // would be far outside this.
        const Instant after = serverNow();
        for (const qint64 stamp : stamps) {
            QVERIFY2(stamp >= toEpoch(before) - 2 && stamp <= toEpoch(after) + 2,
                     qPrintable(QStringLiteral("%1 not within %2..%3")
                                    .arg(stamp)
                                    .arg(toEpoch(before))
                                    .arg(toEpoch(after))));
        }
        QVERIFY(toEpoch(ticket.createdAt) >= toEpoch(before) - 2);
        QVERIFY(toEpoch(ticket.createdAt) <= toEpoch(after) + 2);
    } else {
        // Opened by the fast client: its clock. The slow one's events were raised to it.
        QCOMPARE(ticket.createdAt, base + 10min);
        QCOMPARE(stamps.first(), toEpoch(base + 10min));
    }
    const TicketRecord resolved = *fast.repository.ticket(ticket.id);
    QCOMPARE(resolved.status, TicketStatus::Resolved);
    QCOMPARE(resolved.severity, QStringLiteral("p1"));
    QCOMPARE(resolved.assignee, QStringLiteral("sboucher"));
}

void TestTicketService::eventAsGivenBeforeTheLatestIsRefused()
{
    const TicketRecord ticket = m_stack->create(firstCustomer(QStringLiteral("helpdesk-matrix")),
                                                QStringLiteral("Dated entries"),
                                                QStringLiteral("p3"),
                                                QStringLiteral("phone"));
    TicketEvent later;
    later.kind = TicketEvent::Kind::Responded;
    later.at = ticket.createdAt + 30min;
    QCOMPARE(m_stack->repository.appendEvent(ticket.id, later, TicketRepository::Stamp::AsGiven),
             later.at);
    const TicketRecord touched = *m_stack->repository.ticket(ticket.id);
    const QList<qint64> rows = footprint();
    const qint64 changes = ChangeLog::latestId(*m_database);

    TicketEvent earlier = later;
    earlier.kind = TicketEvent::Kind::CustomerReplied;
    earlier.at = later.at - 1s;
    QVERIFY_THROWS_EXCEPTION(StorageError,
                             m_stack->repository.appendEvent(ticket.id,
                                                             earlier,
                                                             TicketRepository::Stamp::AsGiven));
    // Through the service (a script's "append") it is refused the same way.
    TicketAction append;
    append.kind = TicketAction::Kind::Append;
    append.ticketId = ticket.id;
    append.version = touched.version;
    append.event = earlier;
    // …as bad input naming the field, which the command line reports with exit status 2.
    try {
        m_stack->tickets.perform(append);
        QFAIL("an entry before the latest was accepted");
    } catch (const InputError &error) {
        QCOMPARE(error.place(), QStringLiteral("at"));
    }

    QCOMPARE(footprint(), rows);
    QCOMPARE(ChangeLog::latestId(*m_database), changes);
    const TicketRecord after = *m_stack->repository.ticket(ticket.id);
    QCOMPARE(after.updatedAt, touched.updatedAt);
    QCOMPARE(after.version, touched.version);
    const TicketTimeline timeline = m_stack->repository.timeline(ticket.id);
    QCOMPARE(timeline.events.size(), 2);
    QCOMPARE(timeline.events.last().kind, TicketEvent::Kind::Responded);
    // At the latest event's own time it is still in order.
    earlier.at = later.at;
    QCOMPARE(m_stack->repository.appendEvent(ticket.id, earlier, TicketRepository::Stamp::AsGiven),
             later.at);

    // Nor can a script date an entry in the future: the clocks would count from a time that
    // has not come.
    TicketAction future;
    future.kind = TicketAction::Kind::Append;
    future.ticketId = ticket.id;
    future.version = m_stack->repository.ticket(ticket.id)->version;
    future.event.kind = TicketEvent::Kind::Note;
    future.event.value = QStringLiteral("from 2030");
    future.event.at = (isPostgres() ? serverNow() : m_clock.now()) + std::chrono::hours(24);
    const QList<qint64> beforeFuture = footprint();
    try {
        m_stack->tickets.perform(future);
        QFAIL("an entry dated tomorrow was accepted");
    } catch (const InputError &error) {
        QCOMPARE(error.place(), QStringLiteral("at"));
        QVERIFY2(error.problem().contains(QLatin1String("in the future")),
                 qPrintable(error.message()));
    }
    QCOMPARE(footprint(), beforeFuture);
}

void TestTicketService::refusesInvalidInputAndWritesNothing_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("field");
    QTest::newRow("empty severity") << "change-severity:"
                                    << "severity";
    QTest::newRow("unknown severity") << "change-severity:p9"
                                      << "severity";
    QTest::newRow("unknown severity on create") << "create-severity:p9"
                                                << "severity";
    QTest::newRow("empty severity in an edit") << "edit-severity:"
                                               << "severity";
    QTest::newRow("unknown tier") << "change-tier:platinum"
                                  << "tier";
    QTest::newRow("empty tier") << "change-tier:"
                                << "tier";
    QTest::newRow("empty title") << "create-title:   "
                                 << "title";
    QTest::newRow("empty title in an edit") << "edit-title:"
                                            << "title";
    QTest::newRow("unknown assignee") << "assign:ghost"
                                      << "assignee";
    QTest::newRow("unknown assignee on create") << "create-assignee:ghost"
                                                << "assignee";
    QTest::newRow("unknown customer") << "create-customer:999999"
                                      << "customer";
    // The helpdesk matrix names no product areas; any area is refused by name.
    QTest::newRow("unknown product area") << "create-area:kubernetes"
                                          << "area";
    QTest::newRow("empty note") << "note:  "
                                << "text";
    // Text a terminal or a reader would take for something else.
    QTest::newRow("escape sequence in a title") << "create-title:red \x1b[31mred"
                                                << "title";
    QTest::newRow("line break in a title") << "create-title:one\rtwo"
                                           << "title";
    QTest::newRow("C1 control in an edited title")
        << QStringLiteral("edit-title:a\u009bb") << "title";
    QTest::newRow("bidi override in an edited title")
        << QStringLiteral("edit-title:abc\u202efdp.exe") << "title";
    QTest::newRow("bell in a note") << "note:ding\x07"
                                    << "text";
    QTest::newRow("half a character in a note")
        << QString(QStringLiteral("note:x") + QChar(0xd800)) << "text";
    // What people write is stored as text: nothing a database or a view chokes on.
    QTest::newRow("NUL in a description")
        << QStringLiteral("create-description:a%1b").arg(QChar(0)) << "description";
    QTest::newRow("control character in a description")
        << QStringLiteral("create-description:bell%1").arg(QChar(7)) << "description";
    QTest::newRow("lone surrogate in a description")
        << QStringLiteral("create-description:x%1y").arg(QChar(0xd800)) << "description";
    QTest::newRow("non-character in a title")
        << QStringLiteral("create-title:x%1").arg(QChar(0xfffe)) << "title";
    QTest::newRow("description too long")
        << QStringLiteral("create-description:") + QString(TicketService::maximumText + 1, u'a')
        << "description";
    QTest::newRow("title too long")
        << QStringLiteral("create-title:") + QString(TicketService::maximumTitle + 1, u'a')
        << "title";
    QTest::newRow("NUL in a contact")
        << QStringLiteral("create-contact:a%1").arg(QChar(0)) << "contact";
    QTest::newRow("NUL in a reply") << QStringLiteral("respond:a%1").arg(QChar(0)) << "text";
    QTest::newRow("NUL in a customer message")
        << QStringLiteral("customer-replied:a%1").arg(QChar(0)) << "text";
    QTest::newRow("empty reply") << "reply: "
                                 << "text";
    QTest::newRow("NUL in a title edit")
        << QStringLiteral("edit-title:a%1").arg(QChar(0)) << "title";
}

void TestTicketService::refusesInvalidInputAndWritesNothing()
{
    QFETCH(QString, what);
    QFETCH(QString, field);
    const qint64 customer = firstCustomer(QStringLiteral("helpdesk-matrix"));
    const TicketRecord ticket = m_stack->create(customer,
                                                QStringLiteral("Validation"),
                                                QStringLiteral("p3"),
                                                QStringLiteral("phone"));
    const QString verb = what.section(u':', 0, 0);
    const QString value = what.section(u':', 1);
    const QList<qint64> rows = footprint();
    const qint64 changes = ChangeLog::latestId(*m_database);
    try {
        if (verb.startsWith(QLatin1String("create-"))) {
            TicketRequest request;
            request.customerId = customer;
            request.title = QStringLiteral("Valid title");
            request.severity = QStringLiteral("p3");
            request.channel = QStringLiteral("phone");
            if (verb == QLatin1String("create-severity"))
                request.severity = value;
            else if (verb == QLatin1String("create-title"))
                request.title = value;
            else if (verb == QLatin1String("create-assignee"))
                request.assignee = value;
            else if (verb == QLatin1String("create-customer"))
                request.customerId = value.toLongLong();
            else if (verb == QLatin1String("create-description"))
                request.description = value;
            else if (verb == QLatin1String("create-contact"))
                request.contact = value;
            else if (verb == QLatin1String("create-area"))
                request.productArea = value;
            m_stack->tickets.create(request);
        } else if (verb == QLatin1String("reply")) {
            m_stack->tickets.reply(ticket.id, ticket.version, value, false);
        } else if (verb.startsWith(QLatin1String("edit-"))) {
            TicketAction edit;
            edit.kind = TicketAction::Kind::Edit;
            edit.ticketId = ticket.id;
            edit.version = ticket.version;
            if (verb == QLatin1String("edit-severity"))
                edit.change.severity = value;
            else
                edit.change.title = value;
            m_stack->tickets.perform(edit);
        } else {
            const TicketAction::Kind kind = verb == QLatin1String("change-severity")
                                                ? TicketAction::Kind::ChangeSeverity
                                            : verb == QLatin1String("change-tier")
                                                ? TicketAction::Kind::ChangeTier
                                            : verb == QLatin1String("assign")
                                                ? TicketAction::Kind::Assign
                                            : verb == QLatin1String("respond")
                                                ? TicketAction::Kind::Respond
                                            : verb == QLatin1String("customer-replied")
                                                ? TicketAction::Kind::CustomerReplied
                                                : TicketAction::Kind::Note;
            const bool written = kind == TicketAction::Kind::Note
                                 || kind == TicketAction::Kind::Respond
                                 || kind == TicketAction::Kind::CustomerReplied;
            m_stack->act(ticket.id, kind, written ? QString() : value, written ? value : QString());
        }
        QFAIL("invalid input was accepted");
    } catch (const InputError &error) {
        QVERIFY2(error.place() == field, qPrintable(error.message()));
        QVERIFY(!error.problem().isEmpty());
    }
    QCOMPARE(footprint(), rows);
    QCOMPARE(ChangeLog::latestId(*m_database), changes);
    const TicketRecord after = *m_stack->repository.ticket(ticket.id);
    QCOMPARE(after.version, ticket.version);
    QCOMPARE(after.severity, QStringLiteral("p3"));
    QCOMPARE(after.title, QStringLiteral("Validation"));
    QCOMPARE(after.assignee, QString());
}

void TestTicketService::opensUnderTheContractInForce()
{
    // On SQLite "now" is the injected clock; on PostgreSQL the server's.
    const Instant now = isPostgres() ? serverNow() : m_clock.now();
    const qint64 t = toEpoch(now);
    const qint64 day = 86400;
    const QString matrix = QStringLiteral("helpdesk-matrix");
    const qint64 ended = addCustomer(QStringLiteral("Ended Ltd"),
                                     {{matrix, QStringLiteral("standard"), t - 100 * day, t - day}});
    const qint64 future = addCustomer(QStringLiteral("Future Ltd"),
                                      {{matrix, QStringLiteral("standard"), t + day, 0}});
    // Direct until ten days ago, through a reseller since: each ticket gets the one in force
    // when it was opened.
    const QString terms = QStringLiteral("provisioning-terms");
    const qint64 renewed = addCustomer(QStringLiteral("Renewed Ltd"),
                                       {{terms, QStringLiteral("direct"), 0, t - 10 * day},
                                        {terms, QStringLiteral("reseller"), t - 10 * day, 0}});
    const QList<qint64> rows = footprint();
    for (const qint64 customer : {ended, future}) {
        try {
            m_stack->create(customer, QStringLiteral("No contract"), QStringLiteral("p3"));
            QFAIL("a ticket was opened without a contract in force");
        } catch (const InputError &error) {
            QCOMPARE(error.place(), QStringLiteral("customer"));
            QVERIFY2(error.problem().contains(QStringLiteral("no contract in force")),
                     qPrintable(error.message()));
        }
    }
    // Opened back then (an import), the ended contract applies.
    TicketRequest old;
    old.customerId = ended;
    old.title = QStringLiteral("From the old contract");
    old.severity = QStringLiteral("p3");
    old.createdAt = now - 50 * Seconds(day);
    QCOMPARE(footprint(), rows);
    const TicketRecord back = m_stack->tickets.create(old);
    QCOMPARE(back.tier, QStringLiteral("standard"));
    QCOMPARE(back.createdAt, now - 50 * Seconds(day));

    const TicketRecord today = m_stack->create(renewed,
                                               QStringLiteral("Today"),
                                               QStringLiteral("major"));
    QCOMPARE(today.policyId, terms);
    QCOMPARE(today.tier, QStringLiteral("reseller"));
    TicketRequest before;
    before.customerId = renewed;
    before.title = QStringLiteral("Before the renewal");
    before.severity = QStringLiteral("major");
    before.createdAt = now - 11 * Seconds(day);
    const TicketRecord earlier = m_stack->tickets.create(before);
    QCOMPARE(earlier.tier, QStringLiteral("direct"));
    // The boundary belongs to the new contract.
    before.createdAt = now - 10 * Seconds(day);
    QCOMPARE(m_stack->tickets.create(before).tier, QStringLiteral("reseller"));
    // And the contract's id is the one stored with the ticket.
    QSqlQuery contract(m_database->connection());
    contract.prepare(QStringLiteral("SELECT k.tier FROM tickets t JOIN contracts k ON "
                                    "k.id = t.contract_id WHERE t.id = ?"));
    contract.addBindValue(earlier.id);
    QVERIFY(contract.exec() && contract.next());
    QCOMPARE(contract.value(0).toString(), QStringLiteral("direct"));
}

void TestTicketService::triagesOnlyOutsideHours()
{
    const qint64 customer
        = addCustomer(QStringLiteral("Provisioning Inc"),
                      {{QStringLiteral("provisioning-terms"), QStringLiteral("direct"), 0, 0}});
    // Monday 2024-03-11 09:30 in New York (daylight time since the day before): standard hours.
    // "Emergency" is for outside them. (Dates before any clock the suite runs at: PostgreSQL
    // refuses a ticket opened after its own now.)
    TicketRequest request;
    request.customerId = customer;
    request.title = QStringLiteral("Phones down");
    request.severity = QStringLiteral("emergency");
    request.channel = QStringLiteral("phone");
    request.createdAt = test::at("2024-03-11T13:30:00Z");
    const TicketRecord inHours = m_stack->tickets.create(request);
    QCOMPARE(inHours.severity, QStringLiteral("critical"));
    // The created event carries the triaged severity, which the clocks start from.
    const TicketTimeline timeline = m_stack->repository.timeline(inHours.id);
    QCOMPARE(timeline.events.first().kind, TicketEvent::Kind::Created);
    QCOMPARE(timeline.events.first().value, QStringLiteral("critical"));
    // Sunday 23:00 in New York: outside, it stays an emergency.
    request.createdAt = test::at("2024-03-11T03:00:00Z");
    QCOMPARE(m_stack->tickets.create(request).severity, QStringLiteral("emergency"));
    // Monday 17:00 (standard time, the week before) is the end of the day: outside.
    request.createdAt = test::at("2024-03-04T22:00:00Z");
    QCOMPARE(m_stack->tickets.create(request).severity, QStringLiteral("emergency"));
    request.createdAt = test::at("2024-03-04T21:59:59Z");
    QCOMPARE(m_stack->tickets.create(request).severity, QStringLiteral("critical"));
}

void TestTicketService::respondOnNewTicketIsOneWrite()
{
    const TicketRecord ticket = m_stack->create(firstCustomer(QStringLiteral("helpdesk-matrix")),
                                                QStringLiteral("First answer"),
                                                QStringLiteral("p2"),
                                                QStringLiteral("email"));
    QCOMPARE(ticket.status, TicketStatus::New);
    const auto responses = [&] {
        int count = 0;
        for (const TicketEvent &e : m_stack->repository.timeline(ticket.id).events)
            count += e.kind == TicketEvent::Kind::Responded;
        return count;
    };
    // Someone assigns it meanwhile: still new, but a version on.
    QVERIFY(m_stack->act(ticket.id, TicketAction::Kind::Assign, QStringLiteral("sboucher")));
    const TicketRecord assigned = *m_stack->repository.ticket(ticket.id);
    QCOMPARE(assigned.status, TicketStatus::New);
    QCOMPARE(assigned.version, ticket.version + 1);

    // A response made on the copy from before: neither the opening nor the response is saved.
    const QList<qint64> rows = footprint();
    const qint64 changes = ChangeLog::latestId(*m_database);
    TicketAction respond;
    respond.kind = TicketAction::Kind::Respond;
    respond.ticketId = ticket.id;
    respond.version = ticket.version;
    respond.text = QStringLiteral("Looking into it");
    try {
        m_stack->tickets.perform(respond);
        QFAIL("a response on a stale copy was saved");
    } catch (const ConflictError &conflict) {
        QCOMPARE(conflict.yourVersion, ticket.version);
        QCOMPARE(conflict.theirVersion, assigned.version);
        // The refusal names the entry that was not saved along with the change.
        QVERIFY2(conflict.message().contains(QStringLiteral("Responded to the customer")),
                 qPrintable(conflict.message()));
    }
    QCOMPARE(footprint(), rows);
    QCOMPARE(ChangeLog::latestId(*m_database), changes);
    QCOMPARE(m_stack->repository.ticket(ticket.id)->status, TicketStatus::New);
    QCOMPARE(responses(), 0);

    // On the current version: one write, status and response together.
    respond.version = assigned.version;
    QVERIFY(m_stack->tickets.perform(respond));
    const TicketRecord opened = *m_stack->repository.ticket(ticket.id);
    QCOMPARE(opened.status, TicketStatus::Open);
    QCOMPARE(opened.version, assigned.version + 1);
    QCOMPARE(responses(), 1);
    QCOMPARE(ChangeLog::since(*m_database, changes).size(), 1);
    QCOMPARE(test::countRows(*m_database,
                             QStringLiteral("audit_log"),
                             QStringLiteral("row_id = %1").arg(ticket.id)),
             2);
    const TicketTimeline timeline = m_stack->repository.timeline(ticket.id);
    QCOMPARE(timeline.events.size(), 4);
    QCOMPARE(timeline.events.at(2).kind, TicketEvent::Kind::StatusChanged);
    QCOMPARE(timeline.events.at(2).value, QStringLiteral("open"));
    QCOMPARE(timeline.events.at(3).kind, TicketEvent::Kind::Responded);
    QCOMPARE(timeline.events.at(3).author, m_stack->session.login());
    // Responding again appends only: the ticket is open already, the version stays.
    QVERIFY(m_stack->act(ticket.id, TicketAction::Kind::Respond, {}, QStringLiteral("More")));
    QCOMPARE(m_stack->repository.ticket(ticket.id)->version, opened.version);
    QCOMPARE(responses(), 2);
}

// "Assign" with no login takes the ticket off everyone, online and from the journal alike.
void TestTicketService::unassignsWithAnEmptyLogin()
{
    const TicketRecord ticket = m_stack->create(firstCustomer(QStringLiteral("helpdesk-matrix")),
                                                QStringLiteral("Hand back"),
                                                QStringLiteral("p3"),
                                                QStringLiteral("phone"),
                                                QStringLiteral("sboucher"));
    QCOMPARE(ticket.assignee, QStringLiteral("sboucher"));
    TicketAction unassign;
    unassign.kind = TicketAction::Kind::Assign;
    unassign.ticketId = ticket.id;
    unassign.version = ticket.version;
    const TicketAction journalled = TicketAction::fromJson(QStringLiteral("j"),
                                                           QStringLiteral("entry 1"),
                                                           unassign.toJson());
    QCOMPARE(journalled.kind, TicketAction::Kind::Assign);
    QCOMPARE(journalled.value, QString());
    QVERIFY(m_stack->tickets.perform(unassign));
    const TicketRecord after = *m_stack->repository.ticket(ticket.id);
    QCOMPARE(after.assignee, QString());
    QCOMPARE(after.version, ticket.version + 1);
    const TicketTimeline timeline = m_stack->repository.timeline(ticket.id);
    QCOMPARE(timeline.events.last().kind, TicketEvent::Kind::Assigned);
    QCOMPARE(timeline.events.last().value, QString());
}

// Another program wrote a status this Hourglass does not know: the ticket reads as unreadable,
// with why, in every read (not as Open, which would let actions guess at it), no action but an
// edit of its status is carried out, and that edit repairs it.
void TestTicketService::unknownStoredStatusIsUnreadableNotOpen()
{
    const TicketRecord ticket = m_stack->create(firstCustomer(QStringLiteral("helpdesk-matrix")),
                                                QStringLiteral("Escalated elsewhere"),
                                                QStringLiteral("p3"),
                                                QStringLiteral("phone"),
                                                QString());
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(
        QStringLiteral("UPDATE tickets SET status = 'escalated' WHERE id = %1").arg(ticket.id)));
    const TicketRecord stored = *m_stack->repository.ticket(ticket.id);
    QVERIFY2(stored.unreadable.contains(QLatin1String("\"escalated\"")),
             qPrintable(stored.unreadable));
    const OpenTickets open = m_stack->repository.openTicketsWithTimelines();
    const auto listed = std::find_if(open.tickets.begin(),
                                     open.tickets.end(),
                                     [&](const TicketRecord &t) { return t.id == ticket.id; });
    QVERIFY(listed != open.tickets.end());
    QCOMPARE(listed->unreadable, stored.unreadable);

    const QList<qint64> before = footprint();
    TicketAction respond;
    respond.kind = TicketAction::Kind::Respond;
    respond.ticketId = ticket.id;
    respond.version = stored.version;
    respond.text = QStringLiteral("On it");
    QVERIFY_THROWS_EXCEPTION(InputError, m_stack->tickets.perform(respond));
    QCOMPARE(footprint(), before);

    TicketAction repair;
    repair.kind = TicketAction::Kind::Edit;
    repair.ticketId = ticket.id;
    repair.version = stored.version;
    repair.change.status = TicketStatus::Open;
    QVERIFY(m_stack->tickets.perform(repair));
    const TicketRecord repaired = *m_stack->repository.ticket(ticket.id);
    QCOMPARE(repaired.unreadable, QString());
    QCOMPARE(repaired.status, TicketStatus::Open);
}

void TestTicketService::entriesKeepTheirText()
{
    const TicketRecord ticket = m_stack->create(firstCustomer(QStringLiteral("helpdesk-matrix")),
                                                QStringLiteral("Printer jam"),
                                                QStringLiteral("p3"));
    // What the agent and the customer wrote is what the timeline keeps, in order.
    const QList<std::pair<TicketAction::Kind, TicketEvent::Kind>> entries
        = {{TicketAction::Kind::Respond, TicketEvent::Kind::Responded},
           {TicketAction::Kind::CustomerReplied, TicketEvent::Kind::CustomerReplied},
           {TicketAction::Kind::PostUpdate, TicketEvent::Kind::Updated},
           {TicketAction::Kind::Note, TicketEvent::Kind::Note}};
    for (const auto &[action, kind] : entries)
        QVERIFY(m_stack->act(ticket.id, action, QString(), TicketEvent::key(kind) + u" «é»"));
    const TicketTimeline timeline = m_stack->repository.timeline(ticket.id);
    QList<TicketEvent> written;
    for (const TicketEvent &event : timeline.events) {
        if (TicketEvent::isEntry(event.kind))
            written.append(event);
    }
    QCOMPARE(written.size(), entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QCOMPARE(written.at(i).kind, entries.at(i).second);
        QCOMPARE(written.at(i).value, TicketEvent::key(entries.at(i).second) + u" «é»");
    }
}

void TestTicketService::descriptionAndContactAreKept()
{
    TicketRequest request;
    request.customerId = firstCustomer(QStringLiteral("helpdesk-matrix"));
    request.title = QStringLiteral("VPN drops every hour");
    request.description = QStringLiteral("  Since Monday the VPN drops at :00.\nLogs attached.  ");
    request.contact = QStringLiteral(" Ana Lima ");
    const TicketRecord ticket = m_stack->tickets.create(request);
    QCOMPARE(ticket.contact, QStringLiteral("Ana Lima"));
    const QList<TicketMessage> thread = m_stack->repository.thread(ticket.id);
    QCOMPARE(thread.size(), 1);
    QCOMPARE(thread.first().kind, TicketMessage::Kind::Description);
    QCOMPARE(thread.first().text,
             QStringLiteral("Since Monday the VPN drops at :00.\nLogs attached."));
    QCOMPARE(thread.first().author, QStringLiteral("Ana Lima"));
    QCOMPARE(thread.first().at, ticket.createdAt);
    // No contact: the customer's words are signed with the customer's name.
    request.contact.clear();
    const TicketRecord anonymous = m_stack->tickets.create(request);
    QCOMPARE(m_stack->repository.thread(anonymous.id).first().author, anonymous.customer);
    // No description: no message at all.
    request.description.clear();
    QVERIFY(m_stack->repository.thread(m_stack->tickets.create(request).id).isEmpty());
}

void TestTicketService::replyIsTheFirstResponseThenAnUpdate()
{
    const TicketRecord ticket = m_stack->create(firstCustomer(QStringLiteral("helpdesk-matrix")),
                                                QStringLiteral("Mail bounces"),
                                                QStringLiteral("p3"));
    QCOMPARE(ticket.status, TicketStatus::New);
    QVERIFY(m_stack->tickets.reply(ticket.id, ticket.version, QStringLiteral("Looking now"), false));
    const TicketRecord opened = *m_stack->repository.ticket(ticket.id);
    QCOMPARE(opened.status, TicketStatus::Open);
    QVERIFY(m_stack->tickets.reply(opened.id, opened.version, QStringLiteral("Fixed MX"), false));
    QList<TicketEvent::Kind> kinds;
    for (const TicketEvent &e : m_stack->repository.timeline(ticket.id).events) {
        if (TicketEvent::isEntry(e.kind))
            kinds.append(e.kind);
    }
    QCOMPARE(kinds, (QList{TicketEvent::Kind::Responded, TicketEvent::Kind::Updated}));
    const QList<TicketMessage> thread = m_stack->repository.thread(ticket.id);
    QCOMPARE(thread.size(), 2);
    QCOMPARE(thread.at(0).kind, TicketMessage::Kind::Reply);
    QCOMPARE(thread.at(0).text, QStringLiteral("Looking now"));
    QCOMPARE(thread.at(1).kind, TicketMessage::Kind::Update);
    QCOMPARE(thread.at(1).authorLogin, m_stack->session.login());
    QCOMPARE(TicketService::replyKind(TicketStatus::New, false), TicketAction::Kind::Respond);
    QCOMPARE(TicketService::replyKind(TicketStatus::WaitingCustomer, false),
             TicketAction::Kind::PostUpdate);
}

void TestTicketService::internalReplyIsANoteAndChangesNoClock()
{
    const TicketRecord ticket = m_stack->create(firstCustomer(QStringLiteral("helpdesk-matrix")),
                                                QStringLiteral("Disk full"),
                                                QStringLiteral("p3"));
    QVERIFY(m_stack->tickets.reply(ticket.id, ticket.version, QStringLiteral("ask ops"), true));
    const TicketRecord after = *m_stack->repository.ticket(ticket.id);
    // Still new: a note is no response, so the response clock runs on.
    QCOMPARE(after.status, TicketStatus::New);
    QCOMPARE(after.version, ticket.version);
    const QList<TicketMessage> thread = m_stack->repository.thread(ticket.id);
    QCOMPARE(thread.size(), 1);
    QVERIFY(thread.first().isInternal());
    QCOMPARE(thread.first().text, QStringLiteral("ask ops"));
}

void TestTicketService::customerMessageResumesAPausedClock()
{
    TicketRequest request;
    request.customerId = firstCustomer(QStringLiteral("helpdesk-matrix"));
    request.title = QStringLiteral("Printer offline");
    request.severity = QStringLiteral("p3");
    request.contact = QStringLiteral("Paul Roy");
    const TicketRecord ticket = m_stack->tickets.create(request);
    QVERIFY(
        m_stack->act(ticket.id, TicketAction::Kind::Respond, QString(), QStringLiteral("Model?")));
    QVERIFY(m_stack->act(ticket.id, TicketAction::Kind::WaitOnCustomer));
    QCOMPARE(m_stack->repository.ticket(ticket.id)->status, TicketStatus::WaitingCustomer);
    QVERIFY(m_stack->act(ticket.id,
                         TicketAction::Kind::CustomerReplied,
                         QString(),
                         QStringLiteral("An HP 4250")));
    QCOMPARE(m_stack->repository.ticket(ticket.id)->status, TicketStatus::Open);
    const QList<TicketMessage> thread = m_stack->repository.thread(ticket.id);
    QCOMPARE(thread.size(), 2);
    QCOMPARE(thread.at(1).kind, TicketMessage::Kind::Customer);
    QCOMPARE(thread.at(1).author, QStringLiteral("Paul Roy"));
    QCOMPARE(thread.at(1).text, QStringLiteral("An HP 4250"));
    // The clock counts again from the customer's message.
    const TicketSla sla = m_stack->engine.evaluate(m_stack->repository.timeline(ticket.id),
                                                   thread.at(1).at + Seconds(60));
    for (const MetricState &metric : sla.metrics)
        QVERIFY(metric.state != ClockState::Paused);
}

void TestTicketService::replyQueuedOfflineIsDecidedAtReplay()
{
    // The console's own stack, with a journal: offline, a reply waits for the database.
    m_stack.reset();
    test::TicketStack console(*m_database,
                              m_clock,
                              m_dir.filePath(QStringLiteral("replies-%1.journal")
                                                 .arg(isPostgres() ? u'p' : u's')),
                              QStringLiteral("jokafor"));
    const TicketRecord fresh = console.create(firstCustomer(QStringLiteral("helpdesk-matrix")),
                                              QStringLiteral("Offline reply"),
                                              QStringLiteral("p3"));
    const TicketRecord answered = console.create(firstCustomer(QStringLiteral("helpdesk-matrix")),
                                                 QStringLiteral("Answered before"),
                                                 QStringLiteral("p3"));
    QVERIFY(console.act(answered.id, TicketAction::Kind::Respond, QString(), QStringLiteral("hi")));
    console.session.goOffline(QStringLiteral("test"));
    QVERIFY(!console.tickets.reply(fresh.id, fresh.version, QStringLiteral("first words"), false));
    QVERIFY(
        !console.tickets.reply(answered.id, answered.version + 1, QStringLiteral("more"), false));
    QCOMPARE(console.commands.pending(), 2);
    QVERIFY(console.session.reconnect());
    QCOMPARE(console.commands.pending(), 0);
    QCOMPARE(console.repository.ticket(fresh.id)->status, TicketStatus::Open);
    QCOMPARE(console.repository.thread(fresh.id).constLast().kind, TicketMessage::Kind::Reply);
    QCOMPARE(console.repository.thread(answered.id).constLast().kind, TicketMessage::Kind::Update);
    QCOMPARE(console.repository.thread(answered.id).constLast().text, QStringLiteral("more"));
}

namespace {

QJsonObject netmonPreset()
{
    QFile file(QStringLiteral(":/policies/netmon-v2.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no netmon-v2 preset");
    return QJsonDocument::fromJson(file.readAll()).object();
}

// netmon-v2 as version 3: its severity-2 first response due within one business hour, not
// four, and a fifth severity.
QByteArray netmonVersion3()
{
    QJsonObject root = netmonPreset();
    root.insert(QStringLiteral("version"), 3);
    QJsonArray severities = root.value(QStringLiteral("severities")).toArray();
    severities.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("sev5")},
                                  {QStringLiteral("name"), QStringLiteral("Severity 5")}});
    root.insert(QStringLiteral("severities"), severities);
    QJsonArray targets = root.value(QStringLiteral("targets")).toArray();
    for (qsizetype i = 0; i < targets.size(); ++i) {
        QJsonObject target = targets.at(i).toObject();
        if (target.value(QStringLiteral("metric")) == QStringLiteral("initial-response")
            && target.value(QStringLiteral("severity")) == QStringLiteral("sev2"))
            target.insert(QStringLiteral("within"), QStringLiteral("1h"));
        targets.replace(i, target);
    }
    root.insert(QStringLiteral("targets"), targets);
    return QJsonDocument(root).toJson();
}

// netmon-v2 as version 4, without its second severity.
QByteArray netmonWithoutSev2()
{
    QJsonObject root = netmonPreset();
    root.insert(QStringLiteral("version"), 4);
    QJsonArray severities;
    for (const QJsonValue &severity : root.value(QStringLiteral("severities")).toArray()) {
        if (severity[QStringLiteral("id")].toString() != QLatin1String("sev2"))
            severities.append(severity);
    }
    root.insert(QStringLiteral("severities"), severities);
    QJsonArray targets;
    for (const QJsonValue &target : root.value(QStringLiteral("targets")).toArray()) {
        if (target[QStringLiteral("severity")].toString() != QLatin1String("sev2"))
            targets.append(target);
    }
    root.insert(QStringLiteral("targets"), targets);
    return QJsonDocument(root).toJson();
}

MetricState initialResponse(const SlaEngine &engine, const TicketTimeline &timeline, Instant at)
{
    for (const MetricState &metric : engine.evaluate(timeline, at).metrics) {
        if (metric.metric == Metric::InitialResponse)
            return metric;
    }
    qFatal("no initial-response clock");
}

} // namespace

void TestTicketService::adoptingANewerPolicyVersionRetargetsRunningClocks()
{
    const qint64 customer = firstCustomer(QStringLiteral("netmon-v2"));
    const TicketRecord ticket = m_stack->create(customer,
                                                QStringLiteral("Probes offline"),
                                                QStringLiteral("sev2"));
    // Resolved under version 1, a ticket keeps it: its clocks have stopped.
    const TicketRecord resolved = m_stack->create(customer,
                                                  QStringLiteral("Answered at once"),
                                                  QStringLiteral("sev3"));
    QVERIFY(m_stack->act(resolved.id, TicketAction::Kind::Resolve));
    m_clock.advance(Seconds{20 * 60});

    QCOMPARE(PolicyStore::store(*m_database, QStringLiteral("netmon-v3.json"), netmonVersion3()),
             PolicyStore::Outcome::Stored);
    // What the composition root builds at start, once the version is stored.
    const SlaEngine engine(PolicyStore::loadAll(*m_database));
    CommandRunner runner(m_stack->session, QString());
    TicketService service(m_stack->session, m_stack->repository, m_stack->customers, engine, runner);

    const TicketTimeline before = m_stack->repository.timeline(ticket.id);
    const qint64 open = test::countRows(*m_database,
                                        QStringLiteral("tickets"),
                                        QStringLiteral(
                                            "policy_key = 'netmon-v2' AND status <> 'resolved'"));
    QVERIFY(open > 1);
    const qint64 eventsBefore = test::countRows(*m_database, QStringLiteral("ticket_events"));
    QCOMPARE(service.adoptPolicyVersion(QStringLiteral("netmon-v2"), 3), open);
    QCOMPARE(test::countRows(*m_database, QStringLiteral("ticket_events")), eventsBefore + open);

    const TicketTimeline after = m_stack->repository.timeline(ticket.id);
    QCOMPARE(after.events.size(), before.events.size() + 1);
    const TicketEvent &change = after.events.constLast();
    QCOMPARE(change.kind, TicketEvent::Kind::PolicyChanged);
    QCOMPARE(change.version, 3);
    QVERIFY(change.at >= before.events.constLast().at);
    for (const TicketEvent &event : m_stack->repository.timeline(resolved.id).events)
        QVERIFY(event.kind != TicketEvent::Kind::PolicyChanged);

    // The running first-response clock keeps the time it has used and takes the new target.
    const Instant at = change.at + Seconds{1};
    const MetricState was = initialResponse(engine, before, at);
    const MetricState now = initialResponse(engine, after, at);
    QCOMPARE(was.budget, Seconds{4 * 3600});
    QCOMPARE(now.budget, Seconds{3600});
    QCOMPARE(now.elapsed, was.elapsed);
    QVERIFY(was.due && now.due);
    QVERIFY(*now.due < *was.due);
    const BusinessCalendar &hours = engine.calendar(*engine.policy(QStringLiteral("netmon-v2"), 3),
                                                    QStringLiteral("support-hours"));
    QCOMPARE(*now.due, hours.add(before.events.constFirst().at, Seconds{3600}));

    // Done once: a second time moves nothing; a version the engine lacks is refused.
    QCOMPARE(service.adoptPolicyVersion(QStringLiteral("netmon-v2"), 3), 0);
    QVERIFY_THROWS_EXCEPTION(InputError, service.adoptPolicyVersion(QStringLiteral("netmon-v2"), 9));
    QCOMPARE(test::countRows(*m_database, QStringLiteral("ticket_events")), eventsBefore + open);

    // Edits are checked against the version the ticket follows now: the fifth severity is
    // version 3's.
    TicketAction raise;
    raise.kind = TicketAction::Kind::ChangeSeverity;
    raise.ticketId = ticket.id;
    raise.version = m_stack->repository.ticket(ticket.id)->version;
    raise.value = QStringLiteral("sev5");
    QVERIFY(service.perform(raise));
    QCOMPARE(m_stack->repository.ticket(ticket.id)->severity, QStringLiteral("sev5"));

    // A version that lacks an open ticket's severity moves no ticket at all.
    PolicyStore::store(*m_database, QStringLiteral("netmon-v4.json"), netmonWithoutSev2());
    const SlaEngine engine4(PolicyStore::loadAll(*m_database));
    CommandRunner runner4(m_stack->session, QString());
    TicketService service4(m_stack->session,
                           m_stack->repository,
                           m_stack->customers,
                           engine4,
                           runner4);
    const qint64 eventsNow = test::countRows(*m_database, QStringLiteral("ticket_events"));
    try {
        service4.adoptPolicyVersion(QStringLiteral("netmon-v2"), 4);
        QFAIL("moved tickets onto a version without their severity");
    } catch (const InputError &error) {
        QVERIFY2(error.problem().contains(QStringLiteral("lacks")), qPrintable(error.message()));
    }
    QCOMPARE(test::countRows(*m_database, QStringLiteral("ticket_events")), eventsNow);
}

QTEST_GUILESS_MAIN(TestTicketService)
#include "tst_ticketservice.moc"
