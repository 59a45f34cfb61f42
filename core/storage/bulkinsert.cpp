// Many rows in few statements, for imports and seeding: ids taken up front, rows in batches.
#include "storage/bulkinsert.h"

#include "storage/database.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::BulkInsert)
};

} // namespace

// Rows with ids given up front. PostgreSQL takes a batch of rows a statement (one round trip);
// SQLite reuses one prepared single-row statement, since it looks placeholders up by a linear
// scan and a statement with thousands of them costs quadratic time.
void BulkInsert::insertRows(Database &database,
                            const QString &head,
                            int columns,
                            const QList<QVariantList> &rows)
{
    const int batch = database.isPostgres() ? 200 : 1;
    const QString placeholders = QStringLiteral("(")
                                 + QStringList(columns, QStringLiteral("?")).join(u',') + u')';
    QSqlQuery insert(database.connection());
    qsizetype prepared = -1;
    for (qsizetype start = 0; start < rows.size(); start += batch) {
        const qsizetype count = std::min<qsizetype>(batch, rows.size() - start);
        if (count != prepared) {
            insert.prepare(head + QLatin1String(" VALUES ")
                           + QStringList(count, placeholders).join(u','));
            prepared = count;
        }
        int position = 0;
        for (qsizetype r = start; r < start + count; ++r) {
            for (const QVariant &value : rows.at(r))
                insert.bindValue(position++, value);
        }
        if (!insert.exec())
            throw StorageError(database.describeError(Tr::tr("cannot import"), insert.lastError()));
    }
}

// Ids for n new rows: taken from the sequence on PostgreSQL, after the largest on SQLite (the
// import holds SQLite's write lock, so nobody else can take them meanwhile, and explicit ids
// move SQLite's AUTOINCREMENT counter on by themselves).
QList<qint64> BulkInsert::allocateIds(Database &database, const QString &table, qsizetype n)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (database.isPostgres()) {
        // Values drawn from the sequence are this transaction's alone, even under concurrency.
        query.prepare(QStringLiteral("SELECT nextval(pg_get_serial_sequence('%1', 'id')) "
                                     "FROM generate_series(1, ?)")
                          .arg(table));
        query.addBindValue(n);
    } else {
        query.prepare(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM %1").arg(table));
    }
    if (!query.exec())
        throw StorageError(database.describeError(Tr::tr("cannot allocate ids"), query.lastError()));
    QList<qint64> ids;
    ids.reserve(n);
    if (database.isPostgres()) {
        while (query.next())
            ids.append(query.value(0).toLongLong());
    } else if (query.next()) {
        for (qint64 id = query.value(0).toLongLong(); ids.size() < n; ++id)
            ids.append(id);
    }
    return ids;
}

} // namespace hourglass
