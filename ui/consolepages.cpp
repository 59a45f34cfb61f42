// The pages of the console, registered in navigation order: the one place a page is added.
#include "consolepages.h"

#include "customersview.h"
#include "deskview.h"
#include "maintenance/holidaycalendars.h"
#include "maintenanceview.h"
#include "mainwindow.h"
#include "newticketlauncher.h"
#include "oncallview.h"
#include "placeholderview.h"
#include "queuepage.h"
#include "queueview.h"
#include "settingsview.h"
#include "storage/databasesummary.h"
#include "storage/storageerror.h"
#include "ticketdetailview.h"
#include "tickets/ticketservice.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::ConsolePages)
};

// For a %n in tr(): counts of a console's database fit an int.
int plural(qint64 count)
{
    return int(std::min<qint64>(count, std::numeric_limits<int>::max()));
}

// A page a later version builds: says so plainly, with what the database already holds. The
// facts are read again on each language change; a database that cannot be read gets words.
PageEntry::Factory placeholder(std::function<QString()> heading,
                               std::function<QString(DatabaseSummary &)> facts)
{
    return [heading, facts](QWidget *parent, const PageContext &context) -> QWidget * {
        DatabaseSummary *summary = &context.summary;
        const auto readFacts = [facts, summary] {
            try {
                return facts(*summary);
            } catch (const StorageError &) {
                return Tr::tr("What the database holds cannot be read right now.");
            }
        };
        return new PlaceholderView(heading, readFacts, parent);
    };
}

QWidget *queuePlaceholder(QWidget *parent, const PageContext &context)
{
    return placeholder([] { return Tr::tr("Ticket queue"); },
                       [](DatabaseSummary &summary) {
                           return Tr::tr("The database holds %1 from %2.", "open tickets, customers")
                               .arg(Tr::tr("%Ln open ticket(s)",
                                           nullptr,
                                           plural(summary.openTicketCount())),
                                    Tr::tr("%Ln customer(s)",
                                           nullptr,
                                           plural(summary.customerCount())));
                       })(parent, context);
}

} // namespace

PageRegistry consolePages()
{
    // To add a page (admin, customer page, ...) or build one of the placeholders: write its
    // widget (listed in ui/CMakeLists.txt), then add ONE entry below, where it belongs in the
    // navigation: a new stable id (saved in settings and named by --view: never rename it), a
    // tr() title, a free Ctrl+digit shortcut, and a factory that builds the widget from the
    // PageContext. A page replacing its placeholder keeps the placeholder's id. A service the
    // page needs comes from the composition root through ConsoleServices, never built here.
    // The navigation, the View menu, the shortcuts, --view and the saved view all follow this
    // list; nothing else changes.
    PageRegistry pages;

    pages.add({QStringLiteral("queue"),
               [] { return Tr::tr("Queue", "navigation"); },
               QKeySequence(Qt::CTRL | Qt::Key_1),
               [](QWidget *parent, const PageContext &context) -> QWidget * {
                   // Without tickets and a clock (some tests) the queue is a placeholder.
                   const ConsoleServices &services = context.services;
                   if (services.tickets && services.commands && services.clock) {
                       auto *page = new QueuePage(*services.tickets,
                                                  *services.commands,
                                                  *services.clock,
                                                  services.feed,
                                                  parent);
                       new NewTicketLauncher(*page, *services.tickets, *services.clock);
                       return page;
                   }
                   return queuePlaceholder(parent, context);
               },
               [] { return Tr::tr("&Ticket"); },
               [](QWidget *page) {
                   auto *queue = qobject_cast<QueuePage *>(page);
                   if (!queue)
                       return QList<QAction *>();
                   QList<QAction *> actions = queue->queue()->shortcutActions()
                                              + queue->detail()->shortcutActions();
                   if (NewTicketLauncher *launcher = NewTicketLauncher::of(queue))
                       actions.prepend(launcher->action());
                   return actions;
               }});

    pages.add(
        {QStringLiteral("oncall"),
         [] { return Tr::tr("On-call", "navigation"); },
         QKeySequence(Qt::CTRL | Qt::Key_2),
         [](QWidget *parent, const PageContext &context) -> QWidget * {
             const ConsoleServices &services = context.services;
             if (services.oncall && services.clock)
                 return new OnCallView(*services.oncall, *services.clock, services.feed, parent);
             // Without the service (some tests) it says what the database holds.
             return placeholder([] { return Tr::tr("On-call"); },
                                [](DatabaseSummary &summary) {
                                    return Tr::tr("The database holds %1 with %2.",
                                                  "things, their parts")
                                        .arg(Tr::tr("%Ln on-call rotation(s)",
                                                    nullptr,
                                                    plural(summary.onCallRotationCount())),
                                             Tr::tr("%Ln member(s)",
                                                    "of on-call rotations",
                                                    plural(summary.onCallMemberCount())));
                                })(parent, context);
         }});

    pages.add({QStringLiteral("desk"),
               [] { return Tr::tr("After-hours desk", "navigation"); },
               QKeySequence(Qt::CTRL | Qt::Key_3),
               [](QWidget *parent, const PageContext &context) -> QWidget * {
                   const ConsoleServices &services = context.services;
                   if (services.escalation)
                       return new DeskView(*services.escalation, services.feed, parent);
                   // Without the service (some tests) it says what the database holds.
                   return placeholder([] { return Tr::tr("After-hours desk"); },
                                      [](DatabaseSummary &summary) {
                                          return Tr::tr("The database holds %1.")
                                              .arg(Tr::tr("%Ln on-call rotation(s)",
                                                          nullptr,
                                                          plural(summary.onCallRotationCount())));
                                      })(parent, context);
               }});
    pages.add({QStringLiteral("maintenance"),
               [] { return Tr::tr("Maintenance", "navigation"); },
               QKeySequence(Qt::CTRL | Qt::Key_4),
               [](QWidget *parent, const PageContext &context) -> QWidget * {
                   const ConsoleServices &services = context.services;
                   if (services.maintenance && services.clock) {
                       auto *view = new MaintenanceView(*services.maintenance,
                                                        *services.clock,
                                                        services.feed,
                                                        parent);
                       // The calendars the service was given, as the composition root does.
                       if (services.tickets)
                           view->setHolidayCalendars(
                               holidayCalendarsOf(services.tickets->engine().policies()));
                       return view;
                   }
                   // Without the service (some tests) it says what the database holds.
                   return placeholder([] { return Tr::tr("Maintenance calendar"); },
                                      [](DatabaseSummary &summary) {
                                          return Tr::tr("The database holds %Ln recurring "
                                                        "maintenance window(s).",
                                                        nullptr,
                                                        plural(summary.maintenanceWindowCount()));
                                      })(parent, context);
               }});

    pages.add(
        {QStringLiteral("dashboards"),
         [] { return Tr::tr("Dashboards", "navigation"); },
         QKeySequence(Qt::CTRL | Qt::Key_5),
         placeholder([] { return Tr::tr("SLA dashboards"); },
                     [](DatabaseSummary &summary) {
                         return Tr::tr("The database holds %1 with %2.", "things, their parts")
                             .arg(Tr::tr("%Ln ticket(s)", nullptr, plural(summary.ticketCount())),
                                  Tr::tr("%Ln timeline event(s)",
                                         nullptr,
                                         plural(summary.ticketEventCount())));
                     })});

    pages.add({QStringLiteral("expertise"),
               [] { return Tr::tr("Customers & expertise", "navigation"); },
               QKeySequence(Qt::CTRL | Qt::Key_6),
               [](QWidget *parent, const PageContext &context) -> QWidget * {
                   const ConsoleServices &services = context.services;
                   if (services.contracts && services.tickets && services.clock)
                       return new CustomersView(*services.contracts,
                                                *services.tickets,
                                                *services.clock,
                                                services.feed,
                                                parent);
                   // Without the service (some tests) it says what the database holds.
                   return placeholder([] { return Tr::tr("Expertise hours"); },
                                      [](DatabaseSummary &summary) {
                                          return Tr::tr("The database holds %Ln logged coaching "
                                                        "session(s).",
                                                        nullptr,
                                                        plural(summary.expertiseEntryCount()));
                                      })(parent, context);
               }});

    pages.add({QStringLiteral("settings"),
               [] { return Tr::tr("Settings", "navigation"); },
               QKeySequence(Qt::CTRL | Qt::Key_7),
               [](QWidget *parent, const PageContext &context) -> QWidget * {
                   return new SettingsView(context.languages,
                                           context.databaseUrl,
                                           context.services.tickets,
                                           parent);
               }});

    return pages;
}

} // namespace hourglass
