// Versioned schema migrations, the same schema on SQLite and PostgreSQL.
#pragma once

#include "storage/databaseurl.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <climits>

namespace hourglass {

namespace Migrations {

// Which engines a statement of a step runs on: most run on both, some features (row-level
// security, say) exist on one engine only.
enum class Engines { Sqlite = 1, Postgres = 2, Both = 3 };

struct Statement
{
    Engines engines;
    // "{id}" stands for the engine's auto-numbered primary key.
    const char *sql;
};

struct Step
{
    int version;
    QList<Statement> statements;
};

// The schema, oldest step first.
const QList<Step> &steps();
// What a step runs on `engine`, in order, in that engine's dialect.
QStringList statementsFor(const Step &step, DatabaseUrl::Engine engine);

int latestVersion();
// The schema version the database is at; 0 for an empty database.
int currentVersion(QSqlDatabase &db);
// Refuses (StorageError) a database that is not at latestVersion(), without changing it: one
// behind or empty is to be migrated by its owner first, one newer needs a newer Hourglass.
void require(QSqlDatabase &db);
// Brings the database to latestVersion(). Two clients never migrate at once: on PostgreSQL a
// session advisory lock is held for the whole migration (one transaction per step), and only
// the database owner or a superuser may migrate; on SQLite every step runs in one BEGIN
// IMMEDIATE transaction. The version is read again once the lock is held, so a client that
// waited finds the work done. A database newer than this program is refused untouched. Then,
// under the same lock, every preset policy not stored yet is stored (PolicyStore::storePresets):
// a new database can take customers at once. Throws StorageError.
void apply(QSqlDatabase &db, DatabaseUrl::Engine engine);
// Only up to `version`, schema alone: how tests build the databases of earlier releases.
void applyUpTo(QSqlDatabase &db, DatabaseUrl::Engine engine, int version);
// Other steps than the schema's, schema alone, as tests use to check how steps run.
void applySteps(QSqlDatabase &db,
                DatabaseUrl::Engine engine,
                const QList<Step> &steps,
                int version = INT_MAX);

} // namespace Migrations

} // namespace hourglass
