// hourglass-cli maintenance on SQLite and PostgreSQL: presets, occurrences in UTC, an export that
// imports back, a moved occurrence from a file, overlap warnings, and a malformed file refused
// naming its line with nothing changed; notices to the subscribers of an occurrence's
// platform, recorded, and a bad occurrence refused with nothing written.
#include "maintenance/maintenanceservice.h"
#include "storage/database.h"
#include "storage/demodata.h"
#include "storage/sqlmaintenancerepository.h"
#include "testenvironment.h"

#include <QDateTime>
#include <QDir>
#include <QSqlQuery>

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
    void noticesToSubscribers();

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
    return test::writeFile(m_dir, name, bytes);
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
        "2026-03-03T23:00:00Z\t2026-03-04T05:00:00Z\tNUP control "
        "plane\tNUP\tnup-first-wednesday@presets.hourglass/2026-03-03T23:00:00Z",
        "2026-03-07T12:00:00Z\t2026-03-07T14:00:00Z\tScheduled outage\tNetwork "
        "monitoring\tnetmon-saturday-outage@presets.hourglass/2026-03-07T12:00:00Z",
        "2026-03-10T23:00:00Z\t2026-03-11T05:00:00Z\tNGP control "
        "plane\tNGP\tngp-last-three-wednesdays@presets.hourglass/2026-03-10T23:00:00Z",
        "2026-03-14T11:00:00Z\t2026-03-14T13:00:00Z\tScheduled outage\tNetwork "
        "monitoring\tnetmon-saturday-outage@presets.hourglass/2026-03-14T11:00:00Z",
        "2026-03-17T23:00:00Z\t2026-03-18T05:00:00Z\tNGP control "
        "plane\tNGP\tngp-last-three-wednesdays@presets.hourglass/2026-03-17T23:00:00Z",
        "2026-03-21T11:00:00Z\t2026-03-21T13:00:00Z\tScheduled outage\tNetwork "
        "monitoring\tnetmon-saturday-outage@presets.hourglass/2026-03-21T11:00:00Z",
        "2026-03-24T23:00:00Z\t2026-03-25T05:00:00Z\tNGP control "
        "plane\tNGP\tngp-last-three-wednesdays@presets.hourglass/2026-03-24T23:00:00Z",
        "2026-03-28T11:00:00Z\t2026-03-28T13:00:00Z\tScheduled outage\tNetwork "
        "monitoring\tnetmon-saturday-outage@presets.hourglass/2026-03-28T11:00:00Z",
        "2026-03-31T22:00:00Z\t2026-04-01T04:00:00Z\tNUP control "
        "plane\tNUP\tnup-first-wednesday@presets.hourglass/2026-03-31T22:00:00Z",
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
                 "2026-03-05T00:00:00Z\t2026-03-05T03:00:00Z\tNUP control "
                 "plane\tNUP\tnup-first-wednesday@presets.hourglass/2026-03-05T00:00:00Z",
                 "2026-03-07T12:00:00Z\t2026-03-07T14:00:00Z\tScheduled outage\tNetwork "
                 "monitoring\tnetmon-saturday-outage@presets.hourglass/2026-03-07T12:00:00Z",
                 "2026-03-10T23:00:00Z\t2026-03-11T05:00:00Z\tNGP control "
                 "plane\tNGP\tngp-last-three-wednesdays@presets.hourglass/2026-03-10T23:00:00Z",
                 "2026-03-11T04:00:00Z\t2026-03-11T06:00:00Z\tStorage "
                 "patch\tNGP\tstorage@test/2026-03-11T04:00:00Z",
             }));
    QVERIFY2(result.err.contains(QStringLiteral("warning: “NGP control plane” and “Storage patch” "
                                                "of platform NGP overlap")),
             qPrintable(result.err));

    result = cli({"maintenance", "occurrences", "--from", "2026-03-31", "--to", "someday"});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QLatin1String("--to")), qPrintable(result.err));
}

void TestCliMaintenance::noticesToSubscribers()
{
    m_url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("notices.sqlite"));
    QString uid;
    qint64 french = 0;
    qint64 english = 0;
    {
        auto database = Database::open(DatabaseUrl::parse(m_url), Database::Schema::Migrate);
        DemoData::populate(*database, test::fixedNow);
        SqlMaintenanceRepository repository(*database);
        MaintenanceService maintenance(repository);
        // A window of its own, on a platform of its own: the demo's subscriptions stay out.
        MaintenanceWindow window = maintenance.installPresets().at(0);
        window.id = 0;
        window.uid = QStringLiteral("notice-test@hourglass");
        window.platform = QStringLiteral("Notice platform");
        window = maintenance.save(window);
        uid = window.uid;
        QSqlQuery query(database->connection());
        for (const auto &[language, id] : {std::pair{"fr", &french}, std::pair{"en", &english}}) {
            query.prepare(
                QStringLiteral("SELECT id FROM customers WHERE language = ? ORDER BY id"));
            query.addBindValue(QString::fromLatin1(language));
            QVERIFY(query.exec() && query.next());
            *id = query.value(0).toLongLong();
            maintenance.subscribe(*id, window.platform);
        }
        QVERIFY(query.exec(QStringLiteral("UPDATE customers SET notice_email = 'ops-' || id || "
                                          "'@example.com'")));
    }
    const auto notices = [&] {
        auto database = Database::open(DatabaseUrl::parse(m_url));
        return test::countRows(*database, QStringLiteral("maintenance_notices"));
    };
    const QString folder = m_dir.filePath(QStringLiteral("notices"));
    QVERIFY(QDir().mkpath(folder));
    const auto files = [&] {
        return QDir(folder).entryList(QDir::Files, QDir::Name);
    };

    // Refused with a clear message, and nothing written.
    for (const auto &[name, message] :
         {std::pair{QStringLiteral("tomorrow"), QStringLiteral("names no occurrence")},
          std::pair{QStringLiteral("nobody@hourglass/2026-03-03T23:00:00Z"),
                    QStringLiteral("no maintenance window has the UID “nobody@hourglass”")},
          std::pair{QString(uid + QStringLiteral("/2026-03-03T22:00:00Z")),
                    QStringLiteral("no occurrence of the maintenance window “NUP control plane” "
                                   "starts at 2026-03-03T22:00:00Z")}}) {
        const test::ProcessResult result = cli({"maintenance", "notice", name, "--eml", folder});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(files().isEmpty());
        QCOMPARE(notices(), 0);
    }
    QCOMPARE(cli({"maintenance", "notice", uid + "/2026-03-03T23:00:00Z"}).exitCode, 2);
    QCOMPARE(cli({"maintenance",
                  "notice",
                  uid + "/2026-03-03T23:00:00Z",
                  "--eml",
                  m_dir.filePath(QStringLiteral("missing"))})
                 .exitCode,
             2);
    QCOMPARE(notices(), 0);

    // The name `occurrences` prints is the one `notice` takes.
    test::ProcessResult result = cli(
        {"maintenance", "occurrences", "--from", "2026-03-01", "--to", "2026-03-10"});
    QString name;
    for (const QString &line : result.out.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.section(u'\t', 3, 3) == QLatin1String("Notice platform"))
            name = line.section(u'\t', 4, 4);
    }
    QCOMPARE(name, uid + QStringLiteral("/2026-03-03T23:00:00Z"));
    result = cli({"maintenance", "notice", name, "--eml", folder, "--reminder", "24", "--json"});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QStringList written = files();
    QCOMPARE(written.size(), 2);
    QCOMPARE(notices(), 2);
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    for (const QString &line : lines) {
        const QJsonObject object = QJsonDocument::fromJson(line.toUtf8()).object();
        QCOMPARE(object.value(QStringLiteral("method")).toString(), QStringLiteral("REQUEST"));
        QCOMPARE(object.value(QStringLiteral("sequence")).toInt(), 0);
        QCOMPARE(object.value(QStringLiteral("reminder_at")).toString(),
                 QStringLiteral("2026-03-02T23:00:00Z"));
        QFile eml(object.value(QStringLiteral("file")).toString());
        QVERIFY(eml.open(QIODevice::ReadOnly));
        const QByteArray bytes = eml.readAll();
        QVERIFY(bytes.contains("method=REQUEST"));
        const bool isFrench = object.value(QStringLiteral("customer_id")).toInteger() == french;
        QCOMPARE(object.value(QStringLiteral("language")).toString(),
                 isFrench ? QStringLiteral("fr") : QStringLiteral("en"));
        QVERIFY(bytes.contains(isFrench ? "Content-Language: fr" : "Content-Language: en"));
        QVERIFY(bytes.contains(QStringLiteral("<ops-%1@example.com>")
                                   .arg(object.value(QStringLiteral("customer_id")).toInteger())
                                   .toUtf8()));
    }

    // Cancelled: the same occurrence, by the start its rule gave it, now a CANCEL one sequence on.
    {
        auto database = Database::open(DatabaseUrl::parse(m_url));
        SqlMaintenanceRepository repository(*database);
        MaintenanceService maintenance(repository);
        MaintenanceWindow window = *repository.windowWithUid(uid);
        window.overrides.append({date::local_days{date::year{2026} / 3 / 4}, true, {}, {}});
        maintenance.save(window);
    }
    QVERIFY(QDir(folder).removeRecursively() && QDir().mkpath(folder));
    result = cli({"maintenance", "notice", name, "--eml", folder});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    written = files();
    QCOMPARE(written.size(), 2);
    for (const QString &file : written) {
        QVERIFY2(file.endsWith(QLatin1String("-1-cancel.eml")), qPrintable(file));
        QFile eml(QDir(folder).filePath(file));
        QVERIFY(eml.open(QIODevice::ReadOnly));
        QVERIFY(eml.readAll().contains("method=CANCEL"));
    }
    // What was sent to whom: four rows, by the console's user.
    auto database = Database::open(DatabaseUrl::parse(m_url));
    SqlMaintenanceRepository repository(*database);
    const QList<NoticeRecord> records = repository.noticesOf(uid);
    QCOMPARE(records.size(), 4);
    QList<qint64> customers;
    for (const NoticeRecord &record : records) {
        customers.append(record.customerId);
        QCOMPARE(record.sentBy, QStringLiteral("jokafor"));
        QCOMPARE(record.occurrenceStart, test::at("2026-03-03T23:00:00Z"));
        QCOMPARE(record.address, QStringLiteral("ops-%1@example.com").arg(record.customerId));
    }
    QCOMPARE(records.at(0).method, MaintenanceNotice::Method::Request);
    QCOMPARE(records.at(0).reminderAt, std::optional(test::at("2026-03-02T23:00:00Z")));
    QCOMPARE(records.at(3).method, MaintenanceNotice::Method::Cancel);
    QCOMPARE(records.at(3).sequence, 1);
    QVERIFY(!records.at(3).reminderAt);
    std::sort(customers.begin(), customers.end());
    QCOMPARE(customers,
             (QList<qint64>{std::min(french, english),
                            std::min(french, english),
                            std::max(french, english),
                            std::max(french, english)}));

    // Reminders: due once the notice's reminder time has come and before the occurrence; the
    // CLI reads the machine's clock, so the occurrence is the window's next one from now, with
    // a reminder longer than any wait for it.
    const Instant now = fromEpoch(QDateTime::currentSecsSinceEpoch());
    const MaintenanceWindow window = *repository.windowWithUid(uid);
    const MaintenanceExpander expander;
    const std::vector<MaintenanceOccurrence> next
        = expander.occurrences(window, now + std::chrono::hours{1}, now + std::chrono::days{70});
    QVERIFY(!next.empty());
    const QString upcoming = MaintenanceService::occurrenceName(window, next.front());
    QCOMPARE(cli({"maintenance", "reminders"}).exitCode, 2); // --eml DIR or --mailto
    result = cli({"maintenance", "reminders", "--mailto"});
    QVERIFY2(result.exitCode == 0 && result.out.isEmpty(), qPrintable(result.out + result.err));
    QVERIFY2(result.err.contains(QLatin1String("no reminder is due")), qPrintable(result.err));
    result = cli({"maintenance", "notice", upcoming, "--mailto", "--reminder", "8784"});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(QDir(folder).removeRecursively() && QDir().mkpath(folder));
    result = cli({"maintenance", "reminders", "--eml", folder, "--json"});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QStringList reminded = result.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(reminded.size(), 2);
    for (const QString &line : reminded) {
        const QJsonObject object = QJsonDocument::fromJson(line.toUtf8()).object();
        QCOMPARE(object.value(QStringLiteral("kind")).toString(), QStringLiteral("reminder"));
        QFile eml(object.value(QStringLiteral("file")).toString());
        QVERIFY2(eml.fileName().endsWith(QLatin1String("-reminder.eml")),
                 qPrintable(eml.fileName()));
        QVERIFY(eml.open(QIODevice::ReadOnly));
        const QByteArray bytes = eml.readAll();
        QVERIFY(bytes.contains("method=REQUEST"));
    }
    QCOMPARE(files().size(), 2);
    // Sent once: the next run has nothing to send.
    result = cli({"maintenance", "reminders", "--eml", folder});
    QVERIFY2(result.exitCode == 0 && result.out.isEmpty(), qPrintable(result.out + result.err));
    QCOMPARE(files().size(), 2);
    QCOMPARE(repository.noticesOf(uid).size(), 8);
    QCOMPARE(repository.noticesOf(uid).at(7).kind, MaintenanceNotice::Kind::Reminder);
}

QTEST_GUILESS_MAIN(TestCliMaintenance)
#include "tst_climaintenance.moc"
