// Maintenance windows as iCalendar (RFC 5545) files, read and written with libical.
#pragma once

#include "maintenance/maintenancewindow.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace hourglass::ICalendarFile {

// A VCALENDAR with a VTIMEZONE per zone used (libical's, named by the IANA zone) and a VEVENT
// per window: UID, SUMMARY (title), DTSTART;TZID, DTEND;TZID for a wall-clock end or DURATION
// for an elapsed one, RRULE, EXDATE, RDATE, LOCATION (platform) and DESCRIPTION for other
// calendar programs, and X-HOURGLASS-* properties for the rest (platform, affected, keeps
// working, pauses SLA, holiday rule and calendar). Each override is a VEVENT of the same UID
// with a RECURRENCE-ID: moved, its new DTSTART and DTEND; cancelled, STATUS:CANCELLED.
// `stamp` is the DTSTAMP of every event (the export's time).
QByteArray write(const QList<MaintenanceWindow> &windows, Instant stamp);

// Every VEVENT of the file as a window, validated as MaintenanceService stores them, in the
// order of the file; ids and versions are 0. Throws InputError naming the file and the line
// of the first problem: a line libical cannot read, a component that does not end, an event
// without UID, SUMMARY or a timed DTSTART, a TZID that names no IANA zone, an override of no
// event, a window that does not validate. Nothing is returned then, so nothing changes.
//
// Times are read in the IANA zone a TZID names (libical's "/freeassociation.sourceforge.net/"
// prefixes and the like are taken off); the file's VTIMEZONE rules are checked as iCalendar
// but not used: the zone database is the one truth about offsets. A time in another zone than
// the event's DTSTART, or in UTC, is converted to the DTSTART's zone. A cancelled event
// (STATUS:CANCELLED without RECURRENCE-ID) is no window and is left out with its overrides.
QList<MaintenanceWindow> parse(const QString &fileName, const QByteArray &bytes);
// One occurrence as an iTIP invitation (RFC 5546) for a customer's calendar program: METHOD
// REQUEST or CANCEL, the window's zone as a VTIMEZONE, one VEVENT named by the window's UID and
// the occurrence's recurrence id (so a later change or cancellation replaces it), at SEQUENCE,
// its times in the window's zone, ORGANIZER and ATTENDEE as mailto: addresses when known,
// STATUS CONFIRMED or CANCELLED, and a VALARM `reminder` before the start when positive.
struct Invitation
{
    const MaintenanceWindow *window = nullptr;
    LocalTime recurrenceId;
    Instant start;
    Instant end;
    bool cancel = false;
    int sequence = 0;
    Seconds reminder{0};
    QString summary;
    QString description;
    QString organizer; // addresses, without "mailto:"
    QString attendee;
    QString attendeeName;
    Instant stamp;
};
QByteArray writeInvitation(const Invitation &invitation);
// The UID of an occurrence's invitation: "20260107T000000/" then the window's UID.
QString invitationUid(const QString &windowUid, LocalTime recurrenceId);

// Plain timed events in one zone (on-call shifts, one file per person or rotation): a
// VTIMEZONE for `zone` (none for UTC), and a VEVENT per event with UID, DTSTAMP, SUMMARY,
// DESCRIPTION when given, DTSTART and DTEND with TZID=zone, and TRANSP:OPAQUE (busy). A time
// in the hour the clocks repeat that is not its first occurrence is written in UTC: a
// calendar program reads a local time there as its first occurrence.
struct TimedEvent
{
    QString uid;
    QString summary;
    QString description;
    Instant start;
    Instant end;
};
QByteArray writeEvents(const QList<TimedEvent> &events,
                       const QString &zone,
                       const QString &product,
                       Instant stamp);

// parse() of a file read with FileReading.
QList<MaintenanceWindow> load(const QString &fileName);

} // namespace hourglass::ICalendarFile
