// The maintenance pauses of every subscribed customer over one span of time, read once: what
// the queue, the ticket pane and the command line give the SLA engine.
#pragma once

#include "maintenance/maintenanceservice.h"
#include "sla/slapause.h"

#include <QHash>
#include <QStringList>

#include <memory>
#include <vector>

namespace hourglass {

// Never changed once made, so a load on another thread can read it while the GUI thread reads
// it too; a change of windows or subscriptions makes a new table (MaintenancePauses).
class MaintenancePauseTable
{
public:
    // No pauses at all: for a console without maintenance windows, and for tests.
    MaintenancePauseTable() = default;
    // The occurrences of `schedule` (read for [from, to)) that pause SLA clocks, per customer
    // of `platformsByCustomer`. Customers on the same platforms share one list.
    MaintenancePauseTable(const MaintenanceService::Schedule &schedule,
                          const QHash<qint64, QStringList> &platformsByCustomer,
                          Instant from,
                          Instant to);

    // The pauses of a customer's tickets, by start; empty for a customer on no platform with a
    // window that pauses SLA clocks.
    const std::vector<SlaPause> &forCustomer(qint64 customerId) const;
    bool isEmpty() const { return m_byCustomer.isEmpty(); }
    Instant from() const { return m_from; }
    Instant to() const { return m_to; }

private:
    Instant m_from{};
    Instant m_to{};
    QHash<qint64, std::shared_ptr<const std::vector<SlaPause>>> m_byCustomer;
};

} // namespace hourglass
