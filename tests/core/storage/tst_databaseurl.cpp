// Database URLs: what is accepted, and a one-line error naming what is wrong otherwise.
#include "io/inputerror.h"
#include "storage/databaseurl.h"

#include <QTest>

using namespace hourglass;

class TestDatabaseUrl : public QObject
{
    Q_OBJECT

private slots:
    void parsesSqlite();
    void parsesPostgres();
    void connectTimeoutHasADefault();
    void refuses_data();
    void refuses();
};

void TestDatabaseUrl::parsesSqlite()
{
    const DatabaseUrl url = DatabaseUrl::parse(QStringLiteral("sqlite:/tmp/a b/hg.sqlite"));
    QVERIFY(url.isSqlite());
    QCOMPARE(url.path(), QStringLiteral("/tmp/a b/hg.sqlite"));
    QCOMPARE(url.driverName(), QStringLiteral("QSQLITE"));
    QCOMPARE(DatabaseUrl::parse(QStringLiteral("sqlite:relative.db")).path(),
             QStringLiteral("relative.db"));
    QCOMPARE(DatabaseUrl::parse(QStringLiteral("sqlite:///var/hg.db")).path(),
             QStringLiteral("/var/hg.db"));
}

void TestDatabaseUrl::parsesPostgres()
{
    const DatabaseUrl url = DatabaseUrl::parse(
        QStringLiteral("postgresql://agent@db.example.org:6543/support?sslmode=verify-full"));
    QVERIFY(!url.isSqlite());
    QCOMPARE(url.user(), QStringLiteral("agent"));
    QCOMPARE(url.host(), QStringLiteral("db.example.org"));
    QCOMPARE(url.port(), 6543);
    QCOMPARE(url.databaseName(), QStringLiteral("support"));
    QVERIFY2(url.connectOptions().split(u';').contains(QStringLiteral("sslmode=verify-full")),
             qPrintable(url.connectOptions()));
    QCOMPARE(url.toString(),
             QStringLiteral("postgresql://agent@db.example.org:6543/support?sslmode=verify-full"));
    QCOMPARE(DatabaseUrl::parse(QStringLiteral("postgres://h/db")).port(), 5432);
}

void TestDatabaseUrl::connectTimeoutHasADefault()
{
    // Unset, libpq would wait as long as the operating system does for a silent server.
    const QStringList defaults = DatabaseUrl::parse(
                                     QStringLiteral("postgresql://agent@db.example.org/support"))
                                     .connectOptions()
                                     .split(u';');
    QVERIFY2(defaults.contains(QStringLiteral("connect_timeout=5")),
             qPrintable(defaults.join(u';')));
    QCOMPARE(defaults.filter(QStringLiteral("connect_timeout=")).size(), 1);
    QVERIFY(defaults.contains(QStringLiteral("keepalives=1")));
    // The URL's own value wins, and is the only one.
    const QStringList own = DatabaseUrl::parse(
                                QStringLiteral(
                                    "postgresql://agent@db.example.org/support?connect_timeout=20"))
                                .connectOptions()
                                .split(u';');
    QVERIFY2(own.contains(QStringLiteral("connect_timeout=20")), qPrintable(own.join(u';')));
    QCOMPARE(own.filter(QStringLiteral("connect_timeout=")).size(), 1);
    // Nothing of the kind for SQLite, and nothing added to what the URL says.
    QVERIFY(!DatabaseUrl::parse(QStringLiteral("sqlite:/tmp/x.sqlite"))
                 .connectOptions()
                 .contains(QStringLiteral("connect_timeout")));
    QCOMPARE(DatabaseUrl::parse(QStringLiteral("postgresql://agent@db.example.org/support"))
                 .toString(),
             QStringLiteral("postgresql://agent@db.example.org:5432/support"));
}

void TestDatabaseUrl::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem");
    QTest::newRow("empty") << ""
                           << "empty database URL";
    QTest::newRow("scheme") << "mysql://u@h/db"
                            << "unsupported scheme \"mysql\"";
    QTest::newRow("no scheme") << "/tmp/x.sqlite"
                               << "has no scheme";
    QTest::newRow("sqlite no file") << "sqlite:"
                                    << "names no file";
    QTest::newRow("no database") << "postgresql://u@host:5432"
                                 << "names no database";
    QTest::newRow("bad port") << "postgresql://u@host:99999/db"
                              << "port \"99999\"";
    QTest::newRow("port text") << "postgresql://u@host:abc/db"
                               << "port \"abc\"";
    QTest::newRow("password") << "postgresql://u:secret@host/db"
                              << "password";
    QTest::newRow("password option") << "postgresql://u@host/db?password=x"
                                     << "password";
    QTest::newRow("unknown option") << "postgresql://u@host/db?sslmod=require"
                                    << "unknown option \"sslmod\"";
    QTest::newRow("no host") << "postgresql:///db"
                             << "names no host";
}

void TestDatabaseUrl::refuses()
{
    QFETCH(QString, text);
    QFETCH(QString, problem);
    try {
        DatabaseUrl::parse(text);
        QFAIL("a wrong URL was accepted");
    } catch (const InputError &error) {
        QCOMPARE(error.place(), QStringLiteral("--database"));
        QVERIFY2(error.problem().contains(problem), qPrintable(error.message()));
        QVERIFY(!error.message().contains(u'\n'));
        QVERIFY(!error.message().contains(QStringLiteral("secret")));
    }
}

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
