// Keeps tests away from the user's files: private settings, data folder and databases.
#include "testenvironment.h"

#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

namespace hourglass::test {

void isolateUserData()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Hourglass"));
    QCoreApplication::setApplicationName(QStringLiteral("Hourglass"));
    QStandardPaths::setTestModeEnabled(true);
    // Settings of this test process alone: ctest runs test programs side by side, and one that
    // saves a view or a language must not change what another restores.
    static const QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
}

Instant seedInstant(Database &database)
{
    // A minute back, so that writes made at once are not "before" it by a rounding.
    return database.isPostgres() ? std::min(fixedNow, database.now() - std::chrono::minutes{1})
                                 : fixedNow;
}

std::unique_ptr<Database> openTemporarySqlite(const QTemporaryDir &dir, const QString &name)
{
    return Database::open(DatabaseUrl::sqliteFile(dir.filePath(name)), Database::Schema::Migrate);
}

QString pgCluster(const char *action, const QString &stateDirectory)
{
    QProcess process;
    process.start(QStringLiteral("bash"),
                  {QStringLiteral(HOURGLASS_PGCLUSTER),
                   QString::fromLatin1(action),
                   stateDirectory});
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        throw StorageError(QStringLiteral("pgcluster.sh %1 failed: %2")
                               .arg(QLatin1String(action),
                                    QString::fromLocal8Bit(process.readAllStandardError())));
    QFile url(stateDirectory + QStringLiteral("/url"));
    return url.open(QIODevice::ReadOnly) ? QString::fromUtf8(url.readAll()).trimmed() : QString();
}

QString createPostgresDatabase()
{
    QFile state(QStringLiteral(HOURGLASS_TEST_PG_STATE "/url"));
    if (!state.open(QIODevice::ReadOnly))
        return QString();
    const DatabaseUrl server = DatabaseUrl::parse(QString::fromUtf8(state.readAll()).trimmed());
    const QString name = QStringLiteral("hg_%1_%2")
                             .arg(QCoreApplication::applicationPid())
                             .arg(QRandomGenerator::global()->generate());
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        admin.setHostName(server.host());
        admin.setPort(server.port());
        admin.setUserName(server.user());
        admin.setDatabaseName(server.databaseName());
        if (!admin.open())
            throw StorageError(QStringLiteral("test cluster: ") + admin.lastError().text());
        QSqlQuery create(admin);
        if (!create.exec(QStringLiteral("CREATE DATABASE ") + name))
            throw StorageError(QStringLiteral("test cluster: ") + create.lastError().text());
    }
    QSqlDatabase::removeDatabase(name);
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(server.user(), server.host())
        .arg(server.port())
        .arg(name);
}

std::unique_ptr<Database> openTemporaryPostgres()
{
    const QString url = createPostgresDatabase();
    if (url.isEmpty())
        throw StorageError(
            QStringLiteral("the PostgreSQL test cluster is not running (ctest fixture "
                           "\"postgres\")"));
    // The test made the database and owns it, as a team's administrator would.
    return Database::open(DatabaseUrl::parse(url), Database::Schema::Migrate);
}

std::unique_ptr<Database> openTemporary(const QString &engine, const QTemporaryDir &dir)
{
    return engine == QLatin1String("postgresql") ? openTemporaryPostgres()
                                                 : openTemporarySqlite(dir);
}

ProcessResult runProcess(const QString &program,
                         const QStringList &arguments,
                         const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        qFatal("%s did not finish", qPrintable(program));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

void addEngineRows()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

qint64 countRows(Database &database, const QString &table, const QString &condition)
{
    QString sql = QLatin1String("SELECT COUNT(*) FROM ") + table;
    if (!condition.isEmpty())
        sql += QLatin1String(" WHERE ") + condition;
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        throw StorageError(database.describeError(sql, query.lastError()));
    return query.value(0).toLongLong();
}

Instant at(const char *iso)
{
    const auto t = parseInstant(QString::fromLatin1(iso));
    if (!t)
        qFatal("bad instant %s", iso);
    return *t;
}

} // namespace hourglass::test
