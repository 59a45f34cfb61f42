// Tickets in SQL, the same code on SQLite and PostgreSQL: prepared statements, version checks.
#pragma once

#include "storage/databasehandle.h"
#include "tickets/ticketrepository.h"

namespace hourglass {

class NameTable;

class Database;

class SqlTicketRepository final : public TicketRepository
{
    Q_DISABLE_COPY_MOVE(SqlTicketRepository)

public:
    explicit SqlTicketRepository(DatabaseHandle database);

    QList<TicketRecord> openTickets() override;
    QList<TicketRecord> allTickets() override;
    QList<TicketRecord> ticketsIn(TicketScope scope, qsizetype resolvedLimit) override;
    std::optional<TicketRecord> ticket(qint64 id) override;
    TicketRecord create(const NewTicket &ticket) override;
    qsizetype createMany(const QList<NewTicket> &tickets) override;
    using TicketRepository::update;
    TicketRecord update(qint64 id,
                        int expectedVersion,
                        const TicketChange &change,
                        const QList<TicketEvent> &events) override;
    Instant appendEvent(qint64 id, const TicketEvent &event, Stamp stamp = Stamp::Now) override;
    TicketTimeline timeline(qint64 id) override;
    std::optional<Instant> oldestOpenCreatedAt() override;
    QList<TicketMessage> thread(qint64 id) override;
    // See SqlTicketSearch for the engines' ways.
    QList<TicketSearchHit> search(const TicketSearch &search) override;
    OpenTickets openTicketsWithTimelines(
        const std::function<void(QList<TicketTimeline> &)> &meanwhile = {}) override;
    OpenTickets ticketsWithTimelines(
        TicketScope scope,
        qsizetype resolvedLimit,
        const std::function<void(QList<TicketTimeline> &)> &meanwhile = {}) override;
    QFuture<OpenTickets> openTicketsInBackground(
        std::function<void(QList<TicketTimeline> &)> meanwhile = {}) override;
    QFuture<OpenTickets> ticketsInBackground(
        TicketScope scope,
        qsizetype resolvedLimit,
        std::function<void(QList<TicketTimeline> &)> meanwhile = {}) override;

private:
    Database &db() const { return m_handle.get(); }
    enum class Reading { Few, Many };
    QList<TicketRecord> select(const QString &where, const QVariantList &values, Reading reading);
    // One pass over the rows; names from the two tables when given, else by joins.
    QList<TicketRecord> read(const QString &where,
                             const QVariantList &values,
                             NameTable *customers,
                             NameTable *users);
    qint64 userId(const QString &login);
    Instant insertEvent(qint64 ticketId, const TicketEvent &event, Stamp stamp);
    // The rows of the tickets and their timelines, inside the caller's transaction.
    qsizetype insertTickets(const QList<NewTicket> &tickets, QList<qint64> *ids);
    // appendEvent() inside a transaction the caller holds; with a version, only if the ticket
    // is still at it (false otherwise, nothing written).
    bool appendEventInTransaction(qint64 id,
                                  const TicketEvent &event,
                                  Stamp stamp,
                                  std::optional<int> version,
                                  Instant *recorded = nullptr);

    DatabaseHandle m_handle;
};

} // namespace hourglass
