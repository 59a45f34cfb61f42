// Business time on a calendar: add, between and explain, by binary search over compiled spans.
#pragma once

#include "time/calendardefinition.h"
#include "time/calendarindex.h"
#include "time/instant.h"

#include <stdexcept>
#include <vector>

namespace date {
class time_zone;
}

namespace hourglass {

// A question the calendar cannot answer: no working time at all, or beyond its supported years.
class CalendarError : public std::runtime_error
{
public:
    explicit CalendarError(const QString &message)
        : std::runtime_error(message.toStdString())
    {}
    QString message() const { return QString::fromStdString(what()); }
};

// One stretch of an explanation: why [from, to) counts or does not.
struct CalendarSegment
{
    enum class Kind { Working, OutsideHours, Holiday };
    Instant from;
    Instant to;
    Kind kind;
    QString holiday; // the holiday's name, for Kind::Holiday
};

// The rule: an instant is business time when its local wall-clock time in the calendar's zone
// lies inside a working interval of its local date and no holiday on that date removes it.
// A local hour skipped by spring-forward therefore counts nothing; an hour repeated at
// fall-back counts twice.
//
// The calendar compiles lazily into sorted, disjoint UTC spans with the business seconds
// before each, one year-long chunk at a time as queries reach further. add() and between()
// are then binary searches. Compiling mutates internal caches, so one instance must not be
// queried from two threads at once; copies are independent.
class BusinessCalendar
{
public:
    // Throws CalendarError for an unknown zone.
    explicit BusinessCalendar(CalendarDefinition definition);

    // Whether the system's zone database (/usr/share/zoneinfo) knows an IANA zone name.
    static bool isKnownZone(const QString &zone);

    const CalendarDefinition &definition() const { return m_definition; }
    QString id() const { return m_definition.id; }

    // The earliest T >= t with exactly d business seconds in [t, T). A negative d goes back:
    // the latest T <= t with |d| business seconds in [T, t). Throws CalendarError when the
    // calendar has not that much working time.
    Instant add(Instant t, Seconds d) const;
    // Business seconds in [a, b); negative when b < a.
    Seconds between(Instant a, Instant b) const;
    // n business days = n x the calendar's businessDay length of business time, added as
    // add() does. Throws CalendarError when the calendar defines no businessDay.
    Instant addBusinessDays(Instant t, qint64 days) const;
    // The same local wall-clock time, n calendar days later in the calendar's zone. A local
    // time that does not exist (spring forward) moves on by the length of the gap; one that
    // occurs twice (fall back) takes its first occurrence.
    Instant addCalendarDays(Instant t, int days) const;
    bool isBusinessTime(Instant t) const;
    // [a, b) cut into working, outside-hours and holiday stretches, in order.
    std::vector<CalendarSegment> explain(Instant a, Instant b) const;

    // For measuring: compile [from, to) now; how much is compiled and what it costs.
    void compile(Instant from, Instant to) const;
    std::size_t compiledSpanCount() const { return m_spans.size(); }
    std::size_t compiledBytes() const;
    // Holidays and exceptions the compiled days have looked up: those on the days compiled,
    // never the calendar's whole list per day.
    std::size_t entriesVisited() const { return m_index.entriesVisited(); }

    // The years a calendar answers for; instants outside are refused with CalendarError.
    static constexpr int firstYear = 1800;
    static constexpr int lastYear = 2400;
    // Throws CalendarError when t lies outside those years, or when d business seconds from
    // `from` would reach beyond them (checked before any arithmetic: no amount overflows).
    static void checkYears(Instant t);
    static void checkReach(Instant from, Seconds d);

private:
    struct Span
    {
        qint64 start;
        qint64 end;
        qint64 before; // business seconds from the compiled origin to start
    };
    struct HolidaySpan
    {
        qint64 start;
        qint64 end;
        int holiday;
    };

    void ensure(qint64 t) const;
    void extendForward() const;
    void extendBackward() const;
    // UTC spans (and holiday-removed spans) of [from, to), sorted and merged.
    void compileChunk(qint64 from,
                      qint64 to,
                      std::vector<Span> &spans,
                      std::vector<HolidaySpan> &holidays) const;
    qint64 businessBefore(qint64 t) const;
    void checkRange(qint64 t) const;

    CalendarDefinition m_definition;
    CalendarIndex m_index;
    const date::time_zone *m_zone = nullptr;
    bool m_finite = false; // no weekly hours: only exceptions, so only so much time exists

    mutable std::vector<Span> m_spans;
    mutable std::vector<HolidaySpan> m_holidaySpans;
    mutable bool m_compiled = false;
    mutable qint64 m_lo = 0; // compiled UTC range [m_lo, m_hi)
    mutable qint64 m_hi = 0;
    mutable qint64 m_beforeLo = 0; // business seconds from the origin to m_lo (<= 0)
    mutable qint64 m_beforeHi = 0;
};

} // namespace hourglass
