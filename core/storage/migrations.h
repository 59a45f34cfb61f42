// Versioned schema migrations, the same schema on SQLite and PostgreSQL.
#pragma once

#include "storage/databaseurl.h"

#include <QSqlDatabase>

namespace hourglass {

namespace Migrations {

int latestVersion();
// The schema version the database is at; 0 for an empty database.
int currentVersion(QSqlDatabase &db);
// Brings the database to latestVersion(), one transaction per step. A database newer than
// this program is refused untouched. Throws StorageError.
void apply(QSqlDatabase &db, DatabaseUrl::Engine engine);
// Only up to `version`: how tests build the databases of earlier releases.
void applyUpTo(QSqlDatabase &db, DatabaseUrl::Engine engine, int version);

} // namespace Migrations

} // namespace hourglass
