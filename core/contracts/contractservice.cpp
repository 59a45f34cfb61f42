// Customers, tier changes and the expertise-hours ledger, checked before anything is written.
#include "contracts/contractservice.h"

#include "io/textcheck.h"
#include "sla/policynames.h"
#include "sla/slaengine.h"
#include "storage/database.h"
#include "storage/session.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"
#include "tickets/ticketservice.h"

#include <date/tz.h>

#include <QCoreApplication>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::ContractService)
};

[[noreturn]] void fail(const QString &field, const QString &problem)
{
    throw InputError(QString(), field, problem);
}

QString hours(int minutes)
{
    if (minutes == 0)
        return Tr::tr("0h", "no time");
    return formatCompactDuration(Seconds{qint64(minutes) * 60}, 2);
}

void requireText(const QString &field,
                 const QString &text,
                 qsizetype maximum,
                 TextCheck::Lines lines)
{
    const QString problem = TicketService::textProblem(text, maximum, lines);
    if (!problem.isEmpty())
        fail(field, problem);
}

bool validZone(const QString &zone)
{
    try {
        date::locate_zone(zone.toStdString());
        return true;
    } catch (const std::runtime_error &) {
        return false;
    }
}

} // namespace

ContractService::ContractService(Session &session,
                                 ContractRepository &contracts,
                                 CustomerDirectory &customers,
                                 TicketService &tickets)
    : m_session(session)
    , m_contracts(contracts)
    , m_customers(customers)
    , m_tickets(tickets)
{}

Instant ContractService::now()
{
    return m_contracts.now();
}

QList<Customer> ContractService::customers()
{
    return m_customers.customers();
}

std::optional<Customer> ContractService::customer(qint64 id)
{
    return m_customers.customer(id);
}

Customer ContractService::findCustomer(const QString &idOrName, const QString &field)
{
    bool number = false;
    const qint64 id = idOrName.toLongLong(&number);
    std::optional<Customer> found = number ? m_customers.customer(id)
                                           : m_customers.customerNamed(idOrName);
    if (!found)
        fail(field, Tr::tr("there is no customer “%1”").arg(InputError::excerpt(idOrName)));
    return *found;
}

const Policy *ContractService::policyOf(const Contract &contract) const
{
    return m_tickets.engine().latestPolicy(contract.policyId);
}

const Tier *ContractService::tierOf(const Contract &contract) const
{
    const Policy *policy = policyOf(contract);
    return policy ? policy->tier(contract.tier) : nullptr;
}

void ContractService::editCustomer(const CustomerEdit &edit)
{
    CustomerEdit e = edit;
    e.name = e.name.trimmed();
    e.organization = e.organization.trimmed();
    if (e.name.isEmpty())
        fail(QStringLiteral("name"), Tr::tr("the name is empty"));
    requireText(QStringLiteral("name"), e.name, maximumName, TextCheck::Lines::One);
    requireText(QStringLiteral("organization"), e.organization, maximumName, TextCheck::Lines::One);
    if (e.language != QLatin1String("en") && e.language != QLatin1String("fr"))
        fail(QStringLiteral("language"),
             Tr::tr("“%1” is not a language Hourglass offers (en, fr)")
                 .arg(InputError::excerpt(e.language)));
    if (!validZone(e.timeZone))
        fail(QStringLiteral("time zone"),
             Tr::tr("“%1” is not a time zone (an IANA name such as Europe/Paris)")
                 .arg(InputError::excerpt(e.timeZone)));
    Database *database = m_session.database();
    if (!database)
        throw StorageError(Tr::tr("customers are edited only while the database answers"));
    Transaction transaction(*database);
    const std::optional<Customer> current = m_customers.customer(e.id);
    if (!current)
        fail(QStringLiteral("customer"), Tr::tr("there is no customer %1").arg(e.id));
    // The months of the ledger are the customer's own: a new zone would move sessions and packs
    // from one month to another after their hours were drawn and billed.
    if (e.timeZone != current->timeZone
        && (!m_contracts.entries(e.id).isEmpty() || !m_contracts.packs(e.id).isEmpty()))
        fail(QStringLiteral("time zone"),
             Tr::tr("customer “%1” has expertise hours recorded in the months of %2: a new zone "
                    "would move them from one month to another")
                 .arg(current->name, current->timeZone));
    if (const auto other = m_customers.customerNamed(e.name); other && other->id != e.id)
        fail(QStringLiteral("name"),
             Tr::tr("another customer is named “%1”").arg(InputError::excerpt(e.name)));
    m_contracts.updateCustomer(e);
    transaction.commit();
}

QDate ContractService::billingDate(Instant at, const QString &zone)
{
    const date::time_zone *z = date::locate_zone(zone.toStdString());
    const date::year_month_day day{date::floor<date::days>(z->to_local(at))};
    const date::year_month next = day.year() / day.month() + date::months{1};
    return QDate(int(next.year()), int(unsigned(next.month())), 1);
}

const Contract &ContractService::contractInForce(const Customer &customer, Instant at, int version)
{
    const Contract *contract = customer.contractAt(at);
    if (!contract)
        fail(QStringLiteral("customer"),
             Tr::tr("customer “%1” has no contract in force").arg(customer.name));
    if (contract->endsAt)
        fail(QStringLiteral("customer"),
             Tr::tr("the contract of customer “%1” ends on %2: its tier no longer changes")
                 .arg(customer.name, formatInstant(*contract->endsAt)));
    if (version != 0 && version != contract->version)
        fail(QStringLiteral("version"),
             Tr::tr("the contract of customer “%1” changed since you read it (version %2, now "
                    "%3): look again before changing its tier")
                 .arg(customer.name)
                 .arg(version)
                 .arg(contract->version));
    return *contract;
}

TierChange ContractService::change(const Customer &customer,
                                   const Contract &current,
                                   const QString &tier,
                                   Contract::Change kind,
                                   Instant at)
{
    TierChange result;
    result.effectiveAt = at;
    result.billedFrom = billingDate(at, customer.timeZone);
    result.contractId = m_contracts
                            .changeTier(customer.id, current, tier, kind, at, result.billedFrom);
    result.ticketsMoved = m_tickets.followTier(customer.id, current.policyId, tier);
    return result;
}

ContractService::Move ContractService::prepareMove(qint64 customerId,
                                                   const QString &tier,
                                                   int contractVersion,
                                                   Instant at)
{
    m_contracts.lockCustomer(customerId);
    std::optional<Customer> customer = m_customers.customer(customerId);
    if (!customer)
        fail(QStringLiteral("customer"), Tr::tr("there is no customer %1").arg(customerId));
    Move move{*customer, contractInForce(*customer, at, contractVersion), nullptr, nullptr, nullptr};
    move.policy = policyOf(move.current);
    if (!move.policy)
        fail(QStringLiteral("customer"),
             Tr::tr("the customer's policy “%1” is not stored").arg(move.current.policyId));
    move.from = move.policy->tier(move.current.tier);
    move.to = move.policy->tier(tier);
    if (!move.to)
        fail(QStringLiteral("tier"), move.policy->tierProblem(tier));
    if (move.from && move.to->id == move.from->id)
        fail(QStringLiteral("tier"),
             Tr::tr("customer “%1” is on %2 already")
                 .arg(move.customer.name, move.to->displayName(PolicyNames::language())));
    return move;
}

TierChange ContractService::upgrade(qint64 customerId, const QString &tier, int contractVersion)
{
    Database *database = m_session.database();
    if (!database)
        throw StorageError(Tr::tr("tiers change only while the database answers"));
    Transaction transaction(*database);
    const Instant at = m_contracts.now();
    const Move move = prepareMove(customerId, tier, contractVersion, at);
    if (move.from && move.to->level <= move.from->level)
        fail(QStringLiteral("tier"),
             Tr::tr("%1 is not above %2: a downgrade is a request that support carries out "
                    "(contract downgrade)")
                 .arg(move.to->displayName(PolicyNames::language()),
                      move.from->displayName(PolicyNames::language())));
    // A downgrade waiting for support would undo the upgrade when carried out.
    refusePending(move.customer, *move.policy);
    const TierChange result = change(move.customer,
                                     move.current,
                                     move.to->id,
                                     Contract::Change::Upgrade,
                                     at);
    transaction.commit();
    return result;
}

ContractRequest ContractService::requestDowngrade(qint64 customerId,
                                                  const QString &tier,
                                                  const QString &reason,
                                                  int contractVersion)
{
    requireText(QStringLiteral("reason"), reason, maximumNotes, TextCheck::Lines::Many);
    if (reason.trimmed().isEmpty())
        fail(QStringLiteral("reason"),
             Tr::tr("say why the customer asks for a lower level: support reads it on the ticket"));
    Database *database = m_session.database();
    if (!database)
        throw StorageError(Tr::tr("tiers change only while the database answers"));
    Transaction transaction(*database);
    const Move move = prepareMove(customerId, tier, contractVersion, m_contracts.now());
    const Customer *customer = &move.customer;
    const Contract &current = move.current;
    const Policy *policy = move.policy;
    const Tier *from = move.from;
    const Tier *to = move.to;
    if (from && to->level > from->level)
        fail(QStringLiteral("tier"),
             Tr::tr("%1 is above %2: an upgrade takes effect at once (contract upgrade)")
                 .arg(to->displayName(PolicyNames::language()),
                      from->displayName(PolicyNames::language())));
    refusePending(*customer, *policy);
    ContractRequest request;
    request.customerId = customerId;
    request.contractId = current.id;
    request.fromTier = current.tier;
    request.toTier = to->id;
    request.reason = reason.trimmed();
    request.id = m_contracts.addRequest(request);
    TicketRequest ticket;
    ticket.customerId = customerId;
    ticket.title = Tr::tr("Support level change requested: %1 to %2")
                       .arg(from ? from->displayName(customer->language) : current.tier,
                            to->displayName(customer->language));
    ticket.description = request.reason;
    const TicketRecord opened = m_tickets.create(ticket);
    m_contracts.setRequestTicket(request.id, opened.id);
    transaction.commit();
    return *m_contracts.request(request.id);
}

TierChange ContractService::carryOut(qint64 requestId, int version)
{
    Database *database = m_session.database();
    if (!database)
        throw StorageError(Tr::tr("tiers change only while the database answers"));
    Transaction transaction(*database);
    const std::optional<ContractRequest> request = m_contracts.request(requestId);
    if (!request)
        fail(QStringLiteral("request"), Tr::tr("there is no request %1").arg(requestId));
    m_contracts.lockCustomer(request->customerId);
    if (request->status != ContractRequest::Status::Pending)
        fail(QStringLiteral("request"), Tr::tr("request %1 is no longer pending").arg(requestId));
    const Customer customer = *m_customers.customer(request->customerId);
    const Instant at = m_contracts.now();
    const Contract &current = contractInForce(customer, at, 0);
    if (current.id != request->contractId)
        fail(QStringLiteral("request"),
             Tr::tr("the contract of customer “%1” changed since request %2 was made: withdraw it "
                    "and ask again")
                 .arg(customer.name)
                 .arg(requestId));
    const Tier *to = tierOf(Contract{.policyId = current.policyId, .tier = request->toTier});
    if (!to)
        fail(QStringLiteral("request"),
             Tr::tr("tier “%1” is no longer offered").arg(InputError::excerpt(request->toTier)));
    m_contracts.finishRequest(requestId, version, ContractRequest::Status::Done, at);
    const TierChange result = change(customer, current, to->id, Contract::Change::Downgrade, at);
    closeTicket(*request,
                Tr::tr("Carried out: the customer is on %1 from now on.")
                    .arg(to->displayName(PolicyNames::language())));
    transaction.commit();
    return result;
}

void ContractService::withdraw(qint64 requestId, int version)
{
    Database *database = m_session.database();
    if (!database)
        throw StorageError(Tr::tr("requests change only while the database answers"));
    Transaction transaction(*database);
    const std::optional<ContractRequest> request = m_contracts.request(requestId);
    if (!request)
        fail(QStringLiteral("request"), Tr::tr("there is no request %1").arg(requestId));
    if (request->status != ContractRequest::Status::Pending)
        fail(QStringLiteral("request"), Tr::tr("request %1 is no longer pending").arg(requestId));
    m_contracts.finishRequest(requestId,
                              version,
                              ContractRequest::Status::Withdrawn,
                              m_contracts.now());
    closeTicket(*request, Tr::tr("Withdrawn: the support level stays as it is."));
    transaction.commit();
}

void ContractService::refusePending(const Customer &customer, const Policy &policy)
{
    for (const ContractRequest &pending : m_contracts.requests(customer.id)) {
        if (pending.status == ContractRequest::Status::Pending)
            fail(QStringLiteral("customer"),
                 Tr::tr("customer “%1” has a pending request (to %2, request %3): carry it out or "
                        "withdraw it first")
                     .arg(customer.name, policy.tierName(pending.toTier, PolicyNames::language()))
                     .arg(pending.id));
    }
}

void ContractService::closeTicket(const ContractRequest &request, const QString &outcome)
{
    // The ticket that tracked the request says how it ended, and is resolved unless an agent
    // resolved it already.
    if (!request.ticketId)
        return;
    std::optional<TicketRecord> ticket = m_tickets.repository().ticket(*request.ticketId);
    if (!ticket)
        return;
    TicketAction note;
    note.kind = TicketAction::Kind::Note;
    note.ticketId = ticket->id;
    note.version = ticket->version;
    note.text = outcome;
    m_tickets.perform(note);
    ticket = m_tickets.repository().ticket(*request.ticketId);
    if (!ticket || ticket->status == TicketStatus::Resolved)
        return;
    TicketAction resolve;
    resolve.kind = TicketAction::Kind::Resolve;
    resolve.ticketId = ticket->id;
    resolve.version = ticket->version;
    m_tickets.perform(resolve);
}

QList<ContractRequest> ContractService::requests(qint64 customerId)
{
    return m_contracts.requests(customerId);
}

qint64 ContractService::addPack(qint64 customerId,
                                int minutes,
                                Instant boughtAt,
                                std::optional<Instant> expiresAt,
                                const QString &note)
{
    if (!m_customers.customer(customerId))
        fail(QStringLiteral("customer"), Tr::tr("there is no customer %1").arg(customerId));
    if (minutes <= 0 || minutes % 15 != 0 || minutes > maximumPack)
        fail(QStringLiteral("hours"),
             Tr::tr("a pack holds from a quarter of an hour to %1 hours, in quarter hours")
                 .arg(maximumPack / 60));
    if (expiresAt && *expiresAt <= boughtAt)
        fail(QStringLiteral("expires"), Tr::tr("a pack expires after it is bought"));
    requireText(QStringLiteral("note"), note, maximumNotes, TextCheck::Lines::Many);
    Database *database = m_session.database();
    if (!database)
        throw StorageError(Tr::tr("packs are recorded only while the database answers"));
    Transaction transaction(*database);
    ExpertisePack pack;
    pack.customerId = customerId;
    pack.minutes = minutes;
    pack.boughtAt = boughtAt;
    pack.expiresAt = expiresAt;
    pack.note = note.trimmed();
    const qint64 id = m_contracts.addPack(pack);
    transaction.commit();
    return id;
}

ExpertiseLedger ContractService::ledger(const Customer &customer,
                                        std::optional<date::year_month> shown)
{
    std::optional<std::pair<Instant, Instant>> detail;
    if (shown)
        detail = ExpertiseLedger::monthSpan(customer.timeZone, *shown);
    return ExpertiseLedger(
        customer,
        [this](const Contract &contract) { return tierOf(contract); },
        m_contracts.packs(customer.id),
        m_contracts.entries(customer.id, detail));
}

ExpertiseLedger ContractService::ledger(qint64 customerId, std::optional<date::year_month> shown)
{
    const std::optional<Customer> customer = m_customers.customer(customerId);
    if (!customer)
        fail(QStringLiteral("customer"), Tr::tr("there is no customer %1").arg(customerId));
    return ledger(*customer, shown);
}

ExpertiseEntry ContractService::log(const ExpertiseRequest &request)
{
    ExpertiseEntry entry;
    entry.customerId = request.customerId;
    entry.coach = request.coach.isEmpty() ? m_tickets.currentLogin() : request.coach;
    entry.at = request.at;
    entry.minutes = request.minutes;
    entry.language = request.language;
    entry.notes = request.notes.trimmed();
    entry.ticketId = request.ticketId;
    entry.beyond = request.beyond;
    const auto kind = ExpertiseKinds::fromKey(request.kind);
    if (!kind) {
        QStringList keys;
        for (ExpertiseKind k : ExpertiseKinds::all())
            keys.append(ExpertiseKinds::key(k));
        fail(QStringLiteral("kind"),
             Tr::tr("“%1” is not a kind of session (%2)")
                 .arg(InputError::excerpt(request.kind), keys.join(QLatin1String(", "))));
    }
    entry.kind = *kind;
    if (entry.minutes <= 0 || entry.minutes % 15 != 0 || entry.minutes > maximumSession)
        fail(QStringLiteral("minutes"),
             Tr::tr("a session lasts from 15 minutes to %1 hours, in 15-minute steps")
                 .arg(maximumSession / 60));
    requireText(QStringLiteral("notes"), entry.notes, maximumNotes, TextCheck::Lines::Many);
    if (!m_customers.logins().contains(entry.coach))
        fail(QStringLiteral("coach"),
             Tr::tr("there is no user “%1”").arg(InputError::excerpt(entry.coach)));

    Database *database = m_session.database();
    if (!database)
        throw StorageError(Tr::tr("sessions are logged only while the database answers"));
    Transaction transaction(*database);
    m_contracts.lockCustomer(entry.customerId);
    const std::optional<Customer> customer = m_customers.customer(entry.customerId);
    if (!customer)
        fail(QStringLiteral("customer"), Tr::tr("there is no customer %1").arg(entry.customerId));
    const Instant now = m_contracts.now();
    if (entry.at > now + date::days{1})
        fail(QStringLiteral("date"), Tr::tr("a session is logged once it has taken place"));
    if (entry.at < fromEpoch(946684800)) // 2000-01-01
        fail(QStringLiteral("date"), Tr::tr("a session before 2000 is not a session of Hourglass"));
    // Sums are all a draw needs: an empty detail window reads no month whole.
    const ExpertiseLedger ledger(
        *customer,
        [this](const Contract &contract) { return tierOf(contract); },
        m_contracts.packs(customer->id),
        m_contracts.entries(customer->id, std::pair{Instant{}, Instant{}}));
    const Tier *tier = ledger.tierAt(entry.at);
    const QStringList languages = tier ? tier->entitlements.languages
                                       : QStringList{QStringLiteral("en"), QStringLiteral("fr")};
    if (!languages.contains(entry.language))
        fail(QStringLiteral("language"),
             Tr::tr("“%1” is not a language offered to customer “%2” (%3)")
                 .arg(InputError::excerpt(entry.language),
                      customer->name,
                      languages.join(QLatin1String(", "))));
    if (entry.ticketId) {
        const std::optional<TicketRecord> ticket = m_tickets.repository().ticket(*entry.ticketId);
        if (!ticket || ticket->customerId != entry.customerId)
            fail(QStringLiteral("ticket"),
                 Tr::tr("ticket %1 is not a ticket of customer “%2”")
                     .arg(*entry.ticketId)
                     .arg(customer->name));
    }
    const ExpertiseDraw draw = ledger.draw(entry.at, entry.minutes, entry.beyond, now);
    if (draw.shortMinutes > 0) {
        const QString month = QString::asprintf("%04d-%02u",
                                                int(draw.month.year()),
                                                unsigned(draw.month.month()));
        QString problem = Tr::tr("%1 of this %2 session go beyond the %3 of included hours "
                                 "left in %4")
                              .arg(hours(draw.shortMinutes),
                                   hours(entry.minutes),
                                   hours(draw.includedLeft),
                                   month);
        if (entry.beyond == Beyond::Pack)
            problem += Tr::tr("; the packs hold only %1: record an overage, which bills what "
                              "they do not cover")
                           .arg(hours(draw.packLeft));
        else if (draw.packLeft > 0)
            problem += Tr::tr("; draw on a pack (%1 left) or record an overage")
                           .arg(hours(draw.packLeft));
        else
            problem += Tr::tr("; no pack is left: record an overage");
        throw BalanceExceeded(problem, draw);
    }
    entry.fromIncluded = draw.fromIncluded;
    entry.packDraws = draw.packDraws;
    entry.overage = draw.overage;
    const qint64 id = m_contracts.addEntry(entry);
    transaction.commit();
    return *m_contracts.entry(id);
}

ExpertiseEntry ContractService::reverse(qint64 entryId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        fail(QStringLiteral("reason"), Tr::tr("say why the entry is reversed"));
    requireText(QStringLiteral("reason"), reason, maximumNotes, TextCheck::Lines::Many);
    Database *database = m_session.database();
    if (!database)
        throw StorageError(Tr::tr("entries are reversed only while the database answers"));
    Transaction transaction(*database);
    const std::optional<ExpertiseEntry> original = m_contracts.entry(entryId);
    if (!original)
        fail(QStringLiteral("entry"), Tr::tr("there is no expertise entry %1").arg(entryId));
    m_contracts.lockCustomer(original->customerId);
    if (original->isReversal())
        fail(QStringLiteral("entry"),
             Tr::tr("entry %1 reverses entry %2: log the session again instead")
                 .arg(entryId)
                 .arg(*original->reverses));
    for (const ExpertiseEntry &e :
         m_contracts.entries(original->customerId, std::pair{Instant{}, Instant{}})) {
        if (e.reverses == entryId)
            fail(QStringLiteral("entry"),
                 Tr::tr("entry %1 was reversed already (by entry %2)").arg(entryId).arg(e.id));
    }
    ExpertiseEntry reversal = *original;
    reversal.id = 0;
    reversal.reverses = entryId;
    reversal.notes = reason.trimmed();
    const qint64 id = m_contracts.addEntry(reversal);
    transaction.commit();
    return *m_contracts.entry(id);
}

} // namespace hourglass
