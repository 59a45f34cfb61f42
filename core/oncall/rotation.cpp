// An on-call rotation as one revision defines it: the zone, the period, the handoff time and
// who takes turns, prime and secondaries.
#include "oncall/rotation.h"

#include "io/inputerror.h"
#include "io/textcheck.h"
#include "time/businesscalendar.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::Rotation)
};

void checkYears(date::local_days day, const QString &field)
{
    const int year = int(date::year_month_day{day}.year());
    if (year < BusinessCalendar::firstYear || year >= BusinessCalendar::lastYear - 1) {
        throw InputError({},
                         field,
                         Tr::tr("%1 lies outside the years %2-%3")
                             .arg(formatLocalDate(day))
                             .arg(BusinessCalendar::firstYear)
                             .arg(BusinessCalendar::lastYear - 2));
    }
}

void checkPeople(const QStringList &people, const QString &field, bool required)
{
    if (required && people.isEmpty())
        throw InputError({}, field, Tr::tr("a rotation needs at least one person"));
    QSet<QString> seen;
    for (qsizetype i = 0; i < people.size(); ++i) {
        const QString place = QStringLiteral("%1[%2]").arg(field).arg(i + 1);
        if (people.at(i).trimmed().isEmpty())
            throw InputError({}, place, Tr::tr("must not be empty"));
        const QString problem = TextCheck::problem(people.at(i), TextCheck::Lines::One);
        if (!problem.isEmpty())
            throw InputError({}, place, problem);
        if (seen.contains(people.at(i)))
            throw InputError({},
                             place,
                             Tr::tr("“%1” is listed twice").arg(InputError::excerpt(people.at(i))));
        seen.insert(people.at(i));
    }
}

} // namespace

QString rotationPeriodKey(RotationPeriod period)
{
    switch (period) {
    case RotationPeriod::Daily:
        return QStringLiteral("daily");
    case RotationPeriod::Weekly:
        return QStringLiteral("weekly");
    case RotationPeriod::EveryNDays:
        return QStringLiteral("every-n-days");
    case RotationPeriod::Custom:
        break;
    }
    return QStringLiteral("custom");
}

std::optional<RotationPeriod> rotationPeriodFromKey(QStringView key)
{
    for (RotationPeriod period : {RotationPeriod::Daily,
                                  RotationPeriod::Weekly,
                                  RotationPeriod::EveryNDays,
                                  RotationPeriod::Custom}) {
        if (key == rotationPeriodKey(period))
            return period;
    }
    return std::nullopt;
}

QString formatLocalDate(date::local_days day)
{
    return QString::fromStdString(date::format("%Y-%m-%d", day));
}

std::optional<date::local_days> parseLocalDate(QStringView text)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const QRegularExpressionMatch match = form.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const date::year_month_day ymd{date::year{match.capturedView(1).toInt()},
                                   date::month(unsigned(match.capturedView(2).toInt())),
                                   date::day(unsigned(match.capturedView(3).toInt()))};
    if (!ymd.ok())
        return std::nullopt;
    return date::local_days{ymd};
}

QString formatTimeOfDay(Seconds time)
{
    const qint64 s = time.count();
    QString text = QStringLiteral("%1:%2")
                       .arg(s / 3600, 2, 10, QLatin1Char('0'))
                       .arg((s / 60) % 60, 2, 10, QLatin1Char('0'));
    if (s % 60 != 0)
        text += QStringLiteral(":%1").arg(s % 60, 2, 10, QLatin1Char('0'));
    return text;
}

std::optional<Seconds> parseTimeOfDay(QStringView text)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{2}):(\\d{2})(?::(\\d{2}))?$"));
    const QRegularExpressionMatch match = form.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const int hours = match.capturedView(1).toInt();
    const int minutes = match.capturedView(2).toInt();
    const int seconds = match.capturedView(3).isEmpty() ? 0 : match.capturedView(3).toInt();
    if (hours > 23 || minutes > 59 || seconds > 59)
        return std::nullopt;
    return Seconds{hours * 3600 + minutes * 60 + seconds};
}

int Rotation::periodDays() const
{
    switch (period) {
    case RotationPeriod::Daily:
        return 1;
    case RotationPeriod::Weekly:
        return 7;
    case RotationPeriod::EveryNDays:
        return everyDays;
    case RotationPeriod::Custom:
        break;
    }
    return 0;
}

QList<date::local_days> Rotation::customDates() const
{
    QList<date::local_days> dates{firstHandoff};
    dates.append(handoffDates);
    return dates;
}

void Rotation::validate() const
{
    if (name.trimmed().isEmpty())
        throw InputError({}, QStringLiteral("name"), Tr::tr("must not be empty"));
    const QString problem = TextCheck::problem(name, TextCheck::Lines::One);
    if (!problem.isEmpty())
        throw InputError({}, QStringLiteral("name"), problem);
    if (!BusinessCalendar::isKnownZone(zone)) {
        throw InputError({},
                         QStringLiteral("zone"),
                         Tr::tr("“%1” is not a time zone of the IANA database")
                             .arg(InputError::excerpt(zone)));
    }
    if (period == RotationPeriod::EveryNDays && (everyDays < 1 || everyDays > 366)) {
        throw InputError({},
                         QStringLiteral("every"),
                         Tr::tr("a period lasts from 1 to 366 days, not %1").arg(everyDays));
    }
    if (handoffTime < Seconds{0} || handoffTime >= Seconds{86400})
        throw InputError({},
                         QStringLiteral("handoff time"),
                         Tr::tr("a time of day lies from 00:00 to 23:59:59"));
    checkYears(firstHandoff, QStringLiteral("first handoff"));
    if (period == RotationPeriod::Custom) {
        if (handoffDates.isEmpty())
            throw InputError({},
                             QStringLiteral("handoff dates"),
                             Tr::tr("custom handoffs need at least one date after the first "
                                    "handoff, which ends its period"));
        date::local_days previous = firstHandoff;
        for (qsizetype i = 0; i < handoffDates.size(); ++i) {
            const QString place = QStringLiteral("handoff dates[%1]").arg(i + 1);
            checkYears(handoffDates.at(i), place);
            if (handoffDates.at(i) <= previous)
                throw InputError({},
                                 place,
                                 Tr::tr("%1 does not come after %2")
                                     .arg(formatLocalDate(handoffDates.at(i)),
                                          formatLocalDate(previous)));
            previous = handoffDates.at(i);
        }
    } else if (!handoffDates.isEmpty()) {
        throw InputError({},
                         QStringLiteral("handoff dates"),
                         Tr::tr("only a custom rotation lists its handoff dates"));
    }
    checkPeople(people, QStringLiteral("people"), true);
    if (secondaries < 0 || secondaries > people.size() - 1)
        throw InputError({},
                         QStringLiteral("secondaries"),
                         Tr::tr("%1 secondaries asked for, and the roster has %2 people besides "
                                "the prime")
                             .arg(secondaries)
                             .arg(people.size() - 1));
    checkPeople(level2, QStringLiteral("level 2"), false);
    checkPeople(level3, QStringLiteral("level 3"), false);
}

} // namespace hourglass
