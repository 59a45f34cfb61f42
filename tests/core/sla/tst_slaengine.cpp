// SlaEngine on the five preset policies: the seed figures, pauses, re-targeting, reopening,
// policy versions, warnings and explanations.
#include "io/inputerror.h"
#include "sla/presetpolicies.h"
#include "sla/slaengine.h"

#include "testenvironment.h"

#include <QTest>

#include <date/tz.h>

using namespace hourglass;
using hourglass::test::at;
using namespace std::chrono_literals;

namespace {

Instant ny(int y, unsigned m, unsigned d, int hh, int mm = 0)
{
    return date::locate_zone("America/New_York")
        ->to_sys(date::local_days{date::year{y} / m / d} + std::chrono::hours{hh}
                     + std::chrono::minutes{mm},
                 date::choose::earliest);
}

TicketEvent created(Instant when,
                    const QString &severity,
                    const QString &tier,
                    const QString &channel = QStringLiteral("phone"))
{
    TicketEvent event;
    event.kind = TicketEvent::Kind::Created;
    event.at = when;
    event.value = severity;
    event.tier = tier;
    event.channel = channel;
    return event;
}

TicketEvent happened(Instant when, TicketEvent::Kind kind, const QString &value = QString())
{
    TicketEvent e;
    e.kind = kind;
    e.at = when;
    e.value = value;
    return e;
}

TicketTimeline timeline(const QString &policy, QList<TicketEvent> events, int version = 1)
{
    return TicketTimeline{policy, version, std::move(events)};
}

} // namespace

class TestSlaEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aBetaFeatureCarriesNoSla();
    void netmonInitialResponseInSupportHours();
    void provisioningEmergencyAndCriticalTriage();
    void provisioningMinorIsOneCalendarDay();
    void helpdeskMatrixTargets();
    void helpdeskImmediateAndScheduled();
    void cloudTierResolutionTargets();
    void afterHoursNotUrgentIsNextWorkingDay();
    void waitingOnCustomerPausesTheClock();
    void severityChangeKeepsElapsedAndPausedTime();
    void reopenStartsANewCycleAndKeepsHistory();
    void policyVersionAppliesToRunningCycleOnly();
    void warningsAndNextChangeFallExactly();
    void periodicUpdatesCycleOnEachResponse();
    void explainTilesTheClock();
    void refusesTimelineWithoutCreation();

private:
    std::unique_ptr<SlaEngine> m_engine;
    QList<Policy> m_presets;
};

void TestSlaEngine::initTestCase()
{
    m_presets = PresetPolicies::load();
    m_engine = std::make_unique<SlaEngine>(m_presets);
}

void TestSlaEngine::aBetaFeatureCarriesNoSla()
{
    // Seed 002: "Beta Features do not give rise to any support commitment."
    const Instant opened = ny(2026, 3, 9, 10);
    TicketEvent onBeta = created(opened, "p1", "gold", "portal");
    onBeta.area = QStringLiteral("kubernetes");
    const TicketSla beta = m_engine->evaluate(timeline(QStringLiteral("cloud-tiers"), {onBeta}),
                                              opened + 5h);
    QVERIFY(beta.beta);
    QCOMPARE(beta.productArea, QStringLiteral("kubernetes"));
    QVERIFY(beta.metrics.isEmpty());
    QVERIFY(!beta.nextChange);
    // The same P1 on a feature out of beta keeps Gold's 4 h resolution, and so does one that
    // names no area.
    TicketEvent onCompute = onBeta;
    onCompute.area = QStringLiteral("compute");
    for (const TicketEvent &first : {onCompute, created(opened, "p1", "gold", "portal")}) {
        const TicketSla sla = m_engine->evaluate(timeline(QStringLiteral("cloud-tiers"), {first}),
                                                 opened + 5h);
        QVERIFY(!sla.beta);
        QCOMPARE(sla.metric(Metric::Resolution)->state, ClockState::Breached);
        QCOMPARE(*sla.metric(Metric::Resolution)->due, opened + 4h);
    }
    const Policy *cloud = m_engine->latestPolicy(QStringLiteral("cloud-tiers"));
    QVERIFY(cloud->isBeta(QStringLiteral("kubernetes")));
    QVERIFY(!cloud->isBeta(QStringLiteral("compute")));
    QVERIFY(cloud->productAreaProblem(QString()).isEmpty());
    QVERIFY(cloud->productAreaProblem(QStringLiteral("mainframe"))
                .contains(QStringLiteral("kubernetes")));
}

void TestSlaEngine::netmonInitialResponseInSupportHours()
{
    // Seed 001: Severity 1/2/3/4 → 2/4/24/24 business hours of 04:00-22:00 ET, Mon-Fri.
    const Instant friday20 = ny(2026, 3, 6, 20);
    const auto due = [&](const char *severity) {
        const TicketSla sla = m_engine->evaluate(timeline(QStringLiteral("netmon-v2"),
                                                          {created(friday20,
                                                                   QString::fromLatin1(severity),
                                                                   "standard")}),
                                                 friday20);
        return *sla.metric(Metric::InitialResponse)->due;
    };
    // Exactly at the close: the earliest instant with 2 business hours is Friday 22:00.
    QCOMPARE(due("sev1"), ny(2026, 3, 6, 22));
    QCOMPARE(due("sev2"), ny(2026, 3, 9, 6));
    // 24 business hours: 2 on Friday, 18 on Monday, 4 on Tuesday.
    QCOMPARE(due("sev3"), ny(2026, 3, 10, 8));
    QCOMPARE(due("sev4"), ny(2026, 3, 10, 8));
    // Company holidays are skipped: Thanksgiving 2026-11-26.
    const TicketSla thanksgiving
        = m_engine->evaluate(timeline(QStringLiteral("netmon-v2"),
                                      {created(ny(2026, 11, 25, 21), "sev2", "standard")}),
                             ny(2026, 11, 25, 21));
    QCOMPARE(*thanksgiving.metric(Metric::InitialResponse)->due, ny(2026, 11, 27, 7));
}

void TestSlaEngine::provisioningEmergencyAndCriticalTriage()
{
    const Policy &policy = *m_engine->policy(QStringLiteral("provisioning-terms"), 1);
    // Emergency: 10 minutes on a 24x7 clock, so 08:55 is due at 09:05.
    const TicketSla early
        = m_engine->evaluate(timeline(policy.id,
                                      {created(ny(2026, 3, 9, 8, 55), "emergency", "direct")}),
                             ny(2026, 3, 9, 8, 55));
    QCOMPARE(early.severity, QStringLiteral("emergency"));
    QCOMPARE(*early.metric(Metric::InitialResponse)->due, ny(2026, 3, 9, 9, 5));
    // Raised during standard hours, an emergency is Critical: 30 minutes of standard hours.
    const TicketSla late
        = m_engine->evaluate(timeline(policy.id,
                                      {created(ny(2026, 3, 9, 16, 50), "emergency", "direct")}),
                             ny(2026, 3, 9, 16, 50));
    QCOMPARE(late.severity, QStringLiteral("critical"));
    QCOMPARE(*late.metric(Metric::InitialResponse)->due, ny(2026, 3, 10, 9, 20));
    // Major 1 h, Moderate 4 h of standard hours.
    const auto due = [&](const char *severity, Instant when) {
        return *m_engine
                    ->evaluate(timeline(policy.id,
                                        {created(when, QString::fromLatin1(severity), "direct")}),
                               when)
                    .metric(Metric::InitialResponse)
                    ->due;
    };
    QCOMPARE(due("major", ny(2026, 3, 9, 16, 30)), ny(2026, 3, 10, 9, 30));
    QCOMPARE(due("moderate", ny(2026, 3, 6, 15)), ny(2026, 3, 9, 11));
    // Requests by email (or any channel with no severity) default to Minor.
    QCOMPARE(m_engine->triage(policy, QStringLiteral("email"), QString(), ny(2026, 3, 9, 12)),
             QStringLiteral("minor"));
    QCOMPARE(m_engine->triage(policy, QStringLiteral("phone"), QString(), ny(2026, 3, 9, 12)),
             QStringLiteral("minor"));
}

void TestSlaEngine::provisioningMinorIsOneCalendarDay()
{
    // Same local time the next day: 23 hours across spring-forward, 25 across fall-back.
    const auto due = [&](Instant when) {
        return *m_engine
                    ->evaluate(timeline(QStringLiteral("provisioning-terms"),
                                        {created(when, "minor", "direct")}),
                               when)
                    .metric(Metric::InitialResponse)
                    ->due;
    };
    QCOMPARE(due(ny(2026, 3, 7, 10)), ny(2026, 3, 8, 10));
    QCOMPARE(due(ny(2026, 3, 7, 10)) - ny(2026, 3, 7, 10), 23h);
    QCOMPARE(due(ny(2026, 10, 31, 10)) - ny(2026, 10, 31, 10), 25h);
    QCOMPARE(due(ny(2026, 6, 1, 10)) - ny(2026, 6, 1, 10), 24h);
}

void TestSlaEngine::helpdeskMatrixTargets()
{
    const auto due = [&](const char *severity, Instant when) {
        return *m_engine
                    ->evaluate(timeline(QStringLiteral("helpdesk-matrix"),
                                        {created(when, QString::fromLatin1(severity), "standard")}),
                               when)
                    .metric(Metric::InitialResponse)
                    ->due;
    };
    const Instant saturday = ny(2026, 3, 7, 23);
    QCOMPARE(due("p2", saturday), saturday + 30min);
    QCOMPARE(due("p3", saturday), saturday + 4h);
    // P4: 3 business days of 8x5 = 24 business hours; P5: 1 week = 5 business days.
    QCOMPARE(due("p4", ny(2026, 3, 6, 15)), ny(2026, 3, 11, 15));
    QCOMPARE(due("p4", saturday), ny(2026, 3, 11, 17));
    QCOMPARE(due("p5", ny(2026, 3, 6, 15)), ny(2026, 3, 13, 15));
}

void TestSlaEngine::helpdeskImmediateAndScheduled()
{
    const Instant opened = ny(2026, 3, 9, 10);
    // P1: no grace period. Due at creation; the queue shows how long it has waited.
    const TicketSla p1 = m_engine->evaluate(timeline(QStringLiteral("helpdesk-matrix"),
                                                     {created(opened, "p1", "standard")}),
                                            opened + 7min);
    const MetricState &response = *p1.metric(Metric::InitialResponse);
    QCOMPARE(*response.due, opened);
    QCOMPARE(response.state, ClockState::Breached);
    QCOMPARE(response.remaining, -7min);
    QVERIFY(!p1.nextChange);
    const TicketSla answered = m_engine->evaluate(timeline(QStringLiteral("helpdesk-matrix"),
                                                           {created(opened, "p1", "standard"),
                                                            happened(opened,
                                                                     TicketEvent::Kind::Responded)}),
                                                  opened + 1h);
    QCOMPARE(answered.metric(Metric::InitialResponse)->state, ClockState::Met);

    // P6: due at the time the requester scheduled; until then it awaits a schedule.
    QList<TicketEvent> events{created(opened, "p6", "standard")};
    QCOMPARE(m_engine->evaluate(timeline(QStringLiteral("helpdesk-matrix"), events), opened + 1h)
                 .metric(Metric::InitialResponse)
                 ->state,
             ClockState::AwaitingSchedule);
    TicketEvent scheduled = happened(opened + 2h, TicketEvent::Kind::ScheduledFor);
    scheduled.scheduledFor = ny(2026, 3, 12, 14);
    events.append(scheduled);
    const TicketSla p6 = m_engine->evaluate(timeline(QStringLiteral("helpdesk-matrix"), events),
                                            ny(2026, 3, 11, 14));
    QCOMPARE(*p6.metric(Metric::InitialResponse)->due, ny(2026, 3, 12, 14));
    QCOMPARE(p6.metric(Metric::InitialResponse)->state, ClockState::Running);
    QCOMPARE(p6.metric(Metric::InitialResponse)->remaining, 8h); // business hours on 8x5
    QCOMPARE(m_engine
                 ->evaluate(timeline(QStringLiteral("helpdesk-matrix"), events), ny(2026, 3, 12, 14))
                 .metric(Metric::InitialResponse)
                 ->state,
             ClockState::Breached);
}

void TestSlaEngine::cloudTierResolutionTargets()
{
    // Seed 002: P1 resolution best effort / 8h / 8h / 4h, tickets taken into account 24x7.
    const Instant friday = at("2026-03-06T16:55:00Z");
    const auto resolution = [&](const char *tier) {
        return *m_engine
                    ->evaluate(timeline(QStringLiteral("cloud-tiers"),
                                        {created(friday, "p1", QString::fromLatin1(tier), "portal")}),
                               friday)
                    .metric(Metric::Resolution);
    };
    QCOMPARE(*resolution("gold").due, friday + 4h);
    QCOMPARE(*resolution("silver").due, friday + 8h);
    QCOMPARE(*resolution("bronze").due, friday + 8h);
    const MetricState standard = resolution("standard");
    QCOMPARE(standard.state, ClockState::BestEffort);
    QVERIFY(!standard.due);
    QVERIFY(!standard.nextChange);
    // P2 carries no commitment at all: no metric is reported.
    QVERIFY(m_engine
                ->evaluate(timeline(QStringLiteral("cloud-tiers"),
                                    {created(friday, "p2", "gold", "portal")}),
                           friday)
                .metrics.isEmpty());
}

void TestSlaEngine::afterHoursNotUrgentIsNextWorkingDay()
{
    const auto due = [&](const char *severity, Instant when) {
        return *m_engine
                    ->evaluate(timeline(QStringLiteral("afterhours-desk"),
                                        {created(when, QString::fromLatin1(severity), "standard")}),
                               when)
                    .metric(Metric::InitialResponse)
                    ->due;
    };
    const auto toronto = [](int y, unsigned m, unsigned d, int hh) {
        return date::locate_zone("America/Toronto")
            ->to_sys(date::local_days{date::year{y} / m / d} + std::chrono::hours{hh});
    };
    // A not-urgent call on Friday night is handled by the end of Monday.
    QCOMPARE(due("not-urgent", toronto(2026, 3, 6, 23)), toronto(2026, 3, 9, 17));
    QCOMPARE(due("not-urgent", toronto(2026, 3, 10, 2)), toronto(2026, 3, 10, 17));
    // Urgent and critical calls page the on-call engineer at once.
    QCOMPARE(due("critical", toronto(2026, 3, 6, 23)), toronto(2026, 3, 6, 23));
    // With no urgency stated, the desk records the call as not urgent.
    QCOMPARE(m_engine
                 ->evaluate(timeline(QStringLiteral("afterhours-desk"),
                                     {created(toronto(2026, 3, 6, 23), QString(), "standard")}),
                            toronto(2026, 3, 6, 23))
                 .severity,
             QStringLiteral("not-urgent"));
}

void TestSlaEngine::waitingOnCustomerPausesTheClock()
{
    // Sev 2 (4 business hours) opened Monday 10:00 ET; waiting on the customer 11:00-15:00.
    const QList<TicketEvent> events{
        created(ny(2026, 3, 9, 10), "sev2", "standard"),
        happened(ny(2026, 3, 9, 11),
                 TicketEvent::Kind::StatusChanged,
                 QStringLiteral("waiting-customer")),
        happened(ny(2026, 3, 9, 15), TicketEvent::Kind::CustomerReplied),
    };
    const TicketTimeline t = timeline(QStringLiteral("netmon-v2"), events);
    const TicketSla during = m_engine->evaluate(t, ny(2026, 3, 9, 13));
    const MetricState &paused = *during.metric(Metric::InitialResponse);
    QCOMPARE(paused.state, ClockState::Paused);
    QCOMPARE(paused.elapsed, 1h);
    QCOMPARE(paused.remaining, 3h);
    QVERIFY(!paused.due);
    QVERIFY(!during.nextChange);
    const TicketSla after = m_engine->evaluate(t, ny(2026, 3, 9, 16));
    QCOMPARE(after.metric(Metric::InitialResponse)->state, ClockState::Running);
    QCOMPARE(*after.metric(Metric::InitialResponse)->due, ny(2026, 3, 9, 18));
}

void TestSlaEngine::severityChangeKeepsElapsedAndPausedTime()
{
    // P3 (4 h, 24x7) opened at 10:00, paused 10:10-10:40, raised to P2 (30 min) at 10:50.
    const Instant opened = at("2026-03-09T10:00:00Z");
    QList<TicketEvent> events{
        created(opened, "p3", "standard"),
        happened(opened + 10min,
                 TicketEvent::Kind::StatusChanged,
                 QStringLiteral("waiting-customer")),
        happened(opened + 40min, TicketEvent::Kind::StatusChanged, QStringLiteral("open")),
        happened(opened + 50min, TicketEvent::Kind::SeverityChanged, QStringLiteral("p2")),
    };
    const TicketSla sla = m_engine->evaluate(timeline(QStringLiteral("helpdesk-matrix"), events),
                                             opened + 50min);
    const MetricState &response = *sla.metric(Metric::InitialResponse);
    QCOMPARE(sla.severity, QStringLiteral("p2"));
    // 20 minutes have run (10 before the pause, 10 after): 10 are left of the new 30.
    QCOMPARE(response.elapsed, 20min);
    QCOMPARE(response.remaining, 10min);
    QCOMPARE(*response.due, opened + 60min);
    // The same answer as a ticket that had been P2 from the start.
    events[0].value = QStringLiteral("p2");
    events.removeLast();
    const TicketSla always = m_engine->evaluate(timeline(QStringLiteral("helpdesk-matrix"), events),
                                                opened + 50min);
    QCOMPARE(*always.metric(Metric::InitialResponse)->due, *response.due);
}

void TestSlaEngine::reopenStartsANewCycleAndKeepsHistory()
{
    const Instant opened = at("2026-03-09T10:00:00Z");
    const QList<TicketEvent> events{
        created(opened, "p1", "gold", "portal"),
        happened(opened + 5h, TicketEvent::Kind::Resolved), // 4 h target: breached
        happened(opened + 24h, TicketEvent::Kind::Reopened),
        happened(opened + 26h, TicketEvent::Kind::SeverityChanged, QStringLiteral("p1")),
    };
    const TicketSla sla = m_engine->evaluate(timeline(QStringLiteral("cloud-tiers"), events),
                                             opened + 27h);
    const MetricState &resolution = *sla.metric(Metric::Resolution);
    QCOMPARE(resolution.history.size(), 1);
    QCOMPARE(resolution.history.first().state, ClockState::Breached);
    QCOMPARE(*resolution.history.first().due, opened + 4h);
    QCOMPARE(resolution.current.start, opened + 24h);
    QCOMPARE(resolution.state, ClockState::Running);
    QCOMPARE(*resolution.due, opened + 28h);
}

void TestSlaEngine::policyVersionAppliesToRunningCycleOnly()
{
    // Version 2 of the cloud policy shortens Gold P1 resolution to 2 h.
    Policy v2 = *m_engine->policy(QStringLiteral("cloud-tiers"), 1);
    v2.version = 2;
    for (Target &target : v2.targets) {
        if (target.tier == QLatin1String("gold"))
            target.duration = 2h;
    }
    QList<Policy> policies = m_presets;
    policies.append(v2);
    const SlaEngine engine(policies);
    const Instant opened = at("2026-03-09T10:00:00Z");
    TicketEvent change = happened(opened + 30h, TicketEvent::Kind::PolicyChanged);
    change.version = 2;
    const QList<TicketEvent> events{
        created(opened, "p1", "gold", "portal"),
        happened(opened + 3h, TicketEvent::Kind::Resolved),
        happened(opened + 24h, TicketEvent::Kind::Reopened),
        change,
    };
    const TicketSla sla = engine.evaluate(timeline(QStringLiteral("cloud-tiers"), events),
                                          opened + 31h);
    const MetricState &resolution = *sla.metric(Metric::Resolution);
    // The first cycle ended under version 1 and keeps it: met within 4 h.
    QCOMPARE(resolution.history.first().policyVersion, 1);
    QCOMPARE(resolution.history.first().state, ClockState::Met);
    // The running cycle re-targets as if version 2 had always applied: due 2 h after reopening.
    QCOMPARE(resolution.current.policyVersion, 2);
    QCOMPARE(*resolution.due, opened + 26h);
    QCOMPARE(resolution.state, ClockState::Breached);
}

void TestSlaEngine::warningsAndNextChangeFallExactly()
{
    // Gold P1 resolution, 4 h on 24x7, warnings at 75 % and 90 %.
    const Instant opened = at("2026-03-09T10:00:00Z");
    const TicketTimeline t = timeline(QStringLiteral("cloud-tiers"),
                                      {created(opened, "p1", "gold", "portal")});
    const TicketSla start = m_engine->evaluate(t, opened);
    QCOMPARE(*start.nextChange, opened + 3h);
    QCOMPARE(start.metric(Metric::Resolution)->warningLevel, 0);
    QCOMPARE(m_engine->evaluate(t, opened + 3h - 1s).metric(Metric::Resolution)->warningLevel, 0);
    const TicketSla first = m_engine->evaluate(t, opened + 3h);
    QCOMPARE(first.metric(Metric::Resolution)->warningLevel, 1);
    QCOMPARE(*first.nextChange, opened + 3h + 36min);
    const TicketSla second = m_engine->evaluate(t, opened + 3h + 36min);
    QCOMPARE(second.metric(Metric::Resolution)->warningLevel, 2);
    QCOMPARE(*second.nextChange, opened + 4h);
    QCOMPARE(m_engine->evaluate(t, opened + 4h - 1s).metric(Metric::Resolution)->state,
             ClockState::Running);
    const TicketSla breached = m_engine->evaluate(t, opened + 4h);
    QCOMPARE(breached.metric(Metric::Resolution)->state, ClockState::Breached);
    QVERIFY(!breached.nextChange);
    // On a business-hours calendar the next change falls in business time, across the night.
    const TicketSla netmon
        = m_engine->evaluate(timeline(QStringLiteral("netmon-v2"),
                                      {created(ny(2026, 3, 9, 20), "sev2", "standard")}),
                             ny(2026, 3, 9, 20));
    QCOMPARE(*netmon.nextChange, ny(2026, 3, 10, 5)); // 75 % of 4 h = 3 h: 2 h tonight, 1 h tomorrow
}

void TestSlaEngine::periodicUpdatesCycleOnEachResponse()
{
    // Seed 001 Severity 1: periodic status reports, every 4 business hours in this preset.
    const Instant opened = ny(2026, 3, 9, 9);
    QList<TicketEvent> events{created(opened, "sev1", "standard")};
    const TicketTimeline before = timeline(QStringLiteral("netmon-v2"), events);
    QCOMPARE(m_engine->evaluate(before, opened + 1h).metric(Metric::PeriodicUpdate)->state,
             ClockState::NotStarted);
    events.append(happened(opened + 1h, TicketEvent::Kind::Responded));
    events.append(happened(opened + 3h, TicketEvent::Kind::Updated));
    const TicketSla sla = m_engine->evaluate(timeline(QStringLiteral("netmon-v2"), events),
                                             opened + 4h);
    const MetricState &updates = *sla.metric(Metric::PeriodicUpdate);
    QCOMPARE(updates.history.size(), 1);
    QCOMPARE(updates.history.first().state, ClockState::Met);
    QCOMPARE(updates.current.start, opened + 3h);
    QCOMPARE(*updates.due, opened + 7h);
    QCOMPARE(sla.metric(Metric::InitialResponse)->state, ClockState::Met);
}

void TestSlaEngine::explainTilesTheClock()
{
    // Sev 2 opened Wednesday before Thanksgiving at 20:00, looked at on Friday 05:00.
    const TicketTimeline t = timeline(QStringLiteral("netmon-v2"),
                                      {created(ny(2026, 11, 25, 20), "sev2", "standard")});
    const TicketSla sla = m_engine->evaluate(t, ny(2026, 11, 27, 5), SlaEngine::Explain::Yes);
    const MetricState &response = *sla.metric(Metric::InitialResponse);
    QVERIFY(!response.explain.isEmpty());
    QCOMPARE(response.explain.first().from, ny(2026, 11, 25, 20));
    QCOMPARE(response.explain.last().to, *response.due);
    Seconds counted{0};
    bool holiday = false;
    for (qsizetype i = 0; i < response.explain.size(); ++i) {
        const ExplainSegment &segment = response.explain.at(i);
        if (i > 0)
            QCOMPARE(segment.from, response.explain.at(i - 1).to);
        QCOMPARE(segment.projected, segment.from >= ny(2026, 11, 27, 5));
        if (segment.kind == ExplainSegment::Kind::Counted)
            counted += segment.to - segment.from;
        if (segment.kind == ExplainSegment::Kind::Holiday) {
            holiday = true;
            QCOMPARE(segment.detail, QStringLiteral("Thanksgiving"));
        }
    }
    QVERIFY(holiday);
    QCOMPARE(counted, response.budget);
}

void TestSlaEngine::refusesTimelineWithoutCreation()
{
    QVERIFY_THROWS_EXCEPTION(InputError,
                             m_engine->evaluate(timeline(QStringLiteral("netmon-v2"),
                                                         {happened(ny(2026, 3, 9, 9),
                                                                   TicketEvent::Kind::Responded)}),
                                                ny(2026, 3, 9, 10)));
    QVERIFY_THROWS_EXCEPTION(InputError,
                             m_engine->evaluate(timeline(QStringLiteral("no-such-policy"),
                                                         {created(ny(2026, 3, 9, 9),
                                                                  "sev1",
                                                                  "standard")}),
                                                ny(2026, 3, 9, 10)));
}

QTEST_GUILESS_MAIN(TestSlaEngine)
#include "tst_slaengine.moc"
