// Who is on call at one instant, and the stretches of time the schedule is made of.
#pragma once

#include "time/instant.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace hourglass {

struct OnCallAnswer
{
    QString prime;           // login; empty: nobody is on call (before the first handoff, a gap)
    QStringList secondaries; // logins, in the order the desk tries them
    QStringList level2;      // R&D, paged on demand
    QStringList level3;
    qint64 period = -1; // the rotation's period index; -1 outside every period
    Instant periodStart;
    Instant periodEnd;
    int revision = 0;          // the revision of the rotation that answered
    QList<qint64> overrides;   // those applied, in the order they were
    QStringList standingInFor; // per role (prime first): whom the override replaced, or empty

    bool isCovered() const { return !prime.isEmpty(); }
    // Everyone the escalation tries, prime first.
    QStringList contacts() const { return QStringList{prime} + secondaries; }
};

// A stretch of time during which the answer does not change.
struct OnCallSegment
{
    Instant start;
    Instant end;
    OnCallAnswer answer;
};

// One person's continuous stretch in one role of one period.
struct OnCallShift
{
    Instant start;
    Instant end;
    QString person;
    int position = 0; // 0: prime; 1, 2…: first, second… secondary
    qint64 period = -1;
    qint64 overrideId = 0; // the override that put them there, or 0
    QString standingInFor; // whom that override replaced

    Seconds length() const { return end - start; }
};

// One period as the rotation's rule makes it, with its own length (23 h or 25 h across a
// change of the clocks, never adjusted).
struct OnCallPeriod
{
    qint64 index = 0;
    Instant start;
    Instant end;
    int revision = 0;
    Seconds nominal{0}; // what the period lasts when the clocks do not change during it
};

} // namespace hourglass
