// Realistic demo data, generated relative to "now" and deterministically from a seed.
#pragma once

#include <QtGlobal>

#include <chrono>

namespace hourglass {

class Database;

struct DemoDataSummary
{
    int users = 0;
    int customers = 0;
    int tickets = 0;
    int events = 0;
    int maintenanceWindows = 0;
    int expertiseEntries = 0;
};

namespace DemoData {

inline constexpr quint32 defaultSeed = 20261122;

// Fills an empty database in one transaction: customers on every tier of every preset policy,
// about 300 tickets over every severity with ages from minutes to weeks, the after-hours
// on-call rotation of five, the seeds' maintenance windows and some expertise hours.
// Throws StorageError; on error nothing is written.
DemoDataSummary populate(Database &database,
                         std::chrono::sys_seconds now,
                         quint32 seed = defaultSeed);

// Populates only when the database holds no ticket yet (first run); returns whether it did.
bool populateIfEmpty(Database &database, std::chrono::sys_seconds now, quint32 seed = defaultSeed);

} // namespace DemoData

} // namespace hourglass
