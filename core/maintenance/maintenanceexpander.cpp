// The occurrences of maintenance windows in a range of time, and where windows overlap.
#include "maintenance/maintenanceexpander.h"

#include "io/inputerror.h"
#include "maintenance/recurrencewalk.h"
#include "time/calendarindex.h"
#include "time/wallclock.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <date/tz.h>

#include <algorithm>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::MaintenanceExpander)
};

constexpr int holidaySearchDays = 31;

Instant resolveIn(const date::time_zone &zone, LocalTime local)
{
    return resolveWallClock(zone, local);
}

} // namespace

struct MaintenanceExpander::Holidays
{
    explicit Holidays(CalendarDefinition d)
        : definition(std::move(d))
        , index(definition)
    {}

    bool isHoliday(date::local_days day) const
    {
        const date::year_month_day ymd{day};
        found.clear();
        index.holidaysOn(int(day.time_since_epoch().count()), ymd, found);
        return std::any_of(found.begin(), found.end(), [&](int i) {
            return !definition.holidays.at(i).part.has_value();
        });
    }

    bool isWorkingDay(date::local_days day) const
    {
        if (isHoliday(day))
            return false;
        const unsigned weekday = date::weekday{day}.iso_encoding() - 1; // 0 is Monday
        if (!definition.week.at(weekday).isEmpty())
            return true;
        found.clear();
        index.exceptionsOn(int(day.time_since_epoch().count()), found);
        return !found.empty();
    }

    CalendarDefinition definition;
    CalendarIndex index;
    mutable std::vector<int> found;
};

struct MaintenanceExpander::Walked
{
    Walked(const MaintenanceWindow &window, const date::time_zone &zone)
        : walk(window.rrule, window.start, zone)
    {}

    RecurrenceWalk walk;
    std::vector<LocalTime> starts;
    bool finished = false;
};

MaintenanceExpander::MaintenanceExpander(const QList<CalendarDefinition> &calendars)
{
    for (const CalendarDefinition &calendar : calendars)
        m_calendars.push_back(std::make_unique<Holidays>(calendar));
}

MaintenanceExpander::~MaintenanceExpander() = default;

Instant MaintenanceExpander::resolve(const QString &zone, LocalTime local)
{
    return resolveIn(MaintenanceWindow::zoneNamed(zone), local);
}

const MaintenanceExpander::Holidays *MaintenanceExpander::holidaysFor(
    const MaintenanceWindow &window) const
{
    if (window.holidayRule == HolidayRule::Keep || window.holidayCalendar.isEmpty())
        return nullptr;
    for (const auto &calendar : m_calendars) {
        if (calendar->definition.id == window.holidayCalendar)
            return calendar.get();
    }
    throw InputError({},
                     QStringLiteral("holiday calendar"),
                     Tr::tr("the window “%1” takes its holidays from the calendar “%2”, which "
                            "does not exist")
                         .arg(InputError::excerpt(window.title),
                              InputError::excerpt(window.holidayCalendar)));
}

const std::vector<LocalTime> &MaintenanceExpander::startsUntil(const MaintenanceWindow &window,
                                                               const date::time_zone &zone,
                                                               LocalTime until) const
{
    std::string key = zone.name();
    key += '\n';
    key += window.rrule.toStdString();
    key += '\n';
    key += std::to_string(window.start.time_since_epoch().count());
    auto found = m_walked.find(key);
    if (found == m_walked.end())
        found = m_walked.emplace(key, std::make_unique<Walked>(window, zone)).first;
    Walked &walked = *found->second;
    while (!walked.finished && (walked.starts.empty() || walked.starts.back() <= until)) {
        if (const std::optional<LocalTime> next = walked.walk.next())
            walked.starts.push_back(*next);
        else
            walked.finished = true;
    }
    return walked.starts;
}

void MaintenanceExpander::expand(const MaintenanceWindow &window,
                                 qsizetype position,
                                 Instant from,
                                 Instant to,
                                 std::vector<MaintenanceOccurrence> &out) const
{
    if (to <= from)
        return;
    const date::time_zone &zone = MaintenanceWindow::zoneNamed(window.zone);
    const Holidays *holidays = holidaysFor(window);

    // Local bounds wide enough for any offset, the occurrence's length and a holiday move;
    // what falls outside cannot run during [from, to).
    const LocalTime localTo = zone.to_local(to) + date::days{1};
    const LocalTime localFrom = zone.to_local(from) - date::days{1 + holidaySearchDays}
                                - window.length;

    QHash<qint64, const OccurrenceOverride *> overridden;
    for (const OccurrenceOverride &o : window.overrides)
        overridden.insert(o.recurrenceId.time_since_epoch().count(), &o);
    QSet<qint64> excluded;
    for (LocalTime t : window.exdates)
        excluded.insert(t.time_since_epoch().count());

    const auto add = [&](LocalTime id, LocalTime localStart, MaintenanceOccurrence::Change change) {
        const Instant start = resolveIn(zone, localStart);
        const Instant end = window.end == WindowEnd::WallClock
                                ? resolveIn(zone, window.localEndOf(localStart))
                                : start + window.length;
        if (end <= start || end <= from || start >= to)
            return;
        out.push_back({position, id, start, end, change});
    };
    const auto consider = [&](LocalTime local) {
        if (local < localFrom || excluded.contains(local.time_since_epoch().count())
            || overridden.contains(local.time_since_epoch().count()))
            return;
        if (holidays) {
            const date::local_days day = date::floor<date::days>(local);
            if (holidays->isHoliday(day)) {
                if (window.holidayRule == HolidayRule::Skip)
                    return;
                for (int ahead = 1; ahead <= holidaySearchDays; ++ahead) {
                    if (holidays->isWorkingDay(day + date::days{ahead})) {
                        add(local,
                            local + date::days{ahead},
                            MaintenanceOccurrence::Change::HolidayMoved);
                        return;
                    }
                }
                return;
            }
        }
        add(local, local, MaintenanceOccurrence::Change::AsRuled);
    };

    const std::vector<LocalTime> &starts = startsUntil(window, zone, localTo);
    for (auto local = std::lower_bound(starts.begin(), starts.end(), localFrom);
         local != starts.end() && *local <= localTo;
         ++local)
        consider(*local);
    for (LocalTime local : window.rdates) {
        if (local <= localTo)
            consider(local);
    }
    for (const OccurrenceOverride &o : window.overrides) {
        if (o.cancelled)
            continue;
        const Instant start = resolveIn(zone, o.start);
        const Instant end = resolveIn(zone, o.end);
        if (end > start && end > from && start < to)
            out.push_back(
                {position, o.recurrenceId, start, end, MaintenanceOccurrence::Change::Moved});
    }
}

std::vector<MaintenanceOccurrence> MaintenanceExpander::occurrences(const MaintenanceWindow &window,
                                                                    Instant from,
                                                                    Instant to) const
{
    return occurrences(QList<MaintenanceWindow>{window}, from, to);
}

std::vector<MaintenanceOccurrence> MaintenanceExpander::occurrences(
    const QList<MaintenanceWindow> &windows, Instant from, Instant to) const
{
    std::vector<MaintenanceOccurrence> out;
    for (qsizetype i = 0; i < windows.size(); ++i)
        expand(windows.at(i), i, from, to, out);
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return std::tie(a.start, a.window, a.end) < std::tie(b.start, b.window, b.end);
    });
    // An RDATE equal to a start the rule gives names the same occurrence once.
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<MaintenanceOverlap> MaintenanceExpander::overlaps(
    const QList<MaintenanceWindow> &windows, Instant from, Instant to) const
{
    const std::vector<MaintenanceOccurrence> all = occurrences(windows, from, to);
    QList<QString> platforms;
    for (const MaintenanceWindow &window : windows)
        platforms.append(window.platform.trimmed().toCaseFolded());

    std::vector<MaintenanceOverlap> result;
    // A sweep in order of start: those still running when one starts are the ones it meets.
    std::vector<const MaintenanceOccurrence *> running;
    for (const MaintenanceOccurrence &occurrence : all) {
        std::erase_if(running,
                      [&](const MaintenanceOccurrence *r) { return r->end <= occurrence.start; });
        for (const MaintenanceOccurrence *other : running) {
            if (other->window == occurrence.window
                || platforms.at(other->window) != platforms.at(occurrence.window))
                continue;
            const bool otherFirst = other->window < occurrence.window;
            const MaintenanceOccurrence &a = otherFirst ? *other : occurrence;
            const MaintenanceOccurrence &b = otherFirst ? occurrence : *other;
            result.push_back({a.window,
                              b.window,
                              a.recurrenceId,
                              b.recurrenceId,
                              std::max(a.start, b.start),
                              std::min(a.end, b.end)});
        }
        running.push_back(&occurrence);
    }
    std::sort(result.begin(), result.end(), [](const auto &a, const auto &b) {
        return std::tie(a.from, a.first, a.second) < std::tie(b.from, b.first, b.second);
    });
    return result;
}

QString MaintenanceExpander::describe(const MaintenanceOverlap &overlap,
                                      const QList<MaintenanceWindow> &windows)
{
    const MaintenanceWindow &first = windows.at(overlap.first);
    const MaintenanceWindow &second = windows.at(overlap.second);
    return Tr::tr("“%1” and “%2” of platform %3 overlap from %4 to %5")
        .arg(InputError::excerpt(first.title),
             InputError::excerpt(second.title),
             InputError::excerpt(first.platform),
             formatLocal(overlap.from, first.zone),
             formatLocal(overlap.to, first.zone));
}

} // namespace hourglass
