// A rotation's schedule compiled for questions: who is on call at T, its periods and shifts,
// for any instant, as the schedule stood then or as it stands now.
#include "oncall/oncallschedule.h"

#include "time/wallclock.h"

#include <date/tz.h>

#include <algorithm>
#include <limits>

namespace hourglass {

namespace {

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

qint64 positiveModulo(qint64 a, qint64 b)
{
    const qint64 r = a % b;
    return r < 0 ? r + b : r;
}

constexpr qint64 noPeriod = std::numeric_limits<qint64>::min();

} // namespace

struct OnCallSchedule::Compiled
{
    int revision = 0;
    Instant recordedAt;
    Rotation rotation;
    const date::time_zone *zone = nullptr;
    qint64 days = 0;                   // a period's length in days by the rule; 0: custom
    std::vector<Instant> customStarts; // custom: every handoff, the last one ends the schedule
    std::vector<qint64> customDays;    // custom: days from each handoff to the next

    Instant handoff(qint64 k) const
    {
        if (days == 0)
            return customStarts[size_t(k)];
        const date::local_seconds local{rotation.firstHandoff + date::days{k * days}};
        return resolveWallClock(*zone, local + rotation.handoffTime);
    }
    qint64 periodCount() const
    {
        return days == 0 ? qint64(customStarts.size()) - 1 : std::numeric_limits<qint64>::max();
    }
    // The period running at t, or noPeriod.
    qint64 periodIndex(Instant t) const
    {
        if (days == 0) {
            const auto after = std::upper_bound(customStarts.begin(), customStarts.end(), t);
            if (after == customStarts.begin() || after == customStarts.end())
                return noPeriod;
            return qint64(after - customStarts.begin()) - 1;
        }
        // The local date of the last handoff time at or before t, then one step either way
        // for the handoffs a gap moved.
        const date::local_seconds local = zone->to_local(t);
        const qint64 day = (date::floor<date::days>(local - rotation.handoffTime)
                            - rotation.firstHandoff)
                               .count();
        qint64 k = floorDiv(day, days);
        if (t < handoff(k))
            --k;
        else if (t >= handoff(k + 1))
            ++k;
        return k < 0 ? noPeriod : k;
    }
    Seconds nominal(qint64 k) const
    {
        return Seconds{(days == 0 ? customDays[size_t(k)] : days) * 86400};
    }
};

OnCallSchedule::OnCallSchedule(const QList<RotationRevision> &revisions,
                               const QList<OnCallOverride> &overrides)
    : m_overridesAsGiven(overrides)
{
    for (const RotationRevision &r : revisions) {
        r.rotation.validate();
        Compiled c;
        c.revision = r.revision;
        c.recordedAt = r.recordedAt;
        c.rotation = r.rotation;
        c.zone = date::locate_zone(r.rotation.zone.toStdString());
        c.days = r.rotation.periodDays();
        if (c.days == 0) {
            const QList<date::local_days> dates = r.rotation.customDates();
            for (qsizetype i = 0; i < dates.size(); ++i) {
                c.customStarts.push_back(
                    resolveWallClock(*c.zone,
                                     date::local_seconds{dates.at(i)} + r.rotation.handoffTime));
                if (i + 1 < dates.size())
                    c.customDays.push_back((dates.at(i + 1) - dates.at(i)).count());
            }
        }
        m_revisions.push_back(std::move(c));
    }
    std::stable_sort(m_revisions.begin(), m_revisions.end(), [](const auto &a, const auto &b) {
        return a.recordedAt < b.recordedAt;
    });
    m_overrides.assign(overrides.begin(), overrides.end());
    std::stable_sort(m_overrides.begin(), m_overrides.end(), [](const auto &a, const auto &b) {
        return a.start < b.start;
    });
    for (const OnCallOverride &o : m_overrides)
        m_longestOverride = std::max(m_longestOverride, o.end - o.start);
}

OnCallSchedule::~OnCallSchedule() = default;
OnCallSchedule::OnCallSchedule(OnCallSchedule &&) noexcept = default;
OnCallSchedule &OnCallSchedule::operator=(OnCallSchedule &&) noexcept = default;

const Rotation &OnCallSchedule::rotation() const
{
    return m_revisions.back().rotation;
}

const OnCallSchedule::Compiled &OnCallSchedule::revisionKnownAt(Instant t) const
{
    const auto after = std::upper_bound(m_revisions.begin(),
                                        m_revisions.end(),
                                        t,
                                        [](Instant v, const Compiled &c) {
                                            return v < c.recordedAt;
                                        });
    // Before the first revision was written nothing said otherwise: the first one answers.
    return after == m_revisions.begin() ? m_revisions.front() : *(after - 1);
}

OnCallAnswer OnCallSchedule::at(Instant t, std::optional<Instant> knownAt) const
{
    const Instant known = knownAt.value_or(t);
    const Compiled &c = revisionKnownAt(known);
    OnCallAnswer answer;
    answer.revision = c.revision;
    answer.level2 = c.rotation.level2;
    answer.level3 = c.rotation.level3;
    const qint64 k = c.periodIndex(t);
    if (k == noPeriod)
        return answer;
    answer.period = k;
    answer.periodStart = c.handoff(k);
    answer.periodEnd = c.handoff(k + 1);
    const QStringList &people = c.rotation.people;
    const qint64 n = people.size();
    const qint64 first = positiveModulo(k, n);
    answer.prime = people.at(first);
    for (int i = 1; i <= c.rotation.secondaries; ++i)
        answer.secondaries.append(people.at(positiveModulo(first + i, n)));

    // The overrides running at t and known then, in the order they were recorded.
    const auto end = std::upper_bound(m_overrides.begin(),
                                      m_overrides.end(),
                                      t,
                                      [](Instant v, const OnCallOverride &o) {
                                          return v < o.start;
                                      });
    const OnCallOverride *running[32];
    std::vector<const OnCallOverride *> more;
    int count = 0;
    for (auto it = end; it != m_overrides.begin();) {
        --it;
        if (it->start < t - m_longestOverride)
            break;
        if (t < it->end && it->knownAt(known)) {
            if (count < 32)
                running[count++] = &*it;
            else
                more.push_back(&*it);
        }
    }
    if (count == 0)
        return answer;
    more.insert(more.begin(), running, running + count);
    std::sort(more.begin(), more.end(), [](const OnCallOverride *a, const OnCallOverride *b) {
        return a->recordedAt != b->recordedAt ? a->recordedAt < b->recordedAt : a->id < b->id;
    });
    answer.standingInFor = QStringList(answer.secondaries.size() + 1, QString());
    for (const OnCallOverride *o : more) {
        bool applied = false;
        if (answer.prime == o->covered) {
            answer.prime = o->cover;
            if (answer.standingInFor[0].isEmpty())
                answer.standingInFor[0] = o->covered;
            applied = true;
        }
        for (qsizetype i = 0; i < answer.secondaries.size(); ++i) {
            if (answer.secondaries.at(i) == o->covered) {
                answer.secondaries[i] = o->cover;
                if (answer.standingInFor[i + 1].isEmpty())
                    answer.standingInFor[i + 1] = o->covered;
                applied = true;
            }
        }
        if (applied)
            answer.overrides.append(o->id);
    }
    if (answer.overrides.isEmpty())
        answer.standingInFor.clear();
    return answer;
}

void OnCallSchedule::periodsOf(const Compiled &c,
                               Instant from,
                               Instant to,
                               std::vector<OnCallPeriod> &out) const
{
    if (from >= to)
        return;
    qint64 k = c.periodIndex(from);
    if (k == noPeriod) {
        // Before the first handoff (or after a custom rotation's end).
        if (c.days == 0 && (c.customStarts.empty() || from >= c.customStarts.back()))
            return;
        k = 0;
    }
    for (; k < c.periodCount(); ++k) {
        const Instant start = c.handoff(k);
        if (start >= to)
            break;
        const Instant end = c.handoff(k + 1);
        if (end <= from)
            continue;
        out.push_back({k, std::max(start, from), std::min(end, to), c.revision, c.nominal(k)});
    }
}

std::vector<OnCallPeriod> OnCallSchedule::periods(Instant from,
                                                  Instant to,
                                                  std::optional<Instant> knownAt) const
{
    std::vector<OnCallPeriod> out;
    if (knownAt) {
        periodsOf(revisionKnownAt(*knownAt), from, to, out);
        return out;
    }
    // Each revision over the stretch it was in force; the first from the beginning of time.
    for (size_t i = 0; i < m_revisions.size(); ++i) {
        const Instant lo = i == 0 ? from : std::max(from, m_revisions[i].recordedAt);
        const Instant hi = i + 1 < m_revisions.size() ? std::min(to, m_revisions[i + 1].recordedAt)
                                                      : to;
        periodsOf(m_revisions[i], lo, hi, out);
    }
    return out;
}

std::vector<OnCallSegment> OnCallSchedule::segments(Instant from,
                                                    Instant to,
                                                    std::optional<Instant> knownAt) const
{
    std::vector<Instant> cuts{from, to};
    for (const OnCallPeriod &p : periods(from, to, knownAt)) {
        cuts.push_back(p.start);
        cuts.push_back(p.end);
    }
    for (const OnCallOverride &o : m_overrides) {
        cuts.push_back(o.start);
        cuts.push_back(o.end);
        if (!knownAt) {
            cuts.push_back(o.recordedAt);
            if (o.withdrawnAt)
                cuts.push_back(*o.withdrawnAt);
        }
    }
    if (!knownAt) {
        for (const Compiled &c : m_revisions)
            cuts.push_back(c.recordedAt);
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    std::vector<OnCallSegment> out;
    for (size_t i = 0; i + 1 < cuts.size(); ++i) {
        if (cuts[i] < from || cuts[i + 1] > to)
            continue;
        OnCallAnswer answer = at(cuts[i], knownAt);
        // Neighbours saying the same are one segment.
        if (!out.empty() && out.back().end == cuts[i] && out.back().answer.prime == answer.prime
            && out.back().answer.secondaries == answer.secondaries
            && out.back().answer.period == answer.period
            && out.back().answer.overrides == answer.overrides
            && out.back().answer.revision == answer.revision) {
            out.back().end = cuts[i + 1];
            continue;
        }
        out.push_back({cuts[i], cuts[i + 1], std::move(answer)});
    }
    return out;
}

std::vector<OnCallShift> OnCallSchedule::shifts(Instant from,
                                                Instant to,
                                                std::optional<Instant> knownAt) const
{
    std::vector<OnCallShift> out;
    std::vector<qsizetype> previous; // per position: the shift the last segment had there
    Instant lastEnd = from;
    for (const OnCallSegment &segment : segments(from, to, knownAt)) {
        const OnCallAnswer &a = segment.answer;
        if (!a.isCovered()) {
            previous.clear();
            continue;
        }
        const QStringList people = a.contacts();
        std::vector<qsizetype> now(size_t(people.size()), -1);
        for (qsizetype position = 0; position < people.size(); ++position) {
            const QString standingIn = a.standingInFor.isEmpty() ? QString()
                                                                 : a.standingInFor.at(position);
            qint64 overrideId = 0;
            if (!standingIn.isEmpty()) {
                // The first override applied that replaced someone in this position.
                for (qint64 id : a.overrides) {
                    for (const OnCallOverride &o : m_overrides) {
                        if (o.id == id && o.covered == standingIn) {
                            overrideId = id;
                            break;
                        }
                    }
                    if (overrideId != 0)
                        break;
                }
            }
            if (size_t(position) < previous.size() && previous[size_t(position)] >= 0
                && lastEnd == segment.start) {
                OnCallShift &before = out[size_t(previous[size_t(position)])];
                if (before.person == people.at(position) && before.period == a.period
                    && before.standingInFor == standingIn && before.end == segment.start) {
                    before.end = segment.end;
                    now[size_t(position)] = previous[size_t(position)];
                    continue;
                }
            }
            now[size_t(position)] = qsizetype(out.size());
            out.push_back({segment.start,
                           segment.end,
                           people.at(position),
                           int(position),
                           a.period,
                           overrideId,
                           standingIn});
        }
        previous = std::move(now);
        lastEnd = segment.end;
    }
    std::stable_sort(out.begin(), out.end(), [](const OnCallShift &a, const OnCallShift &b) {
        return a.start != b.start ? a.start < b.start : a.position < b.position;
    });
    return out;
}

} // namespace hourglass
