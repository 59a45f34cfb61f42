// hourglass-cli desk on the demo database, SQLite and PostgreSQL: a call taken down, an urgent
// one's escalation run scripted from intake to outcome, a second claim refused naming the
// owner, and bad input refused with the option named and nothing written.
#include "storage/database.h"
#include "testenvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hourglass;

class TestCliDesk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateUserData(); }
    void escalationFromTheCommandLine_data() { test::addEngineRows(); }
    void escalationFromTheCommandLine();

private:
    test::ProcessResult cli(QStringList arguments) const;
    QJsonObject json(const QStringList &arguments) const;
    QString m_url;
    QTemporaryDir m_dir;
};

test::ProcessResult TestCliDesk::cli(QStringList arguments) const
{
    arguments = QStringList{QStringLiteral("--database"), m_url} + arguments;
    if (m_url.startsWith(QLatin1String("sqlite:")))
        arguments = QStringList{QStringLiteral("--user"), QStringLiteral("jokafor")} + arguments;
    return test::runProcess(QStringLiteral(HOURGLASS_CLI_PATH), arguments);
}

QJsonObject TestCliDesk::json(const QStringList &arguments) const
{
    const test::ProcessResult result = cli(arguments + QStringList{QStringLiteral("--json")});
    if (result.exitCode != 0)
        qWarning("%s", qPrintable(result.err));
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

void TestCliDesk::escalationFromTheCommandLine()
{
    QFETCH(QString, engine);
    m_url = engine == QLatin1String("sqlite")
                ? QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("desk.sqlite"))
                : test::createPostgresDatabase();
    QVERIFY(!m_url.isEmpty());
    test::ProcessResult result = test::runProcess(QStringLiteral(HOURGLASS_CLI_PATH),
                                                  {"--database", m_url, "migrate"});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    result = test::runProcess(QStringLiteral(HOURGLASS_CLI_PATH), {"--database", m_url, "demo"});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    std::unique_ptr<Database> database = Database::open(DatabaseUrl::parse(m_url));
    QSqlQuery query(database->connection());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT c.name FROM customers c JOIN contracts k ON k.customer_id = c.id WHERE "
        "k.policy_key = 'afterhours-desk' ORDER BY c.id LIMIT 1")));
    QVERIFY(query.next());
    const QString customer = query.value(0).toString();
    const QStringList call{"desk",
                           "intake",
                           "--customer",
                           customer,
                           "--caller",
                           "Marie Tremblay",
                           "--callback",
                           "+1 613 555 0199",
                           "--description",
                           "Every VM of the Ottawa cluster is down"};

    // Not urgent: a ticket for the next working day, no run.
    const qint64 runsBefore = test::countRows(*database, QStringLiteral("escalation_runs"));
    QJsonObject out = json(call + QStringList{"--urgency", "not-urgent"});
    QVERIFY(out.value("ticket").toInteger() > 0);
    QCOMPARE(out.value("severity").toString(), QStringLiteral("not-urgent"));
    QCOMPARE(test::countRows(*database, QStringLiteral("escalation_runs")), runsBefore);

    // Critical: a run calling the prime.
    out = json(call + QStringList{"--urgency", "critical", "--timeout", "15"});
    const qint64 run = out.value("run").toInteger();
    QVERIFY(run > 0);
    const QString id = QString::number(run);
    const QJsonArray contacts = out.value("contacts").toArray();
    QCOMPARE(contacts.size(), 5);
    QCOMPARE(contacts.at(0).toObject().value("timeout_seconds").toInt(), 900);
    const QString prime = contacts.at(0).toObject().value("login").toString();
    const QString first = contacts.at(1).toObject().value("login").toString();
    const QString second = contacts.at(2).toObject().value("login").toString();
    QCOMPARE(out.value("calling").toString(), prime);
    QCOMPARE(out.value("step").toInt(), 0);
    const qint64 ticket = out.value("ticket").toInteger();

    // No answer: the first secondary at once.
    out = json({"desk", "attempt", id, "--outcome", "no-answer"});
    QCOMPARE(out.value("calling").toString(), first);
    QCOMPARE(out.value("step").toInt(), 1);
    QCOMPARE(out.value("version").toInt(), 2);
    // A change on a stale version is a conflict.
    result = cli({"desk", "attempt", id, "--outcome", "acknowledged", "--version", "1"});
    QCOMPARE(result.exitCode, 3);
    out = json({"desk", "attempt", id, "--outcome", "acknowledged", "--note", "on it"});
    QCOMPARE(out.value("owner").toString(), first);
    // A second claim names the owner.
    result = cli({"desk", "attempt", id, "--outcome", "acknowledged", "--contact", second});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains(first), qPrintable(result.err));
    result = cli({"desk", "show", id});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(QStringLiteral("owner\t")), qPrintable(result.out));

    out = json({"desk", "page", id, "--level", "2"});
    bool paged = false;
    for (const QJsonValue &line : out.value("attempts").toArray())
        paged = paged || line.toObject().value("outcome").toString() == QLatin1String("paged");
    QVERIFY(paged);
    out = json({"desk", "resolve", id, "--outcome", "rolled-back", "--note", "back to 4.2"});
    QCOMPARE(out.value("outcome").toString(), QStringLiteral("rolled-back"));
    QCOMPARE(out.value("outcome_note").toString(), QStringLiteral("back to 4.2"));
    result = cli({"desk", "runs"});
    QVERIFY(!result.out.contains(id + QLatin1Char('\t')));
    result = cli({"desk", "runs", "--all"});
    QVERIFY2(result.out.contains(id + QLatin1Char('\t')), qPrintable(result.out));
    // The ticket is the owner's, with the run's steps as notes.
    QVERIFY(query.exec(QStringLiteral("SELECT u.login FROM tickets t JOIN users u ON u.id = "
                                      "t.assignee_id WHERE t.id = %1")
                           .arg(ticket)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), first);

    // Nothing set up: nothing to send.
    result = cli({"desk", "notify", "--wait", "5"});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.out.trimmed().isEmpty());

    // Bad input: refused with the option named, nothing written.
    const qint64 tickets = test::countRows(*database, QStringLiteral("tickets"));
    const qint64 runs = test::countRows(*database, QStringLiteral("escalation_runs"));
    const qint64 attempts = test::countRows(*database, QStringLiteral("escalation_attempts"));
    struct Refusal
    {
        QStringList arguments;
        QString named;
    };
    const QList<Refusal> refusals{
        {call + QStringList{"--urgency", "panic"}, "urgency"},
        {call + QStringList{"--urgency", "urgent", "--timeout", "0"}, "--timeout"},
        {call + QStringList{"--urgency", "urgent", "--rotation", "Nope"}, "Nope"},
        {{"desk",
          "intake",
          "--customer",
          customer,
          "--caller",
          "x",
          "--urgency",
          "urgent",
          "--description",
          "y"},
         "--callback"},
        {{"desk", "attempt", id, "--outcome", "maybe"}, "--outcome"},
        {{"desk", "attempt", "zero", "--outcome", "no-answer"}, "zero"},
        {{"desk", "page", id, "--level", "4"}, "--level"},
        {{"desk", "resolve", id, "--outcome", "fixed"}, "ended"},
        {{"desk", "fly"}, "fly"},
    };
    for (const Refusal &refusal : refusals) {
        result = cli(refusal.arguments);
        QVERIFY2(result.exitCode == 2 || result.exitCode == 1,
                 qPrintable(refusal.arguments.join(u' ')));
        QVERIFY2(result.err.contains(refusal.named), qPrintable(result.err));
    }
    QCOMPARE(test::countRows(*database, QStringLiteral("tickets")), tickets);
    QCOMPARE(test::countRows(*database, QStringLiteral("escalation_runs")), runs);
    QCOMPARE(test::countRows(*database, QStringLiteral("escalation_attempts")), attempts);
}

QTEST_GUILESS_MAIN(TestCliDesk)
#include "tst_clidesk.moc"
