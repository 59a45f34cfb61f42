// Contracts, downgrade requests, expertise packs and ledger entries in SQL.
#include "storage/sqlcontractrepository.h"

#include "storage/changelog.h"
#include "storage/conflicterror.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::SqlContractRepository)
};

QVariant nullable(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

// An empty QString binds as NULL; the columns for what people write are NOT NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant nullableUser(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

SqlContractRepository::SqlContractRepository(DatabaseHandle database)
    : m_database(database)
{}

Database &SqlContractRepository::db() const
{
    return m_database.get();
}

void SqlContractRepository::exec(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        throw StorageError(db().describeError(what, query.lastError()));
}

Instant SqlContractRepository::now()
{
    return db().now();
}

void SqlContractRepository::lockCustomer(qint64 customerId)
{
    // SQLite's transaction holds the write lock from its start; PostgreSQL locks the row, in
    // the mode that still lets tickets and entries that refer to the customer be written.
    if (!db().isPostgres())
        return;
    QSqlQuery query(db().connection());
    query.prepare(QStringLiteral("SELECT id FROM customers WHERE id = ? FOR NO KEY UPDATE"));
    query.addBindValue(customerId);
    exec(query, Tr::tr("cannot lock customer %1").arg(customerId));
}

void SqlContractRepository::refuseStale(
    const QString &table, qint64 id, int yourVersion, const QString &what, const QString &yours)
{
    // Who wrote the version in the database now, and when, as each table records it.
    QString sql;
    if (table == QLatin1String("customers"))
        sql = QStringLiteral("SELECT r.version, u.login, r.updated_at FROM customers r LEFT JOIN "
                             "users u ON u.id = r.updated_by WHERE r.id = ?");
    else if (table == QLatin1String("contracts"))
        sql = QStringLiteral(
            "SELECT r.version, u.login, n.recorded_at FROM contracts r LEFT JOIN contracts n ON "
            "n.customer_id = r.customer_id AND n.starts_at = r.ends_at LEFT JOIN users u ON "
            "u.id = n.recorded_by WHERE r.id = ? ORDER BY n.id DESC");
    else
        sql = QStringLiteral("SELECT r.version, u.login, r.done_at FROM contract_requests r "
                             "LEFT JOIN users u ON u.id = r.done_by WHERE r.id = ?");
    QSqlQuery query(db().connection());
    query.prepare(sql);
    query.addBindValue(id);
    exec(query, Tr::tr("cannot read %1").arg(what));
    if (!query.next())
        throw StorageError(Tr::tr("there is no %1").arg(what));
    const int theirs = query.value(0).toInt();
    const QString author = query.value(1).toString();
    const qint64 at = query.value(2).toLongLong();
    throw ConflictError(Tr::tr("%1 was changed by %2 at %3 (version %4); your change (%5) was "
                               "made on version %6 and was not saved")
                            .arg(what,
                                 author.isEmpty() ? Tr::tr("someone") : author,
                                 formatInstant(fromEpoch(at)),
                                 QString::number(theirs),
                                 yours,
                                 QString::number(yourVersion)),
                        table,
                        id,
                        yourVersion,
                        theirs,
                        author,
                        at,
                        yours);
}

void SqlContractRepository::updateCustomer(const CustomerEdit &edit)
{
    QSqlQuery query(db().connection());
    query.prepare(QLatin1String("UPDATE customers SET name = ?, organization = ?, language = ?, "
                                "time_zone = ?, updated_by = ?, updated_at = ")
                  + db().nowSeconds()
                  + QLatin1String(", version = version + 1 WHERE id = ? AND version = ?"));
    query.addBindValue(edit.name);
    query.addBindValue(notNull(edit.organization));
    query.addBindValue(edit.language);
    query.addBindValue(edit.timeZone);
    query.addBindValue(nullableUser(db().actorId()));
    query.addBindValue(edit.id);
    query.addBindValue(edit.version);
    exec(query, Tr::tr("cannot write customer %1").arg(edit.id));
    if (query.numRowsAffected() != 1)
        refuseStale(QStringLiteral("customers"),
                    edit.id,
                    edit.version,
                    Tr::tr("customer %1").arg(edit.id),
                    Tr::tr("edit “%1”").arg(edit.name.left(80)));
    ChangeLog::record(db(), QStringLiteral("customers"), edit.id, QStringLiteral("updated"));
}

qint64 SqlContractRepository::changeTier(qint64 customerId,
                                         const Contract &current,
                                         const QString &tier,
                                         Contract::Change change,
                                         Instant at,
                                         QDate billedFrom)
{
    QSqlQuery end(db().connection());
    // The version in the WHERE clause makes a concurrent change lose instead of overwrite.
    end.prepare(QStringLiteral("UPDATE contracts SET ends_at = ?, version = version + 1 WHERE "
                               "id = ? AND version = ? AND ends_at IS NULL"));
    end.addBindValue(toEpoch(at));
    end.addBindValue(current.id);
    end.addBindValue(current.version);
    exec(end, Tr::tr("cannot end contract %1").arg(current.id));
    if (end.numRowsAffected() != 1)
        refuseStale(QStringLiteral("contracts"),
                    current.id,
                    current.version,
                    Tr::tr("contract %1").arg(current.id),
                    Tr::tr("tier change to %1").arg(tier));
    QSqlQuery insert(db().connection());
    insert.prepare(QLatin1String("INSERT INTO contracts (customer_id, policy_key, tier, "
                                 "starts_at, change_kind, billed_from, recorded_by, recorded_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ")
                   + db().nowSeconds() + QLatin1String(") RETURNING id"));
    insert.addBindValue(customerId);
    insert.addBindValue(current.policyId);
    insert.addBindValue(tier);
    insert.addBindValue(toEpoch(at));
    insert.addBindValue(Contract::changeKey(change));
    insert.addBindValue(billedFrom.toString(Qt::ISODate));
    insert.addBindValue(nullableUser(db().actorId()));
    exec(insert, Tr::tr("cannot store the new contract of customer %1").arg(customerId));
    if (!insert.next())
        throw StorageError(Tr::tr("cannot store the new contract of customer %1").arg(customerId));
    const qint64 id = insert.value(0).toLongLong();
    insert.finish();
    ChangeLog::record(db(), QStringLiteral("contracts"), current.id, QStringLiteral("updated"));
    ChangeLog::record(db(), QStringLiteral("contracts"), id, QStringLiteral("created"));
    return id;
}

qint64 SqlContractRepository::addRequest(const ContractRequest &request)
{
    QSqlQuery query(db().connection());
    query.prepare(QLatin1String("INSERT INTO contract_requests (customer_id, contract_id, "
                                "to_tier, reason, status, requested_by, requested_at) VALUES "
                                "(?, ?, ?, ?, 'pending', ?, ")
                  + db().nowSeconds() + QLatin1String(") RETURNING id"));
    query.addBindValue(request.customerId);
    query.addBindValue(request.contractId);
    query.addBindValue(request.toTier);
    query.addBindValue(notNull(request.reason));
    query.addBindValue(nullableUser(db().actorId()));
    exec(query, Tr::tr("cannot store the downgrade request"));
    if (!query.next())
        throw StorageError(Tr::tr("cannot store the downgrade request"));
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    ChangeLog::record(db(), QStringLiteral("contract_requests"), id, QStringLiteral("created"));
    return id;
}

void SqlContractRepository::setRequestTicket(qint64 requestId, qint64 ticketId)
{
    QSqlQuery query(db().connection());
    query.prepare(QStringLiteral("UPDATE contract_requests SET ticket_id = ? WHERE id = ?"));
    query.addBindValue(ticketId);
    query.addBindValue(requestId);
    exec(query, Tr::tr("cannot link request %1 to its ticket").arg(requestId));
}

QList<ContractRequest> SqlContractRepository::readRequests(const QString &where,
                                                           const QVariant &value)
{
    QSqlQuery query(db().connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT r.id, r.customer_id, r.contract_id, k.tier, r.to_tier, r.reason, "
                       "r.ticket_id, r.status, r.requested_at, a.login, r.done_at, d.login, "
                       "r.version FROM contract_requests r JOIN contracts k ON k.id = "
                       "r.contract_id LEFT JOIN users a ON a.id = r.requested_by LEFT JOIN users "
                       "d ON d.id = r.done_by ")
        + where + QStringLiteral(" ORDER BY r.id DESC"));
    if (value.isValid())
        query.addBindValue(value);
    exec(query, Tr::tr("cannot read downgrade requests"));
    QList<ContractRequest> requests;
    while (query.next()) {
        ContractRequest r;
        r.id = query.value(0).toLongLong();
        r.customerId = query.value(1).toLongLong();
        r.contractId = query.value(2).toLongLong();
        r.fromTier = query.value(3).toString();
        r.toTier = query.value(4).toString();
        r.reason = query.value(5).toString();
        if (!query.value(6).isNull())
            r.ticketId = query.value(6).toLongLong();
        r.status = ContractRequest::statusFromKey(query.value(7).toString());
        r.requestedAt = fromEpoch(query.value(8).toLongLong());
        r.requestedBy = query.value(9).toString();
        if (!query.value(10).isNull())
            r.doneAt = fromEpoch(query.value(10).toLongLong());
        r.doneBy = query.value(11).toString();
        r.version = query.value(12).toInt();
        requests.append(r);
    }
    return requests;
}

QList<ContractRequest> SqlContractRepository::requests(qint64 customerId)
{
    if (customerId == 0)
        return readRequests(QString(), QVariant());
    return readRequests(QStringLiteral("WHERE r.customer_id = ?"), customerId);
}

std::optional<ContractRequest> SqlContractRepository::request(qint64 id)
{
    const QList<ContractRequest> found = readRequests(QStringLiteral("WHERE r.id = ?"), id);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

void SqlContractRepository::finishRequest(qint64 id,
                                          int version,
                                          ContractRequest::Status status,
                                          Instant at)
{
    QSqlQuery query(db().connection());
    query.prepare(QStringLiteral("UPDATE contract_requests SET status = ?, done_at = ?, done_by "
                                 "= ?, version = version + 1 WHERE id = ? AND version = ? AND "
                                 "status = 'pending'"));
    query.addBindValue(ContractRequest::statusKey(status));
    query.addBindValue(toEpoch(at));
    query.addBindValue(nullableUser(db().actorId()));
    query.addBindValue(id);
    query.addBindValue(version);
    exec(query, Tr::tr("cannot write request %1").arg(id));
    if (query.numRowsAffected() != 1)
        refuseStale(QStringLiteral("contract_requests"),
                    id,
                    version,
                    Tr::tr("downgrade request %1").arg(id),
                    ContractRequest::statusKey(status));
    ChangeLog::record(db(), QStringLiteral("contract_requests"), id, QStringLiteral("updated"));
}

QList<ExpertisePack> SqlContractRepository::packs(qint64 customerId)
{
    QSqlQuery query(db().connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT p.id, p.customer_id, p.minutes, p.bought_at, "
                                 "p.expires_at, p.note, p.recorded_at, u.login FROM "
                                 "expertise_packs p LEFT JOIN users u ON u.id = p.recorded_by "
                                 "WHERE p.customer_id = ? ORDER BY p.bought_at, p.id"));
    query.addBindValue(customerId);
    exec(query, Tr::tr("cannot read the expertise packs of customer %1").arg(customerId));
    QList<ExpertisePack> packs;
    while (query.next()) {
        ExpertisePack p;
        p.id = query.value(0).toLongLong();
        p.customerId = query.value(1).toLongLong();
        p.minutes = query.value(2).toInt();
        p.boughtAt = fromEpoch(query.value(3).toLongLong());
        if (!query.value(4).isNull())
            p.expiresAt = fromEpoch(query.value(4).toLongLong());
        p.note = query.value(5).toString();
        p.recordedAt = fromEpoch(query.value(6).toLongLong());
        p.recordedBy = query.value(7).toString();
        packs.append(p);
    }
    return packs;
}

qint64 SqlContractRepository::addPack(const ExpertisePack &pack)
{
    QSqlQuery query(db().connection());
    query.prepare(QLatin1String("INSERT INTO expertise_packs (customer_id, minutes, bought_at, "
                                "expires_at, note, recorded_by, recorded_at) VALUES (?, ?, ?, "
                                "?, ?, ?, ")
                  + db().nowSeconds() + QLatin1String(") RETURNING id"));
    query.addBindValue(pack.customerId);
    query.addBindValue(pack.minutes);
    query.addBindValue(toEpoch(pack.boughtAt));
    query.addBindValue(pack.expiresAt ? QVariant(toEpoch(*pack.expiresAt))
                                      : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(notNull(pack.note));
    query.addBindValue(nullableUser(db().actorId()));
    exec(query, Tr::tr("cannot store the expertise pack"));
    if (!query.next())
        throw StorageError(Tr::tr("cannot store the expertise pack"));
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    ChangeLog::record(db(), QStringLiteral("expertise_packs"), id, QStringLiteral("created"));
    return id;
}

QList<ExpertiseEntry> SqlContractRepository::readEntries(const QString &where,
                                                         const QVariantList &values)
{
    QSqlQuery query(db().connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT e.id, e.customer_id, c.login, c.display_name, e.at, e.minutes, "
                       "e.kind, e.language, e.topic, e.ticket_id, e.reverses_id, e.beyond, "
                       "e.from_included, e.overage, e.recorded_at, r.login FROM expertise_entries "
                       "e JOIN users c ON c.id = e.coach_id LEFT JOIN users r ON r.id = "
                       "e.recorded_by ")
        + where + QStringLiteral(" ORDER BY e.at, e.id"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    exec(query, Tr::tr("cannot read expertise entries"));
    QList<ExpertiseEntry> entries;
    while (query.next()) {
        ExpertiseEntry e;
        e.id = query.value(0).toLongLong();
        e.customerId = query.value(1).toLongLong();
        e.coach = query.value(2).toString();
        e.coachName = query.value(3).toString();
        e.at = fromEpoch(query.value(4).toLongLong());
        e.minutes = query.value(5).toInt();
        e.kind = ExpertiseKinds::fromKey(query.value(6).toString())
                     .value_or(ExpertiseKind::DailyAdvice);
        e.language = query.value(7).toString();
        e.notes = query.value(8).toString();
        if (!query.value(9).isNull())
            e.ticketId = query.value(9).toLongLong();
        if (!query.value(10).isNull())
            e.reverses = query.value(10).toLongLong();
        e.beyond = ExpertiseKinds::beyondFromKey(query.value(11).toString())
                       .value_or(Beyond::Nothing);
        e.fromIncluded = query.value(12).toInt();
        e.overage = query.value(13).toInt();
        e.recordedAt = fromEpoch(query.value(14).toLongLong());
        e.recordedBy = query.value(15).toString();
        entries.append(e);
    }
    readDraws(where, values, entries);
    return entries;
}

// What a balance sums, and nothing else: six numbers a row.
QList<ExpertiseEntry> SqlContractRepository::readSums(qint64 customerId)
{
    QSqlQuery query(db().connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT e.id, e.at, e.minutes, e.reverses_id, e.from_included, "
                                 "e.overage FROM expertise_entries e WHERE e.customer_id = ? "
                                 "ORDER BY e.at, e.id"));
    query.addBindValue(customerId);
    exec(query, Tr::tr("cannot read expertise entries"));
    QList<ExpertiseEntry> entries;
    while (query.next()) {
        ExpertiseEntry e;
        e.id = query.value(0).toLongLong();
        e.customerId = customerId;
        e.at = fromEpoch(query.value(1).toLongLong());
        e.minutes = query.value(2).toInt();
        if (const QVariant reverses = query.value(3); !reverses.isNull())
            e.reverses = reverses.toLongLong();
        e.fromIncluded = query.value(4).toInt();
        e.overage = query.value(5).toInt();
        entries.append(e);
    }
    readDraws(QStringLiteral("WHERE e.customer_id = ?"), {customerId}, entries);
    return entries;
}

void SqlContractRepository::readDraws(const QString &where,
                                      const QVariantList &values,
                                      QList<ExpertiseEntry> &entries)
{
    if (entries.isEmpty())
        return;
    QHash<qint64, qsizetype> byId;
    byId.reserve(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i)
        byId.insert(entries.at(i).id, i);
    QSqlQuery draws(db().connection());
    draws.setForwardOnly(true);
    draws.prepare(QStringLiteral("SELECT d.entry_id, d.pack_id, d.minutes FROM "
                                 "expertise_pack_draws d JOIN expertise_entries e ON e.id = "
                                 "d.entry_id ")
                  + where + QStringLiteral(" ORDER BY d.entry_id, d.pack_id"));
    for (const QVariant &value : values)
        draws.addBindValue(value);
    exec(draws, Tr::tr("cannot read expertise pack draws"));
    while (draws.next()) {
        const auto found = byId.constFind(draws.value(0).toLongLong());
        if (found != byId.constEnd())
            entries[*found].packDraws.append({draws.value(1).toLongLong(), draws.value(2).toInt()});
    }
}

QList<ExpertiseEntry> SqlContractRepository::entries(
    qint64 customerId, std::optional<std::pair<Instant, Instant>> detail)
{
    if (!detail)
        return readEntries(QStringLiteral("WHERE e.customer_id = ?"), {customerId});
    QList<ExpertiseEntry> all = readSums(customerId);
    const QList<ExpertiseEntry> whole
        = readEntries(QStringLiteral("WHERE e.customer_id = ? AND e.at >= ? AND e.at < ?"),
                      {customerId, toEpoch(detail->first), toEpoch(detail->second)});
    QHash<qint64, const ExpertiseEntry *> byId;
    for (const ExpertiseEntry &e : whole)
        byId.insert(e.id, &e);
    for (ExpertiseEntry &e : all) {
        if (const ExpertiseEntry *full = byId.value(e.id))
            e = *full;
    }
    return all;
}

std::optional<ExpertiseEntry> SqlContractRepository::entry(qint64 id)
{
    const QList<ExpertiseEntry> found = readEntries(QStringLiteral("WHERE e.id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

qint64 SqlContractRepository::addEntry(const ExpertiseEntry &e)
{
    Database &database = db();
    const qint64 coachId = database.userId(e.coach);
    if (coachId == 0)
        throw StorageError(Tr::tr("there is no user “%1”").arg(e.coach.left(80)));
    QSqlQuery query(database.connection());
    query.prepare(QLatin1String("INSERT INTO expertise_entries (customer_id, coach_id, at, "
                                "minutes, language, topic, kind, ticket_id, reverses_id, beyond, "
                                "from_included, overage, recorded_by, recorded_at) VALUES (?, ?, "
                                "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ")
                  + database.nowSeconds() + QLatin1String(") RETURNING id"));
    query.addBindValue(e.customerId);
    query.addBindValue(coachId);
    query.addBindValue(toEpoch(e.at));
    query.addBindValue(e.minutes);
    query.addBindValue(e.language);
    query.addBindValue(notNull(e.notes));
    query.addBindValue(ExpertiseKinds::key(e.kind));
    query.addBindValue(nullable(e.ticketId));
    query.addBindValue(nullable(e.reverses));
    query.addBindValue(ExpertiseKinds::beyondKey(e.beyond));
    query.addBindValue(e.fromIncluded);
    query.addBindValue(e.overage);
    query.addBindValue(nullableUser(database.actorId()));
    exec(query, Tr::tr("cannot store the expertise entry"));
    if (!query.next())
        throw StorageError(Tr::tr("cannot store the expertise entry"));
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    for (const PackDraw &draw : e.packDraws) {
        QSqlQuery insert(database.connection());
        insert.prepare(QStringLiteral("INSERT INTO expertise_pack_draws (entry_id, pack_id, "
                                      "minutes) VALUES (?, ?, ?)"));
        insert.addBindValue(id);
        insert.addBindValue(draw.packId);
        insert.addBindValue(draw.minutes);
        exec(insert, Tr::tr("cannot store the expertise entry's pack draw"));
    }
    ChangeLog::record(database, QStringLiteral("expertise_entries"), id, QStringLiteral("created"));
    return id;
}

} // namespace hourglass
