// hourglass-cli info|demo|migrate: what a database holds, filling an empty one with demo data,
// and bringing its schema up to date.
#include "cli/databasecommands.h"

#include "cli/openroot.h"
#include "cli/output.h"
#include "compositionroot.h"
#include "storage/database.h"
#include "storage/demodata.h"
#include "storage/sqldatabasesummary.h"
#include "storage/storageerror.h"

namespace hourglass::cli {

namespace {

std::unique_ptr<CompositionRoot> openDatabase(const CliArguments &arguments)
{
    arguments.allowOnly({QStringLiteral("database"), QStringLiteral("json")});
    arguments.allowWords(1);
    // The CLI never fills the embedded database by surprise: "demo" does that on request.
    return openRoot(arguments);
}

} // namespace

int runInfoCommand(const CliArguments &arguments)
{
    const auto root = openDatabase(arguments);
    DatabaseSummary &summary = root->databaseSummary();
    QJsonObject object;
    object.insert(QStringLiteral("database"), root->database().url().toString());
    object.insert(QStringLiteral("schema_version"), summary.schemaVersion());
    for (const TableCount &count : summary.tableCounts())
        object.insert(count.table, count.rows);
    printObject(object, arguments.flag(QStringLiteral("json")));
    return 0;
}

int runDemoCommand(const CliArguments &arguments)
{
    const auto root = openDatabase(arguments);
    Database &database = root->database();
    if (root->databaseSummary().holdsData())
        throw StorageError(QStringLiteral("%1 already holds data; demo data goes into an empty "
                                          "database only")
                               .arg(database.url().toString()));
    const DemoDataSummary summary = DemoData::populate(database, root->clock().now());
    printObject({{QStringLiteral("users"), summary.users},
                 {QStringLiteral("customers"), summary.customers},
                 {QStringLiteral("tickets"), summary.tickets},
                 {QStringLiteral("ticket_events"), summary.events},
                 {QStringLiteral("maintenance_windows"), summary.maintenanceWindows},
                 {QStringLiteral("expertise_entries"), summary.expertiseEntries}},
                arguments.flag(QStringLiteral("json")));
    return 0;
}

int runMigrateCommand(const CliArguments &arguments)
{
    arguments.allowOnly({QStringLiteral("database"), QStringLiteral("json")});
    arguments.allowWords(1);
    // The one command that migrates a team's database: every client only checks its version.
    const DatabaseUrl url = arguments.has(QStringLiteral("database"))
                                ? DatabaseUrl::parse(arguments.value(QStringLiteral("database")))
                                : Database::defaultUrl();
    const auto database = Database::open(url, Database::Schema::Migrate);
    printObject({{QStringLiteral("database"), database->url().toString()},
                 {QStringLiteral("schema_version"), SqlDatabaseSummary(*database).schemaVersion()}},
                arguments.flag(QStringLiteral("json")));
    return 0;
}

} // namespace hourglass::cli
