// The one place that builds the object graph, for the GUI and the CLI alike.
#include "compositionroot.h"

#include "hourglassversion.h"
#include "storage/demodata.h"
#include "storage/policystore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSettings>
#include <QStandardPaths>

#include <chrono>

namespace hourglass {

CompositionRoot::CompositionRoot(const QString &urlText, Demo demo)
{
    const bool embedded = urlText.isEmpty();
    const DatabaseUrl url = embedded ? Database::defaultUrl() : DatabaseUrl::parse(urlText);
    // A SQLite file (the embedded one or another named by sqlite:) belongs to whoever opens
    // it, so it is brought up to date here; a team's PostgreSQL is migrated by its owner with
    // hourglass-cli migrate, and a client only checks its version.
    m_database = Database::open(url,
                                url.isSqlite() ? Database::Schema::Migrate
                                               : Database::Schema::Check);
    if (embedded && demo == Demo::OnFirstRun) {
        const auto now = std::chrono::time_point_cast<std::chrono::seconds>(
            std::chrono::system_clock::now());
        m_createdDemoData = DemoData::populateIfEmpty(*m_database, now);
    }
}

TicketWriter &CompositionRoot::ticketWriter()
{
    if (!m_writer) {
        const QByteArray key = QCryptographicHash::hash(m_database->url().toString().toUtf8(),
                                                        QCryptographicHash::Sha1)
                                   .toHex()
                                   .left(12);
        const QString journal = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                + QLatin1String("/journal-") + QString::fromLatin1(key)
                                + QLatin1String(".jsonl");
        m_writer = std::make_unique<TicketWriter>(m_database->url(), journal, m_database->actor());
        m_writer->start();
    }
    return *m_writer;
}

const SlaEngine &CompositionRoot::slaEngine()
{
    if (!m_engine)
        m_engine = std::make_unique<SlaEngine>(PolicyStore::loadAll(*m_database));
    return *m_engine;
}

ChangeFeed &CompositionRoot::changeFeed()
{
    if (!m_feed) {
        m_feed = std::make_unique<ChangeFeed>(m_database->url());
        m_feed->start();
    }
    return *m_feed;
}

QString chosenDatabaseUrl(const QString &commandLine)
{
    if (!commandLine.isEmpty())
        return commandLine;
    return QSettings().value(QStringLiteral("database/url")).toString();
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Hourglass"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("hourglassdesk.org"));
    QCoreApplication::setApplicationName(QStringLiteral("Hourglass"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOURGLASS_VERSION));
}

} // namespace hourglass
