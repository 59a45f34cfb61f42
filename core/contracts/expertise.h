// Expertise hours: the sessions coaches log against a customer's hours, and the packs that add
// hours to them.
#pragma once

#include "time/instant.h"

#include <QList>
#include <QString>

#include <optional>

namespace hourglass {

// The assignments of seed 002's Cloud Expertise cell.
enum class ExpertiseKind {
    Discovery,          // "discovery" sessions of the portal and the offer's components
    TargetArchitecture, // joint work on the target architecture of a migration
    DailyAdvice,        // daily advice while the customer's team builds its skills
    Troubleshooting,    // diagnosis of an incident not related to the service
    P1RapidAction,      // rapid action on a P1 incident
    ReportAndSizing,    // reports and sizing recommendations for VMs or networks
};

// What a session may draw on once the month's included hours are used up: nothing (it is
// refused), a pack, or an overage billed apart. The coach chooses; never implied.
enum class Beyond { Nothing, Pack, Overage };

struct PackDraw
{
    qint64 packId = 0;
    int minutes = 0;
};

struct ExpertiseEntry
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString coach;     // login
    QString coachName; // as people read it
    Instant at;        // when the session took place
    int minutes = 0;   // in 15-minute steps; a reversal gives them back
    ExpertiseKind kind = ExpertiseKind::DailyAdvice;
    QString language; // "fr" or "en"
    QString notes;
    std::optional<qint64> ticketId;
    // A reversing entry names the entry it cancels; it takes its session's date and draws, so
    // the month shows both lines, and its own recording time says when the correction was made.
    std::optional<qint64> reverses;
    Beyond beyond = Beyond::Nothing;
    // Where its minutes were taken when it was logged, kept with it so that a month's figures
    // are sums of what was recorded and a reversal gives back exactly what its entry took.
    int fromIncluded = 0;
    QList<PackDraw> packDraws;
    int overage = 0;
    Instant recordedAt;
    QString recordedBy;

    bool isReversal() const { return reverses.has_value(); }
    int sign() const { return isReversal() ? -1 : 1; }
    // Minutes as they count in a month: a reversal's are negative.
    int signedMinutes() const { return sign() * minutes; }
    int fromPacks() const
    {
        int sum = 0;
        for (const PackDraw &d : packDraws)
            sum += d.minutes;
        return sum;
    }
};

struct ExpertisePack
{
    qint64 id = 0;
    qint64 customerId = 0;
    int minutes = 0;
    Instant boughtAt;
    std::optional<Instant> expiresAt; // none: never expires
    QString note;
    Instant recordedAt;
    QString recordedBy;

    bool isValidAt(Instant t) const { return boughtAt <= t && (!expiresAt || t < *expiresAt); }
};

namespace ExpertiseKinds {

QList<ExpertiseKind> all();
QString key(ExpertiseKind kind); // "discovery", "target-architecture"…
std::optional<ExpertiseKind> fromKey(const QString &key);
// As people read it, in the installed translation.
QString name(ExpertiseKind kind);
QString beyondKey(Beyond beyond); // "nothing", "pack", "overage"
std::optional<Beyond> beyondFromKey(const QString &key);

} // namespace ExpertiseKinds

} // namespace hourglass
