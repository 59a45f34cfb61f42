// One open database connection at the current schema: the embedded SQLite file or a shared
// PostgreSQL.
#pragma once

#include "storage/databaseurl.h"
#include "time/instant.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QtGlobal>

#include <memory>

namespace hourglass {

class Clock;

class Database
{
    Q_DISABLE_COPY_MOVE(Database)

public:
    // What open() does about the schema. Check refuses a database that is empty or behind
    // ("run hourglass-cli migrate as the database owner"), and never creates a SQLite file;
    // Migrate brings it up to date first, under the migration lock (Migrations::apply). A
    // team's PostgreSQL is migrated by its owner alone, so clients open it with Check; a
    // SQLite file belongs to whoever opens it, and the composition root migrates it.
    enum class Schema { Check, Migrate };

    // Connects and checks, or migrates, the schema. Throws StorageError with one line that
    // names the database and the problem.
    static std::unique_ptr<Database> open(const DatabaseUrl &url, Schema schema = Schema::Check);
    ~Database();

    // How a SQLite file is opened. ReadOnly when this user may not write the file, or its
    // folder where SQLite must create its -wal and -shm files: reads work, a write is refused
    // with a message saying so, and Migrate only checks. Immutable in addition when those files
    // cannot be created: SQLite then reads the file as it is, without them or any lock.
    enum class Access { ReadWrite, ReadOnly, ReadOnlyImmutable };
    static Access sqliteAccess(bool fileWritable, bool folderWritable, bool walFilesPresent);
    // What sqliteAccess() says for the file at `path`, as this process sees it.
    static Access sqliteAccess(const QString &path);
    // open() with the access given rather than decided from the file (SQLite only).
    static std::unique_ptr<Database> open(const DatabaseUrl &url, Schema schema, Access access);
    bool isReadOnly() const { return m_readOnly; }

    // Connects without changing anything and says what is there ("schema version 2", "an
    // empty database"), for a "Test connection" button. Throws StorageError.
    static QString probe(const DatabaseUrl &url);

    // sqlite:<user data dir>/hourglass.sqlite, where Hourglass keeps its data by default. Its
    // folder is created when missing; the folder of any other SQLite file must exist.
    static DatabaseUrl defaultUrl();

    const DatabaseUrl &url() const { return m_url; }
    bool isPostgres() const { return !m_url.isSqlite(); }
    QSqlDatabase &connection() { return m_db; }
    bool isConnected() const { return m_db.isOpen(); }

    // One time source for every write: PostgreSQL stamps with the server's clock, SQLite with
    // this clock (the session's; the system clock unless told otherwise).
    void setClock(const Clock &clock) { m_clock = &clock; }
    const Clock &clock() const { return *m_clock; }
    // SQL for "now" as epoch seconds or milliseconds, to put in a writing statement:
    // clock_timestamp() on PostgreSQL, the clock's value as a literal on SQLite.
    QString nowSeconds() const;
    QString nowMilliseconds() const;
    // The same value, read now. Throws StorageError.
    Instant now();

    // Who writes: every change records its author. The user row is created (as an agent) the
    // first time a login writes. Default: the operating-system user. A Session decides who that
    // is for the person at the keyboard (see session.h); this is the mechanism.
    void setActor(const QString &login);
    // The user row of `login`, or 0 when there is none. Throws StorageError.
    qint64 userId(const QString &login);
    // PostgreSQL's session_user: who the server says this connection is. Throws StorageError.
    QString serverLogin();
    QString actor() const { return m_actor; }
    qint64 actorId();

    // "postgresql://…: what: the driver's message", on one line.
    QString describeError(const QString &what, const QSqlError &error) const;
    // Whether an error means the server is gone (as opposed to a refused statement).
    bool isConnectionLost(const QSqlError &error);

private:
    explicit Database(const DatabaseUrl &url);

    DatabaseUrl m_url;
    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_actor;
    qint64 m_actorId = 0;
    const Clock *m_clock;
    friend class Transaction;
    int m_transactionDepth = 0; // Transactions open on this connection
    bool m_readOnly = false;
};

} // namespace hourglass
