// Names and times as the new-ticket dialog and the customer panel show them: a policy item's
// name in the console's language, a customer's time of day in their zone.
#pragma once

#include "time/instant.h"

#include <QString>

namespace hourglass::ReadableText {

// The console's language: "fr" under the French translation, else "en".
QString language();

// A policy item's name (tier, severity, channel…) in the console's language. Policy files
// carry French names beside the English ones where the policy names work is present
// (NamedItem::displayName); without it, the English name.
template<typename Item>
QString nameOf(const Item &item)
{
    if constexpr (requires { item.displayName(language()); })
        return item.displayName(language());
    else
        return item.name;
}

// Only the local time of day in `zone`, with the weekday ("Mon 9:30 AM"): a customer's clock.
QString timeOfDayInZone(Instant t, const QString &zone);

} // namespace hourglass::ReadableText
