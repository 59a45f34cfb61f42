// SlaStatistics against figures worked out by hand on eight tickets of a small policy: a
// met and a breached P1, a P2 paused while waiting on the customer, a reopened ticket, a
// best-effort one, a clock running past due, and open tickets to forecast.
#include "io/policyfile.h"
#include "stats/slastatistics.h"

#include "testenvironment.h"

#include <QTest>

using namespace hourglass;
using hourglass::test::at;
using namespace std::chrono_literals;

namespace {

// 24x7 for P1, office hours (09:00-17:00 UTC, Monday to Friday) for P2; P4 is best effort.
const char policyJson[] = R"({
  "format": "hourglass-policy/1",
  "id": "stats",
  "version": 1,
  "name": "Statistics",
  "tiers": [{"id": "silver", "name": "Silver"}, {"id": "gold", "name": "Gold", "name_fr": "Or"}],
  "severities": [{"id": "p1", "name": "P1", "urgency": 1}, {"id": "p2", "name": "P2", "urgency": 3},
                 {"id": "p4", "name": "P4", "urgency": 5}],
  "channels": [{"id": "portal", "name": "Portal"}],
  "defaultSeverity": {"*": "p2"},
  "calendars": {
    "24x7": {"format": "hourglass-calendar/1", "id": "24x7", "name": "24x7", "zone": "UTC",
             "businessDay": "24h",
             "week": {"mon": ["00:00-24:00"], "tue": ["00:00-24:00"], "wed": ["00:00-24:00"],
                      "thu": ["00:00-24:00"], "fri": ["00:00-24:00"], "sat": ["00:00-24:00"],
                      "sun": ["00:00-24:00"]}},
    "office": {"format": "hourglass-calendar/1", "id": "office", "name": "Office", "zone": "UTC",
               "businessDay": "8h",
               "week": {"mon": ["09:00-17:00"], "tue": ["09:00-17:00"], "wed": ["09:00-17:00"],
                        "thu": ["09:00-17:00"], "fri": ["09:00-17:00"]}}
  },
  "targets": [
    {"metric": "initial-response", "severity": "p1", "within": "1h", "calendar": "24x7"},
    {"metric": "initial-response", "severity": "p2", "within": "2h", "calendar": "office"},
    {"metric": "resolution", "severity": "p1", "within": "8h", "calendar": "24x7"},
    {"metric": "resolution", "severity": "p1", "tier": "gold", "within": "4h", "calendar": "24x7"},
    {"metric": "resolution", "severity": "p2", "within": "16h", "calendar": "office"},
    {"metric": "resolution", "severity": "p4", "bestEffort": true}
  ]
})";

using Kind = TicketEvent::Kind;

TicketEvent happened(const char *when, Kind kind, const QString &value = QString())
{
    TicketEvent e;
    e.kind = kind;
    e.at = at(when);
    e.value = value;
    return e;
}

struct Fixture
{
    TicketRecord ticket;
    TicketTimeline timeline;
};

Fixture ticket(qint64 id,
               const char *severity,
               const char *tier,
               qint64 customer,
               const char *opened,
               QList<TicketEvent> events,
               TicketStatus status)
{
    Fixture f;
    f.ticket.id = id;
    f.ticket.customerId = customer;
    f.ticket.customer = customer == 1 ? QStringLiteral("Alpha") : QStringLiteral("Beta");
    f.ticket.policyId = QStringLiteral("stats");
    f.ticket.severity = QString::fromLatin1(severity);
    f.ticket.tier = QString::fromLatin1(tier);
    f.ticket.status = status;
    f.ticket.assignee = customer == 1 ? QStringLiteral("amy") : QStringLiteral("bob");
    f.ticket.createdAt = at(opened);
    TicketEvent created = happened(opened, Kind::Created, QString::fromLatin1(severity));
    created.tier = f.ticket.tier;
    created.channel = QStringLiteral("portal");
    events.prepend(created);
    f.timeline = TicketTimeline{QStringLiteral("stats"), 1, events};
    return f;
}

QList<Fixture> tickets()
{
    using S = TicketStatus;
    return {
        // 1: P1 Silver, answered in 30 min, resolved in 6 h: both met.
        ticket(1,
               "p1",
               "silver",
               1,
               "2026-11-09T10:00:00Z",
               {happened("2026-11-09T10:30:00Z", Kind::Responded),
                happened("2026-11-09T16:00:00Z", Kind::Resolved)},
               S::Resolved),
        // 2: P1 Gold, answered after 1 h 30 (due 09:00), resolved after 5 h (due 12:00).
        ticket(2,
               "p1",
               "gold",
               2,
               "2026-11-10T08:00:00Z",
               {happened("2026-11-10T09:30:00Z", Kind::Responded),
                happened("2026-11-10T13:00:00Z", Kind::Resolved)},
               S::Resolved),
        // 3: P2 opened at 16:00 on a Wednesday: answered at 10:00 next day, 2 business hours,
        // met on the dot; waits on the customer from Thursday 11:00 to Monday 09:00, resolved
        // Monday 12:00: 1 + 2 + 3 = 6 business hours, 116 h on the wall.
        ticket(3,
               "p2",
               "silver",
               1,
               "2026-11-11T16:00:00Z",
               {happened("2026-11-12T10:00:00Z", Kind::Responded),
                happened("2026-11-12T11:00:00Z",
                         Kind::StatusChanged,
                         QStringLiteral("waiting-customer")),
                happened("2026-11-16T09:00:00Z", Kind::CustomerReplied),
                happened("2026-11-16T12:00:00Z", Kind::Resolved)},
               S::Resolved),
        // 4: P1 resolved in 2 h, reopened, resolved again 9 h later (due at 19:00).
        ticket(4,
               "p1",
               "silver",
               2,
               "2026-11-16T08:00:00Z",
               {happened("2026-11-16T08:20:00Z", Kind::Responded),
                happened("2026-11-16T10:00:00Z", Kind::Resolved),
                happened("2026-11-16T11:00:00Z", Kind::Reopened),
                happened("2026-11-16T20:00:00Z", Kind::Resolved)},
               S::Resolved),
        // 5: P4, best effort and no response target: open, counted nowhere but the backlog.
        ticket(5, "p4", "silver", 1, "2026-11-17T09:00:00Z", {}, S::New),
        // 6: P1 nobody answered: the first response breached at 07:00; resolution due 14:00.
        ticket(6, "p1", "silver", 1, "2026-11-18T06:00:00Z", {}, S::New),
        // 7: P2 Gold at 11:00: response due 13:00, one business hour from now; resolution
        // due Friday 11:00.
        ticket(7, "p2", "gold", 2, "2026-11-18T11:00:00Z", {}, S::New),
        // 8: P2 answered in an hour, then waiting on the customer: no due time to forecast.
        ticket(8,
               "p2",
               "silver",
               2,
               "2026-11-17T10:00:00Z",
               {happened("2026-11-17T11:00:00Z", Kind::Responded),
                happened("2026-11-17T11:30:00Z",
                         Kind::StatusChanged,
                         QStringLiteral("waiting-customer"))},
               S::WaitingCustomer),
    };
}

const Instant now = at("2026-11-18T12:00:00Z"); // a Wednesday

const AttainmentRow *row(const StatisticsReport &r, const QString &key)
{
    for (const AttainmentRow &row : r.attainment) {
        if (row.key == key)
            return &row;
    }
    return nullptr;
}

} // namespace

class TestSlaStatistics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void attainmentByEveryDimension();
    void aDateRangeCountsWhatWasDecidedInIt();
    void weeklyTrendsTakeMediansAndNinetiethPercentiles();
    void backlogAndForecastReadTheOpenClocks();
    void aClockPastDueLaterIsBreachedWithoutReloading();
    void aChangeReReadsOneTicket();
    void percentilesAreNearestRank();
    void aTimeCountsInTheWeekItsCycleStopped();
    void aReportOfThePastSeesTicketsAsTheyStood();

private:
    StatisticsReport reportBy(AttainmentBy by, StatisticsFilter filter = {}) const;
    std::unique_ptr<SlaEngine> m_engine;
    std::unique_ptr<SlaStatistics> m_stats;
};

void TestSlaStatistics::initTestCase()
{
    test::isolateUserData();
    try {
        m_engine = std::make_unique<SlaEngine>(
            QList<Policy>{PolicyFile::parse(QStringLiteral("stats.json"), policyJson)});
    } catch (const std::exception &e) {
        QFAIL(e.what());
    }
    m_stats = std::make_unique<SlaStatistics>(*m_engine);
    for (const Fixture &f : tickets())
        m_stats->setTicket(f.ticket, f.timeline, now);
}

StatisticsReport TestSlaStatistics::reportBy(AttainmentBy by, StatisticsFilter filter) const
{
    StatisticsQuery query;
    query.now = now;
    query.by = by;
    query.filter = filter;
    return m_stats->report(query);
}

void TestSlaStatistics::attainmentByEveryDimension()
{
    // First response: 1, 3, 4 and 8 met; 2 late, 6 past due unanswered; 7 not due yet.
    // Resolution: 1, 3 and the first of 4 met; 2 and the second of 4 late; 6, 7 and the
    // waiting 8 undecided; 5 is best effort.
    const StatisticsReport byMetric = reportBy(AttainmentBy::Metric);
    QCOMPARE(byMetric.attainment.size(), 2);
    const AttainmentRow *response = row(byMetric, QStringLiteral("initial-response"));
    QVERIFY(response);
    QCOMPARE(response->met, 4);
    QCOMPARE(response->breached, 2);
    QCOMPARE(response->breachedTickets, (QList<qint64>{2, 6})); // in the order they were decided
    const AttainmentRow *resolution = row(byMetric, QStringLiteral("resolution"));
    QCOMPARE(resolution->met, 3);
    QCOMPARE(resolution->breached, 2);
    QCOMPARE(*resolution->percent(), 60.0);
    QCOMPARE(byMetric.breached.size(), 4);

    const StatisticsReport byUrgency = reportBy(AttainmentBy::Urgency);
    QCOMPARE(byUrgency.attainment.size(), 2);
    QCOMPARE(byUrgency.attainment.at(0).key, QStringLiteral("1"));
    QCOMPARE(byUrgency.attainment.at(0).met, 4);
    QCOMPARE(byUrgency.attainment.at(0).breached, 4);
    QCOMPARE(byUrgency.attainment.at(0).tickets, (QList<qint64>{1, 2, 4, 6}));
    QCOMPARE(byUrgency.attainment.at(1).key, QStringLiteral("3"));
    QCOMPARE(byUrgency.attainment.at(1).met, 3);
    QCOMPARE(byUrgency.attainment.at(1).breached, 0);
    QCOMPARE(*byUrgency.attainment.at(1).percent(), 100.0);

    const StatisticsReport bySeverity = reportBy(AttainmentBy::Severity);
    QCOMPARE(bySeverity.attainment.at(0).key, QStringLiteral("stats/p1"));
    QCOMPARE(bySeverity.attainment.at(0).label, QStringLiteral("Statistics — P1"));

    const StatisticsReport byTier = reportBy(AttainmentBy::Tier);
    QCOMPARE(row(byTier, QStringLiteral("silver"))->met, 7); // 1: 2, 3: 2, 4: 2, 8: 1
    QCOMPARE(row(byTier, QStringLiteral("silver"))->breached, 2);
    QCOMPARE(row(byTier, QStringLiteral("gold"))->met, 0);
    QCOMPARE(row(byTier, QStringLiteral("gold"))->breached, 2);
    QCOMPARE(row(byTier, QStringLiteral("gold"))->label, QStringLiteral("Gold"));

    const StatisticsReport byCustomer = reportBy(AttainmentBy::Customer);
    QCOMPARE(byCustomer.attainment.at(0).label, QStringLiteral("Alpha"));
    QCOMPARE(byCustomer.attainment.at(0).met, 4);
    QCOMPARE(byCustomer.attainment.at(0).breached, 1);
    QCOMPARE(byCustomer.attainment.at(1).label, QStringLiteral("Beta"));
    QCOMPARE(byCustomer.attainment.at(1).met, 3);
    QCOMPARE(byCustomer.attainment.at(1).breached, 3);

    const StatisticsReport byMonth = reportBy(AttainmentBy::Month);
    QCOMPARE(byMonth.attainment.size(), 1);
    QCOMPARE(byMonth.attainment.at(0).key, QStringLiteral("2026-11"));
    QCOMPARE(byMonth.attainment.at(0).decided(), 11);

    // Filters: a team member's tickets, a customer's, a tier of the cycle.
    StatisticsFilter amy;
    amy.assignee = QStringLiteral("amy");
    QCOMPARE(reportBy(AttainmentBy::Month, amy).attainment.at(0).decided(), 5);
    StatisticsFilter gold;
    gold.tier = QStringLiteral("gold");
    QCOMPARE(reportBy(AttainmentBy::Month, gold).attainment.at(0).breached, 2);
    QCOMPARE(reportBy(AttainmentBy::Month, gold).attainment.at(0).met, 0);
}

void TestSlaStatistics::aDateRangeCountsWhatWasDecidedInIt()
{
    // From Monday 16 November: 3's resolution, 4's response and both resolutions (the late
    // one counted at its due time, 19:00), 6's missed response, 8's response.
    StatisticsFilter range;
    range.from = at("2026-11-16T00:00:00Z");
    const StatisticsReport r = reportBy(AttainmentBy::Month, range);
    QCOMPARE(r.attainment.at(0).met, 4);
    QCOMPARE(r.attainment.at(0).breached, 2);
    // Up to Monday 19:00 exclusive: the second resolution of 4 is not yet decided then.
    range.to = at("2026-11-16T19:00:00Z");
    const StatisticsReport before = reportBy(AttainmentBy::Month, range);
    QCOMPARE(before.attainment.at(0).met, 3);
    QCOMPARE(before.attainment.at(0).breached, 0);
}

void TestSlaStatistics::weeklyTrendsTakeMediansAndNinetiethPercentiles()
{
    const StatisticsReport r = reportBy(AttainmentBy::Metric);
    QCOMPARE(r.weeks.size(), 12);
    QCOMPARE(r.weeks.constLast().start, at("2026-11-16T00:00:00Z"));
    QCOMPARE(r.weeks.constFirst().start, at("2026-08-31T00:00:00Z"));
    const WeekTrend &ninth = r.weeks.at(10);
    QCOMPARE(ninth.start, at("2026-11-09T00:00:00Z"));
    QCOMPARE(ninth.breaches, 2);
    // Responses of 1, 2, 3: 30 min, 1 h 30, 2 business hours (18 h on the wall).
    QCOMPARE(ninth.responseBusiness.count, 3);
    QCOMPARE(*ninth.responseBusiness.median, Seconds{90min});
    QCOMPARE(*ninth.responseBusiness.p90, Seconds{2h});
    QCOMPARE(*ninth.responseWall.median, Seconds{90min});
    QCOMPARE(*ninth.responseWall.p90, Seconds{18h});
    // Resolutions of 1 and 2: 6 h and 5 h.
    QCOMPARE(*ninth.resolutionBusiness.median, Seconds{5h});
    QCOMPARE(*ninth.resolutionBusiness.p90, Seconds{6h});

    const WeekTrend &last = r.weeks.constLast();
    QCOMPARE(last.breaches, 2); // 4's second resolution, 6's response
    QCOMPARE(*last.responseBusiness.median, Seconds{20min});
    QCOMPARE(*last.responseBusiness.p90, Seconds{1h});
    // Resolutions of 3 (6 business hours, 116 h on the wall) and both of 4 (2 h, 9 h).
    QCOMPARE(last.resolutionBusiness.count, 3);
    QCOMPARE(*last.resolutionBusiness.median, Seconds{6h});
    QCOMPARE(*last.resolutionBusiness.p90, Seconds{9h});
    QCOMPARE(*last.resolutionWall.median, Seconds{9h});
    QCOMPARE(*last.resolutionWall.p90, Seconds{116h});
    QCOMPARE(r.weeks.at(0).breaches, 0);
    QVERIFY(!r.weeks.at(0).responseWall.median);
}

void TestSlaStatistics::backlogAndForecastReadTheOpenClocks()
{
    const StatisticsReport r = reportBy(AttainmentBy::Metric);
    QCOMPARE(r.openTickets, 4); // 5, 6, 7, 8
    // Ages at Wednesday noon: 5 27 h, 6 6 h, 7 1 h, 8 26 h.
    QCOMPARE(r.backlog.size(), 4);
    QCOMPARE(r.backlog.at(0).band, AgeBand::UnderFourHours);
    QCOMPARE(r.backlog.at(0).tickets, QList<qint64>{7});
    QCOMPARE(r.backlog.at(1).band, AgeBand::UnderADay);
    QCOMPARE(r.backlog.at(1).tickets, QList<qint64>{6});
    QCOMPARE(r.backlog.at(2).band, AgeBand::UnderThreeDays);
    QCOMPARE(r.backlog.at(2).urgency, 3);
    QCOMPARE(r.backlog.at(2).tickets, QList<qint64>{8});
    QCOMPARE(r.backlog.at(3).urgency, 5);
    QCOMPARE(r.backlog.at(3).tickets, QList<qint64>{5});
    // 7's response (due 13:00) within one business hour; 6's resolution (due 14:00) within
    // four; 7's resolution (Friday 11:00) beyond eight business hours (Thursday noon); 8 waits.
    QCOMPARE(r.horizons, (QList<int>{1, 4, 8}));
    QCOMPARE(r.forecastCounts, (QList<int>{1, 2, 2}));
    QCOMPARE(r.forecast.size(), 2);
    QCOMPARE(r.forecast.at(0).ticketId, 7);
    QCOMPARE(r.forecast.at(0).metric, Metric::InitialResponse);
    QCOMPARE(r.forecast.at(0).horizon, 1);
    QCOMPARE(r.forecast.at(1).ticketId, 6);
    QCOMPARE(r.forecast.at(1).due, at("2026-11-18T14:00:00Z"));
    QCOMPARE(r.forecast.at(1).horizon, 4);
}

void TestSlaStatistics::aClockPastDueLaterIsBreachedWithoutReloading()
{
    // At 13:30 nobody has answered 7: its response is breached, decided at 13:00.
    StatisticsQuery query;
    query.now = at("2026-11-18T13:30:00Z");
    query.by = AttainmentBy::Metric;
    const StatisticsReport r = m_stats->report(query);
    QCOMPARE(row(r, QStringLiteral("initial-response"))->breached, 3);
    QCOMPARE(r.forecastCounts, (QList<int>{1, 1, 1})); // 6's resolution, 30 min away
}

void TestSlaStatistics::aChangeReReadsOneTicket()
{
    SlaStatistics stats(*m_engine);
    for (const Fixture &f : tickets())
        stats.setTicket(f.ticket, f.timeline, now);
    // 6 is answered at 12:00: still late, but its resolution now runs on; 7 is resolved.
    Fixture six = tickets().at(5);
    six.timeline.events.append(happened("2026-11-18T12:00:00Z", Kind::Responded));
    stats.setTicket(six.ticket, six.timeline, now);
    Fixture seven = tickets().at(6);
    seven.timeline.events.append(happened("2026-11-18T12:00:00Z", Kind::Resolved));
    seven.ticket.status = TicketStatus::Resolved;
    stats.setTicket(seven.ticket, seven.timeline, now);
    StatisticsQuery query;
    query.now = now;
    query.by = AttainmentBy::Metric;
    const StatisticsReport r = stats.report(query);
    QCOMPARE(r.openTickets, 3);
    // The resolution answers 7's first response too: both met.
    QCOMPARE(row(r, QStringLiteral("initial-response"))->met, 5);
    QCOMPARE(row(r, QStringLiteral("initial-response"))->breached, 2);
    QCOMPARE(row(r, QStringLiteral("resolution"))->met, 4);
    QCOMPARE(r.forecastCounts, (QList<int>{0, 1, 1}));
    stats.removeTicket(7);
    QCOMPARE(stats.size(), 7);
    QCOMPARE(row(stats.report(query), QStringLiteral("resolution"))->met, 3);
}

void TestSlaStatistics::percentilesAreNearestRank()
{
    const DurationSummary none = DurationSummary::of({});
    QCOMPARE(none.count, 0);
    QVERIFY(!none.median);
    const DurationSummary one = DurationSummary::of({Seconds{7}});
    QCOMPARE(*one.median, Seconds{7});
    QCOMPARE(*one.p90, Seconds{7});
    std::vector<Seconds> ten;
    for (int i = 10; i >= 1; --i)
        ten.push_back(Seconds{i});
    const DurationSummary d = DurationSummary::of(ten);
    QCOMPARE(*d.median, Seconds{5}); // rank ceil(5) = 5
    QCOMPARE(*d.p90, Seconds{9});    // rank ceil(9) = 9
    ten.push_back(Seconds{11});
    QCOMPARE(*DurationSummary::of(ten).median, Seconds{6}); // rank ceil(5.5) = 6
    QCOMPARE(*DurationSummary::of(ten).p90, Seconds{10});   // rank ceil(9.9) = 10
}

void TestSlaStatistics::aTimeCountsInTheWeekItsCycleStopped()
{
    // A P1 opened Monday 9 November at 06:00, untouched until resolved a week later: both its
    // clocks breached in the week of the 9th, and both stopped in the week of the 16th, after
    // 172 h. A trend of that last week alone has both times and no breach.
    SlaStatistics stats(*m_engine);
    const Fixture late = ticket(9,
                                "p1",
                                "silver",
                                1,
                                "2026-11-09T06:00:00Z",
                                {happened("2026-11-16T10:00:00Z", Kind::Resolved)},
                                TicketStatus::Resolved);
    stats.setTicket(late.ticket, late.timeline, now);
    StatisticsQuery query;
    query.now = now;
    query.weeks = 1;
    const StatisticsReport r = stats.report(query);
    QCOMPARE(r.weeks.size(), 1);
    QCOMPARE(r.weeks.at(0).start, at("2026-11-16T00:00:00Z"));
    QCOMPARE(r.weeks.at(0).breaches, 0);
    QCOMPARE(r.weeks.at(0).resolutionWall.count, 1);
    QCOMPARE(*r.weeks.at(0).resolutionWall.median, Seconds{172h});
    QCOMPARE(*r.weeks.at(0).responseBusiness.median, Seconds{172h});
    query.weeks = 2;
    QCOMPARE(stats.report(query).weeks.at(0).breaches, 2);
}

void TestSlaStatistics::aReportOfThePastSeesTicketsAsTheyStood()
{
    // Read at noon on 9 November: ticket 1 is still open (resolved at 16:00), the tickets
    // opened later are left out without being called unreadable.
    OpenTickets all;
    for (const Fixture &f : tickets()) {
        all.tickets.append(f.ticket);
        TicketTimeline timeline = f.timeline;
        timeline.ticketId = f.ticket.id;
        all.timelines.append(timeline);
    }
    SlaStatistics stats(*m_engine);
    const Instant noon = at("2026-11-09T12:00:00Z");
    QCOMPARE(stats.setTickets(all, noon, MaintenancePauseTable()), qsizetype(0));
    QCOMPARE(stats.size(), 1);
    StatisticsQuery query;
    query.now = noon;
    const StatisticsReport r = stats.report(query);
    QCOMPARE(r.openTickets, 1);
    QCOMPARE(r.backlog.constFirst().tickets, QList<qint64>{1});
    // Its resolution, due at 18:00, breaches within eight hours if nobody acts.
    QCOMPARE(r.forecastCounts, (QList<int>{0, 0, 1}));
}

QTEST_GUILESS_MAIN(TestSlaStatistics)
#include "tst_slastatistics.moc"
