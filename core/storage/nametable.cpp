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
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const bool read = query.exec(QStringLiteral("SELECT id, %1 FROM %2").arg(column, table));
    while (read && query.next())
        m_names.insert(query.value(0).toLongLong(), query.value(1).toString());
    if (!read || query.lastError().isValid())
        throw StorageError(
            Tr::tr("cannot read %1: %2").arg(table, query.lastError().text().simplified()));
}

QString NameTable::name(const QVariant &id)
{
    if (id.isNull())
        return QString();
    const auto it = m_names.constFind(id.toLongLong());
    if (it != m_names.constEnd())
        return *it;
    m_missed = true;
    return QString();
}

} // namespace hourglass
