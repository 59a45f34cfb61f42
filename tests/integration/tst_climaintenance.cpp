// hourglass-cli maintenance on SQLite and PostgreSQL: presets, occurrences in UTC, an export that
// imports back, a moved occurrence from a file, overlap warnings, and a malformed file refused
// naming its line with nothing changed.
#include "testenvironment.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hourglass;

class TestCliMaintenance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateUserData(); }
    void windowsFromPresetsAndFiles_data() { test::addEngineRows(); }
    void windowsFromPresetsAndFiles();

private:
    test::ProcessResult cli(QStringList arguments) const;
    QString write(const QString &name, const QByteArray &bytes) const;
    QString m_url;
    QTemporaryDir m_dir;
};

test::ProcessResult TestCliMaintenance::cli(QStringList arguments) const
{
    arguments = QStringList{QStringLiteral("--database"), m_url} + arguments;
    if (m_url.startsWith(QLatin1String("sqlite:")))
        arguments = QStringList{QStringLiteral("--user"), QStringLiteral("jokafor")} + arguments;
    return test::runProcess(QStringLiteral(HOURGLASS_CLI_PATH), arguments);
}

QString TestCliMaintenance::write(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestCliMaintenance::windowsFromPresetsAndFiles()
{
    QFETCH(QString, engine);
    m_url = engine == QLatin1String("sqlite")
                ? QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("team.sqlite"))
                : test::createPostgresDatabase();
    QVERIFY(!m_url.isEmpty());
    const test::ProcessResult migrated = test::runProcess(QStringLiteral(HOURGLASS_CLI_PATH),
                                                          {"--database", m_url, "migrate"});
    QVERIFY2(migrated.exitCode == 0, qPrintable(migrated.err));

    test::ProcessResult result = cli({"maintenance", "presets", "--json"});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.out.trimmed(), QStringLiteral(R"({"created":3,"updated":0,"windows":3})"));

    // March 2026: Paris changes to summer time on the 29th, New York on the 8th.
    const QStringList march{
        "2026-03-03T23:00:00Z\t2026-03-04T05:00:00Z\tNUP control plane\tNUP",
        "2026-03-07T12:00:00Z\t2026-03-07T14:00:00Z\tScheduled outage\tNetwork monitoring",
        "2026-03-10T23:00:00Z\t2026-03-11T05:00:00Z\tNGP control plane\tNGP",
        "2026-03-14T11:00:00Z\t2026-03-14T13:00:00Z\tScheduled outage\tNetwork monitoring",
        "2026-03-17T23:00:00Z\t2026-03-18T05:00:00Z\tNGP control plane\tNGP",
        "2026-03-21T11:00:00Z\t2026-03-21T13:00:00Z\tScheduled outage\tNetwork monitoring",
        "2026-03-24T23:00:00Z\t2026-03-25T05:00:00Z\tNGP control plane\tNGP",
        "2026-03-28T11:00:00Z\t2026-03-28T13:00:00Z\tScheduled outage\tNetwork monitoring",
        "2026-03-31T22:00:00Z\t2026-04-01T04:00:00Z\tNUP control plane\tNUP",
    };
    result = cli({"maintenance", "occurrences", "--from", "2026-03-01", "--to", "2026-03-31"});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.out.split(u'\n', Qt::SkipEmptyParts), march);
    QVERIFY(result.err.isEmpty());

    result = cli({"maintenance",
                  "occurrences",
                  "--from",
                  "2026-03-04T04:00:00Z",
                  "--to",
                  "2026-03-07T12:00:00Z",
                  "--json"});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1); // running at --from counts; starting at --to does not
    const QJsonObject first = QJsonDocument::fromJson(lines.at(0).toUtf8()).object();
    QCOMPARE(first.value(QStringLiteral("start")).toString(),
             QStringLiteral("2026-03-03T23:00:00Z"));
    QCOMPARE(first.value(QStringLiteral("platform")).toString(), QStringLiteral("NUP"));
    QCOMPARE(first.value(QStringLiteral("recurrence_id")).toString(),
             QStringLiteral("2026-03-04T00:00:00"));

    // The export imports back as the same windows, each one version on.
    const QString exported = m_dir.filePath(engine + QStringLiteral("-windows.ics"));
    result = cli({"maintenance", "export", exported});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const test::ProcessResult before = cli({"maintenance", "list"});
    result = cli({"maintenance", "import", exported, "--json"});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.out.trimmed(), QStringLiteral(R"({"created":0,"updated":3,"windows":3})"));
    const test::ProcessResult after = cli({"maintenance", "list"});
    QCOMPARE(QString(after.out).replace(QLatin1String("\tv2\t"), QLatin1String("\tv1\t")),
             before.out);

    // A malformed file: refused naming its line, and nothing changes.
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray broken = file.readAll();
    broken.replace("RRULE:FREQ=WEEKLY;BYDAY=SA", "RRULE:FREQ=WEEKLY;BYDAY=SATURDAY");
    const int line = broken.left(broken.indexOf("BYDAY=SATURDAY")).count('\n') + 1;
    result = cli({"maintenance", "import", write(engine + QStringLiteral("-bad.ics"), broken)});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("bad.ics: line %1: ").arg(line)),
             qPrintable(result.err));
    QCOMPARE(cli({"maintenance", "list"}).out, after.out);

    // A moved occurrence and a window that overlaps another of its platform, from a file.
    const QByteArray changes
        = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
          "BEGIN:VEVENT\r\nUID:nup-first-wednesday@presets.hourglass\r\nSUMMARY:NUP control "
          "plane\r\n"
          "RECURRENCE-ID;TZID=Europe/Paris:20260304T000000\r\n"
          "DTSTART;TZID=Europe/Paris:20260305T010000\r\nDTEND;TZID=Europe/Paris:20260305T040000\r\n"
          "END:VEVENT\r\n"
          "BEGIN:VEVENT\r\nUID:storage@test\r\nSUMMARY:Storage patch\r\nLOCATION:NGP\r\n"
          "DTSTART;TZID=Europe/Paris:20260311T050000\r\nDURATION:PT2H\r\nEND:VEVENT\r\n"
          "BEGIN:VEVENT\r\nUID:nup-first-wednesday@presets.hourglass\r\nSUMMARY:NUP control "
          "plane\r\n"
          "DTSTART;TZID=Europe/Paris:20250101T000000\r\nDTEND;TZID=Europe/Paris:20250101T060000\r\n"
          "RRULE:FREQ=MONTHLY;BYDAY=1WE\r\nX-HOURGLASS-PLATFORM:NUP\r\nEND:VEVENT\r\n"
          "END:VCALENDAR\r\n";
    result = cli({"maintenance", "import", write(QStringLiteral("changes.ics"), changes)});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(QLatin1String("created: 1")), qPrintable(result.out));
    result = cli({"maintenance", "occurrences", "--from", "2026-03-01", "--to", "2026-03-12"});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.out.split(u'\n', Qt::SkipEmptyParts),
             (QStringList{
                 "2026-03-05T00:00:00Z\t2026-03-05T03:00:00Z\tNUP control plane\tNUP",
                 "2026-03-07T12:00:00Z\t2026-03-07T14:00:00Z\tScheduled outage\tNetwork monitoring",
                 "2026-03-10T23:00:00Z\t2026-03-11T05:00:00Z\tNGP control plane\tNGP",
                 "2026-03-11T04:00:00Z\t2026-03-11T06:00:00Z\tStorage patch\tNGP",
             }));
    QVERIFY2(result.err.contains(QStringLiteral("warning: “NGP control plane” and “Storage patch” "
                                                "of platform NGP overlap")),
             qPrintable(result.err));

    result = cli({"maintenance", "occurrences", "--from", "2026-03-31", "--to", "someday"});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QLatin1String("--to")), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestCliMaintenance)
#include "tst_climaintenance.moc"
