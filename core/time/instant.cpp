// Instants are UTC seconds; local time exists only at the edges (a calendar's zone, the viewer).
#include "time/instant.h"

#include <QRegularExpression>

#include <date/date.h>

namespace hourglass {

QString formatInstant(Instant t)
{
    return QString::fromStdString(date::format("%Y-%m-%dT%H:%M:%SZ", t));
}

std::optional<Instant> parseInstant(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(Z|([+-])(\\d{2}):?(\\d{2}))$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int year = match.captured(1).toInt();
    const unsigned month = match.captured(2).toUInt();
    const unsigned day = match.captured(3).toUInt();
    const int hour = match.captured(4).toInt();
    const int minute = match.captured(5).toInt();
    const int second = match.captured(6).isEmpty() ? 0 : match.captured(6).toInt();
    const date::year_month_day ymd{date::year{year}, date::month{month}, date::day{day}};
    if (!ymd.ok() || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    Instant t = date::sys_days{ymd} + std::chrono::hours{hour} + std::chrono::minutes{minute}
                + Seconds{second};
    if (match.captured(7) != QLatin1String("Z")) {
        const int hours = match.captured(9).toInt();
        const int minutes = match.captured(10).toInt();
        if (hours > 23 || minutes > 59)
            return std::nullopt;
        const Seconds offset{hours * 3600 + minutes * 60};
        t = match.captured(8) == QLatin1String("+") ? t - offset : t + offset;
    }
    return t;
}

QString formatCompactDuration(Seconds d)
{
    qint64 s = d.count() < 0 ? -d.count() : d.count();
    const qint64 days = s / 86400;
    const qint64 hours = (s % 86400) / 3600;
    const qint64 minutes = (s % 3600) / 60;
    const qint64 seconds = s % 60;
    QString text;
    if (days > 0)
        text = QStringLiteral("%1d %2h").arg(days).arg(hours);
    else if (hours > 0)
        text = QStringLiteral("%1h %2m").arg(hours).arg(minutes);
    else if (minutes > 0)
        text = QStringLiteral("%1m").arg(minutes);
    else
        text = QStringLiteral("%1s").arg(seconds);
    return d.count() < 0 ? QLatin1Char('-') + text : text;
}

} // namespace hourglass
