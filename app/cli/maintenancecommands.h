// hourglass-cli maintenance: the maintenance calendar's windows, occurrences and .ics files.
#pragma once

#include "cli/cliarguments.h"

namespace hourglass::cli {

int runMaintenanceCommand(const CliArguments &arguments);

} // namespace hourglass::cli
