// Instants are UTC seconds; local time exists only at the edges (a calendar's zone, the viewer).
#pragma once

#include <QLocale>
#include <QString>

#include <chrono>
#include <optional>

namespace hourglass {

using Instant = std::chrono::sys_seconds;
using Seconds = std::chrono::seconds;

inline qint64 toEpoch(Instant t)
{
    return t.time_since_epoch().count();
}

inline Instant fromEpoch(qint64 seconds)
{
    return Instant{Seconds{seconds}};
}

// "2026-03-09T13:30:00Z". Parsing also accepts an explicit offset ("+01:00" or "-0500"), a
// space for the "T" and a time without seconds ("2026-03-09T13:30Z"); anything else,
// including a time with no zone at all, returns nullopt.
QString formatInstant(Instant t);
std::optional<Instant> parseInstant(QStringView text);

// "2h 14m", "3d 4h", "45s": a compact human duration, its `units` largest units (2: rounded
// down for a countdown; 4: exact, for a target), in the language of the installed translation
// ("2 h 14 min", "3 j 4 h" in French); English without one.
QString formatCompactDuration(Seconds d, int units = 2);

} // namespace hourglass

namespace hourglass {

// "Fri 2026-03-06 17:55 CET": the wall-clock time in an IANA zone, for explanations. The
// weekday is named in `locale` ("ven. 2026-03-06 17:55 CET" in French); the C locale, the
// default, keeps the command line's output the same everywhere.
QString formatLocal(Instant t, const QString &zone, const QLocale &locale = QLocale::c());

} // namespace hourglass
