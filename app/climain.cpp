// hourglass-cli: the scripting interface. Stable, documented output; --json on every command.
#include "compositionroot.h"
#include "hourglassversion.h"
#include "io/inputerror.h"
#include "storage/demodata.h"
#include "storage/migrations.h"
#include "storage/storageerror.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <chrono>
#include <cstdio>

using namespace hourglass;

namespace {

const char usage[] = "Usage: hourglass-cli [--database URL] [--json] COMMAND\n"
                     "\n"
                     "Commands:\n"
                     "  info     the database in use, its schema version and what it holds\n"
                     "  demo     fill an empty database with the demo data\n"
                     "\n"
                     "Options:\n"
                     "  --database URL  sqlite:PATH or postgresql://user@host:port/database\n"
                     "                  (default: the embedded database in the user's data "
                     "folder)\n"
                     "  --json          print one JSON object instead of text\n"
                     "  --help          this text\n"
                     "  --version       the version of Hourglass\n";

void print(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
}

int fail(const QString &message, int code = 2)
{
    std::fprintf(stderr, "hourglass-cli: %s\n", message.toUtf8().constData());
    return code;
}

void printObject(const QJsonObject &object, bool json)
{
    if (json) {
        print(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + u'\n');
        return;
    }
    for (auto it = object.begin(); it != object.end(); ++it)
        print(it.key() + QLatin1String(": ") + it->toVariant().toString() + u'\n');
}

int info(Database &database, bool json)
{
    QJsonObject object;
    object.insert(QStringLiteral("database"), database.url().toString());
    object.insert(QStringLiteral("schema_version"),
                  Migrations::currentVersion(database.connection()));
    const char *const tables[] = {"users",
                                  "customers",
                                  "contracts",
                                  "policies",
                                  "tickets",
                                  "ticket_events",
                                  "oncall_rotations",
                                  "maintenance_windows",
                                  "expertise_entries"};
    for (const char *table : tables)
        object.insert(QString::fromLatin1(table), database.countRows(QString::fromLatin1(table)));
    printObject(object, json);
    return 0;
}

int demo(Database &database, bool json)
{
    const auto now = std::chrono::time_point_cast<std::chrono::seconds>(
        std::chrono::system_clock::now());
    if (database.countRows(QStringLiteral("tickets")) > 0
        || database.countRows(QStringLiteral("users")) > 0)
        return fail(QStringLiteral("%1 already holds data; demo data goes into an empty "
                                   "database only")
                        .arg(database.url().toString()),
                    1);
    const DemoDataSummary summary = DemoData::populate(database, now);
    printObject({{QStringLiteral("users"), summary.users},
                 {QStringLiteral("customers"), summary.customers},
                 {QStringLiteral("tickets"), summary.tickets},
                 {QStringLiteral("ticket_events"), summary.events},
                 {QStringLiteral("maintenance_windows"), summary.maintenanceWindows},
                 {QStringLiteral("expertise_entries"), summary.expertiseEntries}},
                json);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();

    QStringList args = app.arguments().mid(1);
    QString databaseUrl;
    bool json = false;
    QStringList positional;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            print(QString::fromLatin1(usage));
            return 0;
        } else if (arg == QLatin1String("--version")) {
            print(QStringLiteral("hourglass-cli " HOURGLASS_VERSION "\n"));
            return 0;
        } else if (arg == QLatin1String("--json")) {
            json = true;
        } else if (arg == QLatin1String("--database")) {
            if (i + 1 >= args.size())
                return fail(QStringLiteral("--database needs a URL"));
            databaseUrl = args.at(++i);
        } else if (arg.startsWith(QLatin1String("--database="))) {
            databaseUrl = arg.mid(11);
        } else if (arg.startsWith(QLatin1String("-"))) {
            return fail(QStringLiteral("unknown option %1 (see --help)").arg(arg));
        } else {
            positional.append(arg);
        }
    }
    if (positional.isEmpty())
        return fail(QStringLiteral("no command given (see --help)"));
    const QString command = positional.takeFirst();
    if (command != QLatin1String("info") && command != QLatin1String("demo"))
        return fail(QStringLiteral("unknown command \"%1\" (see --help)").arg(command));
    if (!positional.isEmpty())
        return fail(QStringLiteral("unexpected argument \"%1\"").arg(positional.first()));

    try {
        // The CLI never fills the embedded database by surprise: "demo" does that on request.
        CompositionRoot root(databaseUrl, CompositionRoot::Demo::Never);
        if (command == QLatin1String("info"))
            return info(root.database(), json);
        return demo(root.database(), json);
    } catch (const InputError &error) {
        return fail(error.message());
    } catch (const StorageError &error) {
        return fail(error.message(), 1);
    }
}
