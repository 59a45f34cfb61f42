// Names and times as the new-ticket dialog and the customer panel show them: a policy item's
// name in the console's language, an instant in the viewer's or a customer's zone.
#include "readabletext.h"

// The console's one date format, where the names work has brought it.
#if __has_include("time/datetext.h")
#include "time/datetext.h"
#define HOURGLASS_HAS_DATETEXT 1
#endif
#if __has_include("sla/policynames.h")
#include "sla/policynames.h"
#define HOURGLASS_HAS_POLICYNAMES 1
#endif

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <date/tz.h>

namespace hourglass::ReadableText {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::ReadableText)
};

} // namespace

QString language()
{
#ifdef HOURGLASS_HAS_POLICYNAMES
    return PolicyNames::language();
#else
    // The language manager sets the default locale with the translation it installs.
    return QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
#endif
}

QString inViewerZone(Instant t)
{
#ifdef HOURGLASS_HAS_DATETEXT
    return DateText::inViewerZone(t);
#else
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(toEpoch(t)).toLocalTime(),
                              QLocale::ShortFormat);
#endif
}

QString inZone(Instant t, const QString &zone)
{
#ifdef HOURGLASS_HAS_DATETEXT
    return DateText::inZone(t, zone);
#else
    return formatLocal(t, zone, QLocale());
#endif
}

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
