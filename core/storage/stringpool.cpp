#include "storage/stringpool.h"

namespace hourglass {

QString StringPool::intern(const QString &value)
{
    if (m_set.isEmpty()) {
        for (const QString &pooled : m_list) {
            if (pooled.size() == value.size() && pooled == value)
                return pooled;
        }
        if (m_list.size() < listLimit) {
            m_list.push_back(value);
            return value;
        }
        m_set = QSet<QString>(m_list.begin(), m_list.end());
        m_list.clear();
    }
    const auto it = m_set.constFind(value);
    if (it != m_set.constEnd())
        return *it;
    m_set.insert(value);
    return value;
}

} // namespace hourglass
