// libFuzzer harness for the ticket timeline JSON reader: parsing only, no policy is loaded.
#include "fuzzinput.h"
#include "io/ticketfile.h"

using namespace hourglass;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzz::refuseOrAccept(
        [&] { (void) TicketFile::parse(QStringLiteral("fuzz.json"), fuzz::bytesOf(data, size)); });
}
