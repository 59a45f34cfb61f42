// The console's main window: navigation between the views, status bar, menus, saved state.
#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace hourglass {

class ChangeFeed;
class Clock;
class Database;
class LanguageManager;
class PlaceholderView;
class QueuePage;
class CommandRunner;
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
};

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum View { Queue, OnCall, Maintenance, Dashboards, Expertise, Settings, ViewCount };

    MainWindow(Database &database,
               LanguageManager &languages,
               const ConsoleServices &services = {},
               QWidget *parent = nullptr);

    QueuePage *queuePage() const { return m_queuePage; }
    ~MainWindow() override;

    void showView(View view);
    View currentView() const;

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
    QString countFact(const QString &table, const QString &where = QString());

    Database &m_database;
    LanguageManager &m_languages;
    ConsoleServices m_services;
    QueuePage *m_queuePage = nullptr;
    QMenu *m_ticketMenu = nullptr;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QLabel *m_databaseLabel;
    QLabel *m_connectionLabel;
    QList<PlaceholderView *> m_placeholders;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QList<QAction *> m_viewActions;
};

} // namespace hourglass
