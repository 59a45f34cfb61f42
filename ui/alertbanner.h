// The strip above the queue that says a clock is about to breach, or has: counting down live,
// in the language of the moment; a click opens the ticket, × dismisses that alert for good.
#pragma once

#include "models/slaalerts.h"

#include <QFrame>
#include <QTimer>

class QLabel;
class QToolButton;

namespace hourglass {

class AlertBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertBanner)

public:
    explicit AlertBanner(const SlaAlerts &alerts, QWidget *parent = nullptr);

    // A new alert goes on top; the one shown before waits under it.
    void add(const SlaAlerts::Alert &alert);
    // The alert shown is put away; it does not come back, the next one waiting shows.
    void dismiss();
    // Words again for the alert shown (each second, on a language change).
    void refresh();

    qint64 ticketId() const;
    QString text() const;
    int waiting() const { return int(m_alerts.size()); }

signals:
    void ticketClicked(qint64 id);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    const SlaAlerts &m_source;
    QList<SlaAlerts::Alert> m_alerts; // newest first
    QSet<QString> m_dismissed;
    QLabel *m_text;
    QToolButton *m_dismiss;
    QTimer m_tick;
};

} // namespace hourglass
