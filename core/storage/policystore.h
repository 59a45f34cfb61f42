// The policies stored in a database, every version, as the SLA engine wants them.
#pragma once

#include "sla/policy.h"

namespace hourglass {

class Database;

namespace PolicyStore {

// Stored documents name their calendars as the presets do (relative to :/policies), so they
// read through the same policy-file reader. Throws StorageError or InputError.
QList<Policy> loadAll(Database &database);

} // namespace PolicyStore

} // namespace hourglass
