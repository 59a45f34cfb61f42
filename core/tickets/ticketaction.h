// One thing an agent does to a ticket, as a typed command: what the ticket service carries out
// now, or what the offline journal keeps until the database is back.
#pragma once

#include "tickets/ticketevent.h"
#include "tickets/ticketrepository.h"

#include <QJsonObject>

#include <optional>

namespace hourglass {

struct TicketAction
{
    enum class Kind {
        Respond,         // a public response; on a new ticket it also opens it
        PostUpdate,      // a public status update
        WaitOnCustomer,  // pauses the clocks
        Resume,          // back to open: the clocks run again
        CustomerReplied, // a message from the customer; resumes a paused clock
        Schedule,        // the time the requester chose (P6)
        Assign,          // value: a login, empty to unassign
        Note,            // internal; no effect on clocks
        ChangeSeverity,  // value: a severity of the ticket's policy
        ChangeTier,      // value: a tier of the ticket's policy
        Resolve,
        Reopen,
        Edit,   // several fields at once (scripts): `change`
        Append, // an entry with a time of its own (scripts): `event`
        // An agent's public reply: the first response on a new ticket, else an update, as
        // the ticket stands when it is carried out (a reply queued offline included). See
        // TicketService::reply().
        Reply,
    };

    Kind kind = Kind::Note;
    qint64 ticketId = 0;
    int version = 0; // the version the agent saw; what a stale copy conflicts on
    QString value;
    QString text;
    std::optional<Instant> when; // Schedule
    TicketChange change;         // Edit
    TicketEvent event;           // Append

    static QString key(Kind kind);
    static std::optional<Kind> kindFromKey(const QString &key);

    // The journal's form. fromJson throws InputError naming `file` and `place`.
    QJsonObject toJson() const;
    static TicketAction fromJson(const QString &file, const QString &place, const QJsonObject &json);
};

} // namespace hourglass
