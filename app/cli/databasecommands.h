// hourglass-cli info|demo: what a database holds, and filling an empty one with demo data.
#pragma once

#include "cli/cliarguments.h"

namespace hourglass::cli {

int runInfoCommand(const CliArguments &arguments);
int runDemoCommand(const CliArguments &arguments);

} // namespace hourglass::cli
