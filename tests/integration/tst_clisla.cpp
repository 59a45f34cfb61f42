// hourglass-cli calendar and sla commands end to end: answers, batch files, bad input.
#include "testenvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliSla : public QObject
{
    Q_OBJECT

private slots:
    void calendarAddAndBetween();
    void batchAnswersEveryLine();
    void batchRefusesWholeFileAtFirstBadLine();
    void calendarFileErrorsNameThePlace();
    void slaExplainWhatIf();
    void slaExplainTicketFile();
    void calendarRefusesExtremeValues_data();
    void calendarRefusesExtremeValues();
    void batchRefusesExtremeValues();
    void slaExplainRefusesExtremeInstants();
    void slaExplainTicketFileRefusesUnknownValues_data();
    void slaExplainTicketFileRefusesUnknownValues();
    void batchRefusesOddBytes_data();
    void batchRefusesOddBytes();
    void longValuesAreQuotedShort();
    void argumentsAreStrict_data();
    void argumentsAreStrict();
    void endlessStandardInputIsRefused();
    void largeFilesUnderTheLimitAreRead();

private:
    using Result = hourglass::test::ProcessResult;
    static Result cli(const QStringList &arguments);
    // Refused as bad input: exit 2, nothing printed, one line naming the place, no NUL byte.
    static void verifyRefused(const Result &r, const QString &place, const QString &problem);
    QString writeFile(const char *name, const QByteArray &bytes);
    static QString calendar(const char *name)
    {
        return QStringLiteral(HOURGLASS_RESOURCES "/calendars/") + QString::fromLatin1(name);
    }
    QTemporaryDir m_dir;
};

TestCliSla::Result TestCliSla::cli(const QStringList &arguments)
{
    return hourglass::test::runProcess(QStringLiteral(HOURGLASS_CLI_PATH), arguments);
}

void TestCliSla::calendarAddAndBetween()
{
    // The issue's own example: Severity 2 opened Friday 20:00 EST is due Monday 06:00 EDT.
    Result r = cli({"calendar",
                    "add",
                    "--calendar",
                    calendar("netmon-support-hours.json"),
                    "--from",
                    "2026-03-06T20:00:00-05:00",
                    "--seconds",
                    "14400"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("2026-03-09T10:00:00Z\n"));
    r = cli({"calendar",
             "between",
             "--calendar",
             calendar("netmon-support-hours.json"),
             "--from",
             "2026-03-06T20:00:00-05:00",
             "--to",
             "2026-03-09T10:00:00Z"});
    QCOMPARE(r.out, QStringLiteral("14400\n"));
    r = cli({"--json",
             "calendar",
             "add",
             "--calendar",
             calendar("24x7.json"),
             "--from",
             "2026-03-09T13:30:00Z",
             "--seconds",
             "60"});
    const QJsonObject object = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(object.value("due").toString(), QStringLiteral("2026-03-09T13:31:00Z"));
}

void TestCliSla::batchAnswersEveryLine()
{
    QFile add(m_dir.filePath("add.txt"));
    QVERIFY(add.open(QIODevice::WriteOnly));
    add.write(
        "2026-03-06T20:00:00-05:00 14400\n2026-03-07T12:00:00Z 3600\n2026-03-09T10:00:00Z -3600\n");
    add.close();
    Result r = cli({"calendar",
                    "add",
                    "--calendar",
                    calendar("netmon-support-hours.json"),
                    "--batch",
                    add.fileName()});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out,
             QStringLiteral("2026-03-09T10:00:00Z\n2026-03-09T09:00:00Z\n2026-03-09T09:00:00Z\n"));
    QFile between(m_dir.filePath("between.txt"));
    QVERIFY(between.open(QIODevice::WriteOnly));
    between.write(
        "2026-03-09T08:00:00Z 2026-03-10T08:00:00Z\n2026-03-10T08:00:00Z 2026-03-09T08:00:00Z\n");
    between.close();
    r = cli({"calendar",
             "between",
             "--calendar",
             calendar("netmon-support-hours.json"),
             "--batch",
             between.fileName()});
    QCOMPARE(r.out, QStringLiteral("64800\n-64800\n"));
}

void TestCliSla::batchRefusesWholeFileAtFirstBadLine()
{
    QFile file(m_dir.filePath("bad.txt"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("2026-03-06T20:00:00Z 60\n2026-03-06T20:00:00Z sixty\n2026-03-06T20:00:00Z 60\n");
    file.close();
    const Result r = cli(
        {"calendar", "add", "--calendar", calendar("24x7.json"), "--batch", file.fileName()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(file.fileName() + QStringLiteral(": line 2: ")), qPrintable(r.err));
}

void TestCliSla::calendarFileErrorsNameThePlace()
{
    QFile file(m_dir.filePath("typo.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        R"({"format": "hourglass-calendar/1", "id": "x", "zone": "America/New_Yrok", "week": {"mon": ["09:00-17:00"]}})");
    file.close();
    const Result r = cli({"calendar",
                          "add",
                          "--calendar",
                          file.fileName(),
                          "--from",
                          "2026-03-06T20:00:00Z",
                          "--seconds",
                          "60"});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.count(u'\n'), 1);
    QVERIFY2(r.err.contains(file.fileName() + QStringLiteral(": $.zone: unknown time zone")),
             qPrintable(r.err));
    const Result missing = cli(
        {"calendar", "add", "--calendar", calendar("24x7.json"), "--seconds", "60"});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(QStringLiteral("--from")));
}

void TestCliSla::slaExplainWhatIf()
{
    // "P1 for a Gold customer opened Friday 17:55 Paris time."
    const Result r = cli({"--json",
                          "sla",
                          "explain",
                          "--policy",
                          "cloud-tiers",
                          "--opened",
                          "2026-03-06T17:55:00+01:00",
                          "--severity",
                          "p1",
                          "--tier",
                          "gold",
                          "--at",
                          "2026-03-06T19:00:00+01:00"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject object = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonObject resolution = object.value("metrics").toArray().first().toObject();
    QCOMPARE(resolution.value("metric").toString(), QStringLiteral("resolution"));
    QCOMPARE(resolution.value("due").toString(), QStringLiteral("2026-03-06T20:55:00Z"));
    QCOMPARE(resolution.value("remaining_seconds").toInt(), 4 * 3600 - 65 * 60);
    QVERIFY(!resolution.value("explain").toArray().isEmpty());
    // Text output names the state, the due time in the calendar's zone and the reasons.
    const Result text = cli({"sla",
                             "explain",
                             "--policy",
                             "netmon-v2",
                             "--opened",
                             "2026-11-25T20:00:00-05:00",
                             "--severity",
                             "sev2",
                             "--at",
                             "2026-11-27T05:00:00-05:00"});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(
        QStringLiteral("due        2026-11-27T11:00:00Z  (Fri 2026-11-27 06:00 EST)")));
    QVERIFY(text.out.contains(QStringLiteral("not counted: holiday (Thanksgiving)")));
    const Result unknown = cli({"sla",
                                "explain",
                                "--policy",
                                "cloud-tiers",
                                "--opened",
                                "2026-03-06T17:55:00Z",
                                "--severity",
                                "p9"});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains(QStringLiteral("--severity: unknown severity \"p9\"")));
}

void TestCliSla::slaExplainTicketFile()
{
    QFile file(m_dir.filePath("ticket.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "hourglass-ticket/1", "policy": "helpdesk-matrix", "events": [
        {"at": "2026-03-09T14:00:00Z", "kind": "created", "severity": "p3", "tier": "standard", "channel": "phone"},
        {"at": "2026-03-09T14:30:00Z", "kind": "status-changed", "status": "waiting-customer"},
        {"at": "2026-03-09T15:30:00Z", "kind": "customer-replied"}]})");
    file.close();
    const Result r = cli({"--json",
                          "sla",
                          "explain",
                          "--policy",
                          "helpdesk-matrix",
                          "--ticket",
                          file.fileName(),
                          "--at",
                          "2026-03-09T16:00:00Z"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject response = QJsonDocument::fromJson(r.out.toUtf8())
                                     .object()
                                     .value("metrics")
                                     .toArray()
                                     .first()
                                     .toObject();
    // 4 h on 24x7, one hour of it paused: due at 19:00 instead of 18:00.
    QCOMPARE(response.value("due").toString(), QStringLiteral("2026-03-09T19:00:00Z"));
    QCOMPARE(response.value("elapsed_seconds").toInt(), 3600);
    bool paused = false;
    for (const QJsonValue &segment : response.value("explain").toArray())
        paused = paused
                 || segment.toObject().value("why").toString().contains("waiting on the customer");
    QVERIFY(paused);
}

void TestCliSla::verifyRefused(const Result &r, const QString &place, const QString &problem)
{
    QVERIFY2(r.exitCode == 2,
             qPrintable(QStringLiteral("exit %1: %2%3").arg(r.exitCode).arg(r.out, r.err)));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    QVERIFY(!r.err.contains(QChar(0)));
    QCOMPARE(r.err.count(u'\n'), 1);
    QVERIFY2(r.err.contains(place + QStringLiteral(": ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(problem), qPrintable(r.err));
}

QString TestCliSla::writeFile(const char *name, const QByteArray &bytes)
{
    return hourglass::test::writeFile(m_dir, QString::fromLatin1(name), bytes);
}

void TestCliSla::calendarRefusesExtremeValues_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("problem");
    const QString beyond = QStringLiteral("that calendars answer for");
    const auto add = [](const char *from, const char *seconds) {
        return QStringList{"calendar", "add", "--from", from, "--seconds", seconds};
    };
    const auto query = [](const char *action, const char *from, const char *to) {
        return QStringList{"calendar", action, "--from", from, "--to", to};
    };
    // The issue's own case: it used to exit 0 and print bytes with NULs.
    QTest::newRow("int64 max seconds")
        << add("2026-03-06T15:00:00Z", "9223372036854775807") << "--seconds" << beyond;
    QTest::newRow("int64 min seconds")
        << add("2026-03-06T15:00:00Z", "-9223372036854775808") << "--seconds" << beyond;
    QTest::newRow("beyond int64") << add("2026-03-06T15:00:00Z", "9223372036854775808")
                                  << "--seconds"
                                  << "not a whole number of seconds";
    QTest::newRow("500 years") << add("2026-03-06T15:00:00Z", "15778800000") << "--seconds"
                               << beyond;
    QTest::newRow("year 1") << add("0001-01-01T00:00:00Z", "60") << "--from" << beyond;
    QTest::newRow("year 9999") << add("9999-12-31T23:59:59Z", "-60") << "--from" << beyond;
    QTest::newRow("between year 1")
        << query("between", "0001-01-01T00:00:00Z", "2026-03-06T15:00:00Z") << "--from" << beyond;
    QTest::newRow("between year 9999")
        << query("between", "2026-03-06T15:00:00Z", "9999-12-31T23:59:59Z") << "--to" << beyond;
    QTest::newRow("explain year 1 to 9999")
        << query("explain", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z") << "--from" << beyond;
    QTest::newRow("explain year 9999")
        << query("explain", "2026-03-06T15:00:00Z", "9999-12-31T23:59:59Z") << "--to" << beyond;
}

void TestCliSla::calendarRefusesExtremeValues()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, place);
    QFETCH(QString, problem);
    for (const char *name : {"helpdesk-8x5.json", "24x7.json"}) {
        const Result r = cli(arguments + QStringList{"--calendar", calendar(name)});
        verifyRefused(r, QStringLiteral("hourglass-cli: ") + place, problem);
    }
}

void TestCliSla::batchRefusesExtremeValues()
{
    const QString add = writeFile("extreme-add.txt",
                                  "2026-03-06T15:00:00Z 60\n"
                                  "2026-03-06T15:00:00Z 9223372036854775807\n");
    Result r = cli({"calendar", "add", "--calendar", calendar("helpdesk-8x5.json"), "--batch", add});
    verifyRefused(r, add + QStringLiteral(": line 2"), QStringLiteral("calendars answer for"));
    const QString back = writeFile("extreme-back.txt",
                                   "2026-03-06T15:00:00Z -9223372036854775808\n");
    r = cli({"calendar", "add", "--calendar", calendar("24x7.json"), "--batch", back});
    verifyRefused(r, back + QStringLiteral(": line 1"), QStringLiteral("calendars answer for"));
    const QString between = writeFile("extreme-between.txt",
                                      "2026-03-06T15:00:00Z 2026-03-07T15:00:00Z\n"
                                      "0001-01-01T00:00:00Z 9999-12-31T23:59:59Z\n");
    r = cli({"calendar", "between", "--calendar", calendar("24x7.json"), "--batch", between});
    verifyRefused(r, between + QStringLiteral(": line 2"), QStringLiteral("calendars answer for"));
}

void TestCliSla::slaExplainRefusesExtremeInstants()
{
    const QStringList whatIf{"sla", "explain", "--policy", "cloud-tiers", "--severity", "p1"};
    Result r = cli(
        whatIf + QStringList{"--opened", "0001-01-01T00:00:00Z", "--at", "2026-03-06T15:00:00Z"});
    verifyRefused(r, QStringLiteral("--opened"), QStringLiteral("calendars answer for"));
    r = cli(whatIf
            + QStringList{"--opened", "2026-03-06T15:00:00Z", "--at", "9999-12-31T23:59:59Z"});
    verifyRefused(r, QStringLiteral("--at"), QStringLiteral("calendars answer for"));
    const QString ticket
        = writeFile("far.json",
                    R"({"format": "hourglass-ticket/1", "policy": "cloud-tiers", "events": [
        {"at": "2026-03-06T15:00:00Z", "kind": "created", "severity": "p1", "tier": "gold", "channel": "portal"},
        {"at": "9999-12-31T23:59:59Z", "kind": "responded"}]})");
    r = cli({"sla",
             "explain",
             "--policy",
             "cloud-tiers",
             "--ticket",
             ticket,
             "--at",
             "2026-03-07T15:00:00Z"});
    verifyRefused(r,
                  ticket + QStringLiteral(": $.events[1].at"),
                  QStringLiteral("calendars answer for"));
}

void TestCliSla::slaExplainTicketFileRefusesUnknownValues_data()
{
    QTest::addColumn<QByteArray>("event");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("problem");
    const QByteArray created = R"({"at": "2026-03-06T15:00:00Z", "kind": "created", )";
    QTest::newRow("severity") << created
                                     + R"("severity": "p9", "tier": "gold", "channel": "portal"})"
                              << "$.events[0].severity"
                              << R"(unknown severity "p9" in cloud-tiers)";
    QTest::newRow("tier") << created
                                 + R"("severity": "p1", "tier": "platinum", "channel": "portal"})"
                          << "$.events[0].tier"
                          << R"(unknown tier "platinum" in cloud-tiers)";
    QTest::newRow("channel") << created + R"("severity": "p1", "tier": "gold", "channel": "fax"})"
                             << "$.events[0].channel"
                             << R"(unknown channel "fax" in cloud-tiers)";
    const QByteArray valid = created
                             + R"("severity": "p1", "tier": "gold", "channel": "portal"}, )";
    QTest::newRow("severity changed")
        << valid + R"({"at": "2026-03-06T16:00:00Z", "kind": "severity-changed", "severity": "p9"})"
        << "$.events[1].severity"
        << R"(unknown severity "p9")";
    QTest::newRow("tier changed")
        << valid + R"({"at": "2026-03-06T16:00:00Z", "kind": "tier-changed", "tier": "platinum"})"
        << "$.events[1].tier"
        << R"(unknown tier "platinum")";
    QTest::newRow("policy changed")
        << valid + R"({"at": "2026-03-06T16:00:00Z", "kind": "policy-changed", "version": 7})"
        << "$.events[1].version"
        << R"(unknown policy "cloud-tiers" version 7)";
}

void TestCliSla::slaExplainTicketFileRefusesUnknownValues()
{
    QFETCH(QByteArray, event);
    QFETCH(QString, place);
    QFETCH(QString, problem);
    const QString ticket
        = writeFile("unknown.json",
                    R"({"format": "hourglass-ticket/1", "policy": "cloud-tiers", "events": [)"
                        + event + "]}");
    const Result r = cli({"sla",
                          "explain",
                          "--policy",
                          "cloud-tiers",
                          "--ticket",
                          ticket,
                          "--at",
                          "2026-03-07T15:00:00Z"});
    verifyRefused(r, ticket + QStringLiteral(": ") + place, problem);
}

void TestCliSla::batchRefusesOddBytes_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("problem");
    QTest::newRow("NUL") << QByteArray("2026-03-06T15:00:00Z 6\0"
                                       "0",
                                       24)
                         << "contains a NUL byte";
    QTest::newRow("invalid UTF-8")
        << QByteArray("2026-03-06T15:00:00Z \xff\xfe60") << "is not UTF-8 text";
    QTest::newRow("long token") << "2026-03-06T15:00:00Z " + QByteArray(100000, '9')
                                << "not a whole number of seconds";
    QTest::newRow("escape") << QByteArray("2026-03-06T15:00:00Z \x1b[2J")
                            << "\"\\u001b[2J\" is not a whole number";
}

void TestCliSla::batchRefusesOddBytes()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, problem);
    const QString file = writeFile("odd.txt", "2026-03-06T15:00:00Z 60\n" + line + "\n");
    const Result r = cli({"calendar", "add", "--calendar", calendar("24x7.json"), "--batch", file});
    verifyRefused(r, file + QStringLiteral(": line 2"), problem);
    QVERIFY2(r.err.size() < 300, qPrintable(r.err.left(400)));
}

void TestCliSla::longValuesAreQuotedShort()
{
    // An error message quotes 40 characters of a value, then "…", wherever the value came from.
    const QString huge(100000, u'7');
    const QString excerpt = QString(40, u'7') + QChar(0x2026);
    Result r = cli(
        {"calendar", "add", "--calendar", calendar("24x7.json"), "--from", huge, "--seconds", "1"});
    verifyRefused(r, QStringLiteral("--from"), excerpt);
    QVERIFY2(r.err.size() < 300, qPrintable(r.err.left(400)));
    r = cli({"sla",
             "explain",
             "--policy",
             "cloud-tiers",
             "--opened",
             "2026-03-06T15:00:00Z",
             "--severity",
             huge});
    verifyRefused(r, QStringLiteral("--severity"), excerpt);
    QVERIFY2(r.err.size() < 300, qPrintable(r.err.left(400)));
    r = cli({"sla", "explain", "--policy", huge, "--opened", "2026-03-06T15:00:00Z"});
    verifyRefused(r, QStringLiteral("--policy"), excerpt);
    QVERIFY2(r.err.size() < 300, qPrintable(r.err.left(400)));
    const QString ticket
        = writeFile("long.json",
                    R"({"format": "hourglass-ticket/1", "policy": "cloud-tiers", "events": [
        {"at": "2026-03-06T15:00:00Z", "kind": "created", "tier": "gold", "channel": ")"
                        + huge.toLatin1() + "\"}]}");
    r = cli({"sla",
             "explain",
             "--policy",
             "cloud-tiers",
             "--ticket",
             ticket,
             "--at",
             "2026-03-07T15:00:00Z"});
    verifyRefused(r, ticket + QStringLiteral(": $.events[0].channel"), excerpt);
    QVERIFY2(r.err.size() < 300 + ticket.size(), qPrintable(r.err.left(400)));
    const QString nul
        = writeFile("nul.json",
                    R"({"format": "hourglass-ticket/1", "policy": "cloud-tiers", "events": [
        {"at": "2026-03-06T15:00:00Z", "kind": "created", "tier": "gold\u0000", "channel": "portal"}]})");
    r = cli({"sla",
             "explain",
             "--policy",
             "cloud-tiers",
             "--ticket",
             nul,
             "--at",
             "2026-03-07T15:00:00Z"});
    verifyRefused(r,
                  nul + QStringLiteral(": $.events[0].tier"),
                  QStringLiteral("control character U+0000"));
    const QString calendarFile
        = writeFile("latin1.json",
                    "{\"format\": \"hourglass-calendar/1\", \"id\": \"x\", \"name\": \"Caf\xe9\", "
                    "\"zone\": \"UTC\", \"week\": {\"mon\": [\"09:00-17:00\"]}}");
    r = cli({"calendar",
             "add",
             "--calendar",
             calendarFile,
             "--from",
             "2026-03-06T15:00:00Z",
             "--seconds",
             "1"});
    verifyRefused(r,
                  calendarFile + QStringLiteral(": line 1, column 59"),
                  QStringLiteral("not UTF-8 text"));
}

void TestCliSla::argumentsAreStrict_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("problem");
    const QString eightToFive = calendar("helpdesk-8x5.json");
    const auto add = [&](const QString &seconds) {
        return QStringList{"calendar",
                           "add",
                           "--calendar",
                           eightToFive,
                           "--from",
                           "2026-03-06T15:00:00Z",
                           "--seconds",
                           seconds};
    };
    // Whole numbers as toLongLong read them: spaces, tabs, line breaks and '+' were taken.
    for (const char *seconds : {" 10", "10 ", "+5", "\t5", "5\n", "0x10", "1e3", "5 5"}) {
        QTest::addRow("--seconds \"%s\"", seconds)
            << add(QString::fromLatin1(seconds)) << "hourglass-cli: --seconds"
            << "is not a whole number of seconds";
    }
    // 10^10 business seconds of an 8x5 week reach 2401: once exit 1, naming no option.
    QTest::newRow("deadline past 2400")
        << add(QStringLiteral("10000000000")) << "hourglass-cli: --seconds"
        << "is outside the years 1800 to 2400 that calendars answer for";

    const QString batch = writeFile("strict-batch.txt", "2026-03-06T15:00:00Z 60\n");
    const QStringList batchAdd{"calendar", "add", "--calendar", eightToFive, "--batch", batch};
    const QStringList batchBetween{"calendar",
                                   "between",
                                   "--calendar",
                                   eightToFive,
                                   "--batch",
                                   batch};
    QTest::newRow("--batch with --seconds")
        << batchAdd + QStringList{"--seconds", "5"} << "hourglass-cli"
        << "--batch replaces --from and --seconds";
    QTest::newRow("--batch with --from")
        << batchAdd + QStringList{"--from", "2026-03-06T15:00:00Z"} << "hourglass-cli"
        << "--batch replaces --from and --seconds";
    QTest::newRow("between --batch with --to")
        << batchBetween + QStringList{"--to", "2026-03-06T15:00:00Z"} << "hourglass-cli"
        << "--batch replaces --from and --to";
    QTest::newRow("calendar add extra")
        << add(QStringLiteral("60")) + QStringList{"extra"} << "hourglass-cli"
        << "unexpected argument \"extra\"";
    QTest::newRow("a word after --json")
        << add(QStringLiteral("60")) + QStringList{"--json", "yes"} << "hourglass-cli"
        << "unexpected argument \"yes\" (--json takes no value)";
    const QStringList whatIf{"sla",
                             "explain",
                             "--policy",
                             "cloud-tiers",
                             "--opened",
                             "2026-03-06T17:55:00+01:00"};
    QTest::newRow("sla explain extra") << whatIf + QStringList{"extra"} << "hourglass-cli"
                                       << "unexpected argument \"extra\"";
    QTest::newRow("--version extra") << QStringList{"--version", "extra"} << "hourglass-cli"
                                     << "unexpected argument \"extra\" after --version";

    // Empty values were "not given" (a triaged severity), or reached Qt, which printed
    // "QFSFileEngine::open: No file name specified" as a second line.
    QTest::newRow("--calendar ''") << QStringList{"calendar",
                                                  "add",
                                                  "--calendar",
                                                  "",
                                                  "--from",
                                                  "2026-03-06T15:00:00Z",
                                                  "--seconds",
                                                  "60"}
                                   << "hourglass-cli: --calendar"
                                   << "must not be empty";
    QTest::newRow("--batch ''") << QStringList{"calendar",
                                               "add",
                                               "--calendar",
                                               eightToFive,
                                               "--batch",
                                               ""}
                                << "hourglass-cli: --batch"
                                << "must not be empty";
    QTest::newRow("--seconds ''") << add(QString()) << "hourglass-cli: --seconds"
                                  << "must not be empty";
    QTest::newRow("--ticket ''") << QStringList{"sla",
                                                "explain",
                                                "--policy",
                                                "cloud-tiers",
                                                "--ticket",
                                                ""}
                                 << "hourglass-cli: --ticket"
                                 << "must not be empty";
    QTest::newRow("--policy ''") << QStringList{"sla",
                                                "explain",
                                                "--policy",
                                                "",
                                                "--opened",
                                                "2026-03-06T17:55:00+01:00"}
                                 << "hourglass-cli: --policy"
                                 << "must not be empty";
    QTest::newRow("--severity ''")
        << whatIf + QStringList{"--severity", ""} << "hourglass-cli: --severity"
        << "must not be empty";
    QTest::newRow("--tier=") << whatIf + QStringList{"--tier="} << "hourglass-cli: --tier"
                             << "must not be empty";

    // Read until memory ran out: std::bad_alloc, a signal and two lines of the C++ runtime.
    QTest::newRow("--calendar /dev/zero") << QStringList{"calendar",
                                                         "add",
                                                         "--calendar",
                                                         "/dev/zero",
                                                         "--from",
                                                         "2026-03-06T15:00:00Z",
                                                         "--seconds",
                                                         "60"}
                                          << "hourglass-cli: /dev/zero"
                                          << "larger than 256 MiB";
    QTest::newRow("--batch /dev/zero")
        << QStringList{"calendar", "add", "--calendar", eightToFive, "--batch", "/dev/zero"}
        << "hourglass-cli: /dev/zero"
        << "larger than 256 MiB";
    QTest::newRow("--ticket /dev/zero")
        << QStringList{"sla", "explain", "--policy", "cloud-tiers", "--ticket", "/dev/zero"}
        << "hourglass-cli: /dev/zero"
        << "larger than 256 MiB";
    const QString huge = m_dir.filePath(QStringLiteral("huge.json"));
    QFile file(huge);
    if (!file.open(QIODevice::WriteOnly) || !file.resize(300LL * 1024 * 1024))
        qFatal("cannot make %s", qPrintable(huge));
    QTest::newRow("a 300 MiB calendar")
        << QStringList{"calendar",
                       "between",
                       "--calendar",
                       huge,
                       "--from",
                       "2026-03-06T15:00:00Z",
                       "--to",
                       "2026-03-07T15:00:00Z"}
        << QStringLiteral("hourglass-cli: ") + huge << "larger than 256 MiB";
}

void TestCliSla::argumentsAreStrict()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, place);
    QFETCH(QString, problem);
    verifyRefused(cli(arguments), place, problem);
}

void TestCliSla::endlessStandardInputIsRefused()
{
    // A pipe that never ends, as standard input ("--batch -"): refused at the limit.
    const Result r = hourglass::test::runProcess(
        QStringLiteral("/bin/sh"),
        {"-c",
         "yes '2026-03-06T15:00:00Z 60' | \"$0\" calendar add --calendar \"$1\" --batch -",
         QStringLiteral(HOURGLASS_CLI_PATH),
         calendar("24x7.json")});
    verifyRefused(r, QStringLiteral("hourglass-cli: -"), QStringLiteral("larger than 256 MiB"));
}

void TestCliSla::largeFilesUnderTheLimitAreRead()
{
    // Far larger than any real calendar, well under the limit: read and answered.
    QByteArray bytes = R"({"format": "hourglass-calendar/1", "id": "big", "zone": "UTC",
        "week": {"mon": ["09:00-17:00"]}})";
    bytes += QByteArray(20 * 1024 * 1024, ' ');
    const QString big = writeFile("big.json", bytes);
    const Result r = cli(
        {"calendar", "add", "--calendar", big, "--from", "2026-03-09T09:00:00Z", "--seconds", "-0"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, QStringLiteral("2026-03-09T09:00:00Z\n"));
}

QTEST_GUILESS_MAIN(TestCliSla)
#include "tst_clisla.moc"
