// A window's wall-clock time to and from libical's floating time (no zone): the one
// conversion the recurrence walk and the iCalendar file share.
#pragma once

#include "maintenance/maintenancewindow.h"

#include <libical/ical.h>

namespace hourglass {

// Floating (no zone, not a date): what a rule is expanded in.
icaltimetype toIcal(LocalTime t);
// The date and time of day as written, whatever zone libical attached.
LocalTime fromIcal(const icaltimetype &t);

} // namespace hourglass
