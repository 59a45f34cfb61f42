// A maintenance window: a platform's recurring stretch of wall-clock time in its own zone.
#include "maintenance/maintenancewindow.h"

#include "io/inputerror.h"
#include "io/textcheck.h"
#include "maintenance/recurrencewalk.h"
#include "time/businesscalendar.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <date/tz.h>
#include <libical/ical.h>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::MaintenanceWindow)
};

constexpr Seconds longestWindow{31 * 86400};

void checkText(const QString &text, const QString &field, bool required, TextCheck::Lines lines)
{
    if (required && text.trimmed().isEmpty())
        throw InputError({}, field, Tr::tr("must not be empty"));
    const QString problem = TextCheck::problem(text, lines);
    if (!problem.isEmpty())
        throw InputError({}, field, problem);
}

// The years business calendars answer for; iCalendar writers (libical among them) also fail
// on years beyond 3000.
void checkYears(LocalTime t, const QString &field)
{
    const int year = int(date::year_month_day{date::floor<date::days>(t)}.year());
    if (year < BusinessCalendar::firstYear || year >= BusinessCalendar::lastYear) {
        throw InputError({},
                         field,
                         Tr::tr("%1 lies outside the years %2-%3")
                             .arg(formatLocalTime(t))
                             .arg(BusinessCalendar::firstYear)
                             .arg(BusinessCalendar::lastYear - 1));
    }
}

} // namespace

QString formatLocalTime(LocalTime t)
{
    return QString::fromStdString(date::format("%Y-%m-%dT%H:%M:%S", t));
}

std::optional<LocalTime> parseLocalTime(QStringView text)
{
    static const QRegularExpression form(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})$"));
    const QRegularExpressionMatch match = form.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const auto number = [&](int group) {
        return match.capturedView(group).toInt();
    };
    const date::year_month_day ymd{date::year{number(1)},
                                   date::month(unsigned(number(2))),
                                   date::day(unsigned(number(3)))};
    if (!ymd.ok() || number(4) > 23 || number(5) > 59 || number(6) > 59)
        return std::nullopt;
    return date::local_days{ymd} + std::chrono::hours{number(4)} + std::chrono::minutes{number(5)}
           + Seconds{number(6)};
}

QString holidayRuleKey(HolidayRule rule)
{
    switch (rule) {
    case HolidayRule::Keep:
        return QStringLiteral("keep");
    case HolidayRule::Skip:
        return QStringLiteral("skip");
    case HolidayRule::MoveToNextWorkingDay:
        return QStringLiteral("next-working-day");
    }
    return {};
}

std::optional<HolidayRule> holidayRuleFromKey(QStringView key)
{
    for (HolidayRule rule :
         {HolidayRule::Keep, HolidayRule::Skip, HolidayRule::MoveToNextWorkingDay}) {
        if (key == holidayRuleKey(rule))
            return rule;
    }
    return std::nullopt;
}

const date::time_zone &MaintenanceWindow::zoneNamed(const QString &zone)
{
    if (!BusinessCalendar::isKnownZone(zone)) {
        throw InputError({},
                         QStringLiteral("zone"),
                         Tr::tr("“%1” is not a time zone of the IANA database")
                             .arg(InputError::excerpt(zone)));
    }
    return *date::locate_zone(zone.toStdString());
}

QString MaintenanceWindow::normalizedRule(const QString &rrule)
{
    if (rrule.isEmpty())
        return {};
    // The walk refuses what libical refuses, with the message every caller shows.
    const RecurrenceWalk check(rrule, LocalTime{}, *date::locate_zone("UTC"));
    const QByteArray text = rrule.toUtf8();
    icalrecurrencetype rule = icalrecurrencetype_from_string(text.constData());
    char *canonical = icalrecurrencetype_as_string_r(&rule);
    const QString result = QString::fromUtf8(canonical);
    icalmemory_free_buffer(canonical);
    return result;
}

namespace {

QString inLanguage(QStringView language, const QString &english, const QString &french)
{
    const bool wantsFrench = language == QLatin1String("fr");
    const QString &wanted = wantsFrench ? french : english;
    return wanted.isEmpty() ? (wantsFrench ? english : french) : wanted;
}

} // namespace

QString MaintenanceWindow::affectedIn(QStringView language) const
{
    return inLanguage(language, affected, affectedFr);
}

QString MaintenanceWindow::keepsWorkingIn(QStringView language) const
{
    return inLanguage(language, keepsWorking, keepsWorkingFr);
}

void MaintenanceWindow::validate() const
{
    checkText(title, QStringLiteral("title"), true, TextCheck::Lines::One);
    checkText(platform, QStringLiteral("platform"), true, TextCheck::Lines::One);
    checkText(uid, QStringLiteral("uid"), false, TextCheck::Lines::One);
    checkText(affected, QStringLiteral("affected"), false, TextCheck::Lines::Many);
    checkText(keepsWorking, QStringLiteral("keeps working"), false, TextCheck::Lines::Many);
    checkText(affectedFr, QStringLiteral("affected (French)"), false, TextCheck::Lines::Many);
    checkText(keepsWorkingFr,
              QStringLiteral("keeps working (French)"),
              false,
              TextCheck::Lines::Many);
    const date::time_zone &tz = zoneNamed(zone);
    if (length <= Seconds{0} || length > longestWindow) {
        throw InputError({},
                         QStringLiteral("length"),
                         Tr::tr("a window lasts more than zero seconds and at most 31 days"));
    }
    if (holidayRule != HolidayRule::Keep && holidayCalendar.isEmpty()) {
        throw InputError({},
                         QStringLiteral("holiday calendar"),
                         Tr::tr("skipping or moving occurrences on holidays needs the calendar "
                                "that says which days are holidays"));
    }
    checkText(holidayCalendar, QStringLiteral("holiday calendar"), false, TextCheck::Lines::One);
    checkYears(start, QStringLiteral("start"));
    checkYears(start + length, QStringLiteral("length"));
    for (LocalTime t : exdates)
        checkYears(t, QStringLiteral("exdates"));
    for (LocalTime t : rdates)
        checkYears(t, QStringLiteral("rdates"));
    for (qsizetype i = 0; i < overrides.size(); ++i) {
        const OccurrenceOverride &o = overrides.at(i);
        const QString field = QStringLiteral("overrides[%1]").arg(i);
        checkYears(o.recurrenceId, field);
        if (!o.cancelled) {
            checkYears(o.start, field);
            checkYears(o.end, field);
        }
    }

    RecurrenceWalk walk(rrule, start, tz);
    const std::optional<LocalTime> first = walk.next();
    if (!first || *first != start) {
        throw InputError({},
                         QStringLiteral("start"),
                         Tr::tr("the first start, %1, is not a date the rule “%2” gives")
                             .arg(formatLocalTime(start), InputError::excerpt(rrule, 80)));
    }

    QSet<qint64> seen;
    const QSet<qint64> excluded = [&] {
        QSet<qint64> set;
        for (LocalTime t : exdates)
            set.insert(t.time_since_epoch().count());
        return set;
    }();
    // The overrides' starts in order, so that one walk of the rule checks them all.
    QList<LocalTime> wanted;
    for (qsizetype i = 0; i < overrides.size(); ++i) {
        const OccurrenceOverride &o = overrides.at(i);
        const QString field = QStringLiteral("overrides[%1]").arg(i);
        if (seen.contains(o.recurrenceId.time_since_epoch().count())) {
            throw InputError({},
                             field,
                             Tr::tr("the occurrence of %1 is changed twice")
                                 .arg(formatLocalTime(o.recurrenceId)));
        }
        seen.insert(o.recurrenceId.time_since_epoch().count());
        if (!o.cancelled && (o.end <= o.start || o.end - o.start > longestWindow)) {
            throw InputError({},
                             field,
                             Tr::tr("a moved occurrence ends after it starts, at most 31 days "
                                    "later"));
        }
        if (excluded.contains(o.recurrenceId.time_since_epoch().count())
            || (!rdates.contains(o.recurrenceId) && o.recurrenceId != start))
            wanted.append(o.recurrenceId);
    }
    std::sort(wanted.begin(), wanted.end());
    std::optional<LocalTime> given = first;
    for (LocalTime id : std::as_const(wanted)) {
        while (given && *given < id)
            given = walk.next();
        if (!given || *given != id || excluded.contains(id.time_since_epoch().count())) {
            throw InputError({},
                             QStringLiteral("overrides"),
                             Tr::tr("there is no occurrence at %1 to move or cancel")
                                 .arg(formatLocalTime(id)));
        }
    }
}

} // namespace hourglass
