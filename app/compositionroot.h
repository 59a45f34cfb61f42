// The one place that builds the object graph, for the GUI and the CLI alike.
#pragma once

#include "sla/slaengine.h"
#include "storage/changefeed.h"
#include "storage/commandrunner.h"
#include "storage/session.h"
#include "storage/sqldatabasesummary.h"
#include "time/clock.h"

#include <QString>

#include <memory>

namespace hourglass {

class ContractRepository;
class ContractService;
class CustomerDirectory;
class DeskNotifier;
class EscalationRepository;
class NotificationChannel;
class EscalationService;
class Database;
class MaintenancePauses;
class MaintenanceRepository;
class MaintenanceService;
class OnCallRepository;
class OnCallService;
class TicketRepository;
class TicketService;

class CompositionRoot
{
    Q_DISABLE_COPY_MOVE(CompositionRoot)

public:
    enum class Demo { OnFirstRun, Never };
    // The console keeps what it could not save in a journal; the command line fails instead.
    enum class Journal { Kept, None };

    // urlText empty means the embedded default (SQLite in the user's data folder), which gets
    // demo data on its first run unless told Never. `profile` is who works on a SQLite
    // database (--user or Settings); PostgreSQL says who you are itself. Throws InputError
    // (bad URL) or StorageError (cannot open, unknown login).
    explicit CompositionRoot(const QString &urlText,
                             Demo demo = Demo::OnFirstRun,
                             Journal journal = Journal::Kept,
                             const QString &profile = QString());
    ~CompositionRoot();

    Session &session() { return *m_session; }
    // The session's database while it answers. Throws StorageError while offline.
    Database &database();
    // The SLA engine over every policy version the database stores.
    const SlaEngine &slaEngine() const { return *m_engine; }
    // Every ticket read, creation and action.
    TicketService &tickets() { return *m_tickets; }
    CommandRunner &commands() { return *m_commands; }
    // Changes written by every client, started on first use.
    ChangeFeed &changeFeed();
    // "Now" as the database says it (see Session::databaseClock): what views count down to.
    const Clock &clock() const { return m_session->databaseClock(); }
    // What the database holds, counted, for the placeholder pages and `hourglass-cli info`.
    DatabaseSummary &databaseSummary();
    // Maintenance windows, their occurrences and who they affect, made on first use; holiday
    // rules may name any calendar of the stored policies.
    MaintenanceService &maintenance();
    // On-call rotations, who is on call, overrides and leave, made on first use.
    OnCallService &oncall();
    // The after-hours desk: call intake and escalation runs, made on first use.
    EscalationService &escalation();
    // What the desk sends by itself, with the channels the desk settings set up (read again
    // when they change and nothing is being sent). Made on first use.
    DeskNotifier &deskNotifier();
    // Customers, their contracts and tier changes, and the expertise-hours ledger.
    ContractService &contracts();
    bool createdDemoData() const { return m_createdDemoData; }

private:
    std::unique_ptr<SqlDatabaseSummary> m_summary;
    SystemClock m_clock;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<SlaEngine> m_engine;
    std::unique_ptr<TicketRepository> m_ticketRepository;
    std::unique_ptr<CustomerDirectory> m_customers;
    std::unique_ptr<CommandRunner> m_commands;
    std::unique_ptr<TicketService> m_tickets;
    std::unique_ptr<ChangeFeed> m_feed;
    std::unique_ptr<MaintenanceRepository> m_maintenanceRepository;
    std::unique_ptr<MaintenanceService> m_maintenance;
    std::unique_ptr<MaintenancePauses> m_pauses;
    std::unique_ptr<OnCallRepository> m_oncallRepository;
    std::unique_ptr<OnCallService> m_oncall;
    std::unique_ptr<EscalationRepository> m_escalationRepository;
    std::unique_ptr<EscalationService> m_escalation;
    std::unique_ptr<ContractRepository> m_contractRepository;
    std::unique_ptr<ContractService> m_contracts;
    // The notifier goes after its channels: a channel's answers are dropped with it.
    std::unique_ptr<DeskNotifier> m_notifier;
    std::unique_ptr<NotificationChannel> m_email;
    std::unique_ptr<NotificationChannel> m_webhook;
    QString m_notifierSettings; // what the notifier was built from, to notice a change
    bool m_createdDemoData = false;
};

// The database to open: --database if given, else the one chosen in Settings, else embedded.
QString chosenDatabaseUrl(const QString &commandLine);
// Who works on a SQLite database: --user if given, else the profile chosen in Settings.
QString chosenProfile(const QString &commandLine);

// QCoreApplication names, so QSettings and QStandardPaths agree between GUI, CLI and tests.
void setApplicationIdentity();

} // namespace hourglass
