// Tickets in SQL, the same code on SQLite and PostgreSQL: prepared statements, version checks.
#pragma once

#include "tickets/ticketrepository.h"

namespace hourglass {

class NameTable;

class Database;

class SqlTicketRepository final : public TicketRepository
{
    Q_DISABLE_COPY_MOVE(SqlTicketRepository)

public:
    explicit SqlTicketRepository(Database &database);

    QList<TicketRecord> openTickets() override;
    QList<TicketRecord> allTickets() override;
    std::optional<TicketRecord> ticket(qint64 id) override;
    TicketRecord create(const NewTicket &ticket) override;
    using TicketRepository::update;
    TicketRecord update(qint64 id,
                        int expectedVersion,
                        const TicketChange &change,
                        const std::optional<TicketEvent> &alongside) override;
    void appendEvent(qint64 id, const TicketEvent &event) override;
    TicketTimeline timeline(qint64 id) override;

private:
    enum class Reading { Few, Many };
    QList<TicketRecord> select(const QString &where, const QVariantList &values, Reading reading);
    // One pass over the rows; names from the two tables when given, else by joins.
    QList<TicketRecord> read(const QString &where,
                             const QVariantList &values,
                             NameTable *customers,
                             NameTable *users);
    qint64 userId(const QString &login);
    void insertEvent(qint64 ticketId, const TicketEvent &event);
    // appendEvent() inside a transaction the caller holds; with a version, only if the ticket
    // is still at it (false otherwise, nothing written).
    bool appendEventInTransaction(qint64 id,
                                  const TicketEvent &event,
                                  std::optional<int> version = std::nullopt);

    Database &m_database;
};

} // namespace hourglass
