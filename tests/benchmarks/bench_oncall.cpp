// Cost of on-call questions: who is on call at any instant (target: under 10 µs) and a year of
// lint (target: under 50 ms), on the seed's weekly rotation and a daily one with a history of
// revisions and a year of overrides, beside a plain binary search for scale.
#include "oncall/oncalllint.h"
#include "oncall/oncallservice.h"

#include <benchmark/benchmark.h>

#include <random>

using namespace hourglass;

namespace {

Instant yearStart(int year)
{
    return Instant{date::sys_days{date::year{year} / 1 / 1}};
}

// Three revisions (the last an edit of the roster), and `overrides` overrides spread over
// 2026, one in four of them an override of an override.
OnCallSchedule schedule(RotationPeriod period, int overrides)
{
    Rotation r = OnCallService::afterHoursPreset({"p1", "p2", "p3", "p4", "p5"},
                                                 date::local_days{date::year{2025} / 1 / 6});
    r.id = 1;
    r.period = period;
    if (period == RotationPeriod::Daily)
        r.zone = QStringLiteral("Australia/Sydney");
    Rotation second = r;
    second.people = {"p2", "p1", "p3", "p4", "p5"};
    Rotation third = second;
    third.secondaries = 3;
    QList<RotationRevision> revisions{{1, yearStart(2025), {}, r},
                                      {2, yearStart(2026) + date::days{40}, {}, second},
                                      {3, yearStart(2026) + date::days{200}, {}, third}};
    QList<OnCallOverride> list;
    std::mt19937_64 random(11);
    std::uniform_int_distribution<qint64> start(toEpoch(yearStart(2026)), toEpoch(yearStart(2027)));
    std::uniform_int_distribution<int> person(1, 5);
    for (int i = 0; i < overrides; ++i) {
        OnCallOverride o;
        o.id = i + 1;
        o.rotationId = 1;
        o.start = fromEpoch(start(random));
        o.end = o.start + Seconds{3600 * (1 + i % 48)};
        o.covered = QStringLiteral("p%1").arg(person(random));
        o.cover = i % 4 == 3 ? list.constLast().cover : QStringLiteral("p%1").arg(person(random));
        if (i % 4 == 3) {
            o.covered = list.constLast().cover;
            o.cover = QStringLiteral("p%1").arg(person(random));
            o.start = list.constLast().start + Seconds{600};
            o.end = o.start + Seconds{1800};
        }
        o.recordedAt = o.start - date::days{3};
        list.append(o);
    }
    return OnCallSchedule(revisions, list);
}

std::vector<Instant> instants(std::size_t n)
{
    std::mt19937_64 random(5);
    std::uniform_int_distribution<qint64> pick(toEpoch(yearStart(2021)), toEpoch(yearStart(2031)));
    std::vector<Instant> out(n);
    for (Instant &t : out)
        t = fromEpoch(pick(random));
    return out;
}

void whoIsOnCall(benchmark::State &state)
{
    const OnCallSchedule s = schedule(state.range(0) == 0 ? RotationPeriod::Weekly
                                                          : RotationPeriod::Daily,
                                      int(state.range(1)));
    const std::vector<Instant> ts = instants(4096);
    std::size_t i = 0;
    for (auto _ : state) {
        OnCallAnswer answer = s.at(ts[i++ & 4095]);
        benchmark::DoNotOptimize(answer);
    }
}
BENCHMARK(whoIsOnCall)
    ->ArgNames({"daily", "overrides"})
    ->Args({0, 0})
    ->Args({0, 365})
    ->Args({1, 365})
    ->Args({1, 3650})
    ->Unit(benchmark::kMicrosecond);

// The same, every answer read with what is known now rather than as it stood then.
void whoIsOnCallAsKnownNow(benchmark::State &state)
{
    const OnCallSchedule s = schedule(RotationPeriod::Daily, 365);
    const std::vector<Instant> ts = instants(4096);
    const Instant now = yearStart(2027);
    std::size_t i = 0;
    for (auto _ : state) {
        OnCallAnswer answer = s.at(ts[i++ & 4095], now);
        benchmark::DoNotOptimize(answer);
    }
}
BENCHMARK(whoIsOnCallAsKnownNow)->Unit(benchmark::kMicrosecond);

// For scale: one binary search over a year of hourly instants.
void plainBinarySearch(benchmark::State &state)
{
    std::vector<Instant> sorted;
    for (Instant t = yearStart(2026); t < yearStart(2027); t += Seconds{3600})
        sorted.push_back(t);
    const std::vector<Instant> ts = instants(4096);
    std::size_t i = 0;
    for (auto _ : state) {
        auto found = std::upper_bound(sorted.begin(), sorted.end(), ts[i++ & 4095]);
        benchmark::DoNotOptimize(found);
    }
}
BENCHMARK(plainBinarySearch)->Unit(benchmark::kMicrosecond);

void lintOfAYear(benchmark::State &state)
{
    const OnCallSchedule s = schedule(state.range(0) == 0 ? RotationPeriod::Weekly
                                                          : RotationPeriod::Daily,
                                      int(state.range(1)));
    QList<DeclaredLeave> leave;
    for (int i = 0; i < 20; ++i) {
        DeclaredLeave l;
        l.id = i + 1;
        l.person = QStringLiteral("p%1").arg(1 + i % 5);
        l.start = yearStart(2026) + date::days{17 * i};
        l.end = l.start + date::days{4};
        leave.append(l);
    }
    std::size_t findings = 0;
    for (auto _ : state) {
        const auto found = OnCallLint::check(s,
                                             leave,
                                             yearStart(2026),
                                             yearStart(2027),
                                             yearStart(2026));
        findings = found.size();
        benchmark::DoNotOptimize(found.data());
    }
    state.counters["findings"] = double(findings);
}
BENCHMARK(lintOfAYear)
    ->ArgNames({"daily", "overrides"})
    ->Args({0, 365})
    ->Args({1, 365})
    ->Args({1, 3650})
    ->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
