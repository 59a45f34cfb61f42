// How a wall-clock time in a zone becomes an instant: the one rule for the times clocks skip or
// repeat, shared by maintenance windows and on-call handoffs.
#include "time/wallclock.h"

#include <date/tz.h>

namespace hourglass {

Instant resolveWallClock(const date::time_zone &zone, date::local_seconds local)
{
    const date::local_info info = zone.get_info(local);
    if (info.result == date::local_info::nonexistent)
        return info.first.end; // the instant the clocks jump: the first one after the gap
    // Unique, or ambiguous: the first occurrence, whose offset is the one before the change.
    return Instant{local.time_since_epoch() - info.first.offset};
}

} // namespace hourglass
