// Sends maintenance notices the two ways Hourglass can, as .eml files in a folder or as mailto:
// links for the user's mail client, and records what went to whom: all or nothing.
#pragma once

#include "maintenance/maintenancenotice.h"

#include <QList>
#include <QString>

namespace hourglass {

class MaintenanceService;
class NoticeComposer;

class NoticeDelivery
{
public:
    NoticeDelivery(MaintenanceService &service, const NoticeComposer &composer);

    // One .eml per notice in `folder` (NoticeComposer::eml, dated `now`), then one record per
    // notice. When a file cannot be written or the record is refused, the files already
    // written are removed and the error goes on (InputError naming the file, or StorageError):
    // nothing is left half sent. Returns the records, in the notices' order.
    QList<NoticeRecord> saveAsEml(const QList<MaintenanceNotice> &notices,
                                  const QString &folder,
                                  Instant now);
    // The notices as handed to the mail client (NoticeComposer::mailto), recorded.
    QList<NoticeRecord> recordMailto(const QList<MaintenanceNotice> &notices);

    // "notice-20260106T230000Z-12-3-request.eml"; a reminder ends "-reminder.eml", so it never
    // replaces the notice it recalls.
    static QString fileNameOf(const MaintenanceNotice &notice);

private:
    MaintenanceService &m_service;
    const NoticeComposer &m_composer;
};

} // namespace hourglass
