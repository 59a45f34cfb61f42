// Maintenance windows in SQL on both engines: what is written reads back the same, stale writes
// are refused, imports are all or nothing, subscriptions, and the upgrade of version 3 rows.
#include "maintenance/maintenancepresets.h"
#include "storage/conflicterror.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/sqlmaintenancerepository.h"
#include "storage/storageerror.h"
#include "testenvironment.h"

#include <QSqlQuery>
#include <QTest>

using namespace hourglass;

namespace {

LocalTime local(const char *text)
{
    return *parseLocalTime(QString::fromLatin1(text));
}

// A window with every field set to something other than its default.
MaintenanceWindow everyField()
{
    MaintenanceWindow window = MaintenancePresets::all().at(0);
    window.uid = QStringLiteral("every-field@test");
    window.end = WindowEnd::Elapsed;
    window.exdates = {local("2026-02-04T00:00:00"), local("2026-03-04T00:00:00")};
    window.rdates = {local("2026-02-11T00:00:00")};
    window.keepsWorking = QStringLiteral("VMs keep running.\nAll is well.");
    window.affectedFr = QStringLiteral("Le portail peut être indisponible.");
    window.keepsWorkingFr = QStringLiteral("Les VM continuent de tourner.\nTout va bien.");
    window.pausesSla = false;
    window.holidayRule = HolidayRule::MoveToNextWorkingDay;
    window.holidayCalendar = QStringLiteral("paris-office");
    window.overrides = {{local("2026-05-06T00:00:00"), true, {}, {}},
                        {local("2026-06-03T00:00:00"),
                         false,
                         local("2026-06-10T01:00:00"),
                         local("2026-06-10T05:00:00")}};
    return window;
}

qint64 addCustomer(Database &database, const QString &name)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("INSERT INTO customers (name, organization, time_zone, language) "
                                 "VALUES (?, ?, 'Europe/Paris', 'fr') RETURNING id"));
    query.addBindValue(name);
    query.addBindValue(name);
    if (!query.exec() || !query.next())
        qFatal("cannot add a customer");
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

} // namespace

class TestSqlMaintenanceRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { test::addEngineRows(); }
    void initTestCase() { test::isolateUserData(); }
    void init();
    void writesReadBackTheSame();
    void staleWritesAreRefused();
    void uidsAreUnique();
    void storeByUidReplacesOrCreatesAllOrNothing();
    void subscriptions();
    void versionThreeRowsAreUpgraded();
    void remindersAreDueOnceBeforeTheOccurrence();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

void TestSqlMaintenanceRepository::init()
{
    QFETCH_GLOBAL(QString, engine);
    m_database.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = test::openTemporary(engine, *m_dir);
}

void TestSqlMaintenanceRepository::writesReadBackTheSame()
{
    SqlMaintenanceRepository repository(*m_database);
    const MaintenanceWindow written = everyField();
    const MaintenanceWindow stored = repository.create(written);
    QVERIFY(stored.id > 0);
    QCOMPARE(stored.version, 1);
    MaintenanceWindow expected = written;
    expected.id = stored.id;
    expected.version = 1;
    QVERIFY(stored == expected);
    QVERIFY(*repository.window(stored.id) == expected);
    QVERIFY(*repository.windowWithUid(QStringLiteral("every-field@test")) == expected);
    QVERIFY(!repository.window(stored.id + 100));

    // A window without a UID gets one; the list comes in order of id, overrides with each.
    MaintenanceWindow second = MaintenancePresets::all().at(2);
    second.uid.clear();
    const MaintenanceWindow secondStored = repository.create(second);
    QVERIFY(secondStored.uid.endsWith(QLatin1String("@hourglass")));
    const QList<MaintenanceWindow> all = repository.windows();
    QCOMPARE(all.size(), 2);
    QVERIFY(all.at(0) == expected);
    QCOMPARE(all.at(1).uid, secondStored.uid);
    QCOMPARE(all.at(1).overrides.size(), 0);
    QCOMPARE(test::countRows(*m_database, QStringLiteral("maintenance_overrides")), 2);
    QCOMPARE(test::countRows(*m_database,
                             QStringLiteral("change_log"),
                             QStringLiteral("table_name = 'maintenance_windows' AND kind = "
                                            "'created'")),
             2);
}

void TestSqlMaintenanceRepository::staleWritesAreRefused()
{
    SqlMaintenanceRepository repository(*m_database);
    const MaintenanceWindow stored = repository.create(everyField());

    MaintenanceWindow mine = stored;
    mine.title = QStringLiteral("Mine");
    mine.overrides.removeFirst();
    const MaintenanceWindow saved = repository.update(mine);
    QCOMPARE(saved.version, 2);
    QCOMPARE(saved.title, QStringLiteral("Mine"));
    QCOMPARE(saved.overrides.size(), 1);

    // Another copy, still at version 1, loses and changes nothing.
    MaintenanceWindow theirs = stored;
    theirs.title = QStringLiteral("Theirs");
    try {
        repository.update(theirs);
        QFAIL("a stale update was saved");
    } catch (const ConflictError &conflict) {
        QCOMPARE(conflict.table, QStringLiteral("maintenance_windows"));
        QCOMPARE(conflict.rowId, stored.id);
        QCOMPARE(conflict.yourVersion, 1);
        QCOMPARE(conflict.theirVersion, 2);
        QCOMPARE(conflict.theirAuthor, m_database->actor());
        QVERIFY2(conflict.message().contains(QLatin1String("Theirs")),
                 qPrintable(conflict.message()));
    }
    QCOMPARE(repository.window(stored.id)->title, QStringLiteral("Mine"));
    QCOMPARE(test::countRows(*m_database, QStringLiteral("maintenance_overrides")), 1);

    QVERIFY_THROWS_EXCEPTION(ConflictError, repository.remove(stored.id, 1));
    QVERIFY(repository.window(stored.id));
    repository.remove(stored.id, 2);
    QVERIFY(!repository.window(stored.id));
    QCOMPARE(test::countRows(*m_database, QStringLiteral("maintenance_overrides")), 0);
    QVERIFY_THROWS_EXCEPTION(StorageError, repository.remove(stored.id, 2));
}

void TestSqlMaintenanceRepository::uidsAreUnique()
{
    SqlMaintenanceRepository repository(*m_database);
    repository.create(everyField());
    QVERIFY_THROWS_EXCEPTION(StorageError, repository.create(everyField()));
    QCOMPARE(test::countRows(*m_database, QStringLiteral("maintenance_windows")), 1);
}

void TestSqlMaintenanceRepository::storeByUidReplacesOrCreatesAllOrNothing()
{
    SqlMaintenanceRepository repository(*m_database);
    const MaintenanceWindow first = repository.create(everyField());
    repository.update(first); // version 2: an import replaces whatever version is stored

    MaintenanceWindow replacement = everyField();
    replacement.title = QStringLiteral("Replaced");
    replacement.overrides.clear();
    const QList<MaintenanceWindow> presets = MaintenancePresets::all();
    const QList<MaintenanceWindow> stored = repository.storeByUid(
        {replacement, presets.at(1), presets.at(2)});
    QCOMPARE(stored.size(), 3);
    QCOMPARE(stored.at(0).id, first.id);
    QCOMPARE(stored.at(0).version, 3);
    QCOMPARE(stored.at(0).title, QStringLiteral("Replaced"));
    QCOMPARE(test::countRows(*m_database, QStringLiteral("maintenance_windows")), 3);
    QCOMPARE(test::countRows(*m_database, QStringLiteral("maintenance_overrides")), 0);

    // The database refuses the second (no length): the first, a change, is rolled back too.
    MaintenanceWindow changed = presets.at(1);
    changed.title = QStringLiteral("Changed");
    MaintenanceWindow broken = presets.at(0);
    broken.uid = QStringLiteral("broken@test");
    broken.length = Seconds{0};
    QVERIFY_THROWS_EXCEPTION(StorageError, repository.storeByUid({changed, broken}));
    QCOMPARE(repository.windowWithUid(presets.at(1).uid)->title, presets.at(1).title);
    QVERIFY(!repository.windowWithUid(QStringLiteral("broken@test")));
    QCOMPARE(test::countRows(*m_database, QStringLiteral("maintenance_windows")), 3);
}

void TestSqlMaintenanceRepository::subscriptions()
{
    SqlMaintenanceRepository repository(*m_database);
    const qint64 alpha = addCustomer(*m_database, QStringLiteral("Alpha"));
    const qint64 beta = addCustomer(*m_database, QStringLiteral("Beta"));
    repository.subscribe(beta, QStringLiteral("NUP"));
    repository.subscribe(alpha, QStringLiteral("NUP"));
    repository.subscribe(alpha, QStringLiteral("NUP")); // once is enough
    repository.subscribe(alpha, QStringLiteral("NGP"));
    QCOMPARE(repository.subscribersOf(QStringLiteral("NUP")), (QList<qint64>{alpha, beta}));
    QCOMPARE(repository.subscribersOf(QStringLiteral("NGP")), QList<qint64>{alpha});
    QCOMPARE(repository.subscribersOf(QStringLiteral("nup")), QList<qint64>{}); // exact names
    QCOMPARE(repository.platformsOf(alpha),
             (QStringList{QStringLiteral("NGP"), QStringLiteral("NUP")}));
    repository.unsubscribe(alpha, QStringLiteral("NUP"));
    QCOMPARE(repository.subscribersOf(QStringLiteral("NUP")), QList<qint64>{beta});
    QCOMPARE(repository.platformsOf(beta), QStringList{QStringLiteral("NUP")});
    // Only customers that exist subscribe.
    QVERIFY_THROWS_EXCEPTION(StorageError, repository.subscribe(beta + 100, QStringLiteral("NUP")));
}

void TestSqlMaintenanceRepository::versionThreeRowsAreUpgraded()
{
    // A database of the previous release with the demo's placeholder row, then migrated.
    QFETCH_GLOBAL(QString, engine);
    m_database.reset();
    QTemporaryDir dir;
    const QString url = engine == QLatin1String("postgresql")
                            ? test::createPostgresDatabase()
                            : QStringLiteral("sqlite:")
                                  + dir.filePath(QStringLiteral("old.sqlite"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(DatabaseUrl::parse(url).driverName(),
                                                     QStringLiteral("old"));
        const DatabaseUrl parsed = DatabaseUrl::parse(url);
        raw.setDatabaseName(parsed.isSqlite() ? parsed.path() : parsed.databaseName());
        raw.setHostName(parsed.host());
        raw.setPort(parsed.port());
        raw.setUserName(parsed.user());
        QVERIFY(raw.open());
        Migrations::applyUpTo(raw, parsed.engine(), 3);
        QSqlQuery insert(raw);
        QVERIFY(insert.exec(QStringLiteral(
            "INSERT INTO maintenance_windows (name, platform, time_zone, starts_local, "
            "duration_seconds, rrule, notice) VALUES ('Old window', 'NUP', 'Europe/Paris', "
            "'2023-01-04T00:00:00', 21600, 'FREQ=MONTHLY;BYDAY=1WE', 'VMs keep running.')")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    auto database = Database::open(DatabaseUrl::parse(url), Database::Schema::Migrate);
    SqlMaintenanceRepository repository(*database);
    const QList<MaintenanceWindow> windows = repository.windows();
    QCOMPARE(windows.size(), 1);
    const MaintenanceWindow &old = windows.constFirst();
    QCOMPARE(old.uid, QStringLiteral("window-%1@hourglass").arg(old.id));
    QCOMPARE(old.title, QStringLiteral("Old window"));
    QCOMPARE(old.affected, QStringLiteral("VMs keep running."));
    QCOMPARE(old.start, local("2023-01-04T00:00:00"));
    QCOMPARE(old.length, Seconds{21600});
    QCOMPARE(old.end, WindowEnd::WallClock);
    QCOMPARE(old.holidayRule, HolidayRule::Keep);
    QVERIFY(!old.pausesSla);
    old.validate();
}

void TestSqlMaintenanceRepository::remindersAreDueOnceBeforeTheOccurrence()
{
    SqlMaintenanceRepository repository(*m_database);
    const MaintenanceWindow window = repository.create(MaintenancePresets::all().at(0));
    const qint64 alpha = addCustomer(*m_database, QStringLiteral("Alpha"));
    const qint64 beta = addCustomer(*m_database, QStringLiteral("Beta"));
    const qint64 gamma = addCustomer(*m_database, QStringLiteral("Gamma"));
    // The night of Wednesday 4 February 2026, 00:00 Paris; reminders two days ahead.
    const Instant start = test::at("2026-02-03T23:00:00Z");
    const auto notice = [&](qint64 customer,
                            MaintenanceNotice::Method method,
                            MaintenanceNotice::Kind kind) {
        NoticeRecord r;
        r.windowUid = window.uid;
        r.occurrenceStart = start;
        r.recurrenceId = local("2026-02-04T00:00:00");
        r.customerId = customer;
        r.address = QStringLiteral("ops@example.com");
        r.language = QStringLiteral("fr");
        r.timeZone = QStringLiteral("Europe/Paris");
        r.method = method;
        r.kind = kind;
        r.sequence = 0;
        if (method == MaintenanceNotice::Method::Request && kind == MaintenanceNotice::Kind::Notice)
            r.reminderAt = start - std::chrono::hours{48};
        return r;
    };
    using Method = MaintenanceNotice::Method;
    using Kind = MaintenanceNotice::Kind;
    repository.recordNotices({notice(alpha, Method::Request, Kind::Notice),
                              notice(beta, Method::Request, Kind::Notice),
                              notice(gamma, Method::Request, Kind::Notice)});
    const auto due = [&](Instant now) {
        QList<qint64> customers;
        for (const NoticeRecord &r : repository.dueReminders(now))
            customers.append(r.customerId);
        return customers;
    };
    QVERIFY(due(start - std::chrono::hours{49}).isEmpty());
    QCOMPARE(due(start - std::chrono::hours{48}), (QList<qint64>{alpha, beta, gamma}));

    // A reminder sent, a cancellation: their customers are done; the third still is due, until
    // the occurrence starts.
    repository.recordNotices({notice(alpha, Method::Request, Kind::Reminder),
                              notice(beta, Method::Cancel, Kind::Notice)});
    QCOMPARE(due(start - std::chrono::hours{1}), QList<qint64>{gamma});
    QVERIFY(due(start).isEmpty());
    const QList<NoticeRecord> records = repository.noticesOf(window.uid);
    QCOMPARE(records.size(), 5);
    QCOMPARE(records.at(3).kind, Kind::Reminder);
    QCOMPARE(records.at(3).customerId, alpha);
    QCOMPARE(records.at(4).method, Method::Cancel);
    QCOMPARE(records.at(0).kind, Kind::Notice);
    QCOMPARE(records.at(0).reminderAt, start - std::chrono::hours{48});
}

QTEST_GUILESS_MAIN(TestSqlMaintenanceRepository)
#include "tst_sqlmaintenancerepository.moc"
