// Internet message text (RFC 5322, RFC 2047), for every mail Hourglass writes: maintenance
// notices, the after-hours desk's messages.
#pragma once

#include "time/instant.h"

#include <QByteArray>
#include <QString>

#include <utility>

namespace hourglass::MailText {

// RFC 2047: a header value with anything but printable ASCII as UTF-8 encoded words of at
// most 75 characters, never splitting a character.
QByteArray headerText(const QString &text);
// "Name <address>": the name encoded or quoted, the address as is.
QByteArray mailbox(const QString &name, const QString &address);
// "Support <support@example.com>" → ("Support", "support@example.com").
std::pair<QString, QString> splitSender(const QString &sender);
// Base64 in lines of 76 characters, each ended by CRLF.
QByteArray base64Lines(const QByteArray &data);
// "Mon, 09 Mar 2026 13:30:00 +0000": English names whatever the locale, in UTC.
QByteArray rfc5322Date(Instant t);
// A whole plain-text UTF-8 message, headers and body, lines ended by CRLF.
QByteArray plainMessage(const QString &sender,
                        const QString &toName,
                        const QString &toAddress,
                        const QString &subject,
                        const QString &body,
                        Instant date,
                        const QByteArray &messageId = QByteArray());

} // namespace hourglass::MailText
