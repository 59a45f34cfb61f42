// Derives every SLA clock of a ticket from its timeline and its policy, at any instant.
#pragma once

#include "sla/metricstate.h"
#include "sla/policy.h"
#include "sla/slapause.h"
#include "tickets/ticketevent.h"
#include "time/businesscalendar.h"

#include <QHash>

#include <memory>
#include <vector>

namespace hourglass {

// The engine owns the compiled calendars of every policy version it knows, so all tickets on a
// calendar share one compiled index. Like BusinessCalendar it is not for concurrent use.
class SlaEngine
{
    Q_DISABLE_COPY_MOVE(SlaEngine)

public:
    // Every version of every policy tickets may refer to. Throws CalendarError when a
    // policy's calendar names an unknown zone.
    explicit SlaEngine(const QList<Policy> &policies);
    ~SlaEngine();

    const QList<Policy> &policies() const { return m_policies; }
    const Policy *policy(const QString &id, int version) const;
    // The newest version stored, which new tickets follow; null when there is none.
    const Policy *latestPolicy(const QString &id) const;
    const BusinessCalendar &calendar(const Policy &policy, const QString &key) const;

    // The severity a ticket gets: the requested one, or the channel's default when none was
    // requested; a severity that exists only outside a calendar's hours becomes its
    // `otherwise` during them.
    QString triage(const Policy &policy,
                   const QString &channel,
                   const QString &requested,
                   Instant at) const;

    enum class Explain { No, Yes };
    // The state of every metric at `now`, from the events up to `now`. Recomputing after a
    // severity, tier or policy change gives the same answer as if the new values had always
    // applied to the running cycle; cycles that ended before keep what applied then.
    // Throws InputError for a timeline that names an unknown policy or has no created event.
    //
    // `maintenance`: the occurrences of the maintenance windows that affect the ticket's
    // customer and pause its clocks, in any order, past and future. A running clock does not
    // count during them (a clock inside one is Paused, its due time known); due times and
    // nextChange project across those ahead, and nextChange is also the next start or end of
    // one. Scheduled targets, due at a fixed time, are not moved. A due time beyond the last
    // pause given assumes no window after it: give them as far ahead as due times may reach.
    TicketSla evaluate(const TicketTimeline &timeline,
                       Instant now,
                       Explain explain = Explain::No,
                       const std::vector<SlaPause> &maintenance = {}) const;

private:
    struct Calendars;
    std::unique_ptr<Calendars> m_calendars;
    QList<Policy> m_policies;
};

} // namespace hourglass
