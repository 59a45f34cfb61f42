// The one door for tickets: it creates them (contract, triage, validation) and carries out
// every action on them, for the console, the command line, imports and the demo alike. What it
// refuses is refused everywhere.
#pragma once

#include "io/textcheck.h"
#include "maintenance/maintenancepausetable.h"
#include "storage/commandrunner.h"
#include "tickets/ticketaction.h"
#include "tickets/ticketrepository.h"

#include <QHash>
#include <QSet>

#include <memory>
#include <optional>

namespace hourglass {

class CustomerDirectory;
class MaintenancePauses;
struct Person;
class InputError;
class Session;
class SlaEngine;
struct Customer;

// What someone asks for when a ticket is opened; the service fills in the rest.
struct TicketRequest
{
    QString customer;      // the customer's name…
    qint64 customerId = 0; // …or its id, when not 0
    QString title;
    QString description; // what the customer asked, in their words; may be empty
    QString contact;     // who asked at the customer; empty: the customer itself
    QString severity;    // requested; empty: the channel's default
    QString channel;     // empty: the policy's first channel
    QString productArea; // one of the policy's product areas, or empty
    QString language;    // empty: the customer's
    QString assignee;    // a login, or empty
    // Imports and the demo only: when it was opened (default: now), and either the status it
    // has reached or what happened since, in time order (responses, status changes,
    // assignments…, each with its author), from which its status follows.
    std::optional<Instant> createdAt;
    std::optional<TicketStatus> status;
    QList<TicketEvent> history;
};

// What a request needs to be checked against; read once for a whole import.
struct TicketContext
{
    QHash<QString, const Customer *> customersByName;
    QHash<qint64, const Customer *> customersById;
    QSet<QString> logins;
    Instant now;
};

class TicketService final : public CommandHandler
{
    Q_DISABLE_COPY_MOVE(TicketService)

public:
    TicketService(Session &session,
                  TicketRepository &tickets,
                  CustomerDirectory &customers,
                  const SlaEngine &engine,
                  CommandRunner &runner);
    ~TicketService() override;

    TicketRepository &repository() { return m_tickets; }
    const SlaEngine &engine() const { return m_engine; }
    // Where clocks take the maintenance pauses of a ticket's customer (the composition root
    // sets it; without one no clock pauses for maintenance). Not owned.
    void setMaintenancePauses(MaintenancePauses *pauses) { m_pauses = pauses; }
    // The pauses every reader of a clock gives the engine (SlaEngine::evaluate's
    // `maintenance`, from forCustomer(timeline.customerId)); `opened`: the opening of the
    // ticket about to be evaluated, which may be older than every open ticket; `at`: when it is
    // read, if not now (MaintenancePauses::table).
    std::shared_ptr<const MaintenancePauseTable> maintenancePauses(
        std::optional<Instant> opened = {}, std::optional<Instant> at = {});
    // Who acts: the person at the keyboard.
    QString currentLogin() const;
    // Whether who acts is chosen by the person (a SQLite profile) rather than by the server.
    bool canChooseProfile() const;
    // Everyone a ticket can be assigned to, by name. Throws StorageError.
    QList<Person> people();
    // One customer with their contracts, or none. Throws StorageError.
    std::optional<Customer> customer(qint64 id);

    // Validates and triages a request against `context`, without writing: the ticket with
    // its timeline. Throws InputError whose field is the request's ("customer", "severity",
    // "created_at"…).
    static NewTicket prepare(const SlaEngine &engine,
                             const TicketRequest &request,
                             const TicketContext &context);
    // Opens one ticket now (online only). Throws InputError or StorageError.
    TicketRecord create(const TicketRequest &request);
    // Many at once, all or none (CSV import). A request refused is handed to `refuse` with its
    // index, which throws an error that says where it is in the file. Returns how many were
    // created.
    qsizetype createMany(const QList<TicketRequest> &requests,
                         const std::function<void(qsizetype, const InputError &)> &refuse);
    // The context for checking requests, read from the database now.
    TicketContext readContext(QList<Customer> &storage);

    // Carries out an action now, or queues it while offline: true when saved, false when
    // queued. Throws InputError (invalid), ConflictError (a stale version), StorageError.
    bool perform(const TicketAction &action);
    // What an agent's reply is, so the console and the command line agree: internal, a note;
    // on a ticket not yet answered (new), the first response, which opens it; otherwise a
    // public update — decided against the ticket as it is when carried out, so a reply queued
    // offline is decided at replay (TicketAction::Kind::Reply). The text is required. Returns
    // what perform() returns.
    bool reply(qint64 ticketId, int version, const QString &text, bool internal);
    // The action a reply becomes on a ticket in `status` (Respond, PostUpdate or Note).
    static TicketAction::Kind replyKind(TicketStatus status, bool internal);

    // Limits on what people write, in characters.
    static constexpr qsizetype maximumTitle = 300;
    static constexpr qsizetype maximumContact = 200;
    static constexpr qsizetype maximumText = 100000;
    // Why `text` cannot be stored as a ticket's `field`: longer than `maximum`, or refused by
    // the one rule for text people read (io/textcheck.h). Empty when it can.
    static QString textProblem(const QString &text,
                               qsizetype maximum,
                               TextCheck::Lines lines = TextCheck::Lines::Many);

    // Moves every open ticket of `policyId` that follows an older version onto `version`, as
    // importing that version asks: one policy-changed event each, stamped by the database, all
    // in one transaction. Running clocks keep their elapsed and paused time and take the new
    // version's targets (see SlaEngine::evaluate); resolved tickets keep the version they were
    // resolved under. The engine must know the version. Online only. Returns how many tickets
    // moved. Throws InputError (a version the engine lacks) or StorageError.
    qsizetype adoptPolicyVersion(const QString &policyId, int version);
    // Moves every open ticket of a customer under `policyId` onto `tier`, as a tier change of
    // its contract asks: one tier-changed event each, stamped by the database, inside the
    // caller's transaction (or one of its own). Running clocks keep their elapsed and paused
    // time and take the tier's targets. Online only. Returns how many tickets moved. Throws
    // InputError (a tier the policy lacks), ConflictError or StorageError.
    qsizetype followTier(qint64 customerId, const QString &policyId, const QString &tier);

    // CommandHandler: the runner's side.
    QString service() const override { return QStringLiteral("tickets"); }
    void check(const JournalEntry &entry, const QString &file, const QString &place) const override;
    void execute(const JournalEntry &entry) override;
    void beginReplay() override;
    void endReplay() override;

    // The events a change of fields makes on a ticket that was `current`, in order.
    static QList<TicketEvent> eventsFor(const TicketRecord &current, const TicketChange &change);

private:
    void apply(TicketAction action);
    // Checks an edit against the ticket's policy and the users; throws InputError.
    void validate(const TicketRecord &ticket, const TicketChange &change) const;

    Session &m_session;
    TicketRepository &m_tickets;
    CustomerDirectory &m_customers;
    const SlaEngine &m_engine;
    MaintenancePauses *m_pauses = nullptr;
    CommandRunner &m_runner;
    // During a replay: edits queued one after another on a ticket were all made on the version
    // the agent last saw; each replayed one moves the ticket on, so the next of the series goes
    // on the version its predecessor saved. Ticket → (made on, saved as).
    std::optional<QHash<qint64, std::pair<int, int>>> m_series;
};

} // namespace hourglass
