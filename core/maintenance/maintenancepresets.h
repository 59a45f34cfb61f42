// The maintenance windows of the seed documents, ready to install.
#pragma once

#include "maintenance/maintenancewindow.h"

#include <QList>

namespace hourglass::MaintenancePresets {

// 002's platforms, 00:00-06:00 Europe/Paris: NUP on the first Wednesday of the month, NGP on
// the last three (the table lost its check marks; design readings); 001's scheduled outages,
// Saturdays 07:00-09:00 America/New_York. Each pauses the SLA clocks of the customers of its
// platform and keeps its occurrences on holidays. Stable UIDs, so installing them twice (or
// importing their export) updates rather than duplicates.
QList<MaintenanceWindow> all();

} // namespace hourglass::MaintenancePresets
