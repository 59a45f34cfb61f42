// libFuzzer harness for the policy JSON reader (inline calendars included).
#include "fuzzinput.h"
#include "io/policyfile.h"

using namespace hourglass;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzz::refuseOrAccept(
        [&] { (void) PolicyFile::parse(QStringLiteral("fuzz.json"), fuzz::bytesOf(data, size)); });
}
