// Cost of an expertise balance: one customer's month after ten years of entries (target: under
// 5 ms), from entries already read and with the reading from SQLite through the service, as
// the console and `hourglass-cli expertise balance` do; beside a plain sum of the same minutes
// for scale.
#include "contracts/contractservice.h"
#include "sla/presetpolicies.h"
#include "storage/database.h"
#include "storage/sqlcontractrepository.h"
#include "testenvironment.h"
#include "ticketstack.h"
#include "time/clock.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <QHash>

#include <random>

using namespace hourglass;

namespace {

const Instant start = test::at("2016-01-04T09:00:00Z");
const Instant now = test::at("2026-01-02T09:00:00Z");

const Policy &cloud()
{
    static const QList<Policy> presets = PresetPolicies::load();
    for (const Policy &p : presets) {
        if (p.id == QLatin1String("cloud-tiers"))
            return p;
    }
    qFatal("no cloud preset");
}

// Bronze for a year, then Silver, then Gold: three contracts over ten years.
Customer customer()
{
    Customer c;
    c.id = 1;
    c.name = QStringLiteral("Decade SA");
    c.language = QStringLiteral("fr");
    c.timeZone = QStringLiteral("Pacific/Auckland");
    const Instant silver = start + date::days{365};
    const Instant gold = start + date::days{5 * 365};
    c.contracts
        = {Contract{1, QStringLiteral("cloud-tiers"), QStringLiteral("bronze"), start, silver},
           Contract{2, QStringLiteral("cloud-tiers"), QStringLiteral("silver"), silver, gold},
           Contract{3, QStringLiteral("cloud-tiers"), QStringLiteral("gold"), gold, {}}};
    return c;
}

// `perMonth` sessions a month for ten years, each drawing on what the ledger leaves (a pack
// every year, overages beyond), and one in twenty reversed.
void history(int perMonth, QList<ExpertisePack> &packs, QList<ExpertiseEntry> &entries)
{
    const Customer c = customer();
    const Policy &policy = cloud();
    const auto tierOf = [&policy](const Contract &k) {
        return policy.tier(k.tier);
    };
    std::mt19937 random(7);
    for (int year = 0; year < 10; ++year) {
        ExpertisePack pack;
        pack.id = year + 1;
        pack.minutes = 300;
        pack.boughtAt = start + date::days{365 * year};
        pack.expiresAt = pack.boughtAt + date::days{365};
        packs.append(pack);
    }
    const int sessions = 120 * perMonth;
    const qint64 span = toEpoch(now) - toEpoch(start);
    // The draws the service would record, kept month by month here: a ledger per entry would
    // make the set-up quadratic.
    const ExpertiseLedger months(c, tierOf, packs, {});
    QHash<int, int> leftIn; // month key → included minutes left
    QHash<qint64, int> packLeft;
    for (const ExpertisePack &p : packs)
        packLeft.insert(p.id, p.minutes);
    for (int i = 0; i < sessions; ++i) {
        ExpertiseEntry e;
        e.id = entries.size() + 1;
        e.customerId = 1;
        e.coach = QStringLiteral("cdubois");
        e.at = fromEpoch(toEpoch(start) + span * i / sessions);
        e.minutes = 15 * (1 + int(random() % 4));
        e.language = QStringLiteral("fr");
        const date::year_month month = months.monthOf(e.at);
        const int key = int(month.year()) * 12 + int(unsigned(month.month()));
        if (!leftIn.contains(key))
            leftIn.insert(key, months.includedIn(month));
        e.fromIncluded = std::min(e.minutes, leftIn.value(key));
        leftIn[key] -= e.fromIncluded;
        int rest = e.minutes - e.fromIncluded;
        e.beyond = Beyond::Pack;
        for (const ExpertisePack &p : packs) {
            if (rest == 0 || !p.isValidAt(e.at) || packLeft.value(p.id) == 0)
                continue;
            const int take = std::min(rest, packLeft.value(p.id));
            e.packDraws.append({p.id, take});
            packLeft[p.id] -= take;
            rest -= take;
        }
        if (rest > 0) {
            e.beyond = Beyond::Overage;
            e.overage = rest;
        }
        entries.append(e);
        if (i % 20 == 19) {
            ExpertiseEntry r = e;
            r.id = entries.size() + 1;
            r.reverses = e.id;
            entries.append(r);
        }
    }
}

struct Fixture
{
    QList<ExpertisePack> packs;
    QList<ExpertiseEntry> entries;
};

const Fixture &fixture(int perMonth)
{
    static std::map<int, Fixture> made;
    auto found = made.find(perMonth);
    if (found == made.end()) {
        Fixture f;
        history(perMonth, f.packs, f.entries);
        found = made.emplace(perMonth, std::move(f)).first;
    }
    return found->second;
}

void balanceOfEntriesRead(benchmark::State &state)
{
    const Fixture &f = fixture(int(state.range(0)));
    const Policy &policy = cloud();
    const Customer c = customer();
    for (auto _ : state) {
        const ExpertiseLedger ledger(
            c, [&policy](const Contract &k) { return policy.tier(k.tier); }, f.packs, f.entries);
        benchmark::DoNotOptimize(ledger.balance(date::year{2025} / date::December));
    }
    state.counters["entries"] = double(f.entries.size());
}
BENCHMARK(balanceOfEntriesRead)->Arg(4)->Arg(30)->Unit(benchmark::kMicrosecond);

// For scale: the month's minutes summed, nothing else.
void plainSum(benchmark::State &state)
{
    const Fixture &f = fixture(int(state.range(0)));
    for (auto _ : state) {
        int sum = 0;
        for (const ExpertiseEntry &e : f.entries)
            sum += e.signedMinutes();
        benchmark::DoNotOptimize(sum);
    }
}
BENCHMARK(plainSum)->Arg(4)->Arg(30)->Unit(benchmark::kMicrosecond);

// Closed before the application object goes, in main().
std::map<int, std::unique_ptr<Database>> &databases()
{
    static std::map<int, std::unique_ptr<Database>> open;
    return open;
}

// The whole path: the service reads the customer, the packs and the entries from SQLite, then
// sums the month.
void balanceFromSqlite(benchmark::State &state)
{
    static QTemporaryDir dir;
    const int perMonth = int(state.range(0));
    auto &database = databases()[perMonth];
    qint64 customerId = 0;
    if (!database) {
        database = test::openTemporarySqlite(dir, QStringLiteral("b%1.sqlite").arg(perMonth));
        QSqlQuery q(database->connection());
        q.exec(QStringLiteral("INSERT INTO users (login, display_name, role, languages, "
                              "time_zone, email, phone) VALUES ('cdubois', 'Camille Dubois', "
                              "'coach', 'fr', 'Europe/Paris', '', '')"));
        q.exec(QStringLiteral("INSERT INTO customers (name, organization, time_zone, language) "
                              "VALUES ('Decade SA', 'Decade SA', 'Pacific/Auckland', 'fr')"));
        const Customer c = customer();
        for (const Contract &k : c.contracts) {
            q.prepare(QStringLiteral("INSERT INTO contracts (customer_id, policy_key, tier, "
                                     "starts_at, ends_at) VALUES (1, ?, ?, ?, ?)"));
            q.addBindValue(k.policyId);
            q.addBindValue(k.tier);
            q.addBindValue(toEpoch(k.startsAt));
            q.addBindValue(k.endsAt ? QVariant(toEpoch(*k.endsAt)) : QVariant());
            q.exec();
        }
        const Fixture &f = fixture(perMonth);
        SqlContractRepository repository(*database);
        database->connection().transaction();
        for (ExpertisePack p : f.packs) {
            p.customerId = 1;
            repository.addPack(p);
        }
        for (ExpertiseEntry e : f.entries) {
            e.customerId = 1;
            repository.addEntry(e);
        }
        database->connection().commit();
    }
    customerId = 1;
    ManualClock clock(now);
    test::TicketStack stack(*database, clock, QString(), QStringLiteral("cdubois"));
    SqlContractRepository repository(stack.session);
    ContractService service(stack.session, repository, stack.customers, stack.tickets);
    const bool readOnly = state.range(1) == 1;
    for (auto _ : state) {
        if (readOnly) {
            benchmark::DoNotOptimize(repository.entries(customerId, std::nullopt));
            continue;
        }
        // The month shown is read whole, the others as sums, as the page and the CLI do.
        const date::year_month month = date::year{2025} / date::December;
        const ExpertiseLedger ledger = service.ledger(customerId, month);
        benchmark::DoNotOptimize(ledger.balance(month));
    }
    state.counters["entries"] = double(fixture(perMonth).entries.size());
}
// Second argument 1: every entry read whole, nothing else, for scale.
BENCHMARK(balanceFromSqlite)
    ->Args({4, 0})
    ->Args({30, 0})
    ->Args({30, 1})
    ->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    test::isolateUserData();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    databases().clear();
    return 0;
}
