#include "oncall/escalationservice.h"

#include "io/inputerror.h"
#include "oncall/oncallservice.h"
#include "sla/slaengine.h"
#include "storage/conflicterror.h"
#include "storage/storageerror.h"
#include "tickets/ticketservice.h"
#include "time/clock.h"

#include <QCoreApplication>

#include <algorithm>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::EscalationService)
};

const QString notUrgent = QStringLiteral("not-urgent");

void requireText(const QString &text, const QString &field, qsizetype maximum, bool required)
{
    if (required && text.trimmed().isEmpty())
        throw InputError({}, field, Tr::tr("must not be empty"));
    const QString problem = TicketService::textProblem(text,
                                                       maximum,
                                                       field == QLatin1String("description")
                                                           ? TextCheck::Lines::Many
                                                           : TextCheck::Lines::One);
    if (!problem.isEmpty())
        throw InputError({}, field, problem);
}

// "Ann Smith (ann)" when the name is known, else the login.
QString nameOf(const QHash<QString, QString> &names, const QString &login)
{
    const QString name = names.value(login);
    return name.isEmpty() || name == login ? login : Tr::tr("%1 (%2)").arg(name, login);
}

} // namespace

EscalationService::EscalationService(EscalationRepository &repository,
                                     OnCallService &oncall,
                                     TicketService &tickets,
                                     const Clock &clock,
                                     CommandRunner *runner)
    : m_repository(repository)
    , m_oncall(oncall)
    , m_tickets(tickets)
    , m_clock(clock)
    , m_runner(runner)
{
    if (m_runner)
        m_runner->addHandler(*this);
}

bool EscalationService::submit(const QJsonObject &command)
{
    if (m_runner)
        return m_runner->run(service(), command);
    execute(JournalEntry{service(), command, QString(), m_clock.nowMilliseconds()});
    return true;
}

bool EscalationService::submitAttempt(qint64 runId,
                                      int version,
                                      int step,
                                      AttemptOutcome outcome,
                                      const QString &note,
                                      const QString &contact)
{
    // Refused before the journal what can be refused without the database.
    if (outcome == AttemptOutcome::Paged)
        throw InputError({},
                         QStringLiteral("outcome"),
                         Tr::tr("R&D contacts are paged on demand, not as a step of the run"));
    requireText(note, QStringLiteral("note"), TicketService::maximumText, false);
    return submit({{QStringLiteral("kind"), QStringLiteral("attempt")},
                   {QStringLiteral("run"), runId},
                   {QStringLiteral("version"), version},
                   {QStringLiteral("step"), step},
                   {QStringLiteral("outcome"), attemptOutcomeKey(outcome)},
                   {QStringLiteral("note"), note},
                   {QStringLiteral("contact"), contact}});
}

bool EscalationService::submitPage(qint64 runId, int version, int level, const QString &note)
{
    if (level != 2 && level != 3)
        throw InputError({}, QStringLiteral("level"), Tr::tr("must be 2 or 3"));
    requireText(note, QStringLiteral("note"), TicketService::maximumText, false);
    return submit({{QStringLiteral("kind"), QStringLiteral("page")},
                   {QStringLiteral("run"), runId},
                   {QStringLiteral("version"), version},
                   {QStringLiteral("level"), level},
                   {QStringLiteral("note"), note}});
}

bool EscalationService::submitResolve(qint64 runId,
                                      int version,
                                      EscalationResolution resolution,
                                      const QString &note)
{
    requireText(note, QStringLiteral("note"), TicketService::maximumText, false);
    return submit({{QStringLiteral("kind"), QStringLiteral("resolve")},
                   {QStringLiteral("run"), runId},
                   {QStringLiteral("version"), version},
                   {QStringLiteral("resolution"), escalationResolutionKey(resolution)},
                   {QStringLiteral("note"), note}});
}

void EscalationService::check(const JournalEntry &entry,
                              const QString &file,
                              const QString &place) const
{
    const QJsonObject &c = entry.command;
    const QString kind = c.value(QStringLiteral("kind")).toString();
    const auto bad = [&](const QString &why) {
        throw InputError(file, place, why);
    };
    if (kind != QLatin1String("attempt") && kind != QLatin1String("page")
        && kind != QLatin1String("resolve"))
        bad(Tr::tr("not an escalation command (“%1”)").arg(InputError::excerpt(kind)));
    if (c.value(QStringLiteral("run")).toInteger() <= 0
        || c.value(QStringLiteral("version")).toInteger() <= 0)
        bad(Tr::tr("an escalation command without its run and version"));
    if (kind == QLatin1String("attempt")) {
        const std::optional<AttemptOutcome> outcome = attemptOutcomeFromKey(
            c.value(QStringLiteral("outcome")).toString());
        if (!outcome || *outcome == AttemptOutcome::Paged
            || c.value(QStringLiteral("step")).toInt(-1) < 0)
            bad(Tr::tr("an attempt without a step and an outcome"));
    } else if (kind == QLatin1String("page")) {
        const int level = c.value(QStringLiteral("level")).toInt();
        if (level != 2 && level != 3)
            bad(Tr::tr("a page without its level"));
    } else if (!escalationResolutionFromKey(c.value(QStringLiteral("resolution")).toString())) {
        bad(Tr::tr("an outcome that is not de-escalated, fixed or rolled-back"));
    }
}

void EscalationService::execute(const JournalEntry &entry)
{
    check(entry, QString(), QString());
    const QJsonObject &c = entry.command;
    const QString kind = c.value(QStringLiteral("kind")).toString();
    const qint64 run = c.value(QStringLiteral("run")).toInteger();
    const int version = c.value(QStringLiteral("version")).toInt();
    const QString note = c.value(QStringLiteral("note")).toString();
    // Replayed: stamped with when it was made, not when the database came back.
    m_madeAt.reset();
    if (m_replaying && entry.recordedAtMs > 0)
        m_madeAt = fromEpoch(entry.recordedAtMs / 1000);
    struct Reset
    {
        std::optional<Instant> &at;
        ~Reset() { at.reset(); }
    } reset{m_madeAt};
    // Commands kept one after another on a run were all made on the version the operator last
    // saw; each replayed one moves the run on, so the next of the series goes on the version
    // its predecessor saved.
    int on = version;
    if (m_replaying) {
        const auto ours = m_series.constFind(run);
        if (ours != m_series.constEnd() && ours->first == version)
            on = ours->second;
    }
    EscalationRun saved;
    if (kind == QLatin1String("attempt"))
        saved = logAttempt(run,
                           on,
                           c.value(QStringLiteral("step")).toInt(),
                           *attemptOutcomeFromKey(c.value(QStringLiteral("outcome")).toString()),
                           note,
                           c.value(QStringLiteral("contact")).toString());
    else if (kind == QLatin1String("page"))
        saved = page(run, on, c.value(QStringLiteral("level")).toInt(), note);
    else
        saved = resolve(run,
                        on,
                        *escalationResolutionFromKey(
                            c.value(QStringLiteral("resolution")).toString()),
                        note);
    if (m_replaying)
        m_series.insert(run, {version, saved.version});
}

Instant EscalationService::now() const
{
    return m_clock.now();
}

DeskResult EscalationService::intake(const DeskCall &call)
{
    const QString urgency = call.urgency.trimmed();
    if (urgency != notUrgent && urgency != QLatin1String("urgent")
        && urgency != QLatin1String("critical"))
        throw InputError({},
                         QStringLiteral("urgency"),
                         Tr::tr("“%1” is not one of not-urgent, urgent, critical")
                             .arg(InputError::excerpt(call.urgency)));
    if (call.customer.trimmed().isEmpty())
        throw InputError({}, QStringLiteral("customer"), Tr::tr("must not be empty"));
    requireText(call.caller, QStringLiteral("caller"), TicketService::maximumContact, true);
    requireText(call.callback, QStringLiteral("callback"), maximumCallback, true);
    requireText(call.description, QStringLiteral("description"), TicketService::maximumText, true);
    const Seconds timeout = call.timeout.value_or(defaultTimeout);
    if (timeout < Seconds{60} || timeout > maximumTimeout)
        throw InputError({},
                         QStringLiteral("timeout"),
                         Tr::tr("must be between 1 minute and 24 hours"));

    // Who will be called, before anything is written: a call nobody can take is refused.
    const bool escalate = urgency != notUrgent;
    EscalationRun run;
    if (escalate) {
        const Rotation rotation = m_oncall.rotationOrOnly(call.rotation.trimmed());
        const Instant at = now();
        const OnCallAnswer answer = m_oncall.schedule(rotation.id).at(at);
        if (!answer.isCovered())
            throw InputError({},
                             QStringLiteral("rotation"),
                             Tr::tr("nobody is on call in “%1” at %2")
                                 .arg(rotation.name.left(80), formatInstant(at)));
        run.rotationId = rotation.id;
        for (const QString &login : answer.contacts())
            run.contacts.append(EscalationContact{login, timeout});
        run.severity = urgency;
        run.caller = call.caller.trimmed();
        run.callback = call.callback.trimmed();
    }

    TicketRequest request;
    request.customer = call.customer.trimmed();
    const QString description = call.description.trimmed();
    request.title = description.section(QLatin1Char('\n'), 0, 0).left(120).trimmed();
    request.description = Tr::tr("After-hours call from %1, call back on %2.\n\n%3")
                              .arg(call.caller.trimmed(), call.callback.trimmed(), description);
    request.contact = call.caller.trimmed();
    request.severity = urgency;
    request.channel = QStringLiteral("phone");
    DeskResult result;
    result.ticket = m_tickets.create(request);
    if (escalate) {
        run.ticketId = result.ticket.id;
        try {
            result.run = m_repository.create(run);
        } catch (const StorageError &e) {
            // The ticket is in: say so, so that the call is not taken down twice.
            throw StorageError(Tr::tr("ticket #%1 was opened, but its escalation could not "
                                      "start: %2")
                                   .arg(result.ticket.id)
                                   .arg(QString::fromUtf8(e.what())));
        }
    } else {
        // An email to the support inbox, sent by whichever console has email set up
        // (DeskNotifier).
        m_repository.addPendingNotification(result.ticket.id, QStringLiteral("email"));
    }
    return result;
}

QHash<QString, QString> EscalationService::names()
{
    return m_oncall.names();
}

QList<Customer> EscalationService::deskCustomers()
{
    QList<Customer> all;
    m_tickets.readContext(all);
    const Instant at = now();
    QList<Customer> desk;
    for (const Customer &customer : std::as_const(all)) {
        const Contract *contract = customer.contractAt(at);
        const Policy *policy = contract ? m_tickets.engine().latestPolicy(contract->policyId)
                                        : nullptr;
        if (!policy)
            continue;
        bool every = true;
        for (const QString &urgency :
             {notUrgent, QStringLiteral("urgent"), QStringLiteral("critical")})
            every = every && policy->severityProblem(urgency).isEmpty();
        if (every)
            desk.append(customer);
    }
    std::sort(desk.begin(), desk.end(), [](const Customer &a, const Customer &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return desk;
}

QList<std::pair<QString, QString>> EscalationService::deskPhones(const QString &setting)
{
    QList<std::pair<QString, QString>> phones;
    for (const QString &line : setting.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString region = line.section(QLatin1Char('\t'), 0, 0).trimmed();
        const QString number = line.section(QLatin1Char('\t'), 1).trimmed();
        if (!region.isEmpty() && !number.isEmpty())
            phones.append({region, number});
    }
    if (phones.isEmpty())
        phones = {{Tr::tr("Americas"), QStringLiteral("+1 (613) 693-0083")},
                  {Tr::tr("Toll free, US and Canada"), QStringLiteral("1-877-552-4786")},
                  {Tr::tr("EMEA"), QStringLiteral("+44 (0) 870 471 5732")}};
    return phones;
}

EscalationRun EscalationService::run(qint64 id)
{
    std::optional<EscalationRun> found = m_repository.run(id);
    if (!found)
        throw InputError({}, QStringLiteral("run"), Tr::tr("there is no escalation run %1").arg(id));
    return *found;
}

EscalationRun EscalationService::openRun(qint64 id)
{
    EscalationRun found = run(id);
    if (found.resolution)
        throw InputError({},
                         QStringLiteral("run"),
                         Tr::tr("escalation run %1 has ended: %2")
                             .arg(id)
                             .arg(escalationResolutionName(*found.resolution)));
    return found;
}

EscalationRun EscalationService::logAttempt(qint64 runId,
                                            int version,
                                            int step,
                                            AttemptOutcome outcome,
                                            const QString &note,
                                            const QString &contact)
{
    const EscalationRun current = openRun(runId);
    if (outcome == AttemptOutcome::Paged)
        throw InputError({},
                         QStringLiteral("outcome"),
                         Tr::tr("R&D contacts are paged on demand, not as a step of the run"));
    requireText(note, QStringLiteral("note"), TicketService::maximumText, false);
    if (current.contacts.isEmpty())
        throw InputError({},
                         QStringLiteral("run"),
                         Tr::tr("escalation run %1 has nobody to call").arg(runId));
    const EscalationRun::State state = current.stateAt(m_madeAt.value_or(now()));
    const int running = state.current ? state.current->step
                                      : (state.steps.isEmpty() ? 0 : state.steps.constLast().step);
    if (step < 0 || step > running)
        throw InputError({},
                         QStringLiteral("step"),
                         Tr::tr("step %1 has not started; the run is at step %2")
                             .arg(step)
                             .arg(running));
    if (current.isOwned() && outcome != AttemptOutcome::Acknowledged)
        throw InputError({},
                         QStringLiteral("run"),
                         Tr::tr("escalation run %1 is owned by %2 already")
                             .arg(runId)
                             .arg(current.owner));
    EscalationAttempt attempt;
    attempt.step = step;
    attempt.outcome = outcome;
    attempt.note = note.trimmed();
    attempt.contact = current.contacts.at(step % current.contacts.size()).login;
    if (!contact.trimmed().isEmpty()) {
        bool known = false;
        for (const EscalationContact &c : current.contacts)
            known = known || c.login == contact.trimmed();
        if (!known
            || (outcome != AttemptOutcome::Acknowledged && contact.trimmed() != attempt.contact))
            throw InputError({},
                             QStringLiteral("contact"),
                             Tr::tr("“%1” is not the contact of step %2")
                                 .arg(InputError::excerpt(contact))
                                 .arg(step));
        attempt.contact = contact.trimmed();
    }
    const EscalationRun stored = m_repository.logAttempt(runId, version, attempt, m_madeAt);

    const QHash<QString, QString> names = m_oncall.names();
    const QString who = nameOf(names, attempt.contact);
    QString text = outcome == AttemptOutcome::Acknowledged
                       ? Tr::tr("Escalation: %1 acknowledged ownership.").arg(who)
                       : Tr::tr("Escalation, step %1: %2 — %3.")
                             .arg(QString::number(step + 1), who, attemptOutcomeName(outcome));
    if (!attempt.note.isEmpty())
        text += QLatin1Char('\n') + attempt.note;
    // The claim is in: what follows on the ticket never turns it into a refusal.
    if (outcome == AttemptOutcome::Acknowledged && stored.ticketId)
        onTicket(stored, [&](const TicketRecord &ticket) {
            TicketAction assign;
            assign.kind = TicketAction::Kind::Assign;
            assign.ticketId = ticket.id;
            assign.version = ticket.version;
            assign.value = attempt.contact;
            m_tickets.perform(assign);
        });
    noteOnTicket(stored, text);
    return stored;
}

EscalationRun EscalationService::page(qint64 runId, int version, int level, const QString &note)
{
    EscalationRun current = openRun(runId);
    if (level != 2 && level != 3)
        throw InputError({}, QStringLiteral("level"), Tr::tr("must be 2 or 3"));
    requireText(note, QStringLiteral("note"), TicketService::maximumText, false);
    const OnCallAnswer answer = m_oncall.schedule(current.rotationId).at(m_madeAt.value_or(now()));
    const QStringList contacts = level == 2 ? answer.level2 : answer.level3;
    if (contacts.isEmpty())
        throw InputError({},
                         QStringLiteral("level"),
                         Tr::tr("the rotation names nobody at level %1").arg(level));
    const QHash<QString, QString> names = m_oncall.names();
    QStringList paged;
    for (const QString &login : contacts) {
        EscalationAttempt attempt;
        attempt.step = -1;
        attempt.level = level;
        attempt.contact = login;
        attempt.outcome = AttemptOutcome::Paged;
        attempt.note = note.trimmed();
        current = m_repository.logAttempt(runId, version, attempt, m_madeAt);
        version = current.version;
        paged.append(nameOf(names, login));
    }
    noteOnTicket(current,
                 Tr::tr("Escalation: level-%1 R&D paged: %2.")
                     .arg(QString::number(level), paged.join(QStringLiteral(", "))));
    return current;
}

EscalationRun EscalationService::resolve(qint64 runId,
                                         int version,
                                         EscalationResolution resolution,
                                         const QString &note)
{
    const EscalationRun current = openRun(runId);
    if (!current.isOwned())
        throw InputError({},
                         QStringLiteral("run"),
                         Tr::tr("nobody owns escalation run %1 yet").arg(runId));
    requireText(note, QStringLiteral("note"), TicketService::maximumText, false);
    const EscalationRun stored = m_repository.resolve(runId,
                                                      version,
                                                      resolution,
                                                      note.trimmed(),
                                                      m_madeAt);
    QString text = Tr::tr("Escalation ended: %1.").arg(escalationResolutionName(resolution));
    if (!note.trimmed().isEmpty())
        text += QLatin1Char('\n') + note.trimmed();
    noteOnTicket(stored, text);
    return stored;
}

void EscalationService::noteStepStarted(const EscalationRun &run, const EscalationStep &step)
{
    const QHash<QString, QString> names = m_oncall.names();
    noteOnTicket(run,
                 Tr::tr("Escalation, step %1: calling %2, %3, round %4; next contact at %5.")
                     .arg(QString::number(step.step + 1),
                          nameOf(names, step.contact),
                          OnCallService::roleName(step.position),
                          QString::number(step.round + 1),
                          formatInstant(step.end)));
}

void EscalationService::onTicket(const EscalationRun &run,
                                 const std::function<void(const TicketRecord &)> &act)
{
    if (!run.ticketId)
        return;
    // Another agent may change the ticket between the read and the write: read it again once.
    // The run's change is saved already: a ticket that cannot take this is left as it is.
    for (int attempt = 0; attempt < 2; ++attempt) {
        try {
            const std::optional<TicketRecord> ticket = m_tickets.repository().ticket(run.ticketId);
            if (!ticket)
                return;
            act(*ticket);
            return;
        } catch (const ConflictError &) {
        } catch (const InputError &) {
            return;
        } catch (const StorageError &) {
            return;
        }
    }
}

void EscalationService::noteOnTicket(const EscalationRun &run, const QString &text)
{
    onTicket(run, [&](const TicketRecord &ticket) {
        TicketAction action;
        action.kind = TicketAction::Kind::Note;
        action.ticketId = ticket.id;
        action.version = ticket.version;
        action.text = text;
        m_tickets.perform(action);
    });
}

} // namespace hourglass
