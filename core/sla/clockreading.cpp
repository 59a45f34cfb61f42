// What one SLA clock says at an instant, in words: the one answer the queue, the ticket detail
// and hourglass-cli all give, paused-after-breach included.
#include "sla/clockreading.h"

#include "sla/explaintext.h"
#include "time/businesscalendar.h"

#include <QCoreApplication>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::ClockReading)
};

} // namespace

ClockReading ClockReading::of(const MetricState &metric)
{
    ClockReading reading;
    reading.metric = metric.metric;
    reading.state = metric.state;
    reading.paused = metric.paused;
    reading.stopped = metric.current.stop.has_value();
    reading.due = metric.due;
    reading.budget = metric.budget;
    reading.elapsed = metric.elapsed;
    reading.evaluatedAt = metric.evaluatedAt;
    reading.counting = metric.counting;
    return reading;
}

bool ClockReading::countsDown() const
{
    return !stopped
           && (state == ClockState::Running || state == ClockState::Breached
               || state == ClockState::Paused);
}

Seconds ClockReading::remainingAt(Instant at) const
{
    Seconds used = elapsed;
    if (countsDown() && !paused && state != ClockState::Paused && counting && at > evaluatedAt)
        used += counting->between(evaluatedAt, at);
    return budget - used;
}

ClockState ClockReading::stateAt(Instant at) const
{
    // A running clock breaches the moment its budget is spent, before anyone re-evaluates it.
    if (state == ClockState::Running && !stopped && !paused && remainingAt(at).count() <= 0)
        return ClockState::Breached;
    return state;
}

QString ClockReading::stateTextAt(Instant at) const
{
    const ClockState now = stateAt(at);
    if (now == ClockState::Breached && paused && !stopped)
        return Tr::tr("breached, paused", "SLA clock state: past due, and not counting for now");
    return ExplainText::stateName(now);
}

QString ClockReading::countdownTextAt(Instant at) const
{
    if (!countsDown())
        return QString();
    const Seconds remaining = remainingAt(at);
    if (paused || state == ClockState::Paused) {
        return remaining.count() < 0
                   ? Tr::tr("paused, overdue %1").arg(formatCompactDuration(-remaining))
                   : Tr::tr("paused, %1 left").arg(formatCompactDuration(remaining));
    }
    if (remaining.count() < 0)
        return formatRemaining(remaining);
    // Past due with no business time since (a weekend): overdue all the same.
    if (stateAt(at) == ClockState::Breached)
        return Tr::tr("overdue");
    return formatCompactDuration(remaining);
}

QString ClockReading::textAt(Instant at) const
{
    const QString countdown = countdownTextAt(at);
    if (countdown.isEmpty())
        return stateTextAt(at);
    // A paused countdown says "paused" itself: once is enough.
    if (paused || state == ClockState::Paused) {
        if (stateAt(at) != ClockState::Breached)
            return countdown;
        return Tr::tr("%1 · %2", "clock state · countdown")
            .arg(ExplainText::stateName(ClockState::Breached), countdown);
    }
    return Tr::tr("%1 · %2", "clock state · countdown").arg(stateTextAt(at), countdown);
}

QString ClockReading::formatRemaining(Seconds remaining)
{
    if (remaining.count() < 0)
        return Tr::tr("overdue %1").arg(formatCompactDuration(-remaining));
    return formatCompactDuration(remaining);
}

} // namespace hourglass
