// Sends maintenance notices as .eml files or mailto: links and records them, all or nothing.
#include "maintenance/noticedelivery.h"

#include "io/inputerror.h"
#include "maintenance/maintenanceservice.h"
#include "maintenance/noticecomposer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <date/date.h>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::NoticeDelivery)
};

} // namespace

NoticeDelivery::NoticeDelivery(MaintenanceService &service, const NoticeComposer &composer)
    : m_service(service)
    , m_composer(composer)
{}

QString NoticeDelivery::fileNameOf(const MaintenanceNotice &notice)
{
    return QStringLiteral("notice-%1-%2-%3-%4%5.eml")
        .arg(QString::fromStdString(date::format("%Y%m%dT%H%M%SZ", notice.start)))
        .arg(notice.recipient.customerId)
        .arg(notice.sequence)
        .arg(noticeMethodKey(notice.method).toLower())
        .arg(notice.kind == MaintenanceNotice::Kind::Reminder ? QStringLiteral("-reminder")
                                                              : QString());
}

QList<NoticeRecord> NoticeDelivery::saveAsEml(const QList<MaintenanceNotice> &notices,
                                              const QString &folder,
                                              Instant now)
{
    QList<NoticeRecord> records;
    QStringList written;
    try {
        for (const MaintenanceNotice &notice : notices) {
            const QString path = QDir(folder).filePath(fileNameOf(notice));
            QSaveFile file(path);
            const QByteArray bytes = m_composer.eml(notice, now);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()
                || !file.commit())
                throw InputError(path,
                                 QString(),
                                 Tr::tr("cannot be written: %1").arg(file.errorString()));
            written.append(path);
            records.append(NoticeRecord::of(notice, NoticeRecord::Delivery::Eml, path));
        }
        m_service.recordNotices(records);
    } catch (...) {
        for (const QString &path : std::as_const(written))
            QFile::remove(path);
        throw;
    }
    return records;
}

QList<NoticeRecord> NoticeDelivery::recordMailto(const QList<MaintenanceNotice> &notices)
{
    QList<NoticeRecord> records;
    for (const MaintenanceNotice &notice : notices)
        records.append(NoticeRecord::of(notice, NoticeRecord::Delivery::Mailto, QString()));
    m_service.recordNotices(records);
    return records;
}

} // namespace hourglass
