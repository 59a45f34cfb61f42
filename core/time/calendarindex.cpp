// Which holidays and exceptions of a calendar fall on a local date, found by binary search.
#include "time/calendarindex.h"

#include <algorithm>

namespace hourglass {

namespace {

int dayNumber(const date::year_month_day &ymd)
{
    return static_cast<int>(date::sys_days{ymd}.time_since_epoch().count());
}

std::size_t annualKey(unsigned month, unsigned dayOfMonth)
{
    return month * 32 + dayOfMonth;
}

constexpr std::size_t annualKeys = 13 * 32;

} // namespace

CalendarIndex::CalendarIndex(const CalendarDefinition &definition)
    : m_annual(annualKeys)
{
    const auto holidayCount = static_cast<int>(definition.holidays.size());
    for (int h = 0; h < holidayCount; ++h) {
        const Holiday &holiday = definition.holidays.at(h);
        if (holiday.date) {
            m_holidays.push_back({dayNumber(*holiday.date), h});
        } else if (holiday.annual) {
            const std::size_t key = annualKey(unsigned(holiday.annual->month()),
                                              unsigned(holiday.annual->day()));
            if (key < annualKeys)
                m_annual[key].push_back(h);
        }
    }
    const auto exceptionCount = static_cast<int>(definition.exceptions.size());
    for (int e = 0; e < exceptionCount; ++e)
        m_exceptions.push_back({dayNumber(definition.exceptions.at(e).date), e});
    // Pushed in index order: a stable sort by day keeps each day's entries in that order.
    const auto byDay = [](const Dated &a, const Dated &b) {
        return a.day < b.day;
    };
    std::stable_sort(m_holidays.begin(), m_holidays.end(), byDay);
    std::stable_sort(m_exceptions.begin(), m_exceptions.end(), byDay);
}

std::vector<CalendarIndex::Dated>::const_iterator CalendarIndex::first(
    const std::vector<Dated> &entries, int day)
{
    return std::lower_bound(entries.begin(), entries.end(), day, [](const Dated &entry, int value) {
        return entry.day < value;
    });
}

void CalendarIndex::holidaysOn(int day, const date::year_month_day &ymd, std::vector<int> &out) const
{
    out.clear();
    for (auto it = first(m_holidays, day); it != m_holidays.end() && it->day == day; ++it)
        out.push_back(it->index);
    const std::size_t key = annualKey(unsigned(ymd.month()), unsigned(ymd.day()));
    if (key < annualKeys && !m_annual[key].empty()) {
        // Both runs ascend: merged, the day's holidays come in the definition's order.
        const auto dated = static_cast<std::ptrdiff_t>(out.size());
        out.insert(out.end(), m_annual[key].begin(), m_annual[key].end());
        std::inplace_merge(out.begin(), out.begin() + dated, out.end());
    }
    m_visited += out.size();
}

void CalendarIndex::exceptionsOn(int day, std::vector<int> &out) const
{
    out.clear();
    for (auto it = first(m_exceptions, day); it != m_exceptions.end() && it->day == day; ++it)
        out.push_back(it->index);
    m_visited += out.size();
}

} // namespace hourglass
