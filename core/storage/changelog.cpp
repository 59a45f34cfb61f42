// The change log: every write records which row changed, so other clients refresh just it.
#include "storage/changelog.h"

#include "storage/database.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::ChangeLog)
};

} // namespace

void ChangeLog::record(Database &database, const QString &table, qint64 rowId, const QString &kind)
{
    QSqlDatabase &db = database.connection();
    QSqlQuery insert(db);
    // When: the server's clock on PostgreSQL, the session's on SQLite.
    insert.prepare(QLatin1String("INSERT INTO change_log (at_ms, table_name, row_id, kind, "
                                 "author_id) VALUES (")
                   + database.nowMilliseconds()
                   + (database.isPostgres() ? QLatin1String(", ?, ?, ?, ?) RETURNING id, at_ms")
                                            : QLatin1String(", ?, ?, ?, ?)")));
    insert.addBindValue(table);
    insert.addBindValue(rowId);
    insert.addBindValue(kind);
    insert.addBindValue(database.actorId());
    if (!insert.exec())
        throw StorageError(
            database.describeError(Tr::tr("cannot record a change"), insert.lastError()));
    if (!database.isPostgres())
        return;
    insert.next();
    const qint64 id = insert.value(0).toLongLong();
    const qint64 atMs = insert.value(1).toLongLong();
    QSqlQuery notify(db);
    notify.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    notify.addBindValue(QString::fromLatin1(channel));
    notify.addBindValue(
        QStringLiteral("%1|%2|%3|%4|%5").arg(id).arg(atMs).arg(table).arg(rowId).arg(kind));
    if (!notify.exec())
        throw StorageError(
            database.describeError(Tr::tr("cannot notify other clients"), notify.lastError()));
}

QList<Change> ChangeLog::since(Database &database, qint64 afterId, int limit)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT id, at_ms, table_name, row_id, kind FROM change_log "
                                 "WHERE id > ? ORDER BY id LIMIT ?"));
    query.addBindValue(afterId);
    query.addBindValue(limit);
    if (!query.exec())
        throw StorageError(
            database.describeError(Tr::tr("cannot read the change log"), query.lastError()));
    QList<Change> changes;
    while (query.next())
        changes.append({query.value(0).toLongLong(),
                        query.value(1).toLongLong(),
                        query.value(2).toString(),
                        query.value(3).toLongLong(),
                        query.value(4).toString()});
    return changes;
}

qint64 ChangeLog::latestId(Database &database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM change_log")) || !query.next())
        throw StorageError(
            database.describeError(Tr::tr("cannot read the change log"), query.lastError()));
    return query.value(0).toLongLong();
}

std::optional<Change> ChangeLog::fromNotification(const QString &payload)
{
    const QStringList parts = payload.split(u'|');
    if (parts.size() != 5)
        return std::nullopt;
    bool ok[3] = {};
    Change change{parts[0].toLongLong(&ok[0]),
                  parts[1].toLongLong(&ok[1]),
                  parts[2],
                  parts[3].toLongLong(&ok[2]),
                  parts[4]};
    if (!ok[0] || !ok[1] || !ok[2])
        return std::nullopt;
    return change;
}

} // namespace hourglass
