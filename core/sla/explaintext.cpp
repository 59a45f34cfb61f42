// Words for SLA states, targets and explanations, as an agent would say them; translated.
#include "sla/explaintext.h"

#include "time/datetext.h"
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
    return policy.calendarName(key, PolicyNames::language());
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
            .arg(formatCompactDuration(target.duration, 4), calendar);
    case Target::Kind::BusinessDays: {
        const auto day = policy.calendars.value(target.calendar).businessDay.value_or(Seconds{0});
        return Tr::tr("%n business day(s) (%1 each) on %2", nullptr, target.days)
            .arg(formatCompactDuration(day, 4), calendar);
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
    case ExplainSegment::Kind::Maintenance:
        text = Tr::tr("not counted: paused for maintenance (%1)").arg(segment.detail);
        break;
    }
    if (segment.projected)
        text += Tr::tr(" (ahead, if nothing changes)");
    return text;
}

QString statusName(TicketStatus status)
{
    switch (status) {
    case TicketStatus::New:
        return Tr::tr("New", "ticket status");
    case TicketStatus::Open:
        return Tr::tr("Open", "ticket status");
    case TicketStatus::WaitingCustomer:
        return Tr::tr("Waiting on customer", "ticket status");
    case TicketStatus::Scheduled:
        return Tr::tr("Scheduled", "ticket status");
    case TicketStatus::Resolved:
        return Tr::tr("Resolved", "ticket status");
    }
    return QString();
}

QString statusName(const QString &key)
{
    const auto status = ticketStatusFromKey(key);
    return status ? statusName(*status) : key;
}

QString eventText(const TicketEvent &event)
{
    return eventText(event, nullptr);
}

QString eventText(const TicketEvent &event, const Policy *policy, const QString &language)
{
    const auto severity = [&](const QString &id) {
        return policy ? policy->severityName(id, language) : id;
    };
    const auto tier = [&](const QString &id) {
        return policy ? policy->tierName(id, language) : id;
    };
    switch (event.kind) {
    case TicketEvent::Kind::Created: {
        QStringList details;
        if (!event.value.isEmpty())
            details.append(Tr::tr("severity %1").arg(severity(event.value)));
        if (!event.tier.isEmpty())
            details.append(Tr::tr("tier %1").arg(tier(event.tier)));
        if (!event.channel.isEmpty())
            details.append(
                Tr::tr("by %1", "the channel a ticket came in by")
                    .arg(policy ? policy->channelName(event.channel, language) : event.channel));
        return details.isEmpty() ? Tr::tr("Created")
                                 : Tr::tr("Created (%1)").arg(details.join(QLatin1String(", ")));
    }
    case TicketEvent::Kind::SeverityChanged:
        return Tr::tr("Severity changed to %1").arg(severity(event.value));
    case TicketEvent::Kind::TierChanged:
        return Tr::tr("Tier changed to %1").arg(tier(event.value));
    case TicketEvent::Kind::PolicyChanged:
        return Tr::tr("Policy changed to version %1").arg(event.version);
    case TicketEvent::Kind::StatusChanged:
        return Tr::tr("Status: %1").arg(statusName(event.value));
    case TicketEvent::Kind::Responded:
        return Tr::tr("Responded to the customer");
    case TicketEvent::Kind::Updated:
        return Tr::tr("Status update sent");
    case TicketEvent::Kind::CustomerReplied:
        return Tr::tr("Customer replied");
    case TicketEvent::Kind::ScheduledFor:
        return event.scheduledFor
                   ? Tr::tr("Scheduled for %1").arg(DateText::inViewerZone(*event.scheduledFor))
                   : Tr::tr("Schedule cleared");
    case TicketEvent::Kind::Resolved:
        return Tr::tr("Resolved");
    case TicketEvent::Kind::Reopened:
        return Tr::tr("Reopened");
    case TicketEvent::Kind::Assigned:
        return event.value.isEmpty() ? Tr::tr("Unassigned")
                                     : Tr::tr("Assigned to %1").arg(event.value);
    case TicketEvent::Kind::Note:
        return Tr::tr("Internal note: %1").arg(event.value);
    }
    return TicketEvent::key(event.kind);
}

} // namespace hourglass::ExplainText
