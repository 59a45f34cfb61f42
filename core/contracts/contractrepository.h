// Where customers' contracts, downgrade requests, expertise packs and ledger entries are kept;
// storage implements it. Only ContractService writes through it.
#pragma once

#include "contracts/customerdirectory.h"
#include "contracts/expertise.h"

#include <QList>
#include <QString>

#include <optional>

namespace hourglass {

// What an edit of a customer changes, made on the version the editor saw.
struct CustomerEdit
{
    qint64 id = 0;
    int version = 0;
    QString name;
    QString organization;
    QString language; // "en" or "fr"
    QString timeZone; // IANA
};

// A downgrade the customer asked for: support carries it out, and it takes effect then.
struct ContractRequest
{
    enum class Status { Pending, Done, Withdrawn };

    qint64 id = 0;
    qint64 customerId = 0;
    qint64 contractId = 0; // the contract it changes
    QString fromTier;
    QString toTier;
    QString reason;
    std::optional<qint64> ticketId; // where support tracks it
    Status status = Status::Pending;
    Instant requestedAt;
    QString requestedBy;
    std::optional<Instant> doneAt;
    QString doneBy;
    int version = 1;

    // The stored and scripted form: "pending", "done", "withdrawn"; Pending for anything else.
    static QString statusKey(Status status)
    {
        switch (status) {
        case Status::Pending:
            return QStringLiteral("pending");
        case Status::Done:
            return QStringLiteral("done");
        case Status::Withdrawn:
            return QStringLiteral("withdrawn");
        }
        return {};
    }
    static Status statusFromKey(const QString &key)
    {
        if (key == QLatin1String("done"))
            return Status::Done;
        if (key == QLatin1String("withdrawn"))
            return Status::Withdrawn;
        return Status::Pending;
    }
};

class ContractRepository
{
public:
    virtual ~ContractRepository() = default;

    // Now, as the database stamps writes. Throws StorageError.
    virtual Instant now() = 0;
    // Makes writers of one customer's ledger or contract wait for each other until the
    // caller's transaction ends. Throws StorageError.
    virtual void lockCustomer(qint64 customerId) = 0;

    // Applies the edit if the customer is still at edit.version; ConflictError otherwise.
    virtual void updateCustomer(const CustomerEdit &edit) = 0;
    // Ends `current` at `at` if it is still at its version (ConflictError otherwise) and
    // starts the contract that follows it on `tier`; returns the new contract's id.
    virtual qint64 changeTier(qint64 customerId,
                              const Contract &current,
                              const QString &tier,
                              Contract::Change change,
                              Instant at,
                              QDate billedFrom)
        = 0;

    virtual qint64 addRequest(const ContractRequest &request) = 0;
    virtual void setRequestTicket(qint64 requestId, qint64 ticketId) = 0;
    // Every request of a customer, or of all customers when 0, newest first.
    virtual QList<ContractRequest> requests(qint64 customerId) = 0;
    virtual std::optional<ContractRequest> request(qint64 id) = 0;
    // Marks a request done or withdrawn if still at `version`; ConflictError otherwise.
    virtual void finishRequest(qint64 id, int version, ContractRequest::Status status, Instant at)
        = 0;

    virtual QList<ExpertisePack> packs(qint64 customerId) = 0;
    virtual qint64 addPack(const ExpertisePack &pack) = 0;
    // Every entry of a customer. With `detail`, only those whose session falls in
    // [detail.first, detail.second) come whole; the others carry what a balance sums (session
    // time, minutes, draws, what they reverse) and no coach, kind, notes or recorder, which
    // reads a decade of entries several times faster.
    virtual QList<ExpertiseEntry> entries(qint64 customerId,
                                          std::optional<std::pair<Instant, Instant>> detail = {})
        = 0;
    virtual std::optional<ExpertiseEntry> entry(qint64 id) = 0;
    // Writes the entry with its draws; recorded when and by whom as the database says.
    virtual qint64 addEntry(const ExpertiseEntry &entry) = 0;
};

} // namespace hourglass
