// hourglass-cli policy list|show|import: the policies a database stores, as versioned rows.
#pragma once

#include "cli/cliarguments.h"

namespace hourglass::cli {

int runPolicyCommand(const CliArguments &arguments);

} // namespace hourglass::cli
