// A maintenance window: a platform's recurring stretch of wall-clock time in its own zone.
#pragma once

#include "time/instant.h"

#include <QList>
#include <QString>

#include <date/date.h>

#include <optional>

namespace date {
class time_zone;
}

namespace hourglass {

// A wall-clock date and time with no zone: DTSTART, EXDATE, RDATE and RECURRENCE-ID values,
// read in the window's zone.
using LocalTime = date::local_seconds;

// "2026-01-07T00:00:00"; parsing takes that form only and returns nullopt otherwise.
QString formatLocalTime(LocalTime t);
std::optional<LocalTime> parseLocalTime(QStringView text);

// What happens to an occurrence whose local date is a whole-day holiday of the window's
// holiday calendar.
enum class HolidayRule {
    Keep,                 // it happens all the same
    Skip,                 // it does not happen
    MoveToNextWorkingDay, // same wall-clock time on the next working day of that calendar
};
QString holidayRuleKey(HolidayRule rule); // "keep", "skip", "next-working-day"
std::optional<HolidayRule> holidayRuleFromKey(QStringView key);

// How an occurrence's end follows from its start.
enum class WindowEnd {
    WallClock, // at the local time `length` after the local start (00:00-06:00 stays 06:00)
    Elapsed,   // exactly `length` after the start, whatever the clocks do meanwhile
};

// One occurrence moved or cancelled, named by the start the rule gave it (RECURRENCE-ID).
struct OccurrenceOverride
{
    LocalTime recurrenceId;
    bool cancelled = false;
    // When moved (not cancelled): the new wall-clock start and end in the window's zone.
    LocalTime start{};
    LocalTime end{};

    friend bool operator==(const OccurrenceOverride &, const OccurrenceOverride &) = default;
};

struct MaintenanceWindow
{
    qint64 id = 0;   // 0 until stored
    int version = 0; // the stored version a write is based on
    QString uid;     // iCalendar UID, kept across export and import
    QString title;
    QString platform;
    QString zone;      // IANA
    LocalTime start{}; // the first occurrence's wall-clock start (DTSTART)
    Seconds length{0};
    WindowEnd end = WindowEnd::WallClock;
    // RFC 5545 RRULE value ("FREQ=MONTHLY;BYDAY=1WE"); empty: only DTSTART and the RDATEs.
    QString rrule;
    QList<LocalTime> exdates;
    QList<LocalTime> rdates;
    // What is affected and what keeps working, in English and in French: a notice is read in
    // its customer's language. Either language may be left empty; it then reads the other's.
    QString affected;       // "the vCloud Director portal and its APIs may be unavailable"
    QString keepsWorking;   // "VMs keep running"
    QString affectedFr;     // "le portail vCloud Director et ses API peuvent être indisponibles"
    QString keepsWorkingFr; // "les VM continuent de tourner"
    bool pausesSla = false;
    HolidayRule holidayRule = HolidayRule::Keep;
    QString holidayCalendar; // calendar id; empty: no holidays apply
    QList<OccurrenceOverride> overrides;

    // The texts for a reader of `language` ("fr" or anything else, read as English).
    QString affectedIn(QStringView language) const;
    QString keepsWorkingIn(QStringView language) const;

    // The wall-clock start plus its length, for an occurrence starting at `localStart`.
    LocalTime localEndOf(LocalTime localStart) const { return localStart + length; }

    // The zone of that name; throws InputError (field "zone") for one the IANA database does
    // not have.
    static const date::time_zone &zoneNamed(const QString &zone);

    // The rule in libical's canonical spelling; throws InputError (field "rrule") when libical
    // refuses it.
    static QString normalizedRule(const QString &rrule);

    // Throws InputError naming the field and the problem: empty title or platform, unknown
    // zone, a length that is not positive or longer than 31 days, a rule libical refuses or
    // that gives no occurrence, a DTSTART that is not an occurrence of its rule, an override
    // for a start the rule never gives, a moved occurrence that ends before it starts.
    void validate() const;

    friend bool operator==(const MaintenanceWindow &, const MaintenanceWindow &) = default;
};

} // namespace hourglass
