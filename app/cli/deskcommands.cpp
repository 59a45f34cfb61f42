// hourglass-cli desk: takes a call, and scripts the escalation run that follows an urgent one
// (docs/oncall.md, "Escalation runs"), through the same service the console uses.
#include "cli/deskcommands.h"

#include "cli/openroot.h"
#include "cli/output.h"
#include "compositionroot.h"
#include "io/inputerror.h"
#include "oncall/desknotifier.h"
#include "oncall/escalationservice.h"
#include "oncall/oncallservice.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>

#include <climits>

namespace hourglass::cli {

namespace {

const QSet<QString> common = {QStringLiteral("database"),
                              QStringLiteral("json"),
                              QStringLiteral("user")};

qint64 runNumber(const CliArguments &arguments)
{
    if (arguments.words().size() < 3)
        throw UsageError(
            QStringLiteral("expected RUN (an escalation run's number) after \"desk %1\"")
                .arg(arguments.words().value(1)));
    arguments.allowWords(3);
    bool ok = false;
    const qint64 id = arguments.words().at(2).toLongLong(&ok);
    if (!ok || id <= 0)
        throw InputError(QString(),
                         QStringLiteral("desk %1").arg(arguments.words().at(1)),
                         QStringLiteral("\"%1\" is not an escalation run number")
                             .arg(InputError::excerpt(arguments.words().at(2))));
    return id;
}

// --version when given, else the run's version now (a script acting on what it just read).
int versionOf(const CliArguments &arguments, EscalationService &desk, qint64 runId)
{
    if (arguments.has(QStringLiteral("version")))
        return int(arguments.requireWholeNumber(QStringLiteral("version"), 1, INT_MAX));
    return desk.run(runId).version;
}

QJsonObject runJson(const EscalationRun &run, Instant now, const QHash<QString, QString> &names)
{
    const EscalationRun::State state = run.stateAt(now);
    QJsonArray contacts;
    for (const EscalationContact &c : run.contacts)
        contacts.append(QJsonObject{{QStringLiteral("login"), c.login},
                                    {QStringLiteral("name"), names.value(c.login, c.login)},
                                    {QStringLiteral("timeout_seconds"), qint64(c.timeout.count())}});
    QJsonArray attempts;
    for (const EscalationAttempt &a : run.attempts) {
        QJsonObject line{{QStringLiteral("at"), formatInstant(a.at)},
                         {QStringLiteral("step"), a.step},
                         {QStringLiteral("contact"), a.contact},
                         {QStringLiteral("outcome"), attemptOutcomeKey(a.outcome)},
                         {QStringLiteral("logged_by"), a.loggedBy}};
        if (a.level)
            line.insert(QStringLiteral("level"), a.level);
        if (!a.note.isEmpty())
            line.insert(QStringLiteral("note"), a.note);
        attempts.append(line);
    }
    QJsonObject json{{QStringLiteral("run"), run.id},
                     {QStringLiteral("version"), run.version},
                     {QStringLiteral("ticket"), run.ticketId},
                     {QStringLiteral("severity"), run.severity},
                     {QStringLiteral("caller"), run.caller},
                     {QStringLiteral("callback"), run.callback},
                     {QStringLiteral("started_at"), formatInstant(run.startedAt)},
                     {QStringLiteral("contacts"), contacts},
                     {QStringLiteral("attempts"), attempts}};
    if (run.isOwned()) {
        json.insert(QStringLiteral("owner"), run.owner);
        json.insert(QStringLiteral("owned_at"), formatInstant(run.ownedAt.value_or(run.startedAt)));
    } else if (state.current) {
        json.insert(QStringLiteral("step"), state.current->step);
        json.insert(QStringLiteral("round"), state.current->round + 1);
        json.insert(QStringLiteral("calling"), state.current->contact);
        json.insert(QStringLiteral("next_step_at"), formatInstant(state.current->end));
    }
    if (run.resolution) {
        json.insert(QStringLiteral("outcome"), escalationResolutionKey(*run.resolution));
        json.insert(QStringLiteral("resolved_at"),
                    formatInstant(run.resolvedAt.value_or(run.startedAt)));
        if (!run.resolutionNote.isEmpty())
            json.insert(QStringLiteral("outcome_note"), run.resolutionNote);
    }
    return json;
}

void printRun(const EscalationRun &run, Instant now, const QHash<QString, QString> &names, bool json)
{
    if (json) {
        printJson(runJson(run, now, names));
        return;
    }
    printLine(QStringLiteral("run\t%1 (version %2), ticket %3, %4")
                  .arg(run.id)
                  .arg(run.version)
                  .arg(run.ticketId)
                  .arg(run.severity));
    printLine(QStringLiteral("caller\t%1, call back on %2").arg(run.caller, run.callback));
    const EscalationRun::State state = run.stateAt(now);
    if (run.isOwned())
        printLine(
            QStringLiteral("owner\t%1 since %2")
                .arg(named(names, run.owner), formatInstant(run.ownedAt.value_or(run.startedAt))));
    else if (state.current)
        printLine(QStringLiteral("calling\t%1: step %2, round %3, next step at %4")
                      .arg(named(names, state.current->contact))
                      .arg(state.current->step)
                      .arg(state.current->round + 1)
                      .arg(formatInstant(state.current->end)));
    for (const EscalationAttempt &a : run.attempts)
        printLine(QStringLiteral("attempt\t%1\t%2\t%3\t%4")
                      .arg(formatInstant(a.at),
                           a.level ? QStringLiteral("level %1").arg(a.level)
                                   : QStringLiteral("step %1").arg(a.step),
                           named(names, a.contact),
                           attemptOutcomeKey(a.outcome)));
    if (run.resolution)
        printLine(QStringLiteral("outcome\t%1 at %2")
                      .arg(escalationResolutionKey(*run.resolution),
                           formatInstant(run.resolvedAt.value_or(run.startedAt))));
}

int intake(const CliArguments &arguments)
{
    arguments.allowWords(2);
    DeskCall call;
    call.customer = arguments.require(QStringLiteral("customer"));
    call.caller = arguments.require(QStringLiteral("caller"));
    call.callback = arguments.require(QStringLiteral("callback"));
    call.urgency = arguments.require(QStringLiteral("urgency"));
    call.description = arguments.require(QStringLiteral("description"));
    call.rotation = arguments.value(QStringLiteral("rotation"));
    if (arguments.has(QStringLiteral("timeout")))
        call.timeout = Seconds{
            60 * arguments.requireWholeNumber(QStringLiteral("timeout"), 1, 24 * 60)};
    const auto root = openRoot(arguments);
    EscalationService &desk = root->escalation();
    const DeskResult result = desk.intake(call);
    const bool json = arguments.flag(QStringLiteral("json"));
    if (!result.run) {
        printObject({{QStringLiteral("ticket"), result.ticket.id},
                     {QStringLiteral("severity"), result.ticket.severity}},
                    json);
        return 0;
    }
    printRun(*result.run, desk.now(), root->oncall().names(), json);
    return 0;
}

int attempt(const CliArguments &arguments)
{
    const qint64 id = runNumber(arguments);
    const QString outcomeText = arguments.require(QStringLiteral("outcome"));
    const std::optional<AttemptOutcome> outcome = attemptOutcomeFromKey(outcomeText);
    if (!outcome || *outcome == AttemptOutcome::Paged)
        throw InputError(QString(),
                         QStringLiteral("--outcome"),
                         QStringLiteral("\"%1\" is not one of no-answer, voicemail, declined, "
                                        "acknowledged")
                             .arg(InputError::excerpt(outcomeText)));
    const auto root = openRoot(arguments);
    EscalationService &desk = root->escalation();
    const int version = versionOf(arguments, desk, id);
    int step = 0;
    if (arguments.has(QStringLiteral("step"))) {
        step = int(arguments.requireWholeNumber(QStringLiteral("step"), 0, INT_MAX));
    } else {
        // The step running now.
        const EscalationRun::State state = desk.run(id).stateAt(desk.now());
        step = state.current ? state.current->step
                             : (state.steps.isEmpty() ? 0 : state.steps.constLast().step);
    }
    const EscalationRun run = desk.logAttempt(id,
                                              version,
                                              step,
                                              *outcome,
                                              arguments.value(QStringLiteral("note")),
                                              arguments.value(QStringLiteral("contact")));
    printRun(run, desk.now(), root->oncall().names(), arguments.flag(QStringLiteral("json")));
    return 0;
}

int page(const CliArguments &arguments)
{
    const qint64 id = runNumber(arguments);
    const int level = int(arguments.requireWholeNumber(QStringLiteral("level"), 2, 3));
    const auto root = openRoot(arguments);
    EscalationService &desk = root->escalation();
    const EscalationRun run = desk.page(id,
                                        versionOf(arguments, desk, id),
                                        level,
                                        arguments.value(QStringLiteral("note")));
    printRun(run, desk.now(), root->oncall().names(), arguments.flag(QStringLiteral("json")));
    return 0;
}

int resolve(const CliArguments &arguments)
{
    const qint64 id = runNumber(arguments);
    const QString text = arguments.require(QStringLiteral("outcome"));
    const std::optional<EscalationResolution> resolution = escalationResolutionFromKey(text);
    if (!resolution)
        throw InputError(QString(),
                         QStringLiteral("--outcome"),
                         QStringLiteral("\"%1\" is not one of de-escalated, fixed, rolled-back")
                             .arg(InputError::excerpt(text)));
    const auto root = openRoot(arguments);
    EscalationService &desk = root->escalation();
    const EscalationRun run = desk.resolve(id,
                                           versionOf(arguments, desk, id),
                                           *resolution,
                                           arguments.value(QStringLiteral("note")));
    printRun(run, desk.now(), root->oncall().names(), arguments.flag(QStringLiteral("json")));
    return 0;
}

int show(const CliArguments &arguments)
{
    const qint64 id = runNumber(arguments);
    const auto root = openRoot(arguments);
    EscalationService &desk = root->escalation();
    printRun(desk.run(id),
             desk.now(),
             root->oncall().names(),
             arguments.flag(QStringLiteral("json")));
    return 0;
}

int runs(const CliArguments &arguments)
{
    arguments.allowWords(2);
    const auto root = openRoot(arguments);
    EscalationService &desk = root->escalation();
    const QHash<QString, QString> names = root->oncall().names();
    const Instant now = desk.now();
    const bool json = arguments.flag(QStringLiteral("json"));
    for (const EscalationRun &run : desk.runs(arguments.flag(QStringLiteral("all")))) {
        if (json) {
            printJson(runJson(run, now, names));
            continue;
        }
        const EscalationRun::State state = run.stateAt(now);
        const QString where = run.resolution ? escalationResolutionKey(*run.resolution)
                              : run.isOwned()
                                  ? QStringLiteral("owned by %1").arg(named(names, run.owner))
                              : state.current ? QStringLiteral("calling %1")
                                                    .arg(named(names, state.current->contact))
                                              : QString();
        printLine(QStringLiteral("%1\t%2\tticket %3\t%4\t%5")
                      .arg(run.id)
                      .arg(formatInstant(run.startedAt))
                      .arg(run.ticketId)
                      .arg(run.severity, where));
    }
    return 0;
}

// Sends what is due now with the desk settings, waits for the answers (at most --wait seconds,
// default 60) and prints one line per send.
int notify(const CliArguments &arguments)
{
    arguments.allowWords(2);
    const qint64 wait = arguments.has(QStringLiteral("wait"))
                            ? arguments.requireWholeNumber(QStringLiteral("wait"), 1, 3600)
                            : 60;
    const auto root = openRoot(arguments);
    DeskNotifier &notifier = root->deskNotifier();
    const bool json = arguments.flag(QStringLiteral("json"));
    int failed = 0;
    QObject::connect(&notifier,
                     &DeskNotifier::sent,
                     &notifier,
                     [json, &failed](qint64 id, bool delivered, const QString &detail) {
                         failed += delivered ? 0 : 1;
                         printObject({{QStringLiteral("notification"), id},
                                      {QStringLiteral("delivered"), delivered},
                                      {QStringLiteral("detail"), detail}},
                                     json);
                     });
    const int started = notifier.check();
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&notifier, &DeskNotifier::sent, &loop, [&notifier, &loop] {
        if (notifier.inFlight() == 0)
            loop.quit();
    });
    if (notifier.inFlight() > 0) {
        deadline.start(int(wait * 1000));
        loop.exec();
    }
    if (notifier.inFlight() > 0)
        throw std::runtime_error(QStringLiteral("%1 of %2 sends had no answer within %3 s")
                                     .arg(notifier.inFlight())
                                     .arg(started)
                                     .arg(wait)
                                     .toStdString());
    return failed > 0 ? 1 : 0;
}

} // namespace

int runDeskCommand(const CliArguments &arguments)
{
    const QString action = arguments.words().value(1);
    const QString note = QStringLiteral("note");
    const QString version = QStringLiteral("version");
    if (action == QLatin1String("intake")) {
        arguments.allowOnly(common
                            + QSet<QString>{QStringLiteral("customer"),
                                            QStringLiteral("caller"),
                                            QStringLiteral("callback"),
                                            QStringLiteral("urgency"),
                                            QStringLiteral("description"),
                                            QStringLiteral("rotation"),
                                            QStringLiteral("timeout")});
        return intake(arguments);
    }
    if (action == QLatin1String("attempt")) {
        arguments.allowOnly(common
                            + QSet<QString>{QStringLiteral("outcome"),
                                            QStringLiteral("step"),
                                            QStringLiteral("contact"),
                                            note,
                                            version});
        return attempt(arguments);
    }
    if (action == QLatin1String("page")) {
        arguments.allowOnly(common + QSet<QString>{QStringLiteral("level"), note, version});
        return page(arguments);
    }
    if (action == QLatin1String("resolve")) {
        arguments.allowOnly(common + QSet<QString>{QStringLiteral("outcome"), note, version});
        return resolve(arguments);
    }
    if (action == QLatin1String("show")) {
        arguments.allowOnly(common);
        return show(arguments);
    }
    if (action == QLatin1String("notify")) {
        arguments.allowOnly(common + QSet<QString>{QStringLiteral("wait")});
        return notify(arguments);
    }
    if (action == QLatin1String("runs")) {
        arguments.allowOnly(common + QSet<QString>{QStringLiteral("all")});
        return runs(arguments);
    }
    if (action.isEmpty())
        throw UsageError(QStringLiteral(
            "expected intake, attempt, page, resolve, show, runs or notify after \"desk\""));
    throw UsageError(QStringLiteral("unknown desk action \"%1\" (intake, attempt, page, resolve, "
                                    "show, runs or notify)")
                         .arg(InputError::excerpt(action)));
}

} // namespace hourglass::cli
