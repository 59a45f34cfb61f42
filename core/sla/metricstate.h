// The state of one SLA metric of one ticket at an instant, with the explanation behind it.
#pragma once

#include "sla/policy.h"
#include "time/instant.h"

#include <QList>
#include <QString>

#include <optional>

namespace hourglass {

enum class ClockState {
    NotStarted,       // nothing has started this clock yet (no response to update on)
    BestEffort,       // the policy makes no timed commitment
    AwaitingSchedule, // due at a scheduled time that nobody has chosen yet
    Running,
    Paused,
    Met,
    Breached, // running past its due time, or stopped after it
};

// One stretch of a clock's life and why it counted or not.
struct ExplainSegment
{
    enum class Kind { Counted, OutsideHours, Holiday, Paused, Maintenance };
    Instant from;
    Instant to;
    Kind kind = Kind::Counted;
    // The holiday's name, the status that paused the clock, or the maintenance window's
    // SlaPause::reason.
    QString detail;
    bool projected = false; // after "now": how the clock will run if nothing changes
};

// One cycle of a clock: from its start to its stop (response, resolution, next update).
struct ClockCycle
{
    Instant start;
    std::optional<Instant> stop;
    QString severity;
    QString tier;
    int policyVersion = 0;
    ClockState state = ClockState::Running;
    std::optional<Instant> due;
    Seconds budget{0};
    Seconds elapsed{0};
};

class BusinessCalendar;

struct MetricState
{
    Metric metric = Metric::InitialResponse;
    ClockState state = ClockState::NotStarted;
    const Target *target = nullptr; // null: no commitment for this metric
    QString calendar;               // the key of the calendar it counts on
    // The calendar the clock counts on (owned by the engine), so a view can tell the remaining
    // time at any later instant with one between() while nothing else changes.
    const BusinessCalendar *counting = nullptr;
    Instant evaluatedAt;
    std::optional<Instant> due; // when running: as things stand; when paused: unknown
    Seconds budget{0};          // business time allowed
    Seconds elapsed{0};         // business time used so far
    Seconds remaining{0};       // budget - elapsed; negative when overdue
    // Not counting now (waiting on the customer, scheduled work), whether or not it has
    // breached: a breached clock that is paused keeps its overdue time where it was.
    bool paused = false;
    double elapsedPercent = 0;
    int warningLevel = 0;  // how many warning thresholds have been crossed
    int warningLevels = 0; // how many the metric has
    // The next instant this metric's state changes by itself (a warning level or the breach),
    // so a view can set one timer instead of polling; none while paused or finished.
    std::optional<Instant> nextChange;
    ClockCycle current;
    QList<ClockCycle> history; // earlier cycles, oldest first
    QList<ExplainSegment> explain;
};

struct TicketSla
{
    QString severity; // after triage, as things stand
    QString tier;
    int policyVersion = 0;
    QString productArea;
    bool beta = false; // on a beta feature: no SLA, and no metric
    QList<MetricState> metrics;
    std::optional<Instant> nextChange;

    const MetricState *metric(Metric metric) const;
};

inline const MetricState *TicketSla::metric(Metric wanted) const
{
    for (const MetricState &state : metrics) {
        if (state.metric == wanted)
            return &state;
    }
    return nullptr;
}

} // namespace hourglass
