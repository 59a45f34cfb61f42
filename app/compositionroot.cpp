// The one place that builds the object graph, for the GUI and the CLI alike.
#include "compositionroot.h"

#include "hourglassversion.h"
#include "storage/demodata.h"

#include <QCoreApplication>

#include <chrono>

namespace hourglass {

CompositionRoot::CompositionRoot(const QString &urlText, Demo demo)
{
    const bool embedded = urlText.isEmpty();
    const DatabaseUrl url = embedded ? Database::defaultUrl() : DatabaseUrl::parse(urlText);
    m_database = Database::open(url);
    if (embedded && demo == Demo::OnFirstRun) {
        const auto now = std::chrono::time_point_cast<std::chrono::seconds>(
            std::chrono::system_clock::now());
        m_createdDemoData = DemoData::populateIfEmpty(*m_database, now);
    }
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Hourglass"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("hourglassdesk.org"));
    QCoreApplication::setApplicationName(QStringLiteral("Hourglass"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOURGLASS_VERSION));
}

} // namespace hourglass
