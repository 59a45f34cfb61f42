// Statistics over kept clock cycles: each ticket is read by the engine once per change, a report
// only sums and sorts what is kept.
#include "stats/slastatistics.h"

#include "io/inputerror.h"
#include "sla/explaintext.h"
#include "sla/policynames.h"
#include "tickets/ticketservice.h"
#include "time/businesscalendar.h"
#include "time/wallclock.h"

#include <QCoreApplication>
#include <QSet>

#include <date/tz.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <map>

namespace hourglass {

namespace {

bool decidedState(ClockState state)
{
    return state == ClockState::Met || state == ClockState::Breached;
}

// The local month of an instant, as "2026-11".
QString monthKey(Instant t, const date::time_zone &zone)
{
    const date::year_month_day day{date::floor<date::days>(zone.to_local(t))};
    return QStringLiteral("%1-%2")
        .arg(int(day.year()), 4, 10, QLatin1Char('0'))
        .arg(unsigned(day.month()), 2, 10, QLatin1Char('0'));
}

// Monday 00:00 of the local week holding `t`.
Instant weekStart(Instant t, const date::time_zone &zone)
{
    const date::local_days day = date::floor<date::days>(zone.to_local(t));
    const date::weekday wd{day};
    const date::local_days monday = day - (wd - date::Monday);
    return resolveWallClock(zone, date::local_seconds{monday});
}

} // namespace

std::optional<double> AttainmentRow::percent() const
{
    if (decided() == 0)
        return std::nullopt;
    return 100.0 * double(met) / double(decided());
}

DurationSummary DurationSummary::of(std::vector<Seconds> values)
{
    DurationSummary result;
    result.count = int(values.size());
    if (values.empty())
        return result;
    std::sort(values.begin(), values.end());
    const auto rank = [&](double p) {
        const auto n = double(values.size());
        const auto index = std::size_t(std::max(1.0, std::ceil(p * n))) - 1;
        return values[std::min(index, values.size() - 1)];
    };
    result.median = rank(0.5);
    result.p90 = rank(0.9);
    return result;
}

SlaStatistics::SlaStatistics(const SlaEngine &engine)
    : m_engine(engine)
{}

void SlaStatistics::setTicket(const TicketRecord &ticket,
                              const TicketTimeline &timeline,
                              Instant now,
                              const std::vector<SlaPause> &maintenance)
{
    Kept kept;
    kept.ticket = ticket;
    // Open at `now`: never resolved by then, or reopened since (a report of the past sees the
    // ticket as it stood, whatever its status today).
    for (const TicketEvent &event : timeline.events) {
        if (event.at > now)
            break;
        if (event.kind == TicketEvent::Kind::Resolved)
            kept.open = false;
        else if (event.kind == TicketEvent::Kind::Reopened)
            kept.open = true;
    }
    const TicketSla sla = m_engine.evaluate(timeline, now, SlaEngine::Explain::No, maintenance);
    const PolicyNames::Sources names = PolicyNames::sources(m_engine,
                                                            ticket.policyId,
                                                            ticket.policyVersion);
    const auto add = [&](const MetricState &metric,
                         const ClockCycle &cycle,
                         const BusinessCalendar *counting) {
        const bool open = cycle.state == ClockState::Running || cycle.state == ClockState::Paused;
        if (!decidedState(cycle.state) && !open)
            return; // best effort, not started, awaiting a schedule: no commitment to count
        SlaOutcome o;
        o.ticketId = ticket.id;
        o.metric = metric.metric;
        o.policyId = ticket.policyId;
        o.severity = cycle.severity;
        o.urgency = PolicyNames::urgency(names, cycle.severity);
        o.tier = cycle.tier;
        o.customerId = ticket.customerId;
        o.customer = ticket.customer;
        o.assignee = ticket.assignee;
        o.start = cycle.start;
        o.stop = cycle.stop;
        o.due = cycle.due;
        o.state = cycle.state;
        o.business = cycle.elapsed;
        kept.outcomes.append(o);
        kept.counting.push_back(open ? counting : nullptr);
    };
    for (const MetricState &metric : sla.metrics) {
        for (const ClockCycle &cycle : metric.history)
            add(metric, cycle, nullptr);
        if (metric.state != ClockState::NotStarted && metric.state != ClockState::BestEffort)
            add(metric, metric.current, metric.counting);
    }
    m_tickets.insert(ticket.id, std::move(kept));
}

qsizetype SlaStatistics::setTickets(const OpenTickets &tickets,
                                    Instant now,
                                    const MaintenancePauseTable &maintenance)
{
    qsizetype unreadable = 0;
    QHash<qint64, const TicketTimeline *> timelines;
    timelines.reserve(tickets.timelines.size());
    for (const TicketTimeline &timeline : tickets.timelines)
        timelines.insert(timeline.ticketId, &timeline);
    m_tickets.reserve(m_tickets.size() + tickets.tickets.size());
    for (const TicketRecord &ticket : tickets.tickets) {
        const TicketTimeline *timeline = timelines.value(ticket.id);
        if (!timeline) {
            ++unreadable;
            continue;
        }
        if (ticket.createdAt > now) {
            m_tickets.remove(ticket.id);
            continue;
        }
        try {
            setTicket(ticket, *timeline, now, maintenance.forCustomer(ticket.customerId));
        } catch (const InputError &) {
            m_tickets.remove(ticket.id);
            ++unreadable;
        }
    }
    return unreadable;
}

qsizetype SlaStatistics::load(TicketService &tickets, Instant now)
{
    const OpenTickets all = tickets.repository().ticketsWithTimelines(TicketScope::All, LLONG_MAX);
    std::optional<Instant> oldest;
    for (const TicketRecord &t : all.tickets)
        oldest = oldest ? std::min(*oldest, t.createdAt) : t.createdAt;
    return setTickets(all, now, *tickets.maintenancePauses(oldest, now));
}

const TicketRecord *SlaStatistics::ticket(qint64 ticketId) const
{
    const auto it = m_tickets.constFind(ticketId);
    return it == m_tickets.cend() ? nullptr : &it->ticket;
}

void SlaStatistics::removeTicket(qint64 ticketId)
{
    m_tickets.remove(ticketId);
}

std::optional<Instant> SlaStatistics::decidedAt(const SlaOutcome &o, Instant now)
{
    switch (o.state) {
    case ClockState::Met:
        return o.stop;
    case ClockState::Breached:
        return o.due ? o.due : o.stop;
    case ClockState::Running:
    case ClockState::Paused:
        // Nobody acted: past its due time it is breached from then. (A clock waiting on the
        // customer has no due time; one paused by maintenance has, and resumes by itself.)
        if (o.due && *o.due <= now)
            return o.due;
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

bool SlaStatistics::breachedAt(const SlaOutcome &o, Instant now)
{
    return o.state == ClockState::Breached
           || ((o.state == ClockState::Running || o.state == ClockState::Paused) && o.due
               && *o.due <= now);
}

AgeBand SlaStatistics::ageBand(Seconds age)
{
    constexpr qint64 hour = 3600;
    if (age.count() < 4 * hour)
        return AgeBand::UnderFourHours;
    if (age.count() < 24 * hour)
        return AgeBand::UnderADay;
    if (age.count() < 3 * 24 * hour)
        return AgeBand::UnderThreeDays;
    if (age.count() < 7 * 24 * hour)
        return AgeBand::UnderAWeek;
    if (age.count() < 30 * 24 * hour)
        return AgeBand::UnderAMonth;
    return AgeBand::Older;
}

bool SlaStatistics::counts(const Kept &kept, const StatisticsFilter &f) const
{
    const TicketRecord &t = kept.ticket;
    return (f.policyId.isEmpty() || t.policyId == f.policyId)
           && (f.tier.isEmpty() || t.tier == f.tier)
           && (!f.customerId || t.customerId == *f.customerId)
           && (f.assignee.isEmpty() || t.assignee == f.assignee);
}

bool SlaStatistics::counts(const SlaOutcome &o, const StatisticsFilter &f, Instant now) const
{
    const std::optional<Instant> at = decidedAt(o, now);
    if (!at)
        return false;
    return (f.tier.isEmpty() || o.tier == f.tier) && (!f.from || *at >= *f.from)
           && (!f.to || *at < *f.to);
}

QList<SlaOutcome> SlaStatistics::decided(const StatisticsFilter &filter, Instant now) const
{
    QList<SlaOutcome> result;
    StatisticsFilter tickets = filter;
    tickets.tier.clear(); // the cycle's tier, not the ticket's, decides
    for (const Kept &kept : m_tickets) {
        if (!counts(kept, tickets))
            continue;
        for (const SlaOutcome &o : kept.outcomes) {
            if (counts(o, filter, now))
                result.append(o);
        }
    }
    std::sort(result.begin(), result.end(), [&](const SlaOutcome &a, const SlaOutcome &b) {
        const Instant x = *decidedAt(a, now);
        const Instant y = *decidedAt(b, now);
        if (x != y)
            return x < y;
        if (a.ticketId != b.ticketId)
            return a.ticketId < b.ticketId;
        return int(a.metric) < int(b.metric);
    });
    return result;
}

StatisticsReport SlaStatistics::report(const StatisticsQuery &q) const
{
    StatisticsReport r;
    r.at = q.now;
    const date::time_zone &zone = *date::locate_zone(q.zone.toStdString());
    const QString language = PolicyNames::language();

    // Attainment, by the dimension asked for, over the cycles decided in the range.
    const QList<SlaOutcome> outcomes = decided(q.filter, q.now);
    // Each line's name is worked out once, when its first clock arrives; tickets are kept
    // once per line in the order they came (a set beside each list).
    struct Line
    {
        AttainmentRow row;
        int order = 0;
        QSet<qint64> seen;
        QSet<qint64> seenBreached;
    };
    QHash<QString, Line> lines;
    for (const SlaOutcome &o : outcomes) {
        QString key;
        switch (q.by) {
        case AttainmentBy::Urgency:
            key = QString::number(o.urgency);
            break;
        case AttainmentBy::Severity:
            key = o.policyId + QLatin1Char('/') + o.severity;
            break;
        case AttainmentBy::Tier: // one line for a tier id that several policies share
            key = o.tier;
            break;
        case AttainmentBy::Metric:
            key = metricKey(o.metric);
            break;
        case AttainmentBy::Customer:
            key = QString::number(o.customerId);
            break;
        case AttainmentBy::Month:
            key = monthKey(*decidedAt(o, q.now), zone);
            break;
        }
        auto it = lines.find(key);
        if (it == lines.end()) {
            Line line;
            line.row.key = key;
            switch (q.by) {
            case AttainmentBy::Urgency:
                line.order = o.urgency;
                line.row.label = PolicyNames::urgencyName(o.urgency);
                break;
            case AttainmentBy::Severity: {
                const Policy *policy = m_engine.latestPolicy(o.policyId);
                line.order = o.urgency;
                line.row.label = QStringLiteral("%1 — %2").arg(
                    policy ? policy->displayName(language) : o.policyId,
                    PolicyNames::severity(m_engine, o.policyId, 1, o.severity, language));
                break;
            }
            case AttainmentBy::Tier: {
                const Policy *policy = m_engine.latestPolicy(o.policyId);
                const Tier *tier = policy ? policy->tier(o.tier) : nullptr;
                line.order = tier ? tier->level : 0;
                line.row.label = tier ? tier->displayName(language) : o.tier;
                break;
            }
            case AttainmentBy::Metric:
                line.order = int(o.metric);
                line.row.label = ExplainText::metricName(o.metric);
                break;
            case AttainmentBy::Customer:
                line.row.label = o.customer;
                break;
            case AttainmentBy::Month:
                line.row.label = key;
                break;
            }
            it = lines.insert(key, line);
        }
        Line &line = *it;
        const bool breached = breachedAt(o, q.now);
        (breached ? line.row.breached : line.row.met) += 1;
        if (!line.seen.contains(o.ticketId)) {
            line.seen.insert(o.ticketId);
            line.row.tickets.append(o.ticketId);
        }
        if (breached) {
            if (!line.seenBreached.contains(o.ticketId)) {
                line.seenBreached.insert(o.ticketId);
                line.row.breachedTickets.append(o.ticketId);
            }
            r.breached.append(o);
        }
    }
    std::map<std::pair<int, QString>, AttainmentRow> rows; // by rank, then key (customers: name)
    for (const Line &line : std::as_const(lines))
        rows.emplace(std::pair{line.order,
                               q.by == AttainmentBy::Customer
                                   ? line.row.label + QChar(0x1f) + line.row.key
                                   : line.row.key},
                     line.row);
    for (auto &[order, row] : rows)
        r.attainment.append(row);

    // Trends: the weeks ending with the one that holds the end of the range (or now); a week
    // runs from Monday 00:00 to the next in the report's zone.
    const Instant end = q.filter.to ? *q.filter.to : q.now; // exclusive
    QList<Instant> bounds{weekStart(end - Seconds{1}, zone)};
    for (int i = 0; i < q.weeks; ++i)
        bounds.prepend(weekStart(bounds.constFirst() - Seconds{1}, zone));
    bounds.append(weekStart(bounds.constLast() + date::days{7} + std::chrono::hours{12}, zone));
    bounds.removeFirst(); // q.weeks starts and the end of the last week
    for (qsizetype i = 0; i + 1 < bounds.size(); ++i)
        r.weeks.append(WeekTrend{bounds.at(i)});
    const auto weekOf = [&](Instant t) -> qsizetype {
        if (t >= end || bounds.isEmpty() || t < bounds.constFirst())
            return -1;
        return qsizetype(std::upper_bound(bounds.begin(), bounds.end(), t) - bounds.begin()) - 1;
    };
    struct Durations
    {
        std::vector<Seconds> responseBusiness, responseWall, resolutionBusiness, resolutionWall;
    };
    std::vector<Durations> durations(std::size_t(r.weeks.size()));
    // Every cycle decided before the end: a breach counts in the week it was decided, a time
    // in the week its cycle stopped (a breach due before the first week may stop in it).
    StatisticsFilter weekly = q.filter;
    weekly.from = std::nullopt;
    weekly.to = end;
    for (const SlaOutcome &o : decided(weekly, q.now)) {
        const qsizetype week = weekOf(*decidedAt(o, q.now));
        if (week >= 0 && week < r.weeks.size() && breachedAt(o, q.now))
            ++r.weeks[week].breaches;
        // Times are those of cycles that stopped, in the week they stopped: a first response
        // given, a ticket resolved (each resolution of a reopened ticket counts).
        if (!o.stop || o.metric == Metric::PeriodicUpdate)
            continue;
        const qsizetype stopWeek = weekOf(*o.stop);
        if (stopWeek < 0 || stopWeek >= r.weeks.size())
            continue;
        Durations &d = durations[std::size_t(stopWeek)];
        const Seconds wall = *o.stop - o.start;
        if (o.metric == Metric::InitialResponse) {
            d.responseBusiness.push_back(o.business);
            d.responseWall.push_back(wall);
        } else {
            d.resolutionBusiness.push_back(o.business);
            d.resolutionWall.push_back(wall);
        }
    }
    for (qsizetype i = 0; i < r.weeks.size(); ++i) {
        Durations &d = durations[std::size_t(i)];
        r.weeks[i].responseBusiness = DurationSummary::of(std::move(d.responseBusiness));
        r.weeks[i].responseWall = DurationSummary::of(std::move(d.responseWall));
        r.weeks[i].resolutionBusiness = DurationSummary::of(std::move(d.resolutionBusiness));
        r.weeks[i].resolutionWall = DurationSummary::of(std::move(d.resolutionWall));
    }

    // Backlog and forecast: the open tickets as they stand now.
    r.horizons = q.horizons;
    std::sort(r.horizons.begin(), r.horizons.end());
    r.forecastCounts = QList<int>(r.horizons.size(), 0);
    std::map<std::pair<int, int>, BacklogCell> cells; // (band, urgency)
    QList<const Kept *> open;
    for (const Kept &kept : m_tickets) {
        if (kept.open && counts(kept, q.filter))
            open.append(&kept);
    }
    std::sort(open.begin(), open.end(), [](const Kept *a, const Kept *b) {
        return a->ticket.id < b->ticket.id;
    });
    QHash<const BusinessCalendar *, QList<Instant>> horizonEnds;
    for (const Kept *kept : open) {
        const TicketRecord &t = kept->ticket;
        ++r.openTickets;
        const AgeBand band = ageBand(q.now - t.createdAt);
        const int urgency = PolicyNames::urgency(m_engine, t.policyId, t.policyVersion, t.severity);
        BacklogCell &cell = cells[{int(band), urgency}];
        cell.band = band;
        cell.urgency = urgency;
        cell.tickets.append(t.id);
        for (qsizetype i = 0; i < kept->outcomes.size(); ++i) {
            const SlaOutcome &o = kept->outcomes.at(i);
            const BusinessCalendar *counting = kept->counting[std::size_t(i)];
            // A clock that counts now and has not breached yet; a waiting one stays paused if
            // nobody acts, and one paused by maintenance resumes (its due time is known).
            if (!counting || !o.due || *o.due <= q.now || o.stop)
                continue;
            // The horizons' ends depend on the calendar alone: worked out once for each.
            auto ends = horizonEnds.find(counting);
            if (ends == horizonEnds.end()) {
                QList<Instant> list;
                for (const int hours : std::as_const(r.horizons))
                    list.append(counting->add(q.now, Seconds{qint64(hours) * 3600}));
                ends = horizonEnds.insert(counting, list);
            }
            for (qsizetype h = 0; h < r.horizons.size(); ++h) {
                if (*o.due <= ends->at(h)) {
                    for (qsizetype k = h; k < r.horizons.size(); ++k)
                        ++r.forecastCounts[k];
                    r.forecast.append(ForecastItem{t.id, o.metric, *o.due, r.horizons.at(h)});
                    break;
                }
            }
        }
    }
    for (auto &[key, cell] : cells)
        r.backlog.append(cell);
    std::sort(r.forecast.begin(),
              r.forecast.end(),
              [](const ForecastItem &a, const ForecastItem &b) {
                  if (a.due != b.due)
                      return a.due < b.due;
                  return a.ticketId < b.ticketId;
              });
    std::sort(r.breached.begin(), r.breached.end(), [&](const SlaOutcome &a, const SlaOutcome &b) {
        return *decidedAt(a, q.now) < *decidedAt(b, q.now);
    });
    return r;
}

} // namespace hourglass
