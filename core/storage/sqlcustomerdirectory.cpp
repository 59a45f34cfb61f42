// Customers and their contracts in SQL, the same code on SQLite and PostgreSQL.
#include "storage/sqlcustomerdirectory.h"

#include "storage/database.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::SqlCustomerDirectory)
};

} // namespace

SqlCustomerDirectory::SqlCustomerDirectory(DatabaseHandle database)
    : m_database(database)
{}

QList<Customer> SqlCustomerDirectory::read(const QString &where, const QVariant &value)
{
    Database &database = m_database.get();
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT c.id, c.name, c.language, c.time_zone, k.id, "
                                 "k.policy_key, k.tier, k.starts_at, k.ends_at, c.organization, "
                                 "c.version, k.change_kind, k.billed_from, u.login, k.version "
                                 "FROM customers c LEFT JOIN contracts k ON k.customer_id = c.id "
                                 "LEFT JOIN users u ON u.id = k.recorded_by ")
                  + where + QStringLiteral(" ORDER BY c.id, k.starts_at, k.id"));
    if (value.isValid())
        query.addBindValue(value);
    if (!query.exec())
        throw StorageError(
            database.describeError(Tr::tr("cannot read customers"), query.lastError()));
    QList<Customer> customers;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (customers.isEmpty() || customers.constLast().id != id)
            customers.append({id,
                              query.value(1).toString(),
                              query.value(2).toString(),
                              query.value(3).toString(),
                              {},
                              query.value(9).toString(),
                              query.value(10).toInt()});
        if (query.value(4).isNull())
            continue;
        Contract contract{query.value(4).toLongLong(),
                          query.value(5).toString(),
                          query.value(6).toString(),
                          fromEpoch(query.value(7).toLongLong()),
                          std::nullopt};
        if (!query.value(8).isNull())
            contract.endsAt = fromEpoch(query.value(8).toLongLong());
        contract.change = Contract::changeFromKey(query.value(11).toString());
        if (!query.value(12).isNull())
            contract.billedFrom = QDate::fromString(query.value(12).toString(), Qt::ISODate);
        contract.recordedBy = query.value(13).toString();
        contract.version = query.value(14).toInt();
        customers.last().contracts.append(contract);
    }
    return customers;
}

std::optional<Customer> SqlCustomerDirectory::customer(qint64 id)
{
    const QList<Customer> found = read(QStringLiteral("WHERE c.id = ?"), id);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<Customer> SqlCustomerDirectory::customerNamed(const QString &name)
{
    const QList<Customer> found = read(QStringLiteral("WHERE c.name = ?"), name);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<Customer> SqlCustomerDirectory::customers()
{
    return read(QString(), QVariant());
}

QSet<QString> SqlCustomerDirectory::logins()
{
    Database &database = m_database.get();
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT login FROM users")))
        throw StorageError(database.describeError(Tr::tr("cannot read users"), query.lastError()));
    QSet<QString> logins;
    while (query.next())
        logins.insert(query.value(0).toString());
    return logins;
}

QList<Person> SqlCustomerDirectory::people()
{
    Database &database = m_database.get();
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT login, display_name FROM users ORDER BY display_name, "
                                   "login")))
        throw StorageError(database.describeError(Tr::tr("cannot read users"), query.lastError()));
    QList<Person> people;
    while (query.next())
        people.append({query.value(0).toString(), query.value(1).toString()});
    return people;
}

} // namespace hourglass
