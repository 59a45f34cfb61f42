// The console's main window: navigation between the views, status bar, menus, saved state.
#include "mainwindow.h"

#include "hourglassversion.h"
#include "maintenancebanner.h"
#include "storage/changefeed.h"
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
#include <QVBoxLayout>

namespace hourglass {

MainWindow::MainWindow(const PageRegistry &pages,
                       const QString &databaseUrl,
                       DatabaseSummary &summary,
                       LanguageManager &languages,
                       const ConsoleServices &services,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_registry(pages)
    , m_databaseUrl(databaseUrl)
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

    // Row i of the navigation, page i of the stack and entry i of the registry are one page.
    const PageContext context{services, summary, languages, databaseUrl};
    for (const PageEntry &entry : m_registry.entries()) {
        m_pages->addWidget(entry.factory(m_pages, context));
        m_navigation->addItem(QString());
    }
    connect(m_navigation,
            &QListWidget::currentRowChanged,
            m_pages,
            &QStackedWidget::setCurrentIndex);

    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    // Across the whole console, whichever page is shown: maintenance concerns every agent.
    if (services.maintenance && services.clock) {
        m_maintenanceBanner = new MaintenanceBanner(*services.maintenance,
                                                    *services.clock,
                                                    services.feed,
                                                    central);
        column->addWidget(m_maintenanceBanner);
    }
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    column->addLayout(layout, 1);
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
    if (services.feed)
        connect(services.feed, &ChangeFeed::stateChanged, this, &MainWindow::updateConnectionState);
    createMenus();
    retranslateUi();
    // First start: most of the screen, for the queue and the ticket side by side; later starts
    // restore what the agent left.
    // Nine tenths of the screen each way leaves room for the frame; a very large screen gets
    // a large window, not a wall.
    const QSize available = screen()->availableGeometry().size();
    resize((available * 9 / 10)
               .boundedTo(QSize(1920, 1200))
               .expandedTo(minimumSizeHint())
               .boundedTo(available));
    restoreState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(QString());
    for (const PageEntry &entry : m_registry.entries()) {
        const QString id = entry.id;
        QAction *action = m_viewMenu->addAction(QString(), this, [this, id] { showView(id); });
        action->setShortcut(entry.shortcut);
        m_viewActions.append(action);
    }

    for (qsizetype index = 0; index < m_registry.size(); ++index) {
        const PageEntry &entry = m_registry.at(index);
        if (!entry.menuTitle || !entry.menuActions)
            continue;
        const QList<QAction *> actions = entry.menuActions(m_pages->widget(int(index)));
        if (actions.isEmpty())
            continue;
        QMenu *menu = menuBar()->addMenu(QString());
        menu->addActions(actions);
        m_pageMenus.append({index, menu});
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Hourglass"));
    for (qsizetype index = 0; index < m_registry.size(); ++index) {
        const QString title = m_registry.at(index).title();
        m_navigation->item(int(index))->setText(title);
        m_viewActions.at(index)->setText(title);
    }
    for (const auto &[index, menu] : std::as_const(m_pageMenus))
        menu->setTitle(m_registry.at(index).menuTitle());
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Hourglass"));
    m_aboutQtAction->setText(tr("About &Qt"));

    m_databaseLabel->setText(tr("Database: %1").arg(m_databaseUrl));
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
    // Other agents' changes are not heard while the feed finds its way back; it catches up.
    if (m_services.feed && m_services.feed->state() == ChangeFeed::State::Reconnecting) {
        m_connectionLabel->setText(tr("Reconnecting…", "database state"));
        return;
    }
    // Without a session nothing follows the connection; the window is only built over a
    // database that the composition root has opened.
    m_connectionLabel->setText(tr("Connected", "database state"));
}

bool MainWindow::showView(const QString &id)
{
    const qsizetype index = m_registry.indexOf(id);
    if (index < 0)
        return false;
    m_navigation->setCurrentRow(int(index));
    return true;
}

QString MainWindow::currentViewId() const
{
    const int index = m_pages->currentIndex();
    return index >= 0 ? m_registry.at(index).id : QString();
}

QWidget *MainWindow::page(const QString &id) const
{
    const qsizetype index = m_registry.indexOf(id);
    return index >= 0 ? m_pages->widget(int(index)) : nullptr;
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
    // By id, so that adding or reordering pages restores the page the agent left; an id this
    // build does not know (a page removed, a settings file from another version) and the
    // integer index earlier versions saved fall back to the first page.
    const QString id = settings.value(QStringLiteral("mainWindow/viewId")).toString();
    if (!showView(id))
        m_navigation->setCurrentRow(0);
}

void MainWindow::saveState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), QMainWindow::saveState());
    settings.setValue(QStringLiteral("mainWindow/viewId"), currentViewId());
    settings.remove(QStringLiteral("mainWindow/view")); // the index earlier versions saved
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
