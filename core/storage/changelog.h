// The change log: every write records which row changed, so other clients refresh just it.
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace hourglass {

class Database;

struct Change
{
    qint64 id = 0;   // position in the log
    qint64 atMs = 0; // when it was written, epoch milliseconds
    QString table;
    qint64 rowId = 0;
    QString kind; // "created", "updated", "event", "imported"…
};

namespace ChangeLog {

// The PostgreSQL notification channel that carries changes.
inline constexpr auto channel = "hourglass_changes";

// Records a change inside the caller's transaction. On PostgreSQL it also notifies every
// listener, which PostgreSQL delivers when the transaction commits. Throws StorageError.
void record(Database &database, const QString &table, qint64 rowId, const QString &kind);
// Changes after `afterId`, oldest first.
QList<Change> since(Database &database, qint64 afterId, int limit = 1000);
qint64 latestId(Database &database);
// The payload of a notification back into a change; nullopt when it is not one of ours.
std::optional<Change> fromNotification(const QString &payload);

} // namespace ChangeLog

} // namespace hourglass
