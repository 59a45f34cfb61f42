// Maintenance windows, their overrides and platform subscriptions in SQL, on SQLite and PostgreSQL.
#include "storage/sqlmaintenancerepository.h"

#include "storage/changelog.h"
#include "storage/conflicterror.h"
#include "storage/database.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::SqlMaintenanceRepository)
};

const char table[] = "maintenance_windows";

const char selectWindows[]
    = "SELECT w.id, w.uid, w.name, w.platform, w.time_zone, w.starts_local, w.duration_seconds, "
      "w.end_kind, w.rrule, w.exdates, w.rdates, w.affected, w.keeps_working, w.pauses_sla, "
      "w.holiday_rule, w.holiday_calendar, w.version, w.affected_fr, w.keeps_working_fr "
      "FROM maintenance_windows w ";

// The drivers bind a null QString as NULL: a text column that is NOT NULL gets '' instead.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString joinTimes(const QList<LocalTime> &times)
{
    QStringList texts;
    for (LocalTime t : times)
        texts.append(formatLocalTime(t));
    return texts.join(QLatin1Char(','));
}

LocalTime readTime(const QString &text, qint64 windowId)
{
    const std::optional<LocalTime> t = parseLocalTime(text);
    if (!t) {
        throw StorageError(Tr::tr("maintenance window %1 holds an unreadable local time “%2”")
                               .arg(windowId)
                               .arg(text.left(40)));
    }
    return *t;
}

QList<LocalTime> splitTimes(const QString &text, qint64 windowId)
{
    QList<LocalTime> times;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        times.append(readTime(part, windowId));
    return times;
}

QString endKey(WindowEnd end)
{
    return end == WindowEnd::Elapsed ? QStringLiteral("elapsed") : QStringLiteral("wall-clock");
}

// The columns a write sets, in this order, with their values.
QStringList writtenColumns()
{
    return {QStringLiteral("uid"),
            QStringLiteral("name"),
            QStringLiteral("platform"),
            QStringLiteral("time_zone"),
            QStringLiteral("starts_local"),
            QStringLiteral("duration_seconds"),
            QStringLiteral("end_kind"),
            QStringLiteral("rrule"),
            QStringLiteral("exdates"),
            QStringLiteral("rdates"),
            QStringLiteral("affected"),
            QStringLiteral("keeps_working"),
            QStringLiteral("affected_fr"),
            QStringLiteral("keeps_working_fr"),
            QStringLiteral("pauses_sla"),
            QStringLiteral("holiday_rule"),
            QStringLiteral("holiday_calendar"),
            QStringLiteral("updated_by")};
}

QVariantList writtenValues(const MaintenanceWindow &w, qint64 actorId)
{
    return {notNull(w.uid),
            notNull(w.title),
            notNull(w.platform),
            notNull(w.zone),
            formatLocalTime(w.start),
            qint64(w.length.count()),
            endKey(w.end),
            notNull(w.rrule),
            notNull(joinTimes(w.exdates)),
            notNull(joinTimes(w.rdates)),
            notNull(w.affected),
            notNull(w.keepsWorking),
            notNull(w.affectedFr),
            notNull(w.keepsWorkingFr),
            w.pausesSla ? 1 : 0,
            holidayRuleKey(w.holidayRule),
            notNull(w.holidayCalendar),
            actorId};
}

} // namespace

SqlMaintenanceRepository::SqlMaintenanceRepository(DatabaseHandle database)
    : m_database(database)
{}

Database &SqlMaintenanceRepository::db() const
{
    return m_database.get();
}

void SqlMaintenanceRepository::exec(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        throw StorageError(db().describeError(what, query.lastError()));
}

QList<MaintenanceWindow> SqlMaintenanceRepository::read(const QString &where,
                                                        const QVariantList &values)
{
    QSqlQuery query(db().connection());
    query.setForwardOnly(true);
    query.prepare(QLatin1String(selectWindows) + where + QLatin1String(" ORDER BY w.id"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    exec(query, Tr::tr("cannot read maintenance windows"));
    QList<MaintenanceWindow> windows;
    QHash<qint64, qsizetype> positions;
    while (query.next()) {
        MaintenanceWindow w;
        w.id = query.value(0).toLongLong();
        w.uid = query.value(1).toString();
        w.title = query.value(2).toString();
        w.platform = query.value(3).toString();
        w.zone = query.value(4).toString();
        w.start = readTime(query.value(5).toString(), w.id);
        w.length = Seconds{query.value(6).toLongLong()};
        w.end = query.value(7).toString() == QLatin1String("elapsed") ? WindowEnd::Elapsed
                                                                      : WindowEnd::WallClock;
        w.rrule = query.value(8).toString();
        w.exdates = splitTimes(query.value(9).toString(), w.id);
        w.rdates = splitTimes(query.value(10).toString(), w.id);
        w.affected = query.value(11).toString();
        w.keepsWorking = query.value(12).toString();
        w.pausesSla = query.value(13).toInt() != 0;
        w.holidayRule = holidayRuleFromKey(query.value(14).toString()).value_or(HolidayRule::Keep);
        w.holidayCalendar = query.value(15).toString();
        w.version = query.value(16).toInt();
        w.affectedFr = query.value(17).toString();
        w.keepsWorkingFr = query.value(18).toString();
        positions.insert(w.id, windows.size());
        windows.append(w);
    }
    if (windows.isEmpty())
        return windows;

    QSqlQuery overrides(db().connection());
    overrides.setForwardOnly(true);
    // One window: its own overrides; several: all of them, which is the same rows or fewer.
    overrides.prepare(QLatin1String("SELECT window_id, recurrence_local, cancelled, starts_local, "
                                    "ends_local FROM maintenance_overrides")
                      + (windows.size() == 1 ? QLatin1String(" WHERE window_id = ?") : QString())
                      + QLatin1String(" ORDER BY window_id, recurrence_local"));
    if (windows.size() == 1)
        overrides.addBindValue(windows.constFirst().id);
    exec(overrides, Tr::tr("cannot read maintenance windows"));
    while (overrides.next()) {
        const qint64 id = overrides.value(0).toLongLong();
        const auto position = positions.constFind(id);
        if (position == positions.constEnd())
            continue;
        OccurrenceOverride o;
        o.recurrenceId = readTime(overrides.value(1).toString(), id);
        o.cancelled = overrides.value(2).toInt() != 0;
        if (!o.cancelled) {
            o.start = readTime(overrides.value(3).toString(), id);
            o.end = readTime(overrides.value(4).toString(), id);
        }
        windows[*position].overrides.append(o);
    }
    return windows;
}

QList<MaintenanceWindow> SqlMaintenanceRepository::windows()
{
    return read({}, {});
}

std::optional<MaintenanceWindow> SqlMaintenanceRepository::window(qint64 id)
{
    const QList<MaintenanceWindow> found = read(QStringLiteral("WHERE w.id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

std::optional<MaintenanceWindow> SqlMaintenanceRepository::windowWithUid(const QString &uid)
{
    const QList<MaintenanceWindow> found = read(QStringLiteral("WHERE w.uid = ?"), {uid});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

void SqlMaintenanceRepository::writeOverrides(qint64 windowId,
                                              const QList<OccurrenceOverride> &overrides)
{
    QSqlQuery clear(db().connection());
    clear.prepare(QStringLiteral("DELETE FROM maintenance_overrides WHERE window_id = ?"));
    clear.addBindValue(windowId);
    exec(clear, Tr::tr("cannot write maintenance window %1").arg(windowId));
    QSqlQuery insert(db().connection());
    insert.prepare(QStringLiteral("INSERT INTO maintenance_overrides (window_id, recurrence_local, "
                                  "cancelled, starts_local, ends_local) VALUES (?, ?, ?, ?, ?)"));
    for (const OccurrenceOverride &o : overrides) {
        insert.addBindValue(windowId);
        insert.addBindValue(formatLocalTime(o.recurrenceId));
        insert.addBindValue(o.cancelled ? 1 : 0);
        insert.addBindValue(o.cancelled ? QStringLiteral("") : formatLocalTime(o.start));
        insert.addBindValue(o.cancelled ? QStringLiteral("") : formatLocalTime(o.end));
        exec(insert, Tr::tr("cannot write maintenance window %1").arg(windowId));
    }
}

qint64 SqlMaintenanceRepository::insert(const MaintenanceWindow &window)
{
    MaintenanceWindow w = window;
    if (w.uid.isEmpty())
        w.uid = QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("@hourglass");
    if (windowWithUid(w.uid)) {
        throw StorageError(
            Tr::tr("a maintenance window with the UID “%1” exists already").arg(w.uid.left(80)));
    }
    const QStringList columns = writtenColumns();
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks.append(QStringLiteral("?"));
    QSqlQuery query(db().connection());
    query.prepare(QLatin1String("INSERT INTO maintenance_windows (") + columns.join(u',')
                  + QLatin1String(", updated_at) VALUES (") + marks.join(u',') + QLatin1String(", ")
                  + db().nowSeconds() + QLatin1String(") RETURNING id"));
    for (const QVariant &value : writtenValues(w, db().actorId()))
        query.addBindValue(value);
    exec(query, Tr::tr("cannot store the maintenance window “%1”").arg(w.title.left(80)));
    if (!query.next())
        throw StorageError(Tr::tr("cannot store the maintenance window “%1”").arg(w.title.left(80)));
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    writeOverrides(id, w.overrides);
    ChangeLog::record(db(), QLatin1String(table), id, QStringLiteral("created"));
    return id;
}

MaintenanceWindow SqlMaintenanceRepository::create(const MaintenanceWindow &window)
{
    Transaction transaction(db());
    const qint64 id = insert(window);
    const MaintenanceWindow stored = *this->window(id);
    transaction.commit();
    return stored;
}

bool SqlMaintenanceRepository::overwrite(const MaintenanceWindow &window, int expectedVersion)
{
    QStringList sets;
    for (const QString &column : writtenColumns())
        sets.append(column + QLatin1String(" = ?"));
    QSqlQuery query(db().connection());
    // The version in the WHERE clause makes a concurrent writer lose instead of overwrite.
    query.prepare(QLatin1String("UPDATE maintenance_windows SET ") + sets.join(QLatin1String(", "))
                  + QLatin1String(", updated_at = ") + db().nowSeconds()
                  + QLatin1String(", version = version + 1 WHERE id = ? AND version = ?"));
    for (const QVariant &value : writtenValues(window, db().actorId()))
        query.addBindValue(value);
    query.addBindValue(window.id);
    query.addBindValue(expectedVersion);
    exec(query, Tr::tr("cannot write maintenance window %1").arg(window.id));
    if (query.numRowsAffected() != 1)
        return false;
    writeOverrides(window.id, window.overrides);
    ChangeLog::record(db(), QLatin1String(table), window.id, QStringLiteral("updated"));
    return true;
}

void SqlMaintenanceRepository::refuseStale(qint64 id, int yourVersion, const QString &yours)
{
    QSqlQuery query(db().connection());
    query.prepare(QStringLiteral("SELECT w.version, u.login, w.updated_at FROM maintenance_windows "
                                 "w LEFT JOIN users u ON u.id = w.updated_by WHERE w.id = ?"));
    query.addBindValue(id);
    exec(query, Tr::tr("cannot read maintenance window %1").arg(id));
    if (!query.next())
        throw StorageError(Tr::tr("there is no maintenance window %1").arg(id));
    const int theirs = query.value(0).toInt();
    const QString author = query.value(1).toString();
    const qint64 at = query.value(2).toLongLong();
    throw ConflictError(Tr::tr("maintenance window %1 was changed by %2 at %3 (version %4); your "
                               "change (%5) was made on version %6 and was not saved")
                            .arg(id)
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

MaintenanceWindow SqlMaintenanceRepository::update(const MaintenanceWindow &window)
{
    Transaction transaction(db());
    if (!overwrite(window, window.version))
        refuseStale(window.id, window.version, Tr::tr("edit “%1”").arg(window.title.left(80)));
    const MaintenanceWindow stored = *this->window(window.id);
    transaction.commit();
    return stored;
}

void SqlMaintenanceRepository::remove(qint64 id, int version)
{
    Transaction transaction(db());
    QSqlQuery clear(db().connection());
    clear.prepare(QStringLiteral("DELETE FROM maintenance_overrides WHERE window_id = ? AND "
                                 "EXISTS (SELECT 1 FROM maintenance_windows WHERE id = ? AND "
                                 "version = ?)"));
    clear.addBindValue(id);
    clear.addBindValue(id);
    clear.addBindValue(version);
    exec(clear, Tr::tr("cannot remove maintenance window %1").arg(id));
    QSqlQuery query(db().connection());
    query.prepare(QStringLiteral("DELETE FROM maintenance_windows WHERE id = ? AND version = ?"));
    query.addBindValue(id);
    query.addBindValue(version);
    exec(query, Tr::tr("cannot remove maintenance window %1").arg(id));
    if (query.numRowsAffected() != 1)
        refuseStale(id, version, Tr::tr("remove it"));
    ChangeLog::record(db(), QLatin1String(table), id, QStringLiteral("deleted"));
    transaction.commit();
}

QList<MaintenanceWindow> SqlMaintenanceRepository::storeByUid(const QList<MaintenanceWindow> &windows)
{
    Transaction transaction(db());
    QList<qint64> ids;
    for (const MaintenanceWindow &window : windows) {
        const std::optional<MaintenanceWindow> stored = window.uid.isEmpty()
                                                            ? std::nullopt
                                                            : windowWithUid(window.uid);
        if (!stored) {
            ids.append(insert(window));
            continue;
        }
        MaintenanceWindow replacement = window;
        replacement.id = stored->id;
        if (!overwrite(replacement, stored->version))
            refuseStale(stored->id,
                        stored->version,
                        Tr::tr("import “%1”").arg(window.title.left(80)));
        ids.append(stored->id);
    }
    QList<MaintenanceWindow> result;
    for (qint64 id : std::as_const(ids))
        result.append(*window(id));
    transaction.commit();
    return result;
}

void SqlMaintenanceRepository::subscribe(qint64 customerId, const QString &platform)
{
    Transaction transaction(db());
    QSqlQuery query(db().connection());
    query.prepare(QStringLiteral("INSERT INTO platform_subscriptions (customer_id, platform) "
                                 "VALUES (?, ?) ON CONFLICT DO NOTHING"));
    query.addBindValue(customerId);
    query.addBindValue(notNull(platform));
    exec(query,
         Tr::tr("cannot subscribe customer %1 to the platform “%2”")
             .arg(customerId)
             .arg(platform.left(80)));
    ChangeLog::record(db(),
                      QStringLiteral("platform_subscriptions"),
                      customerId,
                      QStringLiteral("updated"));
    transaction.commit();
}

void SqlMaintenanceRepository::unsubscribe(qint64 customerId, const QString &platform)
{
    Transaction transaction(db());
    QSqlQuery query(db().connection());
    query.prepare(QStringLiteral("DELETE FROM platform_subscriptions WHERE customer_id = ? AND "
                                 "platform = ?"));
    query.addBindValue(customerId);
    query.addBindValue(notNull(platform));
    exec(query,
         Tr::tr("cannot unsubscribe customer %1 from the platform “%2”")
             .arg(customerId)
             .arg(platform.left(80)));
    ChangeLog::record(db(),
                      QStringLiteral("platform_subscriptions"),
                      customerId,
                      QStringLiteral("updated"));
    transaction.commit();
}

QStringList SqlMaintenanceRepository::platformsOf(qint64 customerId)
{
    QSqlQuery query(db().connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT platform FROM platform_subscriptions WHERE customer_id = ? "
                       "ORDER BY platform"));
    query.addBindValue(customerId);
    exec(query, Tr::tr("cannot read platform subscriptions"));
    QStringList platforms;
    while (query.next())
        platforms.append(query.value(0).toString());
    return platforms;
}

QList<qint64> SqlMaintenanceRepository::subscribersOf(const QString &platform)
{
    QSqlQuery query(db().connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT customer_id FROM platform_subscriptions WHERE platform = ? "
                       "ORDER BY customer_id"));
    query.addBindValue(notNull(platform));
    exec(query, Tr::tr("cannot read platform subscriptions"));
    QList<qint64> customers;
    while (query.next())
        customers.append(query.value(0).toLongLong());
    return customers;
}

QList<NoticeRecipient> SqlMaintenanceRepository::recipientsOf(const QString &platform)
{
    QSqlQuery query(db().connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT c.id, c.name, c.language, c.time_zone, c.notice_email FROM platform_subscriptions "
        "s JOIN customers c ON c.id = s.customer_id WHERE s.platform = ? ORDER BY c.id"));
    query.addBindValue(notNull(platform));
    exec(query, Tr::tr("cannot read platform subscriptions"));
    QList<NoticeRecipient> recipients;
    while (query.next())
        recipients.append({query.value(0).toLongLong(),
                           query.value(1).toString(),
                           query.value(2).toString(),
                           query.value(3).toString(),
                           query.value(4).toString()});
    return recipients;
}

void SqlMaintenanceRepository::recordNotices(const QList<NoticeRecord> &records)
{
    Transaction transaction(db());
    QSqlQuery insert(db().connection());
    insert.prepare(
        QLatin1String("INSERT INTO maintenance_notices (window_uid, occurrence_start, "
                      "recurrence_local, customer_id, address, language, time_zone, method, "
                      "sequence, delivery, file, reminder_at, kind, sent_by, sent_at) VALUES (?, "
                      "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ")
        + db().nowSeconds() + QLatin1String(")"));
    const qint64 actor = db().actorId();
    for (const NoticeRecord &r : records) {
        insert.addBindValue(notNull(r.windowUid));
        insert.addBindValue(toEpoch(r.occurrenceStart));
        insert.addBindValue(formatLocalTime(r.recurrenceId));
        insert.addBindValue(r.customerId);
        insert.addBindValue(notNull(r.address));
        insert.addBindValue(notNull(r.language));
        insert.addBindValue(notNull(r.timeZone));
        insert.addBindValue(noticeMethodKey(r.method));
        insert.addBindValue(r.sequence);
        insert.addBindValue(noticeDeliveryKey(r.delivery));
        insert.addBindValue(notNull(r.file));
        insert.addBindValue(r.reminderAt ? QVariant(toEpoch(*r.reminderAt))
                                         : QVariant(QMetaType::fromType<qint64>()));
        insert.addBindValue(noticeKindKey(r.kind));
        insert.addBindValue(actor);
        exec(insert, Tr::tr("cannot record the maintenance notices"));
    }
    if (!records.isEmpty())
        ChangeLog::record(db(), QStringLiteral("maintenance_notices"), 0, QStringLiteral("created"));
    transaction.commit();
}

QList<NoticeRecord> SqlMaintenanceRepository::readNotices(const QString &where,
                                                          const QVariantList &values)
{
    QSqlQuery query(db().connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT n.id, n.window_uid, n.occurrence_start, n.recurrence_local, "
                       "n.customer_id, n.address, n.language, n.time_zone, n.method, n.sequence, "
                       "n.delivery, n.file, n.reminder_at, n.sent_at, u.login, n.kind FROM "
                       "maintenance_notices n LEFT JOIN users u ON u.id = n.sent_by WHERE ")
        + where + QStringLiteral(" ORDER BY n.id"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    exec(query, Tr::tr("cannot read the maintenance notices"));
    QList<NoticeRecord> records;
    while (query.next()) {
        NoticeRecord &r = records.emplace_back();
        r.id = query.value(0).toLongLong();
        r.windowUid = query.value(1).toString();
        r.occurrenceStart = fromEpoch(query.value(2).toLongLong());
        r.recurrenceId = parseLocalTime(query.value(3).toString()).value_or(LocalTime{});
        r.customerId = query.value(4).toLongLong();
        r.address = query.value(5).toString();
        r.language = query.value(6).toString();
        r.timeZone = query.value(7).toString();
        r.method = query.value(8).toString() == QLatin1String("CANCEL")
                       ? MaintenanceNotice::Method::Cancel
                       : MaintenanceNotice::Method::Request;
        r.sequence = query.value(9).toInt();
        r.delivery = query.value(10).toString() == QLatin1String("mailto")
                         ? NoticeRecord::Delivery::Mailto
                         : NoticeRecord::Delivery::Eml;
        r.file = query.value(11).toString();
        if (!query.value(12).isNull())
            r.reminderAt = fromEpoch(query.value(12).toLongLong());
        r.sentAt = fromEpoch(query.value(13).toLongLong());
        r.sentBy = query.value(14).toString();
        r.kind = query.value(15).toString() == QLatin1String("reminder")
                     ? MaintenanceNotice::Kind::Reminder
                     : MaintenanceNotice::Kind::Notice;
    }
    return records;
}

QList<NoticeRecord> SqlMaintenanceRepository::noticesOf(const QString &windowUid)
{
    return readNotices(QStringLiteral("n.window_uid = ?"), {notNull(windowUid)});
}

QList<NoticeRecord> SqlMaintenanceRepository::dueReminders(Instant now)
{
    // The last word to each customer on each occurrence decides: a reminder already sent, a
    // cancellation or a newer notice (with its own reminder time) all come after the notice.
    return readNotices(QStringLiteral(
                           "n.kind = 'notice' AND n.method = 'REQUEST' AND n.reminder_at IS NOT "
                           "NULL AND n.reminder_at <= ? AND n.occurrence_start > ? AND NOT EXISTS "
                           "(SELECT 1 FROM maintenance_notices m WHERE m.window_uid = n.window_uid "
                           "AND m.occurrence_start = n.occurrence_start AND m.customer_id = "
                           "n.customer_id AND m.id > n.id)"),
                       {toEpoch(now), toEpoch(now)});
}

} // namespace hourglass
