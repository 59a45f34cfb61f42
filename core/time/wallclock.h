// How a wall-clock time in a zone becomes an instant: the one rule for the times clocks skip or
// repeat, shared by maintenance windows and on-call handoffs.
#pragma once

#include "time/instant.h"

#include <date/date.h>

namespace date {
class time_zone;
}

namespace hourglass {

// A local time that does not exist (the hour skipped when clocks go forward) is the first
// instant after the gap: 02:30 on the night of the change is 03:00 new time. A local time that
// occurs twice (the hour repeated when clocks go back) is its first occurrence, the earlier
// instant.
Instant resolveWallClock(const date::time_zone &zone, date::local_seconds local);

} // namespace hourglass
