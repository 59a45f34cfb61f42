// Speed of business-calendar arithmetic against its floor, one plain binary search per query.
#include "io/calendarfile.h"
#include "time/businesscalendar.h"

#include <benchmark/benchmark.h>

#include <QFile>

#include <algorithm>
#include <cstring>
#include <iostream>
#include <random>
#include <stdexcept>
#include <vector>

using namespace hourglass;

namespace {

struct AddQuery
{
    Instant from;
    Seconds seconds;
};

// Filled by main before any benchmark runs: generated, or read with --queries=FILE so that
// compare_business_hours.sh times exactly the queries it gives Business::Hours.
std::vector<AddQuery> queries;

// Queries per timed pass. A pass of a few hundred, repeated thousands of times, is learnt by
// the branch predictor: 300 queries ran 3x (add) and 5x (upper_bound) faster than queries that
// do not repeat, as no real queue of tickets does. From about 4096 on the figures stay put.
constexpr std::size_t passLength = 4096;

constexpr Instant yearStart(int year)
{
    return Instant{std::chrono::sys_days{std::chrono::year{year} / std::chrono::January / 1}};
}

// Starts anywhere in 2026 (so nights, weekends and holidays too), durations up to 20 business
// days of the calendar's 18 h; a fixed seed so every run measures the same work.
std::vector<AddQuery> generateQueries()
{
    constexpr qint64 maxSeconds = 20 * 18 * 3600;
    std::mt19937_64 random(20260101);
    std::uniform_int_distribution<qint64> start(toEpoch(yearStart(2026)),
                                                toEpoch(yearStart(2027)) - 1);
    std::uniform_int_distribution<qint64> duration(1, maxSeconds);
    std::vector<AddQuery> generated(passLength);
    for (AddQuery &q : generated) {
        q.from = fromEpoch(start(random));
        q.seconds = Seconds{duration(random)};
    }
    return generated;
}

// The "FROM SECONDS" lines of hourglass-cli calendar add --batch.
std::vector<AddQuery> readQueries(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        throw std::runtime_error(fileName.toStdString() + ": " + file.errorString().toStdString());
    std::vector<AddQuery> read;
    for (int lineNumber = 1; !file.atEnd(); ++lineNumber) {
        const QString line = QString::fromLatin1(file.readLine()).trimmed();
        const QStringList fields = line.split(u' ');
        const auto from = fields.size() == 2 ? parseInstant(fields.at(0)) : std::nullopt;
        bool ok = false;
        const qint64 seconds = fields.size() == 2 ? fields.at(1).toLongLong(&ok) : 0;
        if (!from || !ok)
            throw std::runtime_error(fileName.toStdString() + " line " + std::to_string(lineNumber)
                                     + ": expected \"FROM SECONDS\", got \"" + line.toStdString()
                                     + "\"");
        read.push_back({*from, Seconds{seconds}});
    }
    if (read.empty())
        throw std::runtime_error(fileName.toStdString() + ": no queries");
    return read;
}

// Short query sets are repeated up to a pass, each copy in its own order: the same queries,
// each as often as the others, in no sequence the branch predictor can learn.
std::vector<AddQuery> fillPass(std::vector<AddQuery> read)
{
    std::mt19937_64 random(20260102);
    std::vector<AddQuery> pass;
    while (pass.size() < passLength) {
        std::shuffle(read.begin(), read.end(), random);
        pass.insert(pass.end(), read.begin(), read.end());
    }
    return pass;
}

CalendarDefinition supportHours()
{
    return CalendarFile::load(QString::fromUtf8(HOURGLASS_BENCH_CALENDAR));
}

// Answers every query once, untimed: that compiles exactly the spans the queries reach, so the
// timed loops measure lookups and not the lazy compilation.
std::vector<Instant> warmUp(const BusinessCalendar &calendar)
{
    std::vector<Instant> deadlines;
    deadlines.reserve(queries.size());
    for (const AddQuery &q : queries)
        deadlines.push_back(calendar.add(q.from, q.seconds));
    return deadlines;
}

void BM_CalendarAdd(benchmark::State &state)
{
    const BusinessCalendar calendar(supportHours());
    warmUp(calendar);
    for (auto _ : state) {
        for (const AddQuery &q : queries)
            benchmark::DoNotOptimize(calendar.add(q.from, q.seconds));
    }
    state.SetItemsProcessed(state.iterations() * qint64(queries.size()));
    state.counters["spans"] = double(calendar.compiledSpanCount());
}
BENCHMARK(BM_CalendarAdd);

void BM_CalendarBetween(benchmark::State &state)
{
    const BusinessCalendar calendar(supportHours());
    const std::vector<Instant> deadlines = warmUp(calendar);
    for (auto _ : state) {
        for (std::size_t i = 0; i < queries.size(); ++i)
            benchmark::DoNotOptimize(calendar.between(queries[i].from, deadlines[i]));
    }
    state.SetItemsProcessed(state.iterations() * qint64(queries.size()));
}
BENCHMARK(BM_CalendarBetween);

// The floor: what one std::upper_bound costs over as many sorted values as the calendar has
// compiled spans for these queries, spread over the same instants, one lookup per query.
void BM_UpperBoundFloor(benchmark::State &state)
{
    const BusinessCalendar calendar(supportHours());
    const std::vector<Instant> deadlines = warmUp(calendar);
    const auto first = std::min_element(queries.begin(),
                                        queries.end(),
                                        [](const AddQuery &a, const AddQuery &b) {
                                            return a.from < b.from;
                                        });
    const qint64 lo = toEpoch(first->from);
    const qint64 hi = toEpoch(*std::max_element(deadlines.begin(), deadlines.end()));
    const auto count = qint64(calendar.compiledSpanCount());
    std::vector<qint64> sorted(std::size_t(count), 0);
    for (qint64 i = 0; i < count; ++i)
        sorted[std::size_t(i)] = lo + (hi - lo) * i / count;
    std::vector<qint64> keys;
    for (const AddQuery &q : queries)
        keys.push_back(toEpoch(q.from));
    for (auto _ : state) {
        for (const qint64 key : keys)
            benchmark::DoNotOptimize(std::upper_bound(sorted.begin(), sorted.end(), key));
    }
    state.SetItemsProcessed(state.iterations() * qint64(queries.size()));
    state.counters["values"] = double(count);
}
BENCHMARK(BM_UpperBoundFloor);

// A fresh calendar every iteration, so each one compiles the ten years from nothing.
void BM_CompileTenYears(benchmark::State &state)
{
    constexpr int years = 10;
    const CalendarDefinition definition = supportHours();
    std::size_t bytes = 0;
    std::size_t spans = 0;
    for (auto _ : state) {
        const BusinessCalendar calendar(definition);
        calendar.compile(yearStart(2026), yearStart(2026 + years));
        bytes = calendar.compiledBytes();
        spans = calendar.compiledSpanCount();
    }
    // Per year asked for; compilation goes in whole chunks, so this is an upper bound.
    state.counters["bytes_per_year"] = double(bytes) / years;
    state.counters["spans_per_year"] = double(spans) / years;
}
BENCHMARK(BM_CompileTenYears)->Unit(benchmark::kMillisecond);

// One year from nothing on the support hours plus N dated holidays, one a day on consecutive
// days centred on 2026, so the year compiled has its share. Each iteration builds the calendar
// (and its index) afresh: a year costs its own days, whatever the length of the list.
void BM_CompileYearWithHolidays(benchmark::State &state)
{
    CalendarDefinition definition = supportHours();
    const auto count = state.range(0);
    const date::sys_days first = date::sys_days{date::year{2026} / 1 / 1} - date::days{count / 2};
    for (qint64 i = 0; i < count; ++i) {
        definition.holidays.append(
            {QStringLiteral("Closed"), date::year_month_day{first + date::days{i}}, {}, {}});
    }
    for (auto _ : state) {
        const BusinessCalendar calendar(definition);
        calendar.compile(yearStart(2026), yearStart(2027) - Seconds{1});
        benchmark::DoNotOptimize(calendar.compiledSpanCount());
    }
    state.counters["holidays"] = double(count);
}
BENCHMARK(BM_CompileYearWithHolidays)->Arg(0)->Arg(1000)->Arg(100000)->Unit(benchmark::kMillisecond);

// Reading a calendar file with N dated holidays, one a day from 1800 (the issue's 8 MB file
// has one on every day to 2400: 219 511).
void BM_ParseCalendarWithHolidays(benchmark::State &state)
{
    QByteArray bytes = R"({"format": "hourglass-calendar/1", "id": "big", "zone": "UTC",
                           "week": {"mon": ["09:00-17:00"]}, "holidays": [)";
    const date::sys_days first{date::year{1800} / 1 / 1};
    for (qint64 i = 0; i < state.range(0); ++i) {
        const date::year_month_day ymd{first + date::days{i}};
        bytes += QStringLiteral(R"(%1{"name": "Closed", "date": "%2-%3-%4"})")
                     .arg(i == 0 ? QString() : QStringLiteral(","))
                     .arg(int(ymd.year()), 4, 10, QLatin1Char('0'))
                     .arg(unsigned(ymd.month()), 2, 10, QLatin1Char('0'))
                     .arg(unsigned(ymd.day()), 2, 10, QLatin1Char('0'))
                     .toLatin1();
    }
    bytes += "]}";
    for (auto _ : state)
        benchmark::DoNotOptimize(CalendarFile::parse(QStringLiteral("big.json"), bytes));
    state.SetBytesProcessed(state.iterations() * bytes.size());
}
BENCHMARK(BM_ParseCalendarWithHolidays)->Arg(1000)->Arg(219511)->Unit(benchmark::kMillisecond);

void printHelp()
{
    benchmark::PrintDefaultHelp();
    std::cout << "  [--queries=FILE]\n"
                 "      time the \"FROM SECONDS\" lines of FILE (as hourglass-cli calendar add\n"
                 "      --batch reads them) instead of the built-in queries\n";
}

} // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv, printHelp);
    // Our one flag, taken out before Google Benchmark refuses it as unknown.
    const char *queryFile = nullptr;
    int kept = 1;
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--queries=", 10) == 0)
            queryFile = argv[i] + 10;
        else
            argv[kept++] = argv[i];
    }
    argc = kept;
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    try {
        queries = queryFile ? fillPass(readQueries(QString::fromLocal8Bit(queryFile)))
                            : generateQueries();
        benchmark::RunSpecifiedBenchmarks();
    } catch (const std::exception &error) {
        std::cerr << "bench_businesscalendar: " << error.what() << '\n';
        return 1;
    }
    benchmark::Shutdown();
    return 0;
}
