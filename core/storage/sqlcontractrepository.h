// Contracts, downgrade requests, expertise packs and ledger entries in SQL, the same code on
// SQLite and PostgreSQL.
#pragma once

#include "contracts/contractrepository.h"
#include "storage/databasehandle.h"

#include <QtGlobal>

class QSqlQuery;

namespace hourglass {

class Database;

class SqlContractRepository final : public ContractRepository
{
    Q_DISABLE_COPY_MOVE(SqlContractRepository)

public:
    explicit SqlContractRepository(DatabaseHandle database);

    Instant now() override;
    void lockCustomer(qint64 customerId) override;
    void updateCustomer(const CustomerEdit &edit) override;
    qint64 changeTier(qint64 customerId,
                      const Contract &current,
                      const QString &tier,
                      Contract::Change change,
                      Instant at,
                      QDate billedFrom) override;
    qint64 addRequest(const ContractRequest &request) override;
    void setRequestTicket(qint64 requestId, qint64 ticketId) override;
    QList<ContractRequest> requests(qint64 customerId) override;
    std::optional<ContractRequest> request(qint64 id) override;
    void finishRequest(qint64 id, int version, ContractRequest::Status status, Instant at) override;
    QList<ExpertisePack> packs(qint64 customerId) override;
    qint64 addPack(const ExpertisePack &pack) override;
    QList<ExpertiseEntry> entries(qint64 customerId,
                                  std::optional<std::pair<Instant, Instant>> detail) override;
    std::optional<ExpertiseEntry> entry(qint64 id) override;
    qint64 addEntry(const ExpertiseEntry &entry) override;

private:
    Database &db() const;
    void exec(QSqlQuery &query, const QString &what);
    QList<ContractRequest> readRequests(const QString &where, const QVariant &value);
    QList<ExpertiseEntry> readEntries(const QString &where, const QVariantList &values);
    QList<ExpertiseEntry> readSums(qint64 customerId);
    void readDraws(const QString &where, const QVariantList &values, QList<ExpertiseEntry> &entries);
    [[noreturn]] void refuseStale(const QString &table,
                                  qint64 id,
                                  int yourVersion,
                                  const QString &what,
                                  const QString &yours);

    DatabaseHandle m_database;
};

} // namespace hourglass
