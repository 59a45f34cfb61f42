// hourglass-cli desk: the after-hours desk from a script — call intake and escalation runs.
#pragma once

#include "cli/cliarguments.h"

namespace hourglass::cli {

int runDeskCommand(const CliArguments &arguments);

} // namespace hourglass::cli
