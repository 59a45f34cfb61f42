// Contracts and the expertise ledger through their service, on SQLite and PostgreSQL: an
// upgrade re-targets running clocks at once and is billed from the first of next month; a
// downgrade is a request with a ticket until support carries it out; customers are edited with
// versioned writes; sessions draw on included hours, packs or an overage as the coach says,
// are corrected by reversing entries, and bad input changes nothing.
#include "contracts/contractservice.h"
#include "io/inputerror.h"
#include "sla/slaengine.h"
#include "storage/conflicterror.h"
#include "storage/database.h"
#include "storage/demodata.h"
#include "storage/sqlcontractrepository.h"
#include "testenvironment.h"
#include "ticketstack.h"
#include "time/clock.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace hourglass;
using test::at;

class TestContractService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { test::addEngineRows(); }
    void initTestCase() { test::isolateUserData(); }
    void init();
    void cleanup();
    void anUpgradeRetargetsRunningClocksAndIsBilledNextMonth();
    void aDowngradeIsARequestThatSupportCarriesOut();
    void customersAreEditedWithVersionedWrites();
    void sessionsDrawOnWhatTheCoachAllows();
    void aReversingEntryCorrectsWithoutEditing();
    void badSessionsChangeNothing();

private:
    qint64 newCustomer(const QString &name, const QString &tier, Instant startsAt);
    qint64 count(const QString &table) { return test::countRows(*m_database, table); }
    void later() { m_clock.advance(Seconds{30}); }

    QTemporaryDir m_dir;
    ManualClock m_clock{test::fixedNow};
    std::unique_ptr<Database> m_database;
    std::unique_ptr<test::TicketStack> m_stack;
    std::unique_ptr<SqlContractRepository> m_repository;
    std::unique_ptr<ContractService> m_service;
};

void TestContractService::init()
{
    QFETCH_GLOBAL(QString, engine);
    static int counter = 0;
    m_database = test::openTemporary(engine, m_dir);
    if (engine == QLatin1String("sqlite")) {
        m_database.reset();
        m_database = test::openTemporarySqlite(m_dir, QStringLiteral("c%1.sqlite").arg(++counter));
    }
    DemoData::populate(*m_database, test::seedInstant(*m_database));
    m_clock.set(test::seedInstant(*m_database));
    m_stack = std::make_unique<test::TicketStack>(*m_database,
                                                  m_clock,
                                                  QString(),
                                                  QStringLiteral("cdubois"));
    m_repository = std::make_unique<SqlContractRepository>(m_stack->session);
    m_service = std::make_unique<ContractService>(m_stack->session,
                                                  *m_repository,
                                                  m_stack->customers,
                                                  m_stack->tickets);
}

void TestContractService::cleanup()
{
    m_service.reset();
    m_repository.reset();
    m_stack.reset();
    m_database.reset();
}

qint64 TestContractService::newCustomer(const QString &name, const QString &tier, Instant startsAt)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("INSERT INTO customers (name, organization, time_zone, language) "
                                 "VALUES (?, ?, 'Europe/Paris', 'fr') RETURNING id"));
    query.addBindValue(name);
    query.addBindValue(name);
    if (!query.exec() || !query.next())
        qFatal("cannot add a customer: %s", qPrintable(query.lastError().text()));
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    QSqlQuery contract(m_database->connection());
    contract.prepare(QStringLiteral("INSERT INTO contracts (customer_id, policy_key, tier, "
                                    "starts_at) VALUES (?, 'cloud-tiers', ?, ?)"));
    contract.addBindValue(id);
    contract.addBindValue(tier);
    contract.addBindValue(toEpoch(startsAt));
    if (!contract.exec())
        qFatal("cannot add a contract: %s", qPrintable(contract.lastError().text()));
    return id;
}

namespace {

MetricState resolution(const SlaEngine &engine, const TicketTimeline &timeline, Instant at)
{
    for (const MetricState &metric : engine.evaluate(timeline, at).metrics) {
        if (metric.metric == Metric::Resolution)
            return metric;
    }
    qFatal("no resolution clock");
}

QDate firstOfNextMonth(Instant t, const char *zone)
{
    const QDate local = QDateTime::fromSecsSinceEpoch(toEpoch(t), QTimeZone(zone)).date();
    return QDate(local.year(), local.month(), 1).addMonths(1);
}

} // namespace

void TestContractService::anUpgradeRetargetsRunningClocksAndIsBilledNextMonth()
{
    const qint64 customer = newCustomer(QStringLiteral("Silver Lining SA"),
                                        QStringLiteral("silver"),
                                        at("2020-01-01T00:00:00Z"));
    const TicketRecord ticket = m_stack->create(customer,
                                                QStringLiteral("VMs unreachable"),
                                                QStringLiteral("p1"));
    m_clock.advance(Seconds{3600});
    const TicketTimeline before = m_stack->repository.timeline(ticket.id);
    const Contract silver = m_service->customer(customer)->contracts.constLast();

    // Gold is below nothing here: refused, and so is a "downgrade" named as an upgrade.
    const qint64 contracts = count(QStringLiteral("contracts"));
    QVERIFY_THROWS_EXCEPTION(InputError,
                             m_service->upgrade(customer, QStringLiteral("bronze"), silver.version));
    QVERIFY_THROWS_EXCEPTION(InputError,
                             m_service->upgrade(customer,
                                                QStringLiteral("platinum"),
                                                silver.version));
    QCOMPARE(count(QStringLiteral("contracts")), contracts);

    const TierChange change = m_service->upgrade(customer, QStringLiteral("gold"), silver.version);
    QCOMPARE(change.ticketsMoved, 1);
    QCOMPARE(change.billedFrom, firstOfNextMonth(change.effectiveAt, "Europe/Paris"));
    QCOMPARE(change.billedFrom.day(), 1);

    // The running P1 resolution clock keeps its elapsed time and takes Gold's 4 h.
    const TicketTimeline after = m_stack->repository.timeline(ticket.id);
    QCOMPARE(after.events.constLast().kind, TicketEvent::Kind::TierChanged);
    QCOMPARE(after.events.constLast().value, QStringLiteral("gold"));
    const Instant t = std::max(after.events.constLast().at, change.effectiveAt) + Seconds{1};
    const MetricState was = resolution(m_stack->engine, before, t);
    const MetricState now = resolution(m_stack->engine, after, t);
    QCOMPARE(was.budget, Seconds{8 * 3600});
    QCOMPARE(now.budget, Seconds{4 * 3600});
    QCOMPARE(now.elapsed, was.elapsed);
    QVERIFY(now.due);
    QCOMPARE(*now.due, before.events.constFirst().at + Seconds{4 * 3600});
    QCOMPARE(m_stack->repository.ticket(ticket.id)->tier, QStringLiteral("gold"));

    // The history: Silver ended at the instant Gold began, who and when recorded.
    const Customer read = *m_service->customer(customer);
    QCOMPARE(read.contracts.size(), 2);
    QCOMPARE(read.contracts.at(0).endsAt, std::optional<Instant>(change.effectiveAt));
    QCOMPARE(read.contracts.at(1).tier, QStringLiteral("gold"));
    QCOMPARE(read.contracts.at(1).startsAt, change.effectiveAt);
    QCOMPARE(read.contracts.at(1).change, Contract::Change::Upgrade);
    QCOMPARE(read.contracts.at(1).billedFrom, std::optional<QDate>(change.billedFrom));
    QVERIFY(!read.contracts.at(1).recordedBy.isEmpty());

    // A change made on the contract as it was is refused: by the service, and by the database
    // for a writer that raced it.
    QVERIFY_THROWS_EXCEPTION(InputError,
                             m_service->upgrade(customer, QStringLiteral("gold"), silver.version));
    QVERIFY_THROWS_EXCEPTION(ConflictError,
                             m_repository->changeTier(customer,
                                                      silver,
                                                      QStringLiteral("gold"),
                                                      Contract::Change::Upgrade,
                                                      change.effectiveAt,
                                                      change.billedFrom));
    QCOMPARE(count(QStringLiteral("contracts")), contracts + 1);
}

void TestContractService::aDowngradeIsARequestThatSupportCarriesOut()
{
    const qint64 customer = newCustomer(QStringLiteral("Or Massif SARL"),
                                        QStringLiteral("gold"),
                                        at("2020-01-01T00:00:00Z"));
    const Contract gold = m_service->customer(customer)->contracts.constLast();
    const qint64 tickets = count(QStringLiteral("tickets"));
    QVERIFY_THROWS_EXCEPTION(InputError,
                             m_service->requestDowngrade(customer,
                                                         QStringLiteral("gold"),
                                                         QStringLiteral("Same level"),
                                                         gold.version));
    // Support reads why on the ticket: a request without a reason is refused.
    QVERIFY_THROWS_EXCEPTION(InputError,
                             m_service->requestDowngrade(customer,
                                                         QStringLiteral("bronze"),
                                                         QStringLiteral("  "),
                                                         gold.version));
    QCOMPARE(count(QStringLiteral("tickets")), tickets);
    const ContractRequest request = m_service->requestDowngrade(customer,
                                                                QStringLiteral("bronze"),
                                                                QStringLiteral("Budget cuts"),
                                                                gold.version);
    QCOMPARE(request.status, ContractRequest::Status::Pending);
    QCOMPARE(request.fromTier, QStringLiteral("gold"));
    QCOMPARE(request.toTier, QStringLiteral("bronze"));
    QVERIFY(request.ticketId);
    QCOMPARE(count(QStringLiteral("tickets")), tickets + 1);
    const TicketRecord ticket = *m_stack->repository.ticket(*request.ticketId);
    QCOMPARE(ticket.customerId, customer);
    QVERIFY(ticket.title.contains(QStringLiteral("Bronze")));
    // Nothing changes until support carries it out; one request at a time.
    QCOMPARE(m_service->customer(customer)->contracts.size(), 1);
    QVERIFY_THROWS_EXCEPTION(InputError,
                             m_service->requestDowngrade(customer,
                                                         QStringLiteral("silver"),
                                                         QStringLiteral("Or rather Silver"),
                                                         gold.version));
    // Nor does an upgrade pass a pending request by: support would carry out a stale one.
    const Customer silverCustomer = *m_service->customer(
        newCustomer(QStringLiteral("Argent Massif"), QStringLiteral("silver"), gold.startsAt));
    const ContractRequest toBronze
        = m_service->requestDowngrade(silverCustomer.id,
                                      QStringLiteral("bronze"),
                                      QStringLiteral("Fewer projects"),
                                      silverCustomer.contracts.constLast().version);
    try {
        m_service->upgrade(silverCustomer.id,
                           QStringLiteral("gold"),
                           silverCustomer.contracts.constLast().version);
        QFAIL("upgraded past a pending request");
    } catch (const InputError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("pending")), qPrintable(e.message()));
    }
    QCOMPARE(m_service->customer(silverCustomer.id)->contracts.size(), 1);
    // Withdrawn, the request's ticket says so and is resolved; the level stays.
    m_service->withdraw(toBronze.id, toBronze.version);
    QCOMPARE(m_repository->request(toBronze.id)->status, ContractRequest::Status::Withdrawn);
    QCOMPARE(m_stack->repository.ticket(*toBronze.ticketId)->status, TicketStatus::Resolved);
    bool saidWithdrawn = false;
    for (const TicketEvent &event : m_stack->repository.timeline(*toBronze.ticketId).events)
        saidWithdrawn |= event.kind == TicketEvent::Kind::Note
                         && event.value.startsWith(QStringLiteral("Withdrawn"));
    QVERIFY(saidWithdrawn);
    QCOMPARE(m_service->customer(silverCustomer.id)->contracts.size(), 1);
    later();
    const TierChange done = m_service->carryOut(request.id, request.version);
    const Customer read = *m_service->customer(customer);
    QCOMPARE(read.contracts.size(), 2);
    QCOMPARE(read.contracts.at(1).tier, QStringLiteral("bronze"));
    QCOMPARE(read.contracts.at(1).change, Contract::Change::Downgrade);
    QCOMPARE(read.contracts.at(1).startsAt, done.effectiveAt);
    QCOMPARE(done.billedFrom, firstOfNextMonth(done.effectiveAt, "Europe/Paris"));
    const ContractRequest finished = *m_repository->request(request.id);
    QCOMPARE(finished.status, ContractRequest::Status::Done);
    QCOMPARE(finished.doneAt, std::optional<Instant>(done.effectiveAt));
    // Carried out, its ticket is resolved with a note of the new level.
    QCOMPARE(m_stack->repository.ticket(*request.ticketId)->status, TicketStatus::Resolved);
    bool saidDone = false;
    for (const TicketEvent &event : m_stack->repository.timeline(*request.ticketId).events)
        saidDone |= event.kind == TicketEvent::Kind::Note
                    && event.value.contains(QStringLiteral("Bronze"));
    QVERIFY(saidDone);
    QVERIFY_THROWS_EXCEPTION(InputError, m_service->carryOut(request.id, finished.version));
    QCOMPARE(m_service->customer(customer)->contracts.size(), 2);
}

void TestContractService::customersAreEditedWithVersionedWrites()
{
    const qint64 id = newCustomer(QStringLiteral("Ancien Nom"),
                                  QStringLiteral("silver"),
                                  at("2020-01-01T00:00:00Z"));
    const Customer c = *m_service->customer(id);
    CustomerEdit edit{c.id,
                      c.version,
                      QStringLiteral("Nouveau Nom"),
                      QStringLiteral("Groupe"),
                      QStringLiteral("en"),
                      QStringLiteral("Pacific/Auckland")};
    m_service->editCustomer(edit);
    const Customer read = *m_service->customer(id);
    QCOMPARE(read.name, QStringLiteral("Nouveau Nom"));
    QCOMPARE(read.timeZone, QStringLiteral("Pacific/Auckland"));
    QCOMPARE(read.version, c.version + 1);
    // The same edit from the copy read before is stale.
    edit.name = QStringLiteral("Autre Nom");
    QVERIFY_THROWS_EXCEPTION(ConflictError, m_service->editCustomer(edit));
    edit.version = read.version;
    edit.timeZone = QStringLiteral("Mars/Olympus");
    QVERIFY_THROWS_EXCEPTION(InputError, m_service->editCustomer(edit));
    edit.timeZone = QStringLiteral("Europe/Paris");
    edit.name = QStringLiteral("  ");
    QVERIFY_THROWS_EXCEPTION(InputError, m_service->editCustomer(edit));
    edit.name = QStringLiteral("Nom\x1b[31m");
    QVERIFY_THROWS_EXCEPTION(InputError, m_service->editCustomer(edit));
    QCOMPARE(m_service->customer(id)->name, QStringLiteral("Nouveau Nom"));
    QCOMPARE(m_service->customer(id)->version, read.version);

    // Once hours are recorded, the zone that cuts its months no longer moves; the rest does.
    m_service->addPack(id, 60, m_service->now() - date::days{1}, {}, QStringLiteral("Pack 1 h"));
    edit.name = QStringLiteral("Nouveau Nom");
    try {
        m_service->editCustomer(edit);
        QFAIL("moved the months of recorded hours");
    } catch (const InputError &e) {
        QCOMPARE(e.place(), QStringLiteral("time zone"));
    }
    QCOMPARE(m_service->customer(id)->timeZone, QStringLiteral("Pacific/Auckland"));
    edit.timeZone = QStringLiteral("Pacific/Auckland");
    edit.organization = QStringLiteral("Groupe Sud");
    m_service->editCustomer(edit);
    QCOMPARE(m_service->customer(id)->organization, QStringLiteral("Groupe Sud"));
}

void TestContractService::sessionsDrawOnWhatTheCoachAllows()
{
    const qint64 customer = newCustomer(QStringLiteral("Conseil Argent"),
                                        QStringLiteral("silver"),
                                        at("2020-01-01T00:00:00Z"));
    const Instant now = m_service->now();
    const Instant session = now - Seconds{3600};
    ExpertiseRequest request{customer,
                             QStringLiteral("cdubois"),
                             session,
                             90,
                             QStringLiteral("target-architecture"),
                             QStringLiteral("fr"),
                             QStringLiteral("Atelier architecture cible")};
    const ExpertiseEntry first = m_service->log(request);
    QCOMPARE(first.fromIncluded, 90);
    QCOMPARE(first.coachName, QStringLiteral("Camille Dubois"));
    QCOMPARE(first.kind, ExpertiseKind::TargetArchitecture);

    // 60 more minutes: 30 are left of the 2 h; nothing else allowed, refused, nothing written.
    const qint64 entries = count(QStringLiteral("expertise_entries"));
    request.minutes = 60;
    try {
        m_service->log(request);
        QFAIL("went beyond the balance");
    } catch (const BalanceExceeded &e) {
        QCOMPARE(e.draw.includedLeft, 30);
        QCOMPARE(e.draw.shortMinutes, 30);
        QVERIFY2(e.message().contains(QStringLiteral("overage")), qPrintable(e.message()));
    }
    QCOMPARE(count(QStringLiteral("expertise_entries")), entries);

    const qint64 pack = m_service->addPack(customer,
                                           60,
                                           now - date::days{10},
                                           now + date::days{355},
                                           QStringLiteral("Pack 1 h"));
    request.beyond = Beyond::Pack;
    const ExpertiseEntry second = m_service->log(request);
    QCOMPARE(second.fromIncluded, 30);
    QCOMPARE(second.packDraws.size(), 1);
    QCOMPARE(second.packDraws.at(0).packId, pack);
    QCOMPARE(second.packDraws.at(0).minutes, 30);

    // An overage bills only what the pack's last 30 minutes do not cover.
    request.beyond = Beyond::Overage;
    const ExpertiseEntry third = m_service->log(request);
    QCOMPARE(third.packDraws.size(), 1);
    QCOMPARE(third.packDraws.at(0).minutes, 30);
    QCOMPARE(third.overage, 30);

    const ExpertiseLedger ledger = m_service->ledger(customer);
    const MonthBalance month = ledger.balance(ledger.monthOf(session));
    QCOMPARE(month.usedMinutes, 210);
    QCOMPARE(month.fromIncluded, 120);
    QCOMPARE(month.fromPacks, 60);
    QCOMPARE(month.overageMinutes, 30);
    QCOMPARE(month.leftMinutes, 0);
    QCOMPARE(month.warning, BalanceWarning::Exhausted);
    QCOMPARE(ledger.packRemaining().value(pack), 0);
}

void TestContractService::aReversingEntryCorrectsWithoutEditing()
{
    const qint64 customer = newCustomer(QStringLiteral("Correction SAS"),
                                        QStringLiteral("gold"),
                                        at("2020-01-01T00:00:00Z"));
    const Instant session = m_service->now() - Seconds{7200};
    const ExpertiseEntry wrong = m_service->log({customer,
                                                 QString(),
                                                 session,
                                                 120,
                                                 QStringLiteral("daily-advice"),
                                                 QStringLiteral("en"),
                                                 QStringLiteral("Advice")});
    // Who is at the keyboard: the profile on SQLite, the server's login on PostgreSQL.
    QCOMPARE(wrong.coach, m_stack->tickets.currentLogin());
    QVERIFY_THROWS_EXCEPTION(InputError, m_service->reverse(wrong.id, QStringLiteral(" ")));
    later();
    const ExpertiseEntry reversal = m_service->reverse(wrong.id, QStringLiteral("Logged twice"));
    QCOMPARE(reversal.reverses, std::optional<qint64>(wrong.id));
    QCOMPARE(reversal.at, wrong.at);
    QCOMPARE(reversal.minutes, 120);
    QCOMPARE(reversal.notes, QStringLiteral("Logged twice"));
    QVERIFY_THROWS_EXCEPTION(InputError, m_service->reverse(wrong.id, QStringLiteral("again")));
    QVERIFY_THROWS_EXCEPTION(InputError, m_service->reverse(reversal.id, QStringLiteral("undo")));
    // The original is unchanged; the month shows both lines and the hours back.
    QCOMPARE(m_repository->entry(wrong.id)->minutes, 120);
    QCOMPARE(m_repository->entry(wrong.id)->notes, QStringLiteral("Advice"));
    const ExpertiseLedger ledger = m_service->ledger(customer);
    const MonthBalance month = ledger.balance(ledger.monthOf(session));
    QCOMPARE(month.entries.size(), 2);
    QCOMPARE(month.usedMinutes, 0);
    QCOMPARE(month.leftMinutes, 120);
    // So the right session fits again.
    QCOMPARE(m_service
                 ->log({customer,
                        QString(),
                        session,
                        120,
                        QStringLiteral("daily-advice"),
                        QStringLiteral("en"),
                        QString()})
                 .fromIncluded,
             120);
}

void TestContractService::badSessionsChangeNothing()
{
    const qint64 customer = newCustomer(QStringLiteral("Refus SA"),
                                        QStringLiteral("gold"),
                                        at("2020-01-01T00:00:00Z"));
    const qint64 other = newCustomer(QStringLiteral("Autre SA"),
                                     QStringLiteral("gold"),
                                     at("2020-01-01T00:00:00Z"));
    const TicketRecord othersTicket = m_stack->create(other, QStringLiteral("Question"));
    const Instant session = m_service->now() - Seconds{3600};
    const ExpertiseRequest good{customer,
                                QString(),
                                session,
                                30,
                                QStringLiteral("discovery"),
                                QStringLiteral("fr"),
                                QString()};
    const qint64 entries = count(QStringLiteral("expertise_entries"));
    const qint64 packs = count(QStringLiteral("expertise_packs"));
    const auto refused = [&](ExpertiseRequest r, const char *field) {
        try {
            m_service->log(r);
            QFAIL(qPrintable(QStringLiteral("accepted a bad %1").arg(QLatin1String(field))));
        } catch (const BalanceExceeded &) {
            QFAIL("refused for the balance, not the field");
        } catch (const InputError &e) {
            QCOMPARE(e.place(), QLatin1String(field));
        }
    };
    ExpertiseRequest r = good;
    r.minutes = 20;
    refused(r, "minutes");
    r.minutes = 0;
    refused(r, "minutes");
    r.minutes = 13 * 60;
    refused(r, "minutes");
    r = good;
    r.kind = QStringLiteral("nap");
    refused(r, "kind");
    r = good;
    r.language = QStringLiteral("de");
    refused(r, "language");
    r = good;
    r.coach = QStringLiteral("nobody");
    refused(r, "coach");
    r = good;
    r.notes = QStringLiteral("bell\x07");
    refused(r, "notes");
    r = good;
    r.ticketId = othersTicket.id;
    refused(r, "ticket");
    r = good;
    r.at = m_service->now() + date::days{3};
    refused(r, "date");
    r = good;
    r.customerId = 999999;
    refused(r, "customer");
    QCOMPARE(count(QStringLiteral("expertise_entries")), entries);
    QVERIFY_THROWS_EXCEPTION(InputError,
                             m_service->addPack(customer, 50, session, std::nullopt, QString()));
    QVERIFY_THROWS_EXCEPTION(InputError,
                             m_service->addPack(customer, 60, session, session, QString()));
    QCOMPARE(count(QStringLiteral("expertise_packs")), packs);
    m_service->log(good);
    QCOMPARE(count(QStringLiteral("expertise_entries")), entries + 1);
}

QTEST_GUILESS_MAIN(TestContractService)
#include "tst_contractservice.moc"
