// An on-call rotation as one revision defines it: the zone, the period, the handoff time and
// who takes turns, prime and secondaries.
#pragma once

#include "time/instant.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <date/date.h>

#include <optional>

namespace date {
class time_zone;
}

namespace hourglass {

enum class RotationPeriod {
    Daily,      // a handoff every day
    Weekly,     // every 7 days, on the weekday of the first handoff
    EveryNDays, // every `everyDays` days
    Custom,     // on the dates listed, and on no other
};
QString rotationPeriodKey(RotationPeriod period); // "daily", "weekly", "every-n-days", "custom"
std::optional<RotationPeriod> rotationPeriodFromKey(QStringView key);

// "2026-03-09" and back; parsing takes that form only.
QString formatLocalDate(date::local_days day);
std::optional<date::local_days> parseLocalDate(QStringView text);
// "09:00" (or "09:00:30") and back, a time of day from 00:00 to 23:59:59.
QString formatTimeOfDay(Seconds time);
std::optional<Seconds> parseTimeOfDay(QStringView text);

struct Rotation
{
    qint64 id = 0;   // 0 until stored
    int version = 0; // the stored version a write is based on
    QString name;
    QString zone; // IANA: where the handoff time is read
    RotationPeriod period = RotationPeriod::Weekly;
    int everyDays = 7;             // EveryNDays only; Daily and Weekly say it themselves
    date::local_days firstHandoff; // the local date of the first handoff (period 0)
    Seconds handoffTime{9 * 3600}; // wall-clock time of day of every handoff
    // Custom only: the handoff dates after firstHandoff, in order; the last one ends the
    // schedule (nobody is on call after it until a revision adds dates).
    QList<date::local_days> handoffDates;
    // Logins in roster order: period k's prime is people[k mod n], its secondaries the next
    // `secondaries` people after the prime in roster order, wrapping round.
    QStringList people;
    int secondaries = 0;
    // Second- and third-level R&D: paged only on demand, never in the escalation's loop.
    QStringList level2;
    QStringList level3;

    // How many days a period lasts by the rule (Custom: 0, each period has its own).
    int periodDays() const;
    // Every handoff date of a Custom rotation, firstHandoff included.
    QList<date::local_days> customDates() const;

    // Throws InputError naming the field: an empty or unprintable name, an unknown zone, an
    // every-N of less than 1 day or more than 366, custom dates not after the first handoff or
    // not in increasing order, no people or a person twice, more secondaries than the others,
    // a level-2/3 contact listed twice, dates outside the years calendars answer for.
    void validate() const;

    friend bool operator==(const Rotation &, const Rotation &) = default;
};

// One stored state of a rotation: what it said from `recordedAt` on (by the database's clock)
// until the next revision, and who wrote it.
struct RotationRevision
{
    int revision = 0;
    Instant recordedAt;
    QString recordedBy; // login
    Rotation rotation;
};

} // namespace hourglass
