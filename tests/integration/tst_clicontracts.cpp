// hourglass-cli customer, contract and expertise on the demo database, SQLite and PostgreSQL:
// the customer as JSON, an upgrade that re-targets open tickets and is billed next month, a
// downgrade request carried out, sessions beyond the balance refused until a pack or an
// overage is chosen, a reversal, the month as CSV and as a PDF statement in the customer's
// language; bad input refused with the option named and nothing written.
#include "storage/database.h"
#include "testenvironment.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace hourglass;

class TestCliContracts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateUserData(); }
    void contractsAndLedgerFromTheCommandLine_data() { test::addEngineRows(); }
    void contractsAndLedgerFromTheCommandLine();

private:
    test::ProcessResult cli(QStringList arguments) const;
    QJsonObject json(const QStringList &arguments) const;
    QString m_url;
    QTemporaryDir m_dir;
};

test::ProcessResult TestCliContracts::cli(QStringList arguments) const
{
    arguments = QStringList{QStringLiteral("--database"), m_url} + arguments;
    if (m_url.startsWith(QLatin1String("sqlite:")))
        arguments = QStringList{QStringLiteral("--user"), QStringLiteral("cdubois")} + arguments;
    return test::runProcess(QStringLiteral(HOURGLASS_CLI_PATH), arguments);
}

QJsonObject TestCliContracts::json(const QStringList &arguments) const
{
    const test::ProcessResult result = cli(arguments + QStringList{QStringLiteral("--json")});
    if (result.exitCode != 0)
        qWarning("%s", qPrintable(result.err));
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

void TestCliContracts::contractsAndLedgerFromTheCommandLine()
{
    QFETCH(QString, engine);
    m_url = engine == QLatin1String("sqlite")
                ? QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("contracts.sqlite"))
                : test::createPostgresDatabase();
    QVERIFY(!m_url.isEmpty());
    test::ProcessResult result = test::runProcess(QStringLiteral(HOURGLASS_CLI_PATH),
                                                  {"--database", m_url, "migrate"});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    result = test::runProcess(QStringLiteral(HOURGLASS_CLI_PATH), {"--database", m_url, "demo"});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    std::unique_ptr<Database> database = Database::open(DatabaseUrl::parse(m_url));
    const auto count = [&](const char *table) {
        return test::countRows(*database, QLatin1String(table));
    };
    QSqlQuery query(database->connection());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT c.id, c.name, c.time_zone FROM customers c JOIN contracts k ON k.customer_id = "
        "c.id WHERE k.policy_key = 'cloud-tiers' AND k.tier = 'silver' ORDER BY c.id LIMIT 1")));
    QVERIFY(query.next());
    const QString id = query.value(0).toString();
    const QString name = query.value(1).toString();
    const QString zone = query.value(2).toString();
    query.finish();

    // The customer as a script reads it.
    QJsonObject shown = json({"customer", "show", name});
    QCOMPARE(shown.value("customer").toInteger(), id.toLongLong());
    QCOMPARE(shown.value("contracts").toArray().size(), 1);
    QCOMPARE(shown.value("entitlements").toObject().value("tier").toString(),
             QStringLiteral("silver"));
    QCOMPARE(shown.value("entitlements").toObject().value("expertise_minutes_this_month").toInt(),
             120);
    QCOMPARE(shown.value("entitlements").toObject().value("most_urgent_resolution").toString(),
             QStringLiteral("8h"));
    result = cli({"customer", "list"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(name + QStringLiteral("\tcloud-tiers\tSilver")));

    // An upgrade: at once, billed from the first of next month in the customer's zone.
    const QJsonObject upgraded = json({"contract", "upgrade", id, "--tier", "gold"});
    QCOMPARE(upgraded.value("tier").toString(), QStringLiteral("gold"));
    const QDateTime effective = QDateTime::fromString(upgraded.value("effective_at").toString(),
                                                      Qt::ISODate);
    const QDate local = effective.toTimeZone(QTimeZone(zone.toUtf8())).date();
    QCOMPARE(upgraded.value("billed_from").toString(),
             QDate(local.year(), local.month(), 1).addMonths(1).toString(Qt::ISODate));
    QVERIFY(upgraded.value("tickets_retargeted").toInt() >= 1);
    // Going down is not an upgrade: refused by name, nothing written.
    const qint64 contracts = count("contracts");
    result = cli({"contract", "upgrade", id, "--tier", "bronze"});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("downgrade")), qPrintable(result.err));
    // A stale --version is refused.
    result = cli({"contract", "upgrade", id, "--tier", "gold", "--version", "1"});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(count("contracts"), contracts);
    // A downgrade is a request with its ticket, then carried out by support.
    const qint64 tickets = count("tickets");
    const QJsonObject request = json(
        {"contract", "downgrade", id, "--tier", "silver", "--reason", "Budget"});
    QCOMPARE(request.value("status").toString(), QStringLiteral("pending"));
    QCOMPARE(count("tickets"), tickets + 1);
    QCOMPARE(count("contracts"), contracts);
    const QJsonObject done = json(
        {"contract", "carry-out", QString::number(request.value("request").toInteger())});
    QCOMPARE(done.value("tier").toString(), QStringLiteral("silver"));
    QCOMPARE(count("contracts"), contracts + 1);

    // The ledger. The session is an hour ago, in the month it falls in for the customer.
    const QDateTime sessionAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const QString session = sessionAt.toString(Qt::ISODate);
    const QString month = sessionAt.toTimeZone(QTimeZone(zone.toUtf8())).toString("yyyy-MM");
    const QJsonObject before = json({"expertise", "balance", "--customer", id, "--month", month});
    const int left = before.value("left_minutes").toInt();
    const QString tooLong = QString::number(left + 60);
    const qint64 entries = count("expertise_entries");
    const QStringList log{"expertise",
                          "log",
                          "--customer",
                          id,
                          "--date",
                          session,
                          "--minutes",
                          tooLong,
                          "--kind",
                          "report-and-sizing",
                          "--notes",
                          "=SUM(A1)"};
    result = cli(log);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("overage")), qPrintable(result.err));
    QCOMPARE(count("expertise_entries"), entries);
    const QJsonObject logged = json(log + QStringList{"--beyond", "overage"});
    QCOMPARE(logged.value("minutes").toInt(), left + 60);
    QCOMPARE(logged.value("from_included").toInt(), left);
    QCOMPARE(logged.value("overage").toInt(), 60);
    const QJsonObject after = json({"expertise", "balance", "--customer", id, "--month", month});
    QCOMPARE(after.value("left_minutes").toInt(), 0);
    QCOMPARE(after.value("warning").toString(), QStringLiteral("100%"));
    QCOMPARE(after.value("overage_minutes").toInt(), before.value("overage_minutes").toInt() + 60);

    // A reversal gives it back; the CSV shows both lines, the formula kept as text.
    const QString entry = QString::number(logged.value("entry").toInteger());
    result = cli({"expertise", "reverse", entry, "--reason", "Wrong month"});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(json({"expertise", "balance", "--customer", id, "--month", month})
                 .value("left_minutes")
                 .toInt(),
             left);
    result = cli({"expertise", "ledger", "--customer", id, "--month", month, "--csv", "-"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith(QStringLiteral("entry,customer,date,session_at,coach,kind")));
    QVERIFY(result.out.contains(QStringLiteral("'=SUM(A1)")));
    QVERIFY(result.out.contains(QStringLiteral(",") + QString::number(-(left + 60)) + u','));

    // A pack, then the statement in the customer's language.
    result = cli({"expertise", "pack", "--customer", id, "--hours", "5", "--note", "PO-1"});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QString pdf = m_dir.filePath(QStringLiteral("statement-%1.pdf").arg(engine));
    result = cli({"expertise", "statement", "--customer", id, "--month", month, "--pdf", pdf});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const test::ProcessResult text = test::runProcess(QStringLiteral("pdftotext"),
                                                      {pdf, QStringLiteral("-")});
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY(text.out.contains(QStringLiteral("Hourglass")));
    QVERIFY(text.out.contains(name));
    QVERIFY2(text.out.contains(QStringLiteral("Relevé des heures d'expertise"))
                 || text.out.contains(QStringLiteral("Expertise hours statement")),
             qPrintable(text.out));

    // Bad input: named, and nothing written.
    const struct
    {
        QStringList arguments;
        const char *named;
    } bad[] = {
        {{"expertise", "balance", "--customer", id, "--month", "2026-13"}, "--month"},
        {{"expertise",
          "log",
          "--customer",
          id,
          "--date",
          session,
          "--minutes",
          "20",
          "--kind",
          "discovery"},
         "minutes"},
        {{"expertise", "log", "--customer", id, "--date", session, "--minutes", "15", "--kind", "nap"},
         "kind"},
        {{"expertise",
          "log",
          "--customer",
          id,
          "--date",
          "yesterday",
          "--minutes",
          "15",
          "--kind",
          "discovery"},
         "--date"},
        {{"expertise",
          "log",
          "--customer",
          "Nobody Ltd",
          "--date",
          session,
          "--minutes",
          "15",
          "--kind",
          "discovery"},
         "--customer"},
        {{"expertise",
          "log",
          "--customer",
          id,
          "--date",
          session,
          "--hours",
          "1,5",
          "--kind",
          "discovery"},
         "--hours"},
        {{"expertise",
          "log",
          "--customer",
          id,
          "--date",
          session,
          "--minutes",
          "15",
          "--kind",
          "discovery",
          "--beyond",
          "credit"},
         "--beyond"},
        {{"expertise", "pack", "--customer", id, "--minutes", "10"}, "hours"},
        {{"contract", "upgrade", id, "--tier", "platinum"}, "tier"},
    };
    const qint64 rows = count("expertise_entries") + count("expertise_packs") + count("contracts");
    for (const auto &b : bad) {
        result = cli(b.arguments);
        QVERIFY2(result.exitCode == 2, qPrintable(b.arguments.join(u' ') + result.err));
        QVERIFY2(result.err.contains(QLatin1String(b.named)), qPrintable(result.err));
    }
    QCOMPARE(count("expertise_entries") + count("expertise_packs") + count("contracts"), rows);
}

QTEST_GUILESS_MAIN(TestCliContracts)
#include "tst_clicontracts.moc"
