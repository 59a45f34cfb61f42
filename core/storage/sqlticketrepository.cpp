// Tickets in SQL, the same code on SQLite and PostgreSQL: prepared statements, version checks.
#include "storage/sqlticketrepository.h"

#include "io/inputerror.h"

#include "sla/explaintext.h"
#include "storage/bulkinsert.h"
#include "storage/changelog.h"
#include "storage/conflicterror.h"
#include "storage/database.h"
#include "storage/nametable.h"
#include "storage/sqlticketsearch.h"
#include "storage/stringpool.h"
#include "storage/ticketstore.h"
#include "storage/transaction.h"
#include "tickets/eventpayload.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QPromise>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

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
                            "a.login, t.created_at, t.updated_at, w.login, t.version, t.contact "
                            "FROM tickets t JOIN customers c ON c.id = t.customer_id "
                            "LEFT JOIN users a ON a.id = t.assignee_id "
                            "LEFT JOIN users w ON w.id = t.updated_by ";
const char selectByIds[] = "SELECT t.id, t.customer_id, NULL, t.policy_key, t.policy_version, "
                           "t.title, t.severity, t.tier, t.status, t.channel, t.language, "
                           "t.assignee_id, t.created_at, t.updated_at, t.updated_by, t.version, "
                           "t.contact FROM tickets t ";

// An event's payload as the ticket_events row keeps it. What a person wrote goes to
// ticket_messages instead (see the migration to version 3).
QString storedPayload(const TicketEvent &event)
{
    if (TicketEvent::isEntry(event.kind))
        return QStringLiteral("{}");
    return QString::fromUtf8(
        QJsonDocument(EventPayload::encode(event)).toJson(QJsonDocument::Compact));
}

// The message an event carries: its text, or a ticket's description on its "created" event.
QString messageText(const TicketEvent &event, const QString &description)
{
    if (event.kind == TicketEvent::Kind::Created)
        return description;
    return TicketEvent::isEntry(event.kind) ? event.value : QString();
}

const char insertMessageHead[] = "INSERT INTO ticket_messages (event_id, ticket_id, author_name, "
                                 "body)";

// Only the customer's words are signed with a name of their own.
QString messageAuthor(const TicketEvent &event)
{
    return event.kind == TicketEvent::Kind::Created
                   || event.kind == TicketEvent::Kind::CustomerReplied
               ? event.authorName
               : QString();
}

// The drivers bind a null QString as NULL: a text column that is NOT NULL gets '' instead.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant nullId()
{
    return QVariant(QMetaType::fromType<qint64>());
}

} // namespace

SqlTicketRepository::SqlTicketRepository(DatabaseHandle database)
    : m_handle(database)
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
        NameTable customers(db().connection(), QStringLiteral("customers"), QStringLiteral("name"));
        NameTable users(db().connection(), QStringLiteral("users"), QStringLiteral("login"));
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
    QSqlQuery query(db().connection());
    query.setForwardOnly(true);
    query.prepare(QLatin1String(many ? selectByIds : selectJoined) + where);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        throw StorageError(db().describeError(Tr::tr("cannot read tickets"), query.lastError()));
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
        const QString status = pooled(8, Status);
        if (const auto known = ticketStatusFromKey(status)) {
            r.status = *known;
        } else {
            r.status = TicketStatus::Open;
            r.unreadable = Tr::tr("the stored status \"%1\" is not a ticket status")
                               .arg(InputError::excerpt(status));
        }
        r.channel = pooled(9, Channel);
        r.language = pooled(10, Language);
        r.assignee = many ? users->name(query.value(11)) : pooled(11, Assignee);
        r.createdAt = fromEpoch(query.value(12).toLongLong());
        r.updatedAt = fromEpoch(query.value(13).toLongLong());
        r.updatedBy = many ? users->name(query.value(14)) : pooled(14, UpdatedBy);
        r.version = query.value(15).toInt();
        r.contact = query.value(16).toString();
    }
    // A connection lost halfway ends the rows early: that is an error, not fewer tickets.
    if (query.lastError().isValid())
        throw StorageError(db().describeError(Tr::tr("cannot read tickets"), query.lastError()));
    return records;
}

QList<TicketRecord> SqlTicketRepository::openTickets()
{
    return ticketsIn(TicketScope::Open, 0);
}

QList<TicketRecord> SqlTicketRepository::ticketsIn(TicketScope scope, qsizetype resolvedLimit)
{
    return select(QLatin1String("WHERE ") + TicketStore::scopeCondition(scope, resolvedLimit)
                      + QLatin1String(" ORDER BY t.id"),
                  {},
                  Reading::Many);
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
    const qint64 id = db().userId(login);
    if (!id)
        throw StorageError(Tr::tr("unknown user \"%1\"").arg(InputError::excerpt(login)));
    return id;
}

Instant SqlTicketRepository::insertEvent(qint64 ticketId, const TicketEvent &event, Stamp stamp)
{
    // Never before the ticket's latest event, whoever's clock runs behind: the timeline stays
    // in order, so it always evaluates.
    const QString latest = QStringLiteral(
        "(SELECT COALESCE(MAX(at), 0) FROM ticket_events WHERE ticket_id = ?)");
    if (stamp == Stamp::AsGiven) {
        QSqlQuery check(db().connection());
        check.prepare(QLatin1String("SELECT ") + latest);
        check.addBindValue(ticketId);
        if (!check.exec() || !check.next())
            throw StorageError(db().describeError(Tr::tr("cannot read ticket %1").arg(ticketId),
                                                  check.lastError()));
        const Instant last = fromEpoch(check.value(0).toLongLong());
        if (event.at < last)
            throw StorageError(Tr::tr("ticket %1: an event cannot be dated %2, before the "
                                      "ticket's latest event (%3)")
                                   .arg(ticketId)
                                   .arg(formatInstant(event.at), formatInstant(last)));
    }
    const QString at = stamp == Stamp::AsGiven
                           ? QStringLiteral("?")
                           : (db().isPostgres() ? QStringLiteral("GREATEST(%1, %2)")
                                                : QStringLiteral("MAX(%1, %2)"))
                                 .arg(db().nowSeconds(), latest);
    QSqlQuery insert(db().connection());
    insert.prepare(QLatin1String("INSERT INTO ticket_events (ticket_id, at, kind, author_id, "
                                 "payload, recorded_at) VALUES (?, ")
                   + at + QLatin1String(", ?, ?, ?, ") + db().nowSeconds()
                   + QLatin1String(") RETURNING at, id"));
    insert.addBindValue(ticketId);
    if (stamp == Stamp::AsGiven)
        insert.addBindValue(toEpoch(event.at));
    else
        insert.addBindValue(ticketId);
    insert.addBindValue(TicketEvent::key(event.kind));
    insert.addBindValue(db().actorId());
    insert.addBindValue(storedPayload(event));
    if (!insert.exec() || !insert.next())
        throw StorageError(
            db().describeError(Tr::tr("cannot record an event of ticket %1").arg(ticketId),
                               insert.lastError()));
    const Instant recorded = fromEpoch(insert.value(0).toLongLong());
    if (const QString text = messageText(event, QString()); !text.isEmpty())
        BulkInsert::insertRows(db(),
                               QLatin1String(insertMessageHead),
                               4,
                               {{insert.value(1).toLongLong(),
                                 ticketId,
                                 notNull(messageAuthor(event)),
                                 text}});
    return recorded;
}

namespace {

const char insertTicketHead[] = "INSERT INTO tickets (id, customer_id, contract_id, policy_key, "
                                "policy_version, title, severity, tier, status, channel, "
                                "language, assignee_id, created_at, updated_at, updated_by, "
                                "contact)";
const char insertEventHead[] = "INSERT INTO ticket_events (id, ticket_id, at, kind, author_id, "
                               "payload, recorded_at)";

} // namespace

qsizetype SqlTicketRepository::insertTickets(const QList<NewTicket> &tickets, QList<qint64> *ids)
{
    // Logins of assignees and authors, each read once.
    QHash<QString, qint64> users;
    const auto know = [&](const QString &login) {
        if (!login.isEmpty() && !users.contains(login))
            users.insert(login, userId(login));
    };
    for (const NewTicket &t : tickets) {
        know(t.assignee);
        for (const TicketEvent &event : t.events)
            know(event.author);
    }
    const qint64 actor = db().actorId();
    const qint64 recordedAt = toEpoch(db().now());
    const QList<qint64> allocated = BulkInsert::allocateIds(db(),
                                                            QStringLiteral("tickets"),
                                                            tickets.size());
    qsizetype eventCount = 0;
    for (const NewTicket &t : tickets)
        eventCount += t.events.size();
    // Messages are keyed by their event: the events' ids are needed up front too.
    const QList<qint64> eventIds = BulkInsert::allocateIds(db(),
                                                           QStringLiteral("ticket_events"),
                                                           eventCount);
    qsizetype nextEvent = 0;
    QList<QVariantList> ticketRows;
    QList<QVariantList> eventRows;
    QList<QVariantList> messageRows;
    ticketRows.reserve(tickets.size());
    eventRows.reserve(tickets.size() * 2);
    for (qsizetype i = 0; i < tickets.size(); ++i) {
        const NewTicket &t = tickets.at(i);
        const qint64 id = allocated.at(i);
        const Instant updatedAt = t.events.isEmpty() ? t.createdAt : t.events.constLast().at;
        ticketRows.append({id,
                           t.customerId,
                           t.contractId,
                           t.policyId,
                           t.policyVersion,
                           t.title,
                           t.severity,
                           t.tier,
                           statusKey(t.status),
                           t.channel,
                           t.language,
                           t.assignee.isEmpty() ? nullId() : QVariant(users.value(t.assignee)),
                           toEpoch(t.createdAt),
                           toEpoch(updatedAt),
                           actor,
                           notNull(t.contact)});
        for (const TicketEvent &event : t.events) {
            const qint64 eventId = eventIds.at(nextEvent++);
            eventRows.append(
                {eventId,
                 id,
                 toEpoch(event.at),
                 TicketEvent::key(event.kind),
                 event.author.isEmpty() ? QVariant(actor) : QVariant(users.value(event.author)),
                 storedPayload(event),
                 recordedAt});
            if (const QString text = messageText(event, t.description); !text.isEmpty())
                messageRows.append({eventId, id, notNull(messageAuthor(event)), text});
        }
    }
    BulkInsert::insertRows(db(), QLatin1String(insertTicketHead), 16, ticketRows);
    BulkInsert::insertRows(db(), QLatin1String(insertEventHead), 7, eventRows);
    BulkInsert::insertRows(db(), QLatin1String(insertMessageHead), 4, messageRows);
    if (ids)
        *ids = allocated;
    return tickets.size();
}

TicketRecord SqlTicketRepository::create(const NewTicket &ticket)
{
    Transaction transaction(db());
    QList<qint64> ids;
    insertTickets({ticket}, &ids);
    ChangeLog::record(db(), QStringLiteral("tickets"), ids.first(), QStringLiteral("created"));
    const TicketRecord record = *this->ticket(ids.first());
    transaction.commit();
    return record;
}

qsizetype SqlTicketRepository::createMany(const QList<NewTicket> &tickets)
{
    Transaction transaction(db());
    const qsizetype count = insertTickets(tickets, nullptr);
    // One change for the whole import: views reload instead of taking 100 000 notifications.
    ChangeLog::record(db(), QStringLiteral("tickets"), 0, QStringLiteral("imported"));
    transaction.commit();
    return count;
}

TicketRecord SqlTicketRepository::update(qint64 id,
                                         int expectedVersion,
                                         const TicketChange &change,
                                         const QList<TicketEvent> &events)
{
    // The entry that goes with the change (a response), if any, for the conflict message.
    const auto alongside = std::find_if(events.begin(), events.end(), [](const TicketEvent &e) {
        return TicketEvent::isEntry(e.kind);
    });
    Transaction transaction(db());
    const std::optional<TicketRecord> current = ticket(id);
    if (!current)
        throw StorageError(Tr::tr("there is no ticket %1").arg(id));
    // What a refused write says: both sides, and the event that went with it, refused too.
    const QString refused = alongside != events.end() ? Tr::tr("%1, with the entry “%2”")
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
    const auto raced = [&] {
        return ConflictError(Tr::tr("ticket %1 was changed by someone else at the same moment; "
                                    "your change (%2) was not saved")
                                 .arg(id)
                                 .arg(refused),
                             QStringLiteral("tickets"),
                             id,
                             expectedVersion,
                             expectedVersion + 1,
                             QString(),
                             toEpoch(current->updatedAt),
                             change.describe());
    };
    if (change.isEmpty()) {
        if (events.isEmpty())
            return *current;
        // The events alone, still on the version read above: on PostgreSQL another writer may
        // have committed since, and they must then be refused like a change.
        if (!appendEventInTransaction(id, events.first(), Stamp::Now, expectedVersion))
            throw raced();
        for (qsizetype i = 1; i < events.size(); ++i)
            insertEvent(id, events.at(i), Stamp::Now);
        const TicketRecord saved = *ticket(id);
        transaction.commit();
        return saved;
    }

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
        set("status", statusKey(*change.status));
    if (change.assignee)
        set("assignee_id",
            change.assignee->isEmpty() ? nullId() : QVariant(userId(*change.assignee)));
    set("updated_by", db().actorId());

    QSqlQuery update(db().connection());
    // The version in the WHERE clause is what makes a concurrent writer lose instead of
    // overwrite; the row it locks keeps the events below in order on PostgreSQL.
    update.prepare(QLatin1String("UPDATE tickets SET ") + sets.join(QLatin1String(", "))
                   + QLatin1String(", updated_at = ") + db().nowSeconds()
                   + QLatin1String(", version = version + 1 WHERE id = ? AND version = ?"));
    for (const QVariant &value : values)
        update.addBindValue(value);
    update.addBindValue(id);
    update.addBindValue(expectedVersion);
    if (!update.exec())
        throw StorageError(
            db().describeError(Tr::tr("cannot update ticket %1").arg(id), update.lastError()));
    if (update.numRowsAffected() != 1)
        throw raced();

    for (const TicketEvent &event : events)
        insertEvent(id, event, Stamp::Now);

    QSqlQuery audit(db().connection());
    audit.prepare(QLatin1String("INSERT INTO audit_log (at, user_id, table_name, row_id, action, "
                                "detail) VALUES (")
                  + db().nowSeconds() + QLatin1String(", ?, 'tickets', ?, 'update', ?)"));
    audit.addBindValue(db().actorId());
    audit.addBindValue(id);
    audit.addBindValue(change.describe());
    if (!audit.exec())
        throw StorageError(
            db().describeError(Tr::tr("cannot write the audit log"), audit.lastError()));
    ChangeLog::record(db(), QStringLiteral("tickets"), id, QStringLiteral("updated"));
    // Read back before committing, while this transaction still holds the row: read after, it
    // could already show another writer's version, and an edit based on that would overwrite
    // their change unseen.
    const TicketRecord saved = *ticket(id);
    transaction.commit();
    return saved;
}

Instant SqlTicketRepository::appendEvent(qint64 id, const TicketEvent &event, Stamp stamp)
{
    Transaction transaction(db());
    Instant at;
    appendEventInTransaction(id, event, stamp, std::nullopt, &at);
    transaction.commit();
    return at;
}

bool SqlTicketRepository::appendEventInTransaction(
    qint64 id, const TicketEvent &event, Stamp stamp, std::optional<int> version, Instant *recorded)
{
    QSqlQuery touch(db().connection());
    // Appending never conflicts: it touches the ticket's time but not its version; with a
    // version, only a ticket still at it is touched. The row lock it takes orders concurrent
    // appends to one ticket.
    touch.prepare(QLatin1String("UPDATE tickets SET updated_at = ") + db().nowSeconds()
                  + QLatin1String(" WHERE id = ?")
                  + (version ? QStringLiteral(" AND version = ?") : QString()));
    touch.addBindValue(id);
    if (version)
        touch.addBindValue(*version);
    if (!touch.exec())
        throw StorageError(
            db().describeError(Tr::tr("cannot update ticket %1").arg(id), touch.lastError()));
    if (touch.numRowsAffected() != 1) {
        if (version)
            return false;
        throw StorageError(Tr::tr("there is no ticket %1").arg(id));
    }
    const Instant at = insertEvent(id, event, stamp);
    if (recorded)
        *recorded = at;
    ChangeLog::record(db(), QStringLiteral("tickets"), id, QStringLiteral("event"));
    return true;
}

TicketTimeline SqlTicketRepository::timeline(qint64 id)
{
    return TicketStore::loadTimeline(db().connection(), id);
}

std::optional<Instant> SqlTicketRepository::oldestOpenCreatedAt()
{
    QSqlQuery query(db().connection());
    if (!query.exec(
            QStringLiteral("SELECT MIN(created_at) FROM tickets WHERE status <> 'resolved'"))
        || !query.next())
        throw StorageError(
            db().describeError(Tr::tr("cannot read the oldest open ticket"), query.lastError()));
    if (query.value(0).isNull())
        return std::nullopt;
    return fromEpoch(query.value(0).toLongLong());
}

QList<TicketMessage> SqlTicketRepository::thread(qint64 id)
{
    QSqlQuery query(db().connection());
    query.setForwardOnly(true);
    // The messages' index finds the ticket's rows, the events' primary key their time and
    // author: a few hundred lookups, no scan.
    query.prepare(QStringLiteral(
        "SELECT e.id, e.kind, e.at, u.display_name, u.login, m.author_name, m.body "
        "FROM ticket_messages m JOIN ticket_events e ON e.id = m.event_id "
        "LEFT JOIN users u ON u.id = e.author_id WHERE m.ticket_id = ? ORDER BY e.at, e.id"));
    query.addBindValue(id);
    if (!query.exec())
        throw StorageError(
            db().describeError(Tr::tr("cannot read the conversation of ticket %1").arg(id),
                               query.lastError()));
    QList<TicketMessage> messages;
    while (query.next()) {
        const auto event = TicketEvent::kindFromKey(query.value(1).toString());
        const auto kind = event ? TicketMessage::kindOf(*event) : std::nullopt;
        if (!kind)
            continue; // a message on an event that carries none: not a conversation's
        TicketMessage &m = messages.emplace_back();
        m.id = query.value(0).toLongLong();
        m.ticketId = id;
        m.kind = *kind;
        m.at = fromEpoch(query.value(2).toLongLong());
        m.authorLogin = query.value(4).toString();
        const QString signedAs = query.value(5).toString();
        const QString user = query.value(3).toString();
        m.author = m.isFromCustomer() && !signedAs.isEmpty() ? signedAs
                   : !user.isEmpty()                         ? user
                                                             : m.authorLogin;
        m.text = query.value(6).toString();
    }
    if (query.lastError().isValid())
        throw StorageError(
            db().describeError(Tr::tr("cannot read the conversation of ticket %1").arg(id),
                               query.lastError()));
    return messages;
}

QList<TicketSearchHit> SqlTicketRepository::search(const TicketSearch &search)
{
    const QList<SqlTicketSearch::Found> found = SqlTicketSearch::search(db(), search);
    if (found.isEmpty())
        return {};
    QStringList ids;
    for (const SqlTicketSearch::Found &f : found)
        ids.append(QString::number(f.ticketId));
    QHash<qint64, TicketRecord> records;
    for (TicketRecord &record :
         select(QLatin1String("WHERE t.id IN (") + ids.join(u',') + u')', {}, Reading::Few))
        records.insert(record.id, std::move(record));
    QList<TicketSearchHit> hits;
    hits.reserve(found.size());
    for (const SqlTicketSearch::Found &f : found) {
        const auto record = records.constFind(f.ticketId);
        if (record == records.constEnd())
            continue; // gone between the two reads
        TicketSearchHit &hit = hits.emplace_back();
        hit.ticket = *record;
        hit.score = f.score;
        hit.messageId = f.messageId;
        hit.title = f.title.text.isEmpty() ? HighlightedText{record->title, {}} : f.title;
        hit.snippet = f.snippet;
    }
    // What each best message is (a reply, a note…), in one read.
    QStringList messageIds;
    for (const TicketSearchHit &hit : std::as_const(hits)) {
        if (hit.messageId)
            messageIds.append(QString::number(hit.messageId));
    }
    if (messageIds.isEmpty())
        return hits;
    QSqlQuery kinds(db().connection());
    if (!kinds.exec(QLatin1String("SELECT id, kind FROM ticket_events WHERE id IN (")
                    + messageIds.join(u',') + u')'))
        throw StorageError(db().describeError(Tr::tr("cannot search tickets"), kinds.lastError()));
    QHash<qint64, TicketMessage::Kind> kindOf;
    while (kinds.next()) {
        if (const auto event = TicketEvent::kindFromKey(kinds.value(1).toString()))
            if (const auto kind = TicketMessage::kindOf(*event))
                kindOf.insert(kinds.value(0).toLongLong(), *kind);
    }
    for (TicketSearchHit &hit : hits) {
        if (const auto kind = kindOf.constFind(hit.messageId); kind != kindOf.constEnd())
            hit.messageKind = *kind;
    }
    return hits;
}

OpenTickets SqlTicketRepository::openTicketsWithTimelines(
    const std::function<void(QList<TicketTimeline> &)> &meanwhile)
{
    return TicketStore::loadOpenTickets(db(), meanwhile);
}

OpenTickets SqlTicketRepository::ticketsWithTimelines(
    TicketScope scope,
    qsizetype resolvedLimit,
    const std::function<void(QList<TicketTimeline> &)> &meanwhile)
{
    return TicketStore::loadTickets(db(), scope, resolvedLimit, meanwhile);
}

QFuture<OpenTickets> SqlTicketRepository::openTicketsInBackground(
    std::function<void(QList<TicketTimeline> &)> meanwhile)
{
    return ticketsInBackground(TicketScope::Open, 0, std::move(meanwhile));
}

QFuture<OpenTickets> SqlTicketRepository::ticketsInBackground(
    TicketScope scope,
    qsizetype resolvedLimit,
    std::function<void(QList<TicketTimeline> &)> meanwhile)
{
    auto promise = std::make_shared<QPromise<OpenTickets>>();
    QFuture<OpenTickets> future = promise->future();
    promise->start();
    const auto read = [promise](const std::function<OpenTickets()> &how) {
        try {
            promise->addResult(how());
        } catch (...) {
            promise->setException(std::current_exception());
        }
        promise->finish();
    };
    DatabaseUrl url;
    try {
        url = db().url();
    } catch (...) { // offline: the future says so
        read([]() -> OpenTickets { throw; });
        return future;
    }
    if (!TicketStore::hasSecondConnection(url)) {
        read([&] { return ticketsWithTimelines(scope, resolvedLimit, meanwhile); });
        return future;
    }
    QThread *thread = QThread::create(
        [read, url, scope, resolvedLimit, meanwhile = std::move(meanwhile)] {
            read([&] {
                // A connection of this thread's own, closed before the thread ends.
                const std::unique_ptr<Database> own = Database::open(url);
                return TicketStore::loadTickets(*own, scope, resolvedLimit, meanwhile);
            });
        });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    return future;
}

} // namespace hourglass
