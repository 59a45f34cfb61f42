// Maintenance notices: the .eml parses back (headers, MIME parts, the invitation read by
// libical with its METHOD, SEQUENCE, VTIMEZONE and alarm), the words are the customer's
// language and times their zone, a cancelled occurrence is a CANCEL, and the mailto: link.
#include "maintenance/maintenancepresets.h"
#include "maintenance/noticecomposer.h"
#include "testenvironment.h"

#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

#include <libical/ical.h>

using namespace hourglass;
using namespace std::chrono_literals;

namespace {

struct Part
{
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;                       // decoded
};

struct Message
{
    QHash<QByteArray, QByteArray> headers;
    QList<Part> parts;
};

QHash<QByteArray, QByteArray> readHeaders(const QByteArray &block)
{
    QHash<QByteArray, QByteArray> headers;
    QByteArray name;
    for (const QByteArray &line : block.split('\n')) {
        const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
        if (l.startsWith(' ') || l.startsWith('\t')) { // folded
            headers[name] += l.mid(1);
            continue;
        }
        const qsizetype colon = l.indexOf(':');
        if (colon <= 0)
            continue;
        name = l.left(colon).toLower();
        headers.insert(name, l.mid(colon + 1).trimmed());
    }
    return headers;
}

// RFC 2047 B words, as a mail reader decodes them.
QString decodeWords(const QByteArray &value)
{
    static const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?="));
    QByteArray out;
    qsizetype last = 0;
    const QString text = QString::fromLatin1(value);
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString between = text.mid(last, m.capturedStart() - last);
        if (!between.trimmed().isEmpty())
            out += between.toLatin1();
        out += QByteArray::fromBase64(m.captured(1).toLatin1());
        last = m.capturedEnd();
    }
    out += text.mid(last).toLatin1();
    return QString::fromUtf8(out);
}

Message parse(const QByteArray &eml)
{
    Message message;
    const qsizetype split = eml.indexOf("\r\n\r\n");
    message.headers = readHeaders(eml.left(split));
    static const QRegularExpression boundaryOf(QStringLiteral("boundary=\"([^\"]+)\""));
    const QString boundary
        = boundaryOf.match(QString::fromLatin1(message.headers.value("content-type"))).captured(1);
    if (boundary.isEmpty())
        return message;
    const QByteArray marker = "\r\n--" + boundary.toLatin1();
    const QByteArray body = eml.mid(split + 2);
    qsizetype at = body.indexOf(marker);
    while (at >= 0) {
        const qsizetype start = at + marker.size();
        if (body.mid(start, 2) == "--")
            break;
        const qsizetype next = body.indexOf(marker, start);
        if (next < 0)
            break; // no closing boundary: the test sees fewer parts
        const QByteArray raw = body.mid(start + 2, next - start - 2);
        const qsizetype headersEnd = raw.indexOf("\r\n\r\n");
        Part part;
        part.headers = readHeaders(raw.left(headersEnd));
        part.body = part.headers.value("content-transfer-encoding") == "base64"
                        ? QByteArray::fromBase64(raw.mid(headersEnd + 4))
                        : raw.mid(headersEnd + 4);
        message.parts.append(part);
        at = next;
    }
    return message;
}

struct Calendar
{
    QString method;
    int sequence = -1;
    QString status;
    QString tzid; // of the VTIMEZONE
    QString dtstartTzid;
    QString dtstart;
    QString uid;
    QString attendee;
    int alarmSeconds = 0; // the VALARM's trigger
};

Calendar readCalendar(const QByteArray &ics)
{
    Calendar result;
    icalcomponent *root = icalparser_parse_string(ics.constData());
    if (!root)
        return result;
    if (icalproperty *m = icalcomponent_get_first_property(root, ICAL_METHOD_PROPERTY))
        result.method = QString::fromLatin1(
            icalproperty_method_to_string(icalproperty_get_method(m)));
    if (icalcomponent *tz = icalcomponent_get_first_component(root, ICAL_VTIMEZONE_COMPONENT)) {
        if (icalproperty *p = icalcomponent_get_first_property(tz, ICAL_TZID_PROPERTY))
            result.tzid = QString::fromUtf8(icalproperty_get_tzid(p));
    }
    if (icalcomponent *event = icalcomponent_get_first_component(root, ICAL_VEVENT_COMPONENT)) {
        if (icalproperty *p = icalcomponent_get_first_property(event, ICAL_SEQUENCE_PROPERTY))
            result.sequence = icalproperty_get_sequence(p);
        if (icalproperty *p = icalcomponent_get_first_property(event, ICAL_STATUS_PROPERTY))
            result.status = QString::fromLatin1(
                icalproperty_status_to_string(icalproperty_get_status(p)));
        if (icalproperty *p = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY)) {
            result.dtstart = QString::fromLatin1(
                icaltime_as_ical_string(icalproperty_get_dtstart(p)));
            if (icalparameter *tzid = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER))
                result.dtstartTzid = QString::fromUtf8(icalparameter_get_tzid(tzid));
        }
        result.uid = QString::fromUtf8(icalcomponent_get_uid(event));
        if (icalproperty *p = icalcomponent_get_first_property(event, ICAL_ATTENDEE_PROPERTY))
            result.attendee = QString::fromUtf8(icalproperty_get_attendee(p));
        if (icalcomponent *alarm = icalcomponent_get_first_component(event, ICAL_VALARM_COMPONENT)) {
            if (icalproperty *p = icalcomponent_get_first_property(alarm, ICAL_TRIGGER_PROPERTY))
                result.alarmSeconds = icaldurationtype_as_int(icalproperty_get_trigger(p).duration);
        }
    }
    icalcomponent_free(root);
    return result;
}

} // namespace

class TestNoticeComposer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void emlParsesBack();
    void frenchCustomerInTheirZone();
    void cancelledOccurrence();
    void sequenceFollowsTheWindow();
    void mailtoLink();

private:
    MaintenanceWindow m_window;
    MaintenanceOccurrence m_occurrence;
    NoticeRecipient m_english;
    NoticeRecipient m_french;
    NoticeComposer m_composer{QStringLiteral("Hourglass Support <support@example.com>")};
};

void TestNoticeComposer::initTestCase()
{
    m_window = MaintenancePresets::all().at(0); // NUP, 1st Wednesday, 00:00-06:00 Paris
    m_window.version = 1;
    // Wednesday 4 March 2026, 00:00-06:00 in Paris (winter time: UTC+1).
    m_occurrence.recurrenceId = date::local_days{date::year{2026} / 3 / 4};
    m_occurrence.start = test::at("2026-03-03T23:00:00Z");
    m_occurrence.end = test::at("2026-03-04T05:00:00Z");
    m_english = {7,
                 QStringLiteral("Northwind Logistics"),
                 QStringLiteral("en"),
                 QStringLiteral("America/New_York"),
                 QStringLiteral("ops@northwind.example")};
    m_french = {9,
                QStringLiteral("Brasserie Lumière"),
                QStringLiteral("fr"),
                QStringLiteral("Europe/Paris"),
                QStringLiteral("it@lumiere.example")};
}

void TestNoticeComposer::emlParsesBack()
{
    const MaintenanceNotice notice = m_composer.compose(m_window,
                                                        m_occurrence,
                                                        MaintenanceNotice::Method::Request,
                                                        m_english,
                                                        48h,
                                                        test::at("2026-02-20T10:00:00Z"));
    QCOMPARE(notice.reminderAt, std::optional(test::at("2026-03-01T23:00:00Z")));
    const QByteArray eml = m_composer.eml(notice, test::at("2026-02-20T10:00:00Z"));
    // Lines end in CRLF and none is longer than RFC 5322's 998.
    for (const QByteArray &line : eml.split('\n')) {
        QVERIFY(line.isEmpty() || line.endsWith('\r'));
        QVERIFY(line.size() <= 999);
    }
    const Message message = parse(eml);
    QCOMPARE(message.headers.value("from"), "\"Hourglass Support\" <support@example.com>");
    QCOMPARE(message.headers.value("to"), "\"Northwind Logistics\" <ops@northwind.example>");
    QCOMPARE(message.headers.value("date"), "Fri, 20 Feb 2026 10:00:00 +0000");
    QCOMPARE(message.headers.value("mime-version"), "1.0");
    QVERIFY(message.headers.value("message-id").startsWith("<notice-"));
    QVERIFY(message.headers.value("content-type").startsWith("multipart/mixed; boundary="));
    QCOMPARE(decodeWords(message.headers.value("subject")), notice.subject);
    QCOMPARE(message.parts.size(), 2);

    const Part &text = message.parts.at(0);
    QCOMPARE(text.headers.value("content-type"), "text/plain; charset=UTF-8");
    const QString body = QString::fromUtf8(text.body);
    QVERIFY2(body.startsWith(QStringLiteral("Hello Northwind Logistics,\r\n")), qPrintable(body));
    // New York is five hours behind Paris: the evening before, up to midnight.
    QVERIFY2(body.contains(QStringLiteral("When: Tuesday 3 March 2026, 18:00-24:00 "
                                          "(America/New_York)")),
             qPrintable(body));
    QVERIFY(body.contains(QStringLiteral("The SLA clocks of your tickets pause")));
    QVERIFY(body.contains(QStringLiteral("with a reminder 48 hours before")));

    const Part &ics = message.parts.at(1);
    QVERIFY(ics.headers.value("content-type")
                .startsWith("text/calendar; charset=UTF-8; "
                            "method=REQUEST"));
    QVERIFY(ics.headers.value("content-disposition").startsWith("attachment;"));
    QCOMPARE(ics.body, notice.calendar);
    const Calendar calendar = readCalendar(ics.body);
    QCOMPARE(calendar.method, QStringLiteral("REQUEST"));
    QCOMPARE(calendar.sequence, 0);
    QCOMPARE(calendar.status, QStringLiteral("CONFIRMED"));
    QCOMPARE(calendar.tzid, QStringLiteral("Europe/Paris"));
    QCOMPARE(calendar.dtstartTzid, QStringLiteral("Europe/Paris"));
    QCOMPARE(calendar.dtstart, QStringLiteral("20260304T000000"));
    QCOMPARE(calendar.uid, QStringLiteral("20260304T000000/nup-first-wednesday@presets.hourglass"));
    QCOMPARE(calendar.attendee, QStringLiteral("mailto:ops@northwind.example"));
    QCOMPARE(calendar.alarmSeconds, -48 * 3600);
}

void TestNoticeComposer::frenchCustomerInTheirZone()
{
    const MaintenanceNotice notice = m_composer.compose(m_window,
                                                        m_occurrence,
                                                        MaintenanceNotice::Method::Request,
                                                        m_french,
                                                        24h,
                                                        test::at("2026-02-20T10:00:00Z"));
    QCOMPARE(notice.subject,
             QStringLiteral("Maintenance programmée : NUP control plane, mercredi 4 mars 2026, "
                            "de 00:00 à 06:00 (Europe/Paris)"));
    QVERIFY2(notice.body.startsWith(QStringLiteral("Bonjour Brasserie Lumière,\n")),
             qPrintable(notice.body));
    QVERIFY(notice.body.contains(QStringLiteral("Une maintenance est programmée sur NUP")));
    QVERIFY(notice.body.contains(QStringLiteral("avec un rappel 24 heures avant")));
    const Message message = parse(m_composer.eml(notice, test::at("2026-02-20T10:00:00Z")));
    QCOMPARE(message.headers.value("content-language"), "fr");
    // Non-ASCII headers travel as encoded words and read back whole.
    QVERIFY(message.headers.value("subject").startsWith("=?UTF-8?B?"));
    QCOMPARE(decodeWords(message.headers.value("subject")), notice.subject);
    QCOMPARE(decodeWords(message.headers.value("to")),
             QStringLiteral("Brasserie Lumière <it@lumiere.example>"));
    QCOMPARE(QString::fromUtf8(message.parts.at(0).body).replace(QLatin1String("\r\n"), "\n"),
             notice.body);
}

void TestNoticeComposer::cancelledOccurrence()
{
    MaintenanceWindow cancelled = m_window;
    cancelled.version = 2; // the cancellation is a change of the window
    const MaintenanceNotice notice = m_composer.compose(cancelled,
                                                        m_occurrence,
                                                        MaintenanceNotice::Method::Cancel,
                                                        m_french,
                                                        48h,
                                                        test::at("2026-02-21T10:00:00Z"));
    QVERIFY(!notice.reminderAt);
    QVERIFY(notice.subject.startsWith(QStringLiteral("Annulation : ")));
    QVERIFY(notice.body.contains(QStringLiteral("est annulée")));
    const Message message = parse(m_composer.eml(notice, test::at("2026-02-21T10:00:00Z")));
    QVERIFY(message.parts.at(1).headers.value("content-type").contains("method=CANCEL"));
    const Calendar calendar = readCalendar(message.parts.at(1).body);
    QCOMPARE(calendar.method, QStringLiteral("CANCEL"));
    QCOMPARE(calendar.status, QStringLiteral("CANCELLED"));
    QCOMPARE(calendar.sequence, 1);
    QCOMPARE(calendar.alarmSeconds, 0); // no reminder of what will not happen
    // The same event as the invitation it calls off.
    QCOMPARE(calendar.uid, QStringLiteral("20260304T000000/nup-first-wednesday@presets.hourglass"));
}

void TestNoticeComposer::sequenceFollowsTheWindow()
{
    int previous = -1;
    for (int version = 1; version <= 4; ++version) {
        MaintenanceWindow changed = m_window;
        changed.version = version;
        const MaintenanceNotice notice = m_composer.compose(changed,
                                                            m_occurrence,
                                                            MaintenanceNotice::Method::Request,
                                                            m_english,
                                                            0s,
                                                            test::at("2026-02-20T10:00:00Z"));
        const Calendar calendar = readCalendar(notice.calendar);
        QCOMPARE(calendar.sequence, notice.sequence);
        QVERIFY(calendar.sequence > previous);
        previous = calendar.sequence;
        QCOMPARE(calendar.alarmSeconds, 0); // no reminder asked
    }
}

void TestNoticeComposer::mailtoLink()
{
    const MaintenanceNotice notice = m_composer.compose(m_window,
                                                        m_occurrence,
                                                        MaintenanceNotice::Method::Request,
                                                        m_french,
                                                        48h,
                                                        test::at("2026-02-20T10:00:00Z"));
    const QUrl url = NoticeComposer::mailto(notice);
    QVERIFY(url.isValid());
    QCOMPARE(url.scheme(), QStringLiteral("mailto"));
    QCOMPARE(url.path(), QStringLiteral("it@lumiere.example"));
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded), notice.subject);
    QCOMPARE(query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded),
             QString(notice.body).replace(u'\n', QLatin1String("\r\n")));
}

QTEST_GUILESS_MAIN(TestNoticeComposer)
#include "tst_noticecomposer.moc"
