// The one place that builds the object graph, for the GUI and the CLI alike.
#pragma once

#include "sla/slaengine.h"
#include "storage/changefeed.h"
#include "storage/database.h"
#include "storage/sqldatabasesummary.h"
#include "storage/ticketwriter.h"
#include "time/clock.h"

#include <QString>

#include <memory>

namespace hourglass {

class CompositionRoot
{
    Q_DISABLE_COPY_MOVE(CompositionRoot)

public:
    enum class Demo { OnFirstRun, Never };

    // urlText empty means the embedded default (SQLite in the user's data folder), which gets
    // demo data on its first run unless told Never. Throws InputError (bad URL) or
    // StorageError (cannot open).
    explicit CompositionRoot(const QString &urlText, Demo demo = Demo::OnFirstRun);

    Database &database() { return *m_database; }
    // The write path with its offline journal (one journal per database URL), started on first
    // use.
    TicketWriter &ticketWriter();
    // The SLA engine over every policy version the database stores.
    const SlaEngine &slaEngine();
    // Changes written by every client, started on first use.
    ChangeFeed &changeFeed();
    const Clock &clock() const { return m_clock; }
    // What the database holds, counted, for the placeholder pages and `hourglass-cli info`.
    DatabaseSummary &databaseSummary();
    bool createdDemoData() const { return m_createdDemoData; }

private:
    std::unique_ptr<Database> m_database;
    std::unique_ptr<TicketWriter> m_writer;
    std::unique_ptr<SlaEngine> m_engine;
    std::unique_ptr<ChangeFeed> m_feed;
    std::unique_ptr<SqlDatabaseSummary> m_summary;
    SystemClock m_clock;
    bool m_createdDemoData = false;
};

// The database to open: --database if given, else the one chosen in Settings, else embedded.
QString chosenDatabaseUrl(const QString &commandLine);

// QCoreApplication names, so QSettings and QStandardPaths agree between GUI, CLI and tests.
void setApplicationIdentity();

} // namespace hourglass
