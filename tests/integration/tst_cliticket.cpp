// hourglass-cli on a shared database: tickets from scripts, conflicts, CSV in and out, watch.
#include "testenvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliTicket : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createUpdateAndConflict();
    void exportImportsAgain();
    void malformedImportChangesNothing();
    void watchPrintsChangesOfOthers();

private:
    using Result = hourglass::test::ProcessResult;
    Result cli(QStringList arguments);
    QTemporaryDir m_dir;
    QString m_url;
};

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
    QCOMPARE(cli({"migrate", "--json"}).out.contains(QStringLiteral("\"schema_version\":2")), true);
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

QTEST_GUILESS_MAIN(TestCliTicket)
#include "tst_cliticket.moc"
