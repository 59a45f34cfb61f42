// Which clock changes deserve a desktop notification: a warning level or a breach on a ticket
// assigned to the agent, or unassigned; each once. Their words are worked out when read, so a
// banner counts down and follows the language.
#pragma once

#include "sla/metricstate.h"

#include <QObject>
#include <QSet>

namespace hourglass {

class TicketQueueModel;

class SlaAlerts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlaAlerts)

public:
    struct Alert
    {
        qint64 ticketId = 0;
        Metric metric = Metric::InitialResponse;
        bool breached = false;
        int level = 0;
        int levels = 0;
        QString key; // ticket, metric, clock, level: the same alert is never raised twice
    };

    SlaAlerts(TicketQueueModel &model, const QString &currentUser, QObject *parent = nullptr);

    // "#12 Printer on fire", and "Initial response for Contoso: warning 1 of 2, 5m 59s left"
    // as things stand now, in the language installed now. Empty once the ticket has left the
    // queue.
    QString titleOf(const Alert &alert) const;
    QString messageOf(const Alert &alert) const;
    // Whether the alert still says something: its ticket is in the queue and the clock it
    // names has not stopped.
    bool isCurrent(const Alert &alert) const;

signals:
    void raised(const hourglass::SlaAlerts::Alert &alert);
    // The same, in words at the time it was raised (for one-shot notifications).
    void alert(qint64 ticketId, const QString &title, const QString &message);

private:
    void onEscalated(qint64 ticketId);

    TicketQueueModel &m_model;
    QString m_user;
    QSet<QString> m_sent; // ticket, metric, clock start, level: each said once
};

} // namespace hourglass

Q_DECLARE_METATYPE(hourglass::SlaAlerts::Alert)
