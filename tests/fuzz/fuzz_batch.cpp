// libFuzzer harness for `calendar add|between --batch` lines. The line reader itself is
// file-local to app/cli/calendarcommands.cpp, so this follows its steps with the core
// functions it calls (parseInstant, checkYears, checkReach, then add or between on an 8x5
// calendar): the instants and amounts are what a batch file controls.
#include "fuzzinput.h"
#include "io/calendarfile.h"
#include "time/instant.h"

#include <QStringDecoder>

using namespace hourglass;

namespace {

const BusinessCalendar &calendar()
{
    static const BusinessCalendar instance(CalendarFile::parse(QStringLiteral("8x5.json"), R"({
  "format": "hourglass-calendar/1", "id": "8x5", "name": "8x5", "zone": "America/New_York",
  "businessDay": "8h",
  "week": {"mon": ["09:00-17:00"], "tue": ["09:00-17:00"], "wed": ["09:00-17:00"],
           "thu": ["09:00-17:00"], "fri": ["09:00-17:00"]},
  "holidays": [{"date": "2026-12-25", "name": "Christmas"}]
})"));
    return instance;
}

void refuse()
{
    throw std::runtime_error("refused");
}

// Each line: "FROM SECONDS" when add, "FROM TO" otherwise, as readBatch reads them.
void runLine(QByteArrayView raw, bool add)
{
    if (raw.contains('\0'))
        refuse();
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString line = QString(decoder.decode(raw)).trimmed();
    if (decoder.hasError())
        refuse();
    const qsizetype space = line.indexOf(u' ');
    if (space < 0)
        refuse();
    const QStringView first = QStringView(line).left(space);
    const QStringView second = QStringView(line).mid(space + 1).trimmed();
    const auto from = parseInstant(first);
    if (!from)
        refuse();
    BusinessCalendar::checkYears(*from);
    if (add) {
        bool ok = false;
        const qint64 seconds = second.toLongLong(&ok);
        if (!ok)
            refuse();
        BusinessCalendar::checkReach(*from, Seconds{seconds});
        (void) formatInstant(calendar().add(*from, Seconds{seconds}));
    } else {
        const auto to = parseInstant(second);
        if (!to)
            refuse();
        BusinessCalendar::checkYears(*to);
        (void) calendar().between(*from, *to);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the command, so one corpus covers add and between.
    const bool add = (data[0] & 1) == 0;
    const QByteArray bytes = fuzz::bytesOf(data + 1, size - 1);
    for (qsizetype start = 0; start < bytes.size();) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        const QByteArrayView raw(bytes.constData() + start, end - start);
        start = end + 1;
        fuzz::refuseOrAccept([&] { runLine(raw, add); });
    }
    return 0;
}
