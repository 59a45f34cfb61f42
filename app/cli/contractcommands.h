// hourglass-cli customer, contract and expertise: customers and their contracts, tier changes,
// and the expertise-hours ledger coaches keep, through the service the console uses.
#pragma once

#include "cli/cliarguments.h"

namespace hourglass::cli {

int runCustomerCommand(const CliArguments &arguments);
int runContractCommand(const CliArguments &arguments);
int runExpertiseCommand(const CliArguments &arguments);
// Whether the command line asks for what needs a QGuiApplication (a PDF statement's fonts).
bool needsGuiApplication(const QStringList &commandLine);

} // namespace hourglass::cli
