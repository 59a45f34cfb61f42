// Where tickets live, as the rest of the program sees it; storage implements it per engine.
#pragma once

#include "tickets/ticketevent.h"
#include "tickets/ticketmessage.h"
#include "tickets/ticketrecord.h"
#include "tickets/ticketsearch.h"
#include "tickets/ticketstatus.h"

#include <QFuture>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace hourglass {

// A ticket the ticket service has validated and triaged, with the contract it falls under and
// the timeline it starts with (its "created" event first). Only TicketService makes these.
struct NewTicket
{
    qint64 customerId = 0;
    qint64 contractId = 0;
    QString policyId;
    int policyVersion = 1;
    QString title;
    QString severity; // triaged
    QString tier;
    TicketStatus status = TicketStatus::New;
    QString channel;
    QString language = QStringLiteral("en");
    QString assignee;    // login, or empty
    QString contact;     // who asked at the customer, or empty
    QString description; // the customer's words, the "created" event's message; may be empty
    Instant createdAt;
    QList<TicketEvent> events; // in time order, "created" first
};

// The editable fields a write sets; the others stay as they are.
struct TicketChange
{
    std::optional<QString> title;
    std::optional<QString> severity;
    std::optional<QString> tier;
    std::optional<TicketStatus> status;
    std::optional<QString> assignee; // empty: unassign

    bool isEmpty() const { return !title && !severity && !tier && !status && !assignee; }
    QString describe() const; // "severity p2, assignee mlefebvre", as the audit log keeps it
    QString describeForPeople() const; // the same in the viewer's language, for messages
};

// Tickets and their timelines, for the queue: every open ticket, or a scope's tickets.
struct OpenTickets
{
    QList<TicketRecord> tickets;     // in ticket order
    QList<TicketTimeline> timelines; // in ticket order; see openTicketsWithTimelines()
};

class TicketRepository
{
public:
    virtual ~TicketRepository() = default;

    virtual QList<TicketRecord> openTickets() = 0;
    virtual QList<TicketRecord> allTickets() = 0;
    // The tickets of a scope, in ticket order. Open tickets are always all there; resolved ones
    // are many after a few years, so only the `resolvedLimit` most recently changed of them are.
    virtual QList<TicketRecord> ticketsIn(TicketScope scope, qsizetype resolvedLimit) = 0;
    virtual std::optional<TicketRecord> ticket(qint64 id) = 0;
    // Writes the ticket with its timeline as given. Throws StorageError.
    virtual TicketRecord create(const NewTicket &ticket) = 0;
    // Many at once in one transaction, all or none (imports); one change-log entry.
    virtual qsizetype createMany(const QList<NewTicket> &tickets) = 0;
    // Applies the change if the row is still at expectedVersion and records the events the
    // ticket service made of it (severity-changed, resolved, a response…), all in one
    // transaction; otherwise throws ConflictError and changes nothing, events included. The
    // events are stamped by the database: the server's clock on PostgreSQL, the session's
    // clock on SQLite, never before the ticket's latest event.
    virtual TicketRecord update(qint64 id,
                                int expectedVersion,
                                const TicketChange &change,
                                const QList<TicketEvent> &events)
        = 0;
    TicketRecord update(qint64 id, int expectedVersion, const TicketChange &change)
    {
        return update(id, expectedVersion, change, {});
    }
    enum class Stamp {
        Now,     // the database's now, as update() does
        AsGiven, // event.at, refused when before the ticket's latest event
    };
    // Appends to the timeline (a response, a customer reply, a note…); never conflicts.
    // Returns the instant recorded.
    virtual Instant appendEvent(qint64 id, const TicketEvent &event, Stamp stamp = Stamp::Now) = 0;
    // One ticket's timeline, entries with their text (the response's reply, the note…).
    virtual TicketTimeline timeline(qint64 id) = 0;
    // When the oldest open ticket was opened: how far back its clocks may need maintenance
    // windows. None when no ticket is open. Throws StorageError.
    virtual std::optional<Instant> oldestOpenCreatedAt() = 0;
    // The ticket's conversation in time order (the order of its timeline), each message with
    // its author's display name; in one query. Empty for a ticket without messages or none.
    virtual QList<TicketMessage> thread(qint64 id) = 0;
    // Full-text search over titles, descriptions and messages, ranked best first, one hit per
    // ticket, at most search.limit. Whatever the text holds is searched for as words: it never
    // makes a query fail. Ranking weighs the most recent matches of a word that matches a great
    // many messages (see SqlTicketRepository). Throws StorageError.
    virtual QList<TicketSearchHit> search(const TicketSearch &search) = 0;
    // Every open ticket and its timeline, read as fast as the engine allows; entries carry no
    // text here (no clock depends on it; timeline() and thread() have it). `meanwhile`, when
    // given, gets the timelines as soon as they are read, while the tickets are still coming;
    // it may take them (to work out their clocks, say). The result then holds only the
    // timelines of tickets opened between the two reads.
    virtual OpenTickets openTicketsWithTimelines(
        const std::function<void(QList<TicketTimeline> &)> &meanwhile = {})
        = 0;
    // The same for a scope (the resolved tickets limited as ticketsIn() limits them), for a
    // view that shows resolved tickets to reopen them.
    virtual OpenTickets ticketsWithTimelines(
        TicketScope scope,
        qsizetype resolvedLimit,
        const std::function<void(QList<TicketTimeline> &)> &meanwhile = {})
        = 0;
    // The same, read on a connection of its own in another thread, so the caller's thread
    // stays free (the console's window never freezes on a load); `meanwhile` runs on that
    // thread. Where no second connection can be had (an in-memory database) it is read here and
    // the future is finished on return. The future's result() rethrows a StorageError.
    virtual QFuture<OpenTickets>
    openTicketsInBackground(std::function<void(QList<TicketTimeline> &)> meanwhile = {}) = 0;
    // The same for a scope (see ticketsWithTimelines()).
    virtual QFuture<OpenTickets> ticketsInBackground(
        TicketScope scope,
        qsizetype resolvedLimit,
        std::function<void(QList<TicketTimeline> &)> meanwhile = {})
        = 0;
};

} // namespace hourglass
