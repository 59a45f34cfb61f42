// The queue's sort and filter proxy: most urgent first, and the agent's filters.
#pragma once

#include <QAbstractProxyModel>
#include <QSet>

#include <utility>
#include <vector>

namespace hourglass {

class TicketQueueModel;

// A proxy of its own rather than a QSortFilterProxyModel: it keeps every row in urgency order
// at all times, whatever the filters, so changing a filter is one pass over that order and
// never a sort. With 100 000 tickets, clearing the search box costs a few milliseconds where
// re-sorting cost sixty. Rows move only when a ticket's urgency changes.
class TicketQueueFilter final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketQueueFilter)

public:
    enum class Scope { All, Mine, Unassigned };
    Q_ENUM(Scope)

    explicit TicketQueueFilter(QObject *parent = nullptr);
    ~TicketQueueFilter() override;

    // The source must be a TicketQueueModel: filtering and sorting read its rows directly.
    void setSourceModel(QAbstractItemModel *source) override;

    // Whose tickets "Mine" means.
    void setCurrentUser(const QString &login);
    QString currentUser() const { return m_user; }
    void setScope(Scope scope);
    // Empty: any. An id alone means it in every policy ("critical" of two policies).
    void setSeverity(const QString &severity);
    void setTier(const QString &tier);
    // (policy id, severity id) pairs, any of which passes: what one entry of the severity
    // filter stands for (every severity of an urgency rank, or those of one name). Empty: any.
    using PolicyItem = std::pair<QString, QString>;
    void setSeverities(const QSet<PolicyItem> &severities);
    void setTiers(const QSet<PolicyItem> &tiers);
    void setCustomer(const QString &customer);
    void setLanguage(const QString &language);
    void setStatus(const QString &status);
    void setOnlyAtRiskOrBreached(bool on);
    // Over id, title and customer, case-insensitive; every word must match.
    void setSearch(const QString &text);

    Scope scope() const { return m_scope; }

    // By urgency only, whatever the column: ascending is most urgent first.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // By a column's values (names as shown, severities by urgency rank), equal values most
    // urgent first; the deadline and countdown columns and -1 sort by urgency. What a click
    // on the queue's header asks for.
    void setSortColumn(int column, Qt::SortOrder order = Qt::AscendingOrder);
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    int sortColumn() const { return m_sortColumn; } // -1: by urgency

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;

private:
    bool accepts(int sourceRow) const;
    // Whether source row a comes before source row b in the current order.
    bool before(int a, int b) const;
    void sortAll();
    void indexOrder();    // m_orderPos from m_order
    void filterAll();     // m_visible and m_proxyRow from m_order and the filters
    void narrowVisible(); // the same, trying again only the rows shown
    void indexVisible();  // m_proxyRow from m_visible
    enum class Reorder { Keep, KeepAndNarrow, One, All };
    // One layout change around a new order (none, one moved row, a full sort) and filtering
    // (of every row, or of the rows shown when the filter can only narrow).
    void relayout(Reorder reorder, int movedRow = -1);
    void reposition(int sourceRow);
    void forwardDataChanged(
        int firstSource, int lastSource, int firstColumn, int lastColumn, const QList<int> &roles);

    void sourceReset();
    void sourceRowsAboutToBeRemoved(int first, int last);
    void sourceRowsRemoved(int first, int last);
    void sourceRowsInserted(int first, int last);
    bool isMisplaced(int sourceRow) const;
    void sourceRowChanged(int sourceRow);
    void sourceDataChanged(const QModelIndex &topLeft,
                           const QModelIndex &bottomRight,
                           const QList<int> &roles);

    const TicketQueueModel *m_model = nullptr;
    std::vector<QMetaObject::Connection> m_connections;
    std::vector<int> m_order;    // every source row, in the current order
    std::vector<int> m_orderPos; // source row → its place in m_order
    std::vector<int> m_visible;  // proxy row → source row: the accepted rows, in order
    std::vector<int> m_proxyRow; // source row → proxy row, or -1 when filtered out
    int m_removing = -1;         // the proxy row a one-row source removal takes away
    bool m_removingByLayout = false;

    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_sortColumn = -1;
    QSet<PolicyItem> m_severities;
    QSet<PolicyItem> m_tiers;
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
