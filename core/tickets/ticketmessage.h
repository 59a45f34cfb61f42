// One message of a ticket's conversation: what the customer wrote, or an agent replied, posted
// or noted, with who and when.
#pragma once

#include "tickets/ticketevent.h"

#include <QString>

#include <optional>

namespace hourglass {

struct TicketMessage
{
    enum class Kind {
        Description, // what the customer asked when the ticket was opened
        Customer,    // a later message from the customer
        Reply,       // a public response to the customer
        Update,      // a public status update
        Note,        // internal: the customer never sees it
    };

    qint64 id = 0; // the ticket_events row that carries it
    qint64 ticketId = 0;
    Kind kind = Kind::Note;
    Instant at;
    // Who wrote it, as people read it: a user's display name, or for the customer's words the
    // contact (or the customer) named when they were recorded.
    QString author;
    QString authorLogin; // the user who wrote or recorded it; empty for the system
    QString text;

    bool isInternal() const { return kind == Kind::Note; }
    bool isFromCustomer() const { return kind == Kind::Description || kind == Kind::Customer; }

    // "description", "customer", "reply", "update", "note": the CLI's and JSON's words.
    static QString key(Kind kind);
    // The message an event of that kind carries, if any.
    static std::optional<Kind> kindOf(TicketEvent::Kind event);
};

} // namespace hourglass
