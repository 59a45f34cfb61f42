// SLA clocks paused by maintenance windows: a window in the middle of a running clock moves its
// due time by exactly the window's business-time overlap for an affected customer and by
// nothing for another; inside a window the clock is paused with a known due time; explain and
// nextChange agree with the due time.
#include "maintenance/maintenanceexpander.h"
#include "maintenance/maintenancepresets.h"
#include "maintenance/maintenanceservice.h"
#include "sla/explaintext.h"
#include "sla/presetpolicies.h"
#include "sla/slaengine.h"

#include <QTest>

#include <date/tz.h>

using namespace hourglass;

namespace {

Instant ny(int y, unsigned m, unsigned d, int hh, int mm = 0)
{
    return date::locate_zone("America/New_York")
        ->to_sys(date::local_days{date::year{y} / m / d} + std::chrono::hours{hh}
                     + std::chrono::minutes{mm},
                 date::choose::earliest);
}

TicketEvent happened(Instant when, TicketEvent::Kind kind, const QString &value = QString())
{
    TicketEvent e;
    e.kind = kind;
    e.at = when;
    e.value = value;
    if (kind == TicketEvent::Kind::Created) {
        e.tier = QStringLiteral("standard");
        e.channel = QStringLiteral("phone");
    }
    return e;
}

// A severity-3 ticket of seed 001 (24 business hours of 04:00-22:00 New York, Mon-Fri),
// opened on Monday 2026-03-09 at 10:00: without maintenance it is due Tuesday at 16:00.
TicketTimeline sev3Ticket(QList<TicketEvent> later = {})
{
    QList<TicketEvent> events{happened(ny(2026, 3, 9, 10), TicketEvent::Kind::Created, "sev3")};
    events += later;
    return TicketTimeline{QStringLiteral("netmon-v2"), 1, events};
}

// Tuesday 2026-03-10, 07:00-09:00 New York, on the network-monitoring platform: two hours of
// business time.
MaintenanceWindow tuesdayUpgrade()
{
    MaintenanceWindow window;
    window.uid = QStringLiteral("upgrade@test");
    window.title = QStringLiteral("Collector upgrade");
    window.platform = QStringLiteral("Network monitoring");
    window.zone = QStringLiteral("America/New_York");
    window.start = *parseLocalTime(u"2026-03-10T07:00:00");
    window.length = Seconds{2 * 3600};
    window.pausesSla = true;
    return window;
}

} // namespace

class TestMaintenancePause : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_engine = std::make_unique<SlaEngine>(PresetPolicies::load());
        QList<MaintenanceWindow> windows = MaintenancePresets::all();
        windows.append(tuesdayUpgrade());
        const MaintenanceExpander expander;
        m_schedule.windows = windows;
        m_schedule.occurrences = expander.occurrences(windows, ny(2026, 3, 1, 0), ny(2026, 4, 1, 0));
        m_affected = MaintenanceService::pausesFrom(m_schedule,
                                                    {QStringLiteral("Network monitoring")});
    }

    void affectedCustomersOnly()
    {
        // The platform's Saturday outages and the Tuesday upgrade; a NUP customer gets only
        // NUP's windows, none of which pause this policy's clocks more than the calendar does.
        QCOMPARE(m_affected.size(), std::size_t(5));
        const auto upgrade = std::find_if(m_affected.begin(),
                                          m_affected.end(),
                                          [](const SlaPause &p) {
                                              return p.from == ny(2026, 3, 10, 7);
                                          });
        QVERIFY(upgrade != m_affected.end());
        QCOMPARE(upgrade->to, ny(2026, 3, 10, 9));
        QCOMPARE(upgrade->reason, QStringLiteral("Collector upgrade, 07:00-09:00 New York"));
        const auto other = MaintenanceService::pausesFrom(m_schedule, {QStringLiteral("NUP")});
        QVERIFY(std::all_of(other.begin(), other.end(), [](const SlaPause &p) {
            return p.reason.startsWith(QLatin1String("NUP control plane, 00:00-06:00 Paris"));
        }));
        // A window that does not pause SLA clocks gives nothing.
        MaintenanceService::Schedule quiet = m_schedule;
        for (MaintenanceWindow &w : quiet.windows)
            w.pausesSla = false;
        QVERIFY(
            MaintenanceService::pausesFrom(quiet, {QStringLiteral("Network monitoring")}).empty());
    }

    void dueMovesByTheBusinessTimeOverlap()
    {
        const Instant monday = ny(2026, 3, 9, 12);
        const TicketSla plain = m_engine->evaluate(sev3Ticket(), monday);
        QCOMPARE(*plain.metric(Metric::InitialResponse)->due, ny(2026, 3, 10, 16));
        // Another customer (no pauses given) is untouched.
        const auto nup = MaintenanceService::pausesFrom(m_schedule, {QStringLiteral("NUP")});
        QCOMPARE(*m_engine->evaluate(sev3Ticket(), monday, SlaEngine::Explain::No, nup)
                      .metric(Metric::InitialResponse)
                      ->due,
                 ny(2026, 3, 10, 16));

        const TicketSla paused = m_engine->evaluate(sev3Ticket(),
                                                    monday,
                                                    SlaEngine::Explain::No,
                                                    m_affected);
        const MetricState &clock = *paused.metric(Metric::InitialResponse);
        // Two hours of business time later: the Saturday outages lie outside support hours.
        const BusinessCalendar &hours = *clock.counting;
        QCOMPARE(hours.between(ny(2026, 3, 10, 7), ny(2026, 3, 10, 9)), Seconds{2 * 3600});
        QCOMPARE(*clock.due, hours.add(ny(2026, 3, 10, 16), Seconds{2 * 3600}));
        QCOMPARE(*clock.due, ny(2026, 3, 10, 18));
        QCOMPARE(clock.state, ClockState::Running);
        // The next change is the window's start, before the 75 % warning (Tuesday 12:00).
        QCOMPARE(*clock.nextChange, ny(2026, 3, 10, 7));
        QCOMPARE(*paused.nextChange, ny(2026, 3, 10, 7));
    }

    void orderOfThePausesDoesNotMatter()
    {
        // In order (read in place), reversed, or with an empty one among them (both sorted
        // first), and with windows from before the opening: the same clocks.
        std::vector<SlaPause> inOrder = m_affected;
        std::sort(inOrder.begin(), inOrder.end(), [](const SlaPause &a, const SlaPause &b) {
            return a.from < b.from;
        });
        inOrder.insert(inOrder.begin(),
                       {ny(2026, 3, 2, 7), ny(2026, 3, 2, 9), QStringLiteral("Before")});
        std::vector<SlaPause> reversed(inOrder.rbegin(), inOrder.rend());
        std::vector<SlaPause> withEmpty = inOrder;
        withEmpty.push_back({ny(2026, 3, 9, 11), ny(2026, 3, 9, 11), QStringLiteral("Empty")});
        for (const Instant at : {ny(2026, 3, 9, 12), ny(2026, 3, 10, 8), ny(2026, 3, 10, 17)}) {
            const TicketSla expected = m_engine->evaluate(sev3Ticket(),
                                                          at,
                                                          SlaEngine::Explain::Yes,
                                                          inOrder);
            for (const auto *given : {&reversed, &withEmpty}) {
                const TicketSla sla = m_engine->evaluate(sev3Ticket(),
                                                         at,
                                                         SlaEngine::Explain::Yes,
                                                         *given);
                const MetricState &a = *expected.metric(Metric::InitialResponse);
                const MetricState &b = *sla.metric(Metric::InitialResponse);
                QCOMPARE(b.due, a.due);
                QCOMPARE(b.state, a.state);
                QCOMPARE(b.elapsed, a.elapsed);
                QCOMPARE(b.nextChange, a.nextChange);
                QCOMPARE(b.explain.size(), a.explain.size());
            }
        }
        // Inside the Tuesday window the clock stands still whatever the order.
        QCOMPARE(m_engine
                     ->evaluate(sev3Ticket(), ny(2026, 3, 10, 8), SlaEngine::Explain::No, reversed)
                     .metric(Metric::InitialResponse)
                     ->state,
                 ClockState::Paused);
    }

    void insideAWindowTheClockIsPausedWithAKnownDueTime()
    {
        const TicketSla during = m_engine->evaluate(sev3Ticket(),
                                                    ny(2026, 3, 10, 8),
                                                    SlaEngine::Explain::No,
                                                    m_affected);
        const MetricState &clock = *during.metric(Metric::InitialResponse);
        QCOMPARE(clock.state, ClockState::Paused);
        QVERIFY(clock.paused);
        QCOMPARE(clock.elapsed, Seconds{15 * 3600}); // Monday 10:00-22:00, Tuesday 04:00-07:00
        QCOMPARE(*clock.due, ny(2026, 3, 10, 18));
        QCOMPARE(*clock.nextChange, ny(2026, 3, 10, 9)); // it resumes at the window's end

        const TicketSla after = m_engine->evaluate(sev3Ticket(),
                                                   ny(2026, 3, 10, 9),
                                                   SlaEngine::Explain::No,
                                                   m_affected);
        const MetricState &resumed = *after.metric(Metric::InitialResponse);
        QCOMPARE(resumed.state, ClockState::Running);
        QCOMPARE(resumed.elapsed, Seconds{15 * 3600});
        QCOMPARE(*resumed.due, ny(2026, 3, 10, 18));
        QCOMPARE(*resumed.nextChange, ny(2026, 3, 10, 12)); // 75 % of 24 h: 3 h after 09:00
    }

    void explainAgreesWithTheDueTime()
    {
        const TicketSla sla = m_engine->evaluate(sev3Ticket(),
                                                 ny(2026, 3, 9, 12),
                                                 SlaEngine::Explain::Yes,
                                                 m_affected);
        const MetricState &clock = *sla.metric(Metric::InitialResponse);
        Seconds counted{0};
        bool named = false;
        for (const ExplainSegment &segment : clock.explain) {
            if (segment.kind == ExplainSegment::Kind::Counted)
                counted += segment.to - segment.from;
            if (segment.kind == ExplainSegment::Kind::Maintenance) {
                QVERIFY(segment.projected);
                QCOMPARE(segment.from, ny(2026, 3, 10, 7));
                QCOMPARE(segment.to, ny(2026, 3, 10, 9));
                QCOMPARE(ExplainText::segmentText(segment),
                         QStringLiteral("not counted: paused for maintenance (Collector upgrade, "
                                        "07:00-09:00 New York) (ahead, if nothing changes)"));
                named = true;
            }
        }
        QVERIFY(named);
        QCOMPARE(counted, clock.budget);
        QCOMPARE(clock.explain.constLast().to, *clock.due);
    }

    void waitingAndMaintenanceDoNotCountTwice()
    {
        // Waiting on the customer 06:00-08:00, the window 07:00-09:00: nothing counts from
        // 06:00 to 09:00, and the hour both cover is not taken off twice.
        const TicketTimeline ticket = sev3Ticket(
            {happened(ny(2026, 3, 10, 6), TicketEvent::Kind::StatusChanged, "waiting-customer"),
             happened(ny(2026, 3, 10, 8), TicketEvent::Kind::CustomerReplied)});
        const TicketSla sla = m_engine->evaluate(ticket,
                                                 ny(2026, 3, 10, 10),
                                                 SlaEngine::Explain::No,
                                                 m_affected);
        const MetricState &clock = *sla.metric(Metric::InitialResponse);
        QCOMPARE(clock.elapsed, Seconds{(12 + 2 + 1) * 3600});
        QCOMPARE(*clock.due, ny(2026, 3, 10, 19));
        // While waiting, inside the window, the due time stays unknown: the customer decides.
        const TicketSla waiting = m_engine->evaluate(ticket,
                                                     ny(2026, 3, 10, 7, 30),
                                                     SlaEngine::Explain::No,
                                                     m_affected);
        QVERIFY(!waiting.metric(Metric::InitialResponse)->due);
        QCOMPARE(waiting.metric(Metric::InitialResponse)->state, ClockState::Paused);
    }

private:
    std::unique_ptr<SlaEngine> m_engine;
    MaintenanceService::Schedule m_schedule;
    std::vector<SlaPause> m_affected;
};

QTEST_GUILESS_MAIN(TestMaintenancePause)
#include "tst_maintenancepause.moc"
