// One ticket: its countdowns (due in the viewer's zone and the calendar's), timeline, the
// explanation of every deadline, and the actions an agent takes, all through the write path.
#pragma once

#include "sla/slaengine.h"
#include "tickets/ticketaction.h"
#include "tickets/ticketrepository.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace hourglass {

class Clock;
class CommandRunner;
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

    // The actions, for keyboard shortcuts and tests.
    void respond();
    void postUpdate();
    // Waiting on the customer, or back to work when paused.
    void toggleWaiting();
    void assignToMe();
    void toggleResolved();
    void addNote(const QString &text);
    void changeSeverity(const QString &severity);
    // The time the requester chose (P6-style targets fall due then).
    void schedule(Instant when);
    // The due time a severity would give, before the agent confirms it.
    QString previewSeverity(const QString &severity) const;
    CustomerPanel *customerPanel() const { return m_customerPanel; }

signals:
    void ticketChanged(qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refreshClocks(SlaEngine::Explain explain);
    // One action on the ticket shown, on the version shown; a conflict shows both sides.
    void perform(TicketAction::Kind kind,
                 const QString &value = QString(),
                 const QString &text = QString(),
                 std::optional<Instant> when = std::nullopt);
    void showOutcome(bool saved);

    TicketService &m_tickets;
    const SlaEngine &m_engine;
    const Clock &m_clock;
    std::optional<TicketRecord> m_ticket;
    TicketTimeline m_timeline;
    QLabel *m_header;
    QLabel *m_fields;
    QLabel *m_clocks;
    QLabel *m_banner;
    QListWidget *m_events;
    QPlainTextEdit *m_explain;
    QPushButton *m_respond;
    QPushButton *m_update;
    QPushButton *m_waiting;
    QPushButton *m_assign;
    QPushButton *m_resolve;
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
};

} // namespace hourglass
