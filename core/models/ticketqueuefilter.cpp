// The queue's sort and filter proxy: most urgent first, and the agent's filters.
#include "models/ticketqueuefilter.h"

#include "models/ticketqueuemodel.h"

#include <algorithm>
#include <iterator>
#include <numeric>

namespace hourglass {

namespace {

// Roles that change every second (the countdown) and decide neither order nor filtering.
bool onlyMovingRoles(const QList<int> &roles)
{
    if (roles.isEmpty())
        return false; // everything may have changed
    return std::all_of(roles.begin(), roles.end(), [](int role) {
        return role == Qt::DisplayRole || role == Qt::ToolTipRole
               || role == TicketQueueModel::RemainingSecondsRole
               || role == TicketQueueModel::ElapsedPercentRole;
    });
}

} // namespace

TicketQueueFilter::TicketQueueFilter(QObject *parent)
    : QAbstractProxyModel(parent)
{}

TicketQueueFilter::~TicketQueueFilter()
{
    for (const auto &connection : m_connections)
        disconnect(connection);
}

void TicketQueueFilter::setSourceModel(QAbstractItemModel *source)
{
    auto *model = qobject_cast<TicketQueueModel *>(source);
    Q_ASSERT_X(model || !source, "TicketQueueFilter", "the source must be a TicketQueueModel");
    beginResetModel();
    for (const auto &connection : m_connections)
        disconnect(connection);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(model);
    m_model = model;
    if (model) {
        const auto beginReset = [this] {
            beginResetModel();
        };
        const auto endReset = [this] {
            sourceReset();
        };
        m_connections = {
            connect(model, &QAbstractItemModel::modelAboutToBeReset, this, beginReset),
            connect(model, &QAbstractItemModel::modelReset, this, endReset),
            // Not emitted by the queue model; followed all the same, by starting over.
            connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, beginReset),
            connect(model, &QAbstractItemModel::layoutChanged, this, endReset),
            connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, beginReset),
            connect(model, &QAbstractItemModel::rowsMoved, this, endReset),
            connect(model, &QAbstractItemModel::columnsAboutToBeInserted, this, beginReset),
            connect(model, &QAbstractItemModel::columnsInserted, this, endReset),
            connect(model, &QAbstractItemModel::columnsAboutToBeRemoved, this, beginReset),
            connect(model, &QAbstractItemModel::columnsRemoved, this, endReset),
            connect(model,
                    &QAbstractItemModel::rowsAboutToBeRemoved,
                    this,
                    [this](const QModelIndex &, int first, int last) {
                        sourceRowsAboutToBeRemoved(first, last);
                    }),
            connect(model,
                    &QAbstractItemModel::rowsRemoved,
                    this,
                    [this](const QModelIndex &, int first, int last) {
                        sourceRowsRemoved(first, last);
                    }),
            connect(model,
                    &QAbstractItemModel::rowsInserted,
                    this,
                    [this](const QModelIndex &, int first, int last) {
                        sourceRowsInserted(first, last);
                    }),
            connect(model,
                    &QAbstractItemModel::dataChanged,
                    this,
                    &TicketQueueFilter::sourceDataChanged),
            // Deleted first, the source takes the rows with it.
            connect(model,
                    &QObject::destroyed,
                    this,
                    [this] {
                        beginResetModel();
                        m_model = nullptr;
                        m_connections.clear();
                        m_order.clear();
                        m_orderPos.clear();
                        m_visible.clear();
                        m_proxyRow.clear();
                        endResetModel();
                    }),
            connect(model,
                    &QAbstractItemModel::headerDataChanged,
                    this,
                    [this](Qt::Orientation orientation, int first, int last) {
                        if (orientation == Qt::Horizontal)
                            emit headerDataChanged(orientation, first, last);
                    }),
        };
    }
    sortAll();
    filterAll();
    endResetModel();
}

void TicketQueueFilter::setCurrentUser(const QString &login)
{
    m_user = login;
    relayout(Reorder::Keep);
}

void TicketQueueFilter::setScope(Scope scope)
{
    m_scope = scope;
    relayout(Reorder::Keep);
}

void TicketQueueFilter::setSeverity(const QString &severity)
{
    m_severity = severity;
    relayout(Reorder::Keep);
}

void TicketQueueFilter::setTier(const QString &tier)
{
    m_tier = tier;
    relayout(Reorder::Keep);
}

void TicketQueueFilter::setSeverities(const QSet<PolicyItem> &severities)
{
    m_severities = severities;
    relayout(Reorder::Keep);
}

void TicketQueueFilter::setTiers(const QSet<PolicyItem> &tiers)
{
    m_tiers = tiers;
    relayout(Reorder::Keep);
}

void TicketQueueFilter::setCustomer(const QString &customer)
{
    m_customer = customer;
    relayout(Reorder::Keep);
}

void TicketQueueFilter::setLanguage(const QString &language)
{
    m_language = language;
    relayout(Reorder::Keep);
}

void TicketQueueFilter::setStatus(const QString &status)
{
    m_status = status;
    relayout(Reorder::Keep);
}

void TicketQueueFilter::setOnlyAtRiskOrBreached(bool on)
{
    m_urgentOnly = on;
    relayout(Reorder::Keep);
}

void TicketQueueFilter::setSearch(const QString &text)
{
    const QStringList words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    // Typing on narrows the search when every earlier word lives on inside a new one ("tick"
    // → "ticket 42"): only the rows shown now can still match, so only they are tried again.
    const bool narrows = std::all_of(m_words.begin(), m_words.end(), [&words](const QString &old) {
        return std::any_of(words.begin(), words.end(), [&old](const QString &word) {
            return word.contains(old);
        });
    });
    m_words = words;
    relayout(narrows ? Reorder::KeepAndNarrow : Reorder::Keep);
}

void TicketQueueFilter::sort(int column, Qt::SortOrder order)
{
    Q_UNUSED(column);
    setSortColumn(-1, order);
}

void TicketQueueFilter::setSortColumn(int column, Qt::SortOrder order)
{
    const bool byUrgency = column < 0 || column == TicketQueueModel::DeadlineColumn
                           || column == TicketQueueModel::RemainingColumn
                           || column >= TicketQueueModel::ColumnCount;
    m_sortColumn = byUrgency ? -1 : column;
    m_sortOrder = order;
    relayout(Reorder::All);
}

bool TicketQueueFilter::accepts(int sourceRow) const
{
    const TicketRecord &ticket = *m_model->ticketAt(sourceRow);
    if (m_scope == Scope::Mine && ticket.assignee != m_user)
        return false;
    if (m_scope == Scope::Unassigned && !ticket.assignee.isEmpty())
        return false;
    const auto matches = [](const QString &wanted, const QString &value) {
        return wanted.isEmpty() || value == wanted;
    };
    if (!matches(m_severity, ticket.severity) || !matches(m_tier, ticket.tier)
        || !matches(m_customer, ticket.customer) || !matches(m_language, ticket.language)
        || !matches(m_status, statusKey(ticket.status)))
        return false;
    if (!m_severities.isEmpty() && !m_severities.contains({ticket.policyId, ticket.severity}))
        return false;
    if (!m_tiers.isEmpty() && !m_tiers.contains({ticket.policyId, ticket.tier}))
        return false;
    if (m_urgentOnly && !m_model->isAtRiskAt(sourceRow) && !m_model->isBreachedAt(sourceRow))
        return false;
    if (!m_words.isEmpty()) {
        const QString &text = m_model->searchTextAt(sourceRow);
        for (const QString &word : m_words) {
            if (!text.contains(word))
                return false;
        }
    }
    return true;
}

bool TicketQueueFilter::before(int a, int b) const
{
    if (m_sortColumn >= 0) {
        // By the column, either way; equal values most urgent first.
        const int byColumn = m_model->compareAt(a, b, m_sortColumn);
        if (byColumn != 0)
            return m_sortOrder == Qt::AscendingOrder ? byColumn < 0 : byColumn > 0;
    } else if (m_sortOrder == Qt::DescendingOrder) {
        std::swap(a, b);
    }
    const qint64 ua = m_model->urgencyAt(a);
    const qint64 ub = m_model->urgencyAt(b);
    if (ua != ub)
        return ua < ub;
    return m_model->idAt(a) < m_model->idAt(b);
}

void TicketQueueFilter::sortAll()
{
    m_order.resize(m_model ? std::size_t(m_model->rowCount()) : 0);
    std::iota(m_order.begin(), m_order.end(), 0);
    std::sort(m_order.begin(), m_order.end(), [this](int a, int b) { return before(a, b); });
    indexOrder();
}

void TicketQueueFilter::indexOrder()
{
    m_orderPos.resize(m_order.size());
    for (std::size_t pos = 0; pos < m_order.size(); ++pos)
        m_orderPos[std::size_t(m_order[pos])] = int(pos);
}

void TicketQueueFilter::filterAll()
{
    m_visible.clear();
    m_visible.reserve(m_order.size());
    std::copy_if(m_order.begin(), m_order.end(), std::back_inserter(m_visible), [this](int row) {
        return accepts(row);
    });
    indexVisible();
}

void TicketQueueFilter::narrowVisible()
{
    std::erase_if(m_visible, [this](int row) { return !accepts(row); });
    indexVisible();
}

void TicketQueueFilter::indexVisible()
{
    m_proxyRow.assign(m_order.size(), -1);
    for (std::size_t proxy = 0; proxy < m_visible.size(); ++proxy)
        m_proxyRow[std::size_t(m_visible[proxy])] = int(proxy);
}

void TicketQueueFilter::relayout(Reorder reorder, int movedRow)
{
    if (!m_model)
        return;
    // One layout change for the whole new set, persistent indexes (selection, current row)
    // following their tickets, or dropped with them.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    const QModelIndexList from = persistentIndexList();
    std::vector<int> sources;
    sources.reserve(std::size_t(from.size()));
    for (const QModelIndex &index : from)
        sources.push_back(m_visible[std::size_t(index.row())]);
    if (reorder == Reorder::All)
        sortAll();
    else if (reorder == Reorder::One)
        reposition(movedRow);
    if (reorder == Reorder::KeepAndNarrow)
        narrowVisible();
    else
        filterAll();
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        const int row = m_proxyRow[std::size_t(sources[std::size_t(i)])];
        to.append(row < 0 ? QModelIndex() : createIndex(row, from.at(i).column()));
    }
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
}

void TicketQueueFilter::reposition(int sourceRow)
{
    const auto at = m_order.begin() + m_orderPos[std::size_t(sourceRow)];
    m_order.erase(at);
    const auto to = std::lower_bound(m_order.begin(),
                                     m_order.end(),
                                     sourceRow,
                                     [this](int a, int b) { return before(a, b); });
    m_order.insert(to, sourceRow);
    indexOrder();
}

void TicketQueueFilter::sourceReset()
{
    sortAll();
    filterAll();
    endResetModel();
}

void TicketQueueFilter::sourceRowsAboutToBeRemoved(int first, int last)
{
    m_removing = -1;
    m_removingByLayout = false;
    if (first == last) {
        // The queue model removes one ticket at a time: one proxy row, or none.
        m_removing = m_proxyRow[std::size_t(first)];
        if (m_removing >= 0)
            beginRemoveRows(QModelIndex(), m_removing, m_removing);
        return;
    }
    m_removingByLayout = true;
    beginResetModel();
}

void TicketQueueFilter::sourceRowsRemoved(int first, int last)
{
    const int count = last - first + 1;
    const auto renumber = [first, last, count](std::vector<int> &rows) {
        std::erase_if(rows, [first, last](int row) { return row >= first && row <= last; });
        for (int &row : rows) {
            if (row > last)
                row -= count;
        }
    };
    if (m_removingByLayout) {
        m_removingByLayout = false;
        sourceReset();
        return;
    }
    renumber(m_order);
    renumber(m_visible);
    indexOrder();
    indexVisible();
    if (m_removing >= 0)
        endRemoveRows();
    m_removing = -1;
}

void TicketQueueFilter::sourceRowsInserted(int first, int last)
{
    const int count = last - first + 1;
    for (std::vector<int> *rows : {&m_order, &m_visible}) {
        for (int &row : *rows) {
            if (row >= first)
                row += count;
        }
    }
    if (count > 1) {
        // Not how the queue model adds tickets (one at a time): everything afresh.
        beginResetModel();
        sourceReset();
        return;
    }
    // Its place in the order, then among the rows shown if the filters let it through.
    const auto place = [this, first](const std::vector<int> &rows) {
        return std::lower_bound(rows.begin(), rows.end(), first, [this](int a, int b) {
            return before(a, b);
        });
    };
    m_order.insert(place(m_order), first);
    indexOrder();
    const bool shown = accepts(first);
    const int proxyRow = shown ? int(place(m_visible) - m_visible.begin()) : -1;
    if (shown) {
        beginInsertRows(QModelIndex(), proxyRow, proxyRow);
        m_visible.insert(m_visible.begin() + proxyRow, first);
    }
    indexVisible();
    if (shown)
        endInsertRows();
}

void TicketQueueFilter::sourceDataChanged(const QModelIndex &topLeft,
                                          const QModelIndex &bottomRight,
                                          const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid())
        return;
    const int first = topLeft.row();
    const int last = bottomRight.row();
    if (last >= int(m_orderPos.size())) {
        // Rows the proxy was never told of: everything afresh.
        beginResetModel();
        sourceReset();
        return;
    }
    if (!onlyMovingRoles(roles)) {
        // Re-evaluated or edited tickets: they may move (new urgency) or come and go (filters).
        if (first == last) {
            sourceRowChanged(first);
        } else {
            bool misplaced = false;
            bool shownChanged = false;
            for (int row = first; row <= last; ++row) {
                misplaced = misplaced || isMisplaced(row);
                shownChanged = shownChanged || accepts(row) != (m_proxyRow[std::size_t(row)] >= 0);
            }
            // Neighbours may have moved together: only a full sort is sure to be right.
            if (misplaced)
                relayout(Reorder::All);
            else if (shownChanged)
                relayout(Reorder::Keep);
        }
    }
    forwardDataChanged(first, last, topLeft.column(), bottomRight.column(), roles);
}

bool TicketQueueFilter::isMisplaced(int sourceRow) const
{
    const int pos = m_orderPos[std::size_t(sourceRow)];
    return (pos > 0 && before(sourceRow, m_order[std::size_t(pos - 1)]))
           || (pos + 1 < int(m_order.size()) && before(m_order[std::size_t(pos + 1)], sourceRow));
}

void TicketQueueFilter::sourceRowChanged(int row)
{
    // A row that leaves or joins the rows shown does so with the row signals, so a selection
    // model hears that its current row went; a move among the rows shown is a layout change.
    const bool misplaced = isMisplaced(row);
    const int shownAt = m_proxyRow[std::size_t(row)];
    const bool accepted = accepts(row);
    if (shownAt >= 0 && !accepted) {
        beginRemoveRows(QModelIndex(), shownAt, shownAt);
        m_visible.erase(m_visible.begin() + shownAt);
        if (misplaced)
            reposition(row);
        indexVisible();
        endRemoveRows();
    } else if (shownAt < 0 && accepted) {
        if (misplaced)
            reposition(row);
        const auto at = std::lower_bound(m_visible.begin(),
                                         m_visible.end(),
                                         row,
                                         [this](int a, int b) { return before(a, b); });
        const int proxy = int(at - m_visible.begin());
        beginInsertRows(QModelIndex(), proxy, proxy);
        m_visible.insert(at, row);
        indexVisible();
        endInsertRows();
    } else if (misplaced && shownAt >= 0) {
        relayout(Reorder::One, row);
    } else if (misplaced) {
        reposition(row); // hidden, and staying hidden: nothing shown changes
    }
}

void TicketQueueFilter::forwardDataChanged(
    int firstSource, int lastSource, int firstColumn, int lastColumn, const QList<int> &roles)
{
    // One signal over the proxy rows those source rows now occupy (the tick sends one row).
    int low = -1;
    int high = -1;
    for (int row = firstSource; row <= lastSource; ++row) {
        const int proxy = m_proxyRow[std::size_t(row)];
        if (proxy < 0)
            continue;
        low = low < 0 ? proxy : std::min(low, proxy);
        high = std::max(high, proxy);
    }
    if (low >= 0)
        emit dataChanged(createIndex(low, firstColumn), createIndex(high, lastColumn), roles);
}

QModelIndex TicketQueueFilter::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_model || !proxyIndex.isValid() || proxyIndex.row() >= int(m_visible.size()))
        return {};
    return m_model->index(m_visible[std::size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex TicketQueueFilter::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_model || !sourceIndex.isValid() || sourceIndex.row() >= int(m_proxyRow.size()))
        return {};
    const int row = m_proxyRow[std::size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QModelIndex TicketQueueFilter::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column);
}

QModelIndex TicketQueueFilter::parent(const QModelIndex &child) const
{
    Q_UNUSED(child);
    return {};
}

QModelIndex TicketQueueFilter::sibling(int row, int column, const QModelIndex &index) const
{
    return index.isValid() ? this->index(row, column) : QModelIndex();
}

int TicketQueueFilter::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int TicketQueueFilter::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_model ? 0 : m_model->columnCount();
}

bool TicketQueueFilter::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_visible.empty();
}

} // namespace hourglass
