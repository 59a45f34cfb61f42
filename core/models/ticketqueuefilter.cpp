// The queue's sort and filter proxy: most urgent first, and the agent's filters.
#include "models/ticketqueuefilter.h"

#include "models/ticketqueuemodel.h"

namespace hourglass {

TicketQueueFilter::TicketQueueFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Sorted on the urgency key unless the agent clicks another column; countdown ticks only
    // touch display roles, which never re-sort.
    setSortRole(TicketQueueModel::UrgencyRole);
    // Countdown ticks change display roles only; with the filter on a role of its own they
    // neither re-filter nor re-sort.
    setFilterRole(TicketQueueModel::SearchTextRole);
    setDynamicSortFilter(true);
}

void TicketQueueFilter::refilter()
{
    // One layout change for the whole new set: invalidateFilter() would signal every removed
    // range on its own, and a search over 100 000 rows removes tens of thousands of them.
    invalidate();
}

void TicketQueueFilter::setCurrentUser(const QString &login)
{
    m_user = login;
    refilter();
}

void TicketQueueFilter::setScope(Scope scope)
{
    m_scope = scope;
    refilter();
}

void TicketQueueFilter::setSeverity(const QString &severity)
{
    m_severity = severity;
    refilter();
}

void TicketQueueFilter::setTier(const QString &tier)
{
    m_tier = tier;
    refilter();
}

void TicketQueueFilter::setCustomer(const QString &customer)
{
    m_customer = customer;
    refilter();
}

void TicketQueueFilter::setLanguage(const QString &language)
{
    m_language = language;
    refilter();
}

void TicketQueueFilter::setStatus(const QString &status)
{
    m_status = status;
    refilter();
}

void TicketQueueFilter::setOnlyAtRiskOrBreached(bool on)
{
    m_urgentOnly = on;
    refilter();
}

void TicketQueueFilter::setSearch(const QString &text)
{
    m_words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    refilter();
}

bool TicketQueueFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto value = [&index](int role) {
        return index.data(role);
    };
    if (m_scope == Scope::Mine && value(TicketQueueModel::AssigneeRole).toString() != m_user)
        return false;
    if (m_scope == Scope::Unassigned && !value(TicketQueueModel::AssigneeRole).toString().isEmpty())
        return false;
    const auto matches = [&](const QString &wanted, int role) {
        return wanted.isEmpty() || value(role).toString() == wanted;
    };
    if (!matches(m_severity, TicketQueueModel::SeverityRole)
        || !matches(m_tier, TicketQueueModel::TierRole)
        || !matches(m_customer, TicketQueueModel::CustomerRole)
        || !matches(m_language, TicketQueueModel::LanguageRole)
        || !matches(m_status, TicketQueueModel::StatusRole))
        return false;
    if (m_urgentOnly && !value(TicketQueueModel::AtRiskRole).toBool()
        && !value(TicketQueueModel::BreachedRole).toBool())
        return false;
    if (!m_words.isEmpty()) {
        const QString text = value(TicketQueueModel::SearchTextRole).toString();
        for (const QString &word : m_words) {
            if (!text.contains(word))
                return false;
        }
    }
    return true;
}

bool TicketQueueFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (sortRole() == TicketQueueModel::UrgencyRole) {
        const auto *model = static_cast<const TicketQueueModel *>(sourceModel());
        const qint64 a = model->urgencyAt(left.row());
        const qint64 b = model->urgencyAt(right.row());
        if (a != b)
            return a < b;
        return model->idAt(left.row()) < model->idAt(right.row());
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace hourglass
