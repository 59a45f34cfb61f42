// The after-hours desk's settings, kept with QSettings (group "desk") for the console and the
// command line alike: how email is sent (SMTP), the support inbox, the webhook, each contact's
// time to acknowledge and the desk's phone numbers per region.
#pragma once

#include "oncall/smtpchannel.h"

#include <QString>

#include <optional>
#include <utility>

namespace hourglass {

struct DeskSettings
{
    SmtpSettings smtp;    // unset url: no email sent by the desk (mailto: links remain)
    QString supportInbox; // where calls that are not urgent go
    QString webhookUrl;   // empty: no webhook
    int timeoutMinutes = 10;
    QString phones; // "region<TAB>number" lines; empty: the seed's three

    static DeskSettings load();
    bool operator==(const DeskSettings &other) const;
    // Stores what problem() accepts; returns the problem otherwise, storing nothing.
    std::optional<std::pair<QString, QString>> save() const;
    // The first setting that cannot be used: its key ("smtp-url", "sender", "support-inbox",
    // "webhook-url", "timeout", "phones") and why, in words; none when all can.
    std::optional<std::pair<QString, QString>> problem() const;
};

} // namespace hourglass
