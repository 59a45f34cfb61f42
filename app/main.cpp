// hourglass: the desktop console. Parses the command line and hands over to the main window.
#include "argumentbytes.h"
#include "compositionroot.h"
#include "consolepages.h"
#include "contracts/contractservice.h"
#include "hourglassversion.h"
#include "io/inputerror.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "oncall/desknotifier.h"
#include "oncall/escalationservice.h"
#include "queuepage.h"
#include "storage/changefeed.h"
#include "storage/storageerror.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTimer>

#include <cstdio>

using namespace hourglass;

namespace {

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY")
           || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
           || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

// Looks for an option that needs no display (a screenshot, the help, the version) before
// QApplication exists, which needs to know the platform first.
bool needsNoDisplay(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--screenshot") == 0 || qstrncmp(argv[i], "--screenshot=", 13) == 0)
            return true;
        for (const char *flag : {"-h", "--help", "--help-all", "-v", "--version"}) {
            if (qstrcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "hourglass: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    // Before Qt decodes them: see argumentbytes.h.
    if (const QString problem = nonUtf8Argument(argc, argv); !problem.isEmpty())
        return fail(problem);
    if (needsNoDisplay(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    } else if (!hasDisplay()) {
        std::fprintf(stderr,
                     "hourglass: no display found (DISPLAY and WAYLAND_DISPLAY are not set).\n"
                     "Run it from a desktop session, under a virtual display "
                     "(xvfb-run -a hourglass), or render the window to an image with "
                     "--screenshot FILE.\n");
        return 1;
    }

    QApplication app(argc, argv);
    setApplicationIdentity();
    // Lets Wayland compositors match the window to its desktop entry and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral(HOURGLASS_APP_ID));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Support console with live SLA countdowns."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption
        databaseOption(QStringLiteral("database"),
                       QStringLiteral(
                           "Database to open: sqlite:PATH or postgresql://user@host:port/database. "
                           "Default: the embedded database in the user's data folder."),
                       QStringLiteral("url"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QStringLiteral("Interface language for this run: "
                                                           "en or fr."),
                                            QStringLiteral("code"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QStringLiteral("Render the main window offscreen "
                                                             "to a PNG file and exit."),
                                              QStringLiteral("file"));
    const PageRegistry pages = consolePages();
    const QString viewNames = pages.ids().join(QLatin1String(", "));
    const QCommandLineOption viewOption(QStringLiteral("view"),
                                        QStringLiteral("View to show first: %1.").arg(viewNames),
                                        QStringLiteral("name"));
    parser.addOptions({databaseOption, languageOption, screenshotOption, viewOption});
    parser.process(app);
    // As hourglass-cli: an empty value is refused, never taken as "not given" (an empty
    // --database would open the embedded database instead of the one meant).
    for (const QCommandLineOption *option :
         {&databaseOption, &languageOption, &screenshotOption, &viewOption}) {
        if (parser.isSet(*option) && parser.value(*option).isEmpty())
            return fail(QStringLiteral("--%1: must not be empty").arg(option->names().constFirst()));
    }

    LanguageManager languages;
    const QString language = parser.isSet(languageOption)
                                 ? parser.value(languageOption)
                                 : QSettings().value(QStringLiteral("ui/language")).toString();
    if (!languages.setLanguage(language)) {
        if (parser.isSet(languageOption))
            return fail(QStringLiteral("--language: unknown language \"%1\" (expected en or fr)")
                            .arg(language));
        languages.setLanguage(QString());
    }

    const QString view = parser.value(viewOption);
    if (parser.isSet(viewOption) && !pages.contains(view))
        return fail(
            QStringLiteral("--view: unknown view \"%1\" (expected one of %2)").arg(view, viewNames));

    std::unique_ptr<CompositionRoot> root;
    try {
        root = std::make_unique<CompositionRoot>(chosenDatabaseUrl(parser.value(databaseOption)),
                                                 CompositionRoot::Demo::OnFirstRun,
                                                 CompositionRoot::Journal::Kept,
                                                 chosenProfile(QString()));
        root->changeFeed();
    } catch (const InputError &error) {
        return fail(error.message());
    } catch (const StorageError &error) {
        return fail(error.message());
    } catch (const std::runtime_error &error) {
        return fail(QString::fromStdString(error.what()));
    }

    ConsoleServices services;
    services.session = &root->session();
    services.tickets = &root->tickets();
    services.commands = &root->commands();
    services.clock = &root->clock();
    services.feed = &root->changeFeed();
    services.maintenance = &root->maintenance();
    services.oncall = &root->oncall();
    services.escalation = &root->escalation();
    services.contracts = &root->contracts();
    MainWindow window(pages,
                      root->session().url().toString(),
                      root->databaseSummary(),
                      languages,
                      services);
    if (parser.isSet(viewOption))
        window.showView(view);
    window.show();

    // The desk sends what is due (the next contact's email, the webhook, the support inbox)
    // whatever view is open: every few seconds and as soon as a run changes anywhere. A send
    // already claimed by another console is left to it; a database away is tried again later.
    QTimer deskTimer;
    const auto sendDue = [&root] {
        try {
            root->deskNotifier().check();
        } catch (const std::exception &) {
            // The database away, or a send that could not start: tried again on the next pass.
        }
    };
    if (!parser.isSet(screenshotOption)) {
        QObject::connect(&deskTimer, &QTimer::timeout, &window, sendDue);
        deskTimer.start(5000);
        QObject::connect(&root->changeFeed(),
                         &ChangeFeed::changed,
                         &window,
                         [sendDue](const Change &c) {
                             if (c.table.startsWith(QLatin1String("escalation_")))
                                 sendDue();
                         });
    }

    if (parser.isSet(screenshotOption)) {
        // The same picture whatever the (offscreen) screen: a common laptop size.
        window.resize(1440, 860);
        const QString file = parser.value(screenshotOption);
        const auto shoot = [&window, file] {
            if (!window.grab().save(file, "PNG")) {
                std::fprintf(stderr,
                             "hourglass: cannot write the screenshot %s\n",
                             qPrintable(file));
                QCoreApplication::exit(1);
                return;
            }
            QCoreApplication::exit(0);
        };
        // The queue is read on another thread: the picture shows it once it is in.
        auto *queue = qobject_cast<QueuePage *>(window.page(QStringLiteral("queue")));
        if (queue && queue->isLoading())
            QObject::connect(queue, &QueuePage::loadingChanged, &window, [shoot](bool loading) {
                if (!loading)
                    QTimer::singleShot(0, shoot);
            });
        else
            QTimer::singleShot(0, &window, shoot);
    }
    return app.exec();
}
