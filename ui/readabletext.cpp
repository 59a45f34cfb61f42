// A customer's time of day in their zone, as the customer panel shows it.
#include "readabletext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTime>

#include <date/tz.h>

namespace hourglass::ReadableText {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::ReadableText)
};

} // namespace

QString timeOfDayInZone(Instant t, const QString &zone)
{
    try {
        const date::zoned_seconds zoned{zone.toStdString(), t};
        const date::local_seconds local = zoned.get_local_time();
        const date::hh_mm_ss clock{local - date::floor<date::days>(local)};
        const date::weekday weekday{date::floor<date::days>(local)};
        const QTime time(int(clock.hours().count()), int(clock.minutes().count()));
        return Tr::tr("%1 %2 %3", "weekday, time of day, zone abbreviation")
            .arg(QLocale().dayName(int(weekday.iso_encoding()), QLocale::ShortFormat),
                 QLocale().toString(time, QLocale::ShortFormat),
                 QString::fromStdString(zoned.get_info().abbrev));
    } catch (const std::exception &) {
        return Tr::tr("unknown time zone \"%1\"").arg(zone);
    }
}

} // namespace hourglass::ReadableText
