// A rotation's schedule compiled for questions: who is on call at T, its periods and shifts,
// for any instant, as the schedule stood then or as it stands now.
#pragma once

#include "oncall/oncallanswer.h"
#include "oncall/oncalloverride.h"
#include "oncall/rotation.h"

#include <QList>

#include <optional>
#include <vector>

namespace date {
class time_zone;
}

namespace hourglass {

// The rules (docs/oncall.md):
// - Period k of a daily, weekly or every-N-days rotation starts at the handoff time on the
//   local date firstHandoff + k x N days in the rotation's zone, so handoffs keep their
//   wall-clock time across changes of the clocks; a custom rotation's periods run from one
//   listed date's handoff to the next. A handoff time the clocks skip that day happens at the
//   first instant after the gap, one they repeat at its first occurrence (resolveWallClock).
//   A period crossing a change is 23 h or 25 h long (for a daily rotation) and stays so.
// - Before the first handoff (and after a custom rotation's last date) nobody is on call.
// - History: every revision and override is kept with the instant it was recorded. By
//   default an instant T is answered with the schedule as it stood at T: the latest revision
//   recorded at or before T (the first revision for instants before it was written), and the
//   overrides recorded at or before T and not withdrawn by then. Given `knownAt`, every
//   instant is answered with the schedule as it stood at `knownAt` instead ("as corrected").
class OnCallSchedule
{
public:
    // Revisions in any order (at least one); the overrides of this rotation. Throws InputError
    // for a revision that does not validate.
    OnCallSchedule(const QList<RotationRevision> &revisions,
                   const QList<OnCallOverride> &overrides = {});
    ~OnCallSchedule();
    OnCallSchedule(OnCallSchedule &&) noexcept;
    OnCallSchedule &operator=(OnCallSchedule &&) noexcept;

    // The latest revision's rotation.
    const Rotation &rotation() const;
    const QList<OnCallOverride> &overrides() const { return m_overridesAsGiven; }

    OnCallAnswer at(Instant t, std::optional<Instant> knownAt = std::nullopt) const;
    // The periods that run during [from, to), clipped to it and, by default, to the stretch
    // each revision was in force.
    std::vector<OnCallPeriod> periods(Instant from,
                                      Instant to,
                                      std::optional<Instant> knownAt = std::nullopt) const;
    // [from, to) cut where the answer may change (handoffs, overrides, and by default the
    // instants revisions and overrides were recorded or withdrawn); each piece's answer is
    // at(piece.start, knownAt), so the two never disagree.
    std::vector<OnCallSegment> segments(Instant from,
                                        Instant to,
                                        std::optional<Instant> knownAt = std::nullopt) const;
    // The segments as each person's continuous stretches, in order of start then position.
    std::vector<OnCallShift> shifts(Instant from,
                                    Instant to,
                                    std::optional<Instant> knownAt = std::nullopt) const;

private:
    struct Compiled;
    const Compiled &revisionKnownAt(Instant t) const;
    void periodsOf(const Compiled &revision,
                   Instant from,
                   Instant to,
                   std::vector<OnCallPeriod> &out) const;

    std::vector<Compiled> m_revisions;       // by recordedAt
    std::vector<OnCallOverride> m_overrides; // by start
    QList<OnCallOverride> m_overridesAsGiven;
    Seconds m_longestOverride{0};
};

} // namespace hourglass
