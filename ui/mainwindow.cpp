// The console's main window: navigation between the views, status bar, menus, saved state.
#include "mainwindow.h"

#include "hourglassversion.h"
#include "languagemanager.h"
#include "placeholderview.h"
#include "queuepage.h"
#include "queueview.h"
#include "settingsview.h"
#include "storage/database.h"
#include "storage/storageerror.h"
#include "storage/commandrunner.h"
#include "storage/session.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

namespace hourglass {

MainWindow::MainWindow(Database &database,
                       LanguageManager &languages,
                       const ConsoleServices &services,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_languages(languages)
    , m_services(services)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_databaseLabel(new QLabel(this))
    , m_connectionLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/" HOURGLASS_APP_ID ".svg")));

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(190);
    m_navigation->setSpacing(2);
    m_pages->setObjectName(QStringLiteral("pages"));
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.15);
    m_navigation->setFont(navigationFont);

    // The views later versions fill in; each says honestly that it is not there yet.
    const auto placeholder = [this](std::function<QString()> title, std::function<QString()> facts) {
        auto *view = new PlaceholderView(std::move(title), std::move(facts), m_pages);
        m_placeholders.append(view);
        return view;
    };
    if (services.tickets && services.commands && services.clock) {
        m_queuePage = new QueuePage(*services.tickets,
                                    *services.commands,
                                    *services.clock,
                                    services.feed,
                                    m_pages);
        m_pages->addWidget(m_queuePage);
    } else {
        m_pages->addWidget(
            placeholder([] { return tr("Ticket queue"); },
                        [this] {
                            return tr("The database holds %1 open tickets from %2 customers.")
                                .arg(countFact(QStringLiteral("tickets"),
                                               QStringLiteral("status <> 'resolved'")),
                                     countFact(QStringLiteral("customers")));
                        }));
    }
    m_pages->addWidget(
        placeholder([] { return tr("On-call"); },
                    [this] {
                        return tr("The database holds %1 on-call rotations with %2 members.")
                            .arg(countFact(QStringLiteral("oncall_rotations")),
                                 countFact(QStringLiteral("oncall_members")));
                    }));
    m_pages->addWidget(
        placeholder([] { return tr("Maintenance calendar"); },
                    [this] {
                        return tr("The database holds %1 recurring maintenance windows.")
                            .arg(countFact(QStringLiteral("maintenance_windows")));
                    }));
    m_pages->addWidget(
        placeholder([] { return tr("SLA dashboards"); },
                    [this] {
                        return tr("The database holds %1 tickets with %2 timeline events.")
                            .arg(countFact(QStringLiteral("tickets")),
                                 countFact(QStringLiteral("ticket_events")));
                    }));
    m_pages->addWidget(placeholder([] { return tr("Expertise hours"); },
                                   [this] {
                                       return tr("The database holds %1 logged coaching sessions.")
                                           .arg(countFact(QStringLiteral("expertise_entries")));
                                   }));
    m_pages->addWidget(new SettingsView(languages, database.url().toString(), m_pages));

    for (int view = 0; view < ViewCount; ++view)
        m_navigation->addItem(QString());
    connect(m_navigation,
            &QListWidget::currentRowChanged,
            m_pages,
            &QStackedWidget::setCurrentIndex);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_connectionLabel);

    if (services.session)
        connect(services.session, &Session::stateChanged, this, &MainWindow::updateConnectionState);
    if (services.commands)
        connect(services.commands,
                &CommandRunner::pendingChanged,
                this,
                &MainWindow::updateConnectionState);
    createMenus();
    retranslateUi();
    // First start: most of the screen, for the queue and the ticket side by side; later starts
    // restore what the agent left.
    // Nine tenths of the screen each way leaves room for the frame; a very large screen gets
    // a large window, not a wall.
    const QSize available = screen()->availableGeometry().size();
    resize((available * 9 / 10).boundedTo(QSize(1920, 1200)).expandedTo(minimumSizeHint()));
    restoreState();
}

MainWindow::~MainWindow() = default;

QString MainWindow::countFact(const QString &table, const QString &where)
{
    try {
        return QLocale().toString(m_database.countRows(table, where));
    } catch (const StorageError &) {
        return tr("an unknown number of", "count that could not be read");
    }
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(QString());
    for (int view = 0; view < ViewCount; ++view) {
        QAction *action = m_viewMenu->addAction(QString(), this, [this, view] {
            showView(View(view));
        });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + view)));
        m_viewActions.append(action);
    }

    if (m_queuePage) {
        m_ticketMenu = menuBar()->addMenu(QString());
        m_ticketMenu->addActions(m_queuePage->queue()->shortcutActions());
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Hourglass"));
    const QStringList names = {
        tr("Queue"),
        tr("On-call"),
        tr("Maintenance"),
        tr("Dashboards"),
        tr("Expertise"),
        tr("Settings"),
    };
    for (int view = 0; view < ViewCount; ++view) {
        m_navigation->item(view)->setText(names.at(view));
        m_viewActions.at(view)->setText(names.at(view));
    }
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    if (m_ticketMenu)
        m_ticketMenu->setTitle(tr("&Ticket"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Hourglass"));
    m_aboutQtAction->setText(tr("About &Qt"));

    m_databaseLabel->setText(tr("Database: %1").arg(m_database.url().toString()));
    updateConnectionState();
}

void MainWindow::updateConnectionState()
{
    // Offline, the console keeps what it shows and says how many edits wait for the database.
    if (m_services.session && !m_services.session->isOnline()) {
        const int pending = m_services.commands ? int(m_services.commands->pending()) : 0;
        m_connectionLabel->setText(tr("Offline: %n edit(s) waiting", "database state", pending));
        return;
    }
    m_connectionLabel->setText(m_database.isConnected() ? tr("Connected", "database state")
                                                        : tr("Disconnected", "database state"));
}

void MainWindow::showView(View view)
{
    m_navigation->setCurrentRow(view);
}

MainWindow::View MainWindow::currentView() const
{
    return View(m_pages->currentIndex());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this,
                       tr("About Hourglass"),
                       tr("<h3>Hourglass %1</h3>"
                          "<p>A support console that keeps every SLA clock in view: "
                          "deadlines in business hours, time zones, holidays and daylight "
                          "saving, paused while the customer is silent.</p>"
                          "<p>Built with Qt %2.</p>")
                           .arg(QStringLiteral(HOURGLASS_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::restoreState()
{
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    QMainWindow::restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    const int view = settings.value(QStringLiteral("mainWindow/view"), int(Queue)).toInt();
    showView(view >= 0 && view < ViewCount ? View(view) : Queue);
}

void MainWindow::saveState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), QMainWindow::saveState());
    settings.setValue(QStringLiteral("mainWindow/view"), int(currentView()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

} // namespace hourglass
