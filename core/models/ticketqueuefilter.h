// The queue's sort and filter proxy: most urgent first, and the agent's filters.
#pragma once

#include <QSortFilterProxyModel>

namespace hourglass {

class TicketQueueFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketQueueFilter)

public:
    enum class Scope { All, Mine, Unassigned };
    Q_ENUM(Scope)

    // The source must be a TicketQueueModel: filtering and sorting read its rows directly.
    explicit TicketQueueFilter(QObject *parent = nullptr);

    // Whose tickets "Mine" means.
    void setCurrentUser(const QString &login);
    QString currentUser() const { return m_user; }
    void setScope(Scope scope);
    // Empty: any.
    void setSeverity(const QString &severity);
    void setTier(const QString &tier);
    void setCustomer(const QString &customer);
    void setLanguage(const QString &language);
    void setStatus(const QString &status);
    void setOnlyAtRiskOrBreached(bool on);
    // Over id, title and customer, case-insensitive; every word must match.
    void setSearch(const QString &text);

    Scope scope() const { return m_scope; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    QString m_user;
    Scope m_scope = Scope::All;
    QString m_severity;
    QString m_tier;
    QString m_customer;
    QString m_language;
    QString m_status;
    bool m_urgentOnly = false;
    QStringList m_words;
};

} // namespace hourglass
