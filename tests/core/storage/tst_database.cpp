// Opening databases: schema created and versioned; a newer schema is refused untouched.
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/storageerror.h"
#include "testenvironment.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>

#include <future>
#include <thread>

using namespace hourglass;

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

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
