// Where every reader of an SLA clock gets the maintenance pauses of a ticket's customer.
#include "maintenance/maintenancepauses.h"

#include "maintenance/maintenanceservice.h"
#include "tickets/ticketrepository.h"
#include "time/clock.h"

#include <QSet>

namespace hourglass {

namespace {

// "A year ahead" is read again once it has slipped by a day.
constexpr Seconds slip{86400};
constexpr Seconds retryDelay{30};

} // namespace

MaintenancePauses::MaintenancePauses(MaintenanceService &maintenance,
                                     TicketRepository &tickets,
                                     const Clock &clock)
    : m_maintenance(maintenance)
    , m_tickets(tickets)
    , m_clock(clock)
    , m_table(std::make_shared<const MaintenancePauseTable>())
{}

std::shared_ptr<const MaintenancePauseTable> MaintenancePauses::table(std::optional<Instant> opened,
                                                                      std::optional<Instant> at)
{
    const Instant now = m_clock.now();
    const Instant until = std::max(now, at.value_or(now)) + horizon;
    const bool read = m_table->to() > Instant{};
    const bool due = m_stale || !read || m_table->to() < until - slip
                     || (opened && *opened < m_table->from());
    if (due && (!m_retryAt || now >= *m_retryAt))
        rebuild(now, opened, until);
    return m_table;
}

bool MaintenancePauses::noteChange(const QString &table)
{
    if (table != QLatin1String("maintenance_windows")
        && table != QLatin1String("platform_subscriptions"))
        return false;
    m_stale = true;
    m_retryAt.reset();
    return true;
}

void MaintenancePauses::rebuild(Instant now, std::optional<Instant> opened, Instant until)
{
    try {
        Instant from = now;
        if (const std::optional<Instant> oldest = m_tickets.oldestOpenCreatedAt())
            from = std::min(from, *oldest);
        if (opened)
            from = std::min(from, *opened);
        // A reopened old ticket widened the span once: it stays wide, rather than shrink and
        // widen again at each reading.
        if (m_table->to() > Instant{})
            from = std::min(from, m_table->from());
        const Instant to = until;
        const MaintenanceService::Schedule schedule = m_maintenance.schedule(from, to);
        QHash<qint64, QStringList> platforms;
        QSet<QString> seen;
        for (const MaintenanceWindow &window : schedule.windows) {
            if (!window.pausesSla || seen.contains(window.platform))
                continue;
            seen.insert(window.platform);
            for (const qint64 customer : m_maintenance.affectedCustomers(window))
                platforms[customer].append(window.platform);
        }
        m_table = std::make_shared<const MaintenancePauseTable>(schedule, platforms, from, to);
        m_stale = false;
        m_retryAt.reset();
        m_lastFailure.clear();
    } catch (const std::exception &error) {
        // Clocks go on with the pauses last read (none at first) rather than stop counting.
        m_retryAt = now + retryDelay;
        const QString failure = QString::fromUtf8(error.what());
        if (failure != m_lastFailure) {
            m_lastFailure = failure;
            qWarning("maintenance windows could not be read for SLA pauses: %s", error.what());
        }
    }
}

} // namespace hourglass
