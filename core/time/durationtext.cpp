// Durations as people write them in policy and calendar files: "2h", "30m", "4h30m", "90s".
#include "time/durationtext.h"

#include <QRegularExpression>

namespace hourglass {

std::optional<Seconds> parseDuration(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?$"));
    const QString trimmed = text.trimmed();
    if (trimmed == QLatin1String("0"))
        return Seconds{0};
    const QRegularExpressionMatch match = pattern.match(trimmed);
    if (trimmed.isEmpty() || !match.hasMatch())
        return std::nullopt;
    const qint64 factors[] = {86400, 3600, 60, 1};
    qint64 total = 0;
    for (int i = 0; i < 4; ++i) {
        const QString part = match.captured(i + 1);
        if (part.isEmpty())
            continue;
        bool ok = false;
        const qint64 value = part.toLongLong(&ok);
        if (!ok || value > 1000000000LL)
            return std::nullopt;
        total += value * factors[i];
    }
    return Seconds{total};
}

QString formatDuration(Seconds d)
{
    qint64 s = d.count();
    if (s == 0)
        return QStringLiteral("0");
    QString text;
    if (s < 0) {
        text = QStringLiteral("-");
        s = -s;
    }
    const qint64 days = s / 86400;
    const qint64 hours = (s % 86400) / 3600;
    const qint64 minutes = (s % 3600) / 60;
    const qint64 seconds = s % 60;
    if (days)
        text += QString::number(days) + u'd';
    if (hours)
        text += QString::number(hours) + u'h';
    if (minutes)
        text += QString::number(minutes) + u'm';
    if (seconds)
        text += QString::number(seconds) + u's';
    return text;
}

std::optional<int> parseTimeOfDay(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2}):(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int hours = match.captured(1).toInt();
    const int minutes = match.captured(2).toInt();
    if (minutes > 59 || hours > 24 || (hours == 24 && minutes != 0))
        return std::nullopt;
    return hours * 60 + minutes;
}

QString formatTimeOfDay(int minutes)
{
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace hourglass
