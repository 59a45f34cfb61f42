// hourglass-cli oncall: who is on call, shifts, lint, .ics export, rotations and overrides.
#pragma once

#include "cli/cliarguments.h"

namespace hourglass::cli {

int runOnCallCommand(const CliArguments &arguments);

} // namespace hourglass::cli
