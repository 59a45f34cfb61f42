// Words for SLA states, targets and explanations, as an agent would say them; translated.
#include "sla/explaintext.h"

#include "time/instant.h"

#include <QCoreApplication>

namespace hourglass::ExplainText {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::ExplainText)
};

QString calendarName(const Policy &policy, const QString &key)
{
    const auto it = policy.calendars.constFind(key);
    return it == policy.calendars.constEnd() ? key : it->name;
}

} // namespace

QString metricName(Metric metric)
{
    switch (metric) {
    case Metric::InitialResponse:
        return Tr::tr("Initial response");
    case Metric::PeriodicUpdate:
        return Tr::tr("Periodic update");
    case Metric::Resolution:
        return Tr::tr("Resolution");
    }
    return QString();
}

QString stateName(ClockState state)
{
    switch (state) {
    case ClockState::NotStarted:
        return Tr::tr("not started", "SLA clock state");
    case ClockState::BestEffort:
        return Tr::tr("best effort", "SLA clock state");
    case ClockState::AwaitingSchedule:
        return Tr::tr("awaiting a scheduled time", "SLA clock state");
    case ClockState::Running:
        return Tr::tr("running", "SLA clock state");
    case ClockState::Paused:
        return Tr::tr("paused", "SLA clock state");
    case ClockState::Met:
        return Tr::tr("met", "SLA clock state");
    case ClockState::Breached:
        return Tr::tr("breached", "SLA clock state");
    }
    return QString();
}

QString targetText(const Target &target, const Policy &policy)
{
    const QString calendar = calendarName(policy, target.calendar);
    switch (target.kind) {
    case Target::Kind::Duration:
        return Tr::tr("%1 of business time on %2")
            .arg(formatCompactDuration(target.duration), calendar);
    case Target::Kind::BusinessDays: {
        const auto day = policy.calendars.value(target.calendar).businessDay.value_or(Seconds{0});
        return Tr::tr("%n business day(s) (%1 each) on %2", nullptr, target.days)
            .arg(formatCompactDuration(day), calendar);
    }
    case Target::Kind::CalendarDays:
        return Tr::tr("%n calendar day(s): the same local time in %1", nullptr, target.days)
            .arg(policy.calendars.value(target.calendar).zone);
    case Target::Kind::Immediate:
        return Tr::tr("immediate: due the moment the clock starts");
    case Target::Kind::Scheduled:
        return Tr::tr("at the time the requester scheduled");
    case Target::Kind::BestEffort:
        return Tr::tr("best effort: no timed commitment");
    }
    return QString();
}

QString segmentText(const ExplainSegment &segment)
{
    QString text;
    switch (segment.kind) {
    case ExplainSegment::Kind::Counted:
        text = Tr::tr("counted: working hours");
        break;
    case ExplainSegment::Kind::OutsideHours:
        text = Tr::tr("not counted: outside working hours");
        break;
    case ExplainSegment::Kind::Holiday:
        text = Tr::tr("not counted: holiday (%1)").arg(segment.detail);
        break;
    case ExplainSegment::Kind::Paused:
        text = segment.detail == QLatin1String("scheduled")
                   ? Tr::tr("not counted: paused while the work is scheduled")
                   : Tr::tr("not counted: paused while waiting on the customer");
        break;
    }
    if (segment.projected)
        text += Tr::tr(" (ahead, if nothing changes)");
    return text;
}

} // namespace hourglass::ExplainText
