// Durations as people write them in policy and calendar files: "2h", "30m", "4h30m", "90s".
#pragma once

#include "time/instant.h"

#include <optional>

namespace hourglass {

// Units d (24 h), h, m, s, each at most once, largest first; a bare "0" is zero. Negative
// or malformed text gives nullopt.
std::optional<Seconds> parseDuration(const QString &text);
// The same notation back: 9000 s -> "2h30m".
QString formatDuration(Seconds d);

// "HH:MM" from 00:00 to 24:00, as minutes since midnight; nullopt when malformed.
std::optional<int> parseTimeOfDay(const QString &text);
QString formatTimeOfDay(int minutes);

} // namespace hourglass
