// The strip above the queue that says a clock is about to breach, or has: counting down live,
// in the language of the moment; a click opens the ticket, × dismisses that alert for good.
#include "alertbanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QToolButton>

namespace hourglass {

AlertBanner::AlertBanner(const SlaAlerts &alerts, QWidget *parent)
    : QFrame(parent)
    , m_source(alerts)
    , m_text(new QLabel(this))
    , m_dismiss(new QToolButton(this))
{
    setObjectName(QStringLiteral("alertBanner"));
    m_text->setObjectName(QStringLiteral("alertText"));
    m_dismiss->setObjectName(QStringLiteral("dismissAlertButton"));
    m_text->setWordWrap(true);
    m_text->setAttribute(Qt::WA_TransparentForMouseEvents); // a click anywhere opens the ticket
    m_text->setTextFormat(Qt::RichText);
    m_dismiss->setText(QStringLiteral("×"));
    m_dismiss->setAutoRaise(true);
    setCursor(Qt::PointingHandCursor);
    m_dismiss->setCursor(Qt::ArrowCursor);
    setStyleSheet(
        QStringLiteral("#alertBanner { background: #fdecea; border: 1px solid #c62828; }"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_dismiss, 0, Qt::AlignTop);
    connect(m_dismiss, &QToolButton::clicked, this, &AlertBanner::dismiss);
    // Countdowns show minutes, so a second is as fine as the words get.
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &AlertBanner::refresh);
    changeEvent(nullptr);
    hide();
}

void AlertBanner::add(const SlaAlerts::Alert &alert)
{
    if (m_dismissed.contains(alert.key))
        return;
    // One alert a ticket: the newer says more.
    m_alerts.removeIf([&](const SlaAlerts::Alert &a) { return a.ticketId == alert.ticketId; });
    m_alerts.prepend(alert);
    refresh();
}

void AlertBanner::dismiss()
{
    if (m_alerts.isEmpty())
        return;
    m_dismissed.insert(m_alerts.takeFirst().key);
    refresh();
}

void AlertBanner::refresh()
{
    // Alerts whose clock stopped (answered, resolved) have nothing left to say.
    m_alerts.removeIf([this](const SlaAlerts::Alert &a) { return !m_source.isCurrent(a); });
    if (m_alerts.isEmpty()) {
        m_tick.stop();
        hide();
        return;
    }
    const SlaAlerts::Alert &shown = m_alerts.first();
    QString text = QStringLiteral("<b>%1</b> — %2")
                       .arg(m_source.titleOf(shown).toHtmlEscaped(),
                            m_source.messageOf(shown).toHtmlEscaped());
    if (m_alerts.size() > 1)
        text += QStringLiteral(" <small>(%1)</small>")
                    .arg(tr("%n more alert(s)", nullptr, int(m_alerts.size()) - 1).toHtmlEscaped());
    if (m_text->text() != text)
        m_text->setText(text);
    setProperty("ticket", shown.ticketId);
    show();
    if (!m_tick.isActive())
        m_tick.start();
}

qint64 AlertBanner::ticketId() const
{
    return m_alerts.isEmpty() ? 0 : m_alerts.first().ticketId;
}

QString AlertBanner::text() const
{
    return m_text->text();
}

void AlertBanner::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && ticketId())
        emit ticketClicked(ticketId());
    QFrame::mouseReleaseEvent(event);
}

void AlertBanner::changeEvent(QEvent *event)
{
    if (!event || event->type() == QEvent::LanguageChange) {
        m_dismiss->setToolTip(tr("Dismiss this alert"));
        setToolTip(tr("Open the ticket"));
        if (event)
            refresh();
    }
    if (event)
        QFrame::changeEvent(event);
}

} // namespace hourglass
