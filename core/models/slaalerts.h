// Which clock changes deserve a desktop notification: a warning level or a breach on a ticket
// assigned to the agent, or unassigned; each once.
#pragma once

#include <QObject>
#include <QSet>

namespace hourglass {

class TicketQueueModel;

class SlaAlerts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlaAlerts)

public:
    SlaAlerts(TicketQueueModel &model, const QString &currentUser, QObject *parent = nullptr);

signals:
    void alert(qint64 ticketId, const QString &title, const QString &message);

private:
    void onEscalated(qint64 ticketId);

    TicketQueueModel &m_model;
    QString m_user;
    QSet<QString> m_sent; // ticket, metric, clock start, level: each said once
};

} // namespace hourglass
