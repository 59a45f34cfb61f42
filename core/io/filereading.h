// Every file Hourglass reads whole (calendars, policies, tickets, batches, CSV) is read here,
// up to a limit, so an endless or huge input (/dev/zero, a FIFO fed forever) is refused as bad
// input instead of taking all memory.
#pragma once

#include <QByteArray>
#include <QString>

namespace hourglass::FileReading {

// The most a file read whole may hold. The largest real files (a calendar with a holiday on
// every day of its 600 years, about 9 MB; a CSV export of a large team) are far below it.
inline constexpr qint64 limitMiB = 256;
inline constexpr qint64 limitBytes = limitMiB * 1024 * 1024;

enum class Dash {
    IsFileName,    // "-" is a file named so
    StandardInput, // "-" reads standard input
};

// The bytes of a file on disk or in Qt resources (":/..."), or of standard input for "-" when
// `dash` says so. InputError naming the file when it cannot be read or holds more than
// limitBytes ("FILE: larger than 256 MiB"), and for an empty name.
QByteArray read(const QString &fileName, Dash dash = Dash::IsFileName);

} // namespace hourglass::FileReading
