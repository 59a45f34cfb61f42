// A window's wall-clock time to and from libical's floating time (no zone): the one
// conversion the recurrence walk and the iCalendar file share.
#include "maintenance/icallocaltime.h"

#include <date/date.h>

namespace hourglass {

icaltimetype toIcal(LocalTime t)
{
    const auto day = date::floor<date::days>(t);
    const date::year_month_day ymd{day};
    const date::hh_mm_ss<Seconds> time{t - day};
    icaltimetype result = icaltime_null_time();
    result.year = int(ymd.year());
    result.month = int(unsigned(ymd.month()));
    result.day = int(unsigned(ymd.day()));
    result.hour = int(time.hours().count());
    result.minute = int(time.minutes().count());
    result.second = int(time.seconds().count());
    result.is_date = 0;
    result.zone = nullptr;
    return result;
}

LocalTime fromIcal(const icaltimetype &t)
{
    const date::year_month_day ymd{date::year{t.year},
                                   date::month(unsigned(t.month)),
                                   date::day(unsigned(t.day))};
    return date::local_days{ymd} + std::chrono::hours{t.hour} + std::chrono::minutes{t.minute}
           + Seconds{t.second};
}

} // namespace hourglass
