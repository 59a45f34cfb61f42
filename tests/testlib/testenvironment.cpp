// Keeps tests away from the user's files: private settings, data folder and databases.
#include "testenvironment.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace hourglass::test {

void isolateUserData()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Hourglass"));
    QCoreApplication::setApplicationName(QStringLiteral("Hourglass"));
    QStandardPaths::setTestModeEnabled(true);
}

std::unique_ptr<Database> openTemporarySqlite(const QTemporaryDir &dir, const QString &name)
{
    return Database::open(DatabaseUrl::sqliteFile(dir.filePath(name)));
}

} // namespace hourglass::test
