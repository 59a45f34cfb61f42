// DatabaseSummary over the SQL schema, for SQLite and PostgreSQL alike.
#pragma once

#include "storage/databasehandle.h"
#include "storage/databasesummary.h"

namespace hourglass {

class Database;

class SqlDatabaseSummary final : public DatabaseSummary
{
    Q_DISABLE_COPY_MOVE(SqlDatabaseSummary)

public:
    explicit SqlDatabaseSummary(DatabaseHandle database);

    int schemaVersion() override;
    QList<TableCount> tableCounts() override;
    qint64 ticketCount() override;
    qint64 openTicketCount() override;
    qint64 ticketEventCount() override;
    qint64 customerCount() override;
    qint64 onCallRotationCount() override;
    qint64 onCallMemberCount() override;
    qint64 maintenanceWindowCount() override;
    qint64 expertiseEntryCount() override;
    bool holdsData() override;

private:
    // table and condition are fixed strings of this class, never text from outside.
    qint64 count(const char *table, const char *condition = nullptr);

    DatabaseHandle m_database;
};

} // namespace hourglass
