// Internet message text (RFC 5322, RFC 2047), for every mail Hourglass writes.
#include "io/mailtext.h"

#include <date/date.h>

namespace hourglass::MailText {

// RFC 2047: a header value with anything but printable ASCII as UTF-8 encoded words of at
// most 75 characters, never splitting a character.
QByteArray headerText(const QString &text)
{
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    if (ascii)
        return text.toLatin1();
    QByteArrayList words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size(); ++i) {
        qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray bytes = text.mid(i, length).toUtf8();
        i += length - 1;
        if (chunk.size() + bytes.size() > 45) {
            words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
            chunk.clear();
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty())
        words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
    return words.join("\r\n ");
}

// "Name <address>": the name encoded or quoted, the address as is.
QByteArray mailbox(const QString &name, const QString &address)
{
    if (name.isEmpty())
        return address.toUtf8();
    QByteArray shown = headerText(name);
    if (shown == name.toLatin1()) {
        QByteArray quoted = shown;
        quoted.replace("\\", "\\\\").replace("\"", "\\\"");
        shown = '"' + quoted + '"';
    }
    return shown + " <" + address.toUtf8() + '>';
}

// "Support <support@example.com>" → ("Support", "support@example.com").
std::pair<QString, QString> splitSender(const QString &sender)
{
    const qsizetype open = sender.lastIndexOf(u'<');
    if (open >= 0 && sender.endsWith(u'>'))
        return {sender.left(open).trimmed().remove(u'"'),
                sender.mid(open + 1, sender.size() - open - 2).trimmed()};
    return {QString(), sender.trimmed()};
}

QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        out += encoded.mid(i, 76) + "\r\n";
    return out;
}

QByteArray rfc5322Date(Instant t)
{
    // English day and month names whatever the locale, in UTC.
    return QByteArray::fromStdString(date::format("%a, %d %b %Y %H:%M:%S +0000", t));
}

QByteArray plainMessage(const QString &sender,
                        const QString &toName,
                        const QString &toAddress,
                        const QString &subject,
                        const QString &body,
                        Instant date,
                        const QByteArray &messageId)
{
    const auto [senderName, senderAddress] = splitSender(sender);
    QByteArray out;
    out += "From: " + mailbox(senderName, senderAddress) + "\r\n";
    out += "To: " + mailbox(toName, toAddress) + "\r\n";
    out += "Subject: " + headerText(subject) + "\r\n";
    out += "Date: " + rfc5322Date(date) + "\r\n";
    if (!messageId.isEmpty())
        out += "Message-ID: <" + messageId + ">\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\n";
    out += "Content-Transfer-Encoding: base64\r\n\r\n";
    QByteArray text = body.toUtf8();
    text.replace("\r\n", "\n").replace("\n", "\r\n");
    out += base64Lines(text);
    return out;
}

} // namespace hourglass::MailText
