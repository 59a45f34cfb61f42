// What a database holds, counted through the interface views and commands use, on both engines.
#include "sla/presetpolicies.h"
#include "storage/demodata.h"
#include "storage/migrations.h"
#include "storage/sqldatabasesummary.h"
#include "storage/storageerror.h"
#include "testenvironment.h"

#include <QSqlQuery>
#include <QTest>

using namespace hourglass;

class TestSqlDatabaseSummary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { test::addEngineRows(); }
    void initTestCase() { test::isolateUserData(); }
    void init();
    void emptyDatabaseHoldsNothing();
    void countsWhatDemoDataWrote();
    void openTicketsLeaveResolvedOnesOut();
    void tableCountsListTheTablesInOrder();
    void unreadableTableThrowsNamingTheDatabase();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

void TestSqlDatabaseSummary::init()
{
    QFETCH_GLOBAL(QString, engine);
    m_database.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = test::openTemporary(engine, *m_dir);
}

void TestSqlDatabaseSummary::emptyDatabaseHoldsNothing()
{
    SqlDatabaseSummary summary(*m_database);
    QVERIFY(!summary.holdsData());
    QCOMPARE(summary.schemaVersion(), Migrations::latestVersion());
    QCOMPARE(summary.ticketCount(), 0);
    QCOMPARE(summary.openTicketCount(), 0);
    QCOMPARE(summary.customerCount(), 0);
    // A team database holds one user once migrated: its owner, its first administrator; and
    // every database holds the preset policies, so customers can be imported at once.
    for (const TableCount &count : summary.tableCounts()) {
        qint64 expected = 0;
        if (m_database->isPostgres() && count.table == QLatin1String("users"))
            expected = 1;
        if (count.table == QLatin1String("policies"))
            expected = PresetPolicies::files().size();
        QVERIFY2(count.rows == expected, qPrintable(count.table));
    }
}

void TestSqlDatabaseSummary::countsWhatDemoDataWrote()
{
    const DemoDataSummary demo = DemoData::populate(*m_database, test::fixedNow);
    SqlDatabaseSummary summary(*m_database);
    QVERIFY(summary.holdsData());
    QCOMPARE(summary.ticketCount(), demo.tickets);
    QCOMPARE(summary.ticketEventCount(), demo.events);
    QCOMPARE(summary.customerCount(), demo.customers);
    QCOMPARE(summary.maintenanceWindowCount(), demo.maintenanceWindows);
    QCOMPARE(summary.expertiseEntryCount(), demo.expertiseEntries);
    QCOMPARE(summary.onCallRotationCount(), 1);
    QCOMPARE(summary.onCallMemberCount(), 5);
}

void TestSqlDatabaseSummary::openTicketsLeaveResolvedOnesOut()
{
    DemoData::populate(*m_database, test::fixedNow);
    SqlDatabaseSummary summary(*m_database);
    const qint64 resolved = test::countRows(*m_database,
                                            QStringLiteral("tickets"),
                                            QStringLiteral("status = 'resolved'"));
    QVERIFY(resolved > 0);
    QCOMPARE(summary.openTicketCount(), summary.ticketCount() - resolved);

    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE tickets SET status = 'resolved' "
                                      "WHERE id = (SELECT MIN(id) FROM tickets "
                                      "WHERE status <> 'resolved')")));
    QCOMPARE(summary.openTicketCount(), summary.ticketCount() - resolved - 1);
}

void TestSqlDatabaseSummary::tableCountsListTheTablesInOrder()
{
    DemoData::populate(*m_database, test::fixedNow);
    SqlDatabaseSummary summary(*m_database);
    const QList<TableCount> counts = summary.tableCounts();
    QStringList tables;
    for (const TableCount &count : counts) {
        tables.append(count.table);
        QCOMPARE(count.rows, test::countRows(*m_database, count.table));
    }
    QCOMPARE(tables,
             QStringList({"users",
                          "customers",
                          "contracts",
                          "policies",
                          "tickets",
                          "ticket_events",
                          "oncall_rotations",
                          "oncall_members",
                          "maintenance_windows",
                          "expertise_entries"}));
}

void TestSqlDatabaseSummary::unreadableTableThrowsNamingTheDatabase()
{
    SqlDatabaseSummary summary(*m_database);
    QSqlQuery query(m_database->connection());
    // What refers to the table goes first, as PostgreSQL refuses to drop it otherwise.
    QVERIFY(query.exec(QStringLiteral("DROP TABLE expertise_pack_draws")));
    QVERIFY(query.exec(QStringLiteral("DROP TABLE expertise_entries")));
    try {
        summary.expertiseEntryCount();
        QFAIL("counted a table that is gone");
    } catch (const StorageError &error) {
        QVERIFY2(error.message().startsWith(m_database->url().toString()),
                 qPrintable(error.message()));
        QVERIFY2(error.message().contains(QStringLiteral("expertise_entries")),
                 qPrintable(error.message()));
    }
    QCOMPARE(summary.ticketCount(), 0); // the rest still reads
}

QTEST_GUILESS_MAIN(TestSqlDatabaseSummary)
#include "tst_sqldatabasesummary.moc"
