// The object graph a command works on: the database of --database, as the person --user names.
#include "cli/openroot.h"

namespace hourglass::cli {

std::unique_ptr<CompositionRoot> openRoot(const CliArguments &arguments)
{
    const QString url = arguments.value(QStringLiteral("database"));
    if (arguments.has(QStringLiteral("user")) && !url.isEmpty()
        && !url.startsWith(QLatin1String("sqlite:")))
        throw UsageError(QStringLiteral("--user applies to a SQLite database only; on PostgreSQL "
                                        "you are the login you connect as"));
    return std::make_unique<CompositionRoot>(url,
                                             CompositionRoot::Demo::Never,
                                             CompositionRoot::Journal::None,
                                             chosenProfile(
                                                 arguments.value(QStringLiteral("user"))));
}

} // namespace hourglass::cli
