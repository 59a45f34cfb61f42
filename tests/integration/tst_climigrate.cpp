// hourglass-cli migrate on a team's PostgreSQL: clients refuse a database until its owner has
// migrated it; two migrations at once both succeed; the server's clock dates each version.
#include "storage/database.h"
#include "storage/migrations.h"
#include "testenvironment.h"

#include <QDateTime>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace hourglass;

class TestCliMigrate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateUserData(); }
    void clientsWaitForTheOwnersMigration();
    void twoMigrationsAtOnce();
    void versionsAreDatedByTheServer();

private:
    static test::ProcessResult cli(const QString &url, QStringList arguments);
};

test::ProcessResult TestCliMigrate::cli(const QString &url, QStringList arguments)
{
    arguments.prepend(url);
    arguments.prepend(QStringLiteral("--database"));
    return test::runProcess(QStringLiteral(HOURGLASS_CLI_PATH), arguments);
}

void TestCliMigrate::clientsWaitForTheOwnersMigration()
{
    const QString url = test::createPostgresDatabase();
    for (const QStringList &command : {QStringList{"info"}, QStringList{"ticket", "list"}}) {
        const test::ProcessResult refused = cli(url, command);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(url)
                     && refused.err.contains(
                         QStringLiteral("run hourglass-cli migrate as the database owner")),
                 qPrintable(refused.err));
        QCOMPARE(refused.err.count(u'\n'), 1);
    }
    const test::ProcessResult migrated = cli(url, {"--json", "migrate"});
    QVERIFY2(migrated.exitCode == 0, qPrintable(migrated.err));
    QVERIFY(migrated.out.contains(
        QStringLiteral("\"schema_version\":%1").arg(Migrations::latestVersion())));
    const test::ProcessResult demo = cli(url, {"demo"});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    QVERIFY(cli(url, {"ticket", "list"}).out.count(u'\n') > 10);
}

void TestCliMigrate::twoMigrationsAtOnce()
{
    const QString url = test::createPostgresDatabase();
    QProcess first;
    QProcess second;
    for (QProcess *process : {&first, &second})
        process->start(QStringLiteral(HOURGLASS_CLI_PATH), {"--database", url, "migrate"});
    for (QProcess *process : {&first, &second}) {
        QVERIFY(process->waitForFinished(60000));
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
    }
    auto database = Database::open(DatabaseUrl::parse(url));
    QCOMPARE(test::countRows(*database, QStringLiteral("schema_version")),
             Migrations::latestVersion());
    QSqlQuery distinct(database->connection());
    QVERIFY(distinct.exec(QStringLiteral("SELECT COUNT(DISTINCT version) FROM schema_version")));
    QVERIFY(distinct.next());
    QCOMPARE(distinct.value(0).toInt(), Migrations::latestVersion());
}

void TestCliMigrate::versionsAreDatedByTheServer()
{
    // The client's clock says 2001; the server's is the real one.
    const auto migrateIn2001 = [](const QString &url) {
        return test::runProcess(QStringLiteral("faketime"),
                                {QStringLiteral("2001-02-03 04:05:06"),
                                 QStringLiteral(HOURGLASS_CLI_PATH),
                                 QStringLiteral("--database"),
                                 url,
                                 QStringLiteral("migrate")});
    };
    const qint64 year2002 = QDateTime(QDate(2002, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const QString url = test::createPostgresDatabase();
    const test::ProcessResult migrated = migrateIn2001(url);
    QVERIFY2(migrated.exitCode == 0, qPrintable(migrated.err));
    auto database = Database::open(DatabaseUrl::parse(url));
    QSqlQuery query(database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT MIN(applied_at), MAX(applied_at), "
                                      "EXTRACT(EPOCH FROM now())::bigint FROM schema_version")));
    QVERIFY(query.next());
    const qint64 serverNow = query.value(2).toLongLong();
    QVERIFY2(query.value(0).toLongLong() > serverNow - 600
                 && query.value(1).toLongLong() <= serverNow,
             qPrintable(query.value(0).toString()));

    // The same client on a SQLite file, which has no server: the fake clock does reach it.
    QTemporaryDir dir;
    const QString file = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("a.sqlite"));
    QCOMPARE(migrateIn2001(file).exitCode, 0);
    auto sqlite = Database::open(DatabaseUrl::parse(file));
    QSqlQuery fake(sqlite->connection());
    QVERIFY(fake.exec(QStringLiteral("SELECT MAX(applied_at) FROM schema_version")));
    QVERIFY(fake.next());
    QVERIFY(fake.value(0).toLongLong() < year2002);
}

QTEST_GUILESS_MAIN(TestCliMigrate)
#include "tst_climigrate.moc"
