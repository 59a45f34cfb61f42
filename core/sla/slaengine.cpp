// Derives every SLA clock of a ticket from its timeline and its policy, at any instant.
#include "sla/slaengine.h"

#include "tickets/ticketstatus.h"

#include "io/inputerror.h"

#include <QCoreApplication>

#include <algorithm>
#include <span>
#include <unordered_map>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::SlaEngine)
};

QString calendarKey(const QString &policy, int version, const QString &calendar)
{
    return policy + u'|' + QString::number(version) + u'|' + calendar;
}

struct Pause
{
    Instant from;
    std::optional<Instant> to;
    QString reason;
    bool maintenance = false; // an SlaPause given by the caller, not a status of the ticket
};

// A cycle as the replay found it, before any policy arithmetic.
struct RawCycle
{
    Instant start;
    std::optional<Instant> stop;
    QString severity;
    QString tier;
    int version = 0;
    std::optional<Instant> scheduledFor;
};

struct Replay
{
    QString area;
    QString severity;
    QString tier;
    int version = 0;
    std::optional<Instant> scheduledFor;
    std::vector<Pause> pauses;
    std::optional<RawCycle> initial;
    std::vector<RawCycle> resolution;
    std::vector<RawCycle> updates;
};

// [from, to) minus the pauses (sorted by start, possibly overlapping: an overlap is the
// earlier pause's): the stretches during which a clock runs.
struct Stretch
{
    Instant from;
    Instant to;
    bool paused;
    QString reason;
    bool maintenance = false;
};

std::vector<Stretch> stretches(Instant from, Instant to, const std::vector<Pause> &pauses)
{
    std::vector<Stretch> result;
    Instant cursor = from;
    for (const Pause &pause : pauses) {
        const Instant pauseEnd = pause.to.value_or(Instant::max());
        if (pauseEnd <= cursor || pause.from >= to)
            continue;
        const Instant pauseStart = std::max(pause.from, cursor);
        if (cursor < pauseStart)
            result.push_back({cursor, pauseStart, false, QString()});
        const Instant stop = std::min(pauseEnd, to);
        if (pauseStart < stop)
            result.push_back({pauseStart, stop, true, pause.reason, pause.maintenance});
        cursor = std::max(cursor, stop);
    }
    if (cursor < to)
        result.push_back({cursor, to, false, QString()});
    return result;
}

void appendExplain(QList<ExplainSegment> &out,
                   const BusinessCalendar &calendar,
                   Instant from,
                   Instant to,
                   bool projected)
{
    for (const CalendarSegment &segment : calendar.explain(from, to)) {
        ExplainSegment::Kind kind = ExplainSegment::Kind::Counted;
        if (segment.kind == CalendarSegment::Kind::OutsideHours)
            kind = ExplainSegment::Kind::OutsideHours;
        else if (segment.kind == CalendarSegment::Kind::Holiday)
            kind = ExplainSegment::Kind::Holiday;
        out.append({segment.from, segment.to, kind, segment.holiday, projected});
    }
}

// The instant `amount` of business time after `from` on `counting`, not counting the
// maintenance pauses ahead (sorted by start).
Instant projectAcross(const BusinessCalendar &counting,
                      Instant from,
                      Seconds amount,
                      std::span<const SlaPause> ahead)
{
    Instant cursor = from;
    for (const SlaPause &pause : ahead) {
        if (pause.to <= cursor)
            continue;
        if (pause.from > cursor) {
            const Seconds available = counting.between(cursor, pause.from);
            if (available >= amount)
                return counting.add(cursor, amount);
            amount -= available;
        }
        cursor = std::max(cursor, pause.to);
    }
    return counting.add(cursor, amount);
}

// What lies between `from` and a projected due time: counted and uncounted stretches of the
// calendar, and the maintenance pauses ahead.
void appendProjected(QList<ExplainSegment> &out,
                     const BusinessCalendar &counting,
                     Instant from,
                     Instant to,
                     std::span<const SlaPause> ahead)
{
    Instant cursor = from;
    for (const SlaPause &pause : ahead) {
        if (pause.to <= cursor || pause.from >= to)
            continue;
        if (pause.from > cursor)
            appendExplain(out, counting, cursor, pause.from, true);
        const Instant stop = std::min(pause.to, to);
        out.append({std::max(cursor, pause.from),
                    stop,
                    ExplainSegment::Kind::Maintenance,
                    pause.reason,
                    true});
        cursor = stop;
    }
    if (cursor < to)
        appendExplain(out, counting, cursor, to, true);
}

} // namespace

struct SlaEngine::Calendars
{
    std::unordered_map<QString, std::unique_ptr<BusinessCalendar>> byKey;
    // The same calendars by policy and key name, found without building a string each time.
    QHash<const Policy *, QHash<QString, const BusinessCalendar *>> byPolicy;
    // Calendar-day targets run on the wall clock once their length is known.
    BusinessCalendar wallClock{CalendarDefinition::twentyFourSeven()};
};

SlaEngine::SlaEngine(const QList<Policy> &policies)
    : m_calendars(std::make_unique<Calendars>())
    , m_policies(policies)
{
    for (const Policy &policy : m_policies) {
        for (auto it = policy.calendars.begin(); it != policy.calendars.end(); ++it) {
            auto calendar = std::make_unique<BusinessCalendar>(it.value());
            m_calendars->byPolicy[&policy].insert(it.key(), calendar.get());
            m_calendars->byKey.emplace(calendarKey(policy.id, policy.version, it.key()),
                                       std::move(calendar));
        }
    }
}

SlaEngine::~SlaEngine() = default;

const Policy *SlaEngine::policy(const QString &id, int version) const
{
    for (const Policy &candidate : m_policies) {
        if (candidate.id == id && candidate.version == version)
            return &candidate;
    }
    return nullptr;
}

const Policy *SlaEngine::latestPolicy(const QString &id) const
{
    const Policy *latest = nullptr;
    for (const Policy &candidate : m_policies) {
        if (candidate.id == id && (!latest || candidate.version > latest->version))
            latest = &candidate;
    }
    return latest;
}

const BusinessCalendar &SlaEngine::calendar(const Policy &policy, const QString &key) const
{
    // Policies of this engine by address, with no key string to build; others by name.
    if (const auto byPolicy = m_calendars->byPolicy.constFind(&policy);
        byPolicy != m_calendars->byPolicy.constEnd()) {
        if (const BusinessCalendar *found = byPolicy->value(key))
            return *found;
    } else if (const auto it = m_calendars->byKey.find(calendarKey(policy.id, policy.version, key));
               it != m_calendars->byKey.end()) {
        return *it->second;
    }
    throw InputError(policy.id,
                     QStringLiteral("calendars"),
                     Tr::tr("unknown calendar \"%1\"").arg(key));
}

QString SlaEngine::triage(const Policy &policy,
                          const QString &channel,
                          const QString &requested,
                          Instant at) const
{
    QString severity = requested.isEmpty() ? policy.defaultSeverityFor(channel) : requested;
    const Severity *rule = policy.severity(severity);
    if (rule && !rule->onlyOutsideCalendar.isEmpty()
        && calendar(policy, rule->onlyOutsideCalendar).isBusinessTime(at))
        severity = rule->otherwise;
    return severity;
}

TicketSla SlaEngine::evaluate(const TicketTimeline &timeline,
                              Instant now,
                              Explain explain,
                              const std::vector<SlaPause> &maintenance) const
{
    if (!timeline.unreadable.isEmpty())
        throw InputError(QString(), QString(), timeline.unreadable);
    Replay replay;
    replay.version = timeline.policyVersion;
    QString channel;
    bool created = false;
    bool resolved = false;
    const auto policyAt = [&](int version) {
        const Policy *found = policy(timeline.policyId, version);
        if (!found)
            throw InputError(QString(),
                             QStringLiteral("policy"),
                             Tr::tr("unknown policy \"%1\" version %2")
                                 .arg(timeline.policyId)
                                 .arg(version));
        return found;
    };
    const auto stamp = [&](RawCycle &cycle) {
        cycle.severity = replay.severity;
        cycle.tier = replay.tier;
        cycle.version = replay.version;
        cycle.scheduledFor = replay.scheduledFor;
    };
    const auto stop = [&](std::optional<RawCycle> &cycle, Instant at) {
        if (cycle && !cycle->stop) {
            cycle->stop = at;
            stamp(*cycle);
        }
    };
    const auto stopLast = [&](std::vector<RawCycle> &cycles, Instant at) {
        if (!cycles.empty() && !cycles.back().stop) {
            cycles.back().stop = at;
            stamp(cycles.back());
        }
    };
    const auto endPause = [&](Instant at) {
        if (!replay.pauses.empty() && !replay.pauses.back().to)
            replay.pauses.back().to = at;
    };
    const auto isPaused = [&] {
        return !replay.pauses.empty() && !replay.pauses.back().to;
    };

    for (const TicketEvent &event : timeline.events) {
        if (event.at > now)
            break;
        if (!created && event.kind != TicketEvent::Kind::Created)
            throw InputError(QString(),
                             QStringLiteral("events"),
                             Tr::tr("the first event must be \"created\""));
        switch (event.kind) {
        case TicketEvent::Kind::Created:
            if (created)
                throw InputError(QString(),
                                 QStringLiteral("events"),
                                 Tr::tr("a ticket is created only once"));
            created = true;
            channel = event.channel;
            replay.tier = event.tier;
            replay.area = event.area;
            replay.severity = triage(*policyAt(replay.version), channel, event.value, event.at);
            replay.initial = RawCycle{event.at, {}, {}, {}, 0, {}};
            replay.resolution.push_back({event.at, {}, {}, {}, 0, {}});
            break;
        case TicketEvent::Kind::SeverityChanged:
            replay.severity = triage(*policyAt(replay.version), channel, event.value, event.at);
            break;
        case TicketEvent::Kind::TierChanged:
            replay.tier = event.value;
            break;
        case TicketEvent::Kind::PolicyChanged:
            policyAt(event.version);
            replay.version = event.version;
            break;
        case TicketEvent::Kind::StatusChanged: {
            const auto status = ticketStatusFromKey(event.value);
            const bool pausing = status && isPausing(*status);
            if (pausing && !isPaused() && !resolved)
                replay.pauses.push_back({event.at, {}, event.value});
            else if (!pausing)
                endPause(event.at);
            break;
        }
        case TicketEvent::Kind::CustomerReplied:
            endPause(event.at);
            break;
        case TicketEvent::Kind::Responded:
        case TicketEvent::Kind::Updated:
            if (event.kind == TicketEvent::Kind::Responded)
                stop(replay.initial, event.at);
            // Each public response or update starts the next periodic-update cycle.
            stopLast(replay.updates, event.at);
            if (!resolved) {
                replay.updates.push_back({event.at, {}, {}, {}, 0, {}});
            }
            break;
        case TicketEvent::Kind::ScheduledFor:
            replay.scheduledFor = event.scheduledFor;
            break;
        case TicketEvent::Kind::Resolved:
            if (resolved)
                break;
            // The resolution reaches the customer, so it answers a pending first response.
            stop(replay.initial, event.at);
            stopLast(replay.resolution, event.at);
            stopLast(replay.updates, event.at);
            endPause(event.at);
            resolved = true;
            break;
        case TicketEvent::Kind::Reopened:
            if (!resolved)
                break;
            resolved = false;
            replay.resolution.push_back({event.at, {}, {}, {}, 0, {}});
            break;
        case TicketEvent::Kind::Assigned:
        case TicketEvent::Kind::Note:
            break;
        }
    }
    if (!created)
        throw InputError(QString(),
                         QStringLiteral("events"),
                         Tr::tr("the ticket has no \"created\" event at or before %1")
                             .arg(formatInstant(now)));
    // Running cycles take the values in force now: re-targeting keeps elapsed and paused time.
    if (replay.initial && !replay.initial->stop)
        stamp(*replay.initial);
    for (std::vector<RawCycle> *cycles : {&replay.resolution, &replay.updates}) {
        if (!cycles->empty() && !cycles->back().stop)
            stamp(cycles->back());
    }

    // The ticket's own pauses and the maintenance windows that affect it, by start; the
    // windows alone, by start, for what lies ahead of now.
    // A queue gives every ticket of a customer a year of windows: given in order, none empty
    // (as MaintenancePauses gives them), they are read where they are, not copied or sorted.
    const auto byStart = [](const SlaPause &a, const SlaPause &b) {
        return std::tie(a.from, a.to) < std::tie(b.from, b.to);
    };
    std::span<const SlaPause> ahead(maintenance);
    std::vector<SlaPause> sorted;
    if (!std::is_sorted(maintenance.begin(), maintenance.end(), byStart)
        || std::any_of(maintenance.begin(), maintenance.end(), [](const SlaPause &p) {
               return !(p.from < p.to);
           })) {
        for (const SlaPause &pause : maintenance) {
            if (pause.from < pause.to)
                sorted.push_back(pause);
        }
        std::sort(sorted.begin(), sorted.end(), byStart);
        ahead = sorted;
    }
    // What has been counted runs from the opening to now at most: only the windows that began
    // before now and end after the opening take part in it.
    const Instant opening = timeline.events.isEmpty() ? now : timeline.events.constFirst().at;
    std::vector<Pause> pauses = replay.pauses;
    for (const SlaPause &pause : ahead) {
        if (pause.from >= now)
            break;
        if (pause.to > opening)
            pauses.push_back({pause.from, pause.to, pause.reason, true});
    }
    std::stable_sort(pauses.begin(), pauses.end(), [](const Pause &a, const Pause &b) {
        return a.from < b.from;
    });
    const bool statusPaused = !replay.pauses.empty() && !replay.pauses.back().to;
    const bool inMaintenance = std::any_of(ahead.begin(), ahead.end(), [&](const SlaPause &p) {
        return p.from <= now && now < p.to;
    });
    // The next start or end of a window: the instant a running clock pauses or resumes.
    std::optional<Instant> nextBoundary;
    for (const SlaPause &pause : ahead) {
        const Instant boundary = pause.from > now ? pause.from : pause.to;
        if (boundary > now && (!nextBoundary || boundary < *nextBoundary))
            nextBoundary = boundary;
    }

    TicketSla result;
    result.severity = replay.severity;
    result.tier = replay.tier;
    result.policyVersion = replay.version;
    result.productArea = replay.area;
    // A beta feature carries no support commitment: no clock at all, whatever the targets.
    if (policyAt(replay.version)->isBeta(replay.area)) {
        result.beta = true;
        return result;
    }

    // Fills `cycle` (and, for the current cycle, `state`) for one cycle of one metric.
    const auto evaluateCycle = [&](const RawCycle &raw, Metric metric, MetricState *state) {
        ClockCycle cycle;
        cycle.start = raw.start;
        cycle.stop = raw.stop;
        cycle.severity = raw.severity;
        cycle.tier = raw.tier;
        cycle.policyVersion = raw.version;
        const Policy &policy = *policyAt(raw.version);
        const Target *target = policy.target(metric, raw.severity, raw.tier);
        if (state) {
            state->target = target;
            state->calendar = target ? target->calendar : QString();
            state->evaluatedAt = now;
        }
        if (!target || target->kind == Target::Kind::BestEffort) {
            cycle.state = ClockState::BestEffort;
            return cycle;
        }
        const Instant end = raw.stop.value_or(now);
        const bool stopped = raw.stop.has_value();
        // Paused by the ticket's status: the due time is unknown until it resumes. Paused by
        // maintenance: it resumes when the window ends, so the due time is known.
        const bool waiting = !stopped && statusPaused;
        const bool maintained = !stopped && !waiting && inMaintenance;
        const bool paused = waiting || maintained;
        const BusinessCalendar &targetCalendar = calendar(policy, target->calendar);
        const std::vector<Stretch> pieces = stretches(raw.start, end, pauses);

        if (target->kind == Target::Kind::Scheduled) {
            // Due at an absolute time: pauses do not move it.
            if (!raw.scheduledFor) {
                cycle.state = ClockState::AwaitingSchedule;
                return cycle;
            }
            const Instant due = *raw.scheduledFor;
            cycle.due = due;
            if (state)
                state->counting = &targetCalendar;
            cycle.budget = targetCalendar.between(raw.start, std::max(raw.start, due));
            cycle.elapsed = targetCalendar.between(raw.start, end);
            cycle.state = stopped ? (end <= due ? ClockState::Met : ClockState::Breached)
                                  : (end >= due ? ClockState::Breached : ClockState::Running);
            if (state) {
                state->remaining = end <= due ? targetCalendar.between(end, due)
                                              : -targetCalendar.between(due, end);
                if (explain == Explain::Yes) {
                    appendExplain(state->explain, targetCalendar, raw.start, end, false);
                    if (!stopped && due > end)
                        appendExplain(state->explain, targetCalendar, end, due, true);
                }
            }
            return cycle;
        }

        const BusinessCalendar &counting = target->kind == Target::Kind::CalendarDays
                                               ? m_calendars->wallClock
                                               : targetCalendar;
        Seconds budget{0};
        switch (target->kind) {
        case Target::Kind::Duration:
            budget = target->duration;
            break;
        case Target::Kind::BusinessDays:
            budget = *targetCalendar.definition().businessDay * target->days;
            break;
        case Target::Kind::CalendarDays:
            budget = targetCalendar.addCalendarDays(raw.start, target->days) - raw.start;
            break;
        case Target::Kind::Immediate:
        case Target::Kind::Scheduled:
        case Target::Kind::BestEffort:
            break;
        }
        cycle.budget = budget;
        if (state)
            state->counting = &counting;

        Seconds elapsed{0};
        std::optional<Instant> due;
        for (const Stretch &piece : pieces) {
            if (piece.paused)
                continue;
            const Seconds counted = counting.between(piece.from, piece.to);
            if (!due && elapsed + counted >= budget)
                due = counting.add(piece.from, budget - elapsed);
            elapsed += counted;
        }
        // Not yet reached: as things stand, from the end of the last stretch, across the
        // maintenance ahead (not while waiting: nobody knows when that ends).
        if (!due && !waiting)
            due = projectAcross(counting, end, budget - elapsed, ahead);
        cycle.elapsed = elapsed;
        cycle.due = due;
        if (stopped)
            cycle.state = elapsed <= budget ? ClockState::Met : ClockState::Breached;
        else if (elapsed >= budget)
            cycle.state = ClockState::Breached;
        else
            cycle.state = paused ? ClockState::Paused : ClockState::Running;

        if (!state)
            return cycle;
        state->paused = paused;
        state->remaining = budget - elapsed;
        // Warning thresholds as amounts of elapsed business time, lowest first.
        std::vector<Seconds> thresholds;
        for (const WarningLevel &level : policy.warningsFor(*target)) {
            const Seconds threshold = level.percent ? Seconds{qint64(double(budget.count())
                                                                     * *level.percent / 100.0)}
                                                    : std::max(Seconds{0}, budget - *level.before);
            thresholds.push_back(threshold);
        }
        std::sort(thresholds.begin(), thresholds.end());
        state->warningLevels = int(thresholds.size());
        state->warningLevel = int(std::count_if(thresholds.begin(),
                                                thresholds.end(),
                                                [&](Seconds t) { return elapsed >= t; }));
        const bool counts = cycle.state == ClockState::Running
                            || (cycle.state == ClockState::Paused && maintained);
        if (counts) {
            thresholds.push_back(budget);
            for (Seconds threshold : thresholds) {
                if (threshold > elapsed) {
                    state->nextChange = projectAcross(counting, end, threshold - elapsed, ahead);
                    break;
                }
            }
            if (nextBoundary && (!state->nextChange || *nextBoundary < *state->nextChange))
                state->nextChange = nextBoundary;
        }
        if (explain == Explain::Yes) {
            for (const Stretch &piece : pieces) {
                if (piece.paused)
                    state->explain.append({piece.from,
                                           piece.to,
                                           piece.maintenance ? ExplainSegment::Kind::Maintenance
                                                             : ExplainSegment::Kind::Paused,
                                           piece.reason,
                                           false});
                else
                    appendExplain(state->explain, counting, piece.from, piece.to, false);
            }
            if (counts && due && *due > end)
                appendProjected(state->explain, counting, end, *due, ahead);
        }
        return cycle;
    };

    const auto finish = [&](MetricState &state) {
        const ClockCycle &cycle = state.current;
        state.state = cycle.state;
        state.due = cycle.due;
        state.budget = cycle.budget;
        state.elapsed = cycle.elapsed;
        if (cycle.state == ClockState::Met || cycle.state == ClockState::Breached
            || cycle.state == ClockState::Running || cycle.state == ClockState::Paused) {
            state.elapsedPercent = cycle.budget.count() > 0 ? 100.0 * double(cycle.elapsed.count())
                                                                  / double(cycle.budget.count())
                                                            : 100.0;
        }
        if (state.target && state.target->kind == Target::Kind::Scheduled && cycle.due
            && cycle.state == ClockState::Running) {
            // Warnings of a scheduled target fall at shares of the time until it is due.
            const Policy &policy = *policyAt(cycle.policyVersion);
            const BusinessCalendar &c = calendar(policy, state.target->calendar);
            std::vector<Instant> instants;
            for (const WarningLevel &level : policy.warningsFor(*state.target)) {
                instants.push_back(level.percent
                                       ? c.add(cycle.start,
                                               Seconds{qint64(double(cycle.budget.count())
                                                              * *level.percent / 100.0)})
                                       : std::max(cycle.start, *cycle.due - *level.before));
            }
            std::sort(instants.begin(), instants.end());
            state.warningLevels = int(instants.size());
            const Instant at = std::min(now, *cycle.due);
            state.warningLevel = int(
                std::count_if(instants.begin(), instants.end(), [&](Instant i) { return i <= at; }));
            instants.push_back(*cycle.due);
            for (Instant i : instants) {
                if (i > now) {
                    state.nextChange = i;
                    break;
                }
            }
        }
    };

    const auto metricFrom = [&](Metric metric, const std::vector<RawCycle> &cycles) {
        MetricState state;
        state.metric = metric;
        if (cycles.empty()) {
            // Not started, but say so only when the policy commits to this metric.
            state.target = policyAt(replay.version)->target(metric, replay.severity, replay.tier);
            if (!state.target)
                return;
            state.calendar = state.target->calendar;
            state.state = state.target->kind == Target::Kind::BestEffort ? ClockState::BestEffort
                                                                         : ClockState::NotStarted;
            result.metrics.append(state);
            return;
        }
        for (std::size_t i = 0; i + 1 < cycles.size(); ++i)
            state.history.append(evaluateCycle(cycles[i], metric, nullptr));
        state.current = evaluateCycle(cycles.back(), metric, &state);
        if (!state.target)
            return;
        finish(state);
        result.metrics.append(state);
    };

    std::vector<RawCycle> initial;
    if (replay.initial)
        initial.push_back(*replay.initial);
    metricFrom(Metric::InitialResponse, initial);
    metricFrom(Metric::PeriodicUpdate, replay.updates);
    metricFrom(Metric::Resolution, replay.resolution);

    for (const MetricState &state : result.metrics) {
        if (state.nextChange && (!result.nextChange || *state.nextChange < *result.nextChange))
            result.nextChange = state.nextChange;
    }
    return result;
}

} // namespace hourglass
