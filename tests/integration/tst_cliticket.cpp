// hourglass-cli on a shared database: tickets from scripts, conflicts, CSV in and out, watch,
// invalid edits refused, and clients whose clock is wrong.
#include "models/ticketqueuemodel.h"
#include "sla/slaengine.h"
#include "storage/database.h"
#include "storage/demodata.h"
#include "storage/migrations.h"
#include "storage/policystore.h"
#include "storage/sqlticketrepository.h"
#include "storage/storageerror.h"
#include "testenvironment.h"
#include "time/clock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hourglass;

class TestCliTicket : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createUpdateAndConflict();
    void exportImportsAgain();
    void malformedImportChangesNothing();
    void watchPrintsChangesOfOthers();
    void postgresIdentityIsTheServerLogin();
    void invalidSeverityOrTierIsRefused_data();
    void invalidSeverityOrTierIsRefused();
    void skewedClientClockKeepsTheTimeline_data();
    void skewedClientClockKeepsTheTimeline();
    void numbersAreStrict_data();
    void numbersAreStrict();
    void extraOrRepeatedArgumentsAreRefused_data();
    void extraOrRepeatedArgumentsAreRefused();
    void watchRefusesAnExtraArgument();
    void emptyValuesAreRefused_data();
    void emptyValuesAreRefused();
    void emptyAssigneeStillUnassigns();
    void conversationAndSearch_data();
    void conversationAndSearch();

private:
    using Result = hourglass::test::ProcessResult;
    Result cli(QStringList arguments);
    // On a database of the test's own: SQLite (as `user`) or PostgreSQL (as the server login),
    // optionally under libfaketime with the clock moved by `skew` ("-5m").
    Result cliOn(const QString &url, QStringList arguments, const QString &skew = QString());
    // A demo database on that engine, where the CLI may work: its URL.
    QString demoDatabase(const QString &engine, const QTemporaryDir &dir);
    // The queue model loads every open ticket of the database; the clock of `id` is readable.
    void modelLoads(const QString &url, qint64 id);
    // Refused as bad input: exit 2, one line on stderr holding `problem`, the database as
    // it was (every ticket and customer, as export writes them).
    void verifyRefusedUnchanged(const QStringList &arguments, const QString &problem);
    // A ticket of the test's own, at version 1: its number.
    QString freshTicket();
    QTemporaryDir m_dir;
    QString m_url;
};

TestCliTicket::Result TestCliTicket::cliOn(const QString &url,
                                           QStringList arguments,
                                           const QString &skew)
{
    arguments.prepend(url);
    arguments.prepend(QStringLiteral("--database"));
    // On SQLite the person is a profile; on PostgreSQL the login connected as.
    if (url.startsWith(QLatin1String("sqlite:")))
        arguments = QStringList{QStringLiteral("--user"), QStringLiteral("jokafor")} + arguments;
    if (skew.isEmpty())
        return test::runProcess(QStringLiteral(HOURGLASS_CLI_PATH), arguments);
    const QString faketime = QStandardPaths::findExecutable(QStringLiteral("faketime"));
    if (faketime.isEmpty())
        qFatal("faketime is not installed (Debian packages faketime and libfaketime)");
    return test::runProcess(faketime,
                            QStringList{QStringLiteral("-f"),
                                        skew,
                                        QStringLiteral(HOURGLASS_CLI_PATH)}
                                + arguments);
}

QString TestCliTicket::demoDatabase(const QString &engine, const QTemporaryDir &dir)
{
    if (engine == QLatin1String("sqlite")) {
        const QString url = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("own.sqlite"));
        const Result demo = test::runProcess(QStringLiteral(HOURGLASS_CLI_PATH),
                                             {"--database", url, "demo"});
        if (demo.exitCode != 0)
            qFatal("demo: %s", qPrintable(demo.err));
        return url;
    }
    auto database = test::openTemporaryPostgres();
    DemoData::populate(*database, test::seedInstant(*database));
    // The CLI refuses a server login that is not a user; the owner who migrated is one.
    if (!database->userId(database->serverLogin()))
        qFatal("the database owner was not made a user by the migration");
    return database->url().toString();
}

void TestCliTicket::modelLoads(const QString &url, qint64 id)
{
    auto database = Database::open(DatabaseUrl::parse(url));
    const SlaEngine engine(PolicyStore::loadAll(*database));
    const SystemClock clock;
    TicketQueueModel model(engine, clock);
    SqlTicketRepository repository(*database);
    OpenTickets open = repository.openTicketsWithTimelines({});
    const qsizetype count = open.tickets.size();
    model.setTickets(std::move(open.tickets), std::move(open.timelines));
    QCOMPARE(model.rowCount(), int(count));
    const int row = model.rowOfTicket(id);
    QVERIFY(row >= 0);
    QVERIFY2(model.clockAt(row)->unreadable.isEmpty(), qPrintable(model.clockAt(row)->unreadable));
    QVERIFY(!model.index(row, TicketQueueModel::DeadlineColumn)
                 .data()
                 .toString()
                 .contains(QStringLiteral("unreadable")));
}

TestCliTicket::Result TestCliTicket::cli(QStringList arguments)
{
    arguments.prepend(m_url);
    arguments.prepend(QStringLiteral("--database"));
    return hourglass::test::runProcess(QStringLiteral(HOURGLASS_CLI_PATH), arguments);
}

void TestCliTicket::initTestCase()
{
    m_url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("shared.sqlite"));
    const Result demo = cli({"demo"});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    QCOMPARE(cli({"migrate", "--json"})
                 .out.contains(
                     QStringLiteral("\"schema_version\":%1").arg(Migrations::latestVersion())),
             true);
}

void TestCliTicket::createUpdateAndConflict()
{
    const Result created = cli({"--user",
                                "jokafor",
                                "--json",
                                "ticket",
                                "create",
                                "--customer",
                                "Blue Harbor Insurance",
                                "--title",
                                "Portal down",
                                "--severity",
                                "p2"});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    const QJsonObject ticket = QJsonDocument::fromJson(created.out.toUtf8()).object();
    const QString id = QString::number(ticket.value("id").toInteger());
    QCOMPARE(ticket.value("version").toInt(), 1);
    QCOMPARE(ticket.value("updated_by").toString(), QStringLiteral("jokafor"));

    Result updated = cli({"--user",
                          "mlefebvre",
                          "ticket",
                          "update",
                          id,
                          "--version",
                          "1",
                          "--assignee",
                          "mlefebvre",
                          "--status",
                          "open"});
    QVERIFY2(updated.exitCode == 0, qPrintable(updated.err));
    // A second agent still looking at version 1 is refused, told by whom, exit 3.
    const Result stale = cli(
        {"--user", "dnguyen", "ticket", "update", id, "--version", "1", "--severity", "p1"});
    QCOMPARE(stale.exitCode, 3);
    QVERIFY2(stale.err.contains(QStringLiteral("changed by mlefebvre")), qPrintable(stale.err));
    QCOMPARE(cli({"ticket", "event", id, "--kind", "responded"}).exitCode, 0);
    const QJsonObject shown
        = QJsonDocument::fromJson(cli({"--json", "ticket", "show", id}).out.toUtf8()).object();
    QCOMPARE(shown.value("severity").toString(), QStringLiteral("p2"));
    QCOMPARE(shown.value("version").toInt(), 2);
    QCOMPARE(shown.value("sla").toArray().first().toObject().value("state").toString(),
             QStringLiteral("met"));
    QVERIFY(cli({"ticket", "list"}).out.contains(QStringLiteral("Portal down")));
    const Result wrongKind = cli({"ticket", "event", id, "--kind", "resolved"});
    QCOMPARE(wrongKind.exitCode, 2);
}

void TestCliTicket::exportImportsAgain()
{
    const QString file = m_dir.filePath(QStringLiteral("tickets.csv"));
    QCOMPARE(cli({"export", "tickets", file}).exitCode, 0);
    const int before = cli({"ticket", "list", "--all"}).out.count(u'\n');
    const Result imported = cli({"--json", "import", "tickets", file});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const int rows = QJsonDocument::fromJson(imported.out.toUtf8()).object().value("rows").toInt();
    QCOMPARE(rows, before);
    QCOMPARE(cli({"ticket", "list", "--all"}).out.count(u'\n'), 2 * before);
}

void TestCliTicket::malformedImportChangesNothing()
{
    const QString file = m_dir.filePath(QStringLiteral("bad.csv"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("customer,title\r\nBlue Harbor Insurance,fine\r\nBlue Harbor Insurance,\"broken\r\n");
    out.close();
    const int before = cli({"ticket", "list", "--all"}).out.count(u'\n');
    const Result result = cli({"import", "tickets", file});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(
                 file + QStringLiteral(": line 3, column 23: a quoted field that is never closed")),
             qPrintable(result.err));
    QCOMPARE(cli({"ticket", "list", "--all"}).out.count(u'\n'), before);
}

void TestCliTicket::watchPrintsChangesOfOthers()
{
    QProcess watch;
    watch.start(QStringLiteral(HOURGLASS_CLI_PATH), {"--database", m_url, "watch"});
    QVERIFY(watch.waitForStarted());
    QByteArray said;
    QTRY_VERIFY_WITH_TIMEOUT((said += watch.readAllStandardError()).contains("watching"), 5000);
    const Result created = cli(
        {"ticket", "create", "--customer", "Blue Harbor Insurance", "--title", "Watched"});
    QCOMPARE(created.exitCode, 0);
    QByteArray line;
    QTRY_VERIFY_WITH_TIMEOUT(watch.canReadLine(), 2000);
    line = watch.readLine();
    const QJsonObject change = QJsonDocument::fromJson(line).object();
    QCOMPARE(change.value("table").toString(), QStringLiteral("tickets"));
    QCOMPARE(change.value("id").toInteger(), created.out.trimmed().toLongLong());
    QCOMPARE(change.value("kind").toString(), QStringLiteral("created"));
    QVERIFY(change.value("received_ms").toInteger() >= change.value("written_ms").toInteger());
    watch.terminate();
    QVERIFY(watch.waitForFinished(5000));
    QCOMPARE(watch.exitCode(), 0);
}

void TestCliTicket::postgresIdentityIsTheServerLogin()
{
    auto database = test::openTemporaryPostgres();
    DemoData::populate(*database, test::seedInstant(*database));
    const QString url = database->url().toString();
    const auto run = [&](const QStringList &arguments) {
        return test::runProcess(QStringLiteral(HOURGLASS_CLI_PATH),
                                QStringList{QStringLiteral("--database"), url} + arguments);
    };
    // Who migrated the database (its owner) is its first administrator.
    QCOMPARE(test::countRows(*database,
                             QStringLiteral("users"),
                             QStringLiteral("login = 'postgres' AND role = 'admin'")),
             1);
    // Another login of the server is no Hourglass user: refused, naming it, never made an agent.
    QSqlQuery grant(database->connection());
    QVERIFY2(grant.exec(QStringLiteral("DROP ROLE IF EXISTS stranger"))
                 && grant.exec(QStringLiteral("CREATE ROLE stranger LOGIN"))
                 && grant.exec(
                     QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO stranger"))
                 && grant.exec(
                     QStringLiteral("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO stranger")),
             qPrintable(grant.lastError().text()));
    QString strangerUrl = url;
    strangerUrl.replace(QStringLiteral("postgresql://postgres@"),
                        QStringLiteral("postgresql://stranger@"));
    const Result unknown = test::runProcess(QStringLiteral(HOURGLASS_CLI_PATH),
                                            {QStringLiteral("--database"),
                                             strangerUrl,
                                             QStringLiteral("ticket"),
                                             QStringLiteral("list")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(QStringLiteral("\"stranger\"")), qPrintable(unknown.err));
    QCOMPARE(test::countRows(*database,
                             QStringLiteral("users"),
                             QStringLiteral("login = 'stranger'")),
             0);
    // A profile is for SQLite: on PostgreSQL it is a usage error.
    const Result profile = run({"--user", "jokafor", "ticket", "list"});
    QCOMPARE(profile.exitCode, 2);
    QVERIFY2(profile.err.contains(QStringLiteral("--user")), qPrintable(profile.err));

    const Result created = run(
        {"--json", "ticket", "create", "--customer", "Blue Harbor Insurance", "--title", "Mine"});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    QCOMPARE(QJsonDocument::fromJson(created.out.toUtf8()).object().value("updated_by").toString(),
             QStringLiteral("postgres"));
    QVERIFY(grant.exec(QStringLiteral("DROP OWNED BY stranger"))
            && grant.exec(QStringLiteral("DROP ROLE stranger")));
}

void TestCliTicket::invalidSeverityOrTierIsRefused_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    for (const char *engine : {"sqlite", "postgresql"}) {
        QTest::addRow("%s empty severity", engine) << engine << "severity"
                                                   << "";
        QTest::addRow("%s empty tier", engine) << engine << "tier"
                                               << "";
        QTest::addRow("%s unknown severity", engine) << engine << "severity"
                                                     << "p9";
        QTest::addRow("%s unknown tier", engine) << engine << "tier"
                                                 << "platinum";
    }
}

void TestCliTicket::invalidSeverityOrTierIsRefused()
{
    QFETCH(QString, engine);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QTemporaryDir dir;
    const QString url = demoDatabase(engine, dir);
    const Result created = cliOn(url,
                                 {"--json",
                                  "ticket",
                                  "create",
                                  "--customer",
                                  "Blue Harbor Insurance",
                                  "--title",
                                  "Edited badly"});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    const QJsonObject ticket = QJsonDocument::fromJson(created.out.toUtf8()).object();
    const QString id = QString::number(ticket.value("id").toInteger());

    const Result refused = cliOn(url,
                                 {"ticket", "update", id, "--version", "1", "--" + field, value});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(field + QStringLiteral(": ")), qPrintable(refused.err));
    if (!value.isEmpty())
        QVERIFY2(refused.err.contains(QStringLiteral("\"%1\"").arg(value)), qPrintable(refused.err));
    QCOMPARE(refused.out, QString());

    // Nothing changed, and the ticket still reads and evaluates.
    const Result shown = cliOn(url, {"--json", "ticket", "show", id});
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
    const QJsonObject after = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    QCOMPARE(after.value("version").toInt(), 1);
    QCOMPARE(after.value(field).toString(), ticket.value(field).toString());
    QVERIFY(!after.value(field).toString().isEmpty());
    QVERIFY2(!after.contains("timeline_unreadable"),
             qPrintable(after.value("timeline_unreadable").toString()));
    QVERIFY(!after.value("sla").toArray().isEmpty());
    QCOMPARE(after.value("events").toArray().size(), 1);
    const Result plain = cliOn(url, {"ticket", "show", id});
    QCOMPARE(plain.exitCode, 0);
    QVERIFY(!plain.out.contains(QStringLiteral("unreadable")));
    modelLoads(url, id.toLongLong());
}

void TestCliTicket::skewedClientClockKeepsTheTimeline_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("skew");
    for (const char *engine : {"sqlite", "postgresql"}) {
        QTest::addRow("%s 5 minutes slow", engine) << engine << "-5m";
        QTest::addRow("%s 10 minutes slow", engine) << engine << "-10m";
        QTest::addRow("%s 10 minutes fast", engine) << engine << "+10m";
    }
}

void TestCliTicket::skewedClientClockKeepsTheTimeline()
{
    QFETCH(QString, engine);
    QFETCH(QString, skew);
    QTemporaryDir dir;
    const QString url = demoDatabase(engine, dir);
    // Opened by a process whose clock is right.
    const Result created = cliOn(url,
                                 {"--json",
                                  "ticket",
                                  "create",
                                  "--customer",
                                  "Blue Harbor Insurance",
                                  "--title",
                                  "Answered from a wrong clock"});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    const QJsonObject ticket = QJsonDocument::fromJson(created.out.toUtf8()).object();
    const QString id = QString::number(ticket.value("id").toInteger());
    const Instant createdAt = *parseInstant(ticket.value("created_at").toString());

    // Answered and noted from a machine whose clock is off.
    const Result responded = cliOn(url, {"ticket", "event", id, "--kind", "responded"}, skew);
    QVERIFY2(responded.exitCode == 0, qPrintable(responded.err));
    const Result noted = cliOn(url,
                               {"ticket", "event", id, "--kind", "note", "--text", "skewed"},
                               skew);
    QVERIFY2(noted.exitCode == 0, qPrintable(noted.err));
    const qint64 realNow = QDateTime::currentSecsSinceEpoch();

    // On PostgreSQL a viewer with a wrong clock sees the clocks as of the server's time too.
    QStringList viewers{QString()};
    if (engine == QLatin1String("postgresql"))
        viewers.append(skew);
    for (const QString &viewerSkew : std::as_const(viewers)) {
        const Result shown = cliOn(url, {"--json", "ticket", "show", id}, viewerSkew);
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        QVERIFY2(!shown.err.contains(QStringLiteral("first event")), qPrintable(shown.err));
        const QJsonObject after = QJsonDocument::fromJson(shown.out.toUtf8()).object();
        QVERIFY2(!after.contains("timeline_unreadable"),
                 qPrintable(after.value("timeline_unreadable").toString()));
        QVERIFY(!after.value("sla").toArray().isEmpty());
        const QJsonArray events = after.value("events").toArray();
        // A response opens a new ticket: its status change, then the response, then the note.
        QStringList kinds;
        for (const QJsonValue &event : events)
            kinds.append(event.toObject().value("kind").toString());
        QCOMPARE(kinds, QStringList({"created", "status-changed", "responded", "note"}));
        Instant previous = createdAt;
        for (const QJsonValue &event : events) {
            const Instant at = *parseInstant(event.toObject().value("at").toString());
            // Never before the latest event, whatever the writer's clock said.
            QVERIFY2(at >= previous, qPrintable(event.toObject().value("at").toString()));
            previous = at;
            // On PostgreSQL the server stamps: never the client's future either.
            if (engine == QLatin1String("postgresql"))
                QVERIFY2(toEpoch(at) <= realNow + 1,
                         qPrintable(event.toObject().value("at").toString()));
        }
        // Unskewed, a slow writer's response still stopped the first-response clock.
        if (viewerSkew.isEmpty() || engine == QLatin1String("postgresql")) {
            const QJsonObject first = after.value("sla").toArray().first().toObject();
            QCOMPARE(first.value("metric").toString(), QStringLiteral("initial-response"));
            if (skew.startsWith(u'-') || engine == QLatin1String("postgresql"))
                QCOMPARE(first.value("state").toString(), QStringLiteral("met"));
        }
    }
    modelLoads(url, id.toLongLong());
}

void TestCliTicket::verifyRefusedUnchanged(const QStringList &arguments, const QString &problem)
{
    const QString tickets = cli({"export", "tickets"}).out;
    const QString customers = cli({"export", "customers"}).out;
    const Result result = cli(arguments);
    const QString said = arguments.join(u' ')
                         + QStringLiteral(" → exit %1: %2").arg(result.exitCode).arg(result.err);
    QVERIFY2(result.exitCode == 2, qPrintable(said));
    QVERIFY2(result.err.count(u'\n') == 1, qPrintable(said));
    QVERIFY2(result.err.startsWith(QStringLiteral("hourglass-cli: ")), qPrintable(said));
    QVERIFY2(result.err.contains(problem), qPrintable(said));
    QCOMPARE(cli({"export", "tickets"}).out, tickets);
    QCOMPARE(cli({"export", "customers"}).out, customers);
}

QString TestCliTicket::freshTicket()
{
    const Result created = cli({"--user",
                                "jokafor",
                                "ticket",
                                "create",
                                "--customer",
                                "Blue Harbor Insurance",
                                "--title",
                                "Probe"});
    if (created.exitCode != 0)
        qFatal("ticket create: %s", qPrintable(created.err));
    return created.out.trimmed();
}

void TestCliTicket::numbersAreStrict_data()
{
    // Ticket numbers and --version as toLongLong/toInt read them: spaces and '+' were taken.
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("problem");
    for (const char *id : {" @", "@ ", "+@", "\t@", "@\n", "0x@"}) {
        QTest::addRow("id \"%s\"", id) << QString::fromLatin1(id) << "1"
                                       << "expected a ticket number after \"update\"";
    }
    for (const char *version : {" 1", "1 ", "+1", "\t1", "1\n", "0x1", "1.0"}) {
        QTest::addRow("version \"%s\"", version)
            << "@" << QString::fromLatin1(version) << "--version: ";
    }
    QTest::newRow("version 0") << "@"
                               << "0"
                               << "--version: 0 is not between 1 and";
    QTest::newRow("version past int") << "@"
                                      << "2147483648"
                                      << "--version: 2147483648 is not";
}

void TestCliTicket::numbersAreStrict()
{
    QFETCH(QString, id);
    QFETCH(QString, version);
    QFETCH(QString, problem);
    const QString ticket = freshTicket();
    id.replace(u'@', ticket);
    verifyRefusedUnchanged({"ticket", "update", id, "--version", version, "--title", "Changed"},
                           problem);
    if (version == QLatin1String("1"))
        verifyRefusedUnchanged({"ticket", "show", id}, "expected a ticket number after \"show\"");
}

void TestCliTicket::extraOrRepeatedArgumentsAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("problem");
    const QString csv = m_dir.filePath(QStringLiteral("extra.csv"));
    QTest::newRow("ticket list extra")
        << QStringList{"ticket", "list", "extra"} << "unexpected argument \"extra\"";
    // A flag takes no value: the word after it was silently dropped.
    QTest::newRow("ticket list --all yes") << QStringList{"ticket", "list", "--all", "yes"}
                                           << "unexpected argument \"yes\" (--all takes no value)";
    QTest::newRow("ticket show extra")
        << QStringList{"ticket", "show", "@", "extra"} << "unexpected argument \"extra\"";
    QTest::newRow("ticket update extra")
        << QStringList{"ticket", "update", "@", "extra", "--version", "1", "--title", "x"}
        << "unexpected argument \"extra\"";
    QTest::newRow("ticket event extra")
        << QStringList{"ticket", "event", "@", "--kind", "note", "--text", "x", "extra"}
        << "unexpected argument \"extra\"";
    QTest::newRow("ticket create extra") << QStringList{"ticket",
                                                        "create",
                                                        "extra",
                                                        "--customer",
                                                        "Blue Harbor Insurance",
                                                        "--title",
                                                        "x"}
                                         << "unexpected argument \"extra\"";
    QTest::newRow("export extra") << QStringList{"export", "tickets", csv, "extra"}
                                  << "unexpected argument \"extra\"";
    QTest::newRow("import extra") << QStringList{"import", "tickets", csv, "extra"}
                                  << "unexpected argument \"extra\"";
    QTest::newRow("info extra") << QStringList{"info", "extra"} << "unexpected argument \"extra\"";
    QTest::newRow("policy list extra")
        << QStringList{"policy", "list", "extra"} << "unexpected argument \"extra\"";
    // The last value won silently: a script's mistake changed the ticket.
    QTest::newRow("--version twice")
        << QStringList{"ticket", "update", "@", "--version", "1", "--version", "99", "--title", "x"}
        << "--version: given more than once";
    QTest::newRow("--severity twice")
        << QStringList{"ticket", "update", "@", "--version", "1", "--severity", "p1", "--severity=p2"}
        << "--severity: given more than once";
    QTest::newRow("--database twice")
        << QStringList{"--database", "sqlite:/nonexistent/other.sqlite", "ticket", "list"}
        << "--database: given more than once";
    QTest::newRow("a long extra word is quoted short")
        << QStringList{"ticket", "list", QString(5000, u'x')} << "unexpected argument \"xxxx";
}

void TestCliTicket::extraOrRepeatedArgumentsAreRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, problem);
    arguments.replaceInStrings(QStringLiteral("@"), freshTicket());
    verifyRefusedUnchanged(arguments, problem);
    QVERIFY(cli(arguments).err.size() < 200);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("extra.csv"))));
}

void TestCliTicket::watchRefusesAnExtraArgument()
{
    // It once ignored the word and watched until interrupted.
    QProcess watch;
    watch.start(QStringLiteral(HOURGLASS_CLI_PATH), {"--database", m_url, "watch", "extra"});
    const bool finished = watch.waitForFinished(10000);
    if (!finished) {
        watch.kill();
        watch.waitForFinished();
    }
    QVERIFY2(finished, "watch extra is still watching");
    QCOMPARE(watch.exitCode(), 2);
    QCOMPARE(QString::fromUtf8(watch.readAllStandardError()),
             QStringLiteral("hourglass-cli: unexpected argument \"extra\"\n"));
}

void TestCliTicket::emptyValuesAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("problem");
    const QStringList create{"ticket",
                             "create",
                             "--customer",
                             "Blue Harbor Insurance",
                             "--title",
                             "Empty"};
    // An empty value was taken as not given: triage chose a severity, the default channel or
    // language was used, the default profile wrote.
    for (const char *option : {"severity", "channel", "language"}) {
        QTest::addRow("create --%s ''", option)
            << create + QStringList{QLatin1String("--") + QLatin1String(option), QString()}
            << QStringLiteral("hourglass-cli: --%1: must not be empty\n").arg(QLatin1String(option));
    }
    QTest::newRow("--user ''") << QStringList{"--user", ""} + create
                               << "hourglass-cli: --user: must not be empty\n";
    QTest::newRow("--user=") << QStringList{"--user="} + create
                             << "hourglass-cli: --user: must not be empty\n";
    QTest::newRow("update --title ''")
        << QStringList{"ticket", "update", "@", "--version", "1", "--title", ""}
        << "hourglass-cli: --title: must not be empty\n";
    QTest::newRow("update --status ''")
        << QStringList{"ticket", "update", "@", "--version", "1", "--status", ""}
        << "hourglass-cli: --status: must not be empty\n";
    QTest::newRow("update --version ''")
        << QStringList{"ticket", "update", "@", "--version", "", "--title", "x"}
        << "hourglass-cli: --version: must not be empty\n";
    QTest::newRow("event --text ''")
        << QStringList{"ticket", "event", "@", "--kind", "note", "--text", ""}
        << "hourglass-cli: --text: must not be empty\n";
    QTest::newRow("show --at ''") << QStringList{"ticket", "show", "@", "--at", ""}
                                  << "hourglass-cli: --at: must not be empty\n";
    // Named before Qt could print "QFSFileEngine::open: No file name specified".
    QTest::newRow("import tickets ''")
        << QStringList{"import", "tickets", ""}
        << "hourglass-cli: import tickets: the file name must not be empty\n";
    QTest::newRow("export tickets ''")
        << QStringList{"export", "tickets", ""}
        << "hourglass-cli: export tickets: the file name must not be empty\n";
    QTest::newRow("policy import ''")
        << QStringList{"policy", "import", ""}
        << "hourglass-cli: policy import: the file name must not be empty\n";
}

void TestCliTicket::emptyValuesAreRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, problem);
    arguments.replaceInStrings(QStringLiteral("@"), freshTicket());
    const QString policies = cli({"policy", "list"}).out;
    verifyRefusedUnchanged(arguments, problem);
    // The whole of stderr: that one line.
    QCOMPARE(cli(arguments).err, problem);
    QCOMPARE(cli({"policy", "list"}).out, policies);
}

void TestCliTicket::emptyAssigneeStillUnassigns()
{
    // The one option whose empty value means something (man page: "unassigns").
    const QString id = freshTicket();
    QCOMPARE(cli({"ticket", "update", id, "--version", "1", "--assignee", "mlefebvre"}).exitCode, 0);
    const Result unassigned = cli(
        {"--json", "ticket", "update", id, "--version", "2", "--assignee", ""});
    QVERIFY2(unassigned.exitCode == 0, qPrintable(unassigned.err));
    QCOMPARE(QJsonDocument::fromJson(unassigned.out.toUtf8()).object().value("assignee").toString(),
             QString());
}

void TestCliTicket::conversationAndSearch_data()
{
    test::addEngineRows();
}

void TestCliTicket::conversationAndSearch()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    const QString url = demoDatabase(engine, dir);
    const auto json = [](const Result &r) {
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    };
    const Result created = cliOn(url,
                                 {"--json",
                                  "ticket",
                                  "create",
                                  "--customer",
                                  "Blue Harbor Insurance",
                                  "--title",
                                  "Numériseur en panne",
                                  "--description",
                                  "Le numériseur du bureau refuse les PDF.\nDepuis lundi.",
                                  "--contact",
                                  "Chloé Martin",
                                  "--language",
                                  "fr"});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    const QString id = QString::number(json(created).value("id").toInteger());
    QCOMPARE(json(created).value("status").toString(), QStringLiteral("new"));

    // The first reply is the response that opens it; the next an update; internal, a note.
    Result r = cliOn(url, {"--json", "ticket", "reply", id, "--text", "Bonjour, nous regardons."});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(json(r).value("action").toString(), QStringLiteral("respond"));
    QCOMPARE(json(r).value("status").toString(), QStringLiteral("open"));
    r = cliOn(url, {"--json", "ticket", "reply", id, "--text", "Pilote mis à jour."});
    QCOMPARE(json(r).value("action").toString(), QStringLiteral("post-update"));
    r = cliOn(url, {"--json", "ticket", "reply", id, "--internal", "--text", "voir fournisseur"});
    QCOMPARE(json(r).value("action").toString(), QStringLiteral("note"));
    const int version = json(r).value("version").toInt();
    r = cliOn(url,
              {"ticket",
               "update",
               id,
               "--version",
               QString::number(version),
               "--status",
               "waiting-customer"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // The customer's message runs the paused clock again.
    r = cliOn(url, {"--json", "ticket", "customer-message", id, "--text", "Merci, ça marche."});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(json(r).value("status").toString(), QStringLiteral("open"));
    // A reply on a stale version that must write (none here) would conflict; a stale version
    // on an update is refused as ever.
    QCOMPARE(cliOn(url, {"ticket", "reply", id, "--version", "1", "--text", "x"}).exitCode, 0);

    const QJsonObject shown = json(cliOn(url, {"--json", "ticket", "show", id}));
    const QJsonArray thread = shown.value("thread").toArray();
    QStringList kinds;
    QStringList authors;
    for (const QJsonValue &m : thread) {
        kinds.append(m["kind"].toString());
        authors.append(m["author"].toString());
    }
    QCOMPARE(kinds, (QStringList{"description", "reply", "update", "note", "customer", "update"}));
    QCOMPARE(authors.at(0), QStringLiteral("Chloé Martin"));
    QCOMPARE(authors.at(4), QStringLiteral("Chloé Martin"));
    QVERIFY(!authors.at(1).isEmpty());
    QCOMPARE(thread.at(0)["text"].toString(),
             QStringLiteral("Le numériseur du bureau refuse les PDF.\nDepuis lundi."));
    const Result text = cliOn(url, {"ticket", "show", id});
    QVERIFY2(text.out.contains(QStringLiteral("  conversation:\n")), qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral("\n    Le numériseur du bureau refuse les PDF.\n    "
                                              "Depuis lundi.\n")),
             qPrintable(text.out));
    QVERIFY(text.out.contains(QStringLiteral("note  ")));
    QVERIFY(text.out.contains(QStringLiteral("(internal)")));

    // French plurals find the French ticket, highlighted; scopes filter.
    const Result found = cliOn(url, {"--json", "ticket", "search", "numériseurs", "PDF"});
    QVERIFY2(found.exitCode == 0, qPrintable(found.err));
    const QJsonObject first = QJsonDocument::fromJson(found.out.section(u'\n', 0, 0).toUtf8())
                                  .object();
    QCOMPARE(QString::number(first.value("id").toInteger()), id);
    QCOMPARE(first.value("message_kind").toString(), QStringLiteral("description"));
    const QJsonObject snippet = first.value("snippet").toObject();
    QVERIFY(!snippet.value("matches").toArray().isEmpty());
    const QJsonArray range = snippet.value("matches").toArray().first().toArray();
    QCOMPARE(snippet.value("text").toString().mid(range.at(0).toInt(), range.at(1).toInt()),
             QStringLiteral("numériseur"));
    const Result line = cliOn(url, {"ticket", "search", "numériseur"});
    QVERIFY2(line.out.startsWith(id + QStringLiteral("\topen\t[[Numériseur]] en panne\t")),
             qPrintable(line.out));
    QVERIFY(line.out.contains(QStringLiteral("[[numériseur]]")));
    QCOMPARE(cliOn(url, {"ticket", "search", "numériseur", "--scope", "resolved"}).out, QString());
    QVERIFY(cliOn(url, {"ticket", "search", "numériseur", "--scope", "open"}).out.startsWith(id));
    // Search syntax is only words; a bad scope or an empty search is bad usage.
    for (const char *odd : {"\"", "*", "OR", "NEAR(", "a:b", "'"}) {
        const Result odds = cliOn(url, {"ticket", "search", odd});
        QVERIFY2(odds.exitCode == 0, qPrintable(odd + (u' ' + odds.err)));
    }
    // A word the language leaves out ("the" in English) finds by the other reading or not at
    // all, quietly: the server's notice about it is not the user's business.
    const Result stopWord = cliOn(url, {"ticket", "search", "the"});
    QCOMPARE(stopWord.exitCode, 0);
    QVERIFY2(stopWord.err.isEmpty(), qPrintable(stopWord.err));
    QCOMPARE(cliOn(url, {"ticket", "search", "x", "--scope", "closed"}).exitCode, 2);
    QCOMPARE(cliOn(url, {"ticket", "search"}).exitCode, 2);
    QCOMPARE(cliOn(url, {"ticket", "reply", id}).exitCode, 2);
    const Result bell = cliOn(url, {"ticket", "reply", id, "--text", QStringLiteral("a\ab")});
    QCOMPARE(bell.exitCode, 2);
    QVERIFY2(bell.err.contains(QStringLiteral("text")), qPrintable(bell.err));
}

QTEST_GUILESS_MAIN(TestCliTicket)
#include "tst_cliticket.moc"
