// The maintenance calendar page: a month with the windows on their days, the next occurrences
// beside it, overlap warnings, the editor, and .ics import and export; live from the database.
#pragma once

#include "maintenance/maintenanceoccurrence.h"
#include "maintenance/maintenancewindow.h"
#include "maintenancenoticedialog.h"
#include "time/calendardefinition.h"

#include <QDate>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <vector>

class QLabel;
class QListWidget;
class QPushButton;
class QToolButton;

namespace hourglass {

class ChangeFeed;
class Clock;
class MaintenanceMonthGrid;
class MaintenanceService;
class MaintenanceNoticeDialog;
class MaintenanceWindowDialog;

class MaintenanceView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MaintenanceView)

public:
    // feed may be null (no live updates).
    MaintenanceView(MaintenanceService &service,
                    const Clock &clock,
                    ChangeFeed *feed,
                    QWidget *parent = nullptr);

    // Reads the windows again and redraws (what the change feed asks for).
    void reload();
    // Any day of the month to show.
    void showMonth(QDate month);
    QDate month() const;
    void showPreviousMonth();
    void showNextMonth();
    void showToday();

    // The editor, opened window-modal (never blocking): for a new window, or for the stored
    // window of that id. Returned so that tests can fill it in.
    MaintenanceWindowDialog *openEditor(qint64 windowId = 0);
    // Reads an .ics file and stores its windows (all or none); false, with a message box
    // naming the line, when it is refused.
    bool importFile(const QString &path);
    bool exportFile(const QString &path);

    // The notices of the occurrence selected in the list (window-modal, never blocking), or of
    // the occurrence named (MaintenanceService::occurrenceName); null when there is none.
    MaintenanceNoticeDialog *notifySelected();
    MaintenanceNoticeDialog *notify(const QString &occurrenceName);
    // The reminders due now, to send.
    MaintenanceNoticeDialog *openReminders();
    // One occurrence of a window cancelled, or moved to another wall-clock start and end in
    // the window's zone, the others untouched (an override, RECURRENCE-ID); then the notice
    // dialog for it, so that customers are told. False, with a message box, when refused.
    bool cancelOccurrence(qint64 windowId, LocalTime recurrenceId);
    bool moveOccurrence(qint64 windowId, LocalTime recurrenceId, LocalTime start, LocalTime end);
    // The dialog last opened by notify, openReminders, cancel or move, or null.
    MaintenanceNoticeDialog *lastNoticeDialog() const { return m_lastNotice; }

    MaintenanceMonthGrid *grid() const { return m_grid; }
    // The last message box shown (import, export), or null.
    QWidget *lastMessage() const { return m_lastMessage; }

    // The colour a platform is drawn in (the n-th platform by name, of those stored).
    QColor colourOf(const QString &platform) const;
    // The calendars the editor offers for the holiday rule, by name (those the service knows).
    void setHolidayCalendars(const QList<CalendarDefinition> &calendars)
    {
        m_holidayCalendars = calendars;
    }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void redraw();
    std::vector<MaintenanceOccurrence> expand(Instant from, Instant to);
    void fillMonth();
    void fillUpcoming();
    void fillOverlaps();
    void chooseImport();
    void chooseExport();
    void editSelected();
    void askToCancelSelected();
    void askToMoveSelected();
    bool storeOverride(qint64 windowId, const OccurrenceOverride &change);
    void updateOccurrenceButtons();
    void updateReminders();
    void showMessage(bool problem, const QString &title, const QString &text);

    MaintenanceService &m_service;
    const Clock &m_clock;
    QList<MaintenanceWindow> m_windows;
    QStringList m_platforms; // sorted, for the colours
    QList<CalendarDefinition> m_holidayCalendars;
    QString m_readProblem;
    QStringList m_unexpandable; // why windows could not be expanded, for the status line
    QTimer m_reloadSoon;        // change feed bursts: one read
    QTimer m_tick;              // today, and what is next, move on with the clock

    QToolButton *m_previous;
    QLabel *m_monthTitle;
    QToolButton *m_next;
    QPushButton *m_today;
    MaintenanceMonthGrid *m_grid;
    QLabel *m_upcomingHeading;
    QListWidget *m_upcoming;
    QLabel *m_overlapsHeading;
    QListWidget *m_overlaps;
    QLabel *m_status;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_import;
    QPushButton *m_export;
    QPushButton *m_reminders;
    QPushButton *m_notify;
    QPushButton *m_move;
    QPushButton *m_cancelOccurrence;
    QPointer<MaintenanceNoticeDialog> m_lastNotice;
    QPointer<QWidget> m_lastMessage;
};

} // namespace hourglass
