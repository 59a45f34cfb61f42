// What managers read of the SLA: attainment, 12-week trends, the backlog and the breach
// forecast, computed from the SLA engine's clocks of every ticket (docs/dashboards.md).
#pragma once

#include "maintenance/maintenancepausetable.h"
#include "sla/metricstate.h"
#include "sla/slaengine.h"
#include "sla/slapause.h"
#include "tickets/ticketrecord.h"
#include "tickets/ticketrepository.h"
#include "tickets/ticketstatus.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace hourglass {

class TicketService;

// One SLA clock cycle with a target, as the statistics count it: decided when it was met or
// breached; undecided while it runs (or waits) before its due time.
struct SlaOutcome
{
    qint64 ticketId = 0;
    Metric metric = Metric::InitialResponse;
    QString policyId;
    QString severity; // the cycle's own (a re-targeted clock counts under the one it ended with)
    int urgency = leastUrgent + 1;
    QString tier;
    qint64 customerId = 0;
    QString customer;
    QString assignee;
    Instant start;
    std::optional<Instant> stop;
    std::optional<Instant> due;
    ClockState state = ClockState::Running; // Met, Breached, Running or Paused
    Seconds business{0};                    // business time counted up to the stop
};

// Which tickets and cycles a report counts. Empty fields count everything.
struct StatisticsFilter
{
    std::optional<Instant> from; // cycles decided in [from, to)
    std::optional<Instant> to;
    QString policyId;
    QString tier;
    std::optional<qint64> customerId;
    QString assignee; // login; a team member's tickets
};

enum class AttainmentBy { Urgency, Severity, Tier, Metric, Customer, Month };

struct AttainmentRow
{
    QString key;   // stable: "2", "cloud-tiers/p1", "gold", "resolution", "17", "2026-11"
    QString label; // what people read, in the language of the translation
    int met = 0;
    int breached = 0;
    QList<qint64> tickets;         // behind the figure, each once, in the order decided
    QList<qint64> breachedTickets; // likewise
    int decided() const { return met + breached; }
    // Share met, 0 to 100; none when nothing was decided.
    std::optional<double> percent() const;
};

// Nearest-rank percentiles of durations: the value at rank ceil(p × n) of the sorted list.
struct DurationSummary
{
    int count = 0;
    std::optional<Seconds> median;
    std::optional<Seconds> p90;
    static DurationSummary of(std::vector<Seconds> values);
};

struct WeekTrend
{
    Instant start; // Monday 00:00 in the report's zone
    int breaches = 0;
    DurationSummary responseBusiness; // initial response, from opening to the first response
    DurationSummary responseWall;
    DurationSummary resolutionBusiness;
    DurationSummary resolutionWall;
};

enum class AgeBand { UnderFourHours, UnderADay, UnderThreeDays, UnderAWeek, UnderAMonth, Older };
inline constexpr int ageBands = 6;

struct BacklogCell
{
    AgeBand band = AgeBand::UnderFourHours;
    int urgency = mostUrgent;
    QList<qint64> tickets;
};

struct ForecastItem
{
    qint64 ticketId = 0;
    Metric metric = Metric::InitialResponse;
    Instant due;
    int horizon = 0; // the first horizon (business hours) it falls within
};

struct StatisticsReport
{
    Instant at;
    QList<AttainmentRow> attainment;
    QList<WeekTrend> weeks; // oldest first
    QList<BacklogCell> backlog;
    int openTickets = 0;
    QList<int> horizons;          // business hours, as asked
    QList<int> forecastCounts;    // per horizon: clocks that breach within it
    QList<ForecastItem> forecast; // soonest first
    QList<SlaOutcome> breached;   // decided breaches counted, soonest due first
};

struct StatisticsQuery
{
    Instant now;
    QString zone = QStringLiteral("UTC"); // weeks and months are cut in it
    StatisticsFilter filter;
    AttainmentBy by = AttainmentBy::Urgency;
    int weeks = 12;
    QList<int> horizons{1, 4, 8};
};

// Keeps each ticket's clocks as the engine read them, so a change re-reads one ticket and a
// report sums what is kept. Uses the engine, which is not for concurrent use: one thread.
class SlaStatistics
{
public:
    explicit SlaStatistics(const SlaEngine &engine);

    // Reads (again) one ticket's clocks at `now`: after it was loaded or changed. `maintenance`:
    // the pauses of its customer (MaintenancePauseTable::forCustomer).
    void setTicket(const TicketRecord &ticket,
                   const TicketTimeline &timeline,
                   Instant now,
                   const std::vector<SlaPause> &maintenance = {});
    // Every ticket of a load, each paused by its customer's windows. A ticket whose timeline
    // cannot be read (SlaEngine::evaluate's InputError) is left out and counted in the result;
    // one opened after `now` is left out and not counted (a report of the past).
    qsizetype setTickets(const OpenTickets &tickets,
                         Instant now,
                         const MaintenancePauseTable &maintenance);
    // Every ticket of the database, open and resolved, read at `now` with the maintenance
    // pauses the service gives every reader of a clock: what the command line and the
    // dashboard count. Returns how many were left out. Throws StorageError.
    qsizetype load(TicketService &tickets, Instant now);
    void removeTicket(qint64 ticketId);
    qsizetype size() const { return m_tickets.size(); }
    // The ticket as it was last set; null for one not kept.
    const TicketRecord *ticket(qint64 ticketId) const;

    StatisticsReport report(const StatisticsQuery &query) const;

    // Every decided outcome the filter counts at `now`, for exports and checks.
    QList<SlaOutcome> decided(const StatisticsFilter &filter, Instant now) const;

    // When a cycle was decided at `now`: met at its stop, breached at its due time (a running
    // clock past due is breached from then); none while undecided.
    static std::optional<Instant> decidedAt(const SlaOutcome &outcome, Instant now);
    static bool breachedAt(const SlaOutcome &outcome, Instant now);
    static AgeBand ageBand(Seconds age);

private:
    struct Kept
    {
        TicketRecord ticket;
        bool open = true; // not resolved as of the instant it was read at
        QList<SlaOutcome> outcomes;
        // Running clocks and the calendar each counts on, for the forecast.
        std::vector<const BusinessCalendar *> counting; // parallel to outcomes
    };
    bool counts(const Kept &kept, const StatisticsFilter &filter) const;
    bool counts(const SlaOutcome &outcome, const StatisticsFilter &filter, Instant now) const;

    const SlaEngine &m_engine;
    QHash<qint64, Kept> m_tickets;
};

} // namespace hourglass
