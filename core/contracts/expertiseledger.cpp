// Month-by-month expertise balances, summed from the draws each entry recorded.
#include "contracts/expertiseledger.h"

#include "time/wallclock.h"

#include <date/tz.h>

#include <algorithm>
#include <limits>

namespace hourglass {

namespace {

int monthKey(date::year_month m)
{
    return int(m.year()) * 12 + int(unsigned(m.month())) - 1;
}

date::year_month monthFromKey(int key)
{
    return date::year{key / 12} / date::month(unsigned(key % 12 + 1));
}

} // namespace

ExpertiseLedger::ExpertiseLedger(const Customer &customer,
                                 TierOf tierOf,
                                 QList<ExpertisePack> packs,
                                 QList<ExpertiseEntry> entries)
    : m_customer(customer)
    , m_zone(date::locate_zone(customer.timeZone.toStdString()))
    , m_tierOf(std::move(tierOf))
    , m_packs(std::move(packs))
    , m_entries(std::move(entries))
{
    std::stable_sort(m_packs.begin(), m_packs.end(), [](const auto &a, const auto &b) {
        return a.boughtAt < b.boughtAt;
    });
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const auto &a, const auto &b) {
        return a.at != b.at ? a.at < b.at : a.id < b.id;
    });
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        m_byMonth[monthKey(monthOf(m_entries.at(i).at))].append(i);
    for (const Contract &contract : std::as_const(m_customer.contracts)) {
        if (contract.endsAt && *contract.endsAt <= contract.startsAt)
            continue;
        m_spans.push_back({monthKey(monthOf(contract.startsAt)),
                           contract.endsAt ? monthKey(monthOf(*contract.endsAt - Seconds{1}))
                                           : std::numeric_limits<int>::max(),
                           &contract});
    }
}

date::year_month ExpertiseLedger::monthOf(Instant t) const
{
    const auto local = m_zone->to_local(t);
    const date::year_month_day day{date::floor<date::days>(local)};
    return day.year() / day.month();
}

std::pair<Instant, Instant> ExpertiseLedger::monthSpan(const QString &zone, date::year_month month)
{
    const date::time_zone &z = *date::locate_zone(zone.toStdString());
    return {resolveWallClock(z, date::local_seconds{date::local_days{month / 1}}),
            resolveWallClock(z,
                             date::local_seconds{date::local_days{(month + date::months{1}) / 1}})};
}

Instant ExpertiseLedger::startOf(date::year_month month) const
{
    return resolveWallClock(*m_zone, date::local_seconds{date::local_days{month / 1}});
}

const Contract *ExpertiseLedger::contractAt(Instant t) const
{
    return m_customer.contractAt(t);
}

const Tier *ExpertiseLedger::tierAt(Instant t) const
{
    const Contract *contract = contractAt(t);
    return contract ? m_tierOf(*contract) : nullptr;
}

bool ExpertiseLedger::monthIsWithinTier(const Contract &contract,
                                        const Tier &,
                                        date::year_month month,
                                        const std::optional<int> &forMonths) const
{
    if (!forMonths)
        return true;
    const int index = monthKey(month) - monthKey(monthOf(contract.startsAt));
    return index >= 0 && index < *forMonths;
}

int ExpertiseLedger::includedIn(date::year_month month) const
{
    const int key = monthKey(month);
    int best = 0;
    for (const Span &span : m_spans) {
        if (key < span.first || key > span.last)
            continue;
        const Tier *tier = m_tierOf(*span.contract);
        if (!tier)
            continue;
        const TierEntitlements &e = tier->entitlements;
        // A tier's "first n months" count from the month its contract started.
        if (!e.expertiseMonths || key - span.first < *e.expertiseMonths)
            best = std::max(best, e.expertiseMinutesPerMonth);
    }
    return best;
}

bool ExpertiseLedger::privilegedAccessAt(Instant t) const
{
    const Contract *contract = contractAt(t);
    const Tier *tier = contract ? m_tierOf(*contract) : nullptr;
    if (!tier || !tier->entitlements.privilegedExpertAccess)
        return false;
    return monthIsWithinTier(*contract,
                             *tier,
                             monthOf(t),
                             tier->entitlements.privilegedExpertAccessMonths);
}

QList<MonthBalance> ExpertiseLedger::months(date::year_month last, bool withEntries) const
{
    int first = monthKey(last);
    for (const Contract &contract : m_customer.contracts)
        first = std::min(first, monthKey(monthOf(contract.startsAt)));
    if (!m_byMonth.empty())
        first = std::min(first, m_byMonth.begin()->first);
    for (const ExpertisePack &pack : m_packs)
        first = std::min(first, monthKey(monthOf(pack.boughtAt)));

    QHash<qint64, int> packUsed; // drawn so far from each pack, by the months walked
    QList<MonthBalance> result;
    result.reserve(monthKey(last) - first + 1);
    int carry = 0;
    Instant end = startOf(monthFromKey(first));
    for (int key = first; key <= monthKey(last); ++key) {
        MonthBalance b;
        b.month = monthFromKey(key);
        const Instant start = end;
        end = startOf(monthFromKey(key + 1));
        b.includedMinutes = includedIn(b.month);
        b.carriedInMinutes = carry;
        for (const ExpertisePack &pack : m_packs) {
            if (pack.boughtAt < end && (!pack.expiresAt || *pack.expiresAt > start))
                b.packMinutes += pack.minutes - packUsed.value(pack.id);
        }
        if (const auto found = m_byMonth.find(key); found != m_byMonth.end()) {
            for (qsizetype index : found->second) {
                const ExpertiseEntry &e = m_entries.at(index);
                b.usedMinutes += e.signedMinutes();
                b.fromIncluded += e.sign() * e.fromIncluded;
                b.overageMinutes += e.sign() * e.overage;
                for (const PackDraw &draw : e.packDraws) {
                    b.fromPacks += e.sign() * draw.minutes;
                    packUsed[draw.packId] += e.sign() * draw.minutes;
                }
                if (withEntries)
                    b.entries.append(e);
            }
        }
        b.leftMinutes = b.availableMinutes() - b.fromIncluded;
        const Instant lastSecond = end - Seconds{1};
        for (const ExpertisePack &pack : m_packs) {
            if (pack.isValidAt(lastSecond))
                b.packLeftMinutes += pack.minutes - packUsed.value(pack.id);
        }
        if (b.availableMinutes() > 0) {
            if (b.fromIncluded >= b.availableMinutes())
                b.warning = BalanceWarning::Exhausted;
            else if (b.fromIncluded * 4 >= b.availableMinutes() * 3)
                b.warning = BalanceWarning::ThreeQuarters;
        } else if (b.overageMinutes > 0) {
            b.warning = BalanceWarning::Exhausted;
        }
        const Tier *tier = tierAt(lastSecond);
        carry = tier && tier->entitlements.carryOver ? std::max(0, b.leftMinutes) : 0;
        result.append(std::move(b));
    }
    return result;
}

MonthBalance ExpertiseLedger::balance(date::year_month month) const
{
    return months(month, true).constLast();
}

QHash<qint64, int> ExpertiseLedger::packRemaining() const
{
    QHash<qint64, int> remaining;
    for (const ExpertisePack &pack : m_packs)
        remaining.insert(pack.id, pack.minutes);
    for (const ExpertiseEntry &e : m_entries) {
        for (const PackDraw &draw : e.packDraws)
            remaining[draw.packId] -= e.sign() * draw.minutes;
    }
    return remaining;
}

ExpertiseDraw ExpertiseLedger::draw(Instant at, int minutes, Beyond beyond, Instant now) const
{
    ExpertiseDraw result;
    result.month = monthOf(at);
    // Every month a later minute may have been spent in: up to now, or to the latest session
    // logged (a session of tomorrow may already be in next month).
    date::year_month last = std::max(result.month, monthOf(now));
    if (!m_entries.isEmpty())
        last = std::max(last, monthOf(m_entries.constLast().at));
    const QList<MonthBalance> walked = months(last, false);
    const qsizetype index = monthKey(result.month) - monthKey(walked.constFirst().month);
    // A month before every contract, entry and pack includes nothing and has no pack.
    int left = index >= 0 ? walked.at(index).leftMinutes : 0;
    // A minute taken from a month whose unused minutes carried over was also carried into the
    // months after it: it must still be there in each of them.
    for (qsizetype j = index + 1; index >= 0 && j < walked.size(); ++j) {
        const Tier *tier = tierAt(startOf(walked.at(j).month) - Seconds{1});
        if (!tier || !tier->entitlements.carryOver)
            break;
        left = std::min(left, walked.at(j).leftMinutes);
    }
    result.includedLeft = std::max(0, left);
    result.fromIncluded = std::min(minutes, result.includedLeft);
    int rest = minutes - result.fromIncluded;

    const QHash<qint64, int> remaining = packRemaining();
    QList<const ExpertisePack *> usable;
    for (const ExpertisePack &pack : m_packs) {
        if (pack.isValidAt(at) && remaining.value(pack.id) > 0) {
            usable.append(&pack);
            result.packLeft += remaining.value(pack.id);
        }
    }
    // The pack that lapses first is spent first; packs that never lapse last.
    std::stable_sort(usable.begin(), usable.end(), [](const auto *a, const auto *b) {
        const Instant never = Instant::max();
        return a->expiresAt.value_or(never) < b->expiresAt.value_or(never);
    });
    // An overage bills only what the packs bought in advance do not cover.
    if (rest > 0 && beyond != Beyond::Nothing) {
        for (const ExpertisePack *pack : usable) {
            const int take = std::min(rest, remaining.value(pack->id));
            if (take <= 0)
                continue;
            result.packDraws.append({pack->id, take});
            rest -= take;
            if (rest == 0)
                break;
        }
    }
    if (rest > 0 && beyond == Beyond::Overage) {
        result.overage = rest;
        rest = 0;
    }
    result.shortMinutes = rest;
    return result;
}

} // namespace hourglass
