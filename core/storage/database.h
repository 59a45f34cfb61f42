// One open, migrated database connection: the embedded SQLite file or a shared PostgreSQL.
#pragma once

#include "storage/databaseurl.h"

#include <QSqlDatabase>
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

    // sqlite:<user data dir>/hourglass.sqlite, where Hourglass keeps its data by default.
    static DatabaseUrl defaultUrl();

    const DatabaseUrl &url() const { return m_url; }
    QSqlDatabase &connection() { return m_db; }
    bool isConnected() const { return m_db.isOpen(); }
    qint64 countRows(const QString &table, const QString &where = QString());

private:
    explicit Database(const DatabaseUrl &url);

    DatabaseUrl m_url;
    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace hourglass
