// hourglass-cli: the scripting interface. Stable, documented output; --json on every command.
#include "argumentbytes.h"
#include "cli/cliarguments.h"
#include "cli/commandtable.h"
#include "cli/contractcommands.h"
#include "cli/help.h"
#include "cli/ticketcommands.h"
#include "compositionroot.h"
#include "hourglassversion.h"
#include "io/inputerror.h"
#include "storage/conflicterror.h"
#include "storage/storageerror.h"
#include "time/businesscalendar.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <memory>

using namespace hourglass;
using namespace hourglass::cli;

namespace {

int fail(const QString &message, int code)
{
    std::fflush(stdout);
    std::fprintf(stderr, "hourglass-cli: %s\n", message.toUtf8().constData());
    return code;
}

// Output that did not reach its reader (a full disk, a closed pipe) is a failure, never a
// silent success: what a script got is then not what the command said.
int finish(int code)
{
    const bool flushed = std::fflush(stdout) == 0;
    const int error = errno;
    if (flushed && !std::ferror(stdout))
        return code;
    std::fprintf(stderr,
                 "hourglass-cli: cannot write the output: %s\n",
                 flushed ? "write error" : std::strerror(error));
    return code == 0 ? 1 : code;
}

int run(int argc, char *argv[], const QStringList &commandLine)
{
    try {
        if (const QString problem = nonUtf8Argument(argc, argv); !problem.isEmpty())
            throw UsageError(problem);
        // Before anything else reads an option: help needs no database and no valid options.
        if (const auto topic = helpRequest(commandLine)) {
            if (topic->isEmpty()) {
                std::fputs(overviewText().toUtf8().constData(), stdout);
                return 0;
            }
            const Command *command = findCommand(topic->first());
            if (!command)
                throw UsageError(QStringLiteral("unknown command \"%1\" (see --help)")
                                     .arg(InputError::excerpt(topic->first())));
            std::fputs(commandHelpText(*command).toUtf8().constData(), stdout);
            return 0;
        }
        if (versionRequest(commandLine)) {
            std::fputs("hourglass-cli " HOURGLASS_VERSION "\n", stdout);
            return 0;
        }
        const CliArguments arguments(commandLine, valueOptions(), emptyValueOptions());
        const QString name = arguments.words().value(0);
        if (name.isEmpty())
            throw UsageError(QStringLiteral("no command given (see --help)"));
        const Command *command = findCommand(name);
        if (!command)
            throw UsageError(QStringLiteral("unknown command \"%1\" (see --help)")
                                 .arg(InputError::excerpt(name)));
        return command->run(arguments);
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

} // namespace

int main(int argc, char *argv[])
{
    // A PDF statement needs fonts, which take a QGuiApplication; no screen is needed for it.
    QStringList words;
    for (int i = 1; i < argc; ++i)
        words.append(QString::fromLocal8Bit(argv[i]));
    std::unique_ptr<QCoreApplication> application;
    if (needsGuiApplication(words)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    setApplicationIdentity();
    // Batch answers go out in large writes.
    static char buffer[1 << 16];
    std::setvbuf(stdout, buffer, _IOFBF, sizeof buffer);
    // A reader gone or a file size limit is a write error to report (exit 1), not a signal
    // that ends the program before it can say so.
    std::signal(SIGPIPE, SIG_IGN);
    std::signal(SIGXFSZ, SIG_IGN);
    return finish(run(argc, argv, app.arguments().mid(1)));
}
