// The policies stored in a database, every version, as the SLA engine wants them.
#include "storage/policystore.h"

#include "io/policyfile.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::PolicyStore)
};

} // namespace

QList<Policy> PolicyStore::loadAll(Database &database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral(
            "SELECT policy_key, document FROM policies ORDER BY policy_key, policy_version")))
        throw StorageError(
            database.describeError(Tr::tr("cannot read policies"), query.lastError()));
    QList<Policy> policies;
    while (query.next())
        policies.append(PolicyFile::parse(QStringLiteral(":/policies/") + query.value(0).toString()
                                              + QLatin1String(".json"),
                                          query.value(1).toByteArray()));
    return policies;
}

} // namespace hourglass
