// hourglass-cli oncall on SQLite and PostgreSQL: a rotation created, who is on call on both
// sides of a handoff across the spring change, an override recorded after the fact (the past
// as it stood then, and as corrected), shifts, an .ics export, lint, stale edits refused, and
// bad input refused with a message naming the option and nothing changed.
#include "storage/database.h"
#include "testenvironment.h"
#include "time/instant.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hourglass;

class TestCliOnCall : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateUserData(); }
    void rotationFromTheCommandLine_data() { test::addEngineRows(); }
    void rotationFromTheCommandLine();

private:
    test::ProcessResult cli(QStringList arguments) const;
    QJsonObject json(const QStringList &arguments) const;
    QString m_url;
    QTemporaryDir m_dir;
};

test::ProcessResult TestCliOnCall::cli(QStringList arguments) const
{
    arguments = QStringList{QStringLiteral("--database"), m_url} + arguments;
    if (m_url.startsWith(QLatin1String("sqlite:")))
        arguments = QStringList{QStringLiteral("--user"), QStringLiteral("ann")} + arguments;
    return test::runProcess(QStringLiteral(HOURGLASS_CLI_PATH), arguments);
}

QJsonObject TestCliOnCall::json(const QStringList &arguments) const
{
    const test::ProcessResult result = cli(arguments + QStringList{QStringLiteral("--json")});
    if (result.exitCode != 0)
        qWarning("%s", qPrintable(result.err));
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

void TestCliOnCall::rotationFromTheCommandLine()
{
    QFETCH(QString, engine);
    m_url = engine == QLatin1String("sqlite")
                ? QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("oncall.sqlite"))
                : test::createPostgresDatabase();
    QVERIFY(!m_url.isEmpty());
    const test::ProcessResult migrated = test::runProcess(QStringLiteral(HOURGLASS_CLI_PATH),
                                                          {"--database", m_url, "migrate"});
    QVERIFY2(migrated.exitCode == 0, qPrintable(migrated.err));
    std::unique_ptr<Database> database = Database::open(DatabaseUrl::parse(m_url));
    for (const char *login : {"ann", "bob", "cat", "dan", "eve"}) {
        QSqlQuery insert(database->connection());
        insert.prepare(QStringLiteral("INSERT INTO users (login, display_name, role, languages, "
                                      "time_zone, email, phone) VALUES (?, ?, 'agent', 'en', "
                                      "'UTC', '', '') ON CONFLICT (login) DO NOTHING"));
        insert.addBindValue(QString::fromLatin1(login));
        insert.addBindValue(QStringLiteral("%1 Smith").arg(QString::fromLatin1(login).toUpper()));
        QVERIFY(insert.exec());
    }

    test::ProcessResult result = cli({"oncall",
                                      "create",
                                      "--name",
                                      "Desk",
                                      "--zone",
                                      "America/Toronto",
                                      "--first-handoff",
                                      "2026-03-02",
                                      "--people",
                                      "ann,bob,cat,dan,eve",
                                      "--level2",
                                      "dan"});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.out.contains(QStringLiteral("weekly from 2026-03-02 at 09:00 America/Toronto")));

    // Monday 2026-03-09 09:00 EDT, the day after the clocks went forward, is 13:00 UTC.
    QJsonObject who = json({"oncall", "who", "--at", "2026-03-09T12:59:59Z"});
    QCOMPARE(who.value("prime").toString(), QStringLiteral("ann"));
    QCOMPARE(who.value("secondaries").toArray(), QJsonArray({"bob", "cat", "dan", "eve"}));
    QCOMPARE(who.value("level2").toArray(), QJsonArray({"dan"}));
    QCOMPARE(who.value("period_start").toString(), QStringLiteral("2026-03-02T14:00:00Z"));
    QCOMPARE(who.value("period_end").toString(), QStringLiteral("2026-03-09T13:00:00Z"));
    who = json({"oncall", "who", "--at", "2026-03-09T13:00:00Z", "--rotation", "Desk"});
    QCOMPARE(who.value("prime").toString(), QStringLiteral("bob"));
    result = cli({"oncall", "who", "--at", "2026-03-09T13:00:00Z"});
    QCOMPARE(result.out.section(u'\n', 0, 0), QStringLiteral("prime\tBOB Smith (bob)"));

    // An override recorded now for Tuesday 2026-03-10. Whatever today's date is, the schedule as
    // it stood before the recording says bob and as corrected says eve; asked without
    // --as-known-at, the answer is the schedule as known at the instant asked about.
    const QJsonObject added = json({"oncall",
                                    "override",
                                    "add",
                                    "--for",
                                    "bob",
                                    "--cover",
                                    "eve",
                                    "--from",
                                    "2026-03-10T00:00:00Z",
                                    "--to",
                                    "2026-03-11T00:00:00Z",
                                    "--note",
                                    "swap"});
    QVERIFY(added.value("id").toInt() > 0);
    QCOMPARE(added.value("version").toInt(), 1);
    const std::optional<Instant> recordedAt = parseInstant(added.value("recorded_at").toString());
    QVERIFY(recordedAt);
    const Instant recorded = *recordedAt;
    const auto primeAt = [&](const char *at, const QString &knownAt) {
        QStringList arguments{"oncall", "who", "--at", QString::fromLatin1(at)};
        if (!knownAt.isEmpty())
            arguments << QStringLiteral("--as-known-at") << knownAt;
        return json(arguments).value("prime").toString();
    };
    QCOMPARE(primeAt("2026-03-10T12:00:00Z", formatInstant(recorded - Seconds{1})),
             QStringLiteral("bob"));
    QCOMPARE(primeAt("2026-03-10T12:00:00Z", formatInstant(recorded)), QStringLiteral("eve"));
    QCOMPARE(primeAt("2026-03-10T12:00:00Z", QStringLiteral("2100-01-01T00:00:00Z")),
             QStringLiteral("eve"));
    QCOMPARE(primeAt("2026-03-10T12:00:00Z", QString()),
             recorded <= test::at("2026-03-10T12:00:00Z") ? QStringLiteral("eve")
                                                          : QStringLiteral("bob"));

    result = cli({"oncall",
                  "shifts",
                  "--from",
                  "2026-03-02T00:00:00Z",
                  "--to",
                  "2026-03-09T13:00:00Z",
                  "--person",
                  "ann"});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.out.trimmed(),
             QStringLiteral("2026-03-02T14:00:00Z\t2026-03-09T13:00:00Z\t167 h\tprime\tANN Smith "
                            "(ann)"));

    const QString ics = m_dir.filePath(QStringLiteral("eve-%1.ics").arg(engine));
    result = cli({"oncall",
                  "export-ics",
                  ics,
                  "--person",
                  "eve",
                  "--from",
                  "2026-03-02",
                  "--to",
                  "2026-03-29"});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QFile file(ics);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray calendar = file.readAll();
    QVERIFY(calendar.contains("BEGIN:VTIMEZONE"));
    QVERIFY(calendar.contains("TZID:America/Toronto"));
    QVERIFY(calendar.contains("DTSTART;TZID=America/Toronto:20260302T090000"));
    QVERIFY(calendar.contains("DTEND;TZID=America/Toronto:20260309T090000"));

    result = cli({"oncall", "lint", "--json"});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    for (const QString &line : result.out.split(u'\n', Qt::SkipEmptyParts))
        QVERIFY(!QJsonDocument::fromJson(line.toUtf8()).object().value("kind").toString().isEmpty());

    // Edits are versioned: the first edit wins, a second one from version 1 is a conflict.
    result = cli({"oncall", "edit", "--rotation", "Desk", "--version", "1", "--secondaries", "2"});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    result = cli({"oncall", "edit", "--rotation", "Desk", "--version", "1", "--secondaries", "3"});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains(QStringLiteral("version 2")), qPrintable(result.err));
    QCOMPARE(test::countRows(*database, QStringLiteral("oncall_revisions")), 2);

    // Bad input: refused with the option named, nothing written.
    const qint64 overrides = test::countRows(*database, QStringLiteral("oncall_overrides"));
    struct Refusal
    {
        QStringList arguments;
        QString named;
    };
    const QList<Refusal> refusals{
        {{"oncall", "who", "--at", "2026-03-09"}, "--at"},
        {{"oncall", "who", "--at", "2026-03-09T12:00:00Z", "--rotation", "Nope"}, "Nope"},
        {{"oncall",
          "override",
          "add",
          "--for",
          "nobody",
          "--cover",
          "eve",
          "--from",
          "2026-03-10T00:00:00Z",
          "--to",
          "2026-03-11T00:00:00Z"},
         "nobody"},
        {{"oncall",
          "override",
          "add",
          "--for",
          "bob",
          "--cover",
          "eve",
          "--from",
          "2026-03-11T00:00:00Z",
          "--to",
          "2026-03-10T00:00:00Z"},
         "ends before it starts"},
        {{"oncall",
          "create",
          "--name",
          "Other",
          "--zone",
          "Mars/Olympus",
          "--first-handoff",
          "2026-03-02",
          "--people",
          "ann"},
         "zone"},
        {{"oncall",
          "create",
          "--name",
          "Other",
          "--zone",
          "UTC",
          "--first-handoff",
          "2026-02-30",
          "--people",
          "ann"},
         "--first-handoff"},
        {{"oncall", "shifts", "--from", "2026-03-10", "--to", "2026-03-01"}, "--to"},
        {{"oncall", "frobnicate"}, "frobnicate"},
    };
    for (const Refusal &refusal : refusals) {
        result = cli(refusal.arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(refusal.named), qPrintable(result.err));
    }
    QCOMPARE(test::countRows(*database, QStringLiteral("oncall_overrides")), overrides);
    QCOMPARE(test::countRows(*database, QStringLiteral("oncall_rotations")), 1);

    // Withdrawn at its version, once.
    const QString id = QString::number(added.value("id").toInt());
    QCOMPARE(cli({"oncall", "override", "withdraw", id, "--version", "1"}).exitCode, 0);
    QCOMPARE(cli({"oncall", "override", "withdraw", id, "--version", "1"}).exitCode, 3);
    QCOMPARE(json({"oncall",
                   "who",
                   "--at",
                   "2026-03-10T12:00:00Z",
                   "--as-known-at",
                   "2100-01-01T00:00:00Z"})
                 .value("prime")
                 .toString(),
             QStringLiteral("bob"));
}

QTEST_GUILESS_MAIN(TestCliOnCall)
#include "tst_clioncall.moc"
