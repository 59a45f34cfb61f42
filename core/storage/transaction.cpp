// One database transaction, rolled back unless committed; SQLite takes its write lock up front.
#include "storage/transaction.h"

#include "storage/database.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::Transaction)
};

} // namespace

Transaction::Transaction(Database &database)
    : m_database(database)
{
    if (database.m_transactionDepth > 0) {
        ++database.m_transactionDepth;
        m_nested = true;
        m_open = true;
        return;
    }
    // The author's user row is created outside any transaction: were it created inside one that
    // then rolled back (a conflict), the cached id would point at nothing.
    database.actorId();
    QSqlDatabase &db = database.connection();
    // A deferred SQLite transaction that reads and then writes can fail at once with "locked"
    // when another writer got there first; IMMEDIATE waits for the lock (busy timeout) instead.
    const bool started = database.url().isSqlite()
                             ? QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE"))
                             : db.transaction();
    if (!started)
        throw StorageError(
            database.describeError(Tr::tr("cannot start a transaction"), db.lastError()));
    m_open = true;
    database.m_transactionDepth = 1;
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    // Left without a commit: an exception is on its way out, and the outermost rolls back.
    --m_database.m_transactionDepth;
    if (!m_nested)
        m_database.connection().rollback();
}

void Transaction::commit()
{
    if (!m_nested) {
        QSqlDatabase &db = m_database.connection();
        // On failure the transaction stays open for the destructor to roll back.
        if (!db.commit())
            throw StorageError(m_database.describeError(Tr::tr("cannot commit"), db.lastError()));
    }
    --m_database.m_transactionDepth;
    m_open = false;
}

} // namespace hourglass
