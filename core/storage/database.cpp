// One open database connection at the current schema: the embedded SQLite file or a shared
// PostgreSQL.
#include "storage/database.h"

#include "storage/migrations.h"
#include "storage/storageerror.h"
#include "time/clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

#include <sqlite3.h>

#include <atomic>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::Database)
};

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("hourglass-%1").arg(++counter);
}

// SQLite counts every allocation under one process-wide lock unless told otherwise; with the
// queue read on two connections at once, that lock made the two threads take turns. The
// setting must come before SQLite's first use and cannot change after, so the first open
// makes it; if Qt's driver was already in use it is refused and nothing changes.
void configureSqliteOnce()
{
    static const int done = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    Q_UNUSED(done);
}

// Where to connect and how; opening is the caller's business.
void configure(QSqlDatabase &db,
               const DatabaseUrl &url,
               Database::Access access = Database::Access::ReadWrite)
{
    if (url.isSqlite()) {
        configureSqliteOnce();
        QString options = url.connectOptions();
        if (access == Database::Access::ReadWrite) {
            db.setDatabaseName(url.path());
        } else if (access == Database::Access::ReadOnly) {
            db.setDatabaseName(url.path());
            options += QLatin1String(";QSQLITE_OPEN_READONLY");
        } else {
            // Immutable is a URI parameter; the path is made an absolute file: URI for it.
            QUrl uri = QUrl::fromLocalFile(QFileInfo(url.path()).absoluteFilePath());
            uri.setQuery(QStringLiteral("immutable=1"));
            db.setDatabaseName(QString::fromUtf8(uri.toEncoded()));
            options += QLatin1String(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI");
        }
        db.setConnectOptions(options);
        return;
    } else {
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.user());
        db.setDatabaseName(url.databaseName());
    }
    db.setConnectOptions(url.connectOptions());
}

bool isInMemory(const DatabaseUrl &url)
{
    return url.path() == QLatin1String(":memory:")
           || url.path().contains(QLatin1String("mode=memory"));
}

} // namespace

Database::Database(const DatabaseUrl &url)
    : m_url(url)
    , m_connectionName(nextConnectionName())
    , m_actor(qEnvironmentVariable("USER", QStringLiteral("agent")))
    , m_clock(&systemClock())
{}

QString Database::nowSeconds() const
{
    return isPostgres()
               ? QStringLiteral("CAST(FLOOR(EXTRACT(EPOCH FROM clock_timestamp())) AS BIGINT)")
               : QString::number(toEpoch(m_clock->now()));
}

QString Database::nowMilliseconds() const
{
    return isPostgres() ? QStringLiteral(
               "CAST(FLOOR(EXTRACT(EPOCH FROM clock_timestamp()) * 1000) AS BIGINT)")
                        : QString::number(m_clock->nowMilliseconds());
}

Instant Database::now()
{
    if (!isPostgres())
        return m_clock->now();
    QSqlQuery query(m_db);
    if (!query.exec(QLatin1String("SELECT ") + nowSeconds()) || !query.next())
        throw StorageError(
            describeError(Tr::tr("cannot read the server's time"), query.lastError()));
    return fromEpoch(query.value(0).toLongLong());
}

qint64 Database::userId(const QString &login)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM users WHERE login = ?"));
    query.addBindValue(login);
    if (!query.exec())
        throw StorageError(describeError(Tr::tr("cannot read users"), query.lastError()));
    return query.next() ? query.value(0).toLongLong() : 0;
}

QString Database::serverLogin()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT session_user")) || !query.next())
        throw StorageError(describeError(Tr::tr("cannot read the login"), query.lastError()));
    return query.value(0).toString();
}

void Database::setActor(const QString &login)
{
    m_actor = login;
    m_actorId = 0;
}

qint64 Database::actorId()
{
    if (m_actorId)
        return m_actorId;
    m_actorId = userId(m_actor);
    if (m_actorId)
        return m_actorId;
    // Another process may write as the same new login at the same moment: its row is as good.
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral(
        "INSERT INTO users (login, display_name, role, languages, time_zone, email, phone) "
        "VALUES (?, ?, 'agent', 'en', 'UTC', '', '') ON CONFLICT (login) DO NOTHING"));
    insert.addBindValue(m_actor);
    insert.addBindValue(m_actor);
    if (!insert.exec())
        throw StorageError(
            describeError(Tr::tr("cannot record user %1").arg(m_actor), insert.lastError()));
    return actorId();
}

QString Database::describeError(const QString &what, const QSqlError &error) const
{
    // SQLITE_READONLY and its extended codes: the driver's "attempt to write a readonly
    // database" says nothing of why.
    if (m_url.isSqlite() && (error.nativeErrorCode().toInt() & 0xff) == 8)
        return m_url.toString() + QLatin1String(": ") + what + QLatin1String(": ")
               + Tr::tr("the database is open read-only: you may not write the file or its "
                        "folder");
    return m_url.toString() + QLatin1String(": ") + what + QLatin1String(": ")
           + error.text().simplified();
}

bool Database::isConnectionLost(const QSqlError &error)
{
    if (error.type() == QSqlError::ConnectionError || !m_db.isOpen())
        return true;
    if (m_url.isSqlite())
        return false;
    // libpq reports a dead server as a statement error; a trivial query tells them apart.
    QSqlQuery probe(m_db);
    return !probe.exec(QStringLiteral("SELECT 1"));
}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

DatabaseUrl Database::defaultUrl()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return DatabaseUrl::sqliteFile(dir + QLatin1String("/hourglass.sqlite"));
}

Database::Access Database::sqliteAccess(bool fileWritable, bool folderWritable, bool walFilesPresent)
{
    if (fileWritable && (folderWritable || walFilesPresent))
        return Access::ReadWrite;
    // A WAL database is read through its -wal and -shm files, created by the first reader.
    return folderWritable || walFilesPresent ? Access::ReadOnly : Access::ReadOnlyImmutable;
}

Database::Access Database::sqliteAccess(const QString &path)
{
    const QFileInfo file(path);
    // A file yet to be created is written, or refused for want of its folder, by open().
    if (!file.exists())
        return Access::ReadWrite;
    const QString wal = file.absoluteFilePath() + QLatin1String("-wal");
    const QString shm = file.absoluteFilePath() + QLatin1String("-shm");
    return sqliteAccess(file.isWritable(),
                        QFileInfo(file.absolutePath()).isWritable(),
                        QFileInfo::exists(wal) && QFileInfo::exists(shm));
}

std::unique_ptr<Database> Database::open(const DatabaseUrl &url, Schema schema)
{
    return open(url, schema, url.isSqlite() ? sqliteAccess(url.path()) : Access::ReadWrite);
}

std::unique_ptr<Database> Database::open(const DatabaseUrl &url, Schema schema, Access access)
{
    std::unique_ptr<Database> database(new Database(url));
    if (!QSqlDatabase::isDriverAvailable(url.driverName()))
        throw StorageError(Tr::tr("%1: the Qt SQL driver %2 is not installed")
                               .arg(url.toString(), url.driverName()));
    if (url.isSqlite() && !isInMemory(url)) {
        const QFileInfo file(url.path());
        if (schema == Schema::Check) {
            // Opening would create an empty file, which a copy or a restore could not then
            // put in place.
            if (!file.exists())
                throw StorageError(Tr::tr("%1: there is no database file").arg(url.toString()));
        } else if (!QFileInfo(file.absolutePath()).isDir()) {
            // Only the embedded default's folder is made: a mistyped path should be told, not
            // leave a tree of folders and an empty database behind.
            if (url.path() != defaultUrl().path())
                throw StorageError(Tr::tr("%1: the folder %2 does not exist")
                                       .arg(url.toString(), file.absolutePath()));
            if (!QDir().mkpath(file.absolutePath()))
                throw StorageError(Tr::tr("%1: cannot create the folder %2")
                                       .arg(url.toString(), file.absolutePath()));
        }
    }
    if (!url.isSqlite())
        access = Access::ReadWrite;
    database->m_readOnly = access != Access::ReadWrite;
    QSqlDatabase db = QSqlDatabase::addDatabase(url.driverName(), database->m_connectionName);
    configure(db, url, access);
    if (!db.open())
        throw StorageError(Tr::tr("%1: cannot connect: %2")
                               .arg(url.toString(), db.lastError().text().simplified()));
    database->m_db = db;

    QSqlQuery pragma(db);
    if (url.isSqlite()) {
        // WAL lets the change-counter poll of other processes read while one writes. A
        // read-only file stays in the mode it is in.
        if (!database->m_readOnly)
            pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        pragma.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    }
    // Who may not write cannot migrate: the schema must then be current already.
    if (database->m_readOnly)
        schema = Schema::Check;
    try {
        if (schema == Schema::Migrate)
            Migrations::apply(database->m_db, url.engine());
        else
            Migrations::require(database->m_db);
    } catch (const StorageError &error) {
        throw StorageError(url.toString() + QLatin1String(": ") + error.message());
    }
    return database;
}

QString Database::probe(const DatabaseUrl &url)
{
    const QString name = nextConnectionName();
    QString answer;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(url.driverName(), name);
        // Probing must not create a SQLite file: it only says whether one is there.
        if (url.isSqlite() && !QFileInfo::exists(url.path()))
            answer = Tr::tr("no database file yet; Hourglass will create it");
        configure(db, url, url.isSqlite() ? sqliteAccess(url.path()) : Access::ReadWrite);
        if (answer.isEmpty()) {
            if (!db.open()) {
                const QString error = db.lastError().text().simplified();
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(name);
                throw StorageError(Tr::tr("%1: cannot connect: %2").arg(url.toString(), error));
            }
            const int version = Migrations::currentVersion(db);
            // A SQLite file is migrated by whoever opens it; a PostgreSQL only by its owner.
            if (version == 0 && url.isSqlite())
                answer = Tr::tr(
                    "connected; the database is empty and Hourglass will create its tables");
            else if (version == 0)
                answer = Tr::tr("connected; the database is empty: its owner must run "
                                "hourglass-cli migrate first");
            else if (version < Migrations::latestVersion() && !url.isSqlite())
                answer = Tr::tr("connected; schema version %1 is older than this Hourglass "
                                "needs (%2): its owner must run hourglass-cli migrate first")
                             .arg(version)
                             .arg(Migrations::latestVersion());
            else if (version > Migrations::latestVersion())
                answer = Tr::tr("connected, but its schema version %1 is newer than this Hourglass "
                                "knows (%2)")
                             .arg(version)
                             .arg(Migrations::latestVersion());
            else
                answer = Tr::tr("connected; schema version %1").arg(version);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return answer;
}

} // namespace hourglass
