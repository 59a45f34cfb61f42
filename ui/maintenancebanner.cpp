// The strip across the console while a maintenance window is in progress: which window, until
// when in its own zone, and what keeps working; it comes and goes with the injected clock.
#include "maintenancebanner.h"

#include "io/inputerror.h"
#include "maintenance/maintenanceservice.h"
#include "maintenance/recurrencetext.h"
#include "sla/policynames.h"
#include "storage/changefeed.h"
#include "storage/storageerror.h"
#include "time/clock.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

#include <date/tz.h>

namespace hourglass {

MaintenanceBanner::MaintenanceBanner(MaintenanceService &service,
                                     const Clock &clock,
                                     ChangeFeed *feed,
                                     QWidget *parent)
    : QFrame(parent)
    , m_service(service)
    , m_clock(clock)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("maintenanceBanner"));
    m_text->setObjectName(QStringLiteral("maintenanceBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    setStyleSheet(QStringLiteral(
        "#maintenanceBanner { background: #fff4d6; border-bottom: 1px solid #b8860b; }"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);

    m_reloadSoon.setSingleShot(true);
    m_reloadSoon.setInterval(0);
    connect(&m_reloadSoon, &QTimer::timeout, this, &MaintenanceBanner::reload);
    if (feed) {
        connect(feed, &ChangeFeed::changed, this, [this](const Change &change) {
            if (change.table.startsWith(QLatin1String("maintenance_")))
                m_reloadSoon.start();
        });
    }
    // Windows start and end on the minute; a second is as late as the banner gets.
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &MaintenanceBanner::refresh);
    m_tick.start();
    hide();
    reload();
}

void MaintenanceBanner::reload()
{
    try {
        m_windows = m_service.windows();
    } catch (const StorageError &) {
        // Offline: the windows read before still say what is in progress.
    }
    refresh();
}

void MaintenanceBanner::refresh()
{
    const Instant now = m_clock.now();
    QStringList lines;
    for (const MaintenanceWindow &window : std::as_const(m_windows)) {
        std::vector<MaintenanceOccurrence> occurrences;
        try {
            occurrences = m_service.expander().occurrences(window, now, now + Seconds{1});
        } catch (const InputError &) {
            continue; // a window the expander refuses shows nowhere; the calendar page says why
        }
        for (const MaintenanceOccurrence &occurrence : occurrences) {
            const date::zoned_seconds end{window.zone.toStdString(), occurrence.end};
            const QString until = tr("%1 %2 time", "wall-clock time, place of its time zone")
                                      .arg(QString::fromStdString(
                                               date::format("%H:%M", end.get_local_time())),
                                           RecurrenceText::placeOf(window.zone));
            QString line = tr("Maintenance in progress: %1 until %2", "window title, end time")
                               .arg(window.title, until);
            QStringList more;
            const QString language = PolicyNames::language();
            for (const QString &part :
                 {window.keepsWorkingIn(language), window.affectedIn(language)}) {
                if (!part.trimmed().isEmpty())
                    more.append(part.simplified());
            }
            if (!more.isEmpty())
                line = tr("%1 — %2", "maintenance in progress, what it means")
                           .arg(line, more.join(QLatin1Char(' ')));
            lines.append(line);
        }
    }
    const QString text = lines.join(u'\n');
    if (m_text->text() != text)
        m_text->setText(text);
    setVisible(!lines.isEmpty());
}

QString MaintenanceBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void MaintenanceBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QFrame::changeEvent(event);
}

} // namespace hourglass
