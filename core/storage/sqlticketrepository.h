// Tickets in SQL, the same code on SQLite and PostgreSQL: prepared statements, version checks.
#pragma once

#include "tickets/ticketrepository.h"

namespace hourglass {

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
    qint64 userId(const QString &login);
    void insertEvent(qint64 ticketId, const TicketEvent &event);
    // appendEvent() inside a transaction the caller holds.
    void appendEventInTransaction(qint64 id, const TicketEvent &event);

    Database &m_database;
};

} // namespace hourglass
