// The home screen: the queue beside the selected ticket, kept live by the change feed.
#pragma once

#include "models/ticketqueuemodel.h"
#include "tickets/ticketrepository.h"

#include <QFutureWatcher>
#include <QSet>
#include <QWidget>

#include <memory>

class QLabel;
class QSplitter;
class QSystemTrayIcon;

namespace hourglass {

class AlertBanner;
class ChangeFeed;
class Clock;
class QueueView;
class SlaAlerts;
class SlaEngine;
class TicketDetailView;
class TicketQueueFilter;
class TicketQueueModel;
class CommandRunner;
class TicketService;

class QueuePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueuePage)

public:
    // feed may be null (no live updates, as in some tests).
    QueuePage(TicketService &tickets,
              CommandRunner &commands,
              const Clock &clock,
              ChangeFeed *feed,
              QWidget *parent = nullptr);
    ~QueuePage() override;

    // Loads every open ticket from the database, on another thread: the queue is filled when
    // loadingChanged(false) is emitted.
    void reload();
    // Open tickets (the queue), resolved ones (to find and reopen them), or both.
    void setScope(TicketScope scope);
    bool isLoading() const;
    // One ticket changed: in place in the queue, and in the detail if it is the one shown.
    void refreshTicket(qint64 id);
    // Shows a ticket in the pane (an alert clicked): selected in the list when it is there.
    void openTicket(qint64 id);
    bool isInView(qint64 id) const;
    // Titles and conversations searched, the hits shown in place of the queue.
    void searchConversations(const QString &text, TicketScope scope);

    QueueView *queue() const { return m_queue; }
    TicketDetailView *detail() const { return m_detail; }
    TicketQueueModel *model() const { return m_model.get(); }
    SlaAlerts *alerts() const { return m_alerts; }
    AlertBanner *alertBanner() const { return m_alertBanner; }

signals:
    void loadingChanged(bool loading);

private:
    void loaded();
    void finishLoad();
    void updateInView();

    TicketService &m_tickets;
    QFutureWatcher<OpenTickets> m_loading;
    std::shared_ptr<TicketQueueModel::PreparedClocks> m_pendingClocks;
    bool m_busy = false; // from reload() until the load's rows are in the model
    bool m_reloadAgain = false;
    QSet<qint64> m_changedDuringLoad;
    std::unique_ptr<TicketQueueModel> m_model;
    std::unique_ptr<TicketQueueFilter> m_filter;
    QueueView *m_queue;
    TicketDetailView *m_detail;
    SlaAlerts *m_alerts = nullptr;
    AlertBanner *m_alertBanner;
    QSystemTrayIcon *m_tray = nullptr;
    qint64 m_trayTicket = 0; // the ticket of the last tray message, opened when clicked
};

} // namespace hourglass
