// What a business calendar says: a zone, weekly working hours, holidays and exceptions.
#pragma once

#include "time/instant.h"

#include <QList>
#include <QString>

#include <date/date.h>

#include <array>
#include <optional>

namespace hourglass {

// Minutes since local midnight, [start, end); end may be 1440 ("24:00").
struct DailyInterval
{
    int start = 0;
    int end = 0;

    int length() const { return end - start; }
    friend bool operator==(const DailyInterval &, const DailyInterval &) = default;
};

struct Holiday
{
    QString name;
    std::optional<date::year_month_day> date; // one day,
    std::optional<date::month_day> annual;    // or the same day every year
    std::optional<DailyInterval> part;        // only these hours; none means the whole day
};

// A dated addition of working time (a Saturday opening, longer hours before a launch).
struct CalendarException
{
    QString name;
    date::year_month_day date;
    QList<DailyInterval> hours;
};

struct CalendarDefinition
{
    QString id;
    QString name;   // English; the id when the file gives no name
    QString nameFr; // French; empty when the file gives none
    QString zone = QStringLiteral("UTC");
    // Index 0 is Monday. Overnight intervals are already split at midnight, each part on its
    // own weekday, so every interval here lies inside one local date.
    std::array<QList<DailyInterval>, 7> week;
    QList<Holiday> holidays;
    QList<CalendarException> exceptions;
    // The length of one "business day", for targets such as "3 business days".
    std::optional<Seconds> businessDay;

    // The name people read in `language` ("en", "fr"), English when there is none in it.
    QString displayName(const QString &language) const;
    bool hasWeeklyHours() const;
    static CalendarDefinition twentyFourSeven();
};

} // namespace hourglass
