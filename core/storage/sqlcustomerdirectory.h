// Customers and their contracts in SQL, the same code on SQLite and PostgreSQL.
#pragma once

#include "contracts/customerdirectory.h"
#include "storage/databasehandle.h"

#include <QtGlobal>

namespace hourglass {

class SqlCustomerDirectory final : public CustomerDirectory
{
    Q_DISABLE_COPY_MOVE(SqlCustomerDirectory)

public:
    explicit SqlCustomerDirectory(DatabaseHandle database);

    std::optional<Customer> customer(qint64 id) override;
    std::optional<Customer> customerNamed(const QString &name) override;
    QList<Customer> customers() override;
    QSet<QString> logins() override;
    QList<Person> people() override;

private:
    QList<Customer> read(const QString &where, const QVariant &value);

    DatabaseHandle m_database;
};

} // namespace hourglass
