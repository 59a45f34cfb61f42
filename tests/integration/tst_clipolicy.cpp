// hourglass-cli policy on a new team database, SQLite and PostgreSQL: migrated, it holds the
// presets, so customers import at once; a policy file imports as a new version, moving the open
// tickets' clocks onto it, and a malformed, changed or duplicate file is refused or changes
// nothing.
#include "testenvironment.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hourglass;

class TestCliPolicy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateUserData(); }
    void newDatabaseTakesCustomersAndPolicyFiles_data() { test::addEngineRows(); }
    void newDatabaseTakesCustomersAndPolicyFiles();

private:
    test::ProcessResult cli(QStringList arguments) const;
    QString write(const QString &name, const QByteArray &bytes) const;
    QString m_url;
    QTemporaryDir m_dir;
};

namespace {

QByteArray resource(const QString &path)
{
    QFile file(QStringLiteral(HOURGLASS_RESOURCES "/") + path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

// netmon-v2 as `version`, named `name`, its severity-2 first response due within one hour.
QByteArray netmon(int version, const QString &name)
{
    QJsonObject root = QJsonDocument::fromJson(resource(QStringLiteral("policies/netmon-v2.json")))
                           .object();
    root.insert(QStringLiteral("version"), version);
    root.insert(QStringLiteral("name"), name);
    QJsonArray targets = root.value(QStringLiteral("targets")).toArray();
    for (qsizetype i = 0; i < targets.size(); ++i) {
        QJsonObject target = targets.at(i).toObject();
        if (target.value(QStringLiteral("metric")) == QStringLiteral("initial-response")
            && target.value(QStringLiteral("severity")) == QStringLiteral("sev2"))
            target.insert(QStringLiteral("within"), QStringLiteral("1h"));
        targets.replace(i, target);
    }
    root.insert(QStringLiteral("targets"), targets);
    return QJsonDocument(root).toJson();
}

// netmon-v2 as version 4 without its second severity, which an open ticket has.
QByteArray netmonWithoutSev2()
{
    QJsonObject root = QJsonDocument::fromJson(resource(QStringLiteral("policies/netmon-v2.json")))
                           .object();
    root.insert(QStringLiteral("version"), 4);
    for (const char *list : {"severities", "targets"}) {
        QJsonArray kept;
        for (const QJsonValue &item : root.value(QLatin1String(list)).toArray()) {
            const QString severity = item[QStringLiteral("id")].toString()
                                     + item[QStringLiteral("severity")].toString();
            if (severity != QLatin1String("sev2"))
                kept.append(item);
        }
        root.insert(QLatin1String(list), kept);
    }
    return QJsonDocument(root).toJson();
}

// The ticket's initial-response due time and the kind of its latest event, from ticket show.
std::pair<QDateTime, QString> dueAndLatest(const QString &json)
{
    const QJsonObject ticket = QJsonDocument::fromJson(json.toUtf8()).object();
    QDateTime due;
    for (const QJsonValue &clock : ticket.value(QStringLiteral("sla")).toArray()) {
        if (clock[QStringLiteral("metric")].toString() == QLatin1String("initial-response"))
            due = QDateTime::fromString(clock[QStringLiteral("due")].toString(), Qt::ISODate);
    }
    const QJsonArray events = ticket.value(QStringLiteral("events")).toArray();
    return {due, events.isEmpty() ? QString() : events.last()[QStringLiteral("kind")].toString()};
}

} // namespace

test::ProcessResult TestCliPolicy::cli(QStringList arguments) const
{
    arguments = QStringList{QStringLiteral("--database"), m_url} + arguments;
    if (m_url.startsWith(QLatin1String("sqlite:")))
        arguments = QStringList{QStringLiteral("--user"), QStringLiteral("jokafor")} + arguments;
    return test::runProcess(QStringLiteral(HOURGLASS_CLI_PATH), arguments);
}

QString TestCliPolicy::write(const QString &name, const QByteArray &bytes) const
{
    return test::writeFile(m_dir, name, bytes);
}

void TestCliPolicy::newDatabaseTakesCustomersAndPolicyFiles()
{
    QFETCH(QString, engine);
    m_url = engine == QLatin1String("sqlite")
                ? QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("team.sqlite"))
                : test::createPostgresDatabase();
    QVERIFY(!m_url.isEmpty());
    const test::ProcessResult migrated = test::runProcess(QStringLiteral(HOURGLASS_CLI_PATH),
                                                          {"--database", m_url, "migrate"});
    QVERIFY2(migrated.exitCode == 0, qPrintable(migrated.err));

    // The presets are there, newest versions first by id.
    const test::ProcessResult listed = cli({"policy", "list"});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    QStringList ids;
    for (const QString &line : listed.out.split(u'\n', Qt::SkipEmptyParts))
        ids.append(line.section(u'\t', 0, 1));
    QCOMPARE(ids,
             QStringList({"afterhours-desk\tv1",
                          "cloud-tiers\tv1",
                          "helpdesk-matrix\tv1",
                          "netmon-v2\tv1",
                          "provisioning-terms\tv1"}));
    const test::ProcessResult json = cli({"--json", "policy", "list"});
    QCOMPARE(json.out.count(u'\n'), 5);
    QCOMPARE(QJsonDocument::fromJson(json.out.section(u'\n', 0, 0).toUtf8())
                 .object()
                 .value(QStringLiteral("id"))
                 .toString(),
             QStringLiteral("afterhours-desk"));

    // So customers of any preset import on a new database.
    const QString customers = write(QStringLiteral("customers.csv"),
                                    "name,policy,tier\n"
                                    "Night Owls,afterhours-desk,standard\n"
                                    "Acme Networks,netmon-v2,standard\n");
    const test::ProcessResult imported = cli({"import", "customers", customers});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const test::ProcessResult created = cli({"ticket",
                                             "create",
                                             "--customer",
                                             "Acme Networks",
                                             "--title",
                                             "Probes offline",
                                             "--severity",
                                             "sev2"});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    const QString ticket = created.out.trimmed();
    const auto [dueBefore, latestBefore] = dueAndLatest(
        cli({"--json", "ticket", "show", ticket}).out);
    QVERIFY(dueBefore.isValid());
    QCOMPARE(latestBefore, QStringLiteral("created"));

    // A malformed file is refused whole, naming its JSON path; nothing is written.
    QByteArray broken = netmon(3, QStringLiteral("Broken"));
    broken.replace("\"calendar\": \"support-hours\"", "\"calendar\": \"nowhere\"");
    const QString brokenFile = write(QStringLiteral("broken.json"), broken);
    const test::ProcessResult refused = cli({"policy", "import", brokenFile});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(brokenFile) && refused.err.contains(QStringLiteral("$.targets["))
                 && refused.err.contains(QStringLiteral("unknown calendar \"nowhere\"")),
             qPrintable(refused.err));
    QCOMPARE(cli({"policy", "list"}).out, listed.out);

    // A newer version is stored as a row of its own, and the open ticket's clock moves onto
    // it: the same start, a shorter target.
    const QByteArray version3 = netmon(3, QStringLiteral("Network monitoring, faster response"));
    const QString file = write(QStringLiteral("netmon-v3.json"), version3);
    const test::ProcessResult stored = cli({"--json", "policy", "import", file});
    QVERIFY2(stored.exitCode == 0, qPrintable(stored.err));
    const QJsonObject answer = QJsonDocument::fromJson(stored.out.toUtf8()).object();
    QCOMPARE(answer.value(QStringLiteral("stored")).toBool(), true);
    QCOMPARE(answer.value(QStringLiteral("version")).toInt(), 3);
    QCOMPARE(answer.value(QStringLiteral("tickets_moved")).toInt(), 1);
    const auto [dueAfter, latestAfter] = dueAndLatest(cli({"--json", "ticket", "show", ticket}).out);
    QCOMPARE(latestAfter, QStringLiteral("policy-changed"));
    QVERIFY(dueAfter.isValid());
    QVERIFY2(dueAfter < dueBefore,
             qPrintable(dueAfter.toString(Qt::ISODate) + u" " + dueBefore.toString(Qt::ISODate)));
    QVERIFY(
        cli({"policy", "list"})
            .out.contains(QStringLiteral("netmon-v2\tv3\tNetwork monitoring, faster response\n")));
    QCOMPARE(cli({"policy", "show", "netmon-v2"}).out.toUtf8(), version3);
    QCOMPARE(cli({"policy", "show", "netmon-v2", "--version", "1"}).out.toUtf8(),
             resource(QStringLiteral("policies/netmon-v2.json")));
    QCOMPARE(cli({"policy", "show", "netmon-v2", "--version", "2"}).exitCode, 2);
    QCOMPARE(cli({"policy", "show", "no-such-policy"}).exitCode, 2);

    // The same file again changes nothing; the same version changed is refused.
    const test::ProcessResult again = cli({"policy", "import", file});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY2(again.out.contains(QStringLiteral("stored: false")), qPrintable(again.out));
    QVERIFY(again.out.contains(QStringLiteral("tickets_moved: 0")));
    const QString changed = write(QStringLiteral("changed.json"),
                                  netmon(3, QStringLiteral("Another document")));
    const test::ProcessResult duplicate = cli({"policy", "import", changed});
    QCOMPARE(duplicate.exitCode, 2);
    QVERIFY2(duplicate.err.contains(QStringLiteral("already stored with another document")),
             qPrintable(duplicate.err));
    QCOMPARE(cli({"policy", "show", "netmon-v2"}).out.toUtf8(), version3);

    // A version that lacks the open ticket's severity is refused whole: not stored, no ticket
    // moved.
    const QString lacking = write(QStringLiteral("netmon-v4.json"), netmonWithoutSev2());
    const test::ProcessResult unfit = cli({"policy", "import", lacking});
    QCOMPARE(unfit.exitCode, 2);
    QVERIFY2(unfit.err.contains(QStringLiteral("open ticket %1").arg(ticket)),
             qPrintable(unfit.err));
    QCOMPARE(cli({"policy", "show", "netmon-v2", "--version", "4"}).exitCode, 2);
    const auto [dueLast, latestLast] = dueAndLatest(cli({"--json", "ticket", "show", ticket}).out);
    QCOMPARE(dueLast, dueAfter);
    QCOMPARE(latestLast, QStringLiteral("policy-changed"));
}

QTEST_GUILESS_MAIN(TestCliPolicy)
#include "tst_clipolicy.moc"
