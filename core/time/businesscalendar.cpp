// Business time on a calendar: add, between and explain, by binary search over compiled spans.
#include "time/businesscalendar.h"

#include <QCoreApplication>
#include <QtNumeric>

#include <date/tz.h>

#include <algorithm>
#include <limits>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::BusinessCalendar)
};

constexpr qint64 day = 86400;
// Compiled a chunk at a time on a fixed grid, so the same instants always compile the same way.
constexpr qint64 chunk = 366 * day;

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

qint64 chunkStart(qint64 t)
{
    return floorDiv(t, chunk) * chunk;
}

qint64 yearStart(int year)
{
    return date::sys_days{date::year{year} / 1 / 1}.time_since_epoch().count() * day;
}

struct Piece
{
    int start;
    int end;
};

// Subtracts [cut.start, cut.end) from sorted, disjoint pieces; what was removed goes to removed.
void subtract(std::vector<Piece> &pieces, Piece cut, std::vector<Piece> &removed)
{
    std::vector<Piece> kept;
    for (const Piece &p : pieces) {
        const int lo = std::max(p.start, cut.start);
        const int hi = std::min(p.end, cut.end);
        if (lo >= hi) {
            kept.push_back(p);
            continue;
        }
        removed.push_back({lo, hi});
        if (p.start < lo)
            kept.push_back({p.start, lo});
        if (hi < p.end)
            kept.push_back({hi, p.end});
    }
    pieces.swap(kept);
}

void unite(std::vector<Piece> &pieces, Piece add)
{
    pieces.push_back(add);
    std::sort(pieces.begin(), pieces.end(), [](Piece a, Piece b) { return a.start < b.start; });
    std::vector<Piece> merged;
    for (const Piece &p : pieces) {
        if (!merged.empty() && p.start <= merged.back().end)
            merged.back().end = std::max(merged.back().end, p.end);
        else
            merged.push_back(p);
    }
    pieces.swap(merged);
}

int dayNumber(const date::year_month_day &ymd)
{
    return static_cast<int>(date::sys_days{ymd}.time_since_epoch().count());
}

} // namespace

QString CalendarDefinition::displayName(const QString &language) const
{
    return language == QLatin1String("fr") && !nameFr.isEmpty() ? nameFr : name;
}

bool CalendarDefinition::hasWeeklyHours() const
{
    return std::any_of(week.begin(), week.end(), [](const auto &d) { return !d.isEmpty(); });
}

CalendarDefinition CalendarDefinition::twentyFourSeven()
{
    CalendarDefinition definition;
    definition.id = QStringLiteral("24x7");
    definition.name = QStringLiteral("24x7");
    definition.zone = QStringLiteral("UTC");
    for (auto &weekday : definition.week)
        weekday = {DailyInterval{0, 1440}};
    definition.businessDay = Seconds{day};
    return definition;
}

BusinessCalendar::BusinessCalendar(CalendarDefinition definition)
    : m_definition(std::move(definition))
    , m_index(m_definition)
{
    try {
        m_zone = date::locate_zone(m_definition.zone.toStdString());
    } catch (const std::exception &) {
        throw CalendarError(Tr::tr("unknown time zone \"%1\"").arg(m_definition.zone));
    }
    m_finite = !m_definition.hasWeeklyHours();
    if (m_finite) {
        // Only dated exceptions carry working time: compile all of it once, never extend.
        qint64 lo = 0;
        qint64 hi = 0;
        for (const CalendarException &exception : m_definition.exceptions) {
            const qint64 t = dayNumber(exception.date) * day;
            if (lo == hi) {
                lo = t;
                hi = t;
            }
            lo = std::min(lo, t);
            hi = std::max(hi, t);
        }
        m_lo = chunkStart(lo - 2 * day);
        m_hi = lo == hi && m_definition.exceptions.isEmpty() ? m_lo
                                                             : chunkStart(hi + 2 * day) + chunk;
        compileChunk(m_lo, m_hi, m_spans, m_holidaySpans);
        qint64 before = 0;
        for (Span &span : m_spans) {
            span.before = before;
            before += span.end - span.start;
        }
        m_beforeHi = before;
        m_compiled = true;
    }
}

bool BusinessCalendar::isKnownZone(const QString &zone)
{
    try {
        date::locate_zone(zone.toStdString());
        return true;
    } catch (const std::exception &) {
        return false;
    }
}

void BusinessCalendar::checkYears(Instant instant)
{
    static const qint64 lo = yearStart(firstYear);
    static const qint64 hi = yearStart(lastYear + 1);
    const qint64 t = toEpoch(instant);
    if (t < lo || t >= hi)
        throw CalendarError(Tr::tr("%1 is outside the years %2 to %3 that calendars answer for")
                                .arg(formatInstant(fromEpoch(t)))
                                .arg(firstYear)
                                .arg(lastYear));
}

void BusinessCalendar::checkRange(qint64 t) const
{
    checkYears(fromEpoch(t));
}

void BusinessCalendar::checkReach(Instant start, Seconds d)
{
    checkYears(start);
    const qint64 from = toEpoch(start);
    const qint64 amount = d.count();
    // Compared, never added: from is inside the years, so both differences are exact, and no
    // amount of business time exceeds the wall-clock time left before the last year ends.
    static const qint64 lo = yearStart(firstYear);
    static const qint64 hi = yearStart(lastYear + 1);
    if ((amount > 0 && amount > hi - from) || (amount < 0 && amount < lo - from))
        throw CalendarError(Tr::tr("%1 seconds from %2 reach beyond the years %3 to %4 that "
                                   "calendars answer for")
                                .arg(amount)
                                .arg(formatInstant(fromEpoch(from)))
                                .arg(firstYear)
                                .arg(lastYear));
}

void BusinessCalendar::compileChunk(qint64 from,
                                    qint64 to,
                                    std::vector<Span> &spans,
                                    std::vector<HolidaySpan> &holidays) const
{
    // Offsets within the chunk and a margin wide enough for any UTC offset (< 26 h).
    std::vector<date::sys_info> infos;
    for (qint64 t = from - 3 * day; t < to + 3 * day;) {
        const date::sys_info info = m_zone->get_info(fromEpoch(t));
        infos.push_back(info);
        const qint64 end = info.end.time_since_epoch().count();
        if (end <= t)
            break;
        t = end;
    }

    const auto toUtc = [&](qint64 localStart, qint64 localEnd, auto &&sink) {
        for (const date::sys_info &info : infos) {
            const qint64 offset = info.offset.count();
            const qint64 lo = std::max(localStart - offset,
                                       qint64(info.begin.time_since_epoch().count()));
            const qint64 hi = std::min(localEnd - offset,
                                       qint64(info.end.time_since_epoch().count()));
            const qint64 clippedLo = std::max(lo, from);
            const qint64 clippedHi = std::min(hi, to);
            if (clippedLo < clippedHi)
                sink(clippedLo, clippedHi);
        }
    };

    std::vector<Span> chunkSpans;
    std::vector<HolidaySpan> chunkHolidays;
    std::vector<int> todaysHolidays;
    std::vector<int> todaysExceptions;
    const qint64 firstDay = floorDiv(from, day) - 2;
    const qint64 lastDay = floorDiv(to, day) + 2;
    for (qint64 d = firstDay; d <= lastDay; ++d) {
        const date::sys_days sd{date::days{d}};
        const date::year_month_day ymd{sd};
        const unsigned weekday = date::weekday{sd}.iso_encoding() - 1;
        std::vector<Piece> working;
        for (const DailyInterval &interval : m_definition.week[weekday])
            working.push_back({interval.start, interval.end});

        m_index.holidaysOn(static_cast<int>(d), ymd, todaysHolidays);
        for (const int h : todaysHolidays) {
            const Holiday &holiday = m_definition.holidays.at(h);
            std::vector<Piece> removed;
            subtract(working,
                     holiday.part ? Piece{holiday.part->start, holiday.part->end} : Piece{0, 1440},
                     removed);
            for (const Piece &p : removed) {
                toUtc(d * day + p.start * 60, d * day + p.end * 60, [&](qint64 lo, qint64 hi) {
                    chunkHolidays.push_back({lo, hi, h});
                });
            }
        }
        m_index.exceptionsOn(static_cast<int>(d), todaysExceptions);
        for (const int e : todaysExceptions) {
            for (const DailyInterval &interval : m_definition.exceptions.at(e).hours)
                unite(working, {interval.start, interval.end});
        }
        for (const Piece &p : working) {
            toUtc(d * day + p.start * 60, d * day + p.end * 60, [&](qint64 lo, qint64 hi) {
                chunkSpans.push_back({lo, hi, 0});
            });
        }
    }

    std::sort(chunkSpans.begin(), chunkSpans.end(), [](const Span &a, const Span &b) {
        return a.start < b.start;
    });
    for (const Span &span : chunkSpans) {
        if (!spans.empty() && span.start <= spans.back().end)
            spans.back().end = std::max(spans.back().end, span.end);
        else
            spans.push_back(span);
    }
    std::sort(chunkHolidays.begin(),
              chunkHolidays.end(),
              [](const HolidaySpan &a, const HolidaySpan &b) { return a.start < b.start; });
    holidays.insert(holidays.end(), chunkHolidays.begin(), chunkHolidays.end());
}

void BusinessCalendar::ensure(qint64 t) const
{
    if (!m_compiled) {
        m_lo = chunkStart(t);
        m_hi = m_lo + chunk;
        compileChunk(m_lo, m_hi, m_spans, m_holidaySpans);
        qint64 before = 0;
        for (Span &span : m_spans) {
            span.before = before;
            before += span.end - span.start;
        }
        m_beforeLo = 0;
        m_beforeHi = before;
        m_compiled = true;
        return;
    }
    if (m_finite)
        return;
    while (t < m_lo)
        extendBackward();
    while (t >= m_hi)
        extendForward();
}

void BusinessCalendar::extendForward() const
{
    if (m_finite)
        throw CalendarError(Tr::tr("calendar \"%1\" has no working time after %2")
                                .arg(m_definition.id, formatInstant(fromEpoch(m_hi))));
    checkRange(m_hi);
    std::vector<Span> added;
    std::vector<HolidaySpan> holidays;
    compileChunk(m_hi, m_hi + chunk, added, holidays);
    qint64 before = m_beforeHi;
    for (Span span : added) {
        span.before = before;
        before += span.end - span.start;
        if (!m_spans.empty() && m_spans.back().end == span.start)
            m_spans.back().end = span.end; // a span cut by the chunk seam
        else
            m_spans.push_back(span);
    }
    m_beforeHi = before;
    m_holidaySpans.insert(m_holidaySpans.end(), holidays.begin(), holidays.end());
    m_hi += chunk;
}

void BusinessCalendar::extendBackward() const
{
    if (m_finite)
        throw CalendarError(Tr::tr("calendar \"%1\" has no working time before %2")
                                .arg(m_definition.id, formatInstant(fromEpoch(m_lo))));
    checkRange(m_lo - 1);
    std::vector<Span> added;
    std::vector<HolidaySpan> holidays;
    compileChunk(m_lo - chunk, m_lo, added, holidays);
    qint64 total = 0;
    for (const Span &span : added)
        total += span.end - span.start;
    qint64 before = m_beforeLo - total;
    for (Span &span : added) {
        span.before = before;
        before += span.end - span.start;
    }
    if (!added.empty() && !m_spans.empty() && added.back().end == m_spans.front().start) {
        m_spans.front().start = added.back().start;
        m_spans.front().before = added.back().before;
        added.pop_back();
    }
    m_spans.insert(m_spans.begin(), added.begin(), added.end());
    m_holidaySpans.insert(m_holidaySpans.begin(), holidays.begin(), holidays.end());
    m_beforeLo -= total;
    m_lo -= chunk;
}

qint64 BusinessCalendar::businessBefore(qint64 t) const
{
    if (t < m_lo)
        return m_beforeLo;
    if (t >= m_hi)
        return m_beforeHi;
    auto it = std::upper_bound(m_spans.begin(),
                               m_spans.end(),
                               t,
                               [](qint64 value, const Span &span) { return value < span.start; });
    if (it == m_spans.begin())
        return m_beforeLo;
    --it;
    return it->before + std::min(t, it->end) - it->start;
}

Instant BusinessCalendar::add(Instant t, Seconds d) const
{
    const qint64 from = toEpoch(t);
    const qint64 amount = d.count();
    checkReach(t, d);
    ensure(from);
    const qint64 start = businessBefore(from);
    if (amount == 0)
        return t;
    if (amount > 0) {
        const qint64 target = start + amount;
        while (m_beforeHi < target)
            extendForward();
        // The last span that starts before the target is reached holds the answer.
        auto it = std::lower_bound(m_spans.begin(),
                                   m_spans.end(),
                                   target,
                                   [](const Span &span, qint64 value) {
                                       return span.before < value;
                                   });
        --it;
        const qint64 due = it->start + (target - it->before);
        // The last chunk compiled may run past the last year: an answer there is none.
        if (due >= yearStart(lastYear + 1))
            throw CalendarError(Tr::tr("calendar \"%1\" has no working time after %2")
                                    .arg(m_definition.id, formatInstant(t)));
        return fromEpoch(due);
    }
    const qint64 target = start + amount;
    while (m_beforeLo > target)
        extendBackward();
    auto it = std::lower_bound(m_spans.begin(),
                               m_spans.end(),
                               target,
                               [](const Span &span, qint64 value) { return span.before < value; });
    if (it != m_spans.end() && it->before == target)
        return fromEpoch(it->start);
    --it;
    return fromEpoch(it->start + (target - it->before));
}

Seconds BusinessCalendar::between(Instant a, Instant b) const
{
    const qint64 from = toEpoch(a);
    const qint64 to = toEpoch(b);
    checkRange(from);
    checkRange(to);
    ensure(from);
    ensure(to);
    return Seconds{businessBefore(to) - businessBefore(from)};
}

Instant BusinessCalendar::addBusinessDays(Instant t, qint64 days) const
{
    if (!m_definition.businessDay)
        throw CalendarError(Tr::tr("calendar \"%1\" does not say how long a business day is "
                                   "(businessDay)")
                                .arg(m_definition.id));
    const qint64 length = m_definition.businessDay->count();
    qint64 seconds = 0;
    if (qMulOverflow(length, days, &seconds))
        seconds = (days < 0) == (length < 0) ? std::numeric_limits<qint64>::max()
                                             : std::numeric_limits<qint64>::min();
    return add(t, Seconds{seconds}); // add() refuses what reaches beyond the years
}

Instant BusinessCalendar::addCalendarDays(Instant t, int days) const
{
    checkRange(toEpoch(t));
    const date::local_seconds local = m_zone->to_local(t) + date::days{days};
    const date::local_info info = m_zone->get_info(local);
    // Unique: its offset. Nonexistent: the offset before the gap, which moves the time on by
    // the gap's length. Ambiguous: the first (earlier) occurrence, whose offset is info.first.
    const Instant result{local.time_since_epoch() - info.first.offset};
    checkRange(toEpoch(result));
    return result;
}

bool BusinessCalendar::isBusinessTime(Instant t) const
{
    return between(t, t + Seconds{1}).count() == 1;
}

std::vector<CalendarSegment> BusinessCalendar::explain(Instant a, Instant b) const
{
    std::vector<CalendarSegment> segments;
    const qint64 from = toEpoch(a);
    const qint64 to = toEpoch(b);
    if (to <= from)
        return segments;
    checkRange(from);
    checkRange(to);
    ensure(from);
    ensure(to - 1);

    const auto push = [&](qint64 lo, qint64 hi, CalendarSegment::Kind kind, const QString &name) {
        if (lo >= hi)
            return;
        if (!segments.empty() && segments.back().kind == kind && segments.back().holiday == name
            && toEpoch(segments.back().to) == lo) {
            segments.back().to = fromEpoch(hi);
            return;
        }
        segments.push_back({fromEpoch(lo), fromEpoch(hi), kind, name});
    };
    const auto gap = [&](qint64 lo, qint64 hi) {
        // Holiday-removed stretches inside a gap are holidays; the rest is outside hours.
        auto it = std::lower_bound(m_holidaySpans.begin(),
                                   m_holidaySpans.end(),
                                   lo,
                                   [](const HolidaySpan &span, qint64 value) {
                                       return span.end <= value;
                                   });
        qint64 cursor = lo;
        for (; it != m_holidaySpans.end() && it->start < hi; ++it) {
            const qint64 s = std::max(it->start, cursor);
            const qint64 e = std::min(it->end, hi);
            if (s >= e)
                continue;
            push(cursor, s, CalendarSegment::Kind::OutsideHours, QString());
            push(s, e, CalendarSegment::Kind::Holiday, m_definition.holidays.at(it->holiday).name);
            cursor = e;
        }
        push(cursor, hi, CalendarSegment::Kind::OutsideHours, QString());
    };

    auto it = std::upper_bound(m_spans.begin(),
                               m_spans.end(),
                               from,
                               [](qint64 value, const Span &span) { return value < span.start; });
    if (it != m_spans.begin() && std::prev(it)->end > from)
        --it;
    qint64 cursor = from;
    for (; it != m_spans.end() && it->start < to; ++it) {
        gap(cursor, std::max(cursor, it->start));
        const qint64 s = std::max(it->start, from);
        const qint64 e = std::min(it->end, to);
        push(s, e, CalendarSegment::Kind::Working, QString());
        cursor = e;
    }
    gap(cursor, to);
    return segments;
}

void BusinessCalendar::compile(Instant from, Instant to) const
{
    checkRange(toEpoch(from));
    checkRange(toEpoch(to));
    ensure(toEpoch(from));
    ensure(toEpoch(to));
}

std::size_t BusinessCalendar::compiledBytes() const
{
    return m_spans.capacity() * sizeof(Span) + m_holidaySpans.capacity() * sizeof(HolidaySpan);
}

} // namespace hourglass
