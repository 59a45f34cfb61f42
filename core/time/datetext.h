// Dates and times as people read them, in one format everywhere in the console: the locale's
// short date with the whole year and its short time ("Mon 11/23/2026 1:11 AM",
// "lun. 23/11/2026 01:11"). The command line keeps ISO 8601 (formatInstant).
#pragma once

#include "time/instant.h"

#include <QDate>
#include <QLocale>
#include <QString>

namespace hourglass::DateText {

// In the viewer's own time zone (the system's).
QString inViewerZone(Instant t, const QLocale &locale = QLocale());
// In an IANA zone (a calendar's), followed by the zone's abbreviation: "… 9:00 AM EST".
QString inZone(Instant t, const QString &zone, const QLocale &locale = QLocale());
// A day alone, in the same format ("Mon 11/23/2026", "lun. 23/11/2026").
QString day(const QDate &date, const QLocale &locale = QLocale());
// The day an instant falls on in an IANA zone, likewise.
QString dayInZone(Instant t, const QString &zone, const QLocale &locale = QLocale());
// The pattern of day(), for QDateEdit::setDisplayFormat.
QString dayPattern(const QLocale &locale = QLocale());
// The pattern both use, for QDateTimeEdit::setDisplayFormat.
QString pattern(const QLocale &locale = QLocale());

} // namespace hourglass::DateText
