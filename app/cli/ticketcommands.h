// hourglass-cli ticket|import|export|watch: the shared database from scripts.
#pragma once

#include "cli/cliarguments.h"

namespace hourglass::cli {

int runTicketCommand(const CliArguments &arguments);
int runImportCommand(const CliArguments &arguments);
int runExportCommand(const CliArguments &arguments);
int runWatchCommand(const CliArguments &arguments);

// Exit status of a write refused as a conflict.
inline constexpr int conflictExitCode = 3;

} // namespace hourglass::cli
