// The calendars a maintenance window's holiday rule may name: those of the stored policies.
#pragma once

#include "sla/policy.h"

#include <QList>

namespace hourglass {

// Every calendar of `policies` once, by id; newest policy versions first (the engine keeps
// them oldest first), so a calendar id they share is taken from the newest.
QList<CalendarDefinition> holidayCalendarsOf(const QList<Policy> &policies);

} // namespace hourglass
