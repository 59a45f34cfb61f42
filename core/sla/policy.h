// A support policy as data: tiers, severity scheme, channels, calendars, targets and warnings.
#pragma once

#include "time/calendardefinition.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hourglass {

// Something of a policy people pick and read: an id for files and the database, a name in
// English and optionally in French ("name_fr" in the file).
struct NamedItem
{
    QString id;
    QString name;   // English, always given
    QString nameFr; // French; empty when the file gives none, and English is shown
    QString description;
    QString descriptionFr; // "description_fr"

    // The name people read in `language` ("en", "fr"), English when there is none in it.
    QString displayName(const QString &language) const;
    // The description likewise.
    QString displayDescription(const QString &language) const;
};

// One scale of urgency for every policy, so tickets under different policies sort and filter
// together: 1 is the most urgent (an emergency or outage), 6 the least (planned work).
inline constexpr int mostUrgent = 1;
inline constexpr int leastUrgent = 6;

struct Severity : NamedItem
{
    int urgency = mostUrgent; // on the common scale; never above the severity listed before
    // A severity that exists only outside a calendar's hours (seed 003: Emergency is an
    // incident outside standard hours); raised during them, it becomes `otherwise`.
    QString onlyOutsideCalendar;
    QString otherwise;
};

// What a tier gives a customer besides its SLA targets (seed 002's table): the expertise hours
// included each month, expert access, phone tickets, 24x7 reception and the languages offered.
struct TierEntitlements
{
    int expertiseMinutesPerMonth = 0;
    // Included only in the first n calendar months of the contract, in the customer's zone
    // (Bronze: 3); none: every month.
    std::optional<int> expertiseMonths;
    bool privilegedExpertAccess = false;
    std::optional<int> privilegedExpertAccessMonths; // likewise
    bool phoneTickets = false;
    bool reception24x7 = false;
    QStringList languages{QStringLiteral("en")};
    // Whether expertise minutes left unused at the end of a month roll over to the next.
    bool carryOver = false;
};

struct Tier : NamedItem
{
    // Tiers are listed from the lowest level to the highest: a change to a later tier is an
    // upgrade (effective at once), any other a downgrade (a request support carries out).
    // Tiers given the same "level" are neither above nor below each other.
    int level = 0;
    TierEntitlements entitlements;
};

// A part of the product a ticket can be about. A beta feature carries no support commitment
// (seed 002): a ticket on it has no SLA clock at all.
struct ProductArea : NamedItem
{
    bool beta = false;
};

enum class Metric { InitialResponse, PeriodicUpdate, Resolution };

// When to warn before a breach: at a share of the target elapsed, or a time before due.
struct WarningLevel
{
    std::optional<double> percent;
    std::optional<Seconds> before;
};

struct Target
{
    enum class Kind {
        Duration,     // business time on a calendar ("2h", "30m")
        BusinessDays, // n x the calendar's business day
        CalendarDays, // same local wall-clock time n days later in the calendar's zone
        Immediate,    // due the moment the clock starts
        Scheduled,    // due at the time the requester chose
        BestEffort,   // no clock
    };

    Metric metric = Metric::InitialResponse;
    QString severity;
    QString tier; // empty: every tier without a target of its own
    Kind kind = Kind::BestEffort;
    QString calendar; // a key of Policy::calendars
    Seconds duration{0};
    int days = 0;
    QString note;
    QList<WarningLevel> warnings; // empty: the policy's
};

struct Policy
{
    QString id;
    int version = 0;
    QString name;
    QString nameFr;
    QString source;             // the document the policy was written from
    QList<Tier> tiers;          // lowest level first
    QList<Severity> severities; // most severe first
    QList<NamedItem> channels;
    QList<ProductArea> productAreas; // optional: a ticket may name one
    // Severity given to a ticket whose requester set none, by channel id; "*" for any other.
    QHash<QString, QString> defaultSeverityByChannel;
    QHash<QString, CalendarDefinition> calendars; // by the key targets use
    QList<Target> targets;
    QList<WarningLevel> warnings;

    QString displayName(const QString &language) const;
    // What people read for an id of the policy, in `language`; the id itself when the policy
    // does not know it (a ticket older than the policy version in force).
    QString severityName(const QString &severityId, const QString &language) const;
    QString tierName(const QString &tierId, const QString &language) const;
    QString channelName(const QString &channelId, const QString &language) const;
    QString calendarName(const QString &calendarKey, const QString &language) const;
    // The severity's place on the common scale; leastUrgent + 1 for an unknown one, so it sorts
    // after every known severity.
    int urgencyOf(const QString &severityId) const;

    const Tier *tier(const QString &tierId) const;
    const Severity *severity(const QString &severityId) const;
    QString defaultSeverityFor(const QString &channelId) const;
    // Why an id is not one of the policy's severities, tiers or channels, in the words every
    // door uses ("unknown severity "p9" in cloud-tiers (p1, p2, p3, p4)"); empty when it is.
    QString severityProblem(const QString &severityId) const;
    QString tierProblem(const QString &tierId) const;
    QString channelProblem(const QString &channelId) const;
    // An empty id is no area, and always fine.
    QString productAreaProblem(const QString &areaId) const;
    const ProductArea *productArea(const QString &areaId) const;
    bool isBeta(const QString &areaId) const;
    // The target for a severity and tier: the tier's own, else the one for every tier; null
    // when the policy makes no commitment for that metric.
    const Target *target(Metric metric, const QString &severityId, const QString &tierId) const;
    QList<WarningLevel> warningsFor(const Target &target) const;
};

QString metricKey(Metric metric);
std::optional<Metric> metricFromKey(const QString &key);

template<typename Item>
const Item *findItem(const QList<Item> &items, const QString &id)
{
    for (const Item &item : items) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

} // namespace hourglass
