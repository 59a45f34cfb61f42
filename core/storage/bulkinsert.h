// Many rows in few statements, for imports and seeding: ids taken up front, rows in batches.
#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace hourglass {

class Database;

namespace BulkInsert {

// `head` is "INSERT INTO table (columns…)"; each row has `columns` values. Inside the
// caller's transaction. Throws StorageError.
void insertRows(Database &database,
                const QString &head,
                int columns,
                const QList<QVariantList> &rows);
// Ids for n new rows of `table`, this transaction's alone. Throws StorageError.
QList<qint64> allocateIds(Database &database, const QString &table, qsizetype n);

} // namespace BulkInsert

} // namespace hourglass
