// The after-hours desk's one door (seed 000): the intake of a call, and the escalation run that
// follows an urgent or critical one until someone owns the incident. The console and the
// command line both come here, so what one refuses the other refuses.
#pragma once

#include "contracts/customerdirectory.h"
#include "oncall/escalationrepository.h"
#include "storage/commandrunner.h"
#include "tickets/ticketrecord.h"

#include <QHash>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

namespace hourglass {

class Clock;
class OnCallService;
class TicketService;

// What the desk takes down from a caller.
struct DeskCall
{
    QString customer;               // the customer's name
    QString caller;                 // who called
    QString callback;               // the number to call back
    QString description;            // the situation, in the caller's words
    QString urgency;                // "not-urgent", "urgent" or "critical": the ticket's severity
    QString rotation;               // the on-call rotation's name; empty: the only one
    std::optional<Seconds> timeout; // each contact's; default: defaultTimeout
};

struct DeskResult
{
    TicketRecord ticket;
    std::optional<EscalationRun> run; // urgent and critical calls only
};

class EscalationService final : public CommandHandler
{
public:
    // `clock` is "now" as the database says it (CompositionRoot::clock()). With `runner` (the
    // console's), the submit…() calls go through it: kept in the offline journal while the
    // database is away and replayed when it is back. It must be given before runner->open().
    EscalationService(EscalationRepository &repository,
                      OnCallService &oncall,
                      TicketService &tickets,
                      const Clock &clock,
                      CommandRunner *runner = nullptr);
    EscalationService(const EscalationService &) = delete;
    EscalationService &operator=(const EscalationService &) = delete;

    // The seed's reading: each contact has 10 minutes to acknowledge.
    static constexpr Seconds defaultTimeout{600};
    static constexpr Seconds maximumTimeout{24 * 3600};
    static constexpr qsizetype maximumCallback = 60;

    // Takes a call: a ticket through the ticket service (severity the urgency, channel the
    // desk's phone, contact the caller); for an urgent or critical call, an escalation run
    // over whoever is on call now, prime first. Everything is checked before anything is
    // written. Throws InputError naming the field ("customer", "urgency", "caller",
    // "callback", "description", "rotation", "timeout"), StorageError.
    DeskResult intake(const DeskCall &call);

    // Logs an operator's outcome for `step` of the run at `version`. A negative outcome for the
    // running step moves the run to the next contact at once; an acknowledgment makes its
    // contact the owner (one owner only: a second claim is a ConflictError that names the
    // owner) and assigns the ticket to them. `contact` empty: the step's contact; an
    // acknowledgment may come from any contact of the run (a call back). Each attempt is also
    // an internal note on the ticket. Throws InputError ("run", "step", "outcome", "contact"),
    // ConflictError, StorageError.
    EscalationRun logAttempt(qint64 runId,
                             int version,
                             int step,
                             AttemptOutcome outcome,
                             const QString &note = QString(),
                             const QString &contact = QString());
    // Pages the level-2 or level-3 R&D contacts on call now, on demand: one ledger line each.
    // Throws InputError ("level": not 2 or 3, or nobody at that level), ConflictError.
    EscalationRun page(qint64 runId, int version, int level, const QString &note = QString());
    // Records how the owned incident ended, on the run and as a note on the ticket. Throws
    // InputError ("run": nobody owns it yet, or it has ended), ConflictError.
    EscalationRun resolve(qint64 runId,
                          int version,
                          EscalationResolution resolution,
                          const QString &note = QString());

    // The console's doors to logAttempt, page and resolve: checked here, then carried out now
    // (true) or, while the database is away, kept in the journal with the time they were made
    // and carried out on reconnection (false). A refusal at replay is the runner's
    // replayConflict. Without a runner they are carried out at once.
    bool submitAttempt(qint64 runId,
                       int version,
                       int step,
                       AttemptOutcome outcome,
                       const QString &note = QString(),
                       const QString &contact = QString());
    bool submitPage(qint64 runId, int version, int level, const QString &note = QString());
    bool submitResolve(qint64 runId,
                       int version,
                       EscalationResolution resolution,
                       const QString &note = QString());

    // CommandHandler: the runner's side.
    QString service() const override { return QStringLiteral("escalation"); }
    void check(const JournalEntry &entry, const QString &file, const QString &place) const override;
    void execute(const JournalEntry &entry) override;
    void beginReplay() override
    {
        m_replaying = true;
        m_series.clear();
    }
    void endReplay() override
    {
        m_replaying = false;
        m_series.clear();
    }

    // Puts the start of a step on the ticket's timeline (who is called, in which role and
    // round), once: DeskNotifier calls it when it claims the step.
    void noteStepStarted(const EscalationRun &run, const EscalationStep &step);

    // Throws InputError (place "run") for an unknown id.
    EscalationRun run(qint64 id);
    QList<EscalationRun> runs(bool all = false) { return m_repository.runs(all); }
    QList<EscalationRun> runsOfTicket(qint64 ticketId)
    {
        return m_repository.runsOfTicket(ticketId);
    }
    Instant now() const;
    EscalationRepository &repository() { return m_repository; }
    TicketService &tickets() { return m_tickets; }
    // Every user's display name by login, for what people read.
    QHash<QString, QString> names();
    // The customers the desk takes calls for: those whose contract in force now follows a
    // policy with the desk's three urgencies (not-urgent, urgent, critical), by name.
    QList<Customer> deskCustomers();
    // The desk's phone numbers per region (seed 000), as configured: "region\tnumber" lines in
    // the setting desk/phones, or the seed's three when it is not set.
    static QList<std::pair<QString, QString>> deskPhones(const QString &setting);

private:
    EscalationRun openRun(qint64 id);
    bool submit(const QJsonObject &command);
    // An internal note on the run's ticket; a ticket gone or changed meanwhile is read again.
    void noteOnTicket(const EscalationRun &run, const QString &text);
    // Does `act` on the run's ticket as it is now (read again once after a conflict); what the
    // ticket refuses is left, since the run's own change is saved already.
    void onTicket(const EscalationRun &run, const std::function<void(const TicketRecord &)> &act);

    EscalationRepository &m_repository;
    OnCallService &m_oncall;
    TicketService &m_tickets;
    const Clock &m_clock;
    CommandRunner *m_runner;
    // When a command being replayed was made; none when carried out as made.
    std::optional<Instant> m_madeAt;
    bool m_replaying = false;
    // During a replay: run → (made on, saved as), as TicketService keeps for tickets.
    QHash<qint64, std::pair<int, int>> m_series;
};

} // namespace hourglass
