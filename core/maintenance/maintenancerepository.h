// Where maintenance windows and platform subscriptions are kept: the interface the service uses.
#pragma once

#include "maintenance/maintenancenotice.h"
#include "maintenance/maintenancewindow.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hourglass {

class MaintenanceRepository
{
public:
    virtual ~MaintenanceRepository() = default;

    // Every window with its overrides, by id.
    virtual QList<MaintenanceWindow> windows() = 0;
    virtual std::optional<MaintenanceWindow> window(qint64 id) = 0;
    virtual std::optional<MaintenanceWindow> windowWithUid(const QString &uid) = 0;

    // A new window (its id is ignored); an empty UID gets a fresh one. Returns it as stored,
    // at version 1. Throws StorageError, also for a UID another window has.
    virtual MaintenanceWindow create(const MaintenanceWindow &window) = 0;
    // Replaces the stored window `window.id`, overrides included, when it is still at
    // `window.version`; returns it as stored, one version on. Throws ConflictError when
    // someone changed it since, StorageError when it is gone.
    virtual MaintenanceWindow update(const MaintenanceWindow &window) = 0;
    // Throws ConflictError for a stale version, StorageError when it is gone.
    virtual void remove(qint64 id, int version) = 0;
    // All or nothing, in one transaction: a window whose UID is stored replaces that one
    // (whatever its version: what is written wins), the others are created.
    virtual QList<MaintenanceWindow> storeByUid(const QList<MaintenanceWindow> &windows) = 0;

    // Platform names are matched exactly.
    virtual void subscribe(qint64 customerId, const QString &platform) = 0;
    virtual void unsubscribe(qint64 customerId, const QString &platform) = 0;
    virtual QStringList platformsOf(qint64 customerId) = 0;
    // The customers whose platforms a window's occurrences affect, by id.
    virtual QList<qint64> subscribersOf(const QString &platform) = 0;

    // The subscribers of a platform as notices address them, by id.
    virtual QList<NoticeRecipient> recipientsOf(const QString &platform) = 0;
    // What was sent to whom, all or nothing in one transaction; when and who are the
    // database's (sentAt and sentBy as given are ignored). Throws StorageError.
    virtual void recordNotices(const QList<NoticeRecord> &records) = 0;
    // The notices made for a window's occurrences (by its UID), in the order they were made.
    virtual QList<NoticeRecord> noticesOf(const QString &windowUid) = 0;
    // The notices whose reminder is due at `now`: a REQUEST with a reminder time at or before
    // `now`, for an occurrence not yet started, that is the last thing recorded for that
    // customer and occurrence (no reminder, cancellation or newer notice since). By id.
    virtual QList<NoticeRecord> dueReminders(Instant now) = 0;
};

} // namespace hourglass
