// hourglass-cli's command line: command words, then "--name value" options and flags.
#include "cli/cliarguments.h"

#include "io/filereading.h"
#include "io/inputerror.h"
#include "io/wholenumber.h"
#include "oncall/rotation.h"
#include "time/businesscalendar.h"
#include "time/wallclock.h"

#include <date/tz.h>

namespace hourglass::cli {

CliArguments::CliArguments(const QStringList &arguments,
                           const QSet<QString> &valueOptions,
                           const QSet<QString> &emptyAllowed)
{
    QString previousFlag;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!argument.startsWith(QLatin1String("--")) || argument == QLatin1String("--")) {
            if (!previousFlag.isEmpty())
                m_flagBeforeWord.insert(m_words.size(), previousFlag);
            m_words.append(argument);
            previousFlag.clear();
            continue;
        }
        previousFlag.clear();
        QString name = argument.mid(2);
        QString value;
        const qsizetype equals = name.indexOf(u'=');
        if (equals >= 0) {
            value = name.mid(equals + 1);
            name.truncate(equals);
            if (!valueOptions.contains(name))
                throw UsageError(
                    QStringLiteral("--%1 takes no value").arg(InputError::excerpt(name)));
        } else if (valueOptions.contains(name)) {
            if (i + 1 >= arguments.size())
                throw UsageError(
                    QStringLiteral("--%1 needs a value").arg(InputError::excerpt(name)));
            value = arguments.at(++i);
        } else {
            m_flags.insert(name);
            previousFlag = name;
            continue;
        }
        // Which of two values was meant is a guess: the last one once won silently.
        if (m_values.contains(name))
            throw InputError(QString(),
                             QLatin1String("--") + name,
                             QStringLiteral("given more than once"));
        if (value.isEmpty() && !emptyAllowed.contains(name))
            throw InputError(QString(),
                             QLatin1String("--") + name,
                             QStringLiteral("must not be empty"));
        m_values.insert(name, value);
    }
}

QString CliArguments::require(const QString &name) const
{
    if (!m_values.contains(name))
        throw UsageError(
            QStringLiteral("--%1 is required (see --help)").arg(InputError::excerpt(name)));
    return m_values.value(name);
}

Instant CliArguments::requireInstant(const QString &name) const
{
    const QString text = require(name);
    const auto instant = parseInstant(text);
    if (!instant)
        throw InputError(QString(),
                         QLatin1String("--") + name,
                         QStringLiteral("\"%1\" is not an ISO 8601 instant with a zone, such as "
                                        "2026-03-09T13:30:00Z or 2026-03-06T17:55:00+01:00")
                             .arg(InputError::excerpt(text)));
    // Every instant the command line takes meets a calendar sooner or later: refused here, it
    // is named as the option it came from.
    try {
        BusinessCalendar::checkYears(*instant);
    } catch (const CalendarError &error) {
        throw InputError(QString(), QLatin1String("--") + name, error.message());
    }
    return *instant;
}

Instant CliArguments::requireDayOrInstant(const QString &name,
                                          bool wholeDay,
                                          const QString &zone) const
{
    const QString text = require(name);
    if (const std::optional<date::local_days> day = parseLocalDate(text)) {
        const int year = int(date::year_month_day{*day}.year());
        if (year >= 1900 && year <= 2400)
            return resolveWallClock(*date::locate_zone(zone.toStdString()),
                                    date::local_seconds{*day + date::days{wholeDay ? 1 : 0}});
    } else if (text.contains(u'T')) {
        return requireInstant(name);
    }
    throw InputError(QString(),
                     QLatin1String("--") + name,
                     QStringLiteral("\"%1\" is neither a date (2026-01-31) nor an ISO 8601 instant "
                                    "with a zone (2026-01-31T08:00:00Z)")
                         .arg(InputError::excerpt(text)));
}

qint64 CliArguments::requireWholeNumber(const QString &name, qint64 minimum, qint64 maximum) const
{
    const QString text = require(name);
    const auto number = parseWholeNumber(text);
    if (!number)
        throw InputError(QString(),
                         QLatin1String("--") + name,
                         QStringLiteral("\"%1\" is not a whole number")
                             .arg(InputError::excerpt(text)));
    if (*number < minimum || *number > maximum)
        throw InputError(QString(),
                         QLatin1String("--") + name,
                         QStringLiteral("%1 is not between %2 and %3")
                             .arg(*number)
                             .arg(minimum)
                             .arg(maximum));
    return *number;
}

void CliArguments::allowOnly(const QSet<QString> &names) const
{
    for (const QString &flag : m_flags) {
        if (!names.contains(flag))
            throw UsageError(
                QStringLiteral("unknown option --%1 (see --help)").arg(InputError::excerpt(flag)));
    }
    for (auto it = m_values.begin(); it != m_values.end(); ++it) {
        if (!names.contains(it.key()))
            throw UsageError(QStringLiteral("--%1 does not apply to this command")
                                 .arg(InputError::excerpt(it.key())));
    }
}

void CliArguments::allowWords(qsizetype count) const
{
    if (m_words.size() <= count)
        return;
    const QString word = m_words.at(count);
    const QString flag = m_flagBeforeWord.value(count);
    throw UsageError(
        flag.isEmpty() ? QStringLiteral("unexpected argument \"%1\"").arg(InputError::excerpt(word))
                       : QStringLiteral("unexpected argument \"%1\" (--%2 takes no value)")
                             .arg(InputError::excerpt(word), flag));
}

QByteArray readFileOrStdin(const QString &place, const QString &fileName)
{
    if (fileName.isEmpty())
        throw InputError(QString(), place, QStringLiteral("the file name must not be empty"));
    return FileReading::read(fileName, FileReading::Dash::StandardInput);
}

} // namespace hourglass::cli
