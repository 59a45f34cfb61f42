// One open, migrated database connection: the embedded SQLite file or a shared PostgreSQL.
#pragma once

#include "storage/databaseurl.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QtGlobal>

#include <memory>

namespace hourglass {

class Database
{
    Q_DISABLE_COPY_MOVE(Database)

public:
    // Connects and migrates to the latest schema. Throws StorageError with one line that
    // names the database and the problem.
    static std::unique_ptr<Database> open(const DatabaseUrl &url);
    ~Database();

    // Connects without changing anything and says what is there ("schema version 2", "an
    // empty database"), for a "Test connection" button. Throws StorageError.
    static QString probe(const DatabaseUrl &url);

    // sqlite:<user data dir>/hourglass.sqlite, where Hourglass keeps its data by default.
    static DatabaseUrl defaultUrl();

    const DatabaseUrl &url() const { return m_url; }
    bool isPostgres() const { return !m_url.isSqlite(); }
    QSqlDatabase &connection() { return m_db; }
    bool isConnected() const { return m_db.isOpen(); }

    // Who writes: every change records its author. The user row is created (as an agent) the
    // first time a login writes. Default: the operating-system user.
    void setActor(const QString &login);
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
};

} // namespace hourglass
