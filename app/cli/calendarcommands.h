// hourglass-cli calendar add|between|explain: business-time arithmetic on a calendar file.
#pragma once

#include "cli/cliarguments.h"

namespace hourglass::cli {

int runCalendarCommand(const CliArguments &arguments);

} // namespace hourglass::cli
