// The object graph a command works on: the database of --database, as the person --user names.
#pragma once

#include "cli/cliarguments.h"
#include "compositionroot.h"

#include <memory>

namespace hourglass::cli {

// No demo data by surprise and no journal: a script is told at once that a change was not
// saved. --user names a SQLite profile; on PostgreSQL it is a usage error, since the server
// says who you are. Throws UsageError, InputError or StorageError.
std::unique_ptr<CompositionRoot> openRoot(const CliArguments &arguments);

} // namespace hourglass::cli
