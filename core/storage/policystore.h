// The policies stored in a database, every version, as the SLA engine wants them.
#pragma once

#include "sla/policy.h"
#include "storage/databaseurl.h"
#include "time/instant.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace hourglass {

class Database;

// One row of the policies table: one version of one policy, its document as imported.
struct StoredPolicy
{
    QString id;
    int version = 0;
    QString name;
    QByteArray document;
    Instant importedAt;
};

namespace PolicyStore {

// Stored documents name their calendars as the presets do (relative to :/policies), so they
// read through the same policy-file reader. Throws StorageError or InputError.
QList<Policy> loadAll(Database &database);

// Every stored version, by id then version. Throws StorageError.
QList<StoredPolicy> versions(Database &database);
// The newest version of each policy, by id. Throws StorageError.
QList<StoredPolicy> newest(Database &database);
// One version, or the newest when `version` is not given. Throws StorageError.
std::optional<StoredPolicy> find(Database &database,
                                 const QString &id,
                                 std::optional<int> version = std::nullopt);

// Reads a policy document as the store will read it back, writing nothing: a calendar named by
// file refers to a shipped calendar. Throws InputError naming `fileName` and the JSON path.
Policy check(const QString &fileName, const QByteArray &document);

enum class Outcome {
    Stored,        // a new row
    AlreadyStored, // the same id, version and document were there: nothing written
};
// Stores a checked document as a new version of its policy. Refused with InputError, nothing
// written: a malformed document, an id and version already stored with another document, a
// version older than the newest stored. Throws StorageError.
Outcome store(Database &database, const QString &fileName, const QByteArray &document);

// Stores every shipped preset whose id and version are not stored yet, as it ships, and
// returns how many. Migrations::apply runs it under the migration lock, so every migrated
// database has the presets; `db` is in a transaction of the caller's. Throws StorageError.
int storePresets(QSqlDatabase &db, DatabaseUrl::Engine engine);

} // namespace PolicyStore

} // namespace hourglass
