// hourglass-cli --help: the overview and each command's page, printed from the command table.
#pragma once

#include "cli/commandtable.h"

#include <QStringList>

#include <optional>

namespace hourglass::cli {

// The command words of a request for help ("--help" or "-h" anywhere, or "help" first), empty
// for the overview; nothing when the arguments ask for no help. Reads no option's value, so it
// answers before a missing or malformed option would be reported.
std::optional<QStringList> helpRequest(const QStringList &arguments);
// Whether "--version" comes before any command word ("ticket update" takes a --version N);
// UsageError when a word follows it.
bool versionRequest(const QStringList &arguments);

// Every command with its synopsis and summary, the common options and the exit statuses.
QString overviewText();
// One command: synopsis, description, every option it takes, exit statuses, an example.
QString commandHelpText(const Command &command);

} // namespace hourglass::cli
