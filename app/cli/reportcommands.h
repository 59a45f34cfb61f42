// hourglass-cli report: SLA attainment over a range and the breach forecast.
#pragma once

#include "cli/cliarguments.h"

namespace hourglass::cli {

int runReportCommand(const CliArguments &arguments);

} // namespace hourglass::cli
