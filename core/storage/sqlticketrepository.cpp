// Tickets in SQL, the same code on SQLite and PostgreSQL: prepared statements, version checks.
#include "storage/sqlticketrepository.h"

#include "io/ticketfile.h"
#include "sla/explaintext.h"
#include "storage/changelog.h"
#include "storage/conflicterror.h"
#include "storage/database.h"
#include "storage/nametable.h"
#include "storage/stringpool.h"
#include "storage/ticketstore.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <array>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::SqlTicketRepository)
};

// A few tickets name their customer and users by joins. Many tickets take the names from the
// customers and users tables read whole beforehand: joining them on 100 000 rows took a third
// of the read. The columns are in the same places either way.
const char selectJoined[] = "SELECT t.id, t.customer_id, c.name, t.policy_key, t.policy_version, "
                            "t.title, t.severity, t.tier, t.status, t.channel, t.language, "
                            "a.login, t.created_at, t.updated_at, w.login, t.version "
                            "FROM tickets t JOIN customers c ON c.id = t.customer_id "
                            "LEFT JOIN users a ON a.id = t.assignee_id "
                            "LEFT JOIN users w ON w.id = t.updated_by ";
const char selectByIds[] = "SELECT t.id, t.customer_id, NULL, t.policy_key, t.policy_version, "
                           "t.title, t.severity, t.tier, t.status, t.channel, t.language, "
                           "t.assignee_id, t.created_at, t.updated_at, t.updated_by, t.version "
                           "FROM tickets t ";

Instant now()
{
    return std::chrono::time_point_cast<Seconds>(std::chrono::system_clock::now());
}

QVariant nullId()
{
    return QVariant(QMetaType::fromType<qint64>());
}

} // namespace

SqlTicketRepository::SqlTicketRepository(Database &database)
    : m_database(database)
{}

QList<TicketRecord> SqlTicketRepository::select(const QString &where,
                                                const QVariantList &values,
                                                Reading reading)
{
    if (reading == Reading::Few)
        return read(where, values, nullptr, nullptr);
    // A customer or user added after the name tables were read is not in them: read again,
    // once, rather than look it up while the rows are still coming.
    for (int attempt = 1;; ++attempt) {
        NameTable customers(m_database.connection(),
                            QStringLiteral("customers"),
                            QStringLiteral("name"));
        NameTable users(m_database.connection(), QStringLiteral("users"), QStringLiteral("login"));
        QList<TicketRecord> records = read(where, values, &customers, &users);
        if ((!customers.missedAny() && !users.missedAny()) || attempt == 2)
            return records;
    }
}

QList<TicketRecord> SqlTicketRepository::read(const QString &where,
                                              const QVariantList &values,
                                              NameTable *customers,
                                              NameTable *users)
{
    const bool many = customers && users;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QLatin1String(many ? selectByIds : selectJoined) + where);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        throw StorageError(
            m_database.describeError(Tr::tr("cannot read tickets"), query.lastError()));
    QList<TicketRecord> records;
    // Every column but the title repeats from row to row: one pool per column.
    enum {
        Customer,
        Policy,
        Severity,
        Tier,
        Status,
        Channel,
        Language,
        Assignee,
        UpdatedBy,
        Pools
    };
    std::array<StringPool, Pools> pools;
    const auto pooled = [&](int column, int pool) {
        return pools[std::size_t(pool)].intern(query.value(column).toString());
    };
    while (query.next()) {
        TicketRecord &r = records.emplace_back();
        r.id = query.value(0).toLongLong();
        r.customerId = query.value(1).toLongLong();
        r.customer = many ? customers->name(query.value(1)) : pooled(2, Customer);
        r.policyId = pooled(3, Policy);
        r.policyVersion = query.value(4).toInt();
        r.title = query.value(5).toString();
        r.severity = pooled(6, Severity);
        r.tier = pooled(7, Tier);
        r.status = pooled(8, Status);
        r.channel = pooled(9, Channel);
        r.language = pooled(10, Language);
        r.assignee = many ? users->name(query.value(11)) : pooled(11, Assignee);
        r.createdAt = fromEpoch(query.value(12).toLongLong());
        r.updatedAt = fromEpoch(query.value(13).toLongLong());
        r.updatedBy = many ? users->name(query.value(14)) : pooled(14, UpdatedBy);
        r.version = query.value(15).toInt();
    }
    // A connection lost halfway ends the rows early: that is an error, not fewer tickets.
    if (query.lastError().isValid())
        throw StorageError(
            m_database.describeError(Tr::tr("cannot read tickets"), query.lastError()));
    return records;
}

QList<TicketRecord> SqlTicketRepository::openTickets()
{
    return select(QStringLiteral("WHERE t.status <> 'resolved' ORDER BY t.id"), {}, Reading::Many);
}

QList<TicketRecord> SqlTicketRepository::allTickets()
{
    return select(QStringLiteral("ORDER BY t.id"), {}, Reading::Many);
}

std::optional<TicketRecord> SqlTicketRepository::ticket(qint64 id)
{
    const QList<TicketRecord> found = select(QStringLiteral("WHERE t.id = ?"), {id}, Reading::Few);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

qint64 SqlTicketRepository::userId(const QString &login)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id FROM users WHERE login = ?"));
    query.addBindValue(login);
    if (!query.exec())
        throw StorageError(m_database.describeError(Tr::tr("cannot read users"), query.lastError()));
    if (!query.next())
        throw StorageError(Tr::tr("unknown user \"%1\"").arg(login));
    return query.value(0).toLongLong();
}

void SqlTicketRepository::insertEvent(qint64 ticketId, const TicketEvent &event)
{
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral("INSERT INTO ticket_events (ticket_id, at, kind, author_id, "
                                  "payload, recorded_at) VALUES (?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(ticketId);
    insert.addBindValue(toEpoch(event.at));
    insert.addBindValue(TicketEvent::key(event.kind));
    insert.addBindValue(m_database.actorId());
    insert.addBindValue(QString::fromUtf8(
        QJsonDocument(TicketFile::eventDetails(event)).toJson(QJsonDocument::Compact)));
    insert.addBindValue(toEpoch(now()));
    if (!insert.exec())
        throw StorageError(
            m_database.describeError(Tr::tr("cannot record an event of ticket %1").arg(ticketId),
                                     insert.lastError()));
}

TicketRecord SqlTicketRepository::create(const NewTicket &ticket)
{
    Transaction transaction(m_database);
    QSqlDatabase &db = m_database.connection();
    // The customer's newest contract says which policy and tier the ticket follows.
    QSqlQuery contract(db);
    contract.prepare(QStringLiteral("SELECT c.id, c.policy_key, c.tier, "
                                    "(SELECT MAX(p.policy_version) FROM policies p "
                                    "WHERE p.policy_key = c.policy_key) "
                                    "FROM contracts c WHERE c.customer_id = ? "
                                    "ORDER BY c.starts_at DESC, c.id DESC LIMIT 1"));
    contract.addBindValue(ticket.customerId);
    if (!contract.exec())
        throw StorageError(
            m_database.describeError(Tr::tr("cannot read contracts"), contract.lastError()));
    if (!contract.next())
        throw StorageError(Tr::tr("customer %1 has no contract").arg(ticket.customerId));
    const Instant createdAt = ticket.createdAt.value_or(now());
    const QVariant assignee = ticket.assignee.isEmpty() ? nullId()
                                                        : QVariant(userId(ticket.assignee));

    QSqlQuery insert(db);
    const QString sql = QStringLiteral(
        "INSERT INTO tickets (customer_id, contract_id, policy_key, policy_version, title, "
        "severity, tier, status, channel, language, assignee_id, created_at, updated_at, "
        "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, 'new', ?, ?, ?, ?, ?, ?)");
    insert.prepare(m_database.isPostgres() ? sql + QLatin1String(" RETURNING id") : sql);
    for (const QVariant &value :
         QVariantList{ticket.customerId,
                      contract.value(0),
                      contract.value(1),
                      contract.value(3).isNull() ? 1 : contract.value(3).toInt(),
                      ticket.title,
                      ticket.severity,
                      contract.value(2),
                      ticket.channel,
                      ticket.language,
                      assignee,
                      toEpoch(createdAt),
                      toEpoch(createdAt),
                      m_database.actorId()})
        insert.addBindValue(value);
    if (!insert.exec())
        throw StorageError(
            m_database.describeError(Tr::tr("cannot create the ticket"), insert.lastError()));
    const qint64 id = m_database.isPostgres() ? (insert.next(), insert.value(0).toLongLong())
                                              : insert.lastInsertId().toLongLong();
    TicketEvent created;
    created.kind = TicketEvent::Kind::Created;
    created.at = createdAt;
    created.value = ticket.severity;
    created.tier = contract.value(2).toString();
    created.channel = ticket.channel;
    insertEvent(id, created);
    if (!ticket.assignee.isEmpty()) {
        TicketEvent assigned{createdAt, TicketEvent::Kind::Assigned, ticket.assignee, {}, {}, 0, {}};
        insertEvent(id, assigned);
    }
    ChangeLog::record(m_database, QStringLiteral("tickets"), id, QStringLiteral("created"));
    const TicketRecord record = *this->ticket(id);
    transaction.commit();
    return record;
}

TicketRecord SqlTicketRepository::update(qint64 id,
                                         int expectedVersion,
                                         const TicketChange &change,
                                         const std::optional<TicketEvent> &alongside)
{
    if (change.status && !isTicketStatus(*change.status))
        throw StorageError(Tr::tr("unknown status \"%1\"").arg(*change.status));
    Transaction transaction(m_database);
    const std::optional<TicketRecord> current = ticket(id);
    if (!current)
        throw StorageError(Tr::tr("there is no ticket %1").arg(id));
    // What a refused write says: both sides, and the event that went with it, refused too.
    const QString refused = alongside ? Tr::tr("%1, with the entry “%2”")
                                            .arg(change.describeForPeople(),
                                                 ExplainText::eventText(*alongside))
                                      : change.describeForPeople();
    if (current->version != expectedVersion)
        throw ConflictError(Tr::tr("ticket %1 was changed by %2 at %3 (version %4); your change "
                                   "(%5) was made on version %6 and was not saved")
                                .arg(id)
                                .arg(current->updatedBy, formatInstant(current->updatedAt))
                                .arg(current->version)
                                .arg(refused)
                                .arg(expectedVersion),
                            QStringLiteral("tickets"),
                            id,
                            expectedVersion,
                            current->version,
                            current->updatedBy,
                            toEpoch(current->updatedAt),
                            change.describe());
    const auto raced = [&](Instant at) {
        return ConflictError(Tr::tr("ticket %1 was changed by someone else at the same moment; "
                                    "your change (%2) was not saved")
                                 .arg(id)
                                 .arg(refused),
                             QStringLiteral("tickets"),
                             id,
                             expectedVersion,
                             expectedVersion + 1,
                             QString(),
                             toEpoch(at),
                             change.describe());
    };
    if (change.isEmpty()) {
        if (!alongside)
            return *current;
        // The event alone, still on the version read above: on PostgreSQL another writer may
        // have committed since, and the event must then be refused like a change.
        if (!appendEventInTransaction(id, *alongside, expectedVersion))
            throw raced(alongside->at);
        const TicketRecord saved = *ticket(id);
        transaction.commit();
        return saved;
    }

    const Instant at = now();
    QStringList sets;
    QVariantList values;
    const auto set = [&](const char *column, const QVariant &value) {
        sets.append(QString::fromLatin1(column) + QLatin1String(" = ?"));
        values.append(value);
    };
    if (change.title)
        set("title", *change.title);
    if (change.severity)
        set("severity", *change.severity);
    if (change.tier)
        set("tier", *change.tier);
    if (change.status)
        set("status", *change.status);
    if (change.assignee)
        set("assignee_id",
            change.assignee->isEmpty() ? nullId() : QVariant(userId(*change.assignee)));
    set("updated_at", toEpoch(at));
    set("updated_by", m_database.actorId());

    QSqlQuery update(m_database.connection());
    // The version in the WHERE clause is what makes a concurrent writer lose instead of overwrite.
    update.prepare(QLatin1String("UPDATE tickets SET ") + sets.join(QLatin1String(", "))
                   + QLatin1String(", version = version + 1 WHERE id = ? AND version = ?"));
    for (const QVariant &value : values)
        update.addBindValue(value);
    update.addBindValue(id);
    update.addBindValue(expectedVersion);
    if (!update.exec())
        throw StorageError(m_database.describeError(Tr::tr("cannot update ticket %1").arg(id),
                                                    update.lastError()));
    if (update.numRowsAffected() != 1)
        throw raced(at);

    // The timeline says what happened, so SLA clocks follow the change.
    const auto event = [&](TicketEvent::Kind kind, const QString &value) {
        insertEvent(id, TicketEvent{at, kind, value, {}, {}, 0, {}});
    };
    if (change.severity && *change.severity != current->severity)
        event(TicketEvent::Kind::SeverityChanged, *change.severity);
    if (change.tier && *change.tier != current->tier)
        event(TicketEvent::Kind::TierChanged, *change.tier);
    if (change.assignee && *change.assignee != current->assignee)
        event(TicketEvent::Kind::Assigned, *change.assignee);
    if (change.status && *change.status != current->status) {
        if (*change.status == QLatin1String("resolved"))
            event(TicketEvent::Kind::Resolved, QString());
        else if (current->status == QLatin1String("resolved"))
            event(TicketEvent::Kind::Reopened, QString());
        if (*change.status != QLatin1String("resolved") && *change.status != QLatin1String("new"))
            event(TicketEvent::Kind::StatusChanged,
                  *change.status == QLatin1String("open") || isPausingStatus(*change.status)
                      ? *change.status
                      : QStringLiteral("open"));
    }
    if (alongside)
        insertEvent(id, *alongside);

    QSqlQuery audit(m_database.connection());
    audit.prepare(QStringLiteral("INSERT INTO audit_log (at, user_id, table_name, row_id, action, "
                                 "detail) VALUES (?, ?, 'tickets', ?, 'update', ?)"));
    audit.addBindValue(toEpoch(at));
    audit.addBindValue(m_database.actorId());
    audit.addBindValue(id);
    audit.addBindValue(change.describe());
    if (!audit.exec())
        throw StorageError(
            m_database.describeError(Tr::tr("cannot write the audit log"), audit.lastError()));
    ChangeLog::record(m_database, QStringLiteral("tickets"), id, QStringLiteral("updated"));
    // Read back before committing, while this transaction still holds the row: read after, it
    // could already show another writer's version, and an edit based on that would overwrite
    // their change unseen.
    const TicketRecord saved = *ticket(id);
    transaction.commit();
    return saved;
}

void SqlTicketRepository::appendEvent(qint64 id, const TicketEvent &event)
{
    Transaction transaction(m_database);
    appendEventInTransaction(id, event);
    transaction.commit();
}

bool SqlTicketRepository::appendEventInTransaction(qint64 id,
                                                   const TicketEvent &event,
                                                   std::optional<int> version)
{
    QSqlQuery touch(m_database.connection());
    // Appending never conflicts: it touches the ticket's time but not its version; with a
    // version, only a ticket still at it is touched.
    touch.prepare(QStringLiteral("UPDATE tickets SET updated_at = ? WHERE id = ?")
                  + (version ? QStringLiteral(" AND version = ?") : QString()));
    touch.addBindValue(toEpoch(event.at));
    touch.addBindValue(id);
    if (version)
        touch.addBindValue(*version);
    if (!touch.exec())
        throw StorageError(
            m_database.describeError(Tr::tr("cannot update ticket %1").arg(id), touch.lastError()));
    if (touch.numRowsAffected() != 1) {
        if (version)
            return false;
        throw StorageError(Tr::tr("there is no ticket %1").arg(id));
    }
    insertEvent(id, event);
    ChangeLog::record(m_database, QStringLiteral("tickets"), id, QStringLiteral("event"));
    return true;
}

TicketTimeline SqlTicketRepository::timeline(qint64 id)
{
    return TicketStore::loadTimeline(m_database.connection(), id);
}

} // namespace hourglass
