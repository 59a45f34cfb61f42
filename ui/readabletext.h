// A customer's time of day in their zone, as the customer panel shows it.
#pragma once

#include "time/instant.h"

#include <QString>

namespace hourglass::ReadableText {

// Only the local time of day in `zone`, with the weekday ("Mon 9:30 AM"): a customer's clock.
QString timeOfDayInZone(Instant t, const QString &zone);

} // namespace hourglass::ReadableText
