// Words for SLA states, targets and explanations, as an agent would say them; translated.
#pragma once

#include "sla/metricstate.h"
#include "sla/policy.h"
#include "sla/policynames.h"
#include "tickets/ticketevent.h"
#include "tickets/ticketstatus.h"

namespace hourglass::ExplainText {

QString metricName(Metric metric);
QString stateName(ClockState state);
// "2h of business time on Support hours: 04:00-22:00 ET…", "3 business days (3 × 8h) on …".
QString targetText(const Target &target, const Policy &policy);
// Why one stretch counted or not: "counted: working hours", "not counted: holiday (…)".
QString segmentText(const ExplainSegment &segment);
// A ticket status for people: "waiting-customer" → "Waiting on customer"; unknown ones as is.
QString statusName(TicketStatus status);
// A stored key ("waiting-customer"); an unknown one as it is.
QString statusName(const QString &key);
// One timeline entry: "Created (severity p2, tier gold, by email)", "Status: Waiting on
// customer", "Severity changed to p1"…
QString eventText(const TicketEvent &event);
// The same with the policy's names for severities, tiers and channels ("Created (severity P2
// Isolated outage, tier Gold, by Email)", "Severity changed to Not urgent") in `language`;
// the ids when policy is null or does not know them.
QString eventText(const TicketEvent &event,
                  const Policy *policy,
                  const QString &language = PolicyNames::language());

} // namespace hourglass::ExplainText
