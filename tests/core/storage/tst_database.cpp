// Opening databases: schema created and versioned; a newer schema is refused untouched.
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/storageerror.h"
#include "testenvironment.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <future>
#include <thread>

using namespace hourglass;

Q_DECLARE_METATYPE(hourglass::Database::Access)

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateUserData(); }
    void createsSchema();
    void reopeningIsIdempotent();
    void refusesNewerSchemaUntouched();
    void reportsUnreachableDatabase();
    void givesUpOnASilentServer();
    void defaultIsEmbeddedSqliteInDataFolder();
    void sqliteFolderMustExist();
    void sqliteAccessFollowsWhatMayBeWritten_data();
    void sqliteAccessFollowsWhatMayBeWritten();
    void readOnlyFileReadsAndRefusesWrites_data();
    void readOnlyFileReadsAndRefusesWrites();
    void postgresOptionsReachTheServerAsGiven_data();
    void postgresOptionsReachTheServerAsGiven();
    void environmentCannotRedirectTheConnection();
};

void TestDatabase::createsSchema()
{
    QTemporaryDir dir;
    auto database = test::openTemporarySqlite(dir);
    QCOMPARE(Migrations::currentVersion(database->connection()), Migrations::latestVersion());
    const QStringList tables = database->connection().tables();
    for (const char *table : {"users",
                              "customers",
                              "contracts",
                              "policies",
                              "tickets",
                              "ticket_events",
                              "oncall_rotations",
                              "oncall_members",
                              "maintenance_windows",
                              "expertise_entries",
                              "audit_log"})
        QVERIFY2(tables.contains(QString::fromLatin1(table)), table);
    QCOMPARE(test::countRows(*database, QStringLiteral("tickets")), 0);
}

void TestDatabase::reopeningIsIdempotent()
{
    QTemporaryDir dir;
    test::openTemporarySqlite(dir).reset();
    auto again = test::openTemporarySqlite(dir);
    QCOMPARE(test::countRows(*again, QStringLiteral("schema_version")), Migrations::latestVersion());
}

void TestDatabase::refusesNewerSchemaUntouched()
{
    QTemporaryDir dir;
    {
        auto database = test::openTemporarySqlite(dir);
        QSqlQuery query(database->connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO schema_version VALUES (%1, 0)")
                               .arg(Migrations::latestVersion() + 1)));
    }
    const QString path = dir.filePath(QStringLiteral("test.sqlite"));
    const auto digest = [&path] {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    };
    const QByteArray before = digest();
    try {
        test::openTemporarySqlite(dir);
        QFAIL("a newer schema was accepted");
    } catch (const StorageError &error) {
        QVERIFY2(error.message().contains(QStringLiteral("newer than this Hourglass")),
                 qPrintable(error.message()));
        QVERIFY(error.message().startsWith(QStringLiteral("sqlite:")));
    }
    QCOMPARE(digest(), before);
}

void TestDatabase::reportsUnreachableDatabase()
{
    // Port 1 on loopback refuses at once: the error must name the database, on one line.
    try {
        Database::open(DatabaseUrl::parse(
            QStringLiteral("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2")));
        QFAIL("an unreachable database was opened");
    } catch (const StorageError &error) {
        QVERIFY2(error.message().startsWith(QStringLiteral("postgresql://nobody@127.0.0.1:1/none")),
                 qPrintable(error.message()));
        QVERIFY(error.message().contains(QStringLiteral("cannot connect")));
        QVERIFY(!error.message().contains(u'\n'));
    }
}

void TestDatabase::givesUpOnASilentServer()
{
    // A socket that listens and never answers: the kernel completes the TCP handshake, and
    // libpq then waits for the server's reply, with no end but connect_timeout.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    const DatabaseUrl url = DatabaseUrl::parse(
        QStringLiteral("postgresql://nobody@127.0.0.1:%1/none").arg(silent.serverPort()));
    auto outcome = std::make_shared<std::promise<QString>>();
    std::future<QString> answer = outcome->get_future();
    QElapsedTimer clock;
    clock.start();
    // Detached: were the timeout missing, the attempt would never return.
    std::thread([url, outcome] {
        try {
            Database::open(url);
            outcome->set_value(QStringLiteral("opened"));
        } catch (const StorageError &error) {
            outcome->set_value(error.message());
        }
    }).detach();
    const int limitMs = (DatabaseUrl::defaultConnectTimeout + 3) * 1000;
    QVERIFY2(answer.wait_for(std::chrono::milliseconds(limitMs)) == std::future_status::ready,
             "the connection attempt did not give up");
    const QString message = answer.get();
    QVERIFY2(message.contains(QStringLiteral("cannot connect")), qPrintable(message));
    qInfo("a silent server was given up on after %lld ms", clock.elapsed());
    QVERIFY(clock.elapsed() >= (DatabaseUrl::defaultConnectTimeout - 1) * 1000);
}

void TestDatabase::defaultIsEmbeddedSqliteInDataFolder()
{
    const DatabaseUrl url = Database::defaultUrl();
    QVERIFY(url.isSqlite());
    QVERIFY(url.path().endsWith(QStringLiteral("/hourglass.sqlite")));
}

void TestDatabase::sqliteFolderMustExist()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("no/such"));
    try {
        Database::open(DatabaseUrl::sqliteFile(folder + QStringLiteral("/x.sqlite")),
                       Database::Schema::Migrate);
        QFAIL("a database was made in a folder that did not exist");
    } catch (const StorageError &error) {
        QVERIFY2(error.message().contains(
                     QStringLiteral("the folder %1 does not exist").arg(folder)),
                 qPrintable(error.message()));
    }
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("no"))));
    // The embedded default's folder is made. The test-mode data folder lies under HOME, and
    // other tests running meanwhile use the shared one: this one is in a home of its own.
    const QByteArray home = qgetenv("HOME");
    qputenv("HOME", dir.path().toUtf8());
    const DatabaseUrl embedded = Database::defaultUrl();
    const bool absent = !QFileInfo::exists(QFileInfo(embedded.path()).absolutePath());
    try {
        Database::open(embedded, Database::Schema::Migrate);
    } catch (const StorageError &) {
        qputenv("HOME", home);
        throw;
    }
    qputenv("HOME", home);
    QVERIFY2(embedded.path().startsWith(dir.path()), qPrintable(embedded.path()));
    QVERIFY(absent);
    QVERIFY(QFileInfo(embedded.path()).isFile());
}

void TestDatabase::sqliteAccessFollowsWhatMayBeWritten_data()
{
    QTest::addColumn<bool>("fileWritable");
    QTest::addColumn<bool>("folderWritable");
    QTest::addColumn<bool>("walFilesPresent");
    QTest::addColumn<Database::Access>("access");
    using A = Database::Access;
    QTest::newRow("all writable") << true << true << false << A::ReadWrite;
    QTest::newRow("in use, folder locked") << true << false << true << A::ReadWrite;
    QTest::newRow("folder locked, no -wal") << true << false << false << A::ReadOnlyImmutable;
    QTest::newRow("file locked") << false << true << false << A::ReadOnly;
    QTest::newRow("file locked, in use") << false << false << true << A::ReadOnly;
    QTest::newRow("both locked") << false << false << false << A::ReadOnlyImmutable;
}

void TestDatabase::sqliteAccessFollowsWhatMayBeWritten()
{
    QFETCH(bool, fileWritable);
    QFETCH(bool, folderWritable);
    QFETCH(bool, walFilesPresent);
    QFETCH(Database::Access, access);
    QCOMPARE(Database::sqliteAccess(fileWritable, folderWritable, walFilesPresent), access);
}

void TestDatabase::readOnlyFileReadsAndRefusesWrites_data()
{
    QTest::addColumn<Database::Access>("access");
    QTest::newRow("read-only") << Database::Access::ReadOnly;
    QTest::newRow("immutable") << Database::Access::ReadOnlyImmutable;
}

void TestDatabase::readOnlyFileReadsAndRefusesWrites()
{
    QFETCH(Database::Access, access);
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/hg ro 'x-XXXXXX"));
    {
        auto database = test::openTemporarySqlite(dir);
        QSqlQuery insert(database->connection());
        QVERIFY(insert.exec(
            QStringLiteral("INSERT INTO users (login, display_name, role, languages, time_zone, "
                           "email, phone) VALUES ('ro', 'Ro', 'agent', 'en', 'UTC', '', '')")));
    }
    // Closed last, the file took the WAL's content back: no -wal or -shm is left, as in a
    // folder nobody may write.
    const QString path = dir.filePath(QStringLiteral("test.sqlite"));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    const QByteArray before = [&path] {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        return file.readAll();
    }();
    // Migrate is what the composition root asks for a SQLite file: read-only, it only checks.
    auto database = Database::open(DatabaseUrl::sqliteFile(path), Database::Schema::Migrate, access);
    QVERIFY(database->isReadOnly());
    QCOMPARE(test::countRows(*database, QStringLiteral("users"), QStringLiteral("login = 'ro'")), 1);
    database->setActor(QStringLiteral("newcomer"));
    try {
        database->actorId();
        QFAIL("a read-only database took a write");
    } catch (const StorageError &error) {
        QVERIFY2(error.message().contains(QStringLiteral("open read-only")),
                 qPrintable(error.message()));
        QVERIFY(error.message().startsWith(QStringLiteral("sqlite:") + path));
    }
    database.reset();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void TestDatabase::postgresOptionsReachTheServerAsGiven_data()
{
    QTest::addColumn<QString>("applicationName");
    QTest::newRow("quotes and backslashes") << "it's a \\test\\ 'quoted'";
    QTest::newRow("another database") << "x dbname=postgres";
    QTest::newRow("a password") << "x password=pw";
}

void TestDatabase::postgresOptionsReachTheServerAsGiven()
{
    QFETCH(QString, applicationName);
    const QString base = test::createPostgresDatabase();
    QVERIFY2(!base.isEmpty(), "the PostgreSQL test cluster is not running");
    const DatabaseUrl url = DatabaseUrl::parse(
        base + QStringLiteral("?application_name=")
        + QString::fromLatin1(QUrl::toPercentEncoding(applicationName)));
    auto database = Database::open(url, Database::Schema::Migrate);
    QSqlQuery query(database->connection());
    QVERIFY(query.exec(
        QStringLiteral("SELECT current_setting('application_name'), current_database()")));
    QVERIFY(query.next());
    // One value, as written: nothing in it became an option of its own.
    QCOMPARE(query.value(0).toString(), applicationName);
    QCOMPARE(query.value(1).toString(), url.databaseName());
}

// libpq takes what a connection string leaves unset from PG* variables and a service file:
// none of them may send Hourglass to another address, database or schema than the URL says.
void TestDatabase::environmentCannotRedirectTheConnection()
{
    const QString base = test::createPostgresDatabase();
    QVERIFY2(!base.isEmpty(), "the PostgreSQL test cluster is not running");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString serviceFile = dir.filePath(QStringLiteral("pg_service.conf"));
    {
        QFile file(serviceFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // 192.0.2.1 is TEST-NET-1: nothing answers there.
        file.write("[elsewhere]\nhostaddr=192.0.2.1\ndbname=postgres\n"
                   "options=-c search_path=elsewhere\n");
    }
    const QList<std::pair<const char *, QByteArray>> variables = {
        {"PGHOSTADDR", "192.0.2.1"},
        {"PGOPTIONS", "-c search_path=elsewhere"},
        {"PGSERVICEFILE", serviceFile.toLocal8Bit()},
        {"PGSERVICE", "elsewhere"},
    };
    for (const auto &[name, value] : variables)
        qputenv(name, value);
    const auto restore = qScopeGuard([&] {
        for (const auto &[name, value] : variables)
            qunsetenv(name);
    });
    const DatabaseUrl url = DatabaseUrl::parse(base + QStringLiteral("?connect_timeout=3"));
    auto database = Database::open(url, Database::Schema::Migrate);
    QSqlQuery query(database->connection());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT current_database(), current_setting('search_path'), inet_server_addr()")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), url.databaseName());
    QVERIFY2(!query.value(1).toString().contains(QLatin1String("elsewhere")),
             qPrintable(query.value(1).toString()));
    QVERIFY(query.value(2).toString() != QLatin1String("192.0.2.1"));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
