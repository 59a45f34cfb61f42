// "New ticket" on the queue page: the menu action and its keys, the dialog it opens without
// blocking, and the queue selecting the ticket once it is created.
#pragma once

#include <QObject>
#include <QPointer>

class QAction;

namespace hourglass {

class Clock;
class NewTicketDialog;
class QueuePage;
class TicketService;

class NewTicketLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewTicketLauncher)

public:
    // A child of the page, whose shortcuts (Ctrl+N, n) it joins.
    NewTicketLauncher(QueuePage &page, TicketService &tickets, const Clock &clock);

    QAction *action() const { return m_action; }
    // Opens the dialog window-modal and returns at once (QDialog::open, never exec): tests
    // drive it, and the window's event loop keeps running. One at a time.
    NewTicketDialog *open();
    // The dialog open now, or null.
    NewTicketDialog *dialog() const;
    // The launcher a queue page was given, or null.
    static NewTicketLauncher *of(const QObject *page);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();

    QueuePage &m_page;
    TicketService &m_tickets;
    const Clock &m_clock;
    QAction *m_action;
    QPointer<NewTicketDialog> m_dialog;
};

} // namespace hourglass
