// How a repository reaches its database: a session's, which comes and goes with the connection,
// or one fixed database (tools, tests).
#include "storage/databasehandle.h"

#include "storage/session.h"
#include "storage/storageerror.h"

#include <QCoreApplication>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::DatabaseHandle)
};

} // namespace

Database &DatabaseHandle::get() const
{
    if (m_database)
        return *m_database;
    if (Database *database = m_session->database())
        return *database;
    throw StorageError(
        Tr::tr("%1: the database cannot be reached just now").arg(m_session->url().toString()));
}

} // namespace hourglass
