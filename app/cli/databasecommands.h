// hourglass-cli info|demo|migrate: what a database holds, filling an empty one with demo data,
// and bringing its schema up to date.
#pragma once

#include "cli/cliarguments.h"

namespace hourglass::cli {

int runInfoCommand(const CliArguments &arguments);
int runDemoCommand(const CliArguments &arguments);
int runMigrateCommand(const CliArguments &arguments);

} // namespace hourglass::cli
