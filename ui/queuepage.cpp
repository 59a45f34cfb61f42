// The home screen: the queue beside the selected ticket, kept live by the change feed.
#include "queuepage.h"

#include "alertbanner.h"
#include "customerpanel.h"
#include "models/slaalerts.h"
#include "models/ticketqueuefilter.h"
#include "models/ticketqueuemodel.h"
#include "queueview.h"
#include "searchresultsview.h"
#include "storage/changefeed.h"
#include "storage/commandrunner.h"
#include "storage/storageerror.h"
#include "ticketdetailview.h"
#include "tickets/ticketservice.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QVBoxLayout>

namespace hourglass {

QueuePage::QueuePage(TicketService &tickets,
                     CommandRunner &commands,
                     const Clock &clock,
                     ChangeFeed *feed,
                     QWidget *parent)
    : QWidget(parent)
    , m_tickets(tickets)
    , m_model(std::make_unique<TicketQueueModel>(tickets.engine(), clock))
    , m_filter(std::make_unique<TicketQueueFilter>())
{
    setObjectName(QStringLiteral("queuePage"));
    m_filter->setSourceModel(m_model.get());
    m_filter->setCurrentUser(tickets.currentLogin());
    m_queue = new QueueView(*m_model, *m_filter, clock, this);
    m_detail = new TicketDetailView(tickets, commands, clock, this);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_queue);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // Before a breach, the agent hears of it: a banner above the queue that counts down, and
    // the system tray where there is one. A click on either opens the ticket.
    m_alerts = new SlaAlerts(*m_model, tickets.currentLogin(), this);
    m_alertBanner = new AlertBanner(*m_alerts, this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_alertBanner);
    layout->addWidget(splitter, 1);
    connect(m_alerts, &SlaAlerts::raised, m_alertBanner, &AlertBanner::add);
    connect(m_alertBanner, &AlertBanner::ticketClicked, this, &QueuePage::openTicket);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->show();
        connect(m_alerts, &SlaAlerts::raised, this, [this](const SlaAlerts::Alert &alert) {
            m_trayTicket = alert.ticketId;
            m_tray->showMessage(m_alerts->titleOf(alert),
                                m_alerts->messageOf(alert),
                                QSystemTrayIcon::Warning,
                                15000);
        });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_trayTicket) {
                window()->raise();
                window()->activateWindow();
                openTicket(m_trayTicket);
            }
        });
    }

    // The queue's shortcuts (j/k, /, ?) and the ticket's (r, a, w…) work wherever the focus is
    // on this page; the ticket's act on the ticket shown.
    addActions(m_queue->shortcutActions());
    addActions(m_detail->shortcutActions());
    // The pane changes when the agent moves, never because the list changed under them.
    connect(m_queue, &QueueView::currentTicketChanged, this, [this](qint64 id) {
        m_detail->showTicket(id);
        updateInView();
    });
    // Enter on a ticket: write to the customer.
    connect(m_queue, &QueueView::scopeChosen, this, &QueuePage::setScope);
    connect(m_queue, &QueueView::ticketActivated, this, [this](qint64 id) {
        if (m_detail->ticketId() != id)
            m_detail->showTicket(id);
        updateInView();
        m_detail->focusReply();
    });
    // Enter in the search: every title and message of the tickets chosen, ranked, in place of
    // the list; moving through the hits shows each in the pane, as the list does.
    connect(m_queue, &QueueView::fullTextSearchRequested, this, &QueuePage::searchConversations);
    connect(m_queue, &QueueView::searchResultsShownChanged, this, &QueuePage::updateInView);
    connect(m_queue->searchResults(), &SearchResultsView::ticketChosen, this, [this](qint64 id) {
        if (m_detail->ticketId() != id)
            m_detail->showTicket(id);
        updateInView();
    });
    connect(m_queue->searchResults(), &SearchResultsView::ticketActivated, this, [this](qint64 id) {
        if (m_detail->ticketId() != id)
            m_detail->showTicket(id);
        updateInView();
        m_detail->focusReply();
    });
    connect(m_detail, &TicketDetailView::ticketChanged, this, &QueuePage::refreshTicket);
    connect(m_detail, &TicketDetailView::replyLeft, this, [this] { m_queue->table()->setFocus(); });
    connect(m_detail, &TicketDetailView::acted, this, [this](qint64, TicketAction::Kind kind) {
        // Done with it: back to the list where the agent was, not to another ticket's buttons.
        if (kind == TicketAction::Kind::Resolve)
            m_queue->table()->setFocus();
    });
    // Whether the ticket shown is still one of the list's, after any change of the list.
    const auto followView = [this] {
        updateInView();
    };
    connect(m_filter.get(), &QAbstractItemModel::rowsInserted, this, followView);
    connect(m_filter.get(), &QAbstractItemModel::rowsRemoved, this, followView);
    connect(m_filter.get(), &QAbstractItemModel::layoutChanged, this, followView);
    connect(m_filter.get(), &QAbstractItemModel::modelReset, this, followView);
    m_detail->customerPanel()->setQueue(m_model.get());
    connect(m_detail->customerPanel(),
            &CustomerPanel::ticketRequested,
            this,
            &QueuePage::openTicket);
    connect(&m_loading, &QFutureWatcher<OpenTickets>::finished, this, &QueuePage::loaded);
    connect(this, &QueuePage::loadingChanged, m_queue, &QueueView::setLoading);
    if (feed) {
        connect(feed, &ChangeFeed::changed, this, [this](const Change &change) {
            // A window or a subscription changed: every clock of the customers it affects may
            // pause at other times. The pauses are read again on the reload (the composition
            // root marked them stale on this same entry).
            if (change.table == QLatin1String("maintenance_windows")
                || change.table == QLatin1String("platform_subscriptions")) {
                reload();
                return;
            }
            if (change.table != QLatin1String("tickets"))
                return;
            if (change.rowId == 0) // an import: reload once
                reload();
            else
                refreshTicket(change.rowId);
        });
    }
    reload();
}

QueuePage::~QueuePage()
{
    // A load still running writes into what it was given; let it end first. What it ends
    // with (a refusal, say) is no one's business any more.
    try {
        m_loading.waitForFinished();
    } catch (const std::exception &) {
    }
}

void QueuePage::reload()
{
    // One load at a time; a reload asked for meanwhile follows it.
    if (m_busy) {
        m_reloadAgain = true;
        return;
    }
    // Read and worked out on another thread, so the window stays live whatever the size of
    // the queue. The clocks are worked out with an engine of the load's own, whose calendars
    // nothing else touches meanwhile, while the tickets are still being read on a third
    // connection.
    auto engine = std::make_shared<const SlaEngine>(m_tickets.engine().policies());
    // Read here, on the GUI thread: the load evaluates with this table, and so do the rows'
    // later re-evaluations.
    auto pauses = m_tickets.maintenancePauses();
    m_model->setMaintenancePauses(pauses);
    auto clocks = std::make_shared<TicketQueueModel::PreparedClocks>();
    const TicketQueueModel *model = m_model.get();
    m_pendingClocks = clocks;
    m_busy = true;
    emit loadingChanged(true);
    // Resolved tickets only as many as an agent looks back on: the most recently changed.
    constexpr qsizetype resolvedShown = 5000;
    m_loading.setFuture(m_tickets.repository().ticketsInBackground(
        m_model->scope(),
        resolvedShown,
        [model, engine, pauses, clocks](QList<TicketTimeline> &timelines) {
            *clocks = model->prepareClocks(std::move(timelines), engine, pauses);
        }));
}

void QueuePage::setScope(TicketScope scope)
{
    if (scope == m_model->scope())
        return;
    m_model->setScope(scope);
    reload();
}

bool QueuePage::isLoading() const
{
    return m_busy;
}

void QueuePage::loaded()
{
    const auto clocks = std::move(m_pendingClocks);
    OpenTickets open;
    try {
        open = m_loading.future().result();
        m_model->setPeople(m_tickets.people()); // assignees by name; people come and go rarely
    } catch (const StorageError &error) {
        // Offline or refused: the queue keeps what it shows, and says why in the log.
        qWarning("the queue could not be read: %s", error.what());
        finishLoad();
        return;
    }
    // The queue keeps the agent's place and the pane its ticket through the new rows.
    m_model->setTickets(std::move(open.tickets), std::move(open.timelines), std::move(*clocks));
    m_queue->refreshChoices();
    const QSet<qint64> changed = std::exchange(m_changedDuringLoad, {});
    for (const qint64 id : changed)
        refreshTicket(id);
    finishLoad();
}

void QueuePage::finishLoad()
{
    m_busy = false;
    emit loadingChanged(false);
    if (m_reloadAgain) {
        m_reloadAgain = false;
        reload();
    }
}

void QueuePage::refreshTicket(qint64 id)
{
    // The load under way read an older snapshot: this ticket is read again once it is in.
    if (m_busy)
        m_changedDuringLoad.insert(id);
    std::optional<TicketRecord> ticket;
    TicketTimeline timeline;
    try {
        TicketRepository &repository = m_tickets.repository();
        ticket = repository.ticket(id);
        if (ticket)
            timeline = repository.timeline(id);
    } catch (const StorageError &) {
        return; // offline: it is refreshed when the database is back
    }
    if (!ticket) {
        m_model->removeTicket(id);
        return;
    }
    // A reopened old ticket may reach further back than the pauses read so far; the table
    // read again only adds the older windows, so the other rows keep their clocks.
    if (!timeline.events.isEmpty() && !m_busy)
        m_model->setMaintenancePauses(m_tickets.maintenancePauses(timeline.events.constFirst().at));
    // Selection and scroll stay: the proxy keeps persistent indexes through dataChanged.
    m_model->upsertTicket(*ticket, timeline);
    if (m_detail->ticketId() == id)
        m_detail->reload();
    updateInView();
}

void QueuePage::searchConversations(const QString &text, TicketScope scope)
{
    // The figures keep it well under a tenth of a second at a million tickets: run here.
    try {
        m_queue->showSearchResults(text,
                                   scope,
                                   m_tickets.repository().search(
                                       {text, scope, SearchResultsView::shownHits}));
    } catch (const StorageError &error) {
        m_queue->showSearchFailure(text, QString::fromUtf8(error.what()));
    }
}

bool QueuePage::isInView(qint64 id) const
{
    // While a search's hits take the list's place, the view is theirs.
    if (m_queue->isShowingSearchResults())
        return m_queue->searchResults()->contains(id);
    const int row = m_model->rowOfTicket(id);
    return row >= 0 && m_filter->mapFromSource(m_model->index(row, 0)).isValid();
}

void QueuePage::updateInView()
{
    const qint64 shown = m_detail->ticketId();
    if (shown)
        m_detail->setInView(isInView(shown));
}

void QueuePage::openTicket(qint64 id)
{
    // In the list: go there, as the agent would. Not in it (another filter, resolved
    // meanwhile): shown all the same, marked.
    if (isInView(id))
        m_queue->selectTicket(id);
    if (m_detail->ticketId() != id)
        m_detail->showTicket(id);
    updateInView();
    m_detail->setFocus();
}

} // namespace hourglass
