// On-call rotations in SQL on both engines, through the service: what is written reads back the
// same, edits add revisions and keep the old ones, stale writes are refused, who and when are
// recorded, overrides and leave are withdrawn not deleted, bad input changes nothing, and a
// rotation of schema version 1 reads as its first revision.
#include "io/inputerror.h"
#include "oncall/oncallservice.h"
#include "storage/conflicterror.h"
#include "storage/database.h"
#include "storage/sqlcustomerdirectory.h"
#include "storage/sqloncallrepository.h"
#include "storage/storageerror.h"
#include "testenvironment.h"
#include "time/clock.h"

#include <QSqlQuery>
#include <QTest>

using namespace hourglass;

namespace {

void addUser(Database &database, const QString &login, const QString &name)
{
    QSqlQuery insert(database.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO users (login, display_name, role, languages, time_zone, email, phone) "
        "VALUES (?, ?, 'agent', 'en', 'America/Toronto', '', '')"));
    insert.addBindValue(login);
    insert.addBindValue(name);
    if (!insert.exec())
        qFatal("cannot add a user");
}

date::local_days day(int y, unsigned m, unsigned d)
{
    return date::local_days{date::year{y} / date::month{m} / date::day{d}};
}

Rotation everyField()
{
    Rotation r;
    r.name = QStringLiteral("Réseau, nuit");
    r.zone = QStringLiteral("Europe/Paris");
    r.period = RotationPeriod::Custom;
    r.firstHandoff = day(2026, 3, 2);
    r.handoffDates = {day(2026, 3, 9), day(2026, 3, 20)};
    r.handoffTime = Seconds{8 * 3600 + 30 * 60};
    r.people = {"p3", "p1", "p2"};
    r.secondaries = 2;
    r.level2 = {"p4"};
    r.level3 = {"p5", "p1"};
    return r;
}

} // namespace

class TestSqlOnCallRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { test::addEngineRows(); }
    void initTestCase() { test::isolateUserData(); }
    void init();
    void writesReadBackTheSame();
    void editsAddRevisionsAndStaleOnesAreRefused();
    void overridesAndLeaveAreWithdrawnNotDeleted();
    void badInputChangesNothing();
    void historyThroughTheDatabaseClock();
    void versionOneRotationsReadAsTheirFirstRevision();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SqlOnCallRepository> m_repository;
    std::unique_ptr<SqlCustomerDirectory> m_directory;
    std::unique_ptr<OnCallService> m_service;
};

void TestSqlOnCallRepository::init()
{
    QFETCH_GLOBAL(QString, engine);
    m_service.reset();
    m_repository.reset();
    m_directory.reset();
    m_database.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = test::openTemporary(engine, *m_dir);
    for (int i = 1; i <= 5; ++i)
        addUser(*m_database, QStringLiteral("p%1").arg(i), QStringLiteral("Person %1").arg(i));
    m_repository = std::make_unique<SqlOnCallRepository>(*m_database);
    m_directory = std::make_unique<SqlCustomerDirectory>(*m_database);
    m_service = std::make_unique<OnCallService>(*m_repository,
                                                [this] { return m_directory->people(); });
}

void TestSqlOnCallRepository::writesReadBackTheSame()
{
    const Rotation written = everyField();
    const Rotation stored = m_service->save(written);
    QVERIFY(stored.id > 0);
    QCOMPARE(stored.version, 1);
    Rotation expected = written;
    expected.id = stored.id;
    expected.version = 1;
    QCOMPARE(stored, expected);
    QCOMPARE(*m_repository->rotation(stored.id), expected);
    QCOMPARE(m_service->rotationNamed(QStringLiteral("Réseau, nuit")).id, stored.id);
    // The rows version 1's readers see follow the latest revision.
    QCOMPARE(test::countRows(*m_database,
                             QStringLiteral("oncall_members"),
                             QStringLiteral("rotation_id = %1").arg(stored.id)),
             3);
    const QList<RotationRevision> revisions = m_repository->revisions(stored.id);
    QCOMPARE(revisions.size(), 1);
    QCOMPARE(revisions.at(0).revision, 1);
    QCOMPARE(revisions.at(0).recordedBy, m_database->actor());
    // Every period key and an every-N rotation read back too.
    Rotation every = everyField();
    every.name = QStringLiteral("every");
    every.period = RotationPeriod::EveryNDays;
    every.everyDays = 10;
    every.handoffDates.clear();
    const Rotation storedEvery = m_service->save(every);
    QCOMPARE(storedEvery.period, RotationPeriod::EveryNDays);
    QCOMPARE(storedEvery.everyDays, 10);
    // Names are unique.
    Rotation again = everyField();
    QVERIFY_THROWS_EXCEPTION(StorageError, m_service->save(again));
    QCOMPARE(m_service->rotations().size(), 2);
}

void TestSqlOnCallRepository::editsAddRevisionsAndStaleOnesAreRefused()
{
    const Rotation first = m_service->save(everyField());
    Rotation edit = first;
    edit.people = {"p1", "p2", "p3", "p4"};
    edit.secondaries = 3;
    const Rotation second = m_service->save(edit);
    QCOMPARE(second.version, 2);
    QCOMPARE(second.people.size(), 4);
    const QList<RotationRevision> revisions = m_repository->revisions(first.id);
    QCOMPARE(revisions.size(), 2);
    QCOMPARE(revisions.at(0).rotation.people, everyField().people); // kept, not overwritten
    QCOMPARE(revisions.at(1).rotation.people, edit.people);
    QVERIFY(revisions.at(0).recordedAt <= revisions.at(1).recordedAt);
    // A write based on version 1 loses, names who won, and changes nothing.
    Rotation stale = first;
    stale.secondaries = 0;
    try {
        m_service->save(stale);
        QFAIL("stale write accepted");
    } catch (const ConflictError &conflict) {
        QCOMPARE(conflict.yourVersion, 1);
        QCOMPARE(conflict.theirVersion, 2);
        QCOMPARE(conflict.theirAuthor, m_database->actor());
    }
    QCOMPARE(m_repository->revisions(first.id).size(), 2);
    QCOMPARE(m_repository->rotation(first.id)->secondaries, 3);
}

void TestSqlOnCallRepository::overridesAndLeaveAreWithdrawnNotDeleted()
{
    const Rotation r = m_service->save(everyField());
    OnCallOverride o;
    o.rotationId = r.id;
    o.start = test::at("2026-03-03T10:00:00Z");
    o.end = test::at("2026-03-04T10:00:00Z");
    o.covered = QStringLiteral("p3");
    o.cover = QStringLiteral("p5");
    o.note = QStringLiteral("dentist");
    const OnCallOverride stored = m_service->addOverride(o);
    QVERIFY(stored.id > 0);
    QCOMPARE(stored.version, 1);
    QCOMPARE(stored.cover, QStringLiteral("p5"));
    QCOMPARE(stored.note, QStringLiteral("dentist"));
    QCOMPARE(stored.recordedBy, m_database->actor());
    QVERIFY(!stored.withdrawnAt);
    const OnCallSchedule schedule = m_service->schedule(r.id);
    QCOMPARE(schedule.at(test::at("2026-03-03T12:00:00Z"), stored.recordedAt).prime,
             QStringLiteral("p5"));

    QVERIFY_THROWS_EXCEPTION(ConflictError, m_service->withdrawOverride(stored.id, 7));
    m_service->withdrawOverride(stored.id, stored.version);
    QVERIFY_THROWS_EXCEPTION(ConflictError, m_service->withdrawOverride(stored.id, 2));
    const QList<OnCallOverride> all = m_repository->overrides(r.id);
    QCOMPARE(all.size(), 1);
    QVERIFY(all.at(0).withdrawnAt.has_value());
    QCOMPARE(all.at(0).withdrawnBy, m_database->actor());
    QCOMPARE(all.at(0).version, 2);

    DeclaredLeave l;
    l.person = QStringLiteral("p1");
    l.start = test::at("2026-07-01T00:00:00Z");
    l.end = test::at("2026-07-15T00:00:00Z");
    const DeclaredLeave leave = m_service->declareLeave(l);
    QCOMPARE(leave.person, QStringLiteral("p1"));
    QCOMPARE(leave.end, l.end);
    m_service->withdrawLeave(leave.id, leave.version);
    QVERIFY(m_service->leave().at(0).withdrawnAt.has_value());
    QVERIFY_THROWS_EXCEPTION(ConflictError, m_service->withdrawLeave(leave.id, leave.version));
}

void TestSqlOnCallRepository::badInputChangesNothing()
{
    const Rotation r = m_service->save(everyField());
    const auto refused = [&](auto &&write, const QString &field) {
        const qint64 revisions = test::countRows(*m_database, QStringLiteral("oncall_revisions"));
        const qint64 overrides = test::countRows(*m_database, QStringLiteral("oncall_overrides"));
        try {
            write();
            QFAIL("accepted");
        } catch (const InputError &error) {
            QCOMPARE(error.place(), field);
        }
        QCOMPARE(test::countRows(*m_database, QStringLiteral("oncall_revisions")), revisions);
        QCOMPARE(test::countRows(*m_database, QStringLiteral("oncall_overrides")), overrides);
    };
    Rotation unknownPerson = r;
    unknownPerson.people.append(QStringLiteral("nobody"));
    refused([&] { m_service->save(unknownPerson); }, QStringLiteral("people[4]"));
    Rotation unknownLevel = r;
    unknownLevel.level2 = {QStringLiteral("ghost")};
    refused([&] { m_service->save(unknownLevel); }, QStringLiteral("level 2[1]"));
    OnCallOverride o;
    o.rotationId = r.id;
    o.start = test::at("2026-03-03T10:00:00Z");
    o.end = o.start;
    o.covered = QStringLiteral("p1");
    o.cover = QStringLiteral("p2");
    refused([&] { m_service->addOverride(o); }, QStringLiteral("to"));
    o.end = o.start + Seconds{3600};
    o.cover = QStringLiteral("p1");
    refused([&] { m_service->addOverride(o); }, QStringLiteral("cover"));
    o.cover = QStringLiteral("stranger");
    refused([&] { m_service->addOverride(o); }, QStringLiteral("cover"));
    o.cover = QStringLiteral("p2");
    o.rotationId = r.id + 100;
    refused([&] { m_service->addOverride(o); }, QStringLiteral("rotation"));
    refused([&] { m_service->rotationNamed(QStringLiteral("Nope")); }, QStringLiteral("rotation"));
}

void TestSqlOnCallRepository::historyThroughTheDatabaseClock()
{
    // SQLite stamps with the injected clock; PostgreSQL with its own, whatever the test says.
    ManualClock clock(test::at("2026-03-01T00:00:00Z"));
    m_database->setClock(clock);
    Rotation r = everyField();
    r.period = RotationPeriod::Daily;
    r.handoffDates.clear();
    // PostgreSQL's stamp is today's date, whatever it is: the rotation starts long before.
    r.firstHandoff = day(2000, 1, 3);
    const Rotation first = m_service->save(r);
    clock.set(test::at("2026-03-05T12:00:00Z"));
    Rotation edit = first;
    edit.people = {"p5", "p4", "p3"};
    m_service->save(edit);
    const QList<RotationRevision> revisions = m_repository->revisions(first.id);
    QCOMPARE(revisions.size(), 2);
    if (!m_database->isPostgres()) {
        QCOMPARE(revisions.at(0).recordedAt, test::at("2026-03-01T00:00:00Z"));
        QCOMPARE(revisions.at(1).recordedAt, test::at("2026-03-05T12:00:00Z"));
    }
    const OnCallSchedule schedule = m_service->schedule(first.id);
    const Instant edited = revisions.at(1).recordedAt;
    QCOMPARE(schedule.at(edited).revision, 2);
    QVERIFY(edit.people.contains(schedule.at(edited).prime));
    // Before the edit was recorded, the first revision answers, past instants included.
    QCOMPARE(schedule.at(edited - Seconds{1}).revision, 1);
    QCOMPARE(schedule.at(revisions.at(0).recordedAt - Seconds{86400}).revision, 1);
}

void TestSqlOnCallRepository::versionOneRotationsReadAsTheirFirstRevision()
{
    // A rotation as version 1 stored it: a start instant, a shift length and members.
    QSqlQuery insert(m_database->connection());
    insert.prepare(QStringLiteral("INSERT INTO oncall_rotations (name, time_zone, starts_at, "
                                  "shift_seconds) VALUES ('old', 'America/Toronto', ?, ?) "
                                  "RETURNING id"));
    insert.addBindValue(toEpoch(test::at("2026-03-02T14:00:00Z"))); // Monday 09:00 EST
    insert.addBindValue(7 * 86400);
    QVERIFY(insert.exec() && insert.next());
    const qint64 id = insert.value(0).toLongLong();
    insert.finish();
    for (int position = 0; position < 3; ++position) {
        QSqlQuery member(m_database->connection());
        member.prepare(QStringLiteral("INSERT INTO oncall_members (rotation_id, position, user_id) "
                                      "VALUES (?, ?, ?)"));
        member.addBindValue(id);
        member.addBindValue(position);
        member.addBindValue(m_database->userId(QStringLiteral("p%1").arg(position + 1)));
        QVERIFY(member.exec());
    }
    const Rotation old = *m_repository->rotation(id);
    QCOMPARE(old.period, RotationPeriod::Weekly);
    QCOMPARE(old.firstHandoff, day(2026, 3, 2));
    QCOMPARE(old.handoffTime, Seconds{9 * 3600});
    QCOMPARE(old.people, QStringList({"p1", "p2", "p3"}));
    QCOMPARE(old.secondaries, 2);
    // Its first edit keeps what it said as revision 1, from the beginning of time.
    Rotation edit = old;
    edit.secondaries = 1;
    m_service->save(edit);
    const QList<RotationRevision> revisions = m_repository->revisions(id);
    QCOMPARE(revisions.size(), 2);
    QCOMPARE(revisions.at(0).rotation.secondaries, 2);
    QCOMPARE(revisions.at(0).recordedAt, fromEpoch(0));
    QCOMPARE(revisions.at(1).rotation.secondaries, 1);
}

QTEST_GUILESS_MAIN(TestSqlOnCallRepository)
#include "tst_sqloncallrepository.moc"
