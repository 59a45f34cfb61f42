// The after-hours desk (seed 000): the intake form for a call, the escalation runs under way
// and the one selected, live — who is being called, the countdown to the next contact, the
// outcome buttons, R&D paging, the outcome path and the attempt ledger. Everything goes
// through EscalationService, so the console refuses what the command line refuses; another
// desk's changes arrive through the change feed.
#pragma once

#include "oncall/escalationrepository.h"
#include "oncall/escalationrun.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QButtonGroup;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace hourglass {

class ChangeFeed;
class EscalationService;

class DeskView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskView)

public:
    DeskView(EscalationService &service, ChangeFeed *feed, QWidget *parent = nullptr);

    // Reads the runs, the people and how to reach them again.
    void reload();
    // Reads the customers the form offers again.
    void reloadCustomers();
    // Records the call the form holds; false (with the reason shown) when refused.
    bool recordCall();
    // Logs an outcome for the running step of the selected run.
    bool logOutcome(hourglass::AttemptOutcome outcome);
    bool pageLevel(int level);
    bool resolveSelected();
    void selectRun(qint64 id);
    // What the one-second tick does: the countdown, and the next step when it runs out.
    void tick();
    qint64 selectedRun() const { return m_selected; }

    // For tests and screenshots.
    QComboBox *customerBox() const { return m_customer; }
    QLineEdit *callerEdit() const { return m_caller; }
    QLineEdit *callbackEdit() const { return m_callback; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    void setUrgency(const QString &urgency);
    QString problem() const;
    QString callingText() const;
    QTableWidget *ledger() const { return m_ledger; }
    // The tel: and mailto: links of the contact being called (rich text).
    QString reachText() const;
    QListWidget *runList() const { return m_runs; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showRuns();
    void showSelected();
    void refuse(const QString &message);
    // Carries out a submit…() of the service and says how it went: saved (the run read
    // again), kept offline, or refused (a conflict reads the run again first).
    bool act(const std::function<bool()> &submit);
    QString nameOf(const QString &login) const;
    QString severityName(const QString &severity) const;
    QString fieldLabel(const QString &field) const;
    std::optional<EscalationRun> selected() const;

    EscalationService &m_service;
    QHash<QString, QString> m_names;
    QHash<QString, ContactDetails> m_details;
    QHash<qint64, QString> m_customers; // ticket → its customer's name
    QList<EscalationRun> m_open;
    qint64 m_selected = 0;
    int m_shownStep = -1; // the running step the view shows; -1 for none

    QLabel *m_heading;
    QLabel *m_phones;
    QGroupBox *m_intakeBox;
    QLabel *m_customerLabel;
    QComboBox *m_customer;
    QLabel *m_callerLabel;
    QLineEdit *m_caller;
    QLabel *m_callbackLabel;
    QLineEdit *m_callback;
    QLabel *m_urgencyLabel;
    QButtonGroup *m_urgency;
    QRadioButton *m_notUrgent;
    QRadioButton *m_urgent;
    QRadioButton *m_critical;
    QLabel *m_descriptionLabel;
    QPlainTextEdit *m_description;
    QPushButton *m_record;
    QLabel *m_intakeResult;

    QGroupBox *m_runsBox;
    QListWidget *m_runs;
    QGroupBox *m_runBox;
    QLabel *m_caller2;
    QLabel *m_calling;
    QLabel *m_countdown;
    QLabel *m_reach; // the contact's tel: and mailto: links
    QPushButton *m_noAnswer;
    QPushButton *m_voicemail;
    QPushButton *m_declined;
    QPushButton *m_acknowledged;
    QPushButton *m_page2;
    QPushButton *m_page3;
    QComboBox *m_resolution;
    QPushButton *m_resolve;
    QTableWidget *m_ledger;
    QLabel *m_problem;

    QTimer m_tick;
    QTimer m_reloadSoon;
    QTimer m_customersSoon;
};

} // namespace hourglass
