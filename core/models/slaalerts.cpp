// Which clock changes deserve a desktop notification: a warning level or a breach on a ticket
// assigned to the agent, or unassigned; each once.
#include "models/slaalerts.h"

#include "models/ticketqueuemodel.h"
#include "sla/explaintext.h"

namespace hourglass {

SlaAlerts::SlaAlerts(TicketQueueModel &model, const QString &currentUser, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_user(currentUser)
{
    connect(&model, &TicketQueueModel::clockEscalated, this, &SlaAlerts::onEscalated);
}

void SlaAlerts::onEscalated(qint64 ticketId)
{
    const int row = m_model.rowOfTicket(ticketId);
    const TicketRecord *ticket = m_model.ticketAt(row);
    const QueueClock *clock = m_model.clockAt(row);
    if (!ticket || !clock || (!ticket->assignee.isEmpty() && ticket->assignee != m_user))
        return;
    const bool breached = clock->state == ClockState::Breached;
    const QString key = QStringLiteral("%1|%2|%3|%4")
                            .arg(ticketId)
                            .arg(int(clock->metric))
                            .arg(clock->due ? toEpoch(*clock->due) : 0)
                            .arg(breached ? -1 : clock->warningLevel);
    if (m_sent.contains(key))
        return;
    m_sent.insert(key);
    const QString title = tr("#%1 %2").arg(ticketId).arg(ticket->title);
    const QString metric = ExplainText::metricName(clock->metric);
    const QString message
        = breached
              ? tr("%1 breached for %2").arg(metric, ticket->customer)
              : tr("%1 for %2: warning %3 of %4, %5 left")
                    .arg(metric, ticket->customer)
                    .arg(clock->warningLevel)
                    .arg(clock->warningLevels)
                    .arg(m_model.index(row, TicketQueueModel::RemainingColumn).data().toString());
    emit alert(ticketId, title, message);
}

} // namespace hourglass
