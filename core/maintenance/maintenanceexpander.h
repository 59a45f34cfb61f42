// The occurrences of maintenance windows in a range of time, and where windows overlap.
#pragma once

#include "maintenance/maintenanceoccurrence.h"
#include "maintenance/maintenancewindow.h"
#include "time/calendardefinition.h"

#include <QList>
#include <QString>

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace date {
class time_zone;
}

namespace hourglass {

// Expansion rules, beyond RFC 5545's own (the rule is expanded by libical in wall-clock time,
// so 00:00 Paris stays 00:00 Paris in summer and in winter):
// - A local start that does not exist (the hour skipped when clocks go forward) happens at the
//   first instant after the gap: 02:30 on the night of the change is 03:00 new time. A local
//   start that occurs twice (the hour repeated when clocks go back) happens at its first
//   occurrence, the earlier instant. A wall-clock end follows the same two rules; an
//   occurrence that then lasts no time at all (wholly inside a gap) does not happen.
// - The holiday rule looks at the local date of the start the rule gives, in the window's
//   zone, and at the whole-day holidays of the window's holiday calendar on that date. A
//   working day is a date with weekly hours or an exception in that calendar and no whole-day
//   holiday. Moving looks at most 31 days ahead; finding none, the occurrence does not happen.
// - An override (RECURRENCE-ID) takes the place of the rule's occurrence, holiday rule and
//   all: a moved occurrence runs exactly when the override says.
// - An EXDATE removes the rule's (or an RDATE's) start it names; an RDATE adds a start.
//
// libical walks a rule from its DTSTART only (and spends most of that time in ICU), so the
// expander keeps the local starts each rule has given so far and walks on from there when a
// later range asks: asking again, or for an earlier range, walks nothing. That cache makes one
// expander unfit for two threads at once; copies are not possible, make one per thread.
class MaintenanceExpander
{
public:
    // The calendars holiday rules may name, by CalendarDefinition::id.
    explicit MaintenanceExpander(const QList<CalendarDefinition> &calendars = {});
    ~MaintenanceExpander();
    MaintenanceExpander(const MaintenanceExpander &) = delete;
    MaintenanceExpander &operator=(const MaintenanceExpander &) = delete;

    // The occurrences that run during [from, to) (an occurrence running at `from` counts), in
    // order of start, then of window. Throws InputError for an unknown zone or holiday
    // calendar, or a rule libical refuses.
    std::vector<MaintenanceOccurrence> occurrences(const MaintenanceWindow &window,
                                                   Instant from,
                                                   Instant to) const;
    std::vector<MaintenanceOccurrence> occurrences(const QList<MaintenanceWindow> &windows,
                                                   Instant from,
                                                   Instant to) const;

    // Occurrences of two different windows of one platform (compared case-insensitively) that
    // run at the same time during [from, to), in order of start.
    std::vector<MaintenanceOverlap> overlaps(const QList<MaintenanceWindow> &windows,
                                             Instant from,
                                             Instant to) const;
    // The warning people read for an overlap, naming both windows and the time in the first
    // window's zone.
    static QString describe(const MaintenanceOverlap &overlap,
                            const QList<MaintenanceWindow> &windows);

    // How a wall-clock time in `zone` becomes an instant, by the rules above.
    static Instant resolve(const QString &zone, LocalTime local);

private:
    struct Holidays;
    struct Walked;

    // The rule's local starts up to at least `until` (all of them when it ends sooner).
    const std::vector<LocalTime> &startsUntil(const MaintenanceWindow &window,
                                              const date::time_zone &zone,
                                              LocalTime until) const;

    void expand(const MaintenanceWindow &window,
                qsizetype position,
                Instant from,
                Instant to,
                std::vector<MaintenanceOccurrence> &out) const;
    const Holidays *holidaysFor(const MaintenanceWindow &window) const;

    std::vector<std::unique_ptr<Holidays>> m_calendars;
    // By zone, rule and DTSTART.
    mutable std::unordered_map<std::string, std::unique_ptr<Walked>> m_walked;
};

} // namespace hourglass
