// A person's declared absence, which on-call lint checks shifts against.
#pragma once

#include "time/instant.h"

#include <QString>

#include <optional>

namespace hourglass {

// A person's declared absence during [start, end): lint flags their shifts in it.
struct DeclaredLeave
{
    qint64 id = 0;
    int version = 0;
    QString person; // login
    Instant start;
    Instant end;
    QString note;
    Instant recordedAt;
    QString recordedBy;
    std::optional<Instant> withdrawnAt;
};

} // namespace hourglass
