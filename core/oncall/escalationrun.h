// An escalation run: the after-hours desk trying to reach someone who takes ownership of an
// urgent call, the prime first and then each secondary in rotation order, each with their own
// acknowledgment timeout, round after round until one acknowledges. What the run is at an
// instant follows from when it started, its contacts and what the operators logged; only those
// are stored (docs/oncall.md, "Escalation runs").
#pragma once

#include "time/instant.h"

#include <QList>
#include <QString>

#include <optional>

namespace hourglass {

// What an operator logs for one attempt. Anything but an acknowledgment is negative: the next
// contact is tried at once. Paged: a level-2/3 R&D contact paged on demand, outside the steps.
enum class AttemptOutcome { NoAnswer, Voicemail, Declined, Acknowledged, Paged };
QString attemptOutcomeKey(AttemptOutcome outcome); // "no-answer", "voicemail"…
std::optional<AttemptOutcome> attemptOutcomeFromKey(const QString &key);
// "No answer", "Voicemail"… in the language of the installed translation.
QString attemptOutcomeName(AttemptOutcome outcome);

// How the incident ended once owned (seed 000): operations resumed after changes that
// de-escalate it, a fix that resolves it, or a roll back to the last working release.
enum class EscalationResolution { DeEscalated, Fixed, RolledBack };
QString escalationResolutionKey(EscalationResolution resolution); // "de-escalated"…
std::optional<EscalationResolution> escalationResolutionFromKey(const QString &key);
QString escalationResolutionName(EscalationResolution resolution);

struct EscalationContact
{
    QString login;
    Seconds timeout{600}; // to acknowledge before the next contact is tried
};

// One line of the attempt ledger, as logged.
struct EscalationAttempt
{
    qint64 id = 0;
    int step = 0;    // the step it answers (0: the prime's first call); -1 for a page
    int level = 0;   // 2 or 3 for a page, else 0
    QString contact; // login of who was tried
    QString channel = QStringLiteral("phone");
    AttemptOutcome outcome = AttemptOutcome::NoAnswer;
    Instant at;       // when it was logged (the database's clock)
    QString loggedBy; // the operator's login
    QString note;
};

// One step of a run as it went or is going: one contact tried from `start` until an outcome,
// the contact's timeout, or the claim.
struct EscalationStep
{
    enum class End { Running, TimedOut, Outcome, Claimed };
    int step = 0;
    int position = 0; // in the contacts: 0 the prime, 1… the secondaries
    int round = 0;    // 0 the first pass through the contacts, 1 the second…
    QString contact;
    Instant start;
    Instant end; // when it ended, or when it times out while running
    End how = End::Running;
    std::optional<AttemptOutcome> outcome; // the logged outcome that ended it
};

struct EscalationRun
{
    qint64 id = 0;
    qint64 ticketId = 0;
    qint64 rotationId = 0;
    QString severity; // the call's urgency, as the ticket's severity ("urgent", "critical")
    QString caller;
    QString callback;
    Instant startedAt;
    QString startedBy;
    QList<EscalationContact> contacts; // prime first, then the secondaries in order
    QList<EscalationAttempt> attempts; // the ledger, in the order logged
    QString owner;                     // login of who acknowledged ownership; empty until then
    std::optional<Instant> ownedAt;
    std::optional<EscalationResolution> resolution;
    std::optional<Instant> resolvedAt;
    QString resolutionNote;
    int version = 1;

    bool isOwned() const { return !owner.isEmpty(); }

    struct State
    {
        QList<EscalationStep> steps;           // every step up to `at`, the running one last
        std::optional<EscalationStep> current; // the running step; none once owned
        bool stepsCut = false; // the walk stopped at maximumSteps (a run left running for weeks)
    };
    // The run as it stands at `at`: outcomes logged after `at` are not known yet; an outcome
    // logged for a step after that step ended (its timeout came first) stays in the ledger
    // and changes nothing. Ownership ends the run at the instant it was claimed.
    State stateAt(Instant at) const;

    static constexpr int maximumSteps = 20000;
};

} // namespace hourglass
