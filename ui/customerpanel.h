// The customer of the ticket shown, in the ticket pane: organization, contacts, contract and
// tier, their local time now, and their other open tickets, each a click away.
#pragma once

#include "contracts/customerdirectory.h"
#include "tickets/ticketrepository.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;

namespace hourglass {

class Clock;
class TicketQueueModel;
class TicketService;

class CustomerPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerPanel)

public:
    CustomerPanel(TicketService &tickets, const Clock &clock, QWidget *parent = nullptr);

    // Where the customer's other open tickets are found: the queue's model, live. Without
    // one, none are listed.
    void setQueue(const TicketQueueModel *queue);
    // The ticket shown (none: the panel empties). Reads its customer again.
    void setTicket(const std::optional<TicketRecord> &ticket);
    // The ids of the other open tickets listed, in order (tests).
    QList<qint64> otherTickets() const;
    // The once-a-second refresh of the local time and the list, callable by tests.
    void tick();

signals:
    // The agent clicked one of the other tickets.
    void ticketRequested(qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void refreshOthers();
    void retranslateUi();

    TicketService &m_tickets;
    const Clock &m_clock;
    QPointer<const TicketQueueModel> m_queue;
    std::optional<TicketRecord> m_ticket;
    std::optional<Customer> m_customer;
    QString m_unreadable; // why the customer could not be read, when it could not
    QLabel *m_heading;
    QLabel *m_organization;
    QLabel *m_contract;
    QLabel *m_localTime;
    QLabel *m_contacts;
    QLabel *m_othersHeading;
    QListWidget *m_others;
    QTimer m_tick;
};

} // namespace hourglass
