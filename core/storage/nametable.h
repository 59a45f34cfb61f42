// Names by id from a small table (customers, users), read whole once, for bulk reads that would
// otherwise join them on every row.
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace hourglass {

class NameTable
{
public:
    // Reads every (id, column) of the table; `table` and `column` are names from the code,
    // never input. Throws StorageError when the table cannot be read.
    NameTable(QSqlDatabase &db, const QString &table, const QString &column);

    // The name of `id`; one added since the table was read is looked up on its own. Empty for
    // a null id or one that does not exist.
    QString name(const QVariant &id);

private:
    QSqlDatabase &m_db;
    QString m_table;
    QString m_column;
    QHash<qint64, QString> m_names;
};

} // namespace hourglass
