// Reads a calendar JSON file (format "hourglass-calendar/1"), refusing anything malformed whole.
#include "io/calendarfile.h"

#include "io/jsonreader.h"
#include "time/businesscalendar.h"
#include "time/durationtext.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::CalendarFile)
};

using LocalDate = date::year_month_day;

const char *const weekdayKeys[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

QString elementPath(const JsonReader &reader, const QString &key, qsizetype index)
{
    return reader.pathOf(key) + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

// "HH:MM-HH:MM"; an end before the start runs overnight.
std::pair<int, int> parseRange(const JsonReader &reader, const QString &path, const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('-'));
    const auto start = parts.size() == 2 ? parseTimeOfDay(parts.at(0)) : std::nullopt;
    const auto end = parts.size() == 2 ? parseTimeOfDay(parts.at(1)) : std::nullopt;
    if (!start || !end)
        throw InputError(reader.file(),
                         path,
                         Tr::tr("\"%1\" is not a time range like \"09:00-17:00\"")
                             .arg(InputError::excerpt(text)));
    if (*start == *end)
        throw InputError(reader.file(),
                         path,
                         Tr::tr("\"%1\" starts and ends at the same time")
                             .arg(InputError::excerpt(text)));
    if (*start == 1440)
        throw InputError(reader.file(),
                         path,
                         Tr::tr("\"%1\" starts at 24:00").arg(InputError::excerpt(text)));
    return {*start, *end};
}

LocalDate parseDate(const JsonReader &reader, const QString &key, const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    const LocalDate ymd{date::year{match.captured(1).toInt()},
                        date::month{match.captured(2).toUInt()},
                        date::day{match.captured(3).toUInt()}};
    if (!match.hasMatch() || !ymd.ok())
        reader.fail(key,
                    Tr::tr("\"%1\" is not a date like \"2026-12-25\"")
                        .arg(InputError::excerpt(text)));
    return ymd;
}

void checkOverlaps(const JsonReader &reader, const QString &key, QList<DailyInterval> &intervals)
{
    std::sort(intervals.begin(),
              intervals.end(),
              [](const DailyInterval &a, const DailyInterval &b) { return a.start < b.start; });
    for (qsizetype i = 1; i < intervals.size(); ++i) {
        if (intervals.at(i).start < intervals.at(i - 1).end)
            reader.fail(key,
                        Tr::tr("working hours %1-%2 and %3-%4 overlap")
                            .arg(formatTimeOfDay(intervals.at(i - 1).start),
                                 formatTimeOfDay(intervals.at(i - 1).end),
                                 formatTimeOfDay(intervals.at(i).start),
                                 formatTimeOfDay(intervals.at(i).end)));
    }
}

} // namespace

CalendarDefinition CalendarFile::read(JsonReader &root)
{
    CalendarDefinition calendar;
    root.requireFormat(formatTag, true);
    calendar.id = root.requireString(QStringLiteral("id"));
    calendar.name = root.optionalString(QStringLiteral("name")).value_or(calendar.id);
    calendar.nameFr = root.optionalString(QStringLiteral("name_fr")).value_or(QString());
    calendar.zone = root.requireString(QStringLiteral("zone"));
    if (!BusinessCalendar::isKnownZone(calendar.zone)) {
        root.fail(QStringLiteral("zone"),
                  Tr::tr("unknown time zone \"%1\" (use an IANA name such as "
                         "\"America/New_York\")")
                      .arg(InputError::excerpt(calendar.zone)));
    }
    if (const auto businessDay = root.optionalString(QStringLiteral("businessDay"))) {
        const auto length = parseDuration(*businessDay);
        if (!length || length->count() <= 0 || length->count() > 86400)
            root.fail(QStringLiteral("businessDay"),
                      Tr::tr("\"%1\" is not a duration from 1s to 24h")
                          .arg(InputError::excerpt(*businessDay)));
        calendar.businessDay = length;
    }

    JsonReader week = root.requireObject(QStringLiteral("week"));
    for (int d = 0; d < 7; ++d) {
        const QString key = QString::fromLatin1(weekdayKeys[d]);
        const QJsonArray ranges = week.optionalArray(key);
        for (qsizetype i = 0; i < ranges.size(); ++i) {
            const QString path = elementPath(week, key, i);
            const auto [start, end] = parseRange(week, path, week.stringAt(ranges, key, i));
            if (end > start) {
                calendar.week[d].append({start, end});
            } else {
                // Overnight: each part belongs to its own local date.
                calendar.week[d].append({start, 1440});
                if (end > 0)
                    calendar.week[(d + 1) % 7].append({0, end});
            }
        }
    }
    for (int d = 0; d < 7; ++d)
        checkOverlaps(week, QString::fromLatin1(weekdayKeys[d]), calendar.week[d]);
    week.finish();

    const QJsonArray holidays = root.optionalArray(QStringLiteral("holidays"));
    for (qsizetype i = 0; i < holidays.size(); ++i) {
        JsonReader entry = root.objectAt(holidays, QStringLiteral("holidays"), i);
        Holiday holiday;
        holiday.name = entry.requireString(QStringLiteral("name"));
        const auto dateText = entry.optionalString(QStringLiteral("date"));
        const auto annualText = entry.optionalString(QStringLiteral("annual"));
        if (dateText.has_value() == annualText.has_value())
            entry.fail(QString(), Tr::tr("give either \"date\" (2026-12-25) or \"annual\" (12-25)"));
        if (dateText) {
            holiday.date = parseDate(entry, QStringLiteral("date"), *dateText);
        } else {
            const date::year_month_day ymd = parseDate(entry,
                                                       QStringLiteral("annual"),
                                                       QStringLiteral("2000-") + *annualText);
            holiday.annual = date::month_day{ymd.month(), ymd.day()};
        }
        const auto from = entry.optionalString(QStringLiteral("from"));
        const auto to = entry.optionalString(QStringLiteral("to"));
        if (from.has_value() != to.has_value())
            entry.fail(from ? QStringLiteral("to") : QStringLiteral("from"),
                       Tr::tr("a part-day holiday needs both \"from\" and \"to\""));
        if (from) {
            const auto [start, end] = parseRange(entry, entry.path(), *from + u'-' + *to);
            if (end < start)
                entry.fail(QStringLiteral("to"), Tr::tr("a holiday ends on its own date"));
            holiday.part = DailyInterval{start, end};
        }
        entry.finish();
        calendar.holidays.append(holiday);
    }

    const QJsonArray exceptions = root.optionalArray(QStringLiteral("exceptions"));
    for (qsizetype i = 0; i < exceptions.size(); ++i) {
        JsonReader entry = root.objectAt(exceptions, QStringLiteral("exceptions"), i);
        CalendarException exception;
        exception.name = entry.requireString(QStringLiteral("name"));
        exception.date = parseDate(entry,
                                   QStringLiteral("date"),
                                   entry.requireString(QStringLiteral("date")));
        const QJsonArray hours = entry.requireArray(QStringLiteral("hours"));
        if (hours.isEmpty())
            entry.fail(QStringLiteral("hours"), Tr::tr("must list at least one time range"));
        for (qsizetype h = 0; h < hours.size(); ++h) {
            const QString path = elementPath(entry, QStringLiteral("hours"), h);
            const auto [start, end] = parseRange(entry,
                                                 path,
                                                 entry.stringAt(hours, QStringLiteral("hours"), h));
            if (end < start)
                throw InputError(entry.file(),
                                 path,
                                 Tr::tr("an exception's hours end on its own date"));
            exception.hours.append({start, end});
        }
        checkOverlaps(entry, QStringLiteral("hours"), exception.hours);
        entry.finish();
        calendar.exceptions.append(exception);
    }

    if (!calendar.hasWeeklyHours() && calendar.exceptions.isEmpty())
        root.fail(QStringLiteral("week"), Tr::tr("the calendar has no working time at all"));
    return calendar;
}

CalendarDefinition CalendarFile::parse(const QString &fileName, const QByteArray &bytes)
{
    JsonReader root = JsonReader::fromDocument(fileName, bytes);
    root.requireFormat(formatTag); // a file says what it is; an inline calendar need not
    CalendarDefinition calendar = read(root);
    root.finish();
    return calendar;
}

CalendarDefinition CalendarFile::load(const QString &fileName)
{
    return parse(fileName, JsonReader::readFile(fileName));
}

} // namespace hourglass
