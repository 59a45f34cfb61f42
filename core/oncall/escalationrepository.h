// Where escalation runs and their attempt ledgers are kept: the interface the escalation
// service uses.
#pragma once

#include "oncall/escalationrun.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace hourglass {

// What the desk sent by itself for a step of a run (or, step -1, to the support inbox for a
// call that is not urgent), and how it went.
struct EscalationNotification
{
    enum class Status { Pending, Sending, Delivered, Failed };
    qint64 id = 0;
    qint64 ticketId = 0;
    qint64 runId = 0; // 0: a call that is not urgent
    int step = -1;
    QString channel;   // "email", "webhook"
    QString recipient; // the address or URL; empty while pending for the support inbox
    Status status = Status::Pending;
    QString detail;
    Instant recordedAt;
    std::optional<Instant> finishedAt;
};

// A user's ways to be reached.
struct ContactDetails
{
    QString email;
    QString phone;
};

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
    // `at`: when it happened, for an attempt the console kept in its journal while the database
    // was away; none: now, by the database's clock.
    virtual EscalationRun logAttempt(qint64 runId,
                                     int version,
                                     const EscalationAttempt &attempt,
                                     std::optional<Instant> at = std::nullopt)
        = 0;
    // Records how the owned incident ended. ConflictError for a stale version.
    virtual EscalationRun resolve(qint64 runId,
                                  int version,
                                  EscalationResolution resolution,
                                  const QString &note,
                                  std::optional<Instant> at = std::nullopt)
        = 0;

    // Claims the sending of `channel` for a step of a run: the new row's id ("sending") when
    // this caller is the one to send it, none when another console claimed it already.
    virtual std::optional<qint64> claimNotification(
        qint64 ticketId, qint64 runId, int step, const QString &channel, const QString &recipient)
        = 0;
    // A message to the support inbox, to be sent by whichever console can.
    virtual void addPendingNotification(qint64 ticketId, const QString &channel) = 0;
    virtual QList<EscalationNotification> pendingNotifications() = 0;
    // Takes a pending one to send it to `recipient`; false when another console took it.
    virtual bool claimPending(qint64 id, const QString &recipient) = 0;
    virtual void finishNotification(qint64 id, bool delivered, const QString &detail) = 0;
    // Sends claimed before `claimedBefore` and never finished (the console that claimed them
    // quit or crashed) are marked failed with `detail`. Returns how many.
    virtual int expireSends(Instant claimedBefore, const QString &detail) = 0;
    virtual QList<EscalationNotification> notifications(qint64 ticketId) = 0;
    // Every user's email address and phone number, by login.
    virtual QHash<QString, ContactDetails> contactDetails() = 0;
};

} // namespace hourglass
