// What one SLA clock says at an instant, in words: the one answer the queue, the ticket detail
// and hourglass-cli all give, paused-after-breach included.
#pragma once

#include "sla/metricstate.h"

#include <QString>

#include <optional>

namespace hourglass {

class BusinessCalendar;

struct ClockReading
{
    Metric metric = Metric::InitialResponse;
    ClockState state = ClockState::NotStarted; // at evaluatedAt
    // Not counting for now (waiting on the customer, scheduled work), breached or not: a
    // breached clock that is paused stays breached, and its overdue time stays where it was.
    bool paused = false;
    bool stopped = false; // the cycle has ended (answered, resolved), met or breached
    std::optional<Instant> due;
    Seconds budget{0};
    Seconds elapsed{0}; // at evaluatedAt
    Instant evaluatedAt;
    // The calendar running time counts on (owned by the engine); null when nothing counts.
    const BusinessCalendar *counting = nullptr;

    // The engine's state of a metric, as evaluated.
    static ClockReading of(const MetricState &metric);

    // Whether the clock has a countdown (running, paused or breached, and not stopped).
    bool countsDown() const;
    // Read later, while nothing else happens to the ticket: running time goes on counting on
    // the clock's calendar; a paused or stopped clock stays where it was.
    Seconds remainingAt(Instant at) const;
    ClockState stateAt(Instant at) const;
    // "running", "paused", "breached", "breached, paused", "met", "best effort"…
    QString stateTextAt(Instant at) const;
    // "2h 14m", "overdue 12m", "paused, 2h left", "paused, overdue 20h 52m"; empty without a
    // countdown.
    QString countdownTextAt(Instant at) const;
    // Both as one line: "running · 2h 14m", "paused, 2h left", "breached · paused, overdue
    // 20h 52m", "met".
    QString textAt(Instant at) const;

    // Time left on a running clock: "2h 14m", or "overdue 12m" when negative.
    static QString formatRemaining(Seconds remaining);
};

} // namespace hourglass
