// Cost of expanding maintenance windows: a year of every preset window, as the calendar view
// and the SLA engine ask for it (target: under 5 ms).
#include "maintenance/maintenanceexpander.h"
#include "maintenance/maintenancepresets.h"

#include <benchmark/benchmark.h>

using namespace hourglass;

namespace {

Instant yearStart(int year)
{
    return Instant{date::sys_days{date::year{year} / 1 / 1}};
}

// Every preset window over one calendar year, on a new expander each time: libical walks each
// rule from its DTSTART (2025), as 3.0 cannot start elsewhere, so a later year costs more.
void yearOfEveryWindowCold(benchmark::State &state)
{
    const int year = int(state.range(0));
    const QList<MaintenanceWindow> windows = MaintenancePresets::all();
    std::size_t count = 0;
    for (auto _ : state) {
        const MaintenanceExpander expander;
        const auto occurrences = expander.occurrences(windows, yearStart(year), yearStart(year + 1));
        count = occurrences.size();
        benchmark::DoNotOptimize(occurrences.data());
    }
    state.counters["occurrences"] = double(count);
}
BENCHMARK(yearOfEveryWindowCold)->Arg(2026)->Arg(2035)->Unit(benchmark::kMicrosecond);

// The same on one expander, as the SLA engine and the calendar view keep theirs: the rules'
// starts are walked once, then each year is a binary search and the zone conversions.
void yearOfEveryWindowWarm(benchmark::State &state)
{
    const int year = int(state.range(0));
    const QList<MaintenanceWindow> windows = MaintenancePresets::all();
    const MaintenanceExpander expander;
    std::size_t count = 0;
    for (auto _ : state) {
        const auto occurrences = expander.occurrences(windows, yearStart(year), yearStart(year + 1));
        count = occurrences.size();
        benchmark::DoNotOptimize(occurrences.data());
    }
    state.counters["occurrences"] = double(count);
}
BENCHMARK(yearOfEveryWindowWarm)->Arg(2026)->Arg(2035)->Unit(benchmark::kMicrosecond);

// The overlap warnings over the same year: the expansion plus a sweep.
void overlapsOfAYear(benchmark::State &state)
{
    const QList<MaintenanceWindow> windows = MaintenancePresets::all();
    const MaintenanceExpander expander;
    for (auto _ : state) {
        const auto overlaps = expander.overlaps(windows, yearStart(2026), yearStart(2027));
        benchmark::DoNotOptimize(overlaps.data());
    }
}
BENCHMARK(overlapsOfAYear)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
