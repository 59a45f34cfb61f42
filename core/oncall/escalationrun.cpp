#include "oncall/escalationrun.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::EscalationRun)
};

constexpr std::array<std::pair<AttemptOutcome, const char *>, 5> outcomeKeys{{
    {AttemptOutcome::NoAnswer, "no-answer"},
    {AttemptOutcome::Voicemail, "voicemail"},
    {AttemptOutcome::Declined, "declined"},
    {AttemptOutcome::Acknowledged, "acknowledged"},
    {AttemptOutcome::Paged, "paged"},
}};

constexpr std::array<std::pair<EscalationResolution, const char *>, 3> resolutionKeys{{
    {EscalationResolution::DeEscalated, "de-escalated"},
    {EscalationResolution::Fixed, "fixed"},
    {EscalationResolution::RolledBack, "rolled-back"},
}};

} // namespace

QString attemptOutcomeKey(AttemptOutcome outcome)
{
    for (const auto &[value, key] : outcomeKeys) {
        if (value == outcome)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<AttemptOutcome> attemptOutcomeFromKey(const QString &key)
{
    for (const auto &[value, text] : outcomeKeys) {
        if (key == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QString attemptOutcomeName(AttemptOutcome outcome)
{
    switch (outcome) {
    case AttemptOutcome::NoAnswer:
        return Tr::tr("No answer");
    case AttemptOutcome::Voicemail:
        return Tr::tr("Voicemail");
    case AttemptOutcome::Declined:
        return Tr::tr("Declined");
    case AttemptOutcome::Acknowledged:
        return Tr::tr("Acknowledged ownership");
    case AttemptOutcome::Paged:
        return Tr::tr("Paged");
    }
    return {};
}

QString escalationResolutionKey(EscalationResolution resolution)
{
    for (const auto &[value, key] : resolutionKeys) {
        if (value == resolution)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<EscalationResolution> escalationResolutionFromKey(const QString &key)
{
    for (const auto &[value, text] : resolutionKeys) {
        if (key == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QString escalationResolutionName(EscalationResolution resolution)
{
    switch (resolution) {
    case EscalationResolution::DeEscalated:
        return Tr::tr("De-escalated: operations resumed");
    case EscalationResolution::Fixed:
        return Tr::tr("Fixed");
    case EscalationResolution::RolledBack:
        return Tr::tr("Rolled back to the last working release");
    }
    return {};
}

EscalationRun::State EscalationRun::stateAt(Instant at) const
{
    State state;
    if (contacts.isEmpty() || at < startedAt)
        return state;
    // The walk stops where the run stopped: at `at`, or at the claim when it came first.
    const bool claimed = ownedAt && *ownedAt <= at;
    const Instant limit = claimed ? *ownedAt : at;
    Instant start = startedAt;
    for (int s = 0; s < maximumSteps; ++s) {
        EscalationStep step;
        step.step = s;
        step.position = int(s % contacts.size());
        step.round = int(s / contacts.size());
        step.contact = contacts.at(step.position).login;
        step.start = start;
        step.end = start + contacts.at(step.position).timeout;
        // The first negative outcome logged for this step while it ran, and known by `at`.
        for (const EscalationAttempt &attempt : attempts) {
            if (attempt.step == s && attempt.outcome != AttemptOutcome::Acknowledged
                && attempt.outcome != AttemptOutcome::Paged && attempt.at >= start
                && attempt.at < step.end && attempt.at <= limit) {
                step.end = attempt.at;
                step.how = EscalationStep::End::Outcome;
                step.outcome = attempt.outcome;
                break;
            }
        }
        if (claimed && limit <= step.end) {
            // Claimed while this step ran (or the instant it ended).
            if (step.how != EscalationStep::End::Outcome || limit < step.end) {
                step.end = limit;
                step.how = EscalationStep::End::Claimed;
                step.outcome = AttemptOutcome::Acknowledged;
            }
            state.steps.append(step);
            if (step.how == EscalationStep::End::Claimed)
                return state;
            start = step.end;
            continue;
        }
        if (step.how == EscalationStep::End::Running && step.end <= limit)
            step.how = EscalationStep::End::TimedOut;
        state.steps.append(step);
        if (step.how == EscalationStep::End::Running) {
            state.current = step;
            return state;
        }
        start = step.end;
    }
    state.stepsCut = true;
    return state;
}

} // namespace hourglass
