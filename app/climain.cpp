// hourglass-cli: the scripting interface. Stable, documented output; --json on every command.
#include "cli/calendarcommands.h"
#include "cli/cliarguments.h"
#include "cli/databasecommands.h"
#include "cli/slacommands.h"
#include "cli/ticketcommands.h"
#include "compositionroot.h"
#include "hourglassversion.h"
#include "io/inputerror.h"
#include "storage/conflicterror.h"
#include "storage/storageerror.h"
#include "time/businesscalendar.h"

#include <QCoreApplication>

#include <cstdio>

using namespace hourglass;
using namespace hourglass::cli;

namespace {

const char usage[]
    = "Usage: hourglass-cli [--json] COMMAND [OPTIONS]\n"
      "\n"
      "Database commands (--database sqlite:PATH | postgresql://user@host:port/database;\n"
      "default: the embedded database in the user's data folder):\n"
      "  info                       the database, its schema version and what it holds\n"
      "  demo                       fill an empty database with the demo data\n"
      "  migrate                    bring the schema up to date (on PostgreSQL: as the\n"
      "                             database owner; clients only check the version)\n"
      "\n"
      "Business-time commands (--calendar FILE, a calendar JSON file):\n"
      "  calendar add --calendar FILE --from ISO8601 --seconds N\n"
      "                             the deadline N business seconds after FROM (N < 0: before)\n"
      "  calendar between --calendar FILE --from ISO8601 --to ISO8601\n"
      "                             business seconds in [FROM, TO)\n"
      "  calendar explain --calendar FILE --from ISO8601 --to ISO8601\n"
      "                             [FROM, TO) cut into working, outside-hours and holiday\n"
      "  --batch FILE               (add, between) one query per line, \"FROM SECONDS\" or\n"
      "                             \"FROM TO\"; one answer per line; FILE - reads stdin\n"
      "\n"
      "SLA commands:\n"
      "  sla explain --policy FILE|PRESET --ticket FILE [--at ISO8601]\n"
      "                             every SLA clock of the ticket at --at (default: now):\n"
      "                             state, due time, remaining time and why\n"
      "  sla explain --policy FILE|PRESET --opened ISO8601 [--severity ID] [--tier ID]\n"
      "              [--channel ID] [--at ISO8601]\n"
      "                             the same for a ticket opened then (what-if)\n"
      "\n"
      "Options:\n"
      "  --json                     one JSON object per answer instead of text\n"
      "  --help, --version\n"
      "\n"
      "Exit status: 0 done, 1 the database or calendar could not answer, 2 bad input,\n"
      "3 a write refused as a conflict.\n";

int fail(const QString &message, int code)
{
    std::fflush(stdout);
    std::fprintf(stderr, "hourglass-cli: %s\n", message.toUtf8().constData());
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    // Batch answers go out in large writes.
    static char buffer[1 << 16];
    std::setvbuf(stdout, buffer, _IOFBF, sizeof buffer);

    try {
        const CliArguments arguments(app.arguments().mid(1),
                                     {QStringLiteral("database"), QStringLiteral("calendar"),
                                      QStringLiteral("from"),     QStringLiteral("to"),
                                      QStringLiteral("seconds"),  QStringLiteral("batch"),
                                      QStringLiteral("policy"),   QStringLiteral("ticket"),
                                      QStringLiteral("at"),       QStringLiteral("opened"),
                                      QStringLiteral("severity"), QStringLiteral("tier"),
                                      QStringLiteral("channel"),  QStringLiteral("user"),
                                      QStringLiteral("customer"), QStringLiteral("title"),
                                      QStringLiteral("language"), QStringLiteral("assignee"),
                                      QStringLiteral("version"),  QStringLiteral("status"),
                                      QStringLiteral("kind"),     QStringLiteral("text")});
        if (arguments.flag(QStringLiteral("help"))
            || arguments.words().value(0) == QLatin1String("help")) {
            std::fputs(usage, stdout);
            return 0;
        }
        if (arguments.flag(QStringLiteral("version"))) {
            std::fputs("hourglass-cli " HOURGLASS_VERSION "\n", stdout);
            return 0;
        }
        const QString command = arguments.words().value(0);
        if (command.isEmpty())
            throw UsageError(QStringLiteral("no command given (see --help)"));
        if (command == QLatin1String("info"))
            return runInfoCommand(arguments);
        if (command == QLatin1String("demo"))
            return runDemoCommand(arguments);
        if (command == QLatin1String("calendar"))
            return runCalendarCommand(arguments);
        if (command == QLatin1String("sla"))
            return runSlaCommand(arguments);
        if (command == QLatin1String("migrate"))
            return runMigrateCommand(arguments);
        if (command == QLatin1String("ticket"))
            return runTicketCommand(arguments);
        if (command == QLatin1String("import"))
            return runImportCommand(arguments);
        if (command == QLatin1String("export"))
            return runExportCommand(arguments);
        if (command == QLatin1String("watch"))
            return runWatchCommand(arguments);
        throw UsageError(QStringLiteral("unknown command \"%1\" (see --help)").arg(command));
    } catch (const UsageError &error) {
        return fail(error.message(), 2);
    } catch (const InputError &error) {
        return fail(error.message(), 2);
    } catch (const ConflictError &error) {
        return fail(error.message(), conflictExitCode);
    } catch (const StorageError &error) {
        return fail(error.message(), 1);
    } catch (const CalendarError &error) {
        return fail(error.message(), 1);
    } catch (const std::runtime_error &error) {
        // Anything else the core refuses (an unknown zone in a file, say) is still one line.
        return fail(QString::fromStdString(error.what()), 1);
    }
}
