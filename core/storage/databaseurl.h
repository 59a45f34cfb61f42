// Where the data lives: "sqlite:PATH" or "postgresql://user@host:port/db?sslmode=...".
#pragma once

#include <QMap>
#include <QString>

namespace hourglass {

class DatabaseUrl
{
public:
    enum class Engine { Sqlite, Postgres };

    // Throws InputError with a one-line message naming what is wrong, never quoting a password.
    // A SQLite URL is a plain path (no "?" options; ~/ is the home folder). A PostgreSQL URL
    // takes only sslmode, sslrootcert, sslcert, sslkey, connect_timeout, application_name and
    // passfile: never password, nor one that would override the URL's host, port, database or
    // user.
    static DatabaseUrl parse(const QString &text);
    static DatabaseUrl sqliteFile(const QString &path);

    Engine engine() const { return m_engine; }
    bool isSqlite() const { return m_engine == Engine::Sqlite; }
    QString path() const { return m_path; } // SQLite file
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString databaseName() const { return m_database; }
    QMap<QString, QString> options() const { return m_options; }

    // The URL as the user wrote it, normalised; never contains a password.
    QString toString() const;
    // The Qt SQL driver name and libpq connection options for QSqlDatabase. PostgreSQL gets
    // connect_timeout=defaultConnectTimeout unless the URL sets one, and TCP keepalives; every
    // value quoted as libpq reads a conninfo string (key='value', \ and ' escaped).
    QString driverName() const;
    QString connectOptions() const;

    // Seconds libpq waits for a server to answer a connection.
    static constexpr int defaultConnectTimeout = 5;

private:
    Engine m_engine = Engine::Sqlite;
    QString m_path;
    QString m_host;
    int m_port = 5432;
    QString m_user;
    QString m_database;
    QMap<QString, QString> m_options;
};

} // namespace hourglass
