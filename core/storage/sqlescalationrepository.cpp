// Escalation runs in SQL: one row per run, its contacts frozen at the start, and the ledger
// of attempts appended to; every change moves the run's version on, so two operators never
// both claim it.
#include "storage/sqlescalationrepository.h"

#include "storage/changelog.h"
#include "storage/conflicterror.h"
#include "storage/database.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::SqlEscalationRepository)
};

const char runsTable[] = "escalation_runs";

QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

SqlEscalationRepository::SqlEscalationRepository(DatabaseHandle database)
    : m_database(database)
{}

Database &SqlEscalationRepository::db() const
{
    return m_database.get();
}

void SqlEscalationRepository::exec(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        throw StorageError(db().describeError(what, query.lastError()));
}

qint64 SqlEscalationRepository::userOf(const QString &login)
{
    const qint64 id = db().userId(login);
    if (id == 0)
        throw StorageError(Tr::tr("there is no user “%1”").arg(login.left(80)));
    return id;
}

QList<EscalationRun> SqlEscalationRepository::read(const QString &where, const QVariantList &values)
{
    QSqlQuery query(db().connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT r.id, r.ticket_id, r.rotation_id, r.severity, r.caller, r.callback, "
                       "r.started_at, s.login, o.login, r.acknowledged_at, r.outcome, "
                       "r.resolved_at, r.resolution_note, r.version FROM escalation_runs r "
                       "LEFT JOIN users s ON s.id = r.started_by LEFT JOIN users o ON o.id = "
                       "r.acknowledged_by WHERE %1 ORDER BY r.started_at DESC, r.id DESC")
            .arg(where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    exec(query, Tr::tr("cannot read the escalation runs"));
    QList<EscalationRun> runs;
    QHash<qint64, qsizetype> index;
    while (query.next()) {
        EscalationRun run;
        run.id = query.value(0).toLongLong();
        run.ticketId = query.value(1).toLongLong();
        run.rotationId = query.value(2).toLongLong();
        run.severity = query.value(3).toString();
        run.caller = query.value(4).toString();
        run.callback = query.value(5).toString();
        run.startedAt = fromEpoch(query.value(6).toLongLong());
        run.startedBy = query.value(7).toString();
        run.owner = query.value(8).toString();
        if (!query.value(9).isNull())
            run.ownedAt = fromEpoch(query.value(9).toLongLong());
        if (!query.value(10).isNull()) {
            run.resolution = escalationResolutionFromKey(query.value(10).toString());
            if (!run.resolution)
                throw StorageError(Tr::tr("escalation run %1 holds an unknown outcome “%2”")
                                       .arg(run.id)
                                       .arg(query.value(10).toString().left(40)));
        }
        if (!query.value(11).isNull())
            run.resolvedAt = fromEpoch(query.value(11).toLongLong());
        run.resolutionNote = query.value(12).toString();
        run.version = query.value(13).toInt();
        index.insert(run.id, runs.size());
        runs.append(run);
    }
    if (runs.isEmpty())
        return runs;
    QStringList ids;
    for (const EscalationRun &run : std::as_const(runs))
        ids.append(QString::number(run.id));
    const QString in = ids.join(QLatin1Char(','));

    QSqlQuery contacts(db().connection());
    contacts.setForwardOnly(true);
    contacts.prepare(QStringLiteral("SELECT c.run_id, u.login, c.timeout_seconds FROM "
                                    "escalation_contacts c JOIN users u ON u.id = c.user_id "
                                    "WHERE c.run_id IN (%1) ORDER BY c.run_id, c.position")
                         .arg(in));
    exec(contacts, Tr::tr("cannot read the escalation runs"));
    while (contacts.next()) {
        EscalationContact contact;
        contact.login = contacts.value(1).toString();
        contact.timeout = Seconds{contacts.value(2).toLongLong()};
        runs[index.value(contacts.value(0).toLongLong())].contacts.append(contact);
    }

    QSqlQuery attempts(db().connection());
    attempts.setForwardOnly(true);
    attempts.prepare(
        QStringLiteral("SELECT a.run_id, a.id, a.step, a.level, u.login, a.channel, a.result, "
                       "a.at, l.login, a.note FROM escalation_attempts a JOIN users u ON u.id = "
                       "a.user_id LEFT JOIN users l ON l.id = a.logged_by WHERE a.run_id IN (%1) "
                       "ORDER BY a.run_id, a.id")
            .arg(in));
    exec(attempts, Tr::tr("cannot read the escalation runs"));
    while (attempts.next()) {
        EscalationAttempt attempt;
        attempt.id = attempts.value(1).toLongLong();
        attempt.step = attempts.value(2).toInt();
        attempt.level = attempts.value(3).toInt();
        attempt.contact = attempts.value(4).toString();
        attempt.channel = attempts.value(5).toString();
        const std::optional<AttemptOutcome> outcome = attemptOutcomeFromKey(
            attempts.value(6).toString());
        if (!outcome)
            throw StorageError(Tr::tr("escalation attempt %1 holds an unknown outcome “%2”")
                                   .arg(attempt.id)
                                   .arg(attempts.value(6).toString().left(40)));
        attempt.outcome = *outcome;
        attempt.at = fromEpoch(attempts.value(7).toLongLong());
        attempt.loggedBy = attempts.value(8).toString();
        attempt.note = attempts.value(9).toString();
        runs[index.value(attempts.value(0).toLongLong())].attempts.append(attempt);
    }
    return runs;
}

QList<EscalationRun> SqlEscalationRepository::runs(bool all)
{
    return read(all ? QStringLiteral("1 = 1") : QStringLiteral("r.outcome IS NULL"), {});
}

std::optional<EscalationRun> SqlEscalationRepository::run(qint64 id)
{
    const QList<EscalationRun> found = read(QStringLiteral("r.id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<EscalationRun> SqlEscalationRepository::runsOfTicket(qint64 ticketId)
{
    return read(QStringLiteral("r.ticket_id = ?"), {ticketId});
}

EscalationRun SqlEscalationRepository::create(const EscalationRun &run)
{
    if (run.contacts.isEmpty())
        throw StorageError(Tr::tr("an escalation run needs someone to contact"));
    Transaction transaction(db());
    QSqlQuery insert(db().connection());
    insert.prepare(QLatin1String("INSERT INTO escalation_runs (rotation_id, ticket_id, "
                                 "started_at, severity, caller, callback, started_by, "
                                 "updated_by, updated_at) VALUES (?, ?, ")
                   + db().nowSeconds() + QLatin1String(", ?, ?, ?, ?, ?, ") + db().nowSeconds()
                   + QLatin1String(") RETURNING id"));
    insert.addBindValue(run.rotationId);
    insert.addBindValue(run.ticketId ? QVariant(run.ticketId)
                                     : QVariant(QMetaType::fromType<qlonglong>()));
    insert.addBindValue(notNull(run.severity));
    insert.addBindValue(notNull(run.caller));
    insert.addBindValue(notNull(run.callback));
    const qint64 actor = db().actorId();
    insert.addBindValue(actor);
    insert.addBindValue(actor);
    exec(insert, Tr::tr("cannot store the escalation run"));
    if (!insert.next())
        throw StorageError(Tr::tr("cannot store the escalation run"));
    const qint64 id = insert.value(0).toLongLong();
    insert.finish();
    QSqlQuery contact(db().connection());
    contact.prepare(QStringLiteral("INSERT INTO escalation_contacts (run_id, position, user_id, "
                                   "timeout_seconds) VALUES (?, ?, ?, ?)"));
    for (qsizetype i = 0; i < run.contacts.size(); ++i) {
        contact.addBindValue(id);
        contact.addBindValue(int(i));
        contact.addBindValue(userOf(run.contacts.at(i).login));
        contact.addBindValue(qint64(run.contacts.at(i).timeout.count()));
        exec(contact, Tr::tr("cannot store the escalation run"));
    }
    ChangeLog::record(db(), QLatin1String(runsTable), id, QStringLiteral("created"));
    const std::optional<EscalationRun> stored = this->run(id);
    if (!stored)
        throw StorageError(Tr::tr("cannot store the escalation run"));
    transaction.commit();
    return *stored;
}

void SqlEscalationRepository::bump(qint64 runId,
                                   int version,
                                   const QString &set,
                                   const QVariantList &values,
                                   const QString &yours,
                                   bool requireUnowned)
{
    QSqlQuery update(db().connection());
    update.prepare(
        QLatin1String("UPDATE escalation_runs SET version = version + 1, updated_at = ")
        + db().nowSeconds() + QLatin1String(", updated_by = ?") + set
        + QLatin1String(" WHERE id = ? AND version = ?")
        + (requireUnowned ? QLatin1String(" AND acknowledged_by IS NULL") : QLatin1String()));
    update.addBindValue(db().actorId());
    for (const QVariant &value : values)
        update.addBindValue(value);
    update.addBindValue(runId);
    update.addBindValue(version);
    exec(update, Tr::tr("cannot update escalation run %1").arg(runId));
    if (update.numRowsAffected() != 1)
        refuseStale(runId, version, yours, requireUnowned);
}

EscalationRun SqlEscalationRepository::logAttempt(qint64 runId,
                                                  int version,
                                                  const EscalationAttempt &attempt,
                                                  std::optional<Instant> at)
{
    const QString stamp = at ? QString::number(toEpoch(*at)) : db().nowSeconds();
    Transaction transaction(db());
    const bool claim = attempt.outcome == AttemptOutcome::Acknowledged;
    const QString yours = claim ? Tr::tr("%1 acknowledged ownership").arg(attempt.contact.left(80))
                                : Tr::tr("%1: %2").arg(attempt.contact.left(80),
                                                       attemptOutcomeName(attempt.outcome));
    const qint64 contact = userOf(attempt.contact);
    if (claim)
        bump(runId,
             version,
             QLatin1String(", acknowledged_by = ?, acknowledged_at = ") + stamp,
             {contact},
             yours,
             true);
    else
        bump(runId, version, QString(), {}, yours, false);
    QSqlQuery insert(db().connection());
    insert.prepare(QLatin1String("INSERT INTO escalation_attempts (run_id, at, user_id, channel, "
                                 "result, step, level, logged_by, note) VALUES (?, ")
                   + stamp + QLatin1String(", ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(runId);
    insert.addBindValue(contact);
    insert.addBindValue(notNull(attempt.channel));
    insert.addBindValue(attemptOutcomeKey(attempt.outcome));
    insert.addBindValue(attempt.step);
    insert.addBindValue(attempt.level);
    insert.addBindValue(db().actorId());
    insert.addBindValue(notNull(attempt.note));
    exec(insert, Tr::tr("cannot store the attempt"));
    ChangeLog::record(db(), QLatin1String(runsTable), runId, QStringLiteral("updated"));
    const std::optional<EscalationRun> stored = run(runId);
    if (!stored)
        throw StorageError(Tr::tr("there is no escalation run %1").arg(runId));
    transaction.commit();
    return *stored;
}

EscalationRun SqlEscalationRepository::resolve(qint64 runId,
                                               int version,
                                               EscalationResolution resolution,
                                               const QString &note,
                                               std::optional<Instant> at)
{
    const QString stamp = at ? QString::number(toEpoch(*at)) : db().nowSeconds();
    Transaction transaction(db());
    bump(runId,
         version,
         QLatin1String(", outcome = ?, resolution_note = ?, resolved_at = ") + stamp,
         {escalationResolutionKey(resolution), notNull(note)},
         escalationResolutionName(resolution),
         false);
    ChangeLog::record(db(), QLatin1String(runsTable), runId, QStringLiteral("updated"));
    const std::optional<EscalationRun> stored = run(runId);
    if (!stored)
        throw StorageError(Tr::tr("there is no escalation run %1").arg(runId));
    transaction.commit();
    return *stored;
}

std::optional<qint64> SqlEscalationRepository::claimNotification(
    qint64 ticketId, qint64 runId, int step, const QString &channel, const QString &recipient)
{
    Transaction transaction(db());
    QSqlQuery insert(db().connection());
    insert.prepare(QLatin1String("INSERT INTO escalation_notifications (ticket_id, run_id, step, "
                                 "channel, recipient, status, recorded_at, claimed_at) VALUES "
                                 "(?, ?, ?, ?, ?, 'sending', ")
                   + db().nowSeconds() + QLatin1String(", ") + db().nowSeconds()
                   + QLatin1String(") ON CONFLICT (ticket_id, step, channel) DO NOTHING "
                                   "RETURNING id"));
    insert.addBindValue(ticketId);
    insert.addBindValue(runId ? QVariant(runId) : QVariant(QMetaType::fromType<qlonglong>()));
    insert.addBindValue(step);
    insert.addBindValue(channel);
    insert.addBindValue(notNull(recipient));
    exec(insert, Tr::tr("cannot record what the desk sends"));
    if (!insert.next())
        return std::nullopt;
    const qint64 id = insert.value(0).toLongLong();
    insert.finish();
    ChangeLog::record(db(),
                      QStringLiteral("escalation_notifications"),
                      id,
                      QStringLiteral("created"));
    transaction.commit();
    return id;
}

void SqlEscalationRepository::addPendingNotification(qint64 ticketId, const QString &channel)
{
    Transaction transaction(db());
    QSqlQuery insert(db().connection());
    insert.prepare(QLatin1String("INSERT INTO escalation_notifications (ticket_id, step, channel, "
                                 "recipient, status, recorded_at) VALUES (?, -1, ?, '', "
                                 "'pending', ")
                   + db().nowSeconds()
                   + QLatin1String(") ON CONFLICT (ticket_id, step, channel) "
                                   "DO NOTHING"));
    insert.addBindValue(ticketId);
    insert.addBindValue(channel);
    exec(insert, Tr::tr("cannot record what the desk sends"));
    ChangeLog::record(db(),
                      QStringLiteral("escalation_notifications"),
                      ticketId,
                      QStringLiteral("created"));
    transaction.commit();
}

QList<EscalationNotification> SqlEscalationRepository::readNotifications(const QString &where,
                                                                         const QVariantList &values)
{
    QSqlQuery query(db().connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, ticket_id, run_id, step, channel, recipient, status, "
                                 "detail, recorded_at, finished_at FROM escalation_notifications "
                                 "WHERE %1 ORDER BY id")
                      .arg(where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    exec(query, Tr::tr("cannot read what the desk sent"));
    QList<EscalationNotification> result;
    while (query.next()) {
        EscalationNotification n;
        n.id = query.value(0).toLongLong();
        n.ticketId = query.value(1).toLongLong();
        n.runId = query.value(2).toLongLong();
        n.step = query.value(3).toInt();
        n.channel = query.value(4).toString();
        n.recipient = query.value(5).toString();
        const QString status = query.value(6).toString();
        n.status = status == QLatin1String("pending")   ? EscalationNotification::Status::Pending
                   : status == QLatin1String("sending") ? EscalationNotification::Status::Sending
                   : status == QLatin1String("delivered")
                       ? EscalationNotification::Status::Delivered
                       : EscalationNotification::Status::Failed;
        n.detail = query.value(7).toString();
        n.recordedAt = fromEpoch(query.value(8).toLongLong());
        if (!query.value(9).isNull())
            n.finishedAt = fromEpoch(query.value(9).toLongLong());
        result.append(n);
    }
    return result;
}

QList<EscalationNotification> SqlEscalationRepository::pendingNotifications()
{
    return readNotifications(QStringLiteral("status = 'pending'"), {});
}

bool SqlEscalationRepository::claimPending(qint64 id, const QString &recipient)
{
    Transaction transaction(db());
    QSqlQuery update(db().connection());
    update.prepare(QLatin1String("UPDATE escalation_notifications SET status = 'sending', "
                                 "recipient = ?, claimed_at = ")
                   + db().nowSeconds() + QLatin1String(" WHERE id = ? AND status = 'pending'"));
    update.addBindValue(notNull(recipient));
    update.addBindValue(id);
    exec(update, Tr::tr("cannot record what the desk sends"));
    if (update.numRowsAffected() != 1)
        return false;
    ChangeLog::record(db(),
                      QStringLiteral("escalation_notifications"),
                      id,
                      QStringLiteral("updated"));
    transaction.commit();
    return true;
}

void SqlEscalationRepository::finishNotification(qint64 id, bool delivered, const QString &detail)
{
    Transaction transaction(db());
    QSqlQuery update(db().connection());
    update.prepare(QLatin1String("UPDATE escalation_notifications SET status = ?, detail = ?, "
                                 "finished_at = ")
                   + db().nowSeconds() + QLatin1String(" WHERE id = ?"));
    update.addBindValue(delivered ? QStringLiteral("delivered") : QStringLiteral("failed"));
    update.addBindValue(notNull(detail).left(500));
    update.addBindValue(id);
    exec(update, Tr::tr("cannot record what the desk sent"));
    ChangeLog::record(db(),
                      QStringLiteral("escalation_notifications"),
                      id,
                      QStringLiteral("updated"));
    transaction.commit();
}

int SqlEscalationRepository::expireSends(Instant claimedBefore, const QString &detail)
{
    // Asked every few seconds by every console: a read first, a write only when there is one.
    QSqlQuery stale(db().connection());
    stale.prepare(QStringLiteral("SELECT 1 FROM escalation_notifications WHERE status = "
                                 "'sending' AND claimed_at < ? LIMIT 1"));
    stale.addBindValue(toEpoch(claimedBefore));
    exec(stale, Tr::tr("cannot read what the desk sent"));
    if (!stale.next())
        return 0;
    stale.finish();
    Transaction transaction(db());
    QSqlQuery update(db().connection());
    update.prepare(QLatin1String("UPDATE escalation_notifications SET status = 'failed', "
                                 "detail = ?, finished_at = ")
                   + db().nowSeconds()
                   + QLatin1String(" WHERE status = 'sending' AND claimed_at < ?"));
    update.addBindValue(notNull(detail).left(500));
    update.addBindValue(toEpoch(claimedBefore));
    exec(update, Tr::tr("cannot record what the desk sent"));
    const int expired = update.numRowsAffected();
    if (expired > 0)
        ChangeLog::record(db(),
                          QStringLiteral("escalation_notifications"),
                          0,
                          QStringLiteral("updated"));
    transaction.commit();
    return expired;
}

QList<EscalationNotification> SqlEscalationRepository::notifications(qint64 ticketId)
{
    return readNotifications(QStringLiteral("ticket_id = ?"), {ticketId});
}

QHash<QString, ContactDetails> SqlEscalationRepository::contactDetails()
{
    QSqlQuery query(db().connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT login, email, phone FROM users"));
    exec(query, Tr::tr("cannot read the users"));
    QHash<QString, ContactDetails> details;
    while (query.next())
        details.insert(query.value(0).toString(),
                       {query.value(1).toString().trimmed(), query.value(2).toString().trimmed()});
    return details;
}

void SqlEscalationRepository::refuseStale(qint64 runId,
                                          int yourVersion,
                                          const QString &yours,
                                          bool claim)
{
    QSqlQuery query(db().connection());
    query.prepare(
        QStringLiteral("SELECT r.version, u.login, r.updated_at, o.login, r.acknowledged_at FROM "
                       "escalation_runs r LEFT JOIN users u ON u.id = r.updated_by "
                       "LEFT JOIN users o ON o.id = r.acknowledged_by WHERE r.id = ?"));
    query.addBindValue(runId);
    exec(query, Tr::tr("cannot read what was changed"));
    if (!query.next())
        throw StorageError(Tr::tr("there is no escalation run %1").arg(runId));
    const int theirs = query.value(0).toInt();
    const QString author = query.value(1).toString();
    const qint64 at = query.value(2).toLongLong();
    // A claim refused because someone owns the run says who, and since when.
    const QString owner = claim ? query.value(3).toString() : QString();
    const qint64 ownedAt = query.value(4).toLongLong();
    const QString who = author.isEmpty() ? Tr::tr("someone") : author;
    const QString message
        = owner.isEmpty()
              ? Tr::tr("escalation run %1 was changed by %2 at %3 (version %4); your change "
                       "(%5) was made on version %6 and was not saved")
                    .arg(runId)
                    .arg(who, formatInstant(fromEpoch(at)))
                    .arg(theirs)
                    .arg(yours)
                    .arg(yourVersion)
              : Tr::tr("escalation run %1 is owned by %2 since %3 (version %4); your change "
                       "(%5) was made on version %6 and was not saved")
                    .arg(runId)
                    .arg(owner, formatInstant(fromEpoch(ownedAt)))
                    .arg(theirs)
                    .arg(yours)
                    .arg(yourVersion);
    throw ConflictError(message,
                        QLatin1String(runsTable),
                        runId,
                        yourVersion,
                        theirs,
                        owner.isEmpty() ? author : owner,
                        owner.isEmpty() ? at : ownedAt,
                        yours);
}

} // namespace hourglass
