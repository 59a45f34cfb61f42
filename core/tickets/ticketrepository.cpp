// Where tickets live, as the rest of the program sees it; storage implements it per engine.
#include "tickets/ticketrepository.h"

#include <QStringList>

namespace hourglass {

QString TicketChange::describe() const
{
    QStringList parts;
    if (title)
        parts.append(QStringLiteral("title \"%1\"").arg(*title));
    if (severity)
        parts.append(QStringLiteral("severity %1").arg(*severity));
    if (tier)
        parts.append(QStringLiteral("tier %1").arg(*tier));
    if (status)
        parts.append(QStringLiteral("status %1").arg(*status));
    if (assignee)
        parts.append(assignee->isEmpty() ? QStringLiteral("unassigned")
                                         : QStringLiteral("assignee %1").arg(*assignee));
    return parts.join(QLatin1String(", "));
}

bool isTicketStatus(const QString &status)
{
    static const QStringList statuses = {QStringLiteral("new"),
                                         QStringLiteral("open"),
                                         QStringLiteral("waiting-customer"),
                                         QStringLiteral("scheduled"),
                                         QStringLiteral("resolved")};
    return statuses.contains(status);
}

} // namespace hourglass
