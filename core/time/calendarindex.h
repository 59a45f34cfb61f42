// Which holidays and exceptions of a calendar fall on a local date, found by binary search.
#pragma once

#include "time/calendardefinition.h"

#include <cstddef>
#include <vector>

namespace hourglass {

// Built once from a definition, so that compiling a span of days looks up only those days: a
// day costs a binary search over the dated entries and one bucket of the annual ones, not a
// pass over every holiday of the calendar (a calendar may date one for every day of 600
// years). Indices are positions in the definition's lists, in the definition's order.
class CalendarIndex
{
public:
    explicit CalendarIndex(const CalendarDefinition &definition);

    // The holidays on the local date `day` (days since 1970-01-01), dated and annual, in the
    // order of the definition's list, which decides which holiday names an hour two remove.
    void holidaysOn(int day, const date::year_month_day &ymd, std::vector<int> &out) const;
    // The exceptions on the local date `day`, in the order of the definition's list.
    void exceptionsOn(int day, std::vector<int> &out) const;

    // For measuring: how many entries the lookups have handed out so far.
    std::size_t entriesVisited() const { return m_visited; }

private:
    struct Dated
    {
        int day;
        int index;
    };

    static std::vector<Dated>::const_iterator first(const std::vector<Dated> &entries, int day);

    std::vector<Dated> m_holidays;   // sorted by (day, index)
    std::vector<Dated> m_exceptions; // sorted by (day, index)
    // By month * 32 + day of month: the annual holidays of that day, in ascending index.
    std::vector<std::vector<int>> m_annual;
    mutable std::size_t m_visited = 0;
};

} // namespace hourglass
