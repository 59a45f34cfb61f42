// libFuzzer harness for the iCalendar import of maintenance windows; accepted windows are also
// expanded over a year and written out again, and what is written must read back the same.
#include "fuzzinput.h"
#include "io/icalendarfile.h"
#include "maintenance/maintenanceexpander.h"

#include <cstdlib>

using namespace hourglass;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzz::refuseOrAccept([&] {
        const QList<MaintenanceWindow> windows = ICalendarFile::parse(QStringLiteral("fuzz.ics"),
                                                                      fuzz::bytesOf(data, size));
        const MaintenanceExpander expander;
        const Instant from = fromEpoch(1767225600); // 2026-01-01, a fixed instant
        (void) expander.overlaps(windows, from, from + date::days{365});
        const QByteArray written = ICalendarFile::write(windows, from);
        // Our own export refused, or read back otherwise, is a bug, not bad input.
        QList<MaintenanceWindow> again;
        try {
            again = ICalendarFile::parse(QStringLiteral("again.ics"), written);
        } catch (const InputError &) {
            std::abort();
        }
        if (again != windows)
            std::abort();
    });
}
