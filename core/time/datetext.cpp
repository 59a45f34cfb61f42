// Dates and times as people read them, in one format everywhere in the console.
#include "time/datetext.h"

#include <QDateTime>
#include <QRegularExpression>

#include <date/tz.h>

namespace hourglass::DateText {

namespace {

QString datePattern(const QLocale &locale)
{
    // A two-digit year ("11/23/26") reads as a day or a month; the whole year never does.
    static const QRegularExpression shortYear(QStringLiteral("(?<!y)yy(?!y)"));
    QString date = locale.dateFormat(QLocale::ShortFormat);
    date.replace(shortYear, QStringLiteral("yyyy"));
    return QStringLiteral("ddd ") + date;
}

QString format(const QDate &date, const QTime &time, const QLocale &locale)
{
    return locale.toString(date, datePattern(locale)) + u' '
           + locale.toString(time, locale.timeFormat(QLocale::ShortFormat));
}

} // namespace

QString day(const QDate &date, const QLocale &locale)
{
    return locale.toString(date, datePattern(locale));
}

QString dayInZone(Instant t, const QString &zone, const QLocale &locale)
{
    const date::zoned_seconds zoned{zone.toStdString(), t};
    const date::year_month_day ymd{date::floor<date::days>(zoned.get_local_time())};
    return day(QDate(int(ymd.year()), int(unsigned(ymd.month())), int(unsigned(ymd.day()))), locale);
}

QString dayPattern(const QLocale &locale)
{
    return datePattern(locale);
}

QString pattern(const QLocale &locale)
{
    return datePattern(locale) + u' ' + locale.timeFormat(QLocale::ShortFormat);
}

QString inViewerZone(Instant t, const QLocale &locale)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(toEpoch(t)).toLocalTime();
    return format(local.date(), local.time(), locale);
}

QString inZone(Instant t, const QString &zone, const QLocale &locale)
{
    const date::zoned_seconds zoned{zone.toStdString(), t};
    const date::local_seconds local = zoned.get_local_time();
    const auto day = date::floor<date::days>(local);
    const date::year_month_day ymd{day};
    const date::hh_mm_ss clock{local - day};
    const QDate qdate(int(ymd.year()), int(unsigned(ymd.month())), int(unsigned(ymd.day())));
    const QTime qtime(int(clock.hours().count()),
                      int(clock.minutes().count()),
                      int(clock.seconds().count()));
    return format(qdate, qtime, locale) + u' ' + QString::fromStdString(zoned.get_info().abbrev);
}

} // namespace hourglass::DateText
