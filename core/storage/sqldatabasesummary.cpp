// DatabaseSummary over the SQL schema, for SQLite and PostgreSQL alike.
#include "storage/sqldatabasesummary.h"

#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::SqlDatabaseSummary)
};

} // namespace

SqlDatabaseSummary::SqlDatabaseSummary(DatabaseHandle database)
    : m_database(database)
{}

int SqlDatabaseSummary::schemaVersion()
{
    return Migrations::currentVersion(m_database.get().connection());
}

QList<TableCount> SqlDatabaseSummary::tableCounts()
{
    static const char *const tables[] = {"users",
                                         "customers",
                                         "contracts",
                                         "policies",
                                         "tickets",
                                         "ticket_events",
                                         "oncall_rotations",
                                         "oncall_members",
                                         "maintenance_windows",
                                         "expertise_entries"};
    QList<TableCount> counts;
    for (const char *table : tables)
        counts.append({QString::fromLatin1(table), count(table)});
    return counts;
}

qint64 SqlDatabaseSummary::ticketCount()
{
    return count("tickets");
}

qint64 SqlDatabaseSummary::openTicketCount()
{
    return count("tickets", "status <> 'resolved'");
}

qint64 SqlDatabaseSummary::ticketEventCount()
{
    return count("ticket_events");
}

qint64 SqlDatabaseSummary::customerCount()
{
    return count("customers");
}

qint64 SqlDatabaseSummary::onCallRotationCount()
{
    return count("oncall_rotations");
}

qint64 SqlDatabaseSummary::onCallMemberCount()
{
    return count("oncall_members");
}

qint64 SqlDatabaseSummary::maintenanceWindowCount()
{
    return count("maintenance_windows");
}

qint64 SqlDatabaseSummary::expertiseEntryCount()
{
    return count("expertise_entries");
}

bool SqlDatabaseSummary::holdsData()
{
    // The person who set a team database up may be its only user yet: customers say it is in
    // use.
    return count("tickets") > 0 || count("customers") > 0;
}

qint64 SqlDatabaseSummary::count(const char *table, const char *condition)
{
    QString sql = QLatin1String("SELECT COUNT(*) FROM ") + QLatin1String(table);
    if (condition)
        sql += QLatin1String(" WHERE ") + QLatin1String(condition);
    Database &database = m_database.get();
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        throw StorageError(
            database.describeError(Tr::tr("cannot count the rows of %1").arg(QLatin1String(table)),
                                   query.lastError()));
    return query.value(0).toLongLong();
}

} // namespace hourglass
