// Someone covering a stretch of time for someone else in a rotation.
#pragma once

#include "time/instant.h"

#include <QString>

#include <optional>

namespace hourglass {

// During [start, end), wherever `covered` is on call in the rotation (prime or a secondary),
// `cover` is instead. Overrides apply in the order they were recorded, each to the answer the
// earlier ones left: an override whose `covered` is someone an earlier override put on call
// overrides that override.
struct OnCallOverride
{
    qint64 id = 0;   // 0 until stored
    int version = 0; // the stored version a write is based on
    qint64 rotationId = 0;
    Instant start;
    Instant end;
    QString covered; // login
    QString cover;   // login
    QString note;
    Instant recordedAt;                 // the database's clock
    QString recordedBy;                 // login
    std::optional<Instant> withdrawnAt; // withdrawn overrides are kept, for the history
    QString withdrawnBy;

    // Whether the override was part of the schedule as it stood at `t`.
    bool knownAt(Instant t) const { return recordedAt <= t && (!withdrawnAt || t < *withdrawnAt); }
};

} // namespace hourglass
