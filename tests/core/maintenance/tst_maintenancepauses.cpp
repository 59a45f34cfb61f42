// Maintenance pauses for the SLA engine: only the subscribers of a window's platform get its
// occurrences, over the oldest open ticket's life and a year ahead, read again on a change of
// windows or subscriptions and not otherwise.
#include "maintenance/maintenancepauses.h"
#include "storage/demodata.h"
#include "testenvironment.h"
#include "ticketstack.h"
#include "time/clock.h"

#include <QSqlQuery>
#include <QTest>

using namespace hourglass;
using namespace std::chrono_literals;

class TestMaintenancePauses : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateUserData(); }
    void init()
    {
        m_stack.reset();
        m_database.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        m_database = test::openTemporarySqlite(*m_dir);
        DemoData::populate(*m_database, test::fixedNow);
        m_clock = std::make_unique<ManualClock>(test::fixedNow);
        m_stack = std::make_unique<test::TicketStack>(*m_database,
                                                      *m_clock,
                                                      QString(),
                                                      QStringLiteral("tester"));
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM customers ORDER BY id LIMIT 2")));
        QVERIFY(query.next());
        m_first = query.value(0).toLongLong();
        QVERIFY(query.next());
        m_second = query.value(0).toLongLong();
    }

    void onlySubscribersPause()
    {
        const QList<MaintenanceWindow> windows = m_stack->maintenance.installPresets();
        const MaintenanceWindow &nup = windows.at(0);
        QVERIFY(nup.pausesSla);
        m_stack->maintenance.subscribe(m_first, nup.platform);
        m_stack->pauses.invalidate();

        const auto table = m_stack->pauses.table();
        // From the oldest open ticket's opening to a year ahead.
        const std::optional<Instant> oldest = m_stack->repository.oldestOpenCreatedAt();
        QVERIFY(oldest);
        QCOMPARE(table->from(), std::min(*oldest, test::fixedNow));
        QCOMPARE(table->to(), test::fixedNow + MaintenancePauses::horizon);
        QVERIFY(table->forCustomer(m_second).empty());

        // Exactly the platform's occurrences in that span, in order, named after the window.
        const MaintenanceService::Schedule schedule = m_stack->maintenance.schedule(table->from(),
                                                                                    table->to());
        std::vector<SlaPause> expected;
        for (const MaintenanceOccurrence &occurrence : schedule.occurrences) {
            if (schedule.windows.at(occurrence.window).platform == nup.platform)
                expected.push_back({occurrence.start,
                                    occurrence.end,
                                    MaintenanceService::pauseReason(nup, occurrence)});
        }
        QVERIFY(expected.size() > 12); // the 1st Wednesday of every month, for over a year
        QCOMPARE(table->forCustomer(m_first), expected);
        QVERIFY(table->forCustomer(m_first).front().reason.startsWith(nup.title));
    }

    void windowsThatDoNotPauseAreLeftOut()
    {
        QList<MaintenanceWindow> windows = m_stack->maintenance.installPresets();
        windows[0].pausesSla = false;
        m_stack->maintenance.save(windows.at(0));
        m_stack->maintenance.subscribe(m_first, windows.at(0).platform);
        m_stack->pauses.invalidate();
        QVERIFY(m_stack->pauses.table()->forCustomer(m_first).empty());
    }

    void readAgainOnlyOnAChange()
    {
        const QList<MaintenanceWindow> windows = m_stack->maintenance.installPresets();
        m_stack->maintenance.subscribe(m_first, windows.at(0).platform);
        m_stack->pauses.invalidate();
        const auto before = m_stack->pauses.table();
        QVERIFY(!before->forCustomer(m_first).empty());

        // Another client subscribes the second customer: nothing changes until the feed says.
        m_stack->maintenance.subscribe(m_second, windows.at(0).platform);
        QCOMPARE(m_stack->pauses.table(), before);
        QVERIFY(!m_stack->pauses.noteChange(QStringLiteral("tickets")));
        QCOMPARE(m_stack->pauses.table(), before);
        QVERIFY(m_stack->pauses.noteChange(QStringLiteral("platform_subscriptions")));
        const auto after = m_stack->pauses.table();
        QVERIFY(after != before);
        QCOMPARE(after->forCustomer(m_second), after->forCustomer(m_first));
        // The old table is still whole for whoever holds it (a load on another thread).
        QVERIFY(before->forCustomer(m_second).empty());

        // A window removed: read again on its change-log entry.
        m_stack->maintenance.remove(windows.at(0).id, m_stack->maintenance.windows().at(0).version);
        QVERIFY(m_stack->pauses.noteChange(QStringLiteral("maintenance_windows")));
        QVERIFY(m_stack->pauses.table()->forCustomer(m_first).empty());
    }

    void spanFollowsTheClockAndOlderOpenings()
    {
        const auto first = m_stack->pauses.table();
        // Within a day the year ahead is close enough; past it, read again.
        m_clock->advance(12h);
        QCOMPARE(m_stack->pauses.table(), first);
        m_clock->advance(13h);
        const auto later = m_stack->pauses.table();
        QVERIFY(later != first);
        QCOMPARE(later->to(), m_clock->now() + MaintenancePauses::horizon);

        // A reopened ticket older than every open one, and a reading a month ahead.
        const Instant old = later->from() - 400 * 24h;
        const auto wider = m_stack->pauses.table(old, m_clock->now() + 30 * 24h);
        QCOMPARE(wider->from(), old);
        QCOMPARE(wider->to(), m_clock->now() + 30 * 24h + MaintenancePauses::horizon);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<test::TicketStack> m_stack;
    qint64 m_first = 0;
    qint64 m_second = 0;
};

QTEST_GUILESS_MAIN(TestMaintenancePauses)
#include "tst_maintenancepauses.moc"
