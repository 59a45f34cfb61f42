// One entry of a ticket's timeline; SLA clocks are derived from these, never stored.
#pragma once

#include "time/instant.h"

#include <QList>
#include <QString>

#include <optional>

namespace hourglass {

struct TicketEvent
{
    enum class Kind {
        Created,         // value: requested severity (may be empty), tier, channel, area
        SeverityChanged, // value: severity
        TierChanged,     // value: tier
        PolicyChanged,   // version
        StatusChanged,   // value: "open", "waiting-customer" or "scheduled"
        Responded,       // a public response to the customer
        Updated,         // a public status update
        CustomerReplied,
        ScheduledFor, // scheduledFor: the time the requester chose
        Resolved,
        Reopened,
        Assigned, // value: the assignee
        Note,     // internal; no effect on clocks
    };

    Instant at;
    Kind kind = Kind::Note;
    QString value;
    QString tier;    // Created
    QString channel; // Created
    int version = 0; // PolicyChanged
    std::optional<Instant> scheduledFor;
    QString author; // login of who recorded it; empty for the customer or the system
    // Created and CustomerReplied: who wrote the customer's words (the contact, or the
    // customer's name); stored with the message, not in the payload.
    QString authorName;
    QString area; // Created: the product area, empty when none

    static QString key(Kind kind);
    // What a person wrote or did on the ticket (a response, an update, a customer message, a
    // note), as opposed to a change of its fields.
    static bool isEntry(Kind kind);
    static std::optional<Kind> kindFromKey(const QString &key);
};

struct TicketTimeline
{
    QString policyId;
    int policyVersion = 1;
    QList<TicketEvent> events; // in time order; events at the same instant keep their order
    qint64 ticketId = 0;       // read from the database; 0 for a ticket file
    qint64 customerId = 0;     // whose maintenance windows pause it; 0 for a ticket file
    QString unreadable;        // why a stored event could not be read; empty when all were

    // `now`, or the ticket's opening when that is later: a ticket another machine opened a
    // moment "ahead" of this one's clock is seen as just opened, not as a timeline to refuse.
    Instant notBeforeOpening(Instant now) const
    {
        return events.isEmpty() ? now : std::max(now, events.constFirst().at);
    }
};

} // namespace hourglass
