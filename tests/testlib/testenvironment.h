// Keeps tests away from the user's files: private settings, data folder and databases.
#pragma once

#include "storage/database.h"
#include "time/instant.h"

#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <chrono>
#include <memory>

namespace hourglass::test {

// Points QStandardPaths and QSettings at a fresh temporary folder (QStandardPaths test mode)
// and names the application as the real one does. Call first in initTestCase().
void isolateUserData();

// A SQLite database in a temporary folder, migrated.
std::unique_ptr<Database> openTemporarySqlite(const QTemporaryDir &dir,
                                              const QString &name = QStringLiteral("test.sqlite"));

// The URL of a fresh, empty PostgreSQL database on the throwaway cluster that the ctest
// fixture "postgres" started (tests/testlib/pgcluster.sh); empty when there is none.
QString createPostgresDatabase();
// Runs tests/testlib/pgcluster.sh `action` ("start", "stop", "kill"…) on a cluster of the
// caller's own kept in `stateDirectory`: for tests and benchmarks that stop and restart a
// server. Returns the URL the cluster answers on (empty when it writes none); throws
// StorageError with the script's complaint when it fails.
QString pgCluster(const char *action, const QString &stateDirectory);
// That database, opened and migrated (Database::Schema::Migrate, as its owner). Throws StorageError when the cluster is not running.
std::unique_ptr<Database> openTemporaryPostgres();
// SQLite in `dir` or a fresh PostgreSQL database: what tests run on, by engine name.
std::unique_ptr<Database> openTemporary(const QString &engine, const QTemporaryDir &dir);

// The "engine" column of a data-driven test: every row runs on SQLite and on PostgreSQL.
void addEngineRows();

// Rows of a table (optionally WHERE condition), read with SQL of the test's own, so a test
// checks storage against the database itself. Fails the test (throws) when it cannot count.
qint64 countRows(Database &database, const QString &table, const QString &condition = QString());

// An ISO 8601 instant written in a test; a typo in one stops the test at once.
Instant at(const char *iso);

// One run of a program, as a user runs it: exit code (-1 if it crashed), output, errors.
struct ProcessResult
{
    int exitCode;
    QString out;
    QString err;
};
ProcessResult runProcess(
    const QString &program,
    const QStringList &arguments,
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

// Writes `bytes` to `name` in `dir` and gives its path; a test that cannot write its input
// stops there.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes);

// A fixed instant for deterministic tests: Monday 2026-03-09 13:30:00 UTC.
inline constexpr std::chrono::sys_seconds fixedNow{std::chrono::seconds{1773063000}};

// Where a test on `database` puts its "now": fixedNow, or the server's now when that is earlier.
// PostgreSQL stamps every write with its own clock and refuses what is dated after it, so a
// test whose server runs years before the fixed instant (the suite's run with the clock moved)
// seeds and dates its data then instead.
Instant seedInstant(Database &database);

} // namespace hourglass::test
