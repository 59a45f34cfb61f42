// One shared copy of each repeated string read from the database: statuses, tiers, customer
// names and logins repeat on every row, and 100 000 tickets should not hold a million copies.
#pragma once

#include <QSet>
#include <QString>

#include <vector>

namespace hourglass {

// Meant for one column: a column holds few distinct values, so a short list searched in order
// beats hashing every value; a column with many (customer names) moves on to a hash set.
class StringPool
{
public:
    // The pooled string equal to `value`; the first of its kind joins the pool.
    QString intern(const QString &value);

private:
    static constexpr std::size_t listLimit = 24;
    std::vector<QString> m_list;
    QSet<QString> m_set;
};

} // namespace hourglass
