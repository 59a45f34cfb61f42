// The local starts an RFC 5545 rule gives from its DTSTART, one at a time, through libical.
#include "maintenance/recurrencewalk.h"

#include "io/inputerror.h"
#include "maintenance/icallocaltime.h"

#include <QCoreApplication>

#include <date/tz.h>
#include <libical/ical.h>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::RecurrenceWalk)
};

} // namespace

RecurrenceWalk::RecurrenceWalk(const QString &rrule, LocalTime dtstart, const date::time_zone &zone)
    : m_dtstart(dtstart)
{
    if (rrule.isEmpty()) {
        m_single = true;
        return;
    }
    // A bad rule is input to refuse, never a reason for libical to abort the program.
    icalerror_set_errors_are_fatal(0);
    icalerror_clear_errno();
    const QByteArray text = rrule.toUtf8();
    icalrecurrencetype rule = icalrecurrencetype_from_string(text.constData());
    if (rule.freq == ICAL_NO_RECURRENCE || icalerrno != ICAL_NO_ERROR) {
        icalerror_clear_errno();
        throw InputError({},
                         QStringLiteral("rrule"),
                         Tr::tr("“%1” is not an RFC 5545 recurrence rule (RRULE)")
                             .arg(InputError::excerpt(rrule, 80)));
    }
    // An ordinal weekday no month (or year) has, BYDAY=8WE, would send libical looking for it
    // through thousands of years: the rule has no occurrence, and is refused as written.
    const bool inMonths = rule.freq == ICAL_MONTHLY_RECURRENCE
                          || (rule.freq == ICAL_YEARLY_RECURRENCE
                              && rule.by_month[0] != ICAL_RECURRENCE_ARRAY_MAX);
    const int most = inMonths ? 5 : 53;
    for (int i = 0; i < ICAL_BY_DAY_SIZE && rule.by_day[i] != ICAL_RECURRENCE_ARRAY_MAX; ++i) {
        const int position = icalrecurrencetype_day_position(rule.by_day[i]);
        if (position < -most || position > most)
            throw InputError({},
                             QStringLiteral("rrule"),
                             (inMonths ? Tr::tr("“%1”: a month has at most five of each weekday "
                                                "(BYDAY from -5 to 5, such as 2WE or -1FR)")
                                       : Tr::tr("“%1”: a year has at most 53 of each weekday "
                                                "(BYDAY from -53 to 53)"))
                                 .arg(InputError::excerpt(rrule, 80)));
    }
    if (!icaltime_is_null_time(rule.until) && icaltime_is_utc(rule.until)) {
        // UNTIL in UTC, the form RFC 5545 asks for beside a DTSTART with a zone: compare it in
        // the same floating local time the rule is expanded in.
        const Instant until
            = date::sys_days{date::year_month_day{date::year{rule.until.year},
                                                  date::month(unsigned(rule.until.month)),
                                                  date::day(unsigned(rule.until.day))}}
              + std::chrono::hours{rule.until.hour} + std::chrono::minutes{rule.until.minute}
              + Seconds{rule.until.second};
        rule.until = toIcal(zone.to_local(until));
    }
    m_iterator = icalrecur_iterator_new(rule, toIcal(dtstart));
    if (!m_iterator) {
        icalerror_clear_errno();
        throw InputError({},
                         QStringLiteral("rrule"),
                         Tr::tr("the recurrence rule “%1” cannot be expanded (libical refuses "
                                "it: it gives no date)")
                             .arg(InputError::excerpt(rrule, 80)));
    }
}

RecurrenceWalk::~RecurrenceWalk()
{
    if (m_iterator)
        icalrecur_iterator_free(m_iterator);
}

std::optional<LocalTime> RecurrenceWalk::next()
{
    if (m_done)
        return std::nullopt;
    if (m_single) {
        m_done = true;
        return m_dtstart;
    }
    const icaltimetype next = icalrecur_iterator_next(m_iterator);
    if (icaltime_is_null_time(next)) {
        m_done = true;
        return std::nullopt;
    }
    return fromIcal(next);
}

} // namespace hourglass
