// Writes maintenance notices: the words in the customer's language and time zone, the
// invitation attached, and the message as an .eml file or a mailto: link.
#pragma once

#include "maintenance/maintenancenotice.h"
#include "maintenance/maintenanceoccurrence.h"

#include <QByteArray>
#include <QUrl>

namespace hourglass {

class NoticeComposer
{
public:
    // Who notices come from: "Support <support@example.com>" or a bare address.
    explicit NoticeComposer(QString sender = QStringLiteral("maintenance@hourglass.invalid"));

    // The notice of `occurrence` of `window` for one customer. The words are the customer's
    // (English or French: a notice is read by the customer, whatever language the console is
    // in, so they do not follow the interface's translation), times in the customer's zone;
    // `reminder` before the start, when positive, becomes the invitation's alarm and the
    // time the reminder is due. A reminder (kind Reminder) says so, carries the same
    // invitation at the same SEQUENCE (calendars keep one event) and is due at no time itself.
    MaintenanceNotice compose(const MaintenanceWindow &window,
                              const MaintenanceOccurrence &occurrence,
                              MaintenanceNotice::Method method,
                              const NoticeRecipient &recipient,
                              Seconds reminder,
                              Instant stamp,
                              MaintenanceNotice::Kind kind = MaintenanceNotice::Kind::Notice) const;

    // RFC 5322 with MIME: multipart/mixed of the text (UTF-8) and the invitation
    // (text/calendar; method=…), both base64, CRLF line ends, non-ASCII headers as RFC 2047
    // encoded words. `date` is the Date header.
    QByteArray eml(const MaintenanceNotice &notice, Instant date) const;
    // For the user's mail client: address, subject and text (a link carries no attachment).
    static QUrl mailto(const MaintenanceNotice &notice);

    const QString &sender() const { return m_sender; }

private:
    QString m_sender;
};

} // namespace hourglass
