// A deliberately simple business calendar for checking the real one: it steps through UTC a
// minute at a time and applies the rule to each minute's local wall-clock time.
#pragma once

#include "time/calendardefinition.h"

#include <date/tz.h>

#include <vector>

namespace hourglass::test {

class ReferenceCalendar
{
public:
    // Precomputes, for every minute in [from, to), whether it is business time.
    ReferenceCalendar(const CalendarDefinition &definition, Instant from, Instant to)
        : m_definition(definition)
        , m_zone(date::locate_zone(definition.zone.toStdString()))
        , m_from(toEpoch(from) - floorMod(toEpoch(from), 60))
    {
        for (qint64 t = m_from; t < toEpoch(to); t += 60)
            m_minutes.push_back(isBusiness(t));
    }

    // Every zone the tests use has whole-minute offsets and transitions, and every interval
    // is in whole minutes, so a minute is either wholly business time or not at all.
    bool isBusiness(qint64 t) const
    {
        const auto local = m_zone->to_local(fromEpoch(t));
        const auto localDay = date::floor<date::days>(local);
        const date::year_month_day ymd{localDay};
        const int minute = int((local - localDay).count() / 60);
        const unsigned weekday = date::weekday{localDay}.iso_encoding() - 1;

        bool working = false;
        for (const DailyInterval &interval : m_definition.week[weekday])
            working = working || (minute >= interval.start && minute < interval.end);
        for (const Holiday &holiday : m_definition.holidays) {
            const bool today = holiday.date ? *holiday.date == ymd
                                            : holiday.annual->month() == ymd.month()
                                                  && holiday.annual->day() == ymd.day();
            if (today
                && (!holiday.part || (minute >= holiday.part->start && minute < holiday.part->end)))
                working = false;
        }
        for (const CalendarException &exception : m_definition.exceptions) {
            if (exception.date != ymd)
                continue;
            for (const DailyInterval &interval : exception.hours)
                working = working || (minute >= interval.start && minute < interval.end);
        }
        return working;
    }

    qint64 between(qint64 a, qint64 b) const
    {
        if (b < a)
            return -between(b, a);
        qint64 total = 0;
        for (qint64 t = a; t < b;) {
            const qint64 minuteEnd = t - floorMod(t - m_from, 60) + 60;
            const qint64 end = std::min(minuteEnd, b);
            if (minuteAt(t))
                total += end - t;
            t = end;
        }
        return total;
    }

    // Earliest T >= t with d business seconds in [t, T); nullopt past the precomputed range.
    std::optional<qint64> add(qint64 t, qint64 d) const
    {
        if (d == 0)
            return t;
        qint64 left = d;
        for (qint64 cursor = t; index(cursor) < qint64(m_minutes.size());) {
            const qint64 minuteEnd = cursor - floorMod(cursor - m_from, 60) + 60;
            if (minuteAt(cursor)) {
                const qint64 available = minuteEnd - cursor;
                if (available >= left)
                    return cursor + left;
                left -= available;
            }
            cursor = minuteEnd;
        }
        return std::nullopt;
    }

private:
    static qint64 floorMod(qint64 a, qint64 b) { return ((a % b) + b) % b; }
    qint64 index(qint64 t) const { return (t - m_from - floorMod(t - m_from, 60)) / 60; }
    bool minuteAt(qint64 t) const
    {
        const qint64 i = index(t);
        if (i < 0 || i >= qint64(m_minutes.size()))
            qFatal("reference calendar asked outside its range");
        return m_minutes[std::size_t(i)];
    }

    CalendarDefinition m_definition;
    const date::time_zone *m_zone;
    qint64 m_from;
    std::vector<bool> m_minutes;
};

} // namespace hourglass::test
