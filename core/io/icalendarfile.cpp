// Maintenance windows as iCalendar (RFC 5545) files, read and written with libical.
#include "io/icalendarfile.h"

#include "io/filereading.h"
#include "io/inputerror.h"
#include "maintenance/icallocaltime.h"
#include "maintenance/maintenanceexpander.h"
#include "maintenance/maintenanceservice.h"
#include "time/businesscalendar.h"

#include <QCoreApplication>
#include <QHash>

#include <date/tz.h>
#include <libical/ical.h>

#include <map>
#include <memory>
#include <vector>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::ICalendarFile)
};

struct ComponentFree
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

const char xPlatform[] = "X-HOURGLASS-PLATFORM";
const char xAffected[] = "X-HOURGLASS-AFFECTED";
const char xKeepsWorking[] = "X-HOURGLASS-KEEPS-WORKING";
const char xAffectedFr[] = "X-HOURGLASS-AFFECTED-FR";
const char xKeepsWorkingFr[] = "X-HOURGLASS-KEEPS-WORKING-FR";
const char xPausesSla[] = "X-HOURGLASS-PAUSES-SLA";
const char xHolidayRule[] = "X-HOURGLASS-HOLIDAY-RULE";
const char xHolidayCalendar[] = "X-HOURGLASS-HOLIDAY-CALENDAR";

// Deeper than any calendar nests (VCALENDAR > VTIMEZONE > STANDARD, VEVENT > VALARM).
constexpr int deepestNesting = 8;

// ---- Writing -------------------------------------------------------------------------------

QByteArray utf8(const QString &text)
{
    QString lines = text;
    lines.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return lines.toUtf8();
}

// The component as content lines. libical 3.0.16 folds a line whose length falls on a fold
// boundary into "…\r\r\n \n", a stray carriage return no reader takes: its lines are unfolded
// here and folded again at 75 octets, never inside a UTF-8 sequence (RFC 5545, 3.1).
QByteArray serialized(icalcomponent *component)
{
    char *text = icalcomponent_as_ical_string_r(component);
    const QByteArray raw(text);
    icalmemory_free_buffer(text);
    QList<QByteArray> lines;
    for (QByteArray physical : raw.split('\n')) {
        while (physical.endsWith('\r'))
            physical.chop(1);
        if (!physical.isEmpty() && (physical.front() == ' ' || physical.front() == '\t')
            && !lines.isEmpty()) {
            lines.back() += physical.mid(1);
            continue;
        }
        if (!physical.isEmpty())
            lines.append(physical);
    }
    constexpr qsizetype octets = 75;
    QByteArray result;
    result.reserve(raw.size());
    for (const QByteArray &line : std::as_const(lines)) {
        qsizetype from = 0;
        while (true) {
            const qsizetype room = from == 0 ? octets : octets - 1; // a continuation's space
            if (from > 0)
                result += ' ';
            if (line.size() - from <= room) {
                result += line.mid(from);
                result += "\r\n";
                break;
            }
            qsizetype cut = from + room;
            while (cut > from + 1 && (uchar(line.at(cut)) & 0xC0) == 0x80)
                --cut;
            result += line.mid(from, cut - from);
            result += "\r\n";
            from = cut;
        }
    }
    return result;
}

void addX(icalcomponent *event, const char *name, const QString &value)
{
    if (value.isEmpty())
        return;
    icalproperty *p = icalproperty_new_x(utf8(value).constData());
    icalproperty_set_x_name(p, name);
    icalcomponent_add_property(event, p);
}

// A date-time property in the window's zone: TZID=zone, or UTC written with its Z.
template<typename Make>
void addTime(icalcomponent *event, Make make, LocalTime t, const QString &zone)
{
    icaltimetype time = toIcal(t);
    const bool utc = zone == QLatin1String("UTC");
    if (utc)
        time.zone = icaltimezone_get_utc_timezone();
    icalproperty *p = make(time);
    if (!utc)
        icalproperty_add_parameter(p, icalparameter_new_tzid(zone.toUtf8().constData()));
    icalcomponent_add_property(event, p);
}

icalproperty *makeRdate(icaltimetype time)
{
    icaldatetimeperiodtype value;
    value.time = time;
    value.period = icalperiodtype_null_period();
    return icalproperty_new_rdate(value);
}

icalcomponent *timezoneComponent(const QString &zone, LocalTime earliest)
{
    icaltimezone *builtin = icaltimezone_get_builtin_timezone(zone.toUtf8().constData());
    if (!builtin)
        return nullptr;
    icalcomponent *source = icaltimezone_get_component(builtin);
    if (!source)
        return nullptr;
    icalcomponent *vtimezone = icalcomponent_new_clone(source);
    // From a year before the first start on: the centuries before are of no use to anyone.
    const Instant from = MaintenanceExpander::resolve(zone, earliest) - date::days{366};
    icaltimetype start = toIcal(LocalTime{from.time_since_epoch()});
    start.zone = icaltimezone_get_utc_timezone();
    icaltimezone_truncate_vtimezone(vtimezone, start, icaltime_null_time(), 0);
    // libical names its zones "/freeassociation.sourceforge.net/Europe/Paris": use the IANA
    // name the events' TZID parameters carry.
    if (icalproperty *tzid = icalcomponent_get_first_property(vtimezone, ICAL_TZID_PROPERTY))
        icalproperty_set_tzid(tzid, zone.toUtf8().constData());
    return vtimezone;
}

QString describeForPeople(const MaintenanceWindow &window)
{
    QStringList parts;
    if (!window.affected.isEmpty())
        parts.append(window.affected);
    if (!window.keepsWorking.isEmpty())
        parts.append(window.keepsWorking);
    if (!window.affectedFr.isEmpty())
        parts.append(window.affectedFr);
    if (!window.keepsWorkingFr.isEmpty())
        parts.append(window.keepsWorkingFr);
    return parts.join(QLatin1Char('\n'));
}

icalcomponent *newEvent(const MaintenanceWindow &window, Instant stamp)
{
    icalcomponent *event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
    icalcomponent_add_property(event, icalproperty_new_uid(utf8(window.uid).constData()));
    icalcomponent_add_property(event,
                               icalproperty_new_dtstamp(
                                   icaltime_from_timet_with_zone(time_t(toEpoch(stamp)),
                                                                 0,
                                                                 icaltimezone_get_utc_timezone())));
    icalcomponent_add_property(event, icalproperty_new_summary(utf8(window.title).constData()));
    return event;
}

} // namespace

QByteArray ICalendarFile::write(const QList<MaintenanceWindow> &windows, Instant stamp)
{
    icalerror_set_errors_are_fatal(0);
    Component calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(),
                               icalproperty_new_prodid("-//Hourglass//Maintenance calendar//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));

    std::map<QString, LocalTime> zones;
    for (const MaintenanceWindow &window : windows) {
        if (window.zone == QLatin1String("UTC"))
            continue;
        auto found = zones.find(window.zone);
        if (found == zones.end())
            zones.emplace(window.zone, window.start);
        else
            found->second = std::min(found->second, window.start);
    }
    for (const auto &[zone, earliest] : zones) {
        if (icalcomponent *vtimezone = timezoneComponent(zone, earliest))
            icalcomponent_add_component(calendar.get(), vtimezone);
    }

    for (const MaintenanceWindow &window : windows) {
        icalcomponent *event = newEvent(window, stamp);
        addTime(event, icalproperty_new_dtstart, window.start, window.zone);
        if (window.end == WindowEnd::WallClock) {
            addTime(event, icalproperty_new_dtend, window.localEndOf(window.start), window.zone);
        } else {
            icalcomponent_add_property(event,
                                       icalproperty_new_duration(
                                           icaldurationtype_from_int(int(window.length.count()))));
        }
        if (!window.rrule.isEmpty()) {
            const QByteArray rule = window.rrule.toUtf8();
            icalcomponent_add_property(event,
                                       icalproperty_new_rrule(
                                           icalrecurrencetype_from_string(rule.constData())));
        }
        for (LocalTime t : window.exdates)
            addTime(event, icalproperty_new_exdate, t, window.zone);
        for (LocalTime t : window.rdates)
            addTime(event, makeRdate, t, window.zone);
        icalcomponent_add_property(event,
                                   icalproperty_new_location(utf8(window.platform).constData()));
        const QString description = describeForPeople(window);
        if (!description.isEmpty())
            icalcomponent_add_property(event,
                                       icalproperty_new_description(utf8(description).constData()));
        addX(event, xPlatform, window.platform);
        addX(event, xAffected, window.affected);
        addX(event, xKeepsWorking, window.keepsWorking);
        addX(event, xAffectedFr, window.affectedFr);
        addX(event, xKeepsWorkingFr, window.keepsWorkingFr);
        addX(event, xPausesSla, window.pausesSla ? QStringLiteral("TRUE") : QStringLiteral("FALSE"));
        addX(event, xHolidayRule, holidayRuleKey(window.holidayRule));
        addX(event, xHolidayCalendar, window.holidayCalendar);
        icalcomponent_add_component(calendar.get(), event);

        for (const OccurrenceOverride &o : window.overrides) {
            icalcomponent *changed = newEvent(window, stamp);
            addTime(changed, icalproperty_new_recurrenceid, o.recurrenceId, window.zone);
            const LocalTime start = o.cancelled ? o.recurrenceId : o.start;
            const LocalTime end = o.cancelled ? window.localEndOf(o.recurrenceId) : o.end;
            addTime(changed, icalproperty_new_dtstart, start, window.zone);
            addTime(changed, icalproperty_new_dtend, end, window.zone);
            if (o.cancelled)
                icalcomponent_add_property(changed, icalproperty_new_status(ICAL_STATUS_CANCELLED));
            icalcomponent_add_component(calendar.get(), changed);
        }
    }

    return serialized(calendar.get());
}

QByteArray ICalendarFile::writeEvents(const QList<TimedEvent> &events,
                                      const QString &zone,
                                      const QString &product,
                                      Instant stamp)
{
    icalerror_set_errors_are_fatal(0);
    Component calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    const QByteArray prodid = "-//Hourglass//" + utf8(product) + "//EN";
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid(prodid.constData()));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    const date::time_zone &tz = MaintenanceWindow::zoneNamed(zone);
    const bool utc = zone == QLatin1String("UTC");
    if (!utc && !events.isEmpty()) {
        Instant earliest = events.constFirst().start;
        for (const TimedEvent &e : events)
            earliest = std::min(earliest, e.start);
        if (icalcomponent *vtimezone = timezoneComponent(zone, tz.to_local(earliest)))
            icalcomponent_add_component(calendar.get(), vtimezone);
    }
    const auto addInstant = [&](icalcomponent *event, auto make, Instant t) {
        const LocalTime local = tz.to_local(t);
        // The second of a repeated hour reads back as the first: say it in UTC.
        const bool exact = utc || MaintenanceExpander::resolve(zone, local) == t;
        addTime(event,
                make,
                exact ? local : LocalTime{t.time_since_epoch()},
                exact ? zone : QStringLiteral("UTC"));
    };
    for (const TimedEvent &e : events) {
        icalcomponent *event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
        icalcomponent_add_property(event, icalproperty_new_uid(utf8(e.uid).constData()));
        icalcomponent_add_property(event,
                                   icalproperty_new_dtstamp(icaltime_from_timet_with_zone(
                                       time_t(toEpoch(stamp)), 0, icaltimezone_get_utc_timezone())));
        icalcomponent_add_property(event, icalproperty_new_summary(utf8(e.summary).constData()));
        if (!e.description.isEmpty())
            icalcomponent_add_property(event,
                                       icalproperty_new_description(
                                           utf8(e.description).constData()));
        addInstant(event, icalproperty_new_dtstart, e.start);
        addInstant(event, icalproperty_new_dtend, e.end);
        icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_OPAQUE));
        icalcomponent_add_component(calendar.get(), event);
    }
    return serialized(calendar.get());
}

QString ICalendarFile::invitationUid(const QString &windowUid, LocalTime recurrenceId)
{
    return QString::fromStdString(date::format("%Y%m%dT%H%M%S/", recurrenceId)) + windowUid;
}

QByteArray ICalendarFile::writeInvitation(const Invitation &invitation)
{
    icalerror_set_errors_are_fatal(0);
    const MaintenanceWindow &window = *invitation.window;
    Component calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(),
                               icalproperty_new_prodid("-//Hourglass//Maintenance notice//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(calendar.get(),
                               icalproperty_new_method(invitation.cancel ? ICAL_METHOD_CANCEL
                                                                         : ICAL_METHOD_REQUEST));
    const date::time_zone &zone = MaintenanceWindow::zoneNamed(window.zone);
    const LocalTime localStart = zone.to_local(invitation.start);
    const LocalTime localEnd = zone.to_local(invitation.end);
    if (window.zone != QLatin1String("UTC")) {
        if (icalcomponent *vtimezone = timezoneComponent(window.zone, localStart))
            icalcomponent_add_component(calendar.get(), vtimezone);
    }

    MaintenanceWindow named = window;
    named.uid = invitationUid(window.uid, invitation.recurrenceId);
    named.title = invitation.summary;
    icalcomponent *event = newEvent(named, invitation.stamp);
    icalcomponent_add_property(event, icalproperty_new_sequence(invitation.sequence));
    addTime(event, icalproperty_new_dtstart, localStart, window.zone);
    addTime(event, icalproperty_new_dtend, localEnd, window.zone);
    icalcomponent_add_property(event, icalproperty_new_location(utf8(window.platform).constData()));
    if (!invitation.description.isEmpty())
        icalcomponent_add_property(event,
                                   icalproperty_new_description(
                                       utf8(invitation.description).constData()));
    icalcomponent_add_property(event,
                               icalproperty_new_status(invitation.cancel ? ICAL_STATUS_CANCELLED
                                                                         : ICAL_STATUS_CONFIRMED));
    // An outage is no meeting to accept: it shows as free time, and nobody is asked to reply.
    icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
    if (!invitation.organizer.isEmpty()) {
        const QByteArray address = "mailto:" + utf8(invitation.organizer);
        icalcomponent_add_property(event, icalproperty_new_organizer(address.constData()));
    }
    if (!invitation.attendee.isEmpty()) {
        const QByteArray address = "mailto:" + utf8(invitation.attendee);
        icalproperty *attendee = icalproperty_new_attendee(address.constData());
        if (!invitation.attendeeName.isEmpty())
            icalproperty_add_parameter(attendee,
                                       icalparameter_new_cn(
                                           utf8(invitation.attendeeName).constData()));
        icalproperty_add_parameter(attendee, icalparameter_new_rsvp(ICAL_RSVP_FALSE));
        icalcomponent_add_property(event, attendee);
    }
    if (!invitation.cancel && invitation.reminder.count() > 0) {
        icalcomponent *alarm = icalcomponent_new(ICAL_VALARM_COMPONENT);
        icalcomponent_add_property(alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY));
        icaltriggertype trigger;
        trigger.time = icaltime_null_time();
        trigger.duration = icaldurationtype_from_int(-int(invitation.reminder.count()));
        icalcomponent_add_property(alarm, icalproperty_new_trigger(trigger));
        icalcomponent_add_property(alarm,
                                   icalproperty_new_description(
                                       utf8(invitation.summary).constData()));
        icalcomponent_add_component(event, alarm);
    }
    icalcomponent_add_component(calendar.get(), event);

    return serialized(calendar.get());
}

// ---- Reading -------------------------------------------------------------------------------

namespace {

// A TEXT value as people mean it, without white space around it: libical reads an unknown escape
// such as \i as a space and drops the spaces a line begins or ends with, so a value that kept
// them would not read back the same from the file we write.
QString textOf(const char *value)
{
    return QString::fromUtf8(value ? value : "").trimmed();
}

struct Property
{
    int line = 0;
    Component holder;                   // the VCALENDAR libical read the line into; owns `values`
    std::vector<icalproperty *> values; // a list such as EXDATE:a,b gives one per value
};

struct Node
{
    QString name;
    int line = 0;
    std::vector<Property> properties;
    std::vector<Node> children;
};

// A DTSTART, DTEND, RECURRENCE-ID, EXDATE or RDATE value.
struct Timed
{
    icaltimetype time;
    QString tzid;
    int line = 0;
};

// What one VEVENT says, before it becomes a window or an override.
struct Event
{
    int line = 0;
    QString uid;
    QString summary;
    int summaryLine = 0;
    std::optional<Timed> start;
    std::optional<Timed> end;
    std::optional<Seconds> duration;
    int durationLine = 0;
    std::optional<Timed> recurrenceId;
    QString rrule;
    int rruleLine = 0;
    QList<Timed> exdates;
    QList<Timed> rdates;
    bool cancelled = false;
    QString location;
    QString description;
    QHash<QString, QString> x; // X-HOURGLASS-* values
    QHash<QString, int> xLines;
};

class Reader
{
public:
    explicit Reader(const QString &fileName)
        : m_file(fileName)
    {}

    [[noreturn]] void fail(int line, const QString &problem) const
    {
        throw InputError(m_file, Tr::tr("line %1").arg(line), problem);
    }

    std::vector<Node> structure(const QByteArray &bytes) const;
    QList<MaintenanceWindow> windows(const std::vector<Node> &calendars) const;

private:
    Property property(int line, const QByteArray &text) const;
    Event event(const Node &node) const;
    Timed timed(icalproperty *p, icaltimetype time, int line) const;
    const date::time_zone &zoneOf(const QString &tzid, int line) const;
    LocalTime localIn(const Timed &t, const date::time_zone &zone) const;

    QString m_file;
};

Property Reader::property(int line, const QByteArray &text) const
{
    // libical reads one property at a time inside a calendar of its own, as its own
    // icalproperty_new_from_string does; so every error it finds is on this line.
    const QByteArray wrapped = QByteArrayLiteral("BEGIN:VCALENDAR\r\n") + text
                               + QByteArrayLiteral("\r\nEND:VCALENDAR\r\n");
    Property result;
    result.line = line;
    result.holder.reset(icalparser_parse_string(wrapped.constData()));
    icalerror_clear_errno();
    if (!result.holder)
        fail(line, Tr::tr("libical cannot read this line"));
    for (icalproperty *p = icalcomponent_get_first_property(result.holder.get(), ICAL_ANY_PROPERTY);
         p;
         p = icalcomponent_get_next_property(result.holder.get(), ICAL_ANY_PROPERTY)) {
        if (icalproperty_isa(p) == ICAL_XLICERROR_PROPERTY) {
            const char *why = icalproperty_get_xlicerror(p);
            // "Can't parse as DATE-TIME value in DTSTART property. Removing entire property:
            // 2026" says what it does with the line, which is not what happens here.
            QString reason = QString::fromUtf8(why ? why : "");
            reason.replace(QLatin1String(". Removing entire property:"), QLatin1String(":"));
            fail(line,
                 Tr::tr("libical cannot read this line: %1").arg(InputError::excerpt(reason, 160)));
        }
        result.values.push_back(p);
    }
    if (result.values.empty()
        || icalcomponent_get_first_component(result.holder.get(), ICAL_ANY_COMPONENT))
        fail(line, Tr::tr("libical cannot read this line"));
    return result;
}

std::vector<Node> Reader::structure(const QByteArray &bytes) const
{
    // Content lines: physical lines unfolded (a line starting with a space or a tab continues
    // the one before), each with the number of the line it starts on.
    struct Line
    {
        int number;
        QByteArray text;
    };
    std::vector<Line> lines;
    QByteArray content = bytes;
    if (content.startsWith("\xEF\xBB\xBF"))
        content.remove(0, 3);
    int number = 0;
    qsizetype from = 0;
    while (from < content.size()) {
        qsizetype to = content.indexOf('\n', from);
        if (to < 0)
            to = content.size();
        QByteArray physical = content.mid(from, to - from);
        from = to + 1;
        ++number;
        if (physical.endsWith('\r'))
            physical.chop(1);
        if (!physical.isEmpty() && (physical.front() == ' ' || physical.front() == '\t')) {
            if (lines.empty())
                fail(number, Tr::tr("the file starts with a continuation line"));
            lines.back().text += physical.mid(1);
            continue;
        }
        if (physical.isEmpty())
            continue;
        lines.push_back({number, physical});
    }

    std::vector<Node> roots;
    std::vector<Node *> open;
    for (const Line &line : lines) {
        for (char c : line.text) {
            if ((unsigned char) c < 0x20 && c != '\t')
                fail(line.number, Tr::tr("the line holds a control character"));
            if (c == 0x7f)
                fail(line.number, Tr::tr("the line holds a control character"));
        }
        // Valid UTF-8 is what decodes and encodes back to the same bytes.
        if (QString::fromUtf8(line.text).toUtf8() != line.text)
            fail(line.number, Tr::tr("the line is not UTF-8 text"));
        const qsizetype nameEnd = [&] {
            for (qsizetype i = 0; i < line.text.size(); ++i) {
                if (line.text.at(i) == ';' || line.text.at(i) == ':')
                    return i;
            }
            return line.text.size();
        }();
        const QByteArray propertyName = line.text.left(nameEnd).trimmed().toUpper();
        if (propertyName == "BEGIN" || propertyName == "END") {
            // libical would take "END;X=1:VEVENT" for the end of a component too, out of step
            // with what is read here.
            if (nameEnd >= line.text.size() || line.text.at(nameEnd) != ':')
                fail(line.number, Tr::tr("BEGIN and END take a component name and nothing else"));
            const bool begin = propertyName == "BEGIN";
            const QString name = QString::fromUtf8(line.text.mid(nameEnd + 1)).trimmed().toUpper();
            if (name.isEmpty())
                fail(line.number, Tr::tr("a component without a name"));
            if (begin) {
                if (open.size() >= std::size_t(deepestNesting))
                    fail(line.number, Tr::tr("components nest too deep"));
                if (open.empty() && name != QLatin1String("VCALENDAR"))
                    fail(line.number,
                         Tr::tr("“%1” begins outside a VCALENDAR").arg(InputError::excerpt(name)));
                std::vector<Node> &siblings = open.empty() ? roots : open.back()->children;
                siblings.push_back({name, line.number, {}, {}});
                open.push_back(&siblings.back());
            } else {
                if (open.empty() || open.back()->name != name)
                    fail(line.number,
                         Tr::tr("END:%1 ends no component that began")
                             .arg(InputError::excerpt(name)));
                open.pop_back();
            }
            continue;
        }
        if (open.empty())
            fail(line.number, Tr::tr("a property outside any VCALENDAR"));
        open.back()->properties.push_back(property(line.number, line.text));
    }
    if (!open.empty())
        fail(open.back()->line,
             Tr::tr("BEGIN:%1 never ends").arg(InputError::excerpt(open.back()->name)));
    if (roots.empty())
        fail(std::max(number, 1), Tr::tr("the file holds no VCALENDAR"));
    return roots;
}

Timed Reader::timed(icalproperty *p, icaltimetype time, int line) const
{
    if (time.is_date)
        fail(line, Tr::tr("a date without a time of day: maintenance windows start at a time"));
    Timed result{time, {}, line};
    if (icalparameter *tzid = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER)) {
        const char *name = icalparameter_get_tzid(tzid);
        result.tzid = QString::fromUtf8(name ? name : "");
    }
    return result;
}

const date::time_zone &Reader::zoneOf(const QString &tzid, int line) const
{
    // The IANA name itself, or after a prefix some programs put before it.
    if (BusinessCalendar::isKnownZone(tzid))
        return *date::locate_zone(tzid.toStdString());
    for (qsizetype slash = tzid.indexOf(u'/'); slash >= 0; slash = tzid.indexOf(u'/', slash + 1)) {
        const QString candidate = tzid.mid(slash + 1);
        if (candidate.contains(u'/') && BusinessCalendar::isKnownZone(candidate))
            return *date::locate_zone(candidate.toStdString());
    }
    fail(line,
         Tr::tr("the time zone “%1” is not one of the IANA database").arg(InputError::excerpt(tzid)));
}

LocalTime Reader::localIn(const Timed &t, const date::time_zone &zone) const
{
    const LocalTime local = fromIcal(t.time);
    if (icaltime_is_utc(t.time))
        return zone.to_local(Instant{local.time_since_epoch()});
    if (t.tzid.isEmpty())
        return local; // floating: read in the event's own zone
    const date::time_zone &own = zoneOf(t.tzid, t.line);
    if (&own == &zone)
        return local;
    return zone.to_local(MaintenanceExpander::resolve(QString::fromStdString(own.name()), local));
}

Event Reader::event(const Node &node) const
{
    Event e;
    e.line = node.line;
    QHash<int, int> seen; // single-valued properties, by kind: the line of the first
    const auto once = [&](icalproperty_kind kind, int line, const char *name) {
        if (seen.contains(kind))
            fail(line, Tr::tr("%1 appears twice in one event").arg(QLatin1String(name)));
        seen.insert(kind, line);
    };
    for (const Property &property : node.properties) {
        for (icalproperty *p : property.values) {
            const int line = property.line;
            switch (icalproperty_isa(p)) {
            case ICAL_UID_PROPERTY:
                once(ICAL_UID_PROPERTY, line, "UID");
                e.uid = textOf(icalproperty_get_uid(p));
                break;
            case ICAL_SUMMARY_PROPERTY:
                once(ICAL_SUMMARY_PROPERTY, line, "SUMMARY");
                e.summary = textOf(icalproperty_get_summary(p));
                e.summaryLine = line;
                break;
            case ICAL_DTSTART_PROPERTY:
                once(ICAL_DTSTART_PROPERTY, line, "DTSTART");
                e.start = timed(p, icalproperty_get_dtstart(p), line);
                break;
            case ICAL_DTEND_PROPERTY:
                once(ICAL_DTEND_PROPERTY, line, "DTEND");
                e.end = timed(p, icalproperty_get_dtend(p), line);
                break;
            case ICAL_DURATION_PROPERTY: {
                once(ICAL_DURATION_PROPERTY, line, "DURATION");
                const icaldurationtype d = icalproperty_get_duration(p);
                if (d.is_neg)
                    fail(line, Tr::tr("a negative DURATION"));
                e.duration = Seconds{icaldurationtype_as_int(d)};
                e.durationLine = line;
                break;
            }
            case ICAL_RECURRENCEID_PROPERTY:
                once(ICAL_RECURRENCEID_PROPERTY, line, "RECURRENCE-ID");
                if (icalproperty_get_first_parameter(p, ICAL_RANGE_PARAMETER))
                    fail(line,
                         Tr::tr("RANGE=THISANDFUTURE is not supported: change the window "
                                "itself, or each occurrence"));
                e.recurrenceId = timed(p, icalproperty_get_recurrenceid(p), line);
                break;
            case ICAL_RRULE_PROPERTY: {
                once(ICAL_RRULE_PROPERTY, line, "RRULE");
                icalrecurrencetype rule = icalproperty_get_rrule(p);
                char *text = icalrecurrencetype_as_string_r(&rule);
                e.rrule = QString::fromUtf8(text ? text : "");
                icalmemory_free_buffer(text);
                e.rruleLine = line;
                break;
            }
            case ICAL_EXDATE_PROPERTY:
                e.exdates.append(timed(p, icalproperty_get_exdate(p), line));
                break;
            case ICAL_RDATE_PROPERTY: {
                const icaldatetimeperiodtype value = icalproperty_get_rdate(p);
                if (!icalperiodtype_is_null_period(value.period))
                    fail(line, Tr::tr("an RDATE period is not supported: give its start only"));
                e.rdates.append(timed(p, value.time, line));
                break;
            }
            case ICAL_STATUS_PROPERTY:
                e.cancelled = icalproperty_get_status(p) == ICAL_STATUS_CANCELLED;
                break;
            case ICAL_LOCATION_PROPERTY:
                e.location = textOf(icalproperty_get_location(p));
                break;
            case ICAL_DESCRIPTION_PROPERTY:
                e.description = textOf(icalproperty_get_description(p));
                break;
            case ICAL_X_PROPERTY: {
                const QString name = QString::fromUtf8(icalproperty_get_x_name(p)).toUpper();
                if (!name.startsWith(QLatin1String("X-HOURGLASS-")))
                    break;
                if (e.x.contains(name))
                    fail(line, Tr::tr("%1 appears twice in one event").arg(name));
                e.x.insert(name, textOf(icalproperty_get_x(p)));
                e.xLines.insert(name, line);
                break;
            }
            default:
                break;
            }
        }
    }
    if (e.uid.isEmpty())
        fail(e.line, Tr::tr("the event has no UID"));
    if (!e.start)
        fail(e.line, Tr::tr("the event has no DTSTART"));
    if (e.end && e.duration)
        fail(e.durationLine, Tr::tr("an event has DTEND or DURATION, not both"));
    return e;
}

QList<MaintenanceWindow> Reader::windows(const std::vector<Node> &calendars) const
{
    std::vector<Event> masters;
    std::vector<Event> changes;
    for (const Node &calendar : calendars) {
        for (const Node &node : calendar.children) {
            if (node.name != QLatin1String("VEVENT"))
                continue; // VTIMEZONE and the rest: read as iCalendar above, not used
            Event e = event(node);
            (e.recurrenceId ? changes : masters).push_back(std::move(e));
        }
    }

    QList<MaintenanceWindow> result;
    QHash<QString, qsizetype> byUid;             // master UID -> position in result
    QHash<QString, bool> cancelledUids;          // series left out, whose overrides go with them
    std::vector<QHash<QString, int>> fieldLines; // per window: field -> line
    std::vector<QList<int>> overrideLines;
    for (const Event &e : masters) {
        if (byUid.contains(e.uid) || cancelledUids.contains(e.uid))
            fail(e.line,
                 Tr::tr("a second event with the UID “%1”").arg(InputError::excerpt(e.uid, 80)));
        if (e.cancelled) {
            cancelledUids.insert(e.uid, true);
            continue;
        }
        MaintenanceWindow w;
        QHash<QString, int> lines;
        w.uid = e.uid;
        w.title = e.summary;
        if (e.summaryLine == 0)
            fail(e.line, Tr::tr("the event has no SUMMARY, the window's title"));
        lines.insert(QStringLiteral("title"), e.summaryLine);

        if (icaltime_is_utc(e.start->time))
            w.zone = QStringLiteral("UTC");
        else if (e.start->tzid.isEmpty())
            fail(e.start->line,
                 Tr::tr("DTSTART has no time zone (TZID): a window keeps the "
                        "wall-clock time of one zone"));
        else
            w.zone = QString::fromStdString(zoneOf(e.start->tzid, e.start->line).name());
        const date::time_zone &zone = MaintenanceWindow::zoneNamed(w.zone);
        w.start = localIn(*e.start, zone);
        lines.insert(QStringLiteral("start"), e.start->line);
        lines.insert(QStringLiteral("zone"), e.start->line);

        if (e.end) {
            w.end = WindowEnd::WallClock;
            w.length = localIn(*e.end, zone) - w.start;
            lines.insert(QStringLiteral("length"), e.end->line);
        } else if (e.duration) {
            w.end = WindowEnd::Elapsed;
            w.length = *e.duration;
            lines.insert(QStringLiteral("length"), e.durationLine);
        } else {
            fail(e.line, Tr::tr("the event has neither DTEND nor DURATION: a window lasts a while"));
        }
        w.rrule = e.rrule;
        lines.insert(QStringLiteral("rrule"), e.rruleLine ? e.rruleLine : e.line);
        for (const Timed &t : e.exdates)
            w.exdates.append(localIn(t, zone));
        lines.insert(QStringLiteral("exdates"),
                     e.exdates.isEmpty() ? e.line : e.exdates.constFirst().line);
        lines.insert(QStringLiteral("rdates"),
                     e.rdates.isEmpty() ? e.line : e.rdates.constFirst().line);
        for (const Timed &t : e.rdates)
            w.rdates.append(localIn(t, zone));

        const bool ours = !e.x.isEmpty();
        w.platform = e.x.value(QLatin1String(xPlatform), e.location);
        if (w.platform.isEmpty())
            fail(e.line,
                 Tr::tr("the event names no platform (%1 or LOCATION)")
                     .arg(QLatin1String(xPlatform)));
        lines.insert(QStringLiteral("platform"), e.xLines.value(QLatin1String(xPlatform), e.line));
        // A file of another program says what is affected in its DESCRIPTION; ours says it in
        // X-HOURGLASS-AFFECTED, and its DESCRIPTION is only for people.
        w.affected = ours ? e.x.value(QLatin1String(xAffected)) : e.description;
        lines.insert(QStringLiteral("affected"), e.xLines.value(QLatin1String(xAffected), e.line));
        w.keepsWorking = e.x.value(QLatin1String(xKeepsWorking));
        lines.insert(QStringLiteral("keeps working"),
                     e.xLines.value(QLatin1String(xKeepsWorking), e.line));
        w.affectedFr = e.x.value(QLatin1String(xAffectedFr));
        lines.insert(QStringLiteral("affected (French)"),
                     e.xLines.value(QLatin1String(xAffectedFr), e.line));
        w.keepsWorkingFr = e.x.value(QLatin1String(xKeepsWorkingFr));
        lines.insert(QStringLiteral("keeps working (French)"),
                     e.xLines.value(QLatin1String(xKeepsWorkingFr), e.line));
        if (e.x.contains(QLatin1String(xPausesSla))) {
            const QString value = e.x.value(QLatin1String(xPausesSla)).toUpper();
            if (value != QLatin1String("TRUE") && value != QLatin1String("FALSE"))
                fail(e.xLines.value(QLatin1String(xPausesSla)),
                     Tr::tr("%1 is TRUE or FALSE").arg(QLatin1String(xPausesSla)));
            w.pausesSla = value == QLatin1String("TRUE");
        }
        if (e.x.contains(QLatin1String(xHolidayRule))) {
            const std::optional<HolidayRule> rule = holidayRuleFromKey(
                e.x.value(QLatin1String(xHolidayRule)));
            if (!rule)
                fail(e.xLines.value(QLatin1String(xHolidayRule)),
                     Tr::tr("%1 is keep, skip or next-working-day").arg(QLatin1String(xHolidayRule)));
            w.holidayRule = *rule;
        }
        w.holidayCalendar = e.x.value(QLatin1String(xHolidayCalendar));
        lines.insert(QStringLiteral("holiday calendar"),
                     e.xLines.value(QLatin1String(xHolidayCalendar),
                                    e.xLines.value(QLatin1String(xHolidayRule), e.line)));
        byUid.insert(w.uid, result.size());
        result.append(w);
        fieldLines.push_back(lines);
        overrideLines.emplace_back();
    }

    for (const Event &e : changes) {
        if (cancelledUids.contains(e.uid))
            continue;
        const auto found = byUid.constFind(e.uid);
        if (found == byUid.constEnd())
            fail(e.line,
                 Tr::tr("this event changes one occurrence (RECURRENCE-ID) of “%1”, which the "
                        "file does not hold")
                     .arg(InputError::excerpt(e.uid, 80)));
        MaintenanceWindow &w = result[*found];
        const date::time_zone &zone = MaintenanceWindow::zoneNamed(w.zone);
        OccurrenceOverride o;
        o.recurrenceId = localIn(*e.recurrenceId, zone);
        o.cancelled = e.cancelled;
        if (!o.cancelled) {
            o.start = localIn(*e.start, zone);
            if (e.end)
                o.end = localIn(*e.end, zone);
            else if (e.duration)
                o.end = zone.to_local(MaintenanceExpander::resolve(w.zone, o.start) + *e.duration);
            else
                o.end = w.localEndOf(o.start);
        }
        w.overrides.append(o);
        overrideLines[*found].append(e.line);
    }

    // Validated as the service stores them, each problem on the line that caused it.
    for (qsizetype i = 0; i < result.size(); ++i) {
        try {
            result[i] = MaintenanceService::validated(result.at(i));
        } catch (const InputError &error) {
            int line = fieldLines.at(i).value(error.place(), 0);
            if (error.place().startsWith(QLatin1String("overrides"))) {
                const QList<int> &changed = overrideLines.at(i);
                const qsizetype open = error.place().indexOf(u'[');
                const qsizetype index = open >= 0
                                            ? error.place().mid(open + 1).chopped(1).toLongLong()
                                            : -1;
                line = index >= 0 && index < changed.size()
                           ? changed.at(index)
                           : (changed.isEmpty() ? 0 : changed.constFirst());
            }
            if (line == 0)
                line = fieldLines.at(i).value(QStringLiteral("title"));
            fail(line, error.problem());
        }
    }
    return result;
}

} // namespace

QList<MaintenanceWindow> ICalendarFile::parse(const QString &fileName, const QByteArray &bytes)
{
    icalerror_set_errors_are_fatal(0);
    const Reader reader(fileName);
    return reader.windows(reader.structure(bytes));
}

QList<MaintenanceWindow> ICalendarFile::load(const QString &fileName)
{
    return parse(fileName, FileReading::read(fileName, FileReading::Dash::StandardInput));
}

} // namespace hourglass
