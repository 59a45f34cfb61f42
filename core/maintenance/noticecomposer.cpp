// Writes maintenance notices: the words in the customer's language and time zone, the
// invitation attached, and the message as an .eml file or a mailto: link.
#include "maintenance/noticecomposer.h"

#include "io/icalendarfile.h"
#include "io/mailtext.h"
#include "time/businesscalendar.h"

#include <QCryptographicHash>
#include <QDate>
#include <QLocale>
#include <QTime>

#include <date/tz.h>

namespace hourglass {

namespace {

// The words of a notice, by language. Not tr(): the customer's language decides, not the
// console's, and both must be at hand in one run (a French and an English customer).
struct Words
{
    QLocale locale;
    const char *requestSubject;   // title, when
    const char *reminderSubject;  // title, when
    const char *reminding;        //
    const char *cancelSubject;    // title, day
    const char *greeting;         // name
    const char *scheduled;        // platform, title
    const char *when;             // when
    const char *affected;         // what
    const char *keepsWorking;     // what
    const char *pauses;           //
    const char *attached;         //
    const char *attachedRemind;   // hours
    const char *cancelled;        // platform, when, title
    const char *attachedCancel;   //
    const char *signature;        //
    const char *span;             // day, start, end, zone
    const char *spanOverMidnight; // day, start, end day, end, zone
};

const Words english{QLocale(QLocale::English, QLocale::UnitedKingdom),
                    "Scheduled maintenance: %1, %2",
                    "Reminder: scheduled maintenance %1, %2",
                    "This is a reminder of the maintenance we announced.",
                    "Cancelled: scheduled maintenance %1, %2",
                    "Hello %1,",
                    "Maintenance is scheduled on %1: %2.",
                    "When: %1",
                    "Affected: %1",
                    "What keeps working: %1",
                    "The SLA clocks of your tickets pause during this window.",
                    "The attached invitation puts it in your calendar.",
                    "The attached invitation puts it in your calendar, with a reminder %1 hours "
                    "before.",
                    "The maintenance of %1 planned for %2 is cancelled: %3 will not take place.",
                    "The attached cancellation takes it off your calendar.",
                    "The support team",
                    "%1, %2-%3 (%4)",
                    "%1 %2 to %3 %4 (%5)"};

const Words french{QLocale(QLocale::French, QLocale::France),
                   "Maintenance programmée : %1, %2",
                   "Rappel : maintenance programmée %1, %2",
                   "Ceci est un rappel de la maintenance que nous vous avons annoncée.",
                   "Annulation : maintenance programmée %1, %2",
                   "Bonjour %1,",
                   "Une maintenance est programmée sur %1 : %2.",
                   "Quand : %1",
                   "Impact : %1",
                   "Ce qui continue de fonctionner : %1",
                   "Les délais SLA de vos tickets sont suspendus pendant cette fenêtre.",
                   "L’invitation jointe l’ajoute à votre agenda.",
                   "L’invitation jointe l’ajoute à votre agenda, avec un rappel %1 heures avant.",
                   "La maintenance de %1 prévue le %2 est annulée : %3 n’aura pas lieu.",
                   "L’annulation jointe la retire de votre agenda.",
                   "L’équipe support",
                   "%1, de %2 à %3 (%4)",
                   "du %1 %2 au %3 %4 (%5)"};

QString say(const char *text)
{
    return QString::fromUtf8(text);
}

// When an occurrence runs, as the customer reads it in their zone: "Wednesday 7 January 2026,
// 00:00-06:00 (Europe/Paris)".
QString spanText(const Words &words, Instant start, Instant end, const QString &zoneName)
{
    const date::time_zone *zone = nullptr;
    try {
        zone = date::locate_zone(zoneName.toStdString());
    } catch (const std::exception &) {
        zone = date::locate_zone("UTC");
    }
    const auto local = [&](Instant t) {
        const LocalTime l = zone->to_local(t);
        const date::local_days day = date::floor<date::days>(l);
        const date::year_month_day ymd{day};
        const date::hh_mm_ss<Seconds> time{l - day};
        return std::pair{QDate(int(ymd.year()),
                               int(unsigned(ymd.month())),
                               int(unsigned(ymd.day()))),
                         QTime(int(time.hours().count()), int(time.minutes().count()))};
    };
    const auto [startDay, startTime] = local(start);
    const auto [endDay, endTime] = local(end);
    const QString dayFormat = QStringLiteral("dddd d MMMM yyyy");
    const QString hours = QStringLiteral("HH:mm");
    const QString name = QString::fromStdString(std::string(zone->name()));
    if (startDay == endDay || (endTime == QTime(0, 0) && startDay.daysTo(endDay) == 1)) {
        return say(words.span)
            .arg(words.locale.toString(startDay, dayFormat),
                 startTime.toString(hours),
                 endTime == QTime(0, 0) && startDay != endDay ? QStringLiteral("24:00")
                                                              : endTime.toString(hours),
                 name);
    }
    return say(words.spanOverMidnight)
        .arg(words.locale.toString(startDay, dayFormat),
             startTime.toString(hours),
             words.locale.toString(endDay, dayFormat),
             endTime.toString(hours),
             name);
}

} // namespace

NoticeComposer::NoticeComposer(QString sender)
    : m_sender(std::move(sender))
{}

MaintenanceNotice NoticeComposer::compose(const MaintenanceWindow &window,
                                          const MaintenanceOccurrence &occurrence,
                                          MaintenanceNotice::Method method,
                                          const NoticeRecipient &recipient,
                                          Seconds reminder,
                                          Instant stamp,
                                          MaintenanceNotice::Kind kind) const
{
    const Words &words = recipient.language == QLatin1String("fr") ? french : english;
    MaintenanceNotice notice;
    notice.windowUid = window.uid;
    notice.recurrenceId = occurrence.recurrenceId;
    notice.start = occurrence.start;
    notice.end = occurrence.end;
    notice.method = method;
    notice.sequence = std::max(window.version - 1, 0);
    notice.recipient = recipient;
    const bool cancel = method == MaintenanceNotice::Method::Cancel;
    // A reminder is a cancellation's opposite: only an occurrence that takes place has one.
    notice.kind = cancel ? MaintenanceNotice::Kind::Notice : kind;
    const bool reminding = notice.kind == MaintenanceNotice::Kind::Reminder;
    if (!cancel && !reminding && reminder.count() > 0)
        notice.reminderAt = occurrence.start - reminder;

    const QString when = spanText(words, occurrence.start, occurrence.end, recipient.timeZone);
    notice.subject = cancel      ? say(words.cancelSubject).arg(window.title, when)
                     : reminding ? say(words.reminderSubject).arg(window.title, when)
                                 : say(words.requestSubject).arg(window.title, when);
    QStringList lines{say(words.greeting).arg(recipient.name), QString()};
    if (reminding)
        lines << say(words.reminding) << QString();
    if (cancel) {
        lines << say(words.cancelled).arg(window.platform, when, window.title) << QString()
              << say(words.attachedCancel);
    } else {
        lines << say(words.scheduled).arg(window.platform, window.title) << QString()
              << say(words.when).arg(when);
        if (const QString affected = window.affectedIn(recipient.language); !affected.isEmpty())
            lines << say(words.affected).arg(affected);
        if (const QString keeps = window.keepsWorkingIn(recipient.language); !keeps.isEmpty())
            lines << say(words.keepsWorking).arg(keeps);
        if (window.pausesSla)
            lines << say(words.pauses);
        lines << QString();
        const qint64 hours = reminder.count() / 3600;
        lines << (reminder.count() > 0 && !reminding
                      ? say(words.attachedRemind)
                            .arg(words.locale.toString(reminder.count() % 3600 == 0
                                                           ? double(hours)
                                                           : double(reminder.count()) / 3600.0))
                      : say(words.attached));
    }
    lines << QString() << say(words.signature);
    notice.body = lines.join(u'\n') + u'\n';

    ICalendarFile::Invitation invitation;
    invitation.window = &window;
    invitation.recurrenceId = occurrence.recurrenceId;
    invitation.start = occurrence.start;
    invitation.end = occurrence.end;
    invitation.cancel = cancel;
    invitation.sequence = notice.sequence;
    invitation.reminder = cancel ? Seconds{0} : reminder;
    invitation.summary = notice.subject;
    invitation.description = notice.body;
    invitation.organizer = MailText::splitSender(m_sender).second;
    invitation.attendee = recipient.email;
    invitation.attendeeName = recipient.name;
    invitation.stamp = stamp;
    notice.calendar = ICalendarFile::writeInvitation(invitation);
    return notice;
}

QByteArray NoticeComposer::eml(const MaintenanceNotice &notice, Instant date) const
{
    const QByteArray method = noticeMethodKey(notice.method).toLatin1();
    // Names the same notice the same way each time it is written: its occurrence, customer
    // and sequence.
    const QByteArray key = QCryptographicHash::hash((notice.windowUid + u'\n'
                                                     + formatLocalTime(notice.recurrenceId) + u'\n'
                                                     + QString::number(notice.recipient.customerId)
                                                     + u'\n' + QString::number(notice.sequence)
                                                     + u'\n' + QString::fromLatin1(method))
                                                        .toUtf8(),
                                                    QCryptographicHash::Sha1)
                               .toHex()
                               .left(24);
    const QByteArray boundary = "=_hourglass_" + key;
    const auto [senderName, senderAddress] = MailText::splitSender(m_sender);
    QByteArray out;
    out += "From: " + MailText::mailbox(senderName, senderAddress) + "\r\n";
    if (!notice.recipient.email.isEmpty())
        out += "To: " + MailText::mailbox(notice.recipient.name, notice.recipient.email) + "\r\n";
    out += "Subject: " + MailText::headerText(notice.subject) + "\r\n";
    out += "Date: " + MailText::rfc5322Date(date) + "\r\n";
    out += "Message-ID: <notice-" + key + "@hourglass>\r\n";
    out += "Content-Language: "
           + (notice.recipient.language == QLatin1String("fr") ? QByteArray("fr") : QByteArray("en"))
           + "\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n";
    out += "\r\n";
    out += "This is a message in MIME format.\r\n";
    out += "\r\n--" + boundary + "\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\n";
    out += "Content-Transfer-Encoding: base64\r\n\r\n";
    QByteArray text = notice.body.toUtf8();
    text.replace("\n", "\r\n");
    out += MailText::base64Lines(text);
    out += "\r\n--" + boundary + "\r\n";
    out += "Content-Type: text/calendar; charset=UTF-8; method=" + method
           + "; name=\"maintenance.ics\"\r\n";
    out += "Content-Disposition: attachment; filename=\"maintenance.ics\"\r\n";
    out += "Content-Transfer-Encoding: base64\r\n\r\n";
    out += MailText::base64Lines(notice.calendar);
    out += "\r\n--" + boundary + "--\r\n";
    return out;
}

QUrl NoticeComposer::mailto(const MaintenanceNotice &notice)
{
    QString body = notice.body;
    body.replace(u'\n', QLatin1String("\r\n"));
    const QByteArray url = "mailto:" + QUrl::toPercentEncoding(notice.recipient.email, "@")
                           + "?subject=" + QUrl::toPercentEncoding(notice.subject)
                           + "&body=" + QUrl::toPercentEncoding(body);
    return QUrl::fromEncoded(url, QUrl::StrictMode);
}

QString noticeMethodKey(MaintenanceNotice::Method method)
{
    return method == MaintenanceNotice::Method::Cancel ? QStringLiteral("CANCEL")
                                                       : QStringLiteral("REQUEST");
}

QString noticeKindKey(MaintenanceNotice::Kind kind)
{
    return kind == MaintenanceNotice::Kind::Reminder ? QStringLiteral("reminder")
                                                     : QStringLiteral("notice");
}

QString noticeDeliveryKey(NoticeRecord::Delivery delivery)
{
    return delivery == NoticeRecord::Delivery::Mailto ? QStringLiteral("mailto")
                                                      : QStringLiteral("eml");
}

NoticeRecord NoticeRecord::of(const MaintenanceNotice &notice,
                              Delivery delivery,
                              const QString &file)
{
    NoticeRecord record;
    record.windowUid = notice.windowUid;
    record.occurrenceStart = notice.start;
    record.recurrenceId = notice.recurrenceId;
    record.customerId = notice.recipient.customerId;
    record.address = notice.recipient.email;
    record.language = notice.recipient.language;
    record.timeZone = notice.recipient.timeZone;
    record.method = notice.method;
    record.kind = notice.kind;
    record.sequence = notice.sequence;
    record.delivery = delivery;
    record.file = file;
    record.reminderAt = notice.reminderAt;
    return record;
}

} // namespace hourglass
