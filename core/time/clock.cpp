// Where "now" comes from: the system clock in the app, a fixed or stepped one in tests.
#include "time/clock.h"

namespace hourglass {

const Clock &systemClock()
{
    static const SystemClock clock;
    return clock;
}

} // namespace hourglass
