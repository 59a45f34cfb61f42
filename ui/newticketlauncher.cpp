// "New ticket" on the queue page: the menu action and its keys, the dialog it opens without
// blocking, and the queue selecting the ticket once it is created.
#include "newticketlauncher.h"

#include "newticketdialog.h"
#include "queuepage.h"

#include <QAction>
#include <QEvent>

namespace hourglass {

NewTicketLauncher::NewTicketLauncher(QueuePage &page, TicketService &tickets, const Clock &clock)
    : QObject(&page)
    , m_page(page)
    , m_tickets(tickets)
    , m_clock(clock)
    , m_action(new QAction(this))
{
    setObjectName(QStringLiteral("newTicketLauncher"));
    m_action->setObjectName(QStringLiteral("newTicketAction"));
    // Ctrl+N as everywhere; n as the queue's other single keys (the text fields keep it).
    m_action->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_N), QKeySequence(Qt::Key_N)});
    m_action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_action, &QAction::triggered, this, [this] { open(); });
    page.addAction(m_action);
    // The action's text follows the page's language changes.
    page.installEventFilter(this);
    retranslate();
}

NewTicketLauncher *NewTicketLauncher::of(const QObject *page)
{
    return page ? page->findChild<NewTicketLauncher *>(QStringLiteral("newTicketLauncher"),
                                                       Qt::FindDirectChildrenOnly)
                : nullptr;
}

NewTicketDialog *NewTicketLauncher::dialog() const
{
    return m_dialog;
}

NewTicketDialog *NewTicketLauncher::open()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    m_dialog = new NewTicketDialog(m_tickets, m_clock, m_page.window());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &NewTicketDialog::ticketCreated, this, [this](qint64 id) {
        // In the queue at once (the change feed brings it too, a little later), selected when
        // the filters show it, and in the pane either way.
        m_page.refreshTicket(id);
        m_page.openTicket(id);
    });
    m_dialog->open();
    return m_dialog;
}

bool NewTicketLauncher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_page && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void NewTicketLauncher::retranslate()
{
    m_action->setText(tr("&New ticket…"));
}

} // namespace hourglass
