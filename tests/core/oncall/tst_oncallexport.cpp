// Shifts as iCalendar: one file per person or for the whole rotation, read back with libical,
// with the rotation's VTIMEZONE and wall-clock times that stay 09:00 across a change.
#include "oncall/oncallservice.h"
#include "testenvironment.h"

#include <QTest>

#include <libical/ical.h>

using namespace hourglass;
using test::at;

namespace {

date::local_days day(int y, unsigned m, unsigned d)
{
    return date::local_days{date::year{y} / date::month{m} / date::day{d}};
}

OnCallSchedule seed()
{
    Rotation r = OnCallService::afterHoursPreset({"p1", "p2", "p3", "p4", "p5"}, day(2026, 1, 5));
    r.id = 3;
    return OnCallSchedule({{1, at("2025-12-01T00:00:00Z"), QStringLiteral("admin"), r}});
}

struct Event
{
    QString summary;
    QString start; // as written, with its TZID
    QString end;
};

QList<Event> eventsOf(const QByteArray &ics, QString *timezone)
{
    icalcomponent *calendar = icalparser_parse_string(ics.constData());
    if (!calendar)
        return {};
    QList<Event> events;
    for (icalcomponent *c = icalcomponent_get_first_component(calendar, ICAL_ANY_COMPONENT); c;
         c = icalcomponent_get_next_component(calendar, ICAL_ANY_COMPONENT)) {
        if (icalcomponent_isa(c) == ICAL_VTIMEZONE_COMPONENT) {
            *timezone = QString::fromUtf8(
                icalproperty_get_tzid(icalcomponent_get_first_property(c, ICAL_TZID_PROPERTY)));
            continue;
        }
        if (icalcomponent_isa(c) != ICAL_VEVENT_COMPONENT)
            continue;
        const auto written = [&](icalproperty_kind kind) {
            icalproperty *p = icalcomponent_get_first_property(c, kind);
            icalparameter *tzid = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER);
            return QStringLiteral("%1 %2")
                .arg(tzid ? QString::fromUtf8(icalparameter_get_tzid(tzid)) : QStringLiteral("-"),
                     QString::fromUtf8(icaltime_as_ical_string(icalproperty_get_dtstart(p))));
        };
        events.append({QString::fromUtf8(icalcomponent_get_summary(c)),
                       written(ICAL_DTSTART_PROPERTY),
                       written(ICAL_DTEND_PROPERTY)});
    }
    icalcomponent_free(calendar);
    return events;
}

} // namespace

class TestOnCallExport : public QObject
{
    Q_OBJECT

private slots:
    void onePersonsShifts();
    void wholeRotation();
};

void TestOnCallExport::onePersonsShifts()
{
    const OnCallSchedule schedule = seed();
    const QByteArray ics = OnCallService::exportIcs(schedule,
                                                    at("2026-03-02T14:00:00Z"),
                                                    at("2026-03-09T13:00:00Z"),
                                                    QStringLiteral("p5"),
                                                    {{"p5", "Eve Five"}},
                                                    at("2026-02-01T00:00:00Z"));
    QString timezone;
    const QList<Event> events = eventsOf(ics, &timezone);
    QCOMPARE(timezone, QStringLiteral("America/Toronto"));
    // Week 8 (from 03-02): p4 is prime, p5 the first secondary, for the 167 h week.
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0).summary, QStringLiteral("On call for AirVM after-hours (secondary 1)"));
    QCOMPARE(events.at(0).start, QStringLiteral("America/Toronto 20260302T090000"));
    QCOMPARE(events.at(0).end, QStringLiteral("America/Toronto 20260309T090000"));
    QVERIFY(ics.contains("UID:oncall-3-"));
    QVERIFY(ics.contains("TRANSP:OPAQUE"));
}

void TestOnCallExport::wholeRotation()
{
    const OnCallSchedule schedule = seed();
    const Instant from = at("2026-01-05T14:00:00Z");
    const Instant to = at("2026-02-02T14:00:00Z");
    const QByteArray ics
        = OnCallService::exportIcs(schedule, from, to, QString(), {{"p1", "Ann One"}}, from);
    QString timezone;
    const QList<Event> events = eventsOf(ics, &timezone);
    // Four weeks, a prime and four secondaries each.
    QCOMPARE(events.size(), 20);
    QCOMPARE(events.at(0).summary, QStringLiteral("AirVM after-hours: Ann One (prime)"));
    QCOMPARE(events.at(1).summary, QStringLiteral("AirVM after-hours: p2 (secondary 1)"));
    QCOMPARE(events.at(0).start, QStringLiteral("America/Toronto 20260105T090000"));
}

QTEST_GUILESS_MAIN(TestOnCallExport)
#include "tst_oncallexport.moc"
