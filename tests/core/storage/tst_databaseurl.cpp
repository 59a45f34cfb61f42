// Database URLs: what is accepted, and a one-line error naming what is wrong otherwise.
#include "io/inputerror.h"
#include "storage/databaseurl.h"

#include <QDir>
#include <QTest>
#include <QUrl>

#include <libpq-fe.h>

using namespace hourglass;

namespace {

// The conninfo string exactly as Qt's QPSQL driver builds it (QPSQLDriver::open: its own
// parts quoted, then the connect options with every ";" made a space), read back by libpq:
// what the server is really asked for, keyword by keyword.
QMap<QString, QString> conninfoSeen(const DatabaseUrl &url)
{
    const auto quote = [](QString s) -> QString {
        s.replace(u'\\', QStringLiteral("\\\\"));
        s.replace(u'\'', QStringLiteral("\\'"));
        return u'\'' + s + u'\'';
    };
    QString conninfo = QStringLiteral("host=") + quote(url.host()) + QStringLiteral(" dbname=")
                       + quote(url.databaseName());
    if (!url.user().isEmpty())
        conninfo += QStringLiteral(" user=") + quote(url.user());
    conninfo += QStringLiteral(" port=") + quote(QString::number(url.port()));
    QString options = url.connectOptions();
    options.replace(u';', u' ');
    conninfo += u' ' + options;
    char *error = nullptr;
    PQconninfoOption *parsed = PQconninfoParse(conninfo.toUtf8().constData(), &error);
    QMap<QString, QString> seen;
    if (!parsed) {
        seen.insert(QStringLiteral("error"), QString::fromUtf8(error));
        PQfreemem(error);
        return seen;
    }
    for (PQconninfoOption *option = parsed; option->keyword; ++option)
        if (option->val)
            seen.insert(QString::fromUtf8(option->keyword), QString::fromUtf8(option->val));
    PQconninfoFree(parsed);
    return seen;
}

} // namespace

class TestDatabaseUrl : public QObject
{
    Q_OBJECT

private slots:
    void parsesSqlite();
    void parsesPostgres();
    void connectTimeoutHasADefault();
    void optionValuesAreQuoted_data();
    void optionValuesAreQuoted();
    void sqliteHomeFolderIsExpanded();
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
    QVERIFY2(url.connectOptions().split(u';').contains(QStringLiteral("sslmode='verify-full'")),
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
    QVERIFY2(defaults.contains(QStringLiteral("connect_timeout='5'")),
             qPrintable(defaults.join(u';')));
    QCOMPARE(defaults.filter(QStringLiteral("connect_timeout=")).size(), 1);
    QVERIFY(defaults.contains(QStringLiteral("keepalives='1'")));
    // The URL's own value wins, and is the only one.
    const QStringList own = DatabaseUrl::parse(
                                QStringLiteral(
                                    "postgresql://agent@db.example.org/support?connect_timeout=20"))
                                .connectOptions()
                                .split(u';');
    QVERIFY2(own.contains(QStringLiteral("connect_timeout='20'")), qPrintable(own.join(u';')));
    QCOMPARE(own.filter(QStringLiteral("connect_timeout=")).size(), 1);
    // Nothing of the kind for SQLite, and nothing added to what the URL says.
    QVERIFY(!DatabaseUrl::parse(QStringLiteral("sqlite:/tmp/x.sqlite"))
                 .connectOptions()
                 .contains(QStringLiteral("connect_timeout")));
    QCOMPARE(DatabaseUrl::parse(QStringLiteral("postgresql://agent@db.example.org/support"))
                 .toString(),
             QStringLiteral("postgresql://agent@db.example.org:5432/support"));
}

void TestDatabaseUrl::optionValuesAreQuoted_data()
{
    QTest::addColumn<QString>("applicationName");
    QTest::newRow("password smuggled") << "x password=pw";
    QTest::newRow("database smuggled") << "x dbname=other";
    QTest::newRow("host smuggled") << "x host=evil.example.org port=1";
    QTest::newRow("quote and backslash") << "it's a \\test\\";
    QTest::newRow("lone quote") << "'";
    QTest::newRow("spaces") << "  two  spaces  ";
}

void TestDatabaseUrl::optionValuesAreQuoted()
{
    QFETCH(QString, applicationName);
    const DatabaseUrl url = DatabaseUrl::parse(
        QStringLiteral("postgresql://agent@db.example.org:6543/support?sslmode=require&"
                       "application_name=")
        + QString::fromLatin1(QUrl::toPercentEncoding(applicationName)));
    const QMap<QString, QString> seen = conninfoSeen(url);
    QVERIFY2(!seen.contains(QStringLiteral("error")), qPrintable(seen.value("error")));
    // The value stays one value: nothing in it becomes an option of its own.
    QCOMPARE(seen.value(QStringLiteral("application_name")), applicationName);
    QVERIFY(!seen.contains(QStringLiteral("password")));
    QCOMPARE(seen.value(QStringLiteral("dbname")), QStringLiteral("support"));
    QCOMPARE(seen.value(QStringLiteral("host")), QStringLiteral("db.example.org"));
    QCOMPARE(seen.value(QStringLiteral("port")), QStringLiteral("6543"));
    QCOMPARE(seen.value(QStringLiteral("user")), QStringLiteral("agent"));
    QCOMPARE(seen.value(QStringLiteral("sslmode")), QStringLiteral("require"));
    QCOMPARE(seen.value(QStringLiteral("connect_timeout")), QStringLiteral("5"));
    // The URL as reported reads back as the same URL.
    QCOMPARE(DatabaseUrl::parse(url.toString()).options(), url.options());
}

void TestDatabaseUrl::sqliteHomeFolderIsExpanded()
{
    QCOMPARE(DatabaseUrl::parse(QStringLiteral("sqlite:~/hg/data.sqlite")).path(),
             QDir::homePath() + QStringLiteral("/hg/data.sqlite"));
    // A ~ elsewhere in a path is an ordinary character.
    QCOMPARE(DatabaseUrl::parse(QStringLiteral("sqlite:/tmp/~/x.sqlite")).path(),
             QStringLiteral("/tmp/~/x.sqlite"));
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
    QTest::newRow("password in a malformed URL") << "postgresql://u:secret@host/db%zz"
                                                 << "malformed URL";
    QTest::newRow("password with a bad port") << "postgresql://u:secret@host:99999/db"
                                              << "port \"99999\"";
    QTest::newRow("dbname option") << "postgresql://u@host/db?dbname=other"
                                   << "option \"dbname\" is not accepted";
    QTest::newRow("host option") << "postgresql://u@host/db?host=evil"
                                 << "option \"host\" is not accepted";
    QTest::newRow("hostaddr option") << "postgresql://u@host/db?hostaddr=10.0.0.1"
                                     << "option \"hostaddr\" is not accepted";
    QTest::newRow("port option") << "postgresql://u@host/db?port=1"
                                 << "option \"port\" is not accepted";
    QTest::newRow("user option") << "postgresql://u@host/db?user=postgres"
                                 << "option \"user\" is not accepted";
    QTest::newRow("service option") << "postgresql://u@host/db?service=other"
                                    << "option \"service\" is not accepted";
    QTest::newRow("semicolon in a value") << "postgresql://u@host/db?application_name=a%3Bb"
                                          << "\";\"";
    QTest::newRow("control character") << "postgresql://u@host/db?application_name=a%0Ab"
                                       << "control character";
    QTest::newRow("sqlite query") << "sqlite:/tmp/x.sqlite?mode=ro"
                                  << "takes no options";
    QTest::newRow("sqlite uri query") << "sqlite:///tmp/x.sqlite?immutable=1"
                                      << "takes no options";
    QTest::newRow("sqlite uri host") << "sqlite://tmp/x.sqlite"
                                     << "names a host";
    QTest::newRow("sqlite fragment") << "sqlite:///tmp/x.sqlite#y"
                                     << "takes no \"#\"";
    QTest::newRow("sqlite other home") << "sqlite:~root/x.sqlite"
                                       << "only ~/";
    // Found by probing: each used to pass here and fail later as if the server were down.
    QTest::newRow("sslmode unknown") << "postgresql://u@host/db?sslmode=bogus"
                                     << "sslmode \"bogus\"";
    QTest::newRow("sslmode empty") << "postgresql://u@host/db?sslmode"
                                   << "sslmode \"\"";
    QTest::newRow("connect_timeout text") << "postgresql://u@host/db?connect_timeout=abc"
                                          << "connect_timeout \"abc\"";
    QTest::newRow("connect_timeout negative") << "postgresql://u@host/db?connect_timeout=-5"
                                              << "connect_timeout \"-5\"";
    QTest::newRow("connect_timeout huge") << "postgresql://u@host/db?connect_timeout=99999999999"
                                          << "connect_timeout";
    QTest::newRow("empty user") << "postgresql://@host/db"
                                << "empty user";
    QTest::newRow("empty password") << "postgresql://u:@host/db"
                                    << "password";
    QTest::newRow("NUL in the database name") << "postgresql://u@host/h%00g"
                                              << "control character (U+0000)";
    QTest::newRow("semicolon in the database name") << "postgresql://u@host/a%3Bb"
                                                    << "\";\"";
    QTest::newRow("a long malformed URL") << QString(131000, u'x') << "has no scheme";
    QTest::newRow("sqlite path past PATH_MAX")
        << QStringLiteral("sqlite:/") + QString(5000, u'p') << "no path is longer than 4096";
    QTest::newRow("line break in a sqlite path") << "sqlite:/tmp/a\nb.sqlite"
                                                 << "control character (U+000A)";
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
        // A URL can be given as a megabyte of text: the message quotes an excerpt of it.
        QVERIFY2(error.message().size() < 300, qPrintable(error.message()));
        QVERIFY(!error.message().contains(QStringLiteral("secret")));
    }
}

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
