// Where escalation runs and their attempt ledgers are kept: the interface the escalation
// service uses.
#pragma once

#include "oncall/escalationrun.h"

#include <QList>

#include <optional>

namespace hourglass {

class EscalationRepository
{
public:
    virtual ~EscalationRepository() = default;

    // Runs not resolved yet (owned or not), newest first; with `all`, resolved ones too.
    virtual QList<EscalationRun> runs(bool all = false) = 0;
    virtual std::optional<EscalationRun> run(qint64 id) = 0;
    virtual QList<EscalationRun> runsOfTicket(qint64 ticketId) = 0;

    // A new run (its id, version, ledger and stamps are ignored): started now by the acting
    // user, with its contacts in order. Returns it at version 1. Throws StorageError.
    virtual EscalationRun create(const EscalationRun &run) = 0;
    // Appends one attempt to the ledger of the run at `version`, and takes ownership for its
    // contact when it is an acknowledgment. Returns the run one version on. Throws
    // ConflictError when the run changed since `version` — another operator's attempt, or a
    // claim: the message says who owns it — and StorageError.
    virtual EscalationRun logAttempt(qint64 runId, int version, const EscalationAttempt &attempt) = 0;
    // Records how the owned incident ended. ConflictError for a stale version.
    virtual EscalationRun resolve(qint64 runId,
                                  int version,
                                  EscalationResolution resolution,
                                  const QString &note)
        = 0;
};

} // namespace hourglass
