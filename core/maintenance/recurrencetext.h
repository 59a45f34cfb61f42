// A maintenance window's recurrence in plain words, for the editor and the calendar's list.
#pragma once

#include "maintenance/maintenancewindow.h"

#include <QString>

namespace hourglass::RecurrenceText {

// "the first Wednesday of every month, 00:00–06:00 Paris time" (in French "le premier
// mercredi de chaque mois, de 00:00 à 06:00, heure de Paris"), in the language of the
// translators installed. A rule it cannot say in words (COUNT, UNTIL, BYSETPOS, yearly rules,
// several weekdays at positions…) is shown as written: "by the rule FREQ=…", so the words never
// say less than the rule does. A rule libical refuses is shown as written too; validation says
// what is wrong with it.
QString describe(const MaintenanceWindow &window);
// The rule alone, without the times: "every Saturday", "the last three Wednesdays of every
// month"; the fallback as above.
QString describeRule(const QString &rrule);
// The place of an IANA zone as people say it: "Europe/Paris" reads "Paris",
// "America/New_York" "New York"; a zone without a place ("UTC") reads as its name.
QString placeOf(const QString &zone);

} // namespace hourglass::RecurrenceText
