// What a database holds, counted: the facts the console and `hourglass-cli info` show.
#pragma once

#include <QList>
#include <QString>

namespace hourglass {

struct TableCount
{
    QString table;
    qint64 rows = 0;
};

// Widgets and commands read these facts here instead of writing SQL; storage implements it.
// Every function reads the database afresh and throws StorageError when it cannot.
class DatabaseSummary
{
public:
    virtual ~DatabaseSummary() = default;

    virtual int schemaVersion() = 0;
    // The tables an operator asks about, always in the same order (the CLI prints them so).
    virtual QList<TableCount> tableCounts() = 0;

    virtual qint64 ticketCount() = 0;
    // Every ticket not resolved, as the queue shows them.
    virtual qint64 openTicketCount() = 0;
    virtual qint64 ticketEventCount() = 0;
    virtual qint64 customerCount() = 0;
    virtual qint64 onCallRotationCount() = 0;
    virtual qint64 onCallMemberCount() = 0;
    virtual qint64 maintenanceWindowCount() = 0;
    virtual qint64 expertiseEntryCount() = 0;

    // Whether anyone has recorded anything (a ticket or a user): demo data goes only into a
    // database that holds nothing.
    virtual bool holdsData() = 0;
};

} // namespace hourglass
