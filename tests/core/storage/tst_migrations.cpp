// Migrations: one client at a time under a lock, only by the owner, steps tagged by engine,
// and clients that only check refuse a database that is not up to date.
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/storageerror.h"
#include "testenvironment.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <future>

using namespace hourglass;

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateUserData(); }
    void concurrentMigrationsApplyEachStepOnce_data() { test::addEngineRows(); }
    void concurrentMigrationsApplyEachStepOnce();
    void checkRefusesAnUnmigratedPostgres();
    void checkRefusesAnOldPostgres();
    void checkNeverCreatesASqliteFile();
    void migrateOnSqliteStillWorks();
    void onlyTheOwnerMigrates();
    void statementsRunOnTheirEnginesOnly_data() { test::addEngineRows(); }
    void statementsRunOnTheirEnginesOnly();
    void schemaStepsAreTagged();
    void customerNamesBecomeUnique_data() { test::addEngineRows(); }
    void customerNamesBecomeUnique();

private:
    QString freshUrl(const QString &engine, const QTemporaryDir &dir);
};

QString TestMigrations::freshUrl(const QString &engine, const QTemporaryDir &dir)
{
    if (engine == QLatin1String("postgresql"))
        return test::createPostgresDatabase();
    return QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("fresh.sqlite"));
}

// Connection parameters of a URL, for a raw connection that bypasses Database::open.
static QSqlDatabase rawConnection(const DatabaseUrl &url, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(url.driverName(), name);
    db.setDatabaseName(url.isSqlite() ? url.path() : url.databaseName());
    db.setHostName(url.host());
    db.setPort(url.port());
    db.setUserName(url.user());
    return db;
}

void TestMigrations::concurrentMigrationsApplyEachStepOnce()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    const DatabaseUrl url = DatabaseUrl::parse(freshUrl(engine, dir));
    // Several clients migrate one fresh database at the same moment: without the lock, two
    // of them create schema_version, or apply version 1, at once and one fails.
    constexpr int clients = 4;
    std::vector<std::future<QString>> results;
    for (int i = 0; i < clients; ++i)
        results.push_back(std::async(std::launch::async, [url] {
            try {
                Database::open(url, Database::Schema::Migrate);
                return QString();
            } catch (const StorageError &error) {
                return error.message();
            }
        }));
    for (auto &result : results) {
        const QString error = result.get();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    auto database = Database::open(url);
    QSqlQuery query(database->connection());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT version, COUNT(*) FROM schema_version GROUP BY version ORDER BY 1")));
    int expected = 1;
    while (query.next()) {
        QCOMPARE(query.value(0).toInt(), expected++);
        QCOMPARE(query.value(1).toInt(), 1);
    }
    QCOMPARE(expected - 1, Migrations::latestVersion());
}

void TestMigrations::checkRefusesAnUnmigratedPostgres()
{
    const QString url = test::createPostgresDatabase();
    try {
        Database::open(DatabaseUrl::parse(url));
        QFAIL("an empty database was opened without its schema");
    } catch (const StorageError &error) {
        const QString message = error.message();
        QVERIFY2(message.startsWith(url), qPrintable(message));
        QVERIFY2(message.contains(
                     QStringLiteral("run hourglass-cli migrate as the database owner")),
                 qPrintable(message));
        QVERIFY(!message.contains(u'\n'));
    }
    // Checking created nothing.
    {
        QSqlDatabase raw = rawConnection(DatabaseUrl::parse(url), QStringLiteral("look"));
        QVERIFY(raw.open());
        QVERIFY(raw.tables().isEmpty());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("look"));
}

void TestMigrations::checkRefusesAnOldPostgres()
{
    const DatabaseUrl url = DatabaseUrl::parse(test::createPostgresDatabase());
    {
        QSqlDatabase raw = rawConnection(url, QStringLiteral("old"));
        QVERIFY(raw.open());
        Migrations::applyUpTo(raw, url.engine(), 1);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    try {
        Database::open(url);
        QFAIL("a database behind the program was opened");
    } catch (const StorageError &error) {
        QVERIFY2(error.message().contains(QStringLiteral("schema version 1 and this Hourglass "
                                                         "needs %1")
                                              .arg(Migrations::latestVersion()))
                     && error.message().contains(QStringLiteral("hourglass-cli migrate")),
                 qPrintable(error.message()));
    }
    // The owner migrates; then every client opens it.
    Database::open(url, Database::Schema::Migrate);
    QCOMPARE(Migrations::currentVersion(Database::open(url)->connection()),
             Migrations::latestVersion());
}

void TestMigrations::checkNeverCreatesASqliteFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("absent.sqlite"));
    QVERIFY_THROWS_EXCEPTION(StorageError, Database::open(DatabaseUrl::sqliteFile(path)));
    QVERIFY(!QFileInfo::exists(path));
    // An empty file is refused like an empty server.
    {
        QFile empty(path);
        QVERIFY(empty.open(QIODevice::WriteOnly));
    }
    try {
        Database::open(DatabaseUrl::sqliteFile(path));
        QFAIL("an empty file was opened without its schema");
    } catch (const StorageError &error) {
        QVERIFY2(error.message().contains(QStringLiteral("hourglass-cli migrate")),
                 qPrintable(error.message()));
    }
}

void TestMigrations::migrateOnSqliteStillWorks()
{
    QTemporaryDir dir;
    // A SQLite file's folder must exist (only the embedded default's is made: tst_database).
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("a/b"))));
    const DatabaseUrl url = DatabaseUrl::sqliteFile(dir.filePath(QStringLiteral("a/b/new.sqlite")));
    {
        auto database = Database::open(url, Database::Schema::Migrate);
        QCOMPARE(Migrations::currentVersion(database->connection()), Migrations::latestVersion());
    }
    // Once migrated, a client that only checks opens it; migrating again changes nothing.
    QCOMPARE(test::countRows(*Database::open(url), QStringLiteral("schema_version")),
             Migrations::latestVersion());
    QCOMPARE(test::countRows(*Database::open(url, Database::Schema::Migrate),
                             QStringLiteral("schema_version")),
             Migrations::latestVersion());
}

void TestMigrations::onlyTheOwnerMigrates()
{
    const QString urlText = test::createPostgresDatabase();
    const DatabaseUrl url = DatabaseUrl::parse(urlText);
    const QString agent = QStringLiteral("hg_agent_%1").arg(QRandomGenerator::global()->generate());
    {
        QSqlDatabase admin = rawConnection(url, QStringLiteral("admin"));
        QVERIFY(admin.open());
        QSqlQuery query(admin);
        QVERIFY2(query.exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(agent)),
                 qPrintable(query.lastError().text()));
        QVERIFY(query.exec(QStringLiteral("GRANT CREATE ON SCHEMA public TO %1").arg(agent)));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    const DatabaseUrl asAgent = DatabaseUrl::parse(QStringLiteral("postgresql://%1@%2:%3/%4")
                                                       .arg(agent, url.host())
                                                       .arg(url.port())
                                                       .arg(url.databaseName()));
    try {
        Database::open(asAgent, Database::Schema::Migrate);
        QFAIL("a login other than the owner migrated");
    } catch (const StorageError &error) {
        QVERIFY2(error.message().contains(agent)
                     && error.message().contains(QStringLiteral("owner (postgres)")),
                 qPrintable(error.message()));
        QVERIFY(!error.message().contains(u'\n'));
    }
    {
        QSqlDatabase raw = rawConnection(url, QStringLiteral("look"));
        QVERIFY(raw.open());
        QVERIFY(raw.tables().isEmpty());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("look"));
    // Migrated by its owner, who grants the agents their rights, the database opens for them.
    {
        auto owner = Database::open(url, Database::Schema::Migrate);
        QSqlQuery grant(owner->connection());
        QVERIFY(grant.exec(
            QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(agent)));
    }
    QCOMPARE(test::countRows(*Database::open(asAgent), QStringLiteral("tickets")), 0);
}

void TestMigrations::statementsRunOnTheirEnginesOnly()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    const DatabaseUrl url = DatabaseUrl::parse(freshUrl(engine, dir));
    using Migrations::Engines;
    // Row-level security is PostgreSQL's: on SQLite the statement is not even valid SQL.
    const QList<Migrations::Step> steps{
        {1,
         {{Engines::Both, "CREATE TABLE probe (id {id}, name TEXT NOT NULL)"},
          {Engines::Postgres, "ALTER TABLE probe ENABLE ROW LEVEL SECURITY"},
          {Engines::Sqlite, "CREATE TABLE lite_only (x INTEGER)"}}},
    };
    {
        QSqlDatabase raw = rawConnection(url, QStringLiteral("tags"));
        QVERIFY(raw.open());
        Migrations::applySteps(raw, url.engine(), steps);
        QCOMPARE(Migrations::currentVersion(raw), 1);
        QVERIFY(raw.tables().contains(QStringLiteral("probe")));
        QSqlQuery query(raw);
        if (url.isSqlite()) {
            QVERIFY(raw.tables().contains(QStringLiteral("lite_only")));
        } else {
            QVERIFY(!raw.tables().contains(QStringLiteral("lite_only")));
            QVERIFY(query.exec(
                QStringLiteral("SELECT relrowsecurity FROM pg_class WHERE relname = 'probe'")));
            QVERIFY(query.next());
            QVERIFY(query.value(0).toBool());
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tags"));
}

void TestMigrations::schemaStepsAreTagged()
{
    const QList<Migrations::Step> &steps = Migrations::steps();
    QCOMPARE(steps.constLast().version, Migrations::latestVersion());
    const Migrations::Step mixed{7,
                                 {{Migrations::Engines::Both, "CREATE TABLE a (id {id})"},
                                  {Migrations::Engines::Postgres, "SELECT 'pg'"},
                                  {Migrations::Engines::Sqlite, "SELECT 'lite'"}}};
    const QStringList onSqlite = Migrations::statementsFor(mixed, DatabaseUrl::Engine::Sqlite);
    const QStringList onPostgres = Migrations::statementsFor(mixed, DatabaseUrl::Engine::Postgres);
    QCOMPARE(onSqlite,
             QStringList(
                 {"CREATE TABLE a (id INTEGER PRIMARY KEY AUTOINCREMENT)", "SELECT 'lite'"}));
    QCOMPARE(onPostgres,
             QStringList({"CREATE TABLE a (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY)",
                          "SELECT 'pg'"}));
}

void TestMigrations::customerNamesBecomeUnique()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    const DatabaseUrl url = DatabaseUrl::parse(freshUrl(engine, dir));
    {
        QSqlDatabase raw = rawConnection(url, QStringLiteral("names"));
        QVERIFY(raw.open());
        Migrations::applyUpTo(raw, url.engine(), 9);
        QSqlQuery query(raw);
        for (const char *name : {"Acme", "Acme", "Other"})
            QVERIFY2(query.exec(QStringLiteral("INSERT INTO customers (name, organization, "
                                               "time_zone, language) VALUES ('%1', '%1', 'UTC', "
                                               "'en')")
                                    .arg(QLatin1String(name))),
                     qPrintable(query.lastError().text()));
        Migrations::applySteps(raw, url.engine(), Migrations::steps());
        QCOMPARE(Migrations::currentVersion(raw), Migrations::latestVersion());
        // The first keeps its name, the later one is told apart by its id; nothing is lost.
        QVERIFY(query.exec(QStringLiteral("SELECT id, name FROM customers ORDER BY id")));
        QStringList names;
        qint64 second = 0;
        while (query.next()) {
            names.append(query.value(1).toString());
            if (names.size() == 2)
                second = query.value(0).toLongLong();
        }
        QCOMPARE(names,
                 (QStringList{QStringLiteral("Acme"),
                              QStringLiteral("Acme (%1)").arg(second),
                              QStringLiteral("Other")}));
        // And the database refuses a writer that would name another "Acme".
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO customers (name, organization, time_zone, "
                                           "language) VALUES ('Acme', 'x', 'UTC', 'en')")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("names"));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
