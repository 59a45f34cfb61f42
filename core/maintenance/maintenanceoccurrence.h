// One occurrence of a maintenance window: when it runs, in UTC, and what made it so.
#pragma once

#include "maintenance/maintenancewindow.h"

#include <QtGlobal>

namespace hourglass {

struct MaintenanceOccurrence
{
    enum class Change {
        AsRuled,      // where the rule puts it
        Moved,        // moved by an override (RECURRENCE-ID)
        HolidayMoved, // moved to the next working day by the window's holiday rule
    };

    qsizetype window = 0;   // position of its window in the list that was expanded
    LocalTime recurrenceId; // the start the rule gave it: the occurrence's name
    Instant start;
    Instant end;
    Change change = Change::AsRuled;

    friend bool operator==(const MaintenanceOccurrence &, const MaintenanceOccurrence &) = default;
};

// Two windows of one platform whose occurrences run at the same time.
struct MaintenanceOverlap
{
    qsizetype first = 0; // window positions, first < second
    qsizetype second = 0;
    LocalTime firstOccurrence;
    LocalTime secondOccurrence;
    Instant from; // the time both run
    Instant to;

    friend bool operator==(const MaintenanceOverlap &, const MaintenanceOverlap &) = default;
};

} // namespace hourglass
