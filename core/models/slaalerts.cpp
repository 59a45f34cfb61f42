// Which clock changes deserve a desktop notification: a warning level or a breach on a ticket
// assigned to the agent, or unassigned; each once. Their words are worked out when read, so a
// banner counts down and follows the language.
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
    Alert raised;
    raised.ticketId = ticketId;
    raised.metric = clock->metric;
    raised.breached = clock->state == ClockState::Breached;
    raised.level = clock->warningLevel;
    raised.levels = clock->warningLevels;
    raised.key = QStringLiteral("%1|%2|%3|%4")
                     .arg(ticketId)
                     .arg(int(clock->metric))
                     .arg(clock->due ? toEpoch(*clock->due) : 0)
                     .arg(raised.breached ? -1 : clock->warningLevel);
    if (m_sent.contains(raised.key))
        return;
    m_sent.insert(raised.key);
    emit this->raised(raised);
    emit alert(ticketId, titleOf(raised), messageOf(raised));
}

bool SlaAlerts::isCurrent(const Alert &alert) const
{
    const QueueClock *clock = m_model.clockAt(m_model.rowOfTicket(alert.ticketId));
    return clock && clock->hasClock() && clock->metric == alert.metric;
}

QString SlaAlerts::titleOf(const Alert &alert) const
{
    const TicketRecord *ticket = m_model.ticketAt(m_model.rowOfTicket(alert.ticketId));
    if (!ticket)
        return QString();
    return tr("#%1 %2").arg(alert.ticketId).arg(ticket->title);
}

QString SlaAlerts::messageOf(const Alert &alert) const
{
    const int row = m_model.rowOfTicket(alert.ticketId);
    const TicketRecord *ticket = m_model.ticketAt(row);
    if (!ticket)
        return QString();
    const QString metric = ExplainText::metricName(alert.metric);
    // The countdown as the queue row shows it this second.
    const QString countdown
        = isCurrent(alert) ? m_model.index(row, TicketQueueModel::RemainingColumn).data().toString()
                           : QString();
    if (alert.breached)
        return countdown.isEmpty()
                   ? tr("%1 breached for %2").arg(metric, ticket->customer)
                   : tr("%1 breached for %2: %3").arg(metric, ticket->customer, countdown);
    if (countdown.isEmpty())
        return tr("%1 for %2: warning %3 of %4")
            .arg(metric, ticket->customer)
            .arg(alert.level)
            .arg(alert.levels);
    return tr("%1 for %2: warning %3 of %4, %5 left")
        .arg(metric, ticket->customer)
        .arg(alert.level)
        .arg(alert.levels)
        .arg(countdown);
}

} // namespace hourglass
