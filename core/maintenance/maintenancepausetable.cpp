// The maintenance pauses of every subscribed customer over one span of time, read once.
#include "maintenance/maintenancepausetable.h"

#include <algorithm>

namespace hourglass {

MaintenancePauseTable::MaintenancePauseTable(const MaintenanceService::Schedule &schedule,
                                             const QHash<qint64, QStringList> &platformsByCustomer,
                                             Instant from,
                                             Instant to)
    : m_from(from)
    , m_to(to)
{
    // A few platform sets serve thousands of customers: each list is made once.
    QHash<QString, std::shared_ptr<const std::vector<SlaPause>>> bySet;
    for (auto it = platformsByCustomer.cbegin(); it != platformsByCustomer.cend(); ++it) {
        QStringList platforms = it.value();
        platforms.sort();
        platforms.removeDuplicates();
        const QString key = platforms.join(QChar(0));
        auto shared = bySet.value(key);
        if (!shared) {
            std::vector<SlaPause> pauses = MaintenanceService::pausesFrom(schedule, platforms);
            std::sort(pauses.begin(), pauses.end(), [](const SlaPause &a, const SlaPause &b) {
                return std::tie(a.from, a.to) < std::tie(b.from, b.to);
            });
            shared = std::make_shared<const std::vector<SlaPause>>(std::move(pauses));
            bySet.insert(key, shared);
        }
        if (!shared->empty())
            m_byCustomer.insert(it.key(), shared);
    }
}

const std::vector<SlaPause> &MaintenancePauseTable::forCustomer(qint64 customerId) const
{
    static const std::vector<SlaPause> none;
    const auto it = m_byCustomer.constFind(customerId);
    return it == m_byCustomer.constEnd() ? none : **it;
}

} // namespace hourglass
