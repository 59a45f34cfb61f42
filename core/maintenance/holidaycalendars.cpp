// The calendars a maintenance window's holiday rule may name: those of the stored policies.
#include "maintenance/holidaycalendars.h"

#include <QSet>

namespace hourglass {

QList<CalendarDefinition> holidayCalendarsOf(const QList<Policy> &policies)
{
    QList<CalendarDefinition> calendars;
    QSet<QString> ids;
    for (auto policy = policies.rbegin(); policy != policies.rend(); ++policy) {
        for (const CalendarDefinition &calendar : policy->calendars) {
            if (!ids.contains(calendar.id)) {
                ids.insert(calendar.id);
                calendars.append(calendar);
            }
        }
    }
    return calendars;
}

} // namespace hourglass
