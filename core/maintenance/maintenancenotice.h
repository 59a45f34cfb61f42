// A maintenance notice to one customer: to whom, what it says (text and invitation), and the
// record kept of what was sent.
#pragma once

#include "maintenance/maintenancewindow.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace hourglass {

// A customer a window's occurrence affects, as a notice needs them.
struct NoticeRecipient
{
    qint64 customerId = 0;
    QString name;
    QString language; // "en" or "fr"; anything else reads English
    QString timeZone; // IANA; one the zone database does not know reads UTC
    QString email;    // empty: not known yet (the person sending fills it in)
};

struct MaintenanceNotice
{
    // iTIP: an occurrence announced or changed (REQUEST), or called off (CANCEL).
    enum class Method { Request, Cancel };
    // The first notice of an occurrence (or of its change), or the reminder sent shortly
    // before it to those who had the notice.
    enum class Kind { Notice, Reminder };

    QString windowUid;
    LocalTime recurrenceId; // the start the rule gave the occurrence: its name
    Instant start;
    Instant end;
    Method method = Method::Request;
    Kind kind = Kind::Notice;
    // Goes up with every change of the window (its stored version less one), so calendar
    // programs replace what they were sent before.
    int sequence = 0;
    NoticeRecipient recipient;
    std::optional<Instant> reminderAt; // when the invitation's alarm reminds the customer
    QString subject;
    QString body;        // text/plain, in the customer's language and zone
    QByteArray calendar; // the .ics attached: METHOD, VTIMEZONE, VEVENT, VALARM
};

QString noticeMethodKey(MaintenanceNotice::Method method); // "REQUEST", "CANCEL"
QString noticeKindKey(MaintenanceNotice::Kind kind);       // "notice", "reminder"

// What was sent to whom: one row per notice, written through MaintenanceService.
struct NoticeRecord
{
    enum class Delivery { Eml, Mailto };

    qint64 id = 0;
    QString windowUid;
    Instant occurrenceStart;
    LocalTime recurrenceId;
    qint64 customerId = 0;
    QString address;
    QString language;
    QString timeZone;
    MaintenanceNotice::Method method = MaintenanceNotice::Method::Request;
    MaintenanceNotice::Kind kind = MaintenanceNotice::Kind::Notice;
    int sequence = 0;
    Delivery delivery = Delivery::Eml;
    QString file; // the .eml written; empty for a mailto: link
    std::optional<Instant> reminderAt;
    Instant sentAt; // stamped by the database
    QString sentBy; // the login, as the database knows it

    static NoticeRecord of(const MaintenanceNotice &notice, Delivery delivery, const QString &file);
};

QString noticeDeliveryKey(NoticeRecord::Delivery delivery); // "eml", "mailto"

} // namespace hourglass
