// A customer's expertise hours month by month: what each month includes by the tiers in force,
// what packs add, what sessions used and what is left, summed from what the entries recorded.
#pragma once

#include "contracts/customerdirectory.h"
#include "contracts/expertise.h"
#include "sla/policy.h"

#include <date/date.h>

#include <QHash>

#include <functional>
#include <map>
#include <vector>

namespace date {
class time_zone;
}

namespace hourglass {

// Past these shares of a month's hours (included and carried over), the ledger warns.
enum class BalanceWarning { None, ThreeQuarters, Exhausted };

struct MonthBalance
{
    date::year_month month{date::year{1970}, date::January};
    int includedMinutes = 0;  // by the best tier in force during the month
    int carriedInMinutes = 0; // unused the month before, when that month's tier carries over
    int packMinutes = 0;      // left at the month's start in packs valid during it
    int usedMinutes = 0;      // net of reversals
    int fromIncluded = 0;
    int fromPacks = 0;
    int overageMinutes = 0;
    int leftMinutes = 0;     // of the included and carried-over minutes
    int packLeftMinutes = 0; // in packs still valid at the month's end
    BalanceWarning warning = BalanceWarning::None;
    QList<ExpertiseEntry> entries; // the month's lines, reversals included, by session time

    int availableMinutes() const { return includedMinutes + carriedInMinutes; }
};

// Where a new session would take its minutes, or how much of it nothing allowed covers.
struct ExpertiseDraw
{
    date::year_month month{date::year{1970}, date::January}; // the session's, customer's zone
    int includedLeft = 0;                                    // before the session
    int packLeft = 0; // in packs valid at the session's time, before it
    int fromIncluded = 0;
    QList<PackDraw> packDraws; // soonest expiring pack first
    int overage = 0;
    int shortMinutes = 0; // not covered by what the coach allowed: the session is refused
};

class ExpertiseLedger
{
public:
    // The tier a contract is under, as the latest version of its policy describes it; null
    // when the policy or tier is unknown (such a contract includes nothing).
    using TierOf = std::function<const Tier *(const Contract &)>;

    // Throws std::runtime_error when the customer's zone is unknown.
    ExpertiseLedger(const Customer &customer,
                    TierOf tierOf,
                    QList<ExpertisePack> packs,
                    QList<ExpertiseEntry> entries);

    const Customer &customer() const { return m_customer; }
    // A month of a zone as [first instant, first instant of the next).
    static std::pair<Instant, Instant> monthSpan(const QString &zone, date::year_month month);
    // The calendar month an instant falls in, in the customer's zone.
    date::year_month monthOf(Instant t) const;
    // The first instant of a month in the customer's zone.
    Instant startOf(date::year_month month) const;
    // The minutes a month includes: the most any contract in force during it gives, a tier's
    // "first n months" counted from the month that contract started.
    int includedIn(date::year_month month) const;
    // The contract, and its tier, in force at t; null when none is.
    const Contract *contractAt(Instant t) const;
    const Tier *tierAt(Instant t) const;
    // Whether the tier in force at t gives privileged access to experts at t.
    bool privilegedAccessAt(Instant t) const;

    MonthBalance balance(date::year_month month) const;
    // Where a session at `at` of `minutes` would draw from, with what the coach allows;
    // `now` bounds the months a carried-over minute may already have been spent in.
    ExpertiseDraw draw(Instant at, int minutes, Beyond beyond, Instant now) const;
    // What is left in each pack now, after every draw recorded (by pack id).
    QHash<qint64, int> packRemaining() const;

    const QList<ExpertiseEntry> &entries() const { return m_entries; }
    const QList<ExpertisePack> &packs() const { return m_packs; }

private:
    // Every month's figures from the first that matters up to `last`, in order.
    QList<MonthBalance> months(date::year_month last, bool withEntries) const;
    bool monthIsWithinTier(const Contract &contract,
                           const Tier &tier,
                           date::year_month month,
                           const std::optional<int> &forMonths) const;

    Customer m_customer;
    const date::time_zone *m_zone;
    TierOf m_tierOf;
    QList<ExpertisePack> m_packs;    // bought first
    QList<ExpertiseEntry> m_entries; // by session time, then id
    // Entries by the month of their session (months since year 0), for sums without a scan.
    std::map<int, QList<qsizetype>> m_byMonth;
    // Each contract's first and last month, in the same keys, read once.
    struct Span
    {
        int first;
        int last;
        const Contract *contract;
    };
    std::vector<Span> m_spans;
};

} // namespace hourglass
