// Reads calendar batch files; the CLI and the fuzzing harness share this one reader.
#include "io/calendarbatch.h"

#include "io/inputerror.h"
#include "io/wholenumber.h"
#include "time/businesscalendar.h"

#include <QStringDecoder>

namespace hourglass::CalendarBatch {

qint64 parseSeconds(const QString &fileName, const QString &place, QStringView text)
{
    const auto seconds = parseWholeNumber(text);
    if (!seconds)
        throw InputError(fileName,
                         place,
                         QStringLiteral("\"%1\" is not a whole number of seconds")
                             .arg(InputError::excerpt(text)));
    return *seconds;
}

// A value the calendars cannot answer for is bad input, named where it was given (an option,
// a batch line), like any other malformed value: checked before the calendar does arithmetic.
void checkYears(const QString &fileName, const QString &place, Instant t)
{
    try {
        BusinessCalendar::checkYears(t);
    } catch (const CalendarError &error) {
        throw InputError(fileName, place, error.message());
    }
}

void checkReach(const QString &fileName, const QString &place, Instant from, qint64 seconds)
{
    try {
        BusinessCalendar::checkReach(from, Seconds{seconds});
    } catch (const CalendarError &error) {
        throw InputError(fileName, place, error.message());
    }
}

namespace {

Instant parseInstantAt(const QString &fileName, const QString &place, QStringView text)
{
    const auto instant = parseInstant(text);
    if (!instant)
        throw InputError(fileName,
                         place,
                         QStringLiteral("\"%1\" is not an ISO 8601 instant with a zone")
                             .arg(InputError::excerpt(text)));
    checkYears(fileName, place, *instant);
    return *instant;
}

} // namespace

std::vector<Query> parse(const QString &fileName, const QByteArray &bytes, Kind kind)
{
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
        // Stateless: a sequence cut off at the end of the line is an error, not held back.
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString line = QString(decoder.decode(raw)).trimmed();
        if (decoder.hasError())
            throw InputError(fileName, place, QStringLiteral("is not UTF-8 text"));
        const qsizetype space = line.indexOf(u' ');
        if (space < 0)
            throw InputError(fileName,
                             place,
                             kind == Kind::Add ? QStringLiteral("expected \"FROM SECONDS\"")
                                               : QStringLiteral("expected \"FROM TO\""));
        const QStringView second = QStringView(line).mid(space + 1).trimmed();
        Query query;
        query.line = lineNumber;
        query.from = parseInstantAt(fileName, place, QStringView(line).left(space));
        if (kind == Kind::Add) {
            query.seconds = parseSeconds(fileName, place, second);
            checkReach(fileName, place, query.from, query.seconds);
        } else {
            query.to = parseInstantAt(fileName, place, second);
        }
        queries.push_back(query);
    }
    return queries;
}

} // namespace hourglass::CalendarBatch
