// On-call rotations, their revisions, overrides and declared leave in SQL, on SQLite and
// PostgreSQL.
#include "storage/sqloncallrepository.h"

#include "storage/changelog.h"
#include "storage/conflicterror.h"
#include "storage/database.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"
#include "time/businesscalendar.h"
#include "time/wallclock.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <date/tz.h>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::SqlOnCallRepository)
};

const char rotationsTable[] = "oncall_rotations";
const char overridesTable[] = "oncall_overrides";
const char leaveTable[] = "oncall_leave";

QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString joinDates(const QList<date::local_days> &dates)
{
    QStringList texts;
    for (date::local_days d : dates)
        texts.append(formatLocalDate(d));
    return texts.join(QLatin1Char(','));
}

QList<date::local_days> splitDates(const QString &text, qint64 rotationId)
{
    QList<date::local_days> dates;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::optional<date::local_days> d = parseLocalDate(part);
        if (!d)
            throw StorageError(Tr::tr("on-call rotation %1 holds an unreadable date “%2”")
                                   .arg(rotationId)
                                   .arg(part.left(40)));
        dates.append(*d);
    }
    return dates;
}

} // namespace

SqlOnCallRepository::SqlOnCallRepository(DatabaseHandle database)
    : m_database(database)
{}

Database &SqlOnCallRepository::db() const
{
    return m_database.get();
}

void SqlOnCallRepository::exec(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        throw StorageError(db().describeError(what, query.lastError()));
}

qint64 SqlOnCallRepository::userOf(const QString &login)
{
    const qint64 id = db().userId(login);
    if (id == 0)
        throw StorageError(Tr::tr("there is no user “%1”").arg(login.left(80)));
    return id;
}

QList<Rotation> SqlOnCallRepository::rotations()
{
    QSqlQuery query(db().connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id FROM oncall_rotations ORDER BY name, id"));
    exec(query, Tr::tr("cannot read the on-call rotations"));
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    QList<Rotation> result;
    for (qint64 id : std::as_const(ids)) {
        if (std::optional<Rotation> r = rotation(id))
            result.append(*r);
    }
    return result;
}

std::optional<Rotation> SqlOnCallRepository::rotation(qint64 id)
{
    const QList<RotationRevision> all = revisions(id);
    if (all.isEmpty())
        return std::nullopt;
    return all.constLast().rotation;
}

std::optional<RotationRevision> SqlOnCallRepository::legacyRevision(qint64 rotationId)
{
    QSqlQuery query(db().connection());
    query.prepare(QStringLiteral("SELECT name, time_zone, starts_at, shift_seconds, version FROM "
                                 "oncall_rotations WHERE id = ?"));
    query.addBindValue(rotationId);
    exec(query, Tr::tr("cannot read on-call rotation %1").arg(rotationId));
    if (!query.next())
        return std::nullopt;
    RotationRevision r;
    r.revision = 0;
    r.recordedAt = fromEpoch(0);
    Rotation &rotation = r.rotation;
    rotation.id = rotationId;
    rotation.name = query.value(0).toString();
    rotation.zone = query.value(1).toString();
    if (!BusinessCalendar::isKnownZone(rotation.zone))
        rotation.zone = QStringLiteral("UTC");
    const date::time_zone &zone = *date::locate_zone(rotation.zone.toStdString());
    const date::local_seconds start = zone.to_local(fromEpoch(query.value(2).toLongLong()));
    rotation.firstHandoff = date::floor<date::days>(start);
    rotation.handoffTime = start - date::local_seconds{rotation.firstHandoff};
    const qint64 days = std::max<qint64>(1, (query.value(3).toLongLong() + 43200) / 86400);
    rotation.period = days == 1   ? RotationPeriod::Daily
                      : days == 7 ? RotationPeriod::Weekly
                                  : RotationPeriod::EveryNDays;
    rotation.everyDays = int(std::min<qint64>(days, 366));
    rotation.version = query.value(4).toInt();
    QSqlQuery members(db().connection());
    members.prepare(QStringLiteral("SELECT u.login FROM oncall_members m JOIN users u ON u.id = "
                                   "m.user_id WHERE m.rotation_id = ? ORDER BY m.position"));
    members.addBindValue(rotationId);
    exec(members, Tr::tr("cannot read on-call rotation %1").arg(rotationId));
    while (members.next())
        rotation.people.append(members.value(0).toString());
    // Version 1 knew a prime and the rest of the roster after it.
    rotation.secondaries = int(std::max<qsizetype>(0, rotation.people.size() - 1));
    if (rotation.people.isEmpty())
        return std::nullopt;
    return r;
}

QList<RotationRevision> SqlOnCallRepository::revisions(qint64 rotationId)
{
    QSqlQuery version(db().connection());
    version.prepare(QStringLiteral("SELECT version FROM oncall_rotations WHERE id = ?"));
    version.addBindValue(rotationId);
    exec(version, Tr::tr("cannot read on-call rotation %1").arg(rotationId));
    if (!version.next())
        return {};
    const int current = version.value(0).toInt();

    QSqlQuery query(db().connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT r.revision, r.recorded_at, u.login, r.name, r.time_zone, r.period, r.every_days, "
        "r.first_handoff, r.handoff_time, r.handoff_dates, r.secondaries FROM oncall_revisions r "
        "LEFT JOIN users u ON u.id = r.recorded_by WHERE r.rotation_id = ? ORDER BY r.revision"));
    query.addBindValue(rotationId);
    exec(query, Tr::tr("cannot read on-call rotation %1").arg(rotationId));
    QList<RotationRevision> result;
    QHash<int, qsizetype> positions;
    while (query.next()) {
        RotationRevision r;
        r.revision = query.value(0).toInt();
        r.recordedAt = fromEpoch(query.value(1).toLongLong());
        r.recordedBy = query.value(2).toString();
        Rotation &rotation = r.rotation;
        rotation.id = rotationId;
        rotation.name = query.value(3).toString();
        rotation.zone = query.value(4).toString();
        rotation.period = rotationPeriodFromKey(query.value(5).toString())
                              .value_or(RotationPeriod::Weekly);
        rotation.everyDays = query.value(6).toInt();
        const std::optional<date::local_days> first = parseLocalDate(query.value(7).toString());
        if (!first)
            throw StorageError(Tr::tr("on-call rotation %1 holds an unreadable date “%2”")
                                   .arg(rotationId)
                                   .arg(query.value(7).toString().left(40)));
        rotation.firstHandoff = *first;
        rotation.handoffTime = Seconds{query.value(8).toLongLong()};
        rotation.handoffDates = splitDates(query.value(9).toString(), rotationId);
        rotation.secondaries = query.value(10).toInt();
        positions.insert(r.revision, result.size());
        result.append(r);
    }
    if (result.isEmpty()) {
        if (std::optional<RotationRevision> legacy = legacyRevision(rotationId))
            result.append(*legacy);
        return result;
    }
    QSqlQuery people(db().connection());
    people.setForwardOnly(true);
    people.prepare(QStringLiteral(
        "SELECT p.revision, p.role, u.login FROM oncall_revision_people p JOIN users u ON u.id = "
        "p.user_id WHERE p.rotation_id = ? ORDER BY p.revision, p.role, p.position"));
    people.addBindValue(rotationId);
    exec(people, Tr::tr("cannot read on-call rotation %1").arg(rotationId));
    while (people.next()) {
        const auto position = positions.constFind(people.value(0).toInt());
        if (position == positions.constEnd())
            continue;
        Rotation &rotation = result[*position].rotation;
        const QString role = people.value(1).toString();
        QStringList &list = role == QLatin1String("level2")   ? rotation.level2
                            : role == QLatin1String("level3") ? rotation.level3
                                                              : rotation.people;
        list.append(people.value(2).toString());
    }
    result.last().rotation.version = current;
    return result;
}

void SqlOnCallRepository::refuseNameTaken(const QString &name, qint64 except)
{
    QSqlQuery query(db().connection());
    query.prepare(QStringLiteral("SELECT 1 FROM oncall_rotations WHERE name = ? AND id <> ?"));
    query.addBindValue(notNull(name));
    query.addBindValue(except);
    exec(query, Tr::tr("cannot read the on-call rotations"));
    if (query.next())
        throw StorageError(
            Tr::tr("an on-call rotation named “%1” exists already").arg(name.left(80)));
}

void SqlOnCallRepository::writeRevision(qint64 rotationId,
                                        int revision,
                                        const Rotation &rotation,
                                        bool recordedNow)
{
    QSqlQuery insert(db().connection());
    insert.prepare(QLatin1String("INSERT INTO oncall_revisions (rotation_id, revision, "
                                 "recorded_at, recorded_by, name, time_zone, period, every_days, "
                                 "first_handoff, handoff_time, handoff_dates, secondaries) "
                                 "VALUES (?, ?, ")
                   + (recordedNow ? db().nowSeconds() : QStringLiteral("0"))
                   + QLatin1String(", ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(rotationId);
    insert.addBindValue(revision);
    insert.addBindValue(recordedNow ? QVariant(db().actorId())
                                    : QVariant(QMetaType::fromType<qint64>()));
    insert.addBindValue(notNull(rotation.name));
    insert.addBindValue(notNull(rotation.zone));
    insert.addBindValue(rotationPeriodKey(rotation.period));
    insert.addBindValue(std::max(1, rotation.everyDays));
    insert.addBindValue(formatLocalDate(rotation.firstHandoff));
    insert.addBindValue(qint64(rotation.handoffTime.count()));
    insert.addBindValue(notNull(joinDates(rotation.handoffDates)));
    insert.addBindValue(rotation.secondaries);
    exec(insert, Tr::tr("cannot store the on-call rotation “%1”").arg(rotation.name.left(80)));

    QSqlQuery person(db().connection());
    person.prepare(QStringLiteral("INSERT INTO oncall_revision_people (rotation_id, revision, "
                                  "role, position, user_id) VALUES (?, ?, ?, ?, ?)"));
    const auto writeRole = [&](const QString &role, const QStringList &logins) {
        for (qsizetype i = 0; i < logins.size(); ++i) {
            person.addBindValue(rotationId);
            person.addBindValue(revision);
            person.addBindValue(role);
            person.addBindValue(int(i));
            person.addBindValue(userOf(logins.at(i)));
            exec(person,
                 Tr::tr("cannot store the on-call rotation “%1”").arg(rotation.name.left(80)));
        }
    };
    writeRole(QStringLiteral("roster"), rotation.people);
    writeRole(QStringLiteral("level2"), rotation.level2);
    writeRole(QStringLiteral("level3"), rotation.level3);
}

void SqlOnCallRepository::writeCurrent(qint64 rotationId, const Rotation &rotation)
{
    // What version 1's readers see: the latest revision's zone, first handoff and period.
    const date::time_zone &zone = *date::locate_zone(rotation.zone.toStdString());
    const Instant start = resolveWallClock(zone,
                                           date::local_seconds{rotation.firstHandoff}
                                               + rotation.handoffTime);
    const qint64 days = rotation.period == RotationPeriod::Custom
                            ? (rotation.handoffDates.value(0, rotation.firstHandoff + date::days{1})
                               - rotation.firstHandoff)
                                  .count()
                            : rotation.periodDays();
    QSqlQuery query(db().connection());
    query.prepare(QStringLiteral("UPDATE oncall_rotations SET name = ?, time_zone = ?, starts_at = "
                                 "?, shift_seconds = ? WHERE id = ?"));
    query.addBindValue(notNull(rotation.name));
    query.addBindValue(notNull(rotation.zone));
    query.addBindValue(toEpoch(start));
    query.addBindValue(std::max<qint64>(1, days) * 86400);
    query.addBindValue(rotationId);
    exec(query, Tr::tr("cannot store the on-call rotation “%1”").arg(rotation.name.left(80)));
    QSqlQuery clear(db().connection());
    clear.prepare(QStringLiteral("DELETE FROM oncall_members WHERE rotation_id = ?"));
    clear.addBindValue(rotationId);
    exec(clear, Tr::tr("cannot store the on-call rotation “%1”").arg(rotation.name.left(80)));
    QSqlQuery member(db().connection());
    member.prepare(QStringLiteral("INSERT INTO oncall_members (rotation_id, position, user_id) "
                                  "VALUES (?, ?, ?)"));
    for (qsizetype i = 0; i < rotation.people.size(); ++i) {
        member.addBindValue(rotationId);
        member.addBindValue(int(i));
        member.addBindValue(userOf(rotation.people.at(i)));
        exec(member, Tr::tr("cannot store the on-call rotation “%1”").arg(rotation.name.left(80)));
    }
}

Rotation SqlOnCallRepository::create(const Rotation &rotation)
{
    Transaction transaction(db());
    refuseNameTaken(rotation.name, 0);
    QSqlQuery insert(db().connection());
    insert.prepare(QLatin1String("INSERT INTO oncall_rotations (name, time_zone, starts_at, "
                                 "shift_seconds, updated_at, updated_by) VALUES (?, ?, 0, 86400, ")
                   + db().nowSeconds() + QLatin1String(", ?) RETURNING id"));
    insert.addBindValue(notNull(rotation.name));
    insert.addBindValue(notNull(rotation.zone));
    insert.addBindValue(db().actorId());
    exec(insert, Tr::tr("cannot store the on-call rotation “%1”").arg(rotation.name.left(80)));
    if (!insert.next())
        throw StorageError(
            Tr::tr("cannot store the on-call rotation “%1”").arg(rotation.name.left(80)));
    const qint64 id = insert.value(0).toLongLong();
    insert.finish();
    writeRevision(id, 1, rotation, true);
    writeCurrent(id, rotation);
    ChangeLog::record(db(), QLatin1String(rotationsTable), id, QStringLiteral("created"));
    const Rotation stored = *this->rotation(id);
    transaction.commit();
    return stored;
}

Rotation SqlOnCallRepository::update(const Rotation &rotation)
{
    Transaction transaction(db());
    refuseNameTaken(rotation.name, rotation.id);
    // Read before the version moves: a version-1 rotation's own columns are its first revision.
    const QList<RotationRevision> before = revisions(rotation.id);
    QSqlQuery query(db().connection());
    // The version in the WHERE clause makes a concurrent writer lose instead of overwrite.
    query.prepare(QLatin1String("UPDATE oncall_rotations SET version = version + 1, updated_at = ")
                  + db().nowSeconds()
                  + QLatin1String(", updated_by = ? WHERE id = ? AND version = ?"));
    query.addBindValue(db().actorId());
    query.addBindValue(rotation.id);
    query.addBindValue(rotation.version);
    exec(query, Tr::tr("cannot store the on-call rotation “%1”").arg(rotation.name.left(80)));
    if (query.numRowsAffected() != 1)
        refuseStale(rotationsTable,
                    rotation.id,
                    rotation.version,
                    Tr::tr("edit “%1”").arg(rotation.name.left(80)));
    int next = before.isEmpty() ? 1 : before.constLast().revision + 1;
    if (!before.isEmpty() && before.constLast().revision == 0) {
        writeRevision(rotation.id, 1, before.constLast().rotation, false);
        next = 2;
    }
    writeRevision(rotation.id, next, rotation, true);
    writeCurrent(rotation.id, rotation);
    ChangeLog::record(db(), QLatin1String(rotationsTable), rotation.id, QStringLiteral("updated"));
    const Rotation stored = *this->rotation(rotation.id);
    transaction.commit();
    return stored;
}

void SqlOnCallRepository::refuseStale(const char *table,
                                      qint64 id,
                                      int yourVersion,
                                      const QString &yours)
{
    const bool rotations = QLatin1String(table) == QLatin1String(rotationsTable);
    QSqlQuery query(db().connection());
    query.prepare(
        rotations
            ? QStringLiteral("SELECT t.version, u.login, t.updated_at FROM oncall_rotations t "
                             "LEFT JOIN users u ON u.id = t.updated_by WHERE t.id = ?")
            : QStringLiteral("SELECT t.version, u.login, COALESCE(t.withdrawn_at, t.recorded_at) "
                             "FROM %1 t LEFT JOIN users u ON u.id = COALESCE(t.withdrawn_by, "
                             "t.recorded_by) WHERE t.id = ?")
                  .arg(QLatin1String(table)));
    query.addBindValue(id);
    exec(query, Tr::tr("cannot read what was changed"));
    const bool leave = QLatin1String(table) == QLatin1String(leaveTable);
    if (!query.next())
        throw StorageError(rotations ? Tr::tr("there is no on-call rotation %1").arg(id)
                           : leave   ? Tr::tr("there is no declared leave %1").arg(id)
                                     : Tr::tr("there is no override %1").arg(id));
    const int theirs = query.value(0).toInt();
    const QString author = query.value(1).toString();
    const qint64 at = query.value(2).toLongLong();
    // One sentence per kind of row, so that translations can agree with it.
    const QString message
        = rotations ? Tr::tr("on-call rotation %1 was changed by %2 at %3 (version %4); your "
                             "change (%5) was made on version %6 and was not saved")
          : leave   ? Tr::tr("declared leave %1 was changed by %2 at %3 (version %4); your "
                             "change (%5) was made on version %6 and was not saved")
                    : Tr::tr("override %1 was changed by %2 at %3 (version %4); your change (%5) "
                             "was made on version %6 and was not saved");
    throw ConflictError(message.arg(id)
                            .arg(author.isEmpty() ? Tr::tr("someone") : author,
                                 formatInstant(fromEpoch(at)))
                            .arg(theirs)
                            .arg(yours)
                            .arg(yourVersion),
                        QLatin1String(table),
                        id,
                        yourVersion,
                        theirs,
                        author,
                        at,
                        yours);
}

QList<OnCallOverride> SqlOnCallRepository::overrides(qint64 rotationId)
{
    QSqlQuery query(db().connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT o.id, o.rotation_id, o.starts_at, o.ends_at, c.login, v.login, o.note, "
        "o.recorded_at, r.login, o.withdrawn_at, w.login, o.version FROM oncall_overrides o "
        "JOIN users c ON c.id = o.covered_id JOIN users v ON v.id = o.cover_id "
        "LEFT JOIN users r ON r.id = o.recorded_by LEFT JOIN users w ON w.id = o.withdrawn_by "
        "WHERE o.rotation_id = ? ORDER BY o.id"));
    query.addBindValue(rotationId);
    exec(query, Tr::tr("cannot read the overrides of on-call rotation %1").arg(rotationId));
    QList<OnCallOverride> result;
    while (query.next()) {
        OnCallOverride &o = result.emplace_back();
        o.id = query.value(0).toLongLong();
        o.rotationId = query.value(1).toLongLong();
        o.start = fromEpoch(query.value(2).toLongLong());
        o.end = fromEpoch(query.value(3).toLongLong());
        o.covered = query.value(4).toString();
        o.cover = query.value(5).toString();
        o.note = query.value(6).toString();
        o.recordedAt = fromEpoch(query.value(7).toLongLong());
        o.recordedBy = query.value(8).toString();
        if (!query.value(9).isNull())
            o.withdrawnAt = fromEpoch(query.value(9).toLongLong());
        o.withdrawnBy = query.value(10).toString();
        o.version = query.value(11).toInt();
    }
    return result;
}

OnCallOverride SqlOnCallRepository::addOverride(const OnCallOverride &override)
{
    Transaction transaction(db());
    QSqlQuery insert(db().connection());
    insert.prepare(QLatin1String("INSERT INTO oncall_overrides (rotation_id, starts_at, ends_at, "
                                 "covered_id, cover_id, note, recorded_by, recorded_at) VALUES "
                                 "(?, ?, ?, ?, ?, ?, ?, ")
                   + db().nowSeconds() + QLatin1String(") RETURNING id"));
    insert.addBindValue(override.rotationId);
    insert.addBindValue(toEpoch(override.start));
    insert.addBindValue(toEpoch(override.end));
    insert.addBindValue(userOf(override.covered));
    insert.addBindValue(userOf(override.cover));
    insert.addBindValue(notNull(override.note));
    insert.addBindValue(db().actorId());
    exec(insert, Tr::tr("cannot store the override"));
    if (!insert.next())
        throw StorageError(Tr::tr("cannot store the override"));
    const qint64 id = insert.value(0).toLongLong();
    insert.finish();
    ChangeLog::record(db(), QLatin1String(overridesTable), id, QStringLiteral("created"));
    OnCallOverride stored;
    for (const OnCallOverride &o : overrides(override.rotationId)) {
        if (o.id == id)
            stored = o;
    }
    transaction.commit();
    return stored;
}

void SqlOnCallRepository::withdrawOverride(qint64 id, int version)
{
    Transaction transaction(db());
    QSqlQuery query(db().connection());
    query.prepare(QLatin1String("UPDATE oncall_overrides SET withdrawn_at = ") + db().nowSeconds()
                  + QLatin1String(", withdrawn_by = ?, version = version + 1 WHERE id = ? AND "
                                  "version = ? AND withdrawn_at IS NULL"));
    query.addBindValue(db().actorId());
    query.addBindValue(id);
    query.addBindValue(version);
    exec(query, Tr::tr("cannot withdraw override %1").arg(id));
    if (query.numRowsAffected() != 1)
        refuseStale(overridesTable, id, version, Tr::tr("withdraw it"));
    ChangeLog::record(db(), QLatin1String(overridesTable), id, QStringLiteral("updated"));
    transaction.commit();
}

QList<DeclaredLeave> SqlOnCallRepository::leave()
{
    QSqlQuery query(db().connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT l.id, p.login, l.starts_at, l.ends_at, l.note, l.recorded_at, r.login, "
        "l.withdrawn_at, l.version FROM oncall_leave l JOIN users p ON p.id = l.user_id "
        "LEFT JOIN users r ON r.id = l.recorded_by ORDER BY l.id"));
    exec(query, Tr::tr("cannot read the declared leave"));
    QList<DeclaredLeave> result;
    while (query.next()) {
        DeclaredLeave &l = result.emplace_back();
        l.id = query.value(0).toLongLong();
        l.person = query.value(1).toString();
        l.start = fromEpoch(query.value(2).toLongLong());
        l.end = fromEpoch(query.value(3).toLongLong());
        l.note = query.value(4).toString();
        l.recordedAt = fromEpoch(query.value(5).toLongLong());
        l.recordedBy = query.value(6).toString();
        if (!query.value(7).isNull())
            l.withdrawnAt = fromEpoch(query.value(7).toLongLong());
        l.version = query.value(8).toInt();
    }
    return result;
}

DeclaredLeave SqlOnCallRepository::declareLeave(const DeclaredLeave &leave)
{
    Transaction transaction(db());
    QSqlQuery insert(db().connection());
    insert.prepare(QLatin1String("INSERT INTO oncall_leave (user_id, starts_at, ends_at, note, "
                                 "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ")
                   + db().nowSeconds() + QLatin1String(") RETURNING id"));
    insert.addBindValue(userOf(leave.person));
    insert.addBindValue(toEpoch(leave.start));
    insert.addBindValue(toEpoch(leave.end));
    insert.addBindValue(notNull(leave.note));
    insert.addBindValue(db().actorId());
    exec(insert, Tr::tr("cannot store the leave of “%1”").arg(leave.person.left(80)));
    if (!insert.next())
        throw StorageError(Tr::tr("cannot store the leave of “%1”").arg(leave.person.left(80)));
    const qint64 id = insert.value(0).toLongLong();
    insert.finish();
    ChangeLog::record(db(), QLatin1String(leaveTable), id, QStringLiteral("created"));
    DeclaredLeave stored;
    for (const DeclaredLeave &l : this->leave()) {
        if (l.id == id)
            stored = l;
    }
    transaction.commit();
    return stored;
}

void SqlOnCallRepository::withdrawLeave(qint64 id, int version)
{
    Transaction transaction(db());
    QSqlQuery query(db().connection());
    query.prepare(QLatin1String("UPDATE oncall_leave SET withdrawn_at = ") + db().nowSeconds()
                  + QLatin1String(", withdrawn_by = ?, version = version + 1 WHERE id = ? AND "
                                  "version = ? AND withdrawn_at IS NULL"));
    query.addBindValue(db().actorId());
    query.addBindValue(id);
    query.addBindValue(version);
    exec(query, Tr::tr("cannot withdraw leave %1").arg(id));
    if (query.numRowsAffected() != 1)
        refuseStale(leaveTable, id, version, Tr::tr("withdraw it"));
    ChangeLog::record(db(), QLatin1String(leaveTable), id, QStringLiteral("updated"));
    transaction.commit();
}

} // namespace hourglass
