// A ticket's status: one enum for every layer, its stored key and what it means for SLA clocks.
#include "tickets/ticketstatus.h"

namespace hourglass {

QString statusKey(TicketStatus status)
{
    switch (status) {
    case TicketStatus::New:
        return QStringLiteral("new");
    case TicketStatus::Open:
        return QStringLiteral("open");
    case TicketStatus::WaitingCustomer:
        return QStringLiteral("waiting-customer");
    case TicketStatus::Scheduled:
        return QStringLiteral("scheduled");
    case TicketStatus::Resolved:
        return QStringLiteral("resolved");
    }
    return QString();
}

std::optional<TicketStatus> ticketStatusFromKey(const QString &key)
{
    for (const TicketStatus status : allTicketStatuses) {
        if (statusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

bool isPausing(TicketStatus status)
{
    return status == TicketStatus::WaitingCustomer || status == TicketStatus::Scheduled;
}

} // namespace hourglass
