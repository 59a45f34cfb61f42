// The console's main window: navigation between the views, status bar, menus, saved state.
#pragma once

#include "pageregistry.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace hourglass {

class ChangeFeed;
class Clock;
class DatabaseSummary;
class EscalationService;
class LanguageManager;
class CommandRunner;
class ContractService;
class MaintenanceBanner;
class MaintenanceService;
class OnCallService;
class Session;
class TicketService;

// What the working views need; without tickets and a clock the queue stays a placeholder.
struct ConsoleServices
{
    Session *session = nullptr;
    TicketService *tickets = nullptr;
    CommandRunner *commands = nullptr;
    const Clock *clock = nullptr;
    ChangeFeed *feed = nullptr;
    // The maintenance calendar and the banner across the console while a window is in progress.
    MaintenanceService *maintenance = nullptr;
    // The on-call page: rotations, who is on call, overrides.
    OnCallService *oncall = nullptr;
    // The after-hours desk: call intake and escalation runs.
    EscalationService *escalation = nullptr;
    // Customers, contracts and the expertise-hours ledger.
    ContractService *contracts = nullptr;
};

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Builds every page of the registry, in its order; databaseUrl is shown in the status bar
    // and summary feeds the pages that only show what the database holds.
    MainWindow(const PageRegistry &pages,
               const QString &databaseUrl,
               DatabaseSummary &summary,
               LanguageManager &languages,
               const ConsoleServices &services = {},
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // false (and nothing changes) when no page has that id.
    bool showView(const QString &id);
    QString currentViewId() const;
    // The page built for that id, or null.
    QWidget *page(const QString &id) const;
    // Null without a maintenance service.
    MaintenanceBanner *maintenanceBanner() const { return m_maintenanceBanner; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void retranslateUi();
    void restoreState();
    void saveState() const;
    void showAbout();
    void updateConnectionState();

    const PageRegistry m_registry;
    const QString m_databaseUrl;
    ConsoleServices m_services;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QLabel *m_databaseLabel;
    QLabel *m_connectionLabel;
    MaintenanceBanner *m_maintenanceBanner = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QList<QAction *> m_viewActions;
    // The menus pages add of their own, with the registry index of their page.
    QList<std::pair<qsizetype, QMenu *>> m_pageMenus;
};

} // namespace hourglass
