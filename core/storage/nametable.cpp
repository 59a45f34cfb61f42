#include "storage/nametable.h"

#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::NameTable)
};

} // namespace

NameTable::NameTable(QSqlDatabase &db, const QString &table, const QString &column)
    : m_db(db)
    , m_table(table)
    , m_column(column)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, %1 FROM %2").arg(column, table)))
        throw StorageError(
            Tr::tr("cannot read %1: %2").arg(table, query.lastError().text().simplified()));
    while (query.next())
        m_names.insert(query.value(0).toLongLong(), query.value(1).toString());
}

QString NameTable::name(const QVariant &id)
{
    if (id.isNull())
        return QString();
    const qint64 key = id.toLongLong();
    const auto it = m_names.constFind(key);
    if (it != m_names.constEnd())
        return *it;
    QSqlQuery one(m_db);
    one.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(m_column, m_table));
    one.addBindValue(key);
    const QString found = one.exec() && one.next() ? one.value(0).toString() : QString();
    m_names.insert(key, found);
    return found;
}

} // namespace hourglass
