// The strip across the console while a maintenance window is in progress: which window, until
// when in its own zone, and what keeps working; it comes and goes with the injected clock.
#pragma once

#include "maintenance/maintenancewindow.h"

#include <QFrame>
#include <QTimer>

class QLabel;

namespace hourglass {

class ChangeFeed;
class Clock;
class MaintenanceService;

class MaintenanceBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MaintenanceBanner)

public:
    // feed may be null (the windows are then read once, and on reload()).
    MaintenanceBanner(MaintenanceService &service,
                      const Clock &clock,
                      ChangeFeed *feed,
                      QWidget *parent = nullptr);

    // Reads the windows again.
    void reload();
    // Shown or hidden, with the words, for the clock's now (each tick, on a language change).
    void refresh();
    QString text() const;
    // How often the clock is read (default a second).
    void setInterval(int milliseconds) { m_tick.setInterval(milliseconds); }

protected:
    void changeEvent(QEvent *event) override;

private:
    MaintenanceService &m_service;
    const Clock &m_clock;
    QList<MaintenanceWindow> m_windows;
    QLabel *m_text;
    QTimer m_tick;
    QTimer m_reloadSoon;
};

} // namespace hourglass
