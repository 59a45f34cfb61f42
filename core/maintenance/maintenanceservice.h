// The one door to maintenance windows: validation, presets, occurrences and who they affect.
#pragma once

#include "maintenance/maintenanceexpander.h"
#include "maintenance/maintenancerepository.h"
#include "maintenance/noticecomposer.h"
#include "sla/slapause.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <vector>

namespace hourglass {

class MaintenanceService
{
public:
    // `calendars`: those holiday rules may name (the stored and preset calendars).
    explicit MaintenanceService(MaintenanceRepository &repository,
                                const QList<CalendarDefinition> &calendars = {});
    MaintenanceService(const MaintenanceService &) = delete;
    MaintenanceService &operator=(const MaintenanceService &) = delete;

    QList<MaintenanceWindow> windows() { return m_repository.windows(); }

    // Creates (id 0) or updates (at window.version) one window after validating it; the rule
    // is stored in libical's spelling. Throws InputError (file: the window's title) for a bad
    // window, ConflictError for a stale version.
    MaintenanceWindow save(const MaintenanceWindow &window);
    void remove(qint64 id, int version) { m_repository.remove(id, version); }
    // Every window validated first, then all stored in one transaction, by UID (a stored UID is
    // replaced, others created): a bad window refuses the whole list and changes nothing.
    QList<MaintenanceWindow> store(const QList<MaintenanceWindow> &windows);
    // The seeds' windows (MaintenancePresets), by their fixed UIDs: installing twice changes
    // nothing more.
    QList<MaintenanceWindow> installPresets();

    // The windows and their occurrences during [from, to); an occurrence's `window` indexes
    // the list returned with it.
    struct Schedule
    {
        QList<MaintenanceWindow> windows;
        std::vector<MaintenanceOccurrence> occurrences;
    };
    Schedule schedule(Instant from, Instant to);
    // The pauses the SLA engine takes for a customer on `platforms`: the occurrences of the
    // schedule whose window pauses SLA clocks and is on one of them (platform names matched
    // exactly, as subscriptions are). One schedule serves every ticket of a refresh.
    static std::vector<SlaPause> pausesFrom(const Schedule &schedule, const QStringList &platforms);
    // What an explanation says of an occurrence: "NUP control plane, 00:00-06:00 Paris", in
    // the window's own zone.
    static QString pauseReason(const MaintenanceWindow &window,
                               const MaintenanceOccurrence &occurrence);

    // Overlaps between windows of one platform during [from, to), as people read them.
    QStringList overlapWarnings(Instant from, Instant to);

    // The customers a window's occurrences affect: the subscribers of its platform.
    QList<qint64> affectedCustomers(const MaintenanceWindow &window)
    {
        return m_repository.subscribersOf(window.platform);
    }
    // Throws InputError for an empty or unprintable platform name.
    void subscribe(qint64 customerId, const QString &platform);
    void unsubscribe(qint64 customerId, const QString &platform)
    {
        m_repository.unsubscribe(customerId, platform);
    }
    QStringList platformsOf(qint64 customerId) { return m_repository.platformsOf(customerId); }

    // An occurrence by name, as `hourglass-cli maintenance occurrences` prints it: the window's
    // UID, "/", and the start in ISO 8601 UTC ("nup@hourglass/2026-01-06T23:00:00Z"). A
    // cancelled occurrence is named by the start the rule gave it.
    static QString occurrenceName(const MaintenanceWindow &window,
                                  const MaintenanceOccurrence &occurrence);
    struct FoundOccurrence
    {
        MaintenanceWindow window;
        MaintenanceOccurrence occurrence; // its `window` is 0
        bool cancelled = false;
    };
    // Throws InputError (place "occurrence") for a malformed name, a UID no window has, or a
    // start at which no occurrence of the window starts, runs moved, or was cancelled.
    FoundOccurrence findOccurrence(const QString &name);
    // One notice per subscriber of the window's platform, by customer id: a REQUEST, or a
    // CANCEL for a cancelled occurrence; `reminder` before the start (none when 0).
    // `addresses`: by customer, for those with no address stored (typed by the sender).
    QList<MaintenanceNotice> notices(const FoundOccurrence &found,
                                     const NoticeComposer &composer,
                                     Seconds reminder,
                                     Instant stamp,
                                     const QHash<qint64, QString> &addresses = {});
    // The reminders due at `now` (MaintenanceRepository::dueReminders), composed again from
    // the window as it stands, to the customer as they stand (address, language, zone; the
    // address the notice went to when none is stored). A customer who left the platform, or a
    // notice whose occurrence no longer starts then (moved, cancelled, window gone), has no
    // reminder: the change has a notice of its own.
    QList<MaintenanceNotice> dueReminders(const NoticeComposer &composer,
                                          Instant now,
                                          const QHash<qint64, QString> &addresses = {});
    // The record of what was sent to whom, all or nothing. Throws StorageError.
    void recordNotices(const QList<NoticeRecord> &records) { m_repository.recordNotices(records); }
    QList<NoticeRecord> noticesOf(const QString &windowUid)
    {
        return m_repository.noticesOf(windowUid);
    }

    const MaintenanceExpander &expander() const { return m_expander; }
    // The window as it would be stored: validated, rule normalized. Throws InputError.
    static MaintenanceWindow validated(const MaintenanceWindow &window);

private:
    MaintenanceRepository &m_repository;
    MaintenanceExpander m_expander;
};

} // namespace hourglass
