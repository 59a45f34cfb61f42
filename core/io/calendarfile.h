// Reads a calendar JSON file (format "hourglass-calendar/1"), refusing anything malformed whole.
#pragma once

#include "time/calendardefinition.h"

namespace hourglass {

class JsonReader;

namespace CalendarFile {

inline constexpr auto formatTag = "hourglass-calendar/1";

// Throws InputError naming the file, the JSON path and the problem.
CalendarDefinition load(const QString &fileName);
CalendarDefinition parse(const QString &fileName, const QByteArray &bytes);
// A calendar object inside another document (a policy's inline calendar); "format" optional.
CalendarDefinition read(JsonReader &reader);

} // namespace CalendarFile

} // namespace hourglass
