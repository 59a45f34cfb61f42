// The one door for customers, their contracts and the expertise-hours ledger: tier upgrades
// and downgrade requests, packs, sessions and their reversals. What it refuses is refused in
// the console and on the command line alike.
#pragma once

#include "contracts/contractrepository.h"
#include "contracts/expertiseledger.h"
#include "io/inputerror.h"

#include <QtGlobal>

namespace hourglass {

class Session;
class SlaEngine;
class TicketService;
struct Policy;

// A session as a coach logs it.
struct ExpertiseRequest
{
    qint64 customerId = 0;
    QString coach; // a login; empty: who is at the keyboard
    Instant at;
    int minutes = 0;
    QString kind;     // an ExpertiseKinds key
    QString language; // "fr" or "en"
    QString notes;
    std::optional<qint64> ticketId;
    Beyond beyond = Beyond::Nothing;
};

// A session longer than what is left, with nothing allowed to cover the rest: the console asks
// whether to draw on a pack or record an overage, and logs again with that choice.
class BalanceExceeded : public InputError
{
public:
    BalanceExceeded(const QString &problem, const ExpertiseDraw &draw)
        : InputError(QString(), QStringLiteral("minutes"), problem)
        , draw(draw)
    {}
    ExpertiseDraw draw;
};

struct TierChange
{
    qint64 contractId = 0; // the contract that follows
    Instant effectiveAt;
    QDate billedFrom;
    qsizetype ticketsMoved = 0; // open tickets re-targeted to the new tier
};

class ContractService final
{
    Q_DISABLE_COPY_MOVE(ContractService)

public:
    ContractService(Session &session,
                    ContractRepository &contracts,
                    CustomerDirectory &customers,
                    TicketService &tickets);

    // Limits on what people write, in characters and minutes.
    static constexpr qsizetype maximumNotes = 4000;
    static constexpr qsizetype maximumName = 200;
    static constexpr int maximumSession = 12 * 60;
    static constexpr int maximumPack = 1000 * 60;

    Instant now();
    QList<Customer> customers();
    std::optional<Customer> customer(qint64 id);
    // A customer by id or by name (what the command line takes). Throws InputError naming
    // `field` when there is none.
    Customer findCustomer(const QString &idOrName, const QString &field);
    const Policy *policyOf(const Contract &contract) const;
    const Tier *tierOf(const Contract &contract) const;

    // Applies a versioned edit; a stale one is a ConflictError. Throws InputError by field.
    void editCustomer(const CustomerEdit &edit);

    // Moves the contract in force now to a higher tier of its policy, at once: SLA targets and
    // entitlements from this instant, billing from the first of next month in the customer's
    // zone. `contractVersion` is the version of the contract the person saw.
    TierChange upgrade(qint64 customerId, const QString &tier, int contractVersion);
    // Records a downgrade (or any change that is not an upgrade) as a request for support, with
    // a ticket to track it; nothing changes until it is carried out.
    ContractRequest requestDowngrade(qint64 customerId,
                                     const QString &tier,
                                     const QString &reason,
                                     int contractVersion);
    // Carries a pending request out: effective now, billed from the first of next month.
    TierChange carryOut(qint64 requestId, int version);
    void withdraw(qint64 requestId, int version);
    QList<ContractRequest> requests(qint64 customerId);

    qint64 addPack(qint64 customerId,
                   int minutes,
                   Instant boughtAt,
                   std::optional<Instant> expiresAt,
                   const QString &note);
    // The ledger of a customer. With `shown`, only that month's entries are read whole (coach,
    // kind, notes…): what a month's balance, list, CSV or statement needs; the other months'
    // carry only their sums.
    ExpertiseLedger ledger(qint64 customerId, std::optional<date::year_month> shown = {});
    ExpertiseLedger ledger(const Customer &customer, std::optional<date::year_month> shown = {});
    // Logs a session. Throws BalanceExceeded when it does not fit what is left and what the
    // coach allowed; InputError by field; StorageError.
    ExpertiseEntry log(const ExpertiseRequest &request);
    // Cancels an entry by a reversing entry (at most one); the reason goes in its notes.
    ExpertiseEntry reverse(qint64 entryId, const QString &reason);

    // The first day of the month after `at`, in `zone`: when billing follows a tier change.
    static QDate billingDate(Instant at, const QString &zone);

private:
    TierChange change(const Customer &customer,
                      const Contract &current,
                      const QString &tier,
                      Contract::Change kind,
                      Instant at);
    const Contract &contractInForce(const Customer &customer, Instant at, int version);
    // A tier change, checked as far as both directions agree: the customer (locked until the
    // caller's transaction ends), the contract in force at `at` on `contractVersion`, its
    // policy, and a tier of it that is not the current one.
    struct Move
    {
        Customer customer;
        Contract current;
        const Policy *policy;
        const Tier *from; // null when the policy no longer knows the current tier
        const Tier *to;
    };
    Move prepareMove(qint64 customerId, const QString &tier, int contractVersion, Instant at);
    // Refuses a tier change while a downgrade request of the customer waits for support.
    void refusePending(const Customer &customer, const Policy &policy);
    // Notes `outcome` on the ticket that tracked `request`, and resolves it.
    void closeTicket(const ContractRequest &request, const QString &outcome);

    Session &m_session;
    ContractRepository &m_contracts;
    CustomerDirectory &m_customers;
    TicketService &m_tickets;
};

} // namespace hourglass
