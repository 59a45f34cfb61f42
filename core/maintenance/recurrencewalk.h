// The local starts an RFC 5545 rule gives from its DTSTART, one at a time, through libical.
#pragma once

#include "maintenance/maintenancewindow.h"

#include <QtGlobal>

#include <optional>

struct icalrecur_iterator_impl;

namespace date {
class time_zone;
}

namespace hourglass {

// libical 3.0 has no way to start an iteration elsewhere than at DTSTART, so a walk always
// starts there; callers stop it once past the end of the range they want. The rule is
// expanded in floating wall-clock time, which is what keeps a window's local time across DST:
// the zone only turns each local start into an instant afterwards. A UNTIL given in UTC is
// first turned into the zone's local time, so the last occurrence is the one RFC 5545 means.
class RecurrenceWalk
{
    Q_DISABLE_COPY_MOVE(RecurrenceWalk)

public:
    // An empty rule gives DTSTART alone. Throws InputError (field "rrule") when libical refuses
    // the rule or cannot expand it.
    RecurrenceWalk(const QString &rrule, LocalTime dtstart, const date::time_zone &zone);
    ~RecurrenceWalk();

    // The next local start, in ascending order; nullopt once the rule has no more (COUNT or
    // UNTIL reached, or beyond the years libical expands).
    std::optional<LocalTime> next();

private:
    icalrecur_iterator_impl *m_iterator = nullptr;
    LocalTime m_dtstart;
    bool m_single = false;
    bool m_done = false;
};

} // namespace hourglass
