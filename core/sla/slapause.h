// A stretch of time a ticket's SLA clocks do not count that comes from outside its timeline.
#pragma once

#include "time/instant.h"

#include <QString>

namespace hourglass {

// A maintenance window's occurrence that affects the ticket's customer, say: [from, to), past
// or future. The engine stays a pure function of the ticket's events and the pauses it is
// given; who is affected by what is the caller's to decide (MaintenanceService::pausesFor).
struct SlaPause
{
    Instant from;
    Instant to;
    // What the explanation names: "NUP control plane, 00:00-06:00 Paris".
    QString reason;

    friend bool operator==(const SlaPause &, const SlaPause &) = default;
};

} // namespace hourglass
