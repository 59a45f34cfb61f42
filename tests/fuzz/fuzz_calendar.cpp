// libFuzzer harness for the calendar JSON reader; an accepted calendar is also compiled and
// queried once, as the CLI does with the calendar it reads.
#include "fuzzinput.h"
#include "io/calendarfile.h"

using namespace hourglass;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzz::refuseOrAccept([&] {
        const BusinessCalendar calendar(
            CalendarFile::parse(QStringLiteral("fuzz.json"), fuzz::bytesOf(data, size)));
        const Instant from = fromEpoch(1772800000); // 2026-03-06, a fixed instant
        const Instant due = calendar.add(from, Seconds{8 * 3600});
        (void) calendar.between(from, due);
    });
}
