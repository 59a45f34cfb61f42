// What is wrong with a rotation's schedule over a stretch of time (the next 12 months, say):
// gaps, overlapping overrides, someone twice on call, 23 h / 25 h shifts, shifts on leave.
#pragma once

#include "oncall/declaredleave.h"
#include "oncall/oncallschedule.h"

#include <QHash>
#include <QString>

#include <functional>

#include <vector>

namespace hourglass {

struct OnCallFinding
{
    enum class Kind {
        Gap,                // nobody is prime
        Overlap,            // two overrides cover the same person at the same time
        UnusedOverride,     // an override whose person is never on call during it
        PrimeAlsoSecondary, // someone holds two roles at once
        UnusualLength,      // a period the clocks lengthen or shorten (23 h, 25 h)
        OnLeave,            // someone on call during their declared leave
    };
    Kind kind = Kind::Gap;
    Instant start;
    Instant end;
    QString person;             // login, when the finding is about someone
    qint64 overrideId = 0;      // Overlap, UnusedOverride
    qint64 otherOverrideId = 0; // Overlap: the earlier override it overlaps
    Seconds nominal{0};         // UnusualLength: what the period lasts by the rule
};

class OnCallLint
{
public:
    // The findings during [from, to), by the schedule as it stood at `knownAt`, in order of
    // start then kind.
    static std::vector<OnCallFinding> check(const OnCallSchedule &schedule,
                                            const QList<DeclaredLeave> &leave,
                                            Instant from,
                                            Instant to,
                                            Instant knownAt);
    // Twelve calendar months on from `from`, in UTC.
    static Instant twelveMonthsAfter(Instant from);

    // "gap", "overlap", "unused-override", "prime-also-secondary", "unusual-length", "on-leave"
    static QString kindKey(OnCallFinding::Kind kind);
    // The finding in words, naming people by `names` (login → display name; the login when
    // missing) and times by `when` (the command line's formatLocal in the rotation's zone,
    // the console's DateText).
    static QString describe(const OnCallFinding &finding,
                            const QHash<QString, QString> &names,
                            const std::function<QString(Instant)> &when);
    // The same with times as formatLocal writes them in `zone`.
    static QString describe(const OnCallFinding &finding,
                            const QHash<QString, QString> &names,
                            const QString &zone);
};

} // namespace hourglass
