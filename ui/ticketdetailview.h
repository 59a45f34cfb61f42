// One ticket: its countdowns (due in the viewer's zone and the calendar's), timeline, the
// explanation of every deadline, and the actions an agent takes, all through the write path.
#pragma once

#include "sla/slaengine.h"
#include "tickets/ticketaction.h"
#include "tickets/ticketmessage.h"
#include "tickets/ticketrepository.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QTabWidget;
class QPlainTextEdit;
class QPushButton;

namespace hourglass {

class Clock;
class CommandRunner;
class ConversationView;
class CustomerPanel;
class SlaEngine;
class TicketService;

class TicketDetailView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketDetailView)

public:
    // Reads and acts through the ticket service, so it follows the connection state.
    TicketDetailView(TicketService &tickets,
                     CommandRunner &commands,
                     const Clock &clock,
                     QWidget *parent = nullptr);

    void showTicket(qint64 id);
    qint64 ticketId() const { return m_ticket ? m_ticket->id : 0; }
    void reload();
    // The ticket shown has left the list beside it (resolved, filtered out, changed by someone
    // else): it stays shown, marked, until the agent moves on.
    void setInView(bool inView);
    bool isInView() const { return m_inView; }
    // The reply editor, focused and ready to type in (Enter on a ticket).
    void focusReply();

    // The actions, for keyboard shortcuts and tests. Respond and Post update send what the
    // reply editor holds, and empty it.
    void respond();
    void postUpdate();
    void waitOnCustomer();
    void customerReplied();
    void resume();
    // Waiting on the customer, or back to work when paused.
    void toggleWaiting();
    void assignToMe();
    void resolve();
    void reopen();
    void toggleResolved();
    void addNote(const QString &text);
    void changeSeverity(const QString &severity);
    // The time the requester chose (P6-style targets fall due then).
    void schedule(Instant when);
    // The due time a severity would give, before the agent confirms it.
    QString previewSeverity(const QString &severity) const;
    // The ticket's actions with their keys (r, u, w, c, o, s, a, Shift+R, Shift+O), for the
    // window's Ticket menu and the page's shortcuts.
    QList<QAction *> shortcutActions() const { return m_actions; }
    CustomerPanel *customerPanel() const { return m_customerPanel; }

signals:
    void ticketChanged(qint64 id);
    // An action was carried out on the ticket shown (saved or queued).
    void acted(qint64 id, hourglass::TicketAction::Kind kind);
    // Esc in the reply: the agent goes back to the list (what was typed stays).
    void replyLeft();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void refreshClocks(SlaEngine::Explain explain);
    // One action on the ticket shown, on the version shown; a conflict shows both sides.
    void perform(TicketAction::Kind kind,
                 const QString &value = QString(),
                 const QString &text = QString(),
                 std::optional<Instant> when = std::nullopt);
    void showOutcome(bool saved, TicketAction::Kind kind);
    // Which actions apply to the ticket as it stands; the buttons keep their places.
    void updateButtons();
    // The ticket's messages, oldest first, as people wrote them.
    void showConversation();

    TicketService &m_tickets;
    const SlaEngine &m_engine;
    const Clock &m_clock;
    std::optional<TicketRecord> m_ticket;
    TicketTimeline m_timeline;
    QList<TicketMessage> m_thread;
    QLabel *m_header;
    QLabel *m_fields;
    QLabel *m_clocks;
    QLabel *m_banner;
    QListWidget *m_events;
    ConversationView *m_conversation;
    QTabWidget *m_history; // the conversation, the timeline and the explanation, in one place
    QPlainTextEdit *m_explain;
    QLabel *m_outOfView;
    QPlainTextEdit *m_reply;
    QPushButton *m_respond;
    QPushButton *m_update;
    QPushButton *m_waiting;
    QPushButton *m_customerReplied;
    QPushButton *m_resume;
    QPushButton *m_assign;
    QPushButton *m_resolve;
    QPushButton *m_reopen;
    QLineEdit *m_note;
    QPushButton *m_addNote;
    QComboBox *m_severity;
    QLabel *m_severityPreview;
    QPushButton *m_applySeverity;
    QDateTimeEdit *m_scheduleEdit;
    QPushButton *m_schedule;
    QLabel *m_empty;
    QWidget *m_body;
    CustomerPanel *m_customerPanel = nullptr;
    QTimer m_tick;
    int m_ticks = 0;
    bool m_inView = true;
    QList<QAction *> m_actions;
};

} // namespace hourglass
