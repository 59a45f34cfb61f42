// libFuzzer harness for the database URL parser; nothing is opened or connected to.
#include "fuzzinput.h"
#include "storage/databaseurl.h"

using namespace hourglass;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzz::refuseOrAccept([&] {
        const DatabaseUrl url = DatabaseUrl::parse(QString::fromUtf8(fuzz::bytesOf(data, size)));
        (void) url.toString();
        (void) url.driverName();
        (void) url.connectOptions();
    });
}
