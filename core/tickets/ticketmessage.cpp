// One message of a ticket's conversation: what the customer wrote, or an agent replied, posted
// or noted, with who and when.
#include "tickets/ticketmessage.h"

namespace hourglass {

QString TicketMessage::key(Kind kind)
{
    switch (kind) {
    case Kind::Description:
        return QStringLiteral("description");
    case Kind::Customer:
        return QStringLiteral("customer");
    case Kind::Reply:
        return QStringLiteral("reply");
    case Kind::Update:
        return QStringLiteral("update");
    case Kind::Note:
        return QStringLiteral("note");
    }
    return QString();
}

std::optional<TicketMessage::Kind> TicketMessage::kindOf(TicketEvent::Kind event)
{
    switch (event) {
    case TicketEvent::Kind::Created:
        return Kind::Description;
    case TicketEvent::Kind::CustomerReplied:
        return Kind::Customer;
    case TicketEvent::Kind::Responded:
        return Kind::Reply;
    case TicketEvent::Kind::Updated:
        return Kind::Update;
    case TicketEvent::Kind::Note:
        return Kind::Note;
    default:
        return std::nullopt;
    }
}

} // namespace hourglass
