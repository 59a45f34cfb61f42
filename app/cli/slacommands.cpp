// hourglass-cli sla explain: every SLA clock of a ticket at an instant, and why.
#include "cli/slacommands.h"

#include "cli/output.h"
#include "io/inputerror.h"
#include "io/policyfile.h"
#include "io/ticketfile.h"
#include "sla/clockreading.h"
#include "sla/explaintext.h"
#include "sla/presetpolicies.h"
#include "sla/slaengine.h"
#include "time/clock.h"

#include <QFileInfo>
#include <QJsonArray>

namespace hourglass::cli {

namespace {

// A policy file, or the id of a preset ("cloud-tiers").
Policy loadPolicy(const QString &nameOrFile)
{
    if (QFileInfo::exists(nameOrFile))
        return PolicyFile::load(nameOrFile);
    for (const Policy &preset : PresetPolicies::load()) {
        if (preset.id == nameOrFile)
            return preset;
    }
    QStringList ids;
    for (const Policy &preset : PresetPolicies::load())
        ids.append(preset.id);
    throw InputError(QString(),
                     QStringLiteral("--policy"),
                     QStringLiteral("\"%1\" is neither a file nor a preset (%2)")
                         .arg(InputError::excerpt(nameOrFile), ids.join(QLatin1String(", "))));
}

QString signedDuration(Seconds d)
{
    return d.count() < 0 ? QStringLiteral("overdue ") + formatCompactDuration(-d)
                         : formatCompactDuration(d);
}

} // namespace

int runSlaCommand(const CliArguments &arguments)
{
    if (arguments.words().value(1) != QLatin1String("explain"))
        throw UsageError(QStringLiteral("expected sla explain"));
    arguments.allowWords(2);
    arguments.allowOnly({QStringLiteral("policy"),
                         QStringLiteral("ticket"),
                         QStringLiteral("at"),
                         QStringLiteral("opened"),
                         QStringLiteral("severity"),
                         QStringLiteral("tier"),
                         QStringLiteral("channel"),
                         QStringLiteral("json")});
    const bool json = arguments.flag(QStringLiteral("json"));
    const Policy policy = loadPolicy(arguments.require(QStringLiteral("policy")));

    TicketTimeline timeline;
    if (arguments.has(QStringLiteral("ticket"))) {
        for (const char *whatIf : {"opened", "severity", "tier", "channel"}) {
            if (arguments.has(QString::fromLatin1(whatIf)))
                throw UsageError(QStringLiteral("--%1 describes a ticket; with --ticket the file "
                                                "says it")
                                     .arg(QString::fromLatin1(whatIf)));
        }
        timeline = TicketFile::load(arguments.value(QStringLiteral("ticket")));
        if (timeline.policyId != policy.id)
            throw InputError(arguments.value(QStringLiteral("ticket")),
                             QStringLiteral("$.policy"),
                             QStringLiteral(
                                 "the ticket follows \"%1\", not the policy given (\"%2\")")
                                 .arg(InputError::excerpt(timeline.policyId), policy.id));
    } else {
        // What-if: a ticket opened at --opened with the given severity, tier and channel.
        TicketEvent created;
        created.kind = TicketEvent::Kind::Created;
        created.at = arguments.requireInstant(QStringLiteral("opened"));
        created.value = arguments.value(QStringLiteral("severity"));
        created.tier = arguments.has(QStringLiteral("tier"))
                           ? arguments.value(QStringLiteral("tier"))
                           : policy.tiers.first().id;
        created.channel = arguments.has(QStringLiteral("channel"))
                              ? arguments.value(QStringLiteral("channel"))
                              : policy.channels.first().id;
        for (const auto &[option, problem] :
             {std::pair{"--severity",
                        created.value.isEmpty() ? QString() : policy.severityProblem(created.value)},
              std::pair{"--tier", policy.tierProblem(created.tier)},
              std::pair{"--channel", policy.channelProblem(created.channel)}}) {
            if (!problem.isEmpty())
                throw InputError(QString(), QString::fromLatin1(option), problem);
        }
        timeline.policyId = policy.id;
        timeline.policyVersion = policy.version;
        timeline.events.append(created);
    }

    const Instant at = arguments.has(QStringLiteral("at"))
                           ? arguments.requireInstant(QStringLiteral("at"))
                           : systemClock().now();
    const SlaEngine engine({policy});
    if (arguments.has(QStringLiteral("ticket")))
        TicketFile::check(arguments.value(QStringLiteral("ticket")), timeline, engine);
    const TicketSla sla = engine.evaluate(timeline, at, SlaEngine::Explain::Yes);

    QJsonArray metrics;
    if (!json) {
        const Severity *severity = policy.severity(sla.severity);
        const NamedItem *tier = policy.tier(sla.tier);
        printLine(QStringLiteral("%1 v%2 · severity %3 · tier %4 · at %5")
                      .arg(policy.name)
                      .arg(sla.policyVersion)
                      .arg(severity ? severity->name : sla.severity,
                           tier ? tier->name : sla.tier,
                           formatInstant(at)));
    }
    for (const MetricState &metric : sla.metrics) {
        const QString zone = metric.calendar.isEmpty()
                                 ? QStringLiteral("UTC")
                                 : policy.calendars.value(metric.calendar).zone;
        if (json) {
            QJsonObject object{{QStringLiteral("metric"), metricKey(metric.metric)},
                               {QStringLiteral("state"), ClockReading::of(metric).stateTextAt(at)},
                               {QStringLiteral("countdown"),
                                ClockReading::of(metric).countdownTextAt(at)},
                               {QStringLiteral("target"),
                                ExplainText::targetText(*metric.target, policy)},
                               {QStringLiteral("budget_seconds"), qint64(metric.budget.count())},
                               {QStringLiteral("elapsed_seconds"), qint64(metric.elapsed.count())},
                               {QStringLiteral("remaining_seconds"),
                                qint64(metric.remaining.count())},
                               {QStringLiteral("elapsed_percent"), metric.elapsedPercent},
                               {QStringLiteral("warning_level"), metric.warningLevel},
                               {QStringLiteral("warning_levels"), metric.warningLevels}};
            if (metric.due)
                object.insert(QStringLiteral("due"), formatInstant(*metric.due));
            if (metric.nextChange)
                object.insert(QStringLiteral("next_change"), formatInstant(*metric.nextChange));
            QJsonArray segments;
            for (const ExplainSegment &segment : metric.explain) {
                segments.append(
                    QJsonObject{{QStringLiteral("from"), formatInstant(segment.from)},
                                {QStringLiteral("to"), formatInstant(segment.to)},
                                {QStringLiteral("why"), ExplainText::segmentText(segment)},
                                {QStringLiteral("projected"), segment.projected}});
            }
            object.insert(QStringLiteral("explain"), segments);
            metrics.append(object);
            continue;
        }
        printLine(QString());
        printLine(QStringLiteral("%1: %2").arg(ExplainText::metricName(metric.metric),
                                               ClockReading::of(metric).textAt(at)));
        printLine(
            QStringLiteral("  target     %1").arg(ExplainText::targetText(*metric.target, policy)));
        if (metric.target->kind == Target::Kind::BestEffort
            || metric.state == ClockState::NotStarted
            || metric.state == ClockState::AwaitingSchedule)
            continue;
        if (metric.due)
            printLine(QStringLiteral("  due        %1  (%2)")
                          .arg(formatInstant(*metric.due), formatLocal(*metric.due, zone)));
        printLine(
            QStringLiteral("  elapsed    %1 of %2 (%3%), remaining %4")
                .arg(formatCompactDuration(metric.elapsed), formatCompactDuration(metric.budget))
                .arg(qRound(metric.elapsedPercent))
                .arg(signedDuration(metric.remaining)));
        if (metric.warningLevels > 0)
            printLine(QStringLiteral("  warnings   %1 of %2 reached")
                          .arg(metric.warningLevel)
                          .arg(metric.warningLevels));
        if (metric.nextChange)
            printLine(QStringLiteral("  next       %1").arg(formatInstant(*metric.nextChange)));
        if (!metric.target->note.isEmpty())
            printLine(QStringLiteral("  note       %1").arg(metric.target->note));
        printLine(QStringLiteral("  why:"));
        for (const ExplainSegment &segment : metric.explain)
            printLine(QStringLiteral("    %1 → %2  %3")
                          .arg(formatLocal(segment.from, zone),
                               formatLocal(segment.to, zone),
                               ExplainText::segmentText(segment)));
    }
    if (json) {
        QJsonObject object{{QStringLiteral("policy"), policy.id},
                           {QStringLiteral("policy_version"), sla.policyVersion},
                           {QStringLiteral("severity"), sla.severity},
                           {QStringLiteral("tier"), sla.tier},
                           {QStringLiteral("at"), formatInstant(at)},
                           {QStringLiteral("metrics"), metrics}};
        if (sla.nextChange)
            object.insert(QStringLiteral("next_change"), formatInstant(*sla.nextChange));
        printJson(object);
    }
    return 0;
}

} // namespace hourglass::cli
