// A maintenance window's recurrence in plain words, for the editor and the calendar's list.
#include "maintenance/recurrencetext.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QStringList>

#include <libical/ical.h>

#include <algorithm>
#include <optional>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::RecurrenceText)
};

// libical's weekdays: 1 Sunday to 7 Saturday. Three forms, since French says "tous les
// samedis" where English says "every Saturday".
enum class Form { One, Many, Every };

QString weekday(int day, Form form)
{
    switch (form) {
    case Form::One:
        switch (day) {
        case 1:
            return Tr::tr("Sunday");
        case 2:
            return Tr::tr("Monday");
        case 3:
            return Tr::tr("Tuesday");
        case 4:
            return Tr::tr("Wednesday");
        case 5:
            return Tr::tr("Thursday");
        case 6:
            return Tr::tr("Friday");
        case 7:
            return Tr::tr("Saturday");
        }
        break;
    case Form::Many:
        switch (day) {
        case 1:
            return Tr::tr("Sundays");
        case 2:
            return Tr::tr("Mondays");
        case 3:
            return Tr::tr("Tuesdays");
        case 4:
            return Tr::tr("Wednesdays");
        case 5:
            return Tr::tr("Thursdays");
        case 6:
            return Tr::tr("Fridays");
        case 7:
            return Tr::tr("Saturdays");
        }
        break;
    case Form::Every:
        switch (day) {
        case 1:
            return Tr::tr("Sunday", "after “every”: every Sunday");
        case 2:
            return Tr::tr("Monday", "after “every”: every Monday");
        case 3:
            return Tr::tr("Tuesday", "after “every”: every Tuesday");
        case 4:
            return Tr::tr("Wednesday", "after “every”: every Wednesday");
        case 5:
            return Tr::tr("Thursday", "after “every”: every Thursday");
        case 6:
            return Tr::tr("Friday", "after “every”: every Friday");
        case 7:
            return Tr::tr("Saturday", "after “every”: every Saturday");
        }
        break;
    }
    return {};
}

// "Monday", "Monday and Thursday", "Monday, Tuesday and Friday".
QString listOf(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    return Tr::tr("%1 and %2", "the end of a list: Monday, Tuesday and Friday")
        .arg(items.mid(0, items.size() - 1).join(Tr::tr(", ", "between the items of a list")),
             items.last());
}

// One weekday at one position in the month, article included: "the first Wednesday".
std::optional<QString> atPosition(int position, const QString &day)
{
    switch (position) {
    case 1:
        return Tr::tr("the first %1", "weekday").arg(day);
    case 2:
        return Tr::tr("the second %1", "weekday").arg(day);
    case 3:
        return Tr::tr("the third %1", "weekday").arg(day);
    case 4:
        return Tr::tr("the fourth %1", "weekday").arg(day);
    case 5:
        return Tr::tr("the fifth %1", "weekday").arg(day);
    case -1:
        return Tr::tr("the last %1", "weekday").arg(day);
    case -2:
        return Tr::tr("the second to last %1", "weekday").arg(day);
    case -3:
        return Tr::tr("the third to last %1", "weekday").arg(day);
    }
    return std::nullopt;
}

// An ordinal alone, for a list of positions: "first", "third".
std::optional<QString> ordinal(int position)
{
    switch (position) {
    case 1:
        return Tr::tr("first", "ordinal, in a list: the first and third Wednesdays");
    case 2:
        return Tr::tr("second", "ordinal, in a list: the first and third Wednesdays");
    case 3:
        return Tr::tr("third", "ordinal, in a list: the first and third Wednesdays");
    case 4:
        return Tr::tr("fourth", "ordinal, in a list: the first and third Wednesdays");
    case 5:
        return Tr::tr("fifth", "ordinal, in a list: the first and third Wednesdays");
    case -1:
        return Tr::tr("last", "ordinal, in a list: the first and last Wednesdays");
    case -2:
        return Tr::tr("second to last", "ordinal, in a list: the first and last Wednesdays");
    case -3:
        return Tr::tr("third to last", "ordinal, in a list: the first and last Wednesdays");
    }
    return std::nullopt;
}

// Several positions of one weekday: "the last three Wednesdays", "the first and third Mondays".
std::optional<QString> atPositions(QList<int> positions, int day)
{
    std::sort(positions.begin(), positions.end());
    positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
    if (positions.size() == 1)
        return atPosition(positions.first(), weekday(day, Form::One));
    const QString days = weekday(day, Form::Many);
    const auto run = [&](int first, int step) {
        for (qsizetype i = 0; i < positions.size(); ++i) {
            if (positions.at(i) != first + step * int(i))
                return false;
        }
        return true;
    };
    // Sorted ascending, the last three read -3, -2, -1.
    if (run(1, 1)) {
        switch (positions.size()) {
        case 2:
            return Tr::tr("the first two %1", "weekdays").arg(days);
        case 3:
            return Tr::tr("the first three %1", "weekdays").arg(days);
        case 4:
            return Tr::tr("the first four %1", "weekdays").arg(days);
        }
    }
    if (run(-int(positions.size()), 1)) {
        switch (positions.size()) {
        case 2:
            return Tr::tr("the last two %1", "weekdays").arg(days);
        case 3:
            return Tr::tr("the last three %1", "weekdays").arg(days);
        case 4:
            return Tr::tr("the last four %1", "weekdays").arg(days);
        }
    }
    // Positive ones first, in order, then those from the end: first, third and last.
    std::stable_partition(positions.begin(), positions.end(), [](int p) { return p > 0; });
    QStringList words;
    for (int position : std::as_const(positions)) {
        const std::optional<QString> word = ordinal(position);
        if (!word)
            return std::nullopt;
        words.append(*word);
    }
    return Tr::tr("the %1 %2", "ordinals, weekdays: the first and third Wednesdays")
        .arg(listOf(words), days);
}

template<size_t N>
bool isEmpty(const short (&values)[N])
{
    return values[0] == ICAL_RECURRENCE_ARRAY_MAX;
}

template<size_t N>
QList<short> valuesOf(const short (&values)[N])
{
    QList<short> result;
    for (size_t i = 0; i < N && values[i] != ICAL_RECURRENCE_ARRAY_MAX; ++i)
        result.append(values[i]);
    return result;
}

QString fallback(const QString &rrule)
{
    return Tr::tr("by the rule %1", "an RFC 5545 rule shown as written").arg(rrule);
}

// The rule in words, or nothing when it says more than the words would. `start` (when known)
// gives what a rule leaves to DTSTART: the weekday of a weekly rule, the day of a monthly one.
std::optional<QString> ruleInWords(const QString &rrule, std::optional<LocalTime> start)
{
    const QByteArray text = rrule.trimmed().toUtf8();
    if (text.isEmpty())
        return std::nullopt;
    const icalrecurrencetype rule = icalrecurrencetype_from_string(text.constData());
    icalerror_clear_errno();
    if (rule.freq == ICAL_NO_RECURRENCE)
        return std::nullopt;
    if (rule.count > 0 || !icaltime_is_null_time(rule.until) || !isEmpty(rule.by_second)
        || !isEmpty(rule.by_minute) || !isEmpty(rule.by_hour) || !isEmpty(rule.by_year_day)
        || !isEmpty(rule.by_week_no) || !isEmpty(rule.by_month) || !isEmpty(rule.by_set_pos)
        || (rule.rscale && *rule.rscale))
        return std::nullopt;
    const int interval = std::max<int>(1, rule.interval);

    QList<int> days;      // weekdays without a position
    QList<int> positions; // positions, all of one weekday
    int positionedDay = 0;
    for (short value : valuesOf(rule.by_day)) {
        const int day = int(icalrecurrencetype_day_day_of_week(value));
        const int position = icalrecurrencetype_day_position(value);
        if (position == 0) {
            if (!days.contains(day))
                days.append(day);
            continue;
        }
        if (positionedDay != 0 && positionedDay != day)
            return std::nullopt;
        positionedDay = day;
        positions.append(position);
    }
    if (!days.isEmpty() && !positions.isEmpty())
        return std::nullopt;
    const QList<short> monthDays = valuesOf(rule.by_month_day);
    const std::optional<date::weekday> startDay = start ? std::optional(date::weekday{
                                                      date::floor<date::days>(*start)})
                                                        : std::nullopt;

    const auto everyDays = [&](Form form) {
        QStringList names;
        for (int day : std::as_const(days))
            names.append(weekday(day, form));
        return listOf(names);
    };

    switch (rule.freq) {
    case ICAL_DAILY_RECURRENCE:
        if (!positions.isEmpty() || !monthDays.isEmpty())
            return std::nullopt;
        if (!days.isEmpty()) {
            // Daily on some weekdays is those weekdays of every week.
            if (interval != 1)
                return std::nullopt;
            return Tr::tr("every %1", "weekdays").arg(everyDays(Form::Every));
        }
        if (interval == 1)
            return Tr::tr("every day");
        return Tr::tr("every %n day(s)", nullptr, interval);
    case ICAL_WEEKLY_RECURRENCE:
        if (!positions.isEmpty() || !monthDays.isEmpty())
            return std::nullopt;
        if (days.isEmpty()) {
            if (!startDay)
                return std::nullopt;
            days.append(int(startDay->c_encoding()) + 1);
        }
        if (interval == 1)
            return Tr::tr("every %1", "weekdays").arg(everyDays(Form::Every));
        return Tr::tr("every %n week(s) on %1", "weekdays", interval).arg(everyDays(Form::One));
    case ICAL_MONTHLY_RECURRENCE: {
        std::optional<QString> inMonth;
        if (!positions.isEmpty()) {
            if (!monthDays.isEmpty())
                return std::nullopt;
            inMonth = atPositions(positions, positionedDay);
        } else if (!days.isEmpty()) {
            return std::nullopt; // every Wednesday of some months: said better weekly
        } else {
            int day = 0;
            if (monthDays.size() == 1)
                day = monthDays.first();
            else if (monthDays.isEmpty() && start)
                day = int(unsigned(date::year_month_day{date::floor<date::days>(*start)}.day()));
            if (day == -1)
                inMonth = Tr::tr("the last day");
            else if (day >= 1 && day <= 31)
                inMonth = Tr::tr("day %1", "of the month").arg(day);
        }
        if (!inMonth)
            return std::nullopt;
        if (interval == 1)
            return Tr::tr("%1 of every month", "a day in the month").arg(*inMonth);
        return Tr::tr("%1 of every %n month(s)", "a day in the month", interval).arg(*inMonth);
    }
    default:
        return std::nullopt;
    }
}

QString wallClock(LocalTime t)
{
    return QString::fromStdString(date::format("%H:%M", t));
}

} // namespace

QString RecurrenceText::placeOf(const QString &zone)
{
    QString place = zone.section(u'/', -1);
    place.replace(u'_', u' ');
    return place.isEmpty() ? zone : place;
}

QString RecurrenceText::describeRule(const QString &rrule)
{
    return ruleInWords(rrule, std::nullopt).value_or(fallback(rrule));
}

QString RecurrenceText::describe(const MaintenanceWindow &window)
{
    QString days;
    if (window.rrule.trimmed().isEmpty()) {
        const date::year_month_day ymd{date::floor<date::days>(window.start)};
        const QDate date(int(ymd.year()), int(unsigned(ymd.month())), int(unsigned(ymd.day())));
        days = Tr::tr("on %1", "a date").arg(QLocale().toString(date, QLocale::ShortFormat));
        if (!window.rdates.isEmpty())
            days = Tr::tr("%1 and on %n other date(s)", nullptr, int(window.rdates.size())).arg(days);
    } else {
        days = ruleInWords(window.rrule, window.start).value_or(fallback(window.rrule));
    }
    const QString place = placeOf(window.zone);
    if (window.length > Seconds{0} && window.length < std::chrono::hours{24}) {
        return Tr::tr("%1, %2–%3 %4 time", "days, start, end, place of the time zone")
            .arg(days, wallClock(window.start), wallClock(window.start + window.length), place);
    }
    const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(window.length).count();
    const QString length = minutes % 60 == 0
                               ? Tr::tr("%n hour(s)", nullptr, int(minutes / 60))
                               : Tr::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return Tr::tr("%1, from %2 for %3, %4 time", "days, start, length, place of the time zone")
        .arg(days, wallClock(window.start), length, place);
}

} // namespace hourglass
