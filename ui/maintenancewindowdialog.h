// Creating, editing and deleting one maintenance window, with its rule in plain words as the
// user types; the service refuses what is wrong, naming the field, and nothing is stored.
#pragma once

#include "maintenance/maintenancewindow.h"
#include "time/calendardefinition.h"

#include <QDialog>
#include <QStringList>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace hourglass {

class MaintenanceService;

class MaintenanceWindowDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MaintenanceWindowDialog)

public:
    // `window`: the stored one to edit (its version is what a save is based on), or a new one
    // (id 0) with the fields to start from. `platforms` and `zones` fill the choices.
    MaintenanceWindowDialog(MaintenanceService &service,
                            const MaintenanceWindow &window,
                            const QStringList &platforms,
                            const QStringList &zones,
                            QWidget *parent = nullptr);

    // The window as the fields say.
    MaintenanceWindow window() const;
    // What was stored, once saved; nullopt until then and after a delete.
    const std::optional<MaintenanceWindow> &saved() const { return m_saved; }
    bool deleted() const { return m_deleted; }
    // The calendars offered for the holiday rule, by name; a window's calendar not among them
    // is kept and shown by its id.
    void setHolidayCalendars(const QList<CalendarDefinition> &calendars);
    // What the service last refused, or empty.
    QString problem() const;

    // Saves through the service; a refusal (bad field, stale version, no database) is shown in
    // the dialog, which stays open with nothing written.
    void accept() override;
    // Asks first (a message box, window-modal), then deletes at the version shown.
    void askToDelete();
    void deleteWindow();

signals:
    void windowChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateRuleText();
    void showProblem(const QString &message, const QString &field = QString());

    MaintenanceService &m_service;
    const MaintenanceWindow m_original;
    std::optional<MaintenanceWindow> m_saved;
    bool m_deleted = false;

    QLabel *m_titleLabel;
    QLineEdit *m_title;
    QLabel *m_platformLabel;
    QComboBox *m_platform;
    QLabel *m_zoneLabel;
    QComboBox *m_zone;
    QLabel *m_startLabel;
    QDateTimeEdit *m_start;
    QLabel *m_lengthLabel;
    QSpinBox *m_hours;
    QSpinBox *m_minutes;
    QLabel *m_ruleLabel;
    QLineEdit *m_rule;
    QLabel *m_ruleText;
    QComboBox *m_endKind;
    QLabel *m_exdatesLabel;
    QLineEdit *m_exdates;
    QLabel *m_rdatesLabel;
    QLineEdit *m_rdates;
    QTabWidget *m_texts;
    QLabel *m_affectedLabel;
    QPlainTextEdit *m_affected;
    QLabel *m_keepsWorkingLabel;
    QPlainTextEdit *m_keepsWorking;
    QLabel *m_affectedFrLabel;
    QPlainTextEdit *m_affectedFr;
    QLabel *m_keepsWorkingFrLabel;
    QPlainTextEdit *m_keepsWorkingFr;
    QCheckBox *m_pausesSla;
    QLabel *m_holidayLabel;
    QComboBox *m_holidayRule;
    QComboBox *m_holidayCalendar;
    QList<CalendarDefinition> m_calendars;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
    QPushButton *m_cancel;
    QPushButton *m_delete;
};

} // namespace hourglass
