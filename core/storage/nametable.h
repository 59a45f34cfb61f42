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

    // The name of `id`, empty for a null id. It never queries: it is called while another
    // query's rows are being read, and PostgreSQL's driver drops the rest of those rows when a
    // second query runs on the connection. An id added after the table was read is noted as
    // missed, and the caller reads again.
    QString name(const QVariant &id);
    bool missedAny() const { return m_missed; }

private:
    QHash<qint64, QString> m_names;
    bool m_missed = false;
};

} // namespace hourglass
