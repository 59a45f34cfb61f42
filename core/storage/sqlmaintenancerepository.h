// Maintenance windows, their overrides and platform subscriptions in SQL, on SQLite and PostgreSQL.
#pragma once

#include "maintenance/maintenancerepository.h"
#include "storage/databasehandle.h"

#include <QVariantList>
#include <QtGlobal>

class QSqlQuery;

namespace hourglass {

class Database;

class SqlMaintenanceRepository final : public MaintenanceRepository
{
    Q_DISABLE_COPY_MOVE(SqlMaintenanceRepository)

public:
    explicit SqlMaintenanceRepository(DatabaseHandle database);

    QList<MaintenanceWindow> windows() override;
    std::optional<MaintenanceWindow> window(qint64 id) override;
    std::optional<MaintenanceWindow> windowWithUid(const QString &uid) override;
    MaintenanceWindow create(const MaintenanceWindow &window) override;
    MaintenanceWindow update(const MaintenanceWindow &window) override;
    void remove(qint64 id, int version) override;
    QList<MaintenanceWindow> storeByUid(const QList<MaintenanceWindow> &windows) override;

    void subscribe(qint64 customerId, const QString &platform) override;
    void unsubscribe(qint64 customerId, const QString &platform) override;
    QStringList platformsOf(qint64 customerId) override;
    QList<qint64> subscribersOf(const QString &platform) override;
    QList<NoticeRecipient> recipientsOf(const QString &platform) override;
    void recordNotices(const QList<NoticeRecord> &records) override;
    QList<NoticeRecord> noticesOf(const QString &windowUid) override;
    QList<NoticeRecord> dueReminders(Instant now) override;

private:
    Database &db() const;
    QList<MaintenanceWindow> read(const QString &where, const QVariantList &values);
    QList<NoticeRecord> readNotices(const QString &where, const QVariantList &values);
    qint64 insert(const MaintenanceWindow &window);
    // The update itself, inside the caller's transaction; false when the version moved on.
    bool overwrite(const MaintenanceWindow &window, int expectedVersion);
    void writeOverrides(qint64 windowId, const QList<OccurrenceOverride> &overrides);
    void exec(QSqlQuery &query, const QString &what);
    [[noreturn]] void refuseStale(qint64 id, int yourVersion, const QString &yours);

    DatabaseHandle m_database;
};

} // namespace hourglass
