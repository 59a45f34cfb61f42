// Instants are UTC seconds; local time exists only at the edges (a calendar's zone, the viewer).
#include "time/instant.h"

#include <QCoreApplication>
#include <QStringList>

#include <date/date.h>

#include <algorithm>
#include <cstdio>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::Duration)
};

} // namespace

QString formatInstant(Instant t)
{
    // By hand rather than through streams: batch tools print millions of these. The civil
    // date is computed in 64 bits (date::year is 16 bits and wraps), so every representable
    // instant formats correctly: years past 9999 or before 0000 take a sign, as ISO 8601's
    // expanded form does ("+292277026596-12-04T15:30:07Z").
    const qint64 epoch = toEpoch(t);
    const qint64 remainder = epoch % 86400;
    const qint64 days = epoch / 86400 - (remainder < 0 ? 1 : 0);
    const qint64 secondsOfDay = remainder < 0 ? remainder + 86400 : remainder;
    // Howard Hinnant's civil_from_days, on days since 0000-03-01 in 400-year eras.
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 dayOfEra = z - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096)
                             / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153;
    const qint64 dayOfMonth = dayOfYear - (153 * monthIndex + 2) / 5 + 1;
    const qint64 month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    char buffer[48];
    const char *format = year >= 0 && year <= 9999 ? "%04lld-%02lld-%02lldT%02lld:%02lld:%02lldZ"
                                                   : "%+05lld-%02lld-%02lldT%02lld:%02lld:%02lldZ";
    const int length = std::snprintf(buffer,
                                     sizeof buffer,
                                     format,
                                     static_cast<long long>(year),
                                     static_cast<long long>(month),
                                     static_cast<long long>(dayOfMonth),
                                     static_cast<long long>(secondsOfDay / 3600),
                                     static_cast<long long>((secondsOfDay / 60) % 60),
                                     static_cast<long long>(secondsOfDay % 60));
    // snprintf returns what it would have written: never read past what it did write.
    const int written = length < 0 ? 0 : std::min<int>(length, int(sizeof buffer) - 1);
    return QString::fromLatin1(buffer, written);
}

namespace {

// Reads exactly n digits at text[pos], advancing pos; -1 when they are not all digits.
int digits(QStringView text, qsizetype &pos, int n)
{
    if (pos + n > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < n; ++i) {
        const char16_t c = text[pos + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    pos += n;
    return value;
}

bool expect(QStringView text, qsizetype &pos, char16_t c)
{
    if (pos < text.size() && text[pos].unicode() == c) {
        ++pos;
        return true;
    }
    return false;
}

} // namespace

std::optional<Instant> parseInstant(QStringView text)
{
    text = text.trimmed();
    qsizetype pos = 0;
    const int year = digits(text, pos, 4);
    if (year < 0 || !expect(text, pos, u'-'))
        return std::nullopt;
    const int month = digits(text, pos, 2);
    if (month < 0 || !expect(text, pos, u'-'))
        return std::nullopt;
    const int day = digits(text, pos, 2);
    if (day < 0 || !(expect(text, pos, u'T') || expect(text, pos, u' ')))
        return std::nullopt;
    const int hour = digits(text, pos, 2);
    if (hour < 0 || !expect(text, pos, u':'))
        return std::nullopt;
    const int minute = digits(text, pos, 2);
    int second = 0;
    if (minute < 0)
        return std::nullopt;
    if (expect(text, pos, u':')) {
        second = digits(text, pos, 2);
        if (second < 0)
            return std::nullopt;
    }
    const date::year_month_day ymd{date::year{year},
                                   date::month{unsigned(month)},
                                   date::day{unsigned(day)}};
    if (!ymd.ok() || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    Instant t = date::sys_days{ymd} + std::chrono::hours{hour} + std::chrono::minutes{minute}
                + Seconds{second};
    if (expect(text, pos, u'Z'))
        return pos == text.size() ? std::optional<Instant>(t) : std::nullopt;
    const bool plus = expect(text, pos, u'+');
    if (!plus && !expect(text, pos, u'-'))
        return std::nullopt;
    const int offsetHours = digits(text, pos, 2);
    expect(text, pos, u':');
    const int offsetMinutes = digits(text, pos, 2);
    if (offsetHours < 0 || offsetHours > 23 || offsetMinutes < 0 || offsetMinutes > 59
        || pos != text.size())
        return std::nullopt;
    const Seconds offset{offsetHours * 3600 + offsetMinutes * 60};
    return plus ? t - offset : t + offset;
}

QString formatCompactDuration(Seconds d, int units)
{
    const qint64 s = d.count() < 0 ? -d.count() : d.count();
    const qint64 amounts[] = {s / 86400, (s % 86400) / 3600, (s % 3600) / 60, s % 60};
    // One translation a unit, joined by spaces: "3d 4h" and "2h 14m" in English, "3 j 4 h" and
    // "2 h 14 min" in French. Start at the largest unit present, show at most `units` of them
    // and leave zeros out: "2h", "3d 4h", "12m" (2 units), "1d 2h 30m 5s" (all).
    QStringList parts;
    int first = 0;
    while (first < 3 && amounts[first] == 0)
        ++first;
    for (int unit = first; unit < 4 && unit < first + units; ++unit) {
        // Seconds only when exact, or when there is nothing larger ("45s", "0s").
        if (unit == 3 && !parts.isEmpty() && units < 4)
            continue;
        if (amounts[unit] == 0 && !(unit == 3 && parts.isEmpty()))
            continue;
        switch (unit) {
        case 0:
            parts.append(Tr::tr("%1d", "days, compact").arg(amounts[unit]));
            break;
        case 1:
            parts.append(Tr::tr("%1h", "hours, compact").arg(amounts[unit]));
            break;
        case 2:
            parts.append(Tr::tr("%1m", "minutes, compact").arg(amounts[unit]));
            break;
        default:
            parts.append(Tr::tr("%1s", "seconds, compact").arg(amounts[unit]));
        }
    }
    const QString text = parts.join(u' ');
    return d.count() < 0 ? QLatin1Char('-') + text : text;
}

} // namespace hourglass

#include <date/tz.h>

namespace hourglass {

QString formatLocal(Instant t, const QString &zone, const QLocale &locale)
{
    const date::zoned_seconds zoned{zone.toStdString(), t};
    const date::local_seconds local = zoned.get_local_time();
    const date::weekday weekday{date::floor<date::days>(local)};
    return QStringLiteral("%1 %2 %3")
        .arg(locale.dayName(int(weekday.iso_encoding()), QLocale::ShortFormat),
             QString::fromStdString(date::format("%Y-%m-%d %H:%M", local)),
             QString::fromStdString(zoned.get_info().abbrev));
}

} // namespace hourglass
