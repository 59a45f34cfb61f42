// The one door for tickets: it creates them (contract, triage, validation) and carries out
// every action on them, for the console, the command line, imports and the demo alike. What it
// refuses is refused everywhere.
#include "tickets/ticketservice.h"

#include "contracts/customerdirectory.h"
#include "io/inputerror.h"
#include "io/textcheck.h"
#include "maintenance/maintenancepauses.h"
#include "sla/slaengine.h"
#include "storage/database.h"
#include "storage/session.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"
#include "time/businesscalendar.h"
#include "time/clock.h"

#include <QCoreApplication>
#include <QStringList>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::TicketService)
};

[[noreturn]] void fail(const QString &field, const QString &problem)
{
    throw InputError(QString(), field, problem);
}

template<typename Item>
QString ids(const QList<Item> &items)
{
    QStringList list;
    for (const Item &item : items)
        list.append(item.id);
    return list.join(QLatin1String(", "));
}

TicketEvent event(TicketEvent::Kind kind, const QString &value = QString())
{
    TicketEvent e;
    e.kind = kind;
    e.value = value;
    return e;
}

// The policy version a ticket follows: the one it was opened under, or its latest change.
int followedVersion(const TicketTimeline &timeline)
{
    int version = timeline.policyVersion;
    for (const TicketEvent &e : timeline.events) {
        if (e.kind == TicketEvent::Kind::PolicyChanged)
            version = e.version;
    }
    return version;
}

// Refuses what cannot be stored as what people wrote, naming the field.
void requireText(const QString &field,
                 const QString &text,
                 qsizetype maximum,
                 TextCheck::Lines lines = TextCheck::Lines::Many)
{
    if (const QString problem = TicketService::textProblem(text, maximum, lines); !problem.isEmpty())
        fail(field, problem);
}

// Before this, no ticket of a support desk was opened; after now, none can have been.
constexpr qint64 earliestEpoch = 0;
constexpr qint64 futureSlack = 60;

} // namespace

TicketService::TicketService(Session &session,
                             TicketRepository &tickets,
                             CustomerDirectory &customers,
                             const SlaEngine &engine,
                             CommandRunner &runner)
    : m_session(session)
    , m_tickets(tickets)
    , m_customers(customers)
    , m_engine(engine)
    , m_runner(runner)
{
    runner.addHandler(*this);
}

TicketService::~TicketService() = default;

std::shared_ptr<const MaintenancePauseTable> TicketService::maintenancePauses(
    std::optional<Instant> opened, std::optional<Instant> at)
{
    if (!m_pauses) {
        static const auto none = std::make_shared<const MaintenancePauseTable>();
        return none;
    }
    return m_pauses->table(opened, at);
}

QString TicketService::currentLogin() const
{
    return m_session.login();
}

bool TicketService::canChooseProfile() const
{
    return m_session.url().isSqlite();
}

QList<Person> TicketService::people()
{
    return m_customers.people();
}

std::optional<Customer> TicketService::customer(qint64 id)
{
    return m_customers.customer(id);
}

NewTicket TicketService::prepare(const SlaEngine &engine,
                                 const TicketRequest &request,
                                 const TicketContext &context)
{
    NewTicket ticket;
    ticket.title = request.title.trimmed();
    if (ticket.title.isEmpty())
        fail(QStringLiteral("title"), Tr::tr("the title is empty"));
    requireText(QStringLiteral("title"), ticket.title, maximumTitle, TextCheck::Lines::One);
    ticket.description = request.description.trimmed();
    requireText(QStringLiteral("description"), ticket.description, maximumText);
    ticket.contact = request.contact.trimmed();
    requireText(QStringLiteral("contact"), ticket.contact, maximumContact, TextCheck::Lines::One);
    const Customer *customer = request.customerId
                                   ? context.customersById.value(request.customerId)
                                   : context.customersByName.value(request.customer.trimmed());
    if (!customer)
        fail(QStringLiteral("customer"),
             request.customerId
                 ? Tr::tr("there is no customer %1").arg(request.customerId)
                 : Tr::tr("unknown customer \"%1\"").arg(InputError::excerpt(request.customer)));
    ticket.customerId = customer->id;

    ticket.createdAt = request.createdAt.value_or(context.now);
    if (toEpoch(ticket.createdAt) < earliestEpoch
        || ticket.createdAt > context.now + Seconds(futureSlack))
        fail(QStringLiteral("created_at"),
             Tr::tr("%1 is not a time a ticket can have been opened (it must be between 1970 and "
                    "now)")
                 .arg(formatInstant(ticket.createdAt)));
    const Contract *contract = customer->contractAt(ticket.createdAt);
    if (!contract)
        fail(QStringLiteral("customer"),
             Tr::tr("%1 has no contract in force on %2")
                 .arg(customer->name, formatInstant(ticket.createdAt)));
    const Policy *policy = engine.latestPolicy(contract->policyId);
    if (!policy)
        fail(QStringLiteral("customer"),
             Tr::tr("the customer's policy \"%1\" is not stored").arg(contract->policyId));
    if (!policy->tier(contract->tier))
        fail(QStringLiteral("customer"),
             Tr::tr("the customer's tier \"%1\" is not one of %2 (%3)")
                 .arg(contract->tier, policy->id, ids(policy->tiers)));
    ticket.contractId = contract->id;
    ticket.policyId = policy->id;
    ticket.policyVersion = policy->version;
    ticket.tier = contract->tier;

    ticket.channel = request.channel.trimmed();
    if (ticket.channel.isEmpty())
        ticket.channel = policy->channels.first().id;
    else if (const QString problem = policy->channelProblem(ticket.channel); !problem.isEmpty())
        fail(QStringLiteral("channel"), problem);
    const QString area = request.productArea.trimmed();
    if (const QString problem = policy->productAreaProblem(area); !problem.isEmpty())
        fail(QStringLiteral("area"), problem);
    const QString requested = request.severity.trimmed();
    if (!requested.isEmpty())
        if (const QString problem = policy->severityProblem(requested); !problem.isEmpty())
            fail(QStringLiteral("severity"), problem);
    try {
        ticket.severity = engine.triage(*policy, ticket.channel, requested, ticket.createdAt);
    } catch (const CalendarError &error) {
        fail(QStringLiteral("created_at"), error.message());
    }

    ticket.language = request.language.trimmed();
    if (ticket.language.isEmpty())
        ticket.language = customer->language;
    if (ticket.language != QLatin1String("en") && ticket.language != QLatin1String("fr"))
        fail(QStringLiteral("language"),
             Tr::tr("\"%1\" is not en or fr").arg(InputError::excerpt(ticket.language)));
    ticket.assignee = request.assignee.trimmed();
    if (!ticket.assignee.isEmpty() && !context.logins.contains(ticket.assignee))
        fail(QStringLiteral("assignee"),
             Tr::tr("unknown user \"%1\"").arg(InputError::excerpt(ticket.assignee)));
    TicketEvent created = event(TicketEvent::Kind::Created, ticket.severity);
    created.tier = ticket.tier;
    created.channel = ticket.channel;
    created.area = area;
    // The customer's words are signed by who wrote them.
    const QString asker = ticket.contact.isEmpty() ? customer->name : ticket.contact;
    created.authorName = asker;
    ticket.events.append(created);
    if (!ticket.assignee.isEmpty())
        ticket.events.append(event(TicketEvent::Kind::Assigned, ticket.assignee));
    for (TicketEvent &e : ticket.events)
        e.at = ticket.createdAt;

    // A status is the history it stands for, recorded when the ticket was opened.
    QList<TicketEvent> history = request.history;
    if (request.status) {
        if (!history.isEmpty())
            fail(QStringLiteral("status"), Tr::tr("give a status or a history, not both"));
        TicketEvent reached = *request.status == TicketStatus::Resolved
                                  ? event(TicketEvent::Kind::Resolved)
                                  : event(TicketEvent::Kind::StatusChanged,
                                          statusKey(*request.status));
        reached.at = ticket.createdAt;
        if (*request.status != TicketStatus::New)
            history.append(reached);
    }
    ticket.status = TicketStatus::New;
    for (TicketEvent e : std::as_const(history)) {
        const QString field = QStringLiteral("history");
        if (TicketEvent::isEntry(e.kind))
            requireText(field, e.value, maximumText);
        if (e.kind == TicketEvent::Kind::CustomerReplied && e.authorName.isEmpty())
            e.authorName = asker;
        if (e.at < ticket.events.constLast().at || e.at > context.now + Seconds(futureSlack))
            fail(field,
                 Tr::tr("the %1 entry at %2 is out of order (after %3 and before now)")
                     .arg(TicketEvent::key(e.kind), formatInstant(e.at))
                     .arg(formatInstant(ticket.events.constLast().at)));
        if (!e.author.isEmpty() && !context.logins.contains(e.author))
            fail(field, Tr::tr("unknown user \"%1\"").arg(InputError::excerpt(e.author)));
        switch (e.kind) {
        case TicketEvent::Kind::Responded:
            if (ticket.status == TicketStatus::New)
                ticket.status = TicketStatus::Open;
            break;
        case TicketEvent::Kind::CustomerReplied:
            if (ticket.status == TicketStatus::WaitingCustomer)
                ticket.status = TicketStatus::Open;
            break;
        case TicketEvent::Kind::StatusChanged: {
            const auto to = ticketStatusFromKey(e.value);
            if (!to || *to == TicketStatus::Resolved)
                fail(QStringLiteral("status"),
                     Tr::tr("unknown status \"%1\"").arg(InputError::excerpt(e.value)));
            ticket.status = *to;
            break;
        }
        case TicketEvent::Kind::Resolved:
            ticket.status = TicketStatus::Resolved;
            break;
        case TicketEvent::Kind::Reopened:
            ticket.status = TicketStatus::Open;
            break;
        case TicketEvent::Kind::Assigned:
            if (!e.value.isEmpty() && !context.logins.contains(e.value))
                fail(field, Tr::tr("unknown user \"%1\"").arg(InputError::excerpt(e.value)));
            ticket.assignee = e.value;
            break;
        case TicketEvent::Kind::Updated:
        case TicketEvent::Kind::Note:
        case TicketEvent::Kind::ScheduledFor:
            break;
        case TicketEvent::Kind::Created:
        case TicketEvent::Kind::SeverityChanged:
        case TicketEvent::Kind::TierChanged:
        case TicketEvent::Kind::PolicyChanged:
            fail(field,
                 Tr::tr("a %1 entry cannot be imported with a ticket").arg(TicketEvent::key(e.kind)));
        }
        ticket.events.append(e);
    }
    return ticket;
}

TicketContext TicketService::readContext(QList<Customer> &storage)
{
    storage = m_customers.customers();
    TicketContext context;
    for (const Customer &customer : std::as_const(storage)) {
        context.customersByName.insert(customer.name, &customer);
        context.customersById.insert(customer.id, &customer);
    }
    context.logins = m_customers.logins();
    context.now = m_session.database() ? m_session.database()->now() : m_session.clock().now();
    return context;
}

TicketRecord TicketService::create(const TicketRequest &request)
{
    Database *database = m_session.database();
    if (!database)
        throw StorageError(Tr::tr("%1: a ticket can be opened only while the database answers")
                               .arg(m_session.url().toString()));
    TicketContext context;
    const std::optional<Customer> customer = request.customerId
                                                 ? m_customers.customer(request.customerId)
                                                 : m_customers.customerNamed(
                                                     request.customer.trimmed());
    if (customer) {
        context.customersByName.insert(customer->name, &*customer);
        context.customersById.insert(customer->id, &*customer);
    }
    context.logins = m_customers.logins();
    // When it was opened decides its triage: the server's time, not this machine's.
    context.now = database->now();
    return m_tickets.create(prepare(m_engine, request, context));
}

qsizetype TicketService::createMany(const QList<TicketRequest> &requests,
                                    const std::function<void(qsizetype, const InputError &)> &refuse)
{
    QList<Customer> customers;
    const TicketContext context = readContext(customers);
    QList<NewTicket> tickets;
    tickets.reserve(requests.size());
    for (qsizetype i = 0; i < requests.size(); ++i) {
        try {
            tickets.append(prepare(m_engine, requests.at(i), context));
        } catch (const InputError &error) {
            refuse(i, error);
            throw;
        }
    }
    return m_tickets.createMany(tickets);
}

qsizetype TicketService::adoptPolicyVersion(const QString &policyId, int version)
{
    Database *database = m_session.database();
    if (!database)
        throw StorageError(
            Tr::tr("%1: tickets move to a new policy version only while the database answers")
                .arg(m_session.url().toString()));
    const Policy *policy = m_engine.policy(policyId, version);
    if (!policy)
        fail(QStringLiteral("policy"),
             Tr::tr("policy \"%1\" version %2 is not stored").arg(policyId).arg(version));
    Transaction transaction(*database);
    const OpenTickets open = m_tickets.openTicketsWithTimelines();
    QHash<qint64, const TicketRecord *> records;
    for (const TicketRecord &record : open.tickets)
        records.insert(record.id, &record);
    qsizetype moved = 0;
    for (const TicketTimeline &timeline : open.timelines) {
        if (timeline.policyId != policyId || followedVersion(timeline) >= version)
            continue;
        // A clock whose severity or tier the new version lacks would lose its commitment
        // unseen: the whole move is refused instead.
        if (const TicketRecord *record = records.value(timeline.ticketId);
            record && (!policy->severity(record->severity) || !policy->tier(record->tier)))
            fail(QStringLiteral("policy"),
                 Tr::tr("open ticket %1 has severity \"%2\" and tier \"%3\", and version %4 "
                        "of \"%5\" lacks one of them")
                     .arg(record->id)
                     .arg(record->severity, record->tier)
                     .arg(version)
                     .arg(policyId));
        TicketEvent change = event(TicketEvent::Kind::PolicyChanged);
        change.version = version;
        m_tickets.appendEvent(timeline.ticketId, change);
        ++moved;
    }
    transaction.commit();
    return moved;
}

qsizetype TicketService::followTier(qint64 customerId, const QString &policyId, const QString &tier)
{
    Database *database = m_session.database();
    if (!database)
        throw StorageError(Tr::tr("%1: tickets change tier only while the database answers")
                               .arg(m_session.url().toString()));
    Transaction transaction(*database);
    qsizetype moved = 0;
    for (const TicketRecord &record : m_tickets.openTickets()) {
        if (record.customerId != customerId || record.policyId != policyId || record.tier == tier)
            continue;
        TicketChange change;
        change.tier = tier;
        validate(record, change);
        m_tickets.update(record.id, record.version, change, eventsFor(record, change));
        ++moved;
    }
    transaction.commit();
    return moved;
}

bool TicketService::perform(const TicketAction &action)
{
    // Refused here, before the journal: a text that cannot be stored is refused online and
    // offline alike, not at replay.
    requireText(QStringLiteral("text"), action.text, maximumText);
    if (action.kind == TicketAction::Kind::Append)
        requireText(QStringLiteral("text"), action.event.value, maximumText);
    return m_runner.run(service(), action.toJson());
}

TicketAction::Kind TicketService::replyKind(TicketStatus status, bool internal)
{
    if (internal)
        return TicketAction::Kind::Note;
    return status == TicketStatus::New ? TicketAction::Kind::Respond
                                       : TicketAction::Kind::PostUpdate;
}

bool TicketService::reply(qint64 ticketId, int version, const QString &text, bool internal)
{
    if (text.trimmed().isEmpty())
        fail(QStringLiteral("text"), Tr::tr("the reply is empty"));
    // Which kind of entry a public reply is depends on the ticket when the reply is carried
    // out: apply() decides, so a reply queued offline is decided at replay.
    TicketAction action;
    action.kind = internal ? TicketAction::Kind::Note : TicketAction::Kind::Reply;
    action.ticketId = ticketId;
    action.version = version;
    action.text = text.trimmed();
    return perform(action);
}

QString TicketService::textProblem(const QString &text, qsizetype maximum, TextCheck::Lines lines)
{
    if (text.size() > maximum)
        return Tr::tr("it is %1 characters long, more than the %2 it may have")
            .arg(text.size())
            .arg(maximum);
    return TextCheck::problem(text, lines);
}

void TicketService::check(const JournalEntry &entry, const QString &file, const QString &place) const
{
    TicketAction::fromJson(file, place, entry.command);
}

void TicketService::execute(const JournalEntry &entry)
{
    apply(TicketAction::fromJson(QString(), QString(), entry.command));
}

void TicketService::beginReplay()
{
    m_series.emplace();
}

void TicketService::endReplay()
{
    m_series.reset();
}

QList<TicketEvent> TicketService::eventsFor(const TicketRecord &current, const TicketChange &change)
{
    QList<TicketEvent> events;
    if (change.severity && *change.severity != current.severity)
        events.append(event(TicketEvent::Kind::SeverityChanged, *change.severity));
    if (change.tier && *change.tier != current.tier)
        events.append(event(TicketEvent::Kind::TierChanged, *change.tier));
    if (change.assignee && *change.assignee != current.assignee)
        events.append(event(TicketEvent::Kind::Assigned, *change.assignee));
    if (change.status && *change.status != current.status) {
        const TicketStatus to = *change.status;
        if (to == TicketStatus::Resolved)
            events.append(event(TicketEvent::Kind::Resolved));
        else if (current.status == TicketStatus::Resolved)
            events.append(event(TicketEvent::Kind::Reopened));
        // Back to new is open as far as the clocks go: the ticket was already answered or not.
        if (to != TicketStatus::Resolved && to != TicketStatus::New)
            events.append(event(TicketEvent::Kind::StatusChanged, statusKey(to)));
    }
    return events;
}

void TicketService::validate(const TicketRecord &ticket, const TicketChange &change) const
{
    // Severities and tiers are those of the version the ticket follows now, which a
    // policy-changed event may have moved on from the one it was opened under.
    const int version = change.severity || change.tier
                            ? followedVersion(m_tickets.timeline(ticket.id))
                            : ticket.policyVersion;
    const Policy *policy = m_engine.policy(ticket.policyId, version);
    if (!policy)
        fail(QStringLiteral("policy"),
             Tr::tr("ticket %1 follows the policy \"%2\" version %3, which is not stored")
                 .arg(ticket.id)
                 .arg(ticket.policyId)
                 .arg(version));
    if (change.title && change.title->trimmed().isEmpty())
        fail(QStringLiteral("title"), Tr::tr("the title is empty"));
    if (change.title)
        requireText(QStringLiteral("title"),
                    change.title->trimmed(),
                    maximumTitle,
                    TextCheck::Lines::One);
    if (change.severity)
        if (const QString problem = policy->severityProblem(*change.severity); !problem.isEmpty())
            fail(QStringLiteral("severity"), problem);
    if (change.tier)
        if (const QString problem = policy->tierProblem(*change.tier); !problem.isEmpty())
            fail(QStringLiteral("tier"), problem);
    if (change.assignee && !change.assignee->isEmpty()
        && !m_customers.logins().contains(*change.assignee))
        fail(QStringLiteral("assignee"),
             Tr::tr("unknown user \"%1\"").arg(InputError::excerpt(*change.assignee)));
}

void TicketService::apply(TicketAction action)
{
    const std::optional<TicketRecord> found = m_tickets.ticket(action.ticketId);
    if (!found)
        fail(QStringLiteral("ticket"), Tr::tr("there is no ticket %1").arg(action.ticketId));
    const TicketRecord &current = *found;
    // Its status unknown, no action can tell what it would change; an edit that sets one can.
    if (!current.unreadable.isEmpty()
        && !(action.kind == TicketAction::Kind::Edit && action.change.status))
        fail(QStringLiteral("ticket"),
             Tr::tr("ticket %1 cannot be acted on: %2 (set one with an edit of its status)")
                 .arg(action.ticketId)
                 .arg(current.unreadable));
    // Titles are kept as created: without surrounding spaces, so an export reads back the same.
    if (action.change.title)
        action.change.title = action.change.title->trimmed();
    // As perform() checked them, for a journal entry that reaches here unchecked.
    requireText(QStringLiteral("text"), action.text, maximumText);
    if (action.kind == TicketAction::Kind::Append)
        requireText(QStringLiteral("text"), action.event.value, maximumText);
    const int madeOn = action.version;
    if (m_series) {
        const auto ours = m_series->constFind(action.ticketId);
        if (ours != m_series->constEnd() && ours->first == madeOn)
            action.version = ours->second;
    }
    const auto entry = [&](TicketEvent::Kind kind, const QString &text = QString()) {
        TicketEvent e = event(kind, text);
        e.scheduledFor = action.when;
        return e;
    };
    const auto append = [&](const TicketEvent &e) {
        m_tickets.appendEvent(current.id, e);
    };
    const auto write = [&](const TicketChange &change, const QList<TicketEvent> &extra = {}) {
        validate(current, change);
        const TicketRecord saved = m_tickets.update(current.id,
                                                    action.version,
                                                    change,
                                                    eventsFor(current, change) + extra);
        if (m_series)
            m_series->insert(current.id, {madeOn, saved.version});
    };
    const auto status = [](TicketStatus to) {
        TicketChange change;
        change.status = to;
        return change;
    };
    const auto refuse = [&](const QString &why) {
        fail(QStringLiteral("status"), why);
    };
    const bool resolved = current.status == TicketStatus::Resolved;
    if (action.kind == TicketAction::Kind::Reply) {
        if (action.text.trimmed().isEmpty())
            fail(QStringLiteral("text"), Tr::tr("the reply is empty"));
        action.kind = replyKind(current.status, false);
    }

    switch (action.kind) {
    case TicketAction::Kind::Respond:
        if (resolved)
            refuse(Tr::tr("ticket %1 is resolved; reopen it to respond").arg(current.id));
        // A new ticket is opened by its first response: both saved, or neither.
        if (current.status == TicketStatus::New)
            write(status(TicketStatus::Open), {entry(TicketEvent::Kind::Responded, action.text)});
        else
            append(entry(TicketEvent::Kind::Responded, action.text));
        return;
    case TicketAction::Kind::PostUpdate:
        if (resolved)
            refuse(Tr::tr("ticket %1 is resolved; reopen it to post an update").arg(current.id));
        append(entry(TicketEvent::Kind::Updated, action.text));
        return;
    case TicketAction::Kind::Note:
        if (action.text.trimmed().isEmpty())
            fail(QStringLiteral("text"), Tr::tr("the note is empty"));
        append(entry(TicketEvent::Kind::Note, action.text.trimmed()));
        return;
    case TicketAction::Kind::CustomerReplied: {
        // Signed by who wrote it: the name given, else the ticket's contact or customer.
        TicketEvent message = entry(TicketEvent::Kind::CustomerReplied, action.text.trimmed());
        message.authorName = !action.value.trimmed().isEmpty() ? action.value.trimmed()
                             : !current.contact.isEmpty()      ? current.contact
                                                               : current.customer;
        requireText(QStringLiteral("value"),
                    message.authorName,
                    maximumContact,
                    TextCheck::Lines::One);
        // The customer answered: a clock paused for them runs again.
        if (current.status == TicketStatus::WaitingCustomer)
            write(status(TicketStatus::Open), {message});
        else
            append(message);
        return;
    }
    case TicketAction::Kind::WaitOnCustomer:
        if (resolved)
            refuse(Tr::tr("ticket %1 is resolved; it waits on nobody").arg(current.id));
        write(status(TicketStatus::WaitingCustomer));
        return;
    case TicketAction::Kind::Resume:
        if (!isPausing(current.status))
            refuse(Tr::tr("ticket %1 is not paused").arg(current.id));
        write(status(TicketStatus::Open));
        return;
    case TicketAction::Kind::Schedule:
        if (!action.when)
            fail(QStringLiteral("when"), Tr::tr("the time the requester chose is missing"));
        if (resolved)
            refuse(Tr::tr("ticket %1 is resolved; reopen it to schedule work").arg(current.id));
        append(entry(TicketEvent::Kind::ScheduledFor));
        return;
    case TicketAction::Kind::Assign: {
        TicketChange change;
        change.assignee = action.value;
        write(change);
        return;
    }
    case TicketAction::Kind::ChangeSeverity: {
        TicketChange change;
        change.severity = action.value;
        write(change);
        return;
    }
    case TicketAction::Kind::ChangeTier: {
        TicketChange change;
        change.tier = action.value;
        write(change);
        return;
    }
    case TicketAction::Kind::Resolve:
        if (resolved)
            refuse(Tr::tr("ticket %1 is already resolved").arg(current.id));
        write(status(TicketStatus::Resolved));
        return;
    case TicketAction::Kind::Reopen:
        if (!resolved)
            refuse(Tr::tr("ticket %1 is not resolved").arg(current.id));
        write(status(TicketStatus::Open));
        return;
    case TicketAction::Kind::Edit:
        if (action.change.isEmpty())
            fail(QStringLiteral("change"), Tr::tr("nothing to change"));
        write(action.change);
        return;
    case TicketAction::Kind::Reply: // made a response or an update above
        return;
    case TicketAction::Kind::Append:
        if (!TicketEvent::isEntry(action.event.kind))
            fail(QStringLiteral("kind"),
                 Tr::tr("\"%1\" is not responded, updated, customer-replied or note (other "
                        "changes are actions of their own)")
                     .arg(TicketEvent::key(action.event.kind)));
        if (const Instant now = m_session.database() ? m_session.database()->now()
                                                     : m_session.clock().now();
            action.event.at > now + Seconds(futureSlack))
            fail(QStringLiteral("at"),
                 Tr::tr("%1 is in the future (it is now %2)")
                     .arg(formatInstant(action.event.at), formatInstant(now)));
        if (action.event.at < current.createdAt)
            fail(QStringLiteral("at"),
                 Tr::tr("%1 is before ticket %2 was opened (%3)")
                     .arg(formatInstant(action.event.at))
                     .arg(current.id)
                     .arg(formatInstant(current.createdAt)));
        // The timeline stays in order: an entry dated by a script comes after the latest.
        if (const TicketTimeline timeline = m_tickets.timeline(current.id);
            !timeline.events.isEmpty() && action.event.at < timeline.events.constLast().at)
            fail(QStringLiteral("at"),
                 Tr::tr("%1 is before the latest entry of ticket %2 (%3)")
                     .arg(formatInstant(action.event.at))
                     .arg(current.id)
                     .arg(formatInstant(timeline.events.constLast().at)));
        if (action.event.kind == TicketEvent::Kind::CustomerReplied
            && action.event.authorName.isEmpty()) {
            TicketEvent message = action.event;
            message.authorName = current.contact.isEmpty() ? current.customer : current.contact;
            m_tickets.appendEvent(current.id, message, TicketRepository::Stamp::AsGiven);
            return;
        }
        m_tickets.appendEvent(current.id, action.event, TicketRepository::Stamp::AsGiven);
        return;
    }
}

} // namespace hourglass
