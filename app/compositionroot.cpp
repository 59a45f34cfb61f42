// The one place that builds the object graph, for the GUI and the CLI alike.
#include "compositionroot.h"

#include "contracts/contractservice.h"
#include "storage/sqlcontractrepository.h"

#include "hourglassversion.h"
#include "maintenance/holidaycalendars.h"
#include "maintenance/maintenancepauses.h"
#include "maintenance/maintenanceservice.h"
#include "oncall/desknotifier.h"
#include "oncall/desksettings.h"
#include "oncall/escalationservice.h"
#include "oncall/oncallservice.h"
#include "oncall/smtpchannel.h"
#include "oncall/webhookchannel.h"
#include "storage/database.h"
#include "storage/demodata.h"
#include "storage/policystore.h"
#include "storage/sqlcustomerdirectory.h"
#include "storage/sqlescalationrepository.h"
#include "storage/sqlmaintenancerepository.h"
#include "storage/sqloncallrepository.h"
#include "storage/sqlticketrepository.h"
#include "storage/storageerror.h"
#include "tickets/ticketservice.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSettings>
#include <QStandardPaths>

namespace hourglass {

namespace {

// One journal per database URL, in the user's data folder.
QString journalPathFor(const DatabaseUrl &url)
{
    const QByteArray key = QCryptographicHash::hash(url.toString().toUtf8(),
                                                    QCryptographicHash::Sha1)
                               .toHex()
                               .left(12);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QLatin1String("/journal-") + QString::fromLatin1(key) + QLatin1String(".jsonl");
}

} // namespace

CompositionRoot::CompositionRoot(const QString &urlText,
                                 Demo demo,
                                 Journal journal,
                                 const QString &profile)
{
    const bool embedded = urlText.isEmpty();
    const DatabaseUrl url = embedded ? Database::defaultUrl() : DatabaseUrl::parse(urlText);
    // A SQLite file (the embedded one or another named by sqlite:) belongs to whoever opens
    // it, so it is brought up to date here; a team's PostgreSQL is migrated by its owner with
    // hourglass-cli migrate, and a client only checks its version.
    std::unique_ptr<Database> database = Database::open(url,
                                                        url.isSqlite() ? Database::Schema::Migrate
                                                                       : Database::Schema::Check);
    database->setClock(m_clock);
    m_session = std::make_unique<Session>(url, m_clock, url.isSqlite() ? profile : QString());
    if (embedded && demo == Demo::OnFirstRun)
        m_createdDemoData = DemoData::populateIfEmpty(*database, m_clock.now());
    m_session->start(std::move(database));

    m_engine = std::make_unique<SlaEngine>(PolicyStore::loadAll(*m_session->database()));
    m_ticketRepository = std::make_unique<SqlTicketRepository>(*m_session);
    m_customers = std::make_unique<SqlCustomerDirectory>(*m_session);
    m_commands = std::make_unique<CommandRunner>(*m_session,
                                                 journal == Journal::Kept ? journalPathFor(url)
                                                                          : QString());
    m_tickets = std::make_unique<TicketService>(*m_session,
                                                *m_ticketRepository,
                                                *m_customers,
                                                *m_engine,
                                                *m_commands);
    // Every reader of a clock (queue, pane, command line) pauses it for the maintenance
    // windows of the ticket's customer, through the ticket service.
    m_pauses = std::make_unique<MaintenancePauses>(maintenance(),
                                                   *m_ticketRepository,
                                                   m_session->databaseClock());
    m_tickets->setMaintenancePauses(m_pauses.get());
    // The desk's attempts, pages and outcomes are kept in the journal too.
    escalation();
    // Every service is registered: what an earlier run left in the journal can be replayed.
    m_commands->open();
}

CompositionRoot::~CompositionRoot() = default;

Database &CompositionRoot::database()
{
    if (Database *database = m_session->database())
        return *database;
    throw StorageError(QCoreApplication::translate("hourglass::DatabaseHandle",
                                                   "%1: the database cannot be reached just now")
                           .arg(m_session->url().toString()));
}

ChangeFeed &CompositionRoot::changeFeed()
{
    if (!m_feed) {
        m_feed = std::make_unique<ChangeFeed>(m_session->url());
        // Connected before any view is: a view reading clocks on the same entry finds the
        // pauses already stale.
        QObject::connect(m_feed.get(), &ChangeFeed::changed, m_feed.get(), [this](const Change &c) {
            m_pauses->noteChange(c.table);
        });
        m_feed->start();
    }
    return *m_feed;
}

MaintenanceService &CompositionRoot::maintenance()
{
    if (!m_maintenance) {
        const QList<CalendarDefinition> calendars = holidayCalendarsOf(m_engine->policies());
        m_maintenanceRepository = std::make_unique<SqlMaintenanceRepository>(*m_session);
        m_maintenance = std::make_unique<MaintenanceService>(*m_maintenanceRepository, calendars);
    }
    return *m_maintenance;
}

OnCallService &CompositionRoot::oncall()
{
    if (!m_oncall) {
        m_oncallRepository = std::make_unique<SqlOnCallRepository>(*m_session);
        m_oncall = std::make_unique<OnCallService>(*m_oncallRepository,
                                                   [this] { return m_customers->people(); });
    }
    return *m_oncall;
}

ContractService &CompositionRoot::contracts()
{
    if (!m_contracts) {
        m_contractRepository = std::make_unique<SqlContractRepository>(*m_session);
        m_contracts = std::make_unique<ContractService>(*m_session,
                                                        *m_contractRepository,
                                                        *m_customers,
                                                        *m_tickets);
    }
    return *m_contracts;
}

EscalationService &CompositionRoot::escalation()
{
    if (!m_escalation) {
        m_escalationRepository = std::make_unique<SqlEscalationRepository>(*m_session);
        m_escalation = std::make_unique<EscalationService>(*m_escalationRepository,
                                                           oncall(),
                                                           *m_tickets,
                                                           clock(),
                                                           m_commands.get());
    }
    return *m_escalation;
}

DeskNotifier &CompositionRoot::deskNotifier()
{
    const DeskSettings settings = DeskSettings::load();
    const QString key = QStringList{settings.smtp.url,
                                    settings.smtp.user,
                                    settings.smtp.password,
                                    settings.smtp.sender,
                                    QString::number(settings.smtp.requireTls),
                                    settings.supportInbox,
                                    settings.webhookUrl}
                            .join(QChar(0x1f));
    if (m_notifier && (key == m_notifierSettings || m_notifier->inFlight() > 0))
        return *m_notifier;
    // Nothing is in flight: the channels go first, then the notifier that held them.
    m_email.reset();
    m_webhook.reset();
    m_notifier.reset();
    if (settings.smtp.isSet())
        m_email = std::make_unique<SmtpChannel>(settings.smtp);
    if (!settings.webhookUrl.isEmpty())
        m_webhook = std::make_unique<WebhookChannel>();
    m_notifier = std::make_unique<DeskNotifier>(escalation(),
                                                m_email.get(),
                                                m_webhook.get(),
                                                DeskNotifierSettings{settings.supportInbox,
                                                                     settings.webhookUrl});
    m_notifierSettings = key;
    return *m_notifier;
}

DatabaseSummary &CompositionRoot::databaseSummary()
{
    if (!m_summary)
        m_summary = std::make_unique<SqlDatabaseSummary>(*m_session);
    return *m_summary;
}

QString chosenDatabaseUrl(const QString &commandLine)
{
    if (!commandLine.isEmpty())
        return commandLine;
    return QSettings().value(QStringLiteral("database/url")).toString();
}

QString chosenProfile(const QString &commandLine)
{
    if (!commandLine.isEmpty())
        return commandLine;
    return QSettings().value(QStringLiteral("profile/login")).toString();
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Hourglass"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("hourglassdesk.org"));
    QCoreApplication::setApplicationName(QStringLiteral("Hourglass"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOURGLASS_VERSION));
}

} // namespace hourglass
