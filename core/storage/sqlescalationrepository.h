// Escalation runs, their contacts and attempt ledgers in SQL, on SQLite and PostgreSQL.
#pragma once

#include "oncall/escalationrepository.h"
#include "storage/databasehandle.h"

class QSqlQuery;

namespace hourglass {

class Database;

class SqlEscalationRepository final : public EscalationRepository
{
    Q_DISABLE_COPY_MOVE(SqlEscalationRepository)

public:
    explicit SqlEscalationRepository(DatabaseHandle database);

    QList<EscalationRun> runs(bool all = false) override;
    std::optional<EscalationRun> run(qint64 id) override;
    QList<EscalationRun> runsOfTicket(qint64 ticketId) override;
    EscalationRun create(const EscalationRun &run) override;
    EscalationRun logAttempt(qint64 runId,
                             int version,
                             const EscalationAttempt &attempt,
                             std::optional<Instant> at = std::nullopt) override;
    EscalationRun resolve(qint64 runId,
                          int version,
                          EscalationResolution resolution,
                          const QString &note,
                          std::optional<Instant> at = std::nullopt) override;

    std::optional<qint64> claimNotification(qint64 ticketId,
                                            qint64 runId,
                                            int step,
                                            const QString &channel,
                                            const QString &recipient) override;
    void addPendingNotification(qint64 ticketId, const QString &channel) override;
    QList<EscalationNotification> pendingNotifications() override;
    bool claimPending(qint64 id, const QString &recipient) override;
    void finishNotification(qint64 id, bool delivered, const QString &detail) override;
    int expireSends(Instant claimedBefore, const QString &detail) override;
    QList<EscalationNotification> notifications(qint64 ticketId) override;
    QHash<QString, ContactDetails> contactDetails() override;

private:
    QList<EscalationNotification> readNotifications(const QString &where,
                                                    const QVariantList &values);
    Database &db() const;
    void exec(QSqlQuery &query, const QString &what);
    qint64 userOf(const QString &login);
    QList<EscalationRun> read(const QString &where, const QVariantList &values);
    // Moves the run from `version` to the next one, stamped now by the acting user, with the
    // extra assignments `set` (bound to `values`); refuses a stale version.
    void bump(qint64 runId,
              int version,
              const QString &set,
              const QVariantList &values,
              const QString &yours,
              bool requireUnowned);
    [[noreturn]] void refuseStale(qint64 runId, int yourVersion, const QString &yours, bool claim);

    DatabaseHandle m_database;
};

} // namespace hourglass
