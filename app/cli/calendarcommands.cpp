// hourglass-cli calendar add|between|explain: business-time arithmetic on a calendar file.
#include "cli/calendarcommands.h"

#include "cli/output.h"
#include "io/calendarfile.h"
#include "io/inputerror.h"
#include "time/businesscalendar.h"

#include <QFile>
#include <QJsonArray>
#include <QStringDecoder>

#include <cstdio>
#include <vector>

namespace hourglass::cli {

namespace {

qint64 parseSeconds(const QString &file, const QString &place, QStringView text)
{
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (!ok)
        throw InputError(file,
                         place,
                         QStringLiteral("\"%1\" is not a whole number of seconds")
                             .arg(InputError::excerpt(text)));
    return seconds;
}

// A value the calendars cannot answer for is bad input, named where it was given (an option,
// a batch line), like any other malformed value: checked before the calendar does arithmetic.
void checkYears(const QString &file, const QString &place, Instant t)
{
    try {
        BusinessCalendar::checkYears(t);
    } catch (const CalendarError &error) {
        throw InputError(file, place, error.message());
    }
}

void checkReach(const QString &file, const QString &place, Instant from, qint64 seconds)
{
    try {
        BusinessCalendar::checkReach(from, Seconds{seconds});
    } catch (const CalendarError &error) {
        throw InputError(file, place, error.message());
    }
}

struct Query
{
    Instant from;
    qint64 seconds = 0; // add
    Instant to;         // between
};

// Reads "FROM SECONDS" or "FROM TO" lines; refuses the whole file at the first bad line.
std::vector<Query> readBatch(const QString &fileName, bool add)
{
    const QByteArray bytes = readFileOrStdin(fileName);
    std::vector<Query> queries;
    qsizetype lineNumber = 0;
    for (qsizetype start = 0; start < bytes.size();) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        ++lineNumber;
        const QByteArrayView raw(bytes.constData() + start, end - start);
        start = end + 1;
        const QString place = QStringLiteral("line %1").arg(lineNumber);
        // Said plainly rather than quoted back: a NUL or a stray byte is not a malformed value.
        if (raw.contains('\0'))
            throw InputError(fileName, place, QStringLiteral("contains a NUL byte"));
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString line = QString(decoder.decode(raw)).trimmed();
        if (decoder.hasError())
            throw InputError(fileName, place, QStringLiteral("is not UTF-8 text"));
        const qsizetype space = line.indexOf(u' ');
        if (space < 0)
            throw InputError(fileName,
                             place,
                             add ? QStringLiteral("expected \"FROM SECONDS\"")
                                 : QStringLiteral("expected \"FROM TO\""));
        const QStringView first = QStringView(line).left(space);
        const QStringView second = QStringView(line).mid(space + 1).trimmed();
        Query query;
        const auto from = parseInstant(first);
        if (!from)
            throw InputError(fileName,
                             place,
                             QStringLiteral("\"%1\" is not an ISO 8601 instant with a zone")
                                 .arg(InputError::excerpt(first)));
        query.from = *from;
        checkYears(fileName, place, query.from);
        if (add) {
            query.seconds = parseSeconds(fileName, place, second);
            checkReach(fileName, place, query.from, query.seconds);
        } else {
            const auto to = parseInstant(second);
            if (!to)
                throw InputError(fileName,
                                 place,
                                 QStringLiteral("\"%1\" is not an ISO 8601 instant with a zone")
                                     .arg(InputError::excerpt(second)));
            query.to = *to;
            checkYears(fileName, place, query.to);
        }
        queries.push_back(query);
    }
    return queries;
}

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
    const QStringList &words = arguments.words();
    const QString action = words.value(1);
    if (words.size() != 2
        || (action != QLatin1String("add") && action != QLatin1String("between")
            && action != QLatin1String("explain")))
        throw UsageError(
            QStringLiteral("expected calendar add, calendar between or calendar explain"));
    const bool json = arguments.flag(QStringLiteral("json"));
    const bool add = action == QLatin1String("add");
    QSet<QString> allowed = {QStringLiteral("calendar"),
                             QStringLiteral("json"),
                             QStringLiteral("from")};
    allowed.insert(add ? QStringLiteral("seconds") : QStringLiteral("to"));
    if (action != QLatin1String("explain"))
        allowed.insert(QStringLiteral("batch"));
    arguments.allowOnly(allowed);

    const BusinessCalendar calendar(
        CalendarFile::load(arguments.require(QStringLiteral("calendar"))));

    if (arguments.has(QStringLiteral("batch"))) {
        if (arguments.has(QStringLiteral("from")))
            throw UsageError(QStringLiteral("--batch replaces --from; give one or the other"));
        const QString fileName = arguments.value(QStringLiteral("batch"));
        const std::vector<Query> queries = readBatch(fileName, add);
        // Every answer is computed before any is printed, so a failure prints nothing.
        QByteArray out;
        out.reserve(qsizetype(queries.size()) * 24);
        for (std::size_t i = 0; i < queries.size(); ++i) {
            const Query &q = queries[i];
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
                throw InputError(fileName, QStringLiteral("line %1").arg(i + 1), error.message());
            }
            out += '\n';
        }
        std::fwrite(out.constData(), 1, std::size_t(out.size()), stdout);
        return 0;
    }

    const Instant from = arguments.requireInstant(QStringLiteral("from"));
    if (add) {
        const qint64 seconds = parseSeconds(QString(),
                                            QStringLiteral("--seconds"),
                                            arguments.require(QStringLiteral("seconds")));
        checkReach(QString(), QStringLiteral("--seconds"), from, seconds);
        const Instant due = calendar.add(from, Seconds{seconds});
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
