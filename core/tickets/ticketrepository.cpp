// Where tickets live, as the rest of the program sees it; storage implements it per engine.
#include "tickets/ticketrepository.h"

#include "sla/explaintext.h"

#include <QCoreApplication>
#include <QStringList>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::TicketChange)
};

} // namespace

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
        parts.append(QStringLiteral("status %1").arg(statusKey(*status)));
    if (assignee)
        parts.append(assignee->isEmpty() ? QStringLiteral("unassigned")
                                         : QStringLiteral("assignee %1").arg(*assignee));
    return parts.join(QLatin1String(", "));
}

QString TicketChange::describeForPeople() const
{
    QStringList parts;
    if (title)
        parts.append(Tr::tr("title “%1”").arg(*title));
    if (severity)
        parts.append(Tr::tr("severity %1").arg(*severity));
    if (tier)
        parts.append(Tr::tr("tier %1").arg(*tier));
    if (status)
        parts.append(Tr::tr("status %1").arg(ExplainText::statusName(*status)));
    if (assignee)
        parts.append(assignee->isEmpty() ? Tr::tr("unassigned")
                                         : Tr::tr("assigned to %1").arg(*assignee));
    return parts.join(QLatin1String(", "));
}

} // namespace hourglass
