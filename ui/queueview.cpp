// The ticket queue: filters, the table of countdowns, the one-second tick over visible rows
// and one timer for the next clock change. Keyboard first.
#include "queueview.h"

#include "countdowndelegate.h"
#include "models/ticketqueuefilter.h"
#include "models/ticketqueuemodel.h"
#include "scopechoice.h"
#include "searchresultsview.h"
#include "shortcuttext.h"
#include "sla/clockreading.h"
#include "sla/explaintext.h"
#include "sla/policynames.h"
#include "time/clock.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <map>

namespace hourglass {

QueueView::QueueView(TicketQueueModel &model,
                     TicketQueueFilter &filter,
                     const Clock &clock,
                     QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(filter)
    , m_clock(clock)
    , m_scope(new QComboBox(this))
    , m_lifecycle(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_tier(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_urgent(new QCheckBox(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_views(new QComboBox(this))
    , m_viewName(new QLineEdit(this))
    , m_saveView(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_results(new SearchResultsView(this))
    , m_stack(new QStackedWidget(this))
    , m_help(new QLabel(this))
{
    m_scope->setObjectName(QStringLiteral("scopeFilter"));
    m_lifecycle->setObjectName(QStringLiteral("lifecycleFilter"));
    m_severity->setObjectName(QStringLiteral("severityFilter"));
    m_tier->setObjectName(QStringLiteral("tierFilter"));
    m_language->setObjectName(QStringLiteral("languageFilter"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_urgent->setObjectName(QStringLiteral("urgentFilter"));
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_count->setObjectName(QStringLiteral("queueCount"));
    m_views->setObjectName(QStringLiteral("savedViews"));
    m_viewName->setObjectName(QStringLiteral("viewNameEdit"));
    m_saveView->setObjectName(QStringLiteral("saveViewButton"));
    m_table->setObjectName(QStringLiteral("queueTable"));
    m_help->setObjectName(QStringLiteral("shortcutHelp"));

    // Before the table is given the model, so these run ahead of the table's own handling of
    // the same signals (which moves the current row off a row being removed).
    connect(&m_filter, &QAbstractItemModel::layoutAboutToBeChanged, this, &QueueView::holdPlace);
    connect(&m_filter, &QAbstractItemModel::rowsAboutToBeRemoved, this, &QueueView::holdPlace);
    connect(&m_filter, &QAbstractItemModel::rowsAboutToBeInserted, this, &QueueView::holdPlace);
    connect(&m_filter, &QAbstractItemModel::modelAboutToBeReset, this, &QueueView::holdPlace);
    m_table->setModel(&m_filter);
    // After it: the table has done with the change when the place is put back.
    connect(&m_filter, &QAbstractItemModel::layoutChanged, this, &QueueView::keepPlace);
    connect(&m_filter, &QAbstractItemModel::rowsRemoved, this, &QueueView::keepPlace);
    connect(&m_filter, &QAbstractItemModel::rowsInserted, this, &QueueView::keepPlace);
    connect(&m_filter, &QAbstractItemModel::modelReset, this, &QueueView::keepPlace);
    m_table->installEventFilter(this);
    m_search->installEventFilter(this);
    m_table->setItemDelegateForColumn(TicketQueueModel::RemainingColumn,
                                      new CountdownDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    // The countdown first: the order an agent reads a row in, whatever the model's order. The
    // agent may move, resize, hide and sort the columns; the header remembers it (saveHeader).
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionsMovable(true);
    header->setSectionsClickable(true);
    header->setHighlightSections(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSortIndicatorShown(true);
    header->setTextElideMode(Qt::ElideRight);
    m_defaultHeader = header->saveState();
    applyDefaultColumns();
    m_search->setMinimumWidth(160);
    // Most urgent first until the agent clicks another header; the countdown's header says so.
    // The proxy sorts itself (setSortColumn), so the view's own sorting stays off: the header
    // flips its indicator on a click and says so.
    header->setSortIndicator(TicketQueueModel::RemainingColumn, Qt::AscendingOrder);
    restoreHeader();
    connect(header, &QHeaderView::sectionResized, this, &QueueView::saveHeader);
    connect(header, &QHeaderView::sectionMoved, this, &QueueView::saveHeader);
    connect(header,
            &QHeaderView::sortIndicatorChanged,
            this,
            [this](int column, Qt::SortOrder order) {
                m_filter.setSortColumn(column, order);
                // The agent's own doing: the cursor follows the ticket shown to its new row.
                if (m_shown)
                    selectTicket(m_shown);
                saveHeader();
            });
    connect(header, &QHeaderView::customContextMenuRequested, this, &QueueView::showColumnMenu);

    // Search on top, the filters below it, saved views last: three short rows that fit a laptop
    // screen beside the ticket, in French too.
    auto *search = new QHBoxLayout;
    search->addWidget(m_search, 1);
    search->addWidget(m_urgent);
    search->addWidget(m_count);
    auto *filters = new QHBoxLayout;
    for (QComboBox *box : {m_scope, m_severity, m_tier, m_language, m_status}) {
        // Long entries ("En attente du client") show whole in the list, not in the box.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(7);
        filters->addWidget(box, 1);
    }
    auto *views = new QHBoxLayout;
    m_lifecycle->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    views->addWidget(m_lifecycle);
    // As wide as "Vues enregistrées" or the longest view name, recomputed when they change.
    m_views->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    views->addWidget(m_views);
    views->addWidget(m_viewName);
    views->addWidget(m_saveView);
    views->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(search);
    layout->addLayout(filters);
    layout->addLayout(views);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_results);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_help);
    m_help->setVisible(false);
    m_help->setFrameShape(QFrame::StyledPanel);
    m_help->setMargin(8);

    const auto refilter = [this] {
        m_filter.setScope(TicketQueueFilter::Scope(m_scope->currentData().toInt()));
        m_filter.setSeverities(policyItems(m_severity->currentData().toString()));
        m_filter.setTiers(policyItems(m_tier->currentData().toString()));
        m_filter.setLanguage(m_language->currentData().toString());
        m_filter.setStatus(m_status->currentData().toString());
        m_filter.setOnlyAtRiskOrBreached(m_urgent->isChecked());
        updateCount();
        saveFilters(QStringLiteral("queue"));
    };
    for (QComboBox *box : {m_scope, m_severity, m_tier, m_language, m_status})
        connect(box, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_urgent, &QCheckBox::toggled, this, refilter);
    connect(m_lifecycle, &QComboBox::currentIndexChanged, this, [this] {
        emit scopeChosen(lifecycleScope());
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter.setSearch(text);
        updateCount();
    });
    // Typing filters the queue; Enter searches every title and message as well.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!m_search->text().trimmed().isEmpty())
            emit fullTextSearchRequested(m_search->text(), lifecycleScope());
    });
    connect(m_results,
            &SearchResultsView::searchRequested,
            this,
            &QueueView::fullTextSearchRequested);
    // The count is the list's: while the hits are shown, their heading counts instead.
    connect(this, &QueueView::searchResultsShownChanged, m_count, [this](bool shown) {
        m_count->setVisible(!shown);
    });
    connect(m_results, &SearchResultsView::closed, this, [this] {
        closeSearchResults();
        m_table->setFocus();
    });
    // The count follows every change of the list: a resolve, a filter, another agent's ticket.
    connect(&m_filter, &QAbstractItemModel::modelReset, this, [this] { updateCount(); });
    connect(&m_filter, &QAbstractItemModel::layoutChanged, this, [this] { updateCount(); });
    connect(&m_filter, &QAbstractItemModel::rowsInserted, this, [this] { updateCount(); });
    connect(&m_filter, &QAbstractItemModel::rowsRemoved, this, [this] { updateCount(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (m_holds > 0)
            return; // the list changing under the agent: the pane stays
        m_placeOnly = false;
        showCurrent();
    });
    // A click on the row that only marks a place opens that row's ticket.
    connect(m_table, &QTableView::pressed, this, [this] {
        m_placeOnly = false;
        showCurrent();
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit ticketActivated(index.data(TicketQueueModel::TicketIdRole).toLongLong());
    });

    // Keyboard: the shortcuts live on this widget, listed in the menu and in the help panel.
    const auto action = [this](const QList<QKeySequence> &keys, auto slot) {
        auto *a = new QAction(this);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        m_actions.append(a);
        return a;
    };
    // The ticket's own actions (a, r, w…) are the ticket pane's: they act on the ticket shown.
    action({QKeySequence(Qt::Key_J)}, [this] {
        move(1);
    })->setObjectName(QStringLiteral("nextAction"));
    action({QKeySequence(Qt::Key_K)}, [this] {
        move(-1);
    })->setObjectName(QStringLiteral("previousAction"));
    action({QKeySequence(Qt::Key_Slash)}, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    // "?" arrives with or without Shift depending on the keyboard layout.
    action({QKeySequence(Qt::Key_Question),
            QKeySequence(Qt::SHIFT | Qt::Key_Question),
            QKeySequence(Qt::Key_F1)},
           [this] { toggleHelp(); });
    // Letter shortcuts do not fire while the agent types in the search box: QLineEdit takes
    // the shortcut override for text keys.

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &QueueView::tick);
    m_tick.start();
    m_nextChange.setSingleShot(true);
    connect(&m_nextChange, &QTimer::timeout, this, [this] {
        m_model.advance();
        scheduleNextChange();
    });
    connect(&m_model, &QAbstractItemModel::modelReset, this, &QueueView::scheduleNextChange);
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, &QueueView::scheduleNextChange);
    connect(&m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (topLeft.column() == 0)
            scheduleNextChange();
    });

    retranslateUi();
    refreshChoices();
    restoreFilters(QStringLiteral("queue"));
    refreshViews();
    connect(m_views, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            applyView(m_views->itemText(index));
    });
    connect(m_saveView, &QPushButton::clicked, this, [this] { saveView(m_viewName->text()); });
    connect(m_viewName, &QLineEdit::returnPressed, this, [this] { saveView(m_viewName->text()); });
    scheduleNextChange();
    // Start on the most urgent ticket, on its number: the table stays scrolled to the left.
    if (m_filter.rowCount() > 0)
        m_table->setCurrentIndex(m_filter.index(0, TicketQueueModel::IdColumn));
}

QueueView::~QueueView()
{
    saveHeader(); // the last word on the columns, whatever signal was missed
    // The header outlives this object's own destructor (children go last): it must not call
    // back into a view that is gone.
    m_table->horizontalHeader()->disconnect(this);
}

void QueueView::showCurrent()
{
    const qint64 id = currentTicket();
    // An empty list leaves the pane as it is: the ticket stays shown, out of the view.
    if (id == 0 || id == m_shown)
        return;
    m_shown = id;
    emit currentTicketChanged(id);
}

void QueueView::holdPlace()
{
    if (m_holds++ == 0)
        m_heldRow = m_table->currentIndex().row();
}

void QueueView::keepPlace()
{
    if (m_holds == 0 || --m_holds > 0)
        return;
    const int rows = m_filter.rowCount();
    const int held = std::exchange(m_heldRow, -1);
    if (rows == 0)
        return;
    if (m_shown == 0) {
        // Nothing in the pane yet: the most urgent ticket.
        m_table->setCurrentIndex(m_filter.index(0, TicketQueueModel::IdColumn));
        return;
    }
    const QModelIndex current = m_table->currentIndex();
    if (!m_placeOnly && current.isValid() && current.row() == held && currentTicket() == m_shown)
        return; // the agent's ticket is where it was
    const QModelIndex place = m_filter.index(std::clamp(held, 0, rows - 1),
                                             TicketQueueModel::IdColumn);
    QItemSelectionModel *selection = m_table->selectionModel();
    ++m_holds; // putting the cursor back is no move of the agent's
    if (place.data(TicketQueueModel::TicketIdRole).toLongLong() == m_shown) {
        selection->setCurrentIndex(place,
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_placeOnly = false;
    } else {
        // Another ticket took the row: the cursor marks the place, unselected, and the pane
        // keeps the ticket the agent was on; j opens this row, k the one above.
        selection->setCurrentIndex(place, QItemSelectionModel::NoUpdate);
        selection->clearSelection();
        m_placeOnly = true;
    }
    --m_holds;
}

qint64 QueueView::currentTicket() const
{
    return m_table->currentIndex().data(TicketQueueModel::TicketIdRole).toLongLong();
}

void QueueView::selectTicket(qint64 id)
{
    const int sourceRow = m_model.rowOfTicket(id);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_filter.mapFromSource(m_model.index(sourceRow, 0));
    if (!index.isValid())
        return;
    m_placeOnly = false;
    m_table->setCurrentIndex(index);
    showCurrent();
}

void QueueView::move(int delta)
{
    // j and k walk what is shown: a search's hits while they take the list's place.
    if (isShowingSearchResults()) {
        QListWidget *hits = m_results->list();
        if (hits->count() > 0)
            hits->setCurrentRow(std::clamp(hits->currentRow() < 0 ? 0 : hits->currentRow() + delta,
                                           0,
                                           hits->count() - 1));
        hits->setFocus();
        return;
    }
    const int rows = m_filter.rowCount();
    if (rows == 0)
        return;
    const int from = m_table->currentIndex().row();
    int row = from + delta;
    if (from < 0)
        row = 0;
    else if (m_placeOnly)
        row = delta > 0 ? from : from - 1; // the row marked is the next ticket down
    m_placeOnly = false;
    m_table->setCurrentIndex(
        m_filter.index(std::clamp(row, 0, rows - 1), TicketQueueModel::IdColumn));
    showCurrent();
    m_table->setFocus();
}

bool QueueView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & ~Qt::KeypadModifier)
        return QWidget::eventFilter(watched, event);
    if (watched == m_search) {
        // Esc empties the search (then leaves it); Down goes on into the list.
        if (key->key() == Qt::Key_Escape) {
            if (m_search->text().isEmpty())
                m_table->setFocus();
            else
                m_search->clear();
            closeSearchResults();
            return true;
        }
        if (key->key() == Qt::Key_Down && isShowingSearchResults()) {
            QListWidget *hits = m_results->list();
            if (hits->count() > 0 && !hits->currentItem())
                hits->setCurrentRow(0);
            hits->setFocus();
            return true;
        }
        if (key->key() == Qt::Key_Down) {
            if (!m_table->currentIndex().isValid())
                move(1);
            m_table->setFocus();
            return true;
        }
    }
    if (watched == m_table && m_placeOnly
        && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up)) {
        // From the place the agent was, not one row past the ticket that took it.
        move(key->key() == Qt::Key_Down ? 1 : -1);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void QueueView::showSearchResults(const QString &text,
                                  TicketScope scope,
                                  const QList<TicketSearchHit> &hits)
{
    m_results->setResults(text, scope, hits);
    m_stack->setCurrentWidget(m_results);
    emit searchResultsShownChanged(true);
}

void QueueView::showSearchFailure(const QString &text, const QString &why)
{
    m_results->setFailure(text, why);
    m_stack->setCurrentWidget(m_results);
    emit searchResultsShownChanged(true);
}

void QueueView::closeSearchResults()
{
    if (!isShowingSearchResults())
        return;
    m_stack->setCurrentWidget(m_table);
    emit searchResultsShownChanged(false);
}

bool QueueView::isShowingSearchResults() const
{
    return m_stack->currentWidget() == m_results;
}

TicketScope QueueView::lifecycleScope() const
{
    return ScopeChoice::chosen(m_lifecycle);
}

void QueueView::tick()
{
    // Only the rows on screen: map each visible proxy row back to its source row.
    const int first = m_table->rowAt(0);
    if (first < 0)
        return;
    int last = m_table->rowAt(m_table->viewport()->height() - 1);
    if (last < 0)
        last = m_filter.rowCount() - 1;
    // Ages show minutes at best: refreshed with every sixtieth tick.
    const auto cells = ++m_ticks % 60 == 0 ? TicketQueueModel::Cells::CountdownAndAge
                                           : TicketQueueModel::Cells::Countdown;
    for (int row = first; row <= last; ++row) {
        const int source = m_filter.mapToSource(m_filter.index(row, 0)).row();
        m_model.tick(source, source, cells);
    }
}

void QueueView::scheduleNextChange()
{
    const auto next = m_model.nextChange();
    if (!next) {
        m_nextChange.stop();
        return;
    }
    const qint64 ms = std::max<qint64>(0, (toEpoch(*next) - toEpoch(m_clock.now())) * 1000);
    // QTimer takes an int: far-off changes are re-checked daily.
    m_nextChange.start(int(std::min<qint64>(ms, 86'400'000)));
}

void QueueView::toggleHelp()
{
    m_help->setVisible(!m_help->isVisible());
}

void QueueView::refreshChoices()
{
    // Severities and tiers by the names the queue shows, each entry standing for the (policy,
    // id) pairs behind that name: "standard" means four different tiers in four policies, and
    // two policies' "Critical" need not be equally urgent.
    std::map<int, std::map<QString, QSet<QString>>> severities; // rank → name → keys
    std::map<QString, QSet<QString>> tiers;                     // name → keys
    QSet<QString> statuses;
    for (int r = 0; r < m_model.rowCount(); ++r) {
        const QModelIndex row = m_model.index(r, 0);
        const QString policy = row.data(TicketQueueModel::PolicyRole).toString() + u'/';
        const QModelIndex severity = m_model.index(r, TicketQueueModel::SeverityColumn);
        const QModelIndex tier = m_model.index(r, TicketQueueModel::TierColumn);
        severities[row.data(TicketQueueModel::SeverityUrgencyRole).toInt()]
                  [severity.data().toString()]
                      .insert(policy + row.data(TicketQueueModel::SeverityRole).toString());
        tiers[tier.data().toString()].insert(policy
                                             + row.data(TicketQueueModel::TierRole).toString());
        statuses.insert(row.data(TicketQueueModel::StatusRole).toString());
    }
    // An entry's data: its "policy/id" keys, sorted and spaced, so a saved view finds it again.
    const auto sorted = [](const QSet<QString> &set) {
        QStringList list(set.begin(), set.end());
        list.sort();
        return list.join(u' ');
    };
    const auto refill = [](QComboBox *box, const QString &any, const auto &fill) {
        const QVariant current = box->currentData();
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(any, QString());
        fill();
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    refill(m_severity, tr("Any severity"), [&] {
        QFont heading = m_severity->font();
        heading.setBold(true);
        for (const auto &[rank, names] : severities) {
            // A heading per rank of the common scale (it filters on the whole rank), the names
            // of that rank beneath it.
            QSet<QString> all;
            for (const auto &[name, keys] : names)
                all.unite(keys);
            m_severity->addItem(tr("%1 · %2", "urgency rank · what it means")
                                    .arg(rank)
                                    .arg(PolicyNames::urgencyName(rank)),
                                sorted(all));
            m_severity->setItemData(m_severity->count() - 1, heading, Qt::FontRole);
            for (const auto &[name, keys] : names)
                m_severity->addItem(QStringLiteral("    ") + name, sorted(keys));
        }
    });
    refill(m_tier, tr("Any tier"), [&] {
        for (const auto &[name, keys] : tiers)
            m_tier->addItem(name, sorted(keys));
    });
    refill(m_status, tr("Any status"), [&] {
        QStringList keys(statuses.begin(), statuses.end());
        keys.sort();
        for (const QString &status : std::as_const(keys))
            m_status->addItem(ExplainText::statusName(status), status);
    });
    // The boxes stay narrow in the row; their lists open as wide as their longest entry
    // ("1 · Outage or emergency", "En attente du client").
    for (QComboBox *box : {m_scope, m_severity, m_tier, m_language, m_status}) {
        int widest = 0;
        for (int i = 0; i < box->count(); ++i) {
            const QVariant font = box->itemData(i, Qt::FontRole);
            const QFontMetrics metrics(font.isValid() ? font.value<QFont>() : box->font());
            widest = std::max(widest, metrics.horizontalAdvance(box->itemText(i)));
        }
        box->view()->setMinimumWidth(widest + 32
                                     + box->view()->verticalScrollBar()->sizeHint().width());
    }
    updateCount();
}

QSet<TicketQueueFilter::PolicyItem> QueueView::policyItems(const QString &keys)
{
    QSet<TicketQueueFilter::PolicyItem> items;
    for (const QString &key : keys.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype slash = key.indexOf(u'/');
        if (slash > 0)
            items.insert({key.left(slash), key.mid(slash + 1)});
    }
    return items;
}

void QueueView::applyDefaultColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    header->restoreState(m_defaultHeader);
    const QList<int> order = {TicketQueueModel::IdColumn,
                              TicketQueueModel::RemainingColumn,
                              TicketQueueModel::SeverityColumn,
                              TicketQueueModel::TitleColumn,
                              TicketQueueModel::CustomerColumn,
                              TicketQueueModel::StatusColumn,
                              TicketQueueModel::AssigneeColumn,
                              TicketQueueModel::DeadlineColumn,
                              TicketQueueModel::TierColumn,
                              TicketQueueModel::ChannelColumn,
                              TicketQueueModel::LanguageColumn,
                              TicketQueueModel::AgeColumn};
    for (int visual = 0; visual < order.size(); ++visual)
        header->moveSection(header->visualIndex(order.at(visual)), visual);
    // The title takes whatever room is left; the others keep the width given or dragged.
    for (int column = 0; column < TicketQueueModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::Interactive);
    header->setSectionResizeMode(TicketQueueModel::TitleColumn, QHeaderView::Stretch);
    // What fits beside the ticket on a 1280-pixel screen; the rest is a right click away.
    for (const int hidden : {int(TicketQueueModel::StatusColumn),
                             int(TicketQueueModel::AssigneeColumn),
                             int(TicketQueueModel::DeadlineColumn),
                             int(TicketQueueModel::TierColumn),
                             int(TicketQueueModel::ChannelColumn),
                             int(TicketQueueModel::LanguageColumn),
                             int(TicketQueueModel::AgeColumn)})
        header->setSectionHidden(hidden, true);
    const QList<QPair<int, int>> widths = {{TicketQueueModel::IdColumn, 40},
                                           {TicketQueueModel::DeadlineColumn, 230},
                                           {TicketQueueModel::SeverityColumn, 100},
                                           {TicketQueueModel::CustomerColumn, 104},
                                           {TicketQueueModel::TierColumn, 90},
                                           {TicketQueueModel::StatusColumn, 150},
                                           {TicketQueueModel::AssigneeColumn, 110},
                                           {TicketQueueModel::LanguageColumn, 70},
                                           {TicketQueueModel::ChannelColumn, 90},
                                           {TicketQueueModel::AgeColumn, 60}};
    for (const auto &[column, width] : widths)
        m_table->setColumnWidth(column, width);
    fitCountdownAndHeaders();
}

void QueueView::fitCountdownAndHeaders()
{
    // The countdown column as wide as its longest text in this language, bold as drawn.
    QFont bold = m_table->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const Seconds longest = Seconds{23 * 3600 + 59 * 60};
    // As wide as the countdowns most tickets show: overdue, or paused with time left. The rare
    // "paused, overdue 23h 59m" elides at a laptop's width (its tooltip has it whole) rather
    // than take the title's room in every row.
    ClockReading paused;
    paused.state = ClockState::Paused;
    paused.paused = true;
    paused.budget = longest;
    paused.elapsed = Seconds{0};
    const int countdown
        = std::max(metrics.horizontalAdvance(TicketQueueModel::formatRemaining(-longest.count())),
                   metrics.horizontalAdvance(paused.countdownTextAt(paused.evaluatedAt)));
    QHeaderView *header = m_table->horizontalHeader();
    if (header->sectionSize(TicketQueueModel::RemainingColumn) < countdown + 16)
        m_table->setColumnWidth(TicketQueueModel::RemainingColumn, countdown + 16);
    // Every header readable in this language ("Langue", "Échéance suivante"), sort arrow
    // included: a column narrower than its header widens to it.
    for (int column = 0; column < TicketQueueModel::ColumnCount; ++column) {
        if (column == TicketQueueModel::TitleColumn)
            continue;
        const int needed = header->sectionSizeHint(column);
        if (header->sectionSize(column) < needed)
            m_table->setColumnWidth(column, needed);
    }
}

QString QueueView::headerKey()
{
    // Under the queue page's id, beside its filters.
    return QStringLiteral("queue/header");
}

void QueueView::saveHeader()
{
    if (m_restoringHeader)
        return;
    QSettings().setValue(headerKey(), m_table->horizontalHeader()->saveState());
}

void QueueView::restoreHeader()
{
    QHeaderView *header = m_table->horizontalHeader();
    const QByteArray state = QSettings().value(headerKey()).toByteArray();
    m_restoringHeader = true;
    // A state from another build (other columns) is refused whole: the defaults stay.
    if (!state.isEmpty() && !header->restoreState(state))
        applyDefaultColumns();
    // At least the title shows, whatever the state said; and it takes the room left.
    header->setSectionHidden(TicketQueueModel::TitleColumn, false);
    header->setSectionResizeMode(TicketQueueModel::TitleColumn, QHeaderView::Stretch);
    m_restoringHeader = false;
    m_filter.setSortColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void QueueView::showColumnMenu(const QPoint &at)
{
    QHeaderView *header = m_table->horizontalHeader();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("columnMenu"));
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (column == TicketQueueModel::TitleColumn)
            continue; // always shown: it is what the row is about
        QAction *toggle = menu.addAction(
            m_model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        toggle->setCheckable(true);
        toggle->setChecked(!header->isSectionHidden(column));
        connect(toggle, &QAction::toggled, this, [this, header, column](bool shown) {
            header->setSectionHidden(column, !shown);
            if (shown)
                fitCountdownAndHeaders();
            saveHeader();
        });
    }
    menu.addSeparator();
    menu.addAction(tr("Default columns"), this, [this] {
        applyDefaultColumns();
        m_table->horizontalHeader()->setSortIndicator(TicketQueueModel::RemainingColumn,
                                                      Qt::AscendingOrder);
        saveHeader();
    });
    menu.exec(header->mapToGlobal(at));
}

void QueueView::updateCount()
{
    m_count->setText(m_loading ? tr("Loading tickets…")
                               : tr("%n ticket(s)", nullptr, m_filter.rowCount()));
}

void QueueView::setLoading(bool loading)
{
    m_loading = loading;
    updateCount();
}

void QueueView::saveFilters(const QString &group) const
{
    // "queue" is the view as the agent left it; a named view also keeps its search.
    QSettings settings;
    settings.beginGroup(group);
    settings.setValue(QStringLiteral("scope"), m_scope->currentData());
    settings.setValue(QStringLiteral("severity"), m_severity->currentData());
    settings.setValue(QStringLiteral("tier"), m_tier->currentData());
    settings.setValue(QStringLiteral("language"), m_language->currentData());
    settings.setValue(QStringLiteral("status"), m_status->currentData());
    settings.setValue(QStringLiteral("urgent"), m_urgent->isChecked());
    settings.setValue(QStringLiteral("search"), m_search->text());
}

void QueueView::restoreFilters(const QString &group)
{
    QSettings settings;
    settings.beginGroup(group);
    const auto restore = [&settings](QComboBox *box, const char *key) {
        const int index = box->findData(settings.value(QString::fromLatin1(key)));
        box->setCurrentIndex(std::max(0, index));
    };
    restore(m_scope, "scope");
    restore(m_severity, "severity");
    restore(m_tier, "tier");
    restore(m_language, "language");
    restore(m_status, "status");
    m_urgent->setChecked(settings.value(QStringLiteral("urgent"), false).toBool());
    if (group != QLatin1String("queue"))
        m_search->setText(settings.value(QStringLiteral("search")).toString());
}

QString QueueView::viewsGroup() const
{
    // Each agent has views of their own, even on a shared computer.
    const QString user = m_filter.currentUser();
    return QStringLiteral("queueViews/") + (user.isEmpty() ? QStringLiteral("_") : user);
}

QStringList QueueView::savedViews() const
{
    QSettings settings;
    settings.beginGroup(viewsGroup());
    return settings.childGroups();
}

void QueueView::saveView(const QString &name)
{
    const QString trimmed = name.trimmed();
    // Setting keys cannot hold slashes; a view name can do without them.
    if (trimmed.isEmpty() || trimmed.contains(u'/') || trimmed.contains(u'\\'))
        return;
    saveFilters(viewsGroup() + u'/' + trimmed);
    m_viewName->clear();
    refreshViews();
    m_views->setCurrentIndex(std::max(0, m_views->findText(trimmed)));
}

void QueueView::applyView(const QString &name)
{
    if (!savedViews().contains(name))
        return;
    restoreFilters(viewsGroup() + u'/' + name);
}

void QueueView::refreshViews()
{
    const QSignalBlocker blocker(m_views);
    m_views->clear();
    m_views->addItem(tr("Saved views"));
    m_views->addItems(savedViews());
}

void QueueView::retranslateUi()
{
    const QSignalBlocker blockScope(m_scope);
    const QSignalBlocker blockLanguage(m_language);
    const int scope = m_scope->currentIndex();
    m_scope->clear();
    m_scope->addItem(tr("All tickets"), int(TicketQueueFilter::Scope::All));
    m_scope->addItem(tr("My tickets"), int(TicketQueueFilter::Scope::Mine));
    m_scope->addItem(tr("Unassigned"), int(TicketQueueFilter::Scope::Unassigned));
    m_scope->setCurrentIndex(std::max(0, scope));
    ScopeChoice::fill(m_lifecycle, lifecycleScope());
    const int language = m_language->currentIndex();
    m_language->clear();
    m_language->addItem(tr("Any language"), QString());
    for (const QString &code : {QStringLiteral("en"), QStringLiteral("fr")})
        m_language->addItem(PolicyNames::languageName(code), code);
    m_language->setCurrentIndex(std::max(0, language));
    m_urgent->setText(tr("At risk or breached"));
    // Names (severities, tiers, channels) in the language now spoken; the headers follow.
    m_model.setLanguage(PolicyNames::language());
    fitCountdownAndHeaders();
    m_search->setPlaceholderText(tr("Filter (/) · Enter searches every message"));
    m_search->setToolTip(tr("Type to filter the queue by number, title or customer; press Enter "
                            "to search the titles and conversations of every ticket"));
    m_viewName->setPlaceholderText(tr("Name this view"));
    m_saveView->setText(tr("Save view"));
    m_views->setItemText(0, tr("Saved views"));
    const QStringList names = {tr("Next ticket"),
                               tr("Previous ticket"),
                               tr("Search"),
                               tr("Keyboard shortcuts")};
    for (int i = 0; i < m_actions.size(); ++i)
        ShortcutText::setText(m_actions[i], names.value(i));
    m_help->setWordWrap(true);
    m_help->setText(
        tr("<b>Keyboard</b>: j / k or ↑ / ↓ move · Enter writes a reply (Esc leaves it) · r "
           "responds · u posts "
           "an update · a assigns to you · w waits on the customer · c: the customer replied · "
           "o resumes the clock · s schedules · Shift+R resolves · Shift+O reopens · / filters "
           "(Enter searches every message, Esc clears, ↓ goes to the list) · ? shows or hides "
           "this help"));
    refreshChoices();
}

void QueueView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace hourglass
