// Where every reader of an SLA clock gets the maintenance pauses of a ticket's customer: the
// queue, the ticket pane and hourglass-cli ask here, so they cannot disagree.
#pragma once

#include "maintenance/maintenancepausetable.h"

#include <QString>

#include <memory>
#include <optional>

namespace hourglass {

class Clock;
class MaintenanceService;
class TicketRepository;

// Holds the schedule from the oldest open ticket's opening to a year ahead, as a table of
// pauses per customer (their platform subscriptions). The table is read again when the
// maintenance windows or the subscriptions change (noteChange, from the change feed), once a
// day as "a year ahead" moves on, and when a clock reaches further back (a reopened old ticket).
// Not for concurrent use; the tables it hands out are, and outlive it.
class MaintenancePauses
{
public:
    MaintenancePauses(MaintenanceService &maintenance,
                      TicketRepository &tickets,
                      const Clock &clock);
    MaintenancePauses(const MaintenancePauses &) = delete;
    MaintenancePauses &operator=(const MaintenancePauses &) = delete;

    // The current table, read first if stale; covering the `opened` instant too when given
    // (the opening of the ticket to evaluate), and a year past `at` (a reading at another
    // instant than now, as `ticket show --at` asks). When the database cannot be read, the
    // last table (at first an empty one), retried half a minute later.
    std::shared_ptr<const MaintenancePauseTable> table(std::optional<Instant> opened = {},
                                                       std::optional<Instant> at = {});
    // A change-feed entry's table: true, and the table is stale, for maintenance windows and
    // platform subscriptions.
    bool noteChange(const QString &table);
    void invalidate() { m_stale = true; }

    // How far ahead due times are projected across windows.
    static constexpr Seconds horizon{366 * 86400};

private:
    void rebuild(Instant now, std::optional<Instant> opened, Instant until);

    MaintenanceService &m_maintenance;
    TicketRepository &m_tickets;
    const Clock &m_clock;
    std::shared_ptr<const MaintenancePauseTable> m_table;
    bool m_stale = true;
    std::optional<Instant> m_retryAt;
    QString m_lastFailure; // logged once
};

} // namespace hourglass
