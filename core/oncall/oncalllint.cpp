// What is wrong with a rotation's schedule over a stretch of time (the next 12 months, say):
// gaps, overlapping overrides, someone twice on call, 23 h / 25 h shifts, shifts on leave.
#include "oncall/oncalllint.h"

#include <QCoreApplication>
#include <QSet>

#include <date/date.h>

#include <algorithm>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::OnCallLint)
};

QString nameOf(const QHash<QString, QString> &names, const QString &login)
{
    const QString name = names.value(login);
    return name.isEmpty() ? login : name;
}

QString hours(Seconds d)
{
    const qint64 s = d.count();
    return s % 3600 == 0 ? QString::number(s / 3600) : QString::number(double(s) / 3600, 'f', 1);
}

} // namespace

Instant OnCallLint::twelveMonthsAfter(Instant from)
{
    const date::sys_days day = date::floor<date::days>(from);
    date::year_month_day ymd{day};
    ymd += date::months{12};
    if (!ymd.ok()) // 29 February into a common year
        ymd = ymd.year() / ymd.month() / date::last;
    return date::sys_days{ymd} + (from - day);
}

std::vector<OnCallFinding> OnCallLint::check(const OnCallSchedule &schedule,
                                             const QList<DeclaredLeave> &leave,
                                             Instant from,
                                             Instant to,
                                             Instant knownAt)
{
    std::vector<OnCallFinding> findings;
    if (from >= to)
        return findings;
    using Kind = OnCallFinding::Kind;

    // Periods: what they lack between them, and what the clocks do to their length.
    Instant covered = from;
    for (const OnCallPeriod &p : schedule.periods(from, to, knownAt)) {
        if (p.start > covered)
            findings.push_back({Kind::Gap, covered, p.start});
        covered = std::max(covered, p.end);
    }
    if (covered < to)
        findings.push_back({Kind::Gap, covered, to});
    // Lengths are the periods' own, not clipped to [from, to): one cut by `from` is not short.
    for (const OnCallPeriod &p : schedule.periods(from, to, knownAt)) {
        const OnCallAnswer whole = schedule.at(p.start, knownAt);
        const Seconds length = whole.periodEnd - whole.periodStart;
        if (length != p.nominal && whole.period == p.index) {
            OnCallFinding f{Kind::UnusualLength, whole.periodStart, whole.periodEnd};
            f.nominal = p.nominal;
            f.person = whole.prime;
            findings.push_back(f);
        }
    }

    // Segments: someone twice on call; which overrides did anything.
    QSet<qint64> applied;
    const std::vector<OnCallSegment> segments = schedule.segments(from, to, knownAt);
    for (const OnCallSegment &s : segments) {
        for (qint64 id : s.answer.overrides)
            applied.insert(id);
        const QStringList people = s.answer.contacts();
        QSet<QString> seen;
        QSet<QString> twice;
        for (const QString &person : people) {
            if (person.isEmpty())
                continue;
            if (seen.contains(person))
                twice.insert(person);
            seen.insert(person);
        }
        for (const QString &person : people) {
            if (!twice.remove(person))
                continue;
            // One finding for a stretch, however many segments it spans.
            auto last = std::find_if(findings.rbegin(), findings.rend(), [&](const auto &f) {
                return f.kind == Kind::PrimeAlsoSecondary && f.person == person;
            });
            if (last != findings.rend() && last->end == s.start)
                last->end = s.end;
            else
                findings.push_back({Kind::PrimeAlsoSecondary, s.start, s.end, person});
        }
    }

    // Overrides known then: overlapping ones for the same person, and those that did nothing.
    std::vector<OnCallOverride> known;
    for (const OnCallOverride &o : schedule.overrides()) {
        if (o.knownAt(knownAt) && o.end > from && o.start < to)
            known.push_back(o);
    }
    std::sort(known.begin(), known.end(), [](const auto &a, const auto &b) {
        return a.recordedAt != b.recordedAt ? a.recordedAt < b.recordedAt : a.id < b.id;
    });
    for (size_t i = 0; i < known.size(); ++i) {
        const OnCallOverride &o = known[i];
        for (size_t j = 0; j < i; ++j) {
            const OnCallOverride &earlier = known[j];
            if (earlier.covered == o.covered && earlier.start < o.end && o.start < earlier.end) {
                OnCallFinding f{Kind::Overlap,
                                std::max(o.start, earlier.start),
                                std::min(o.end, earlier.end),
                                o.covered};
                f.overrideId = o.id;
                f.otherOverrideId = earlier.id;
                findings.push_back(f);
            }
        }
        if (!applied.contains(o.id)) {
            OnCallFinding f{Kind::UnusedOverride,
                            std::max(o.start, from),
                            std::min(o.end, to),
                            o.covered};
            f.overrideId = o.id;
            findings.push_back(f);
        }
    }

    // Shifts during declared leave.
    if (!leave.isEmpty()) {
        for (const OnCallShift &shift : schedule.shifts(from, to, knownAt)) {
            for (const DeclaredLeave &l : leave) {
                if (l.withdrawnAt || l.person != shift.person || l.end <= shift.start
                    || shift.end <= l.start)
                    continue;
                findings.push_back({Kind::OnLeave,
                                    std::max(shift.start, l.start),
                                    std::min(shift.end, l.end),
                                    shift.person});
            }
        }
    }

    std::stable_sort(findings.begin(), findings.end(), [](const auto &a, const auto &b) {
        return a.start != b.start ? a.start < b.start : int(a.kind) < int(b.kind);
    });
    return findings;
}

QString OnCallLint::kindKey(OnCallFinding::Kind kind)
{
    switch (kind) {
    case OnCallFinding::Kind::Gap:
        return QStringLiteral("gap");
    case OnCallFinding::Kind::Overlap:
        return QStringLiteral("overlap");
    case OnCallFinding::Kind::UnusedOverride:
        return QStringLiteral("unused-override");
    case OnCallFinding::Kind::PrimeAlsoSecondary:
        return QStringLiteral("prime-also-secondary");
    case OnCallFinding::Kind::UnusualLength:
        return QStringLiteral("unusual-length");
    case OnCallFinding::Kind::OnLeave:
        break;
    }
    return QStringLiteral("on-leave");
}

QString OnCallLint::describe(const OnCallFinding &f,
                             const QHash<QString, QString> &names,
                             const QString &zone)
{
    return describe(f, names, [&zone](Instant t) { return formatLocal(t, zone); });
}

QString OnCallLint::describe(const OnCallFinding &f,
                             const QHash<QString, QString> &names,
                             const std::function<QString(Instant)> &when)
{
    const QString from = when(f.start);
    const QString to = when(f.end);
    const QString person = nameOf(names, f.person);
    switch (f.kind) {
    case OnCallFinding::Kind::Gap:
        return Tr::tr("Nobody is on call from %1 to %2.").arg(from, to);
    case OnCallFinding::Kind::Overlap:
        return Tr::tr("Two overrides cover %1 from %2 to %3; the later one (%4) only applies "
                      "where the earlier one (%5) does not.")
            .arg(person, from, to)
            .arg(f.overrideId)
            .arg(f.otherOverrideId);
    case OnCallFinding::Kind::UnusedOverride:
        return Tr::tr("Override %1 changes nothing: %2 is not on call from %3 to %4.")
            .arg(f.overrideId)
            .arg(person, from, to);
    case OnCallFinding::Kind::PrimeAlsoSecondary:
        return Tr::tr("%1 holds two roles at once from %2 to %3.").arg(person, from, to);
    case OnCallFinding::Kind::UnusualLength:
        return Tr::tr("The shift from %1 to %2 lasts %3 h instead of %4 h: the clocks change "
                      "during it.")
            .arg(from, to, hours(f.end - f.start), hours(f.nominal));
    case OnCallFinding::Kind::OnLeave:
        break;
    }
    return Tr::tr("%1 is on call from %2 to %3 during their declared leave.").arg(person, from, to);
}

} // namespace hourglass
