// Reading ticket timelines back from the database, for the SLA engine.
#include "storage/ticketstore.h"

#include "io/inputerror.h"
#include "io/jsonreader.h"
#include "storage/database.h"
#include "storage/nametable.h"
#include "storage/sqlticketrepository.h"
#include "storage/storageerror.h"
#include "storage/stringpool.h"
#include "tickets/eventpayload.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <future>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::TicketStore)
};

// One stored event back into a TicketEvent, read by the same code as ticket files.
TicketEvent storedEvent(qint64 rowId, const QString &kindKey, const QByteArray &payload)
{
    const QString place = QStringLiteral("ticket_events row %1").arg(rowId);
    const auto kind = TicketEvent::kindFromKey(kindKey);
    if (!kind)
        throw StorageError(Tr::tr("%1: unknown event kind \"%2\"").arg(place, kindKey));
    TicketEvent event;
    event.kind = *kind;
    if (payload.size() <= 2 && *kind != TicketEvent::Kind::Created)
        return event;
    try {
        JsonReader reader(place,
                          QStringLiteral("payload"),
                          QJsonDocument::fromJson(payload).object());
        EventPayload::decode(reader, event);
    } catch (const InputError &error) {
        throw StorageError(error.message());
    }
    return event;
}

// Events read in bulk: most share their kind and payload ("created, p2, gold, email"), so each
// distinct pair is parsed once; logins come from one read of the users table.
class EventReader
{
public:
    explicit EventReader(QSqlDatabase &db)
        : m_logins(db, QStringLiteral("users"), QStringLiteral("login"))
    {}

    TicketEvent read(qint64 rowId,
                     const QString &kindKey,
                     qint64 at,
                     const QByteArray &payload,
                     const QVariant &authorId)
    {
        const QByteArray key = kindKey.toLatin1() + '\0' + payload;
        auto it = m_parsed.constFind(key);
        if (it == m_parsed.constEnd()) {
            TicketEvent parsed = storedEvent(rowId, kindKey, payload);
            if (m_parsed.size() >= cacheLimit) // one-off payloads (schedules) stay out
                return complete(std::move(parsed), at, authorId);
            it = m_parsed.insert(key, parsed);
        }
        return complete(TicketEvent(*it), at, authorId);
    }

private:
    TicketEvent complete(TicketEvent event, qint64 at, const QVariant &authorId)
    {
        event.at = fromEpoch(at);
        event.author = m_logins.name(authorId);
        return event;
    }

public:
    bool missedAny() const { return m_logins.missedAny(); }

private:
    static constexpr qsizetype cacheLimit = 4096;
    NameTable m_logins;
    QHash<QByteArray, TicketEvent> m_parsed;
};

QList<TicketTimeline> readTimelines(QSqlDatabase &db, EventReader &reader, const QString &where)
{
    QSqlQuery events(db);
    events.setForwardOnly(true);
    // Every ticket has its created event, so one pass over the events finds every ticket.
    if (!events.exec(
            QStringLiteral("SELECT e.id, e.ticket_id, e.at, e.kind, e.payload, e.author_id, "
                           "t.policy_key, t.policy_version, t.customer_id FROM ticket_events e "
                           "JOIN tickets t ON "
                           "t.id = e.ticket_id WHERE %1 ORDER BY e.ticket_id, e.at, e.id")
                .arg(where)))
        throw StorageError(Tr::tr("cannot read ticket events: %1").arg(events.lastError().text()));
    QList<TicketTimeline> timelines;
    StringPool policies;
    TicketTimeline *current = nullptr;
    qint64 currentId = 0;
    while (events.next()) {
        const qint64 ticketId = events.value(1).toLongLong();
        if (!current || ticketId != currentId) {
            current = &timelines.emplace_back();
            current->ticketId = ticketId;
            current->policyId = policies.intern(events.value(6).toString());
            current->policyVersion = events.value(7).toInt();
            current->customerId = events.value(8).toLongLong();
            currentId = ticketId;
        }
        // An event that cannot be read leaves its ticket unreadable, not the whole queue.
        try {
            current->events.append(reader.read(events.value(0).toLongLong(),
                                               events.value(3).toString(),
                                               events.value(2).toLongLong(),
                                               events.value(4).toByteArray(),
                                               events.value(5)));
        } catch (const StorageError &error) {
            if (current->unreadable.isEmpty())
                current->unreadable = error.message();
        }
    }
    // A connection lost halfway ends the rows early: that is an error, not a shorter queue.
    if (events.lastError().isValid())
        throw StorageError(Tr::tr("cannot read ticket events: %1").arg(events.lastError().text()));
    return timelines;
}

} // namespace

QList<TicketTimeline> TicketStore::loadOpenTimelines(QSqlDatabase &db)
{
    return loadTimelines(db, TicketScope::Open, 0);
}

QList<TicketTimeline> TicketStore::loadTimelines(QSqlDatabase &db,
                                                 TicketScope scope,
                                                 qsizetype resolvedLimit)
{
    const QString where = scopeCondition(scope, resolvedLimit);
    // A user added after the logins were read has no login in them: read again, once.
    for (int attempt = 1;; ++attempt) {
        EventReader reader(db);
        QList<TicketTimeline> timelines = readTimelines(db, reader, where);
        if (!reader.missedAny() || attempt == 2)
            return timelines;
    }
}

QString TicketStore::scopeCondition(TicketScope scope, qsizetype resolvedLimit)
{
    // The index on (status, updated_at, id) hands the most recent resolved tickets over in
    // order; the limit is a number, written into the SQL as one.
    const QString recentResolved
        = QStringLiteral("t.id IN (SELECT id FROM tickets WHERE status = 'resolved' ORDER BY "
                         "updated_at DESC, id DESC LIMIT %1)")
              .arg(std::max<qsizetype>(resolvedLimit, 0));
    switch (scope) {
    case TicketScope::Open:
        return QStringLiteral("t.status <> 'resolved'");
    case TicketScope::Resolved:
        return QStringLiteral("t.status = 'resolved' AND ") + recentResolved;
    case TicketScope::All:
        return QStringLiteral("(t.status <> 'resolved' OR ") + recentResolved + u')';
    }
    return QStringLiteral("t.status <> 'resolved'");
}

bool TicketStore::hasSecondConnection(const DatabaseUrl &url)
{
    // An in-memory SQLite database is one per connection: a second would be another, empty one.
    return !url.isSqlite()
           || (url.path() != QLatin1String(":memory:")
               && !url.path().contains(QLatin1String("mode=memory")));
}

OpenTickets TicketStore::loadOpenTickets(
    Database &database, const std::function<void(QList<TicketTimeline> &)> &meanwhile)
{
    return loadTickets(database, TicketScope::Open, 0, meanwhile);
}

OpenTickets TicketStore::loadTickets(Database &database,
                                     TicketScope scope,
                                     qsizetype resolvedLimit,
                                     const std::function<void(QList<TicketTimeline> &)> &meanwhile)
{
    const auto readTickets = [scope, resolvedLimit](Database &db) {
        return SqlTicketRepository(db).ticketsIn(scope, resolvedLimit);
    };
    const auto readOnSecondConnection = [url = database.url(), readTickets] {
        return readTickets(*Database::open(url));
    };
    const bool shareable = hasSecondConnection(database.url());
    std::future<QList<TicketRecord>> tickets;
    if (shareable)
        tickets = std::async(std::launch::async, readOnSecondConnection);
    OpenTickets open;
    open.timelines = loadTimelines(database.connection(), scope, resolvedLimit);
    std::vector<qint64> read; // in ticket order, as read
    read.reserve(std::size_t(open.timelines.size()));
    for (const TicketTimeline &timeline : std::as_const(open.timelines))
        read.push_back(timeline.ticketId);
    if (meanwhile)
        meanwhile(open.timelines);
    if (!shareable) {
        open.tickets = readTickets(database);
    } else {
        try {
            open.tickets = tickets.get();
        } catch (const StorageError &) {
            // No second connection (the server's limit, say): read them on this one.
            open.tickets = readTickets(database);
        }
    }
    // The two reads are two snapshots: a ticket opened between them gets its timeline now.
    if (meanwhile)
        open.timelines.clear();
    for (const TicketRecord &ticket : std::as_const(open.tickets)) {
        if (!std::binary_search(read.begin(), read.end(), ticket.id))
            open.timelines.append(loadTimeline(database.connection(), ticket.id));
    }
    std::sort(open.timelines.begin(),
              open.timelines.end(),
              [](const TicketTimeline &a, const TicketTimeline &b) {
                  return a.ticketId < b.ticketId;
              });
    return open;
}

TicketTimeline TicketStore::loadTimeline(QSqlDatabase &db, qint64 ticketId)
{
    QSqlQuery ticket(db);
    ticket.prepare(QStringLiteral("SELECT policy_key, policy_version, customer_id FROM tickets "
                                  "WHERE id = ?"));
    ticket.addBindValue(ticketId);
    if (!ticket.exec())
        throw StorageError(
            Tr::tr("cannot read ticket %1: %2").arg(ticketId).arg(ticket.lastError().text()));
    if (!ticket.next())
        throw StorageError(Tr::tr("there is no ticket %1").arg(ticketId));
    TicketTimeline timeline;
    timeline.ticketId = ticketId;
    timeline.policyId = ticket.value(0).toString();
    timeline.policyVersion = ticket.value(1).toInt();
    timeline.customerId = ticket.value(2).toLongLong();

    QSqlQuery events(db);
    // One ticket's timeline carries what was written too (the queue's bulk read leaves it out:
    // no clock depends on it, and the queue shows none of it).
    events.prepare(
        QStringLiteral("SELECT e.id, e.at, e.kind, e.payload, u.login, m.body, m.author_name "
                       "FROM ticket_events e LEFT JOIN users u ON u.id = e.author_id "
                       "LEFT JOIN ticket_messages m ON m.event_id = e.id "
                       "WHERE e.ticket_id = ? ORDER BY e.at, e.id"));
    events.addBindValue(ticketId);
    if (!events.exec())
        throw StorageError(Tr::tr("cannot read the events of ticket %1: %2")
                               .arg(ticketId)
                               .arg(events.lastError().text()));
    while (events.next()) {
        try {
            TicketEvent event = storedEvent(events.value(0).toLongLong(),
                                            events.value(2).toString(),
                                            events.value(3).toByteArray());
            event.at = fromEpoch(events.value(1).toLongLong());
            event.author = events.value(4).toString();
            if (TicketEvent::isEntry(event.kind))
                event.value = events.value(5).toString();
            event.authorName = events.value(6).toString();
            timeline.events.append(event);
        } catch (const StorageError &error) {
            if (timeline.unreadable.isEmpty())
                timeline.unreadable = error.message();
        }
    }
    return timeline;
}

} // namespace hourglass
