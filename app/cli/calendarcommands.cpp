// hourglass-cli calendar add|between|explain: business-time arithmetic on a calendar file.
#include "cli/calendarcommands.h"

#include "cli/output.h"
#include "io/calendarbatch.h"
#include "io/calendarfile.h"
#include "io/inputerror.h"
#include "time/businesscalendar.h"

#include <QJsonArray>

#include <cstdio>

namespace hourglass::cli {

namespace {

QString kindName(CalendarSegment::Kind kind)
{
    switch (kind) {
    case CalendarSegment::Kind::Working:
        return QStringLiteral("working");
    case CalendarSegment::Kind::OutsideHours:
        return QStringLiteral("outside-hours");
    case CalendarSegment::Kind::Holiday:
        return QStringLiteral("holiday");
    }
    return QString();
}

} // namespace

int runCalendarCommand(const CliArguments &arguments)
{
    const QString action = arguments.words().value(1);
    if (action != QLatin1String("add") && action != QLatin1String("between")
        && action != QLatin1String("explain"))
        throw UsageError(
            QStringLiteral("expected calendar add, calendar between or calendar explain"));
    arguments.allowWords(2);
    const bool json = arguments.flag(QStringLiteral("json"));
    const bool add = action == QLatin1String("add");
    QSet<QString> allowed = {QStringLiteral("calendar"),
                             QStringLiteral("json"),
                             QStringLiteral("from")};
    allowed.insert(add ? QStringLiteral("seconds") : QStringLiteral("to"));
    if (action != QLatin1String("explain"))
        allowed.insert(QStringLiteral("batch"));
    arguments.allowOnly(allowed);

    // Each line of a batch is a whole query: an option that gives part of one is a mistake,
    // never silently ignored.
    const QString second = add ? QStringLiteral("seconds") : QStringLiteral("to");
    if (arguments.has(QStringLiteral("batch"))
        && (arguments.has(QStringLiteral("from")) || arguments.has(second)))
        throw UsageError(
            QStringLiteral("--batch replaces --from and --%1; give one or the other").arg(second));

    const BusinessCalendar calendar(
        CalendarFile::load(arguments.require(QStringLiteral("calendar"))));

    if (arguments.has(QStringLiteral("batch"))) {
        const QString fileName = arguments.value(QStringLiteral("batch"));
        const std::vector<CalendarBatch::Query> queries
            = CalendarBatch::parse(fileName,
                                   readFileOrStdin(QStringLiteral("--batch"), fileName),
                                   add ? CalendarBatch::Kind::Add : CalendarBatch::Kind::Between);
        // Every answer is computed before any is printed, so a failure prints nothing.
        QByteArray out;
        out.reserve(qsizetype(queries.size()) * 24);
        for (const CalendarBatch::Query &q : queries) {
            try {
                if (add) {
                    const Instant due = calendar.add(q.from, Seconds{q.seconds});
                    if (json)
                        out += QByteArrayLiteral("{\"due\":\"");
                    out += formatInstant(due).toLatin1();
                    if (json)
                        out += QByteArrayLiteral("\"}");
                } else {
                    const qint64 seconds = calendar.between(q.from, q.to).count();
                    if (json)
                        out += QByteArrayLiteral("{\"seconds\":");
                    out += QByteArray::number(seconds);
                    if (json)
                        out += '}';
                }
            } catch (const CalendarError &error) {
                throw InputError(fileName, QStringLiteral("line %1").arg(q.line), error.message());
            }
            out += '\n';
        }
        std::fwrite(out.constData(), 1, std::size_t(out.size()), stdout);
        return 0;
    }

    const Instant from = arguments.requireInstant(QStringLiteral("from"));
    if (add) {
        const qint64 seconds = CalendarBatch::parseSeconds(QString(),
                                                           QStringLiteral("--seconds"),
                                                           arguments.require(
                                                               QStringLiteral("seconds")));
        CalendarBatch::checkReach(QString(), QStringLiteral("--seconds"), from, seconds);
        // The reach check is wall-clock time; business time reaches further (an 8x5 week is
        // 40 hours of 168), so a deadline past the years is known only once computed. Named as
        // the option that asked for it, as a batch names its line.
        Instant due;
        try {
            due = calendar.add(from, Seconds{seconds});
        } catch (const CalendarError &error) {
            throw InputError(QString(), QStringLiteral("--seconds"), error.message());
        }
        if (json)
            printJson({{QStringLiteral("from"), formatInstant(from)},
                       {QStringLiteral("seconds"), seconds},
                       {QStringLiteral("due"), formatInstant(due)}});
        else
            printLine(formatInstant(due));
        return 0;
    }
    const Instant to = arguments.requireInstant(QStringLiteral("to"));
    if (action == QLatin1String("between")) {
        const qint64 seconds = calendar.between(from, to).count();
        if (json)
            printJson({{QStringLiteral("from"), formatInstant(from)},
                       {QStringLiteral("to"), formatInstant(to)},
                       {QStringLiteral("seconds"), seconds}});
        else
            printLine(QString::number(seconds));
        return 0;
    }
    QJsonArray segments;
    for (const CalendarSegment &segment : calendar.explain(from, to)) {
        if (json) {
            QJsonObject object{{QStringLiteral("from"), formatInstant(segment.from)},
                               {QStringLiteral("to"), formatInstant(segment.to)},
                               {QStringLiteral("kind"), kindName(segment.kind)}};
            if (!segment.holiday.isEmpty())
                object.insert(QStringLiteral("holiday"), segment.holiday);
            segments.append(object);
        } else {
            printLine(QStringLiteral("%1  %2  %3%4")
                          .arg(formatInstant(segment.from),
                               formatInstant(segment.to),
                               kindName(segment.kind),
                               segment.holiday.isEmpty() ? QString()
                                                         : QLatin1String("  ") + segment.holiday));
        }
    }
    if (json)
        printJson({{QStringLiteral("segments"), segments}});
    return 0;
}

} // namespace hourglass::cli
