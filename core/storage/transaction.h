// One database transaction, rolled back unless committed; SQLite takes its write lock up front.
// A Transaction made while another is open on the same database joins it: only the outermost
// commits, and a failure anywhere inside rolls the whole back.
#pragma once

#include <QtGlobal>

class QSqlDatabase;

namespace hourglass {

class Database;

class Transaction
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    // Throws StorageError when the transaction cannot start.
    explicit Transaction(Database &database);
    ~Transaction();
    void commit();

private:
    Database &m_database;
    bool m_open = false;
    bool m_nested = false;
};

} // namespace hourglass
