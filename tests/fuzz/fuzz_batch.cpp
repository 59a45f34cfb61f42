// libFuzzer harness for `calendar add|between --batch` files: the CLI's own reader
// (CalendarBatch::parse), then every accepted query answered on an 8x5 calendar, as the CLI does.
#include "fuzzinput.h"
#include "io/calendarbatch.h"
#include "io/calendarfile.h"
#include "time/instant.h"

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

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the command, so one corpus covers add and between.
    const auto kind = (data[0] & 1) == 0 ? CalendarBatch::Kind::Add : CalendarBatch::Kind::Between;
    const QByteArray bytes = fuzz::bytesOf(data + 1, size - 1);
    fuzz::refuseOrAccept([&] {
        for (const CalendarBatch::Query &query :
             CalendarBatch::parse(QStringLiteral("batch"), bytes, kind)) {
            if (kind == CalendarBatch::Kind::Add)
                (void) formatInstant(calendar().add(query.from, Seconds{query.seconds}));
            else
                (void) calendar().between(query.from, query.to);
        }
    });
    return 0;
}
