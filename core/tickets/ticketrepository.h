// Where tickets live, as the rest of the program sees it; storage implements it per engine.
#pragma once

#include "tickets/ticketevent.h"

#include <QList>
#include <QString>

#include <optional>

namespace hourglass {

// A ticket row as views show it.
struct TicketRecord
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString customer;
    QString policyId;
    int policyVersion = 1;
    QString title;
    QString severity;
    QString tier;
    QString status; // new, open, waiting-customer, scheduled, resolved
    QString channel;
    QString language;
    QString assignee; // login; empty when unassigned
    Instant createdAt;
    Instant updatedAt;
    QString updatedBy;
    int version = 1;
};

struct NewTicket
{
    qint64 customerId = 0;
    QString title;
    QString severity; // already triaged
    QString channel;
    QString language = QStringLiteral("en");
    QString assignee;                 // login, or empty
    std::optional<Instant> createdAt; // default: now
};

// The editable fields a write sets; the others stay as they are.
struct TicketChange
{
    std::optional<QString> title;
    std::optional<QString> severity;
    std::optional<QString> tier;
    std::optional<QString> status;
    std::optional<QString> assignee; // empty: unassign

    bool isEmpty() const { return !title && !severity && !tier && !status && !assignee; }
    QString describe() const; // "severity p2, assignee mlefebvre", as the audit log keeps it
    QString describeForPeople() const; // the same in the viewer's language, for messages
};

bool isTicketStatus(const QString &status);

class TicketRepository
{
public:
    virtual ~TicketRepository() = default;

    virtual QList<TicketRecord> openTickets() = 0;
    virtual QList<TicketRecord> allTickets() = 0;
    virtual std::optional<TicketRecord> ticket(qint64 id) = 0;
    // Creates the ticket and its "created" event. Throws StorageError (unknown customer…).
    virtual TicketRecord create(const NewTicket &ticket) = 0;
    // Applies the change if the row is still at expectedVersion, recording the matching
    // timeline events, and `alongside` when given (a response that opens a new ticket), all in
    // one transaction; otherwise throws ConflictError and changes nothing, event included.
    virtual TicketRecord update(qint64 id,
                                int expectedVersion,
                                const TicketChange &change,
                                const std::optional<TicketEvent> &alongside)
        = 0;
    TicketRecord update(qint64 id, int expectedVersion, const TicketChange &change)
    {
        return update(id, expectedVersion, change, std::nullopt);
    }
    // Appends to the timeline (a response, a customer reply, a note…); never conflicts.
    virtual void appendEvent(qint64 id, const TicketEvent &event) = 0;
    virtual TicketTimeline timeline(qint64 id) = 0;
};

} // namespace hourglass
