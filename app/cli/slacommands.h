// hourglass-cli sla explain: every SLA clock of a ticket at an instant, and why.
#pragma once

#include "cli/cliarguments.h"

namespace hourglass::cli {

int runSlaCommand(const CliArguments &arguments);

} // namespace hourglass::cli
