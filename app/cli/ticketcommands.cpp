// hourglass-cli ticket|import|export|watch: the shared database from scripts.
#include "cli/ticketcommands.h"

#include "cli/openroot.h"
#include "cli/output.h"
#include "compositionroot.h"
#include "io/inputerror.h"
#include "io/wholenumber.h"
#include "sla/clockreading.h"
#include "sla/explaintext.h"
#include "sla/slaengine.h"
#include "storage/changefeed.h"
#include "storage/csvexchange.h"
#include "storage/database.h"
#include "storage/policystore.h"
#include "tickets/ticketservice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>

#include <csignal>
#include <cstdio>
#include <limits>

namespace hourglass::cli {

namespace {

// The ticket, or a usage error naming it.
TicketRecord requireTicket(TicketService &tickets, qint64 id)
{
    const auto ticket = tickets.repository().ticket(id);
    if (!ticket)
        throw InputError(QString(),
                         QStringLiteral("ticket"),
                         QStringLiteral("there is no ticket %1").arg(id));
    return *ticket;
}

qint64 ticketId(const CliArguments &arguments, int word)
{
    // The one reading of whole numbers, as for every numeric option: " 10" or "+10" is refused.
    const auto id = parseWholeNumber(arguments.words().value(word));
    if (!id || *id <= 0)
        throw UsageError(QStringLiteral("expected a ticket number after \"%1\"")
                             .arg(InputError::excerpt(arguments.words().value(word - 1))));
    return *id;
}

QJsonObject toJson(const TicketRecord &t)
{
    QJsonObject object{{QStringLiteral("id"), t.id},
                       {QStringLiteral("customer"), t.customer},
                       {QStringLiteral("policy"), t.policyId},
                       {QStringLiteral("title"), t.title},
                       {QStringLiteral("severity"), t.severity},
                       {QStringLiteral("tier"), t.tier},
                       {QStringLiteral("status"), statusKey(t.status)},
                       {QStringLiteral("channel"), t.channel},
                       {QStringLiteral("language"), t.language},
                       {QStringLiteral("assignee"), t.assignee},
                       {QStringLiteral("created_at"), formatInstant(t.createdAt)},
                       {QStringLiteral("updated_at"), formatInstant(t.updatedAt)},
                       {QStringLiteral("updated_by"), t.updatedBy},
                       {QStringLiteral("version"), t.version}};
    if (!t.unreadable.isEmpty()) {
        object.insert(QStringLiteral("status"), QStringLiteral("unreadable"));
        object.insert(QStringLiteral("unreadable"), t.unreadable);
    }
    return object;
}

QJsonObject toJson(const HighlightedText &text)
{
    QJsonArray matches;
    for (const HighlightedText::Range &range : text.matches)
        matches.append(QJsonArray{range.start, range.length});
    return {{QStringLiteral("text"), text.text}, {QStringLiteral("matches"), matches}};
}

QJsonObject toJson(const TicketMessage &m)
{
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("kind"), TicketMessage::key(m.kind)},
            {QStringLiteral("at"), formatInstant(m.at)},
            {QStringLiteral("author"), m.author},
            {QStringLiteral("author_login"), m.authorLogin},
            {QStringLiteral("text"), m.text}};
}

// A message's text under its heading, every line indented, so a thread reads as one.
void printMessage(const TicketMessage &m)
{
    printLine(QStringLiteral("  %1  %2  %3%4")
                  .arg(formatInstant(m.at), TicketMessage::key(m.kind), m.author)
                  .arg(m.isInternal() ? QStringLiteral(" (internal)") : QString()));
    for (const QString &text : m.text.split(u'\n'))
        printLine(QStringLiteral("    ") + text);
}

// The version a write is based on: --version when given, else the ticket's current one.
int versionFor(const CliArguments &arguments, TicketService &tickets, qint64 id)
{
    if (!arguments.has(QStringLiteral("version")))
        return requireTicket(tickets, id).version;
    bool ok = false;
    const int version = arguments.value(QStringLiteral("version")).toInt(&ok);
    if (!ok)
        throw InputError(QString(),
                         QStringLiteral("--version"),
                         QStringLiteral("expected the version the change is based on"));
    return version;
}

QString line(const TicketRecord &t)
{
    return QStringLiteral("%1\t%2\t%3\t%4\tv%5\t%6\t%7")
        .arg(t.id)
        .arg(t.unreadable.isEmpty() ? statusKey(t.status) : QStringLiteral("unreadable"),
             t.severity,
             t.assignee.isEmpty() ? QStringLiteral("-") : t.assignee)
        .arg(t.version)
        .arg(t.customer, t.title);
}

} // namespace

int runTicketCommand(const CliArguments &arguments)
{
    const QString action = arguments.words().value(1);
    const bool json = arguments.flag(QStringLiteral("json"));
    const QSet<QString> common = {QStringLiteral("database"),
                                  QStringLiteral("json"),
                                  QStringLiteral("user")};
    if (action == QLatin1String("list")) {
        arguments.allowOnly(common + QSet<QString>{QStringLiteral("all")});
        arguments.allowWords(2);
        const auto root = openRoot(arguments);
        TicketRepository &tickets = root->tickets().repository();
        const QList<TicketRecord> records = arguments.flag(QStringLiteral("all"))
                                                ? tickets.allTickets()
                                                : tickets.openTickets();
        for (const TicketRecord &t : records) {
            if (json)
                printJson(toJson(t));
            else
                printLine(line(t));
        }
        return 0;
    }
    if (action == QLatin1String("show")) {
        arguments.allowOnly(common + QSet<QString>{QStringLiteral("at")});
        const qint64 id = ticketId(arguments, 2);
        arguments.allowWords(3);
        const auto root = openRoot(arguments);
        const TicketRecord ticket = requireTicket(root->tickets(), id);
        const Instant at = arguments.has(QStringLiteral("at"))
                               ? arguments.requireInstant(QStringLiteral("at"))
                               : root->database().now();
        const TicketTimeline timeline = root->tickets().repository().timeline(id);
        // A timeline that cannot be evaluated is shown as such, with why.
        TicketSla sla;
        QString unreadable;
        try {
            // Paused for the windows that affect the customer, as the queue and the pane are.
            const auto pauses = root->tickets()
                                    .maintenancePauses(timeline.events.isEmpty()
                                                           ? std::nullopt
                                                           : std::optional(
                                                               timeline.events.constFirst().at),
                                                       at);
            sla = root->slaEngine().evaluate(timeline,
                                             at,
                                             SlaEngine::Explain::No,
                                             pauses->forCustomer(timeline.customerId));
        } catch (const InputError &error) {
            unreadable = error.message();
        }
        QJsonObject object = toJson(ticket);
        if (!unreadable.isEmpty())
            object.insert(QStringLiteral("timeline_unreadable"), unreadable);
        QJsonArray clocks;
        for (const MetricState &metric : sla.metrics) {
            // The words the queue row and the ticket detail show, from the same reading.
            const ClockReading reading = ClockReading::of(metric);
            QJsonObject clock{{QStringLiteral("metric"), metricKey(metric.metric)},
                              {QStringLiteral("state"), reading.stateTextAt(at)},
                              {QStringLiteral("paused"), reading.paused},
                              {QStringLiteral("countdown"), reading.countdownTextAt(at)},
                              {QStringLiteral("text"), reading.textAt(at)},
                              {QStringLiteral("remaining_seconds"),
                               qint64(reading.remainingAt(at).count())}};
            if (metric.due)
                clock.insert(QStringLiteral("due"), formatInstant(*metric.due));
            clocks.append(clock);
        }
        object.insert(QStringLiteral("sla"), clocks);
        QJsonArray events;
        for (const TicketEvent &event : timeline.events)
            events.append(QJsonObject{{QStringLiteral("at"), formatInstant(event.at)},
                                      {QStringLiteral("kind"), TicketEvent::key(event.kind)},
                                      {QStringLiteral("value"), event.value}});
        object.insert(QStringLiteral("events"), events);
        const QList<TicketMessage> thread = root->tickets().repository().thread(id);
        QJsonArray messages;
        for (const TicketMessage &m : thread)
            messages.append(toJson(m));
        object.insert(QStringLiteral("thread"), messages);
        if (json) {
            printJson(object);
        } else {
            printLine(line(ticket));
            if (!unreadable.isEmpty())
                printLine(QStringLiteral("  timeline unreadable: %1").arg(unreadable));
            for (const QJsonValue &clock : clocks)
                printLine(QStringLiteral("  %1: %2, due %3")
                              .arg(clock[QStringLiteral("metric")].toString(),
                                   clock[QStringLiteral("text")].toString(),
                                   clock[QStringLiteral("due")].toString(QStringLiteral("-"))));
            for (const QJsonValue &event : events)
                printLine(QStringLiteral("  %1  %2 %3")
                              .arg(event[QStringLiteral("at")].toString(),
                                   event[QStringLiteral("kind")].toString(),
                                   event[QStringLiteral("value")].toString())
                              .trimmed());
            if (!thread.isEmpty())
                printLine(QStringLiteral("  conversation:"));
            for (const TicketMessage &m : thread)
                printMessage(m);
        }
        return 0;
    }
    if (action == QLatin1String("reply") || action == QLatin1String("customer-message")) {
        const bool reply = action == QLatin1String("reply");
        arguments.allowOnly(
            common
            + (reply ? QSet<QString>{QStringLiteral("text"),
                                     QStringLiteral("internal"),
                                     QStringLiteral("version")}
                     : QSet<QString>{QStringLiteral("text"), QStringLiteral("contact")}));
        const qint64 id = ticketId(arguments, 2);
        const QString text = arguments.require(QStringLiteral("text"));
        const auto root = openRoot(arguments);
        TicketService &tickets = root->tickets();
        const int version = versionFor(arguments, tickets, id);
        QString kind;
        if (reply) {
            const bool internal = arguments.flag(QStringLiteral("internal"));
            kind = TicketAction::key(
                TicketService::replyKind(requireTicket(tickets, id).status, internal));
            tickets.reply(id, version, text, internal);
        } else {
            if (text.trimmed().isEmpty())
                throw InputError(QString(),
                                 QStringLiteral("--text"),
                                 QStringLiteral("the customer's message is empty"));
            TicketAction message;
            message.kind = TicketAction::Kind::CustomerReplied;
            message.ticketId = id;
            message.version = version;
            message.text = text;
            message.value = arguments.value(QStringLiteral("contact"));
            kind = TicketAction::key(message.kind);
            tickets.perform(message);
        }
        const TicketRecord updated = requireTicket(tickets, id);
        if (json) {
            QJsonObject object = toJson(updated);
            object.insert(QStringLiteral("action"), kind);
            printJson(object);
        } else {
            printLine(line(updated));
        }
        return 0;
    }
    if (action == QLatin1String("search")) {
        arguments.allowOnly(common
                            + QSet<QString>{QStringLiteral("scope"), QStringLiteral("limit")});
        const QString text = arguments.words().mid(2).join(u' ');
        if (text.trimmed().isEmpty())
            throw UsageError(QStringLiteral("expected the words to search for after \"search\""));
        TicketSearch search;
        search.text = text;
        if (arguments.has(QStringLiteral("scope"))) {
            const auto scope = ticketScopeFromKey(arguments.value(QStringLiteral("scope")));
            if (!scope)
                throw InputError(QString(),
                                 QStringLiteral("--scope"),
                                 QStringLiteral("unknown scope \"%1\" (open, resolved or all)")
                                     .arg(arguments.value(QStringLiteral("scope"))));
            search.scope = *scope;
        }
        if (arguments.has(QStringLiteral("limit"))) {
            bool ok = false;
            search.limit = arguments.value(QStringLiteral("limit")).toInt(&ok);
            if (!ok || search.limit < 1 || search.limit > 1000)
                throw InputError(QString(),
                                 QStringLiteral("--limit"),
                                 QStringLiteral("expected a number of tickets from 1 to 1000"));
        }
        const auto root = openRoot(arguments);
        for (const TicketSearchHit &hit : root->tickets().repository().search(search)) {
            if (json) {
                QJsonObject object = toJson(hit.ticket);
                object.insert(QStringLiteral("score"), hit.score);
                object.insert(QStringLiteral("title"), toJson(hit.title));
                object.insert(QStringLiteral("snippet"), toJson(hit.snippet));
                if (hit.messageKind) {
                    object.insert(QStringLiteral("message_id"), hit.messageId);
                    object.insert(QStringLiteral("message_kind"),
                                  TicketMessage::key(*hit.messageKind));
                }
                printJson(object);
            } else {
                printLine(QStringLiteral("%1\t%2\t%3\t%4")
                              .arg(hit.ticket.id)
                              .arg(statusKey(hit.ticket.status),
                                   hit.title.bracketed(),
                                   hit.snippet.bracketed().simplified()));
            }
        }
        return 0;
    }
    if (action == QLatin1String("create")) {
        arguments.allowOnly(common
                            + QSet<QString>{QStringLiteral("customer"),
                                            QStringLiteral("title"),
                                            QStringLiteral("description"),
                                            QStringLiteral("contact"),
                                            QStringLiteral("severity"),
                                            QStringLiteral("channel"),
                                            QStringLiteral("area"),
                                            QStringLiteral("language"),
                                            QStringLiteral("assignee")});
        arguments.allowWords(2);
        TicketRequest request;
        request.customer = arguments.require(QStringLiteral("customer"));
        request.title = arguments.require(QStringLiteral("title"));
        request.description = arguments.value(QStringLiteral("description"));
        request.contact = arguments.value(QStringLiteral("contact"));
        request.severity = arguments.value(QStringLiteral("severity"));
        request.channel = arguments.value(QStringLiteral("channel"));
        request.productArea = arguments.value(QStringLiteral("area"));
        request.language = arguments.value(QStringLiteral("language"));
        request.assignee = arguments.value(QStringLiteral("assignee"));
        const auto root = openRoot(arguments);
        const TicketRecord created = root->tickets().create(request);
        if (json)
            printJson(toJson(created));
        else
            printLine(QString::number(created.id));
        return 0;
    }
    if (action == QLatin1String("update")) {
        arguments.allowOnly(common
                            + QSet<QString>{QStringLiteral("version"),
                                            QStringLiteral("title"),
                                            QStringLiteral("severity"),
                                            QStringLiteral("tier"),
                                            QStringLiteral("status"),
                                            QStringLiteral("assignee")});
        const qint64 id = ticketId(arguments, 2);
        arguments.allowWords(3);
        const int version = int(arguments.requireWholeNumber(QStringLiteral("version"),
                                                             1,
                                                             std::numeric_limits<int>::max()));
        TicketAction action;
        action.kind = TicketAction::Kind::Edit;
        action.ticketId = id;
        action.version = version;
        TicketChange &change = action.change;
        const auto take = [&](const char *name, std::optional<QString> &field) {
            if (arguments.has(QString::fromLatin1(name)))
                field = arguments.value(QString::fromLatin1(name));
        };
        take("title", change.title);
        take("severity", change.severity);
        take("tier", change.tier);
        take("assignee", change.assignee);
        if (arguments.has(QStringLiteral("status"))) {
            change.status = ticketStatusFromKey(arguments.value(QStringLiteral("status")));
            if (!change.status)
                throw InputError(QString(),
                                 QStringLiteral("--status"),
                                 QStringLiteral("unknown status \"%1\" (new, open, "
                                                "waiting-customer, scheduled or resolved)")
                                     .arg(InputError::excerpt(
                                         arguments.value(QStringLiteral("status")))));
        }
        if (change.isEmpty())
            throw UsageError(QStringLiteral(
                "nothing to change (give --title, --severity, --tier, --status or --assignee)"));
        const auto root = openRoot(arguments);
        root->tickets().perform(action);
        const TicketRecord updated = requireTicket(root->tickets(), id);
        if (json)
            printJson(toJson(updated));
        else
            printLine(line(updated));
        return 0;
    }
    if (action == QLatin1String("event")) {
        arguments.allowOnly(
            common
            + QSet<QString>{QStringLiteral("kind"), QStringLiteral("text"), QStringLiteral("at")});
        const qint64 id = ticketId(arguments, 2);
        arguments.allowWords(3);
        const QString kind = arguments.require(QStringLiteral("kind"));
        const auto parsed = TicketEvent::kindFromKey(kind);
        const QList<TicketEvent::Kind> appendable = {TicketEvent::Kind::Responded,
                                                     TicketEvent::Kind::Updated,
                                                     TicketEvent::Kind::CustomerReplied,
                                                     TicketEvent::Kind::Note};
        if (!parsed || !appendable.contains(*parsed))
            throw InputError(QString(),
                             QStringLiteral("--kind"),
                             QStringLiteral(
                                 "\"%1\" is not responded, updated, customer-replied or note "
                                 "(other changes go through ticket update)")
                                 .arg(InputError::excerpt(kind)));
        TicketAction action;
        action.ticketId = id;
        action.text = arguments.value(QStringLiteral("text"));
        const auto root = openRoot(arguments);
        action.version = requireTicket(root->tickets(), id).version;
        if (arguments.has(QStringLiteral("at"))) {
            // Dated by the script: never before the ticket's latest entry.
            action.kind = TicketAction::Kind::Append;
            action.event.kind = *parsed;
            action.event.value = action.text;
            action.event.at = arguments.requireInstant(QStringLiteral("at"));
        } else {
            action.kind = *parsed == TicketEvent::Kind::Responded ? TicketAction::Kind::Respond
                          : *parsed == TicketEvent::Kind::Updated ? TicketAction::Kind::PostUpdate
                          : *parsed == TicketEvent::Kind::CustomerReplied
                              ? TicketAction::Kind::CustomerReplied
                              : TicketAction::Kind::Note;
        }
        root->tickets().perform(action);
        const TicketTimeline timeline = root->tickets().repository().timeline(id);
        if (json)
            printJson({{QStringLiteral("ticket"), id},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("at"),
                        timeline.events.isEmpty() ? QString()
                                                  : formatInstant(timeline.events.constLast().at)}});
        return 0;
    }
    throw UsageError(QStringLiteral(
        "expected ticket list, show, create, update, event, reply, customer-message or search"));
}

int runImportCommand(const CliArguments &arguments)
{
    arguments.allowOnly(
        {QStringLiteral("database"), QStringLiteral("json"), QStringLiteral("user")});
    const QString what = arguments.words().value(1);
    const QString fileName = arguments.words().value(2);
    if ((what != QLatin1String("tickets") && what != QLatin1String("customers"))
        || arguments.words().size() < 3)
        throw UsageError(QStringLiteral("expected import tickets FILE or import customers FILE"));
    arguments.allowWords(3);
    const QByteArray bytes = readFileOrStdin(QLatin1String("import ") + what, fileName);
    const auto root = openRoot(arguments);
    const qsizetype count = what == QLatin1String("tickets")
                                ? CsvExchange::importTickets(root->tickets(), fileName, bytes)
                                : CsvExchange::importCustomers(root->database(), fileName, bytes);
    printObject({{QStringLiteral("imported"), what}, {QStringLiteral("rows"), count}},
                arguments.flag(QStringLiteral("json")));
    return 0;
}

int runExportCommand(const CliArguments &arguments)
{
    arguments.allowOnly({QStringLiteral("database"), QStringLiteral("user")});
    const QString what = arguments.words().value(1);
    if (what != QLatin1String("tickets") && what != QLatin1String("customers"))
        throw UsageError(
            QStringLiteral("expected export tickets [FILE] or export customers [FILE]"));
    arguments.allowWords(3);
    if (arguments.words().size() == 3 && arguments.words().at(2).isEmpty())
        throw InputError(QString(),
                         QLatin1String("export ") + what,
                         QStringLiteral("the file name must not be empty"));
    const auto root = openRoot(arguments);
    const QByteArray csv = what == QLatin1String("tickets")
                               ? CsvExchange::exportTickets(root->tickets().repository())
                               : CsvExchange::exportCustomers(root->database());
    const QString fileName = arguments.words().value(2, QStringLiteral("-"));
    if (fileName == QLatin1String("-")) {
        std::fwrite(csv.constData(), 1, std::size_t(csv.size()), stdout);
        return 0;
    }
    writeWhole(fileName, csv);
    return 0;
}

int runWatchCommand(const CliArguments &arguments)
{
    arguments.allowOnly(
        {QStringLiteral("database"), QStringLiteral("json"), QStringLiteral("user")});
    arguments.allowWords(1);
    const DatabaseUrl url = arguments.has(QStringLiteral("database"))
                                ? DatabaseUrl::parse(arguments.value(QStringLiteral("database")))
                                : Database::defaultUrl();
    ChangeFeed feed(url);
    feed.setPollInterval(50); // a watcher measures: poll SQLite more often than the GUI does
    QObject::connect(&feed, &ChangeFeed::changed, [](const Change &change) {
        printJson({{QStringLiteral("table"), change.table},
                   {QStringLiteral("id"), change.rowId},
                   {QStringLiteral("kind"), change.kind},
                   {QStringLiteral("change"), change.id},
                   {QStringLiteral("written_ms"), change.atMs},
                   {QStringLiteral("received_ms"), QDateTime::currentMSecsSinceEpoch()}});
        // The reader is gone (SIGPIPE is ignored): nothing more can be watched for it.
        if (std::fflush(stdout) != 0)
            QCoreApplication::exit(1);
    });
    QObject::connect(&feed, &ChangeFeed::failed, [](const QString &message) {
        std::fprintf(stderr, "hourglass-cli: %s\n", message.toUtf8().constData());
    });
    // The feed reconnects by itself and catches up; a watcher is told when it is away.
    QObject::connect(&feed,
                     &ChangeFeed::stateChanged,
                     [url](ChangeFeed::State state, const QString &detail) {
                         if (state == ChangeFeed::State::Reconnecting)
                             std::fprintf(stderr,
                                          "hourglass-cli: connection lost, reconnecting: %s\n",
                                          detail.toUtf8().constData());
                         else
                             std::fprintf(stderr,
                                          "hourglass-cli: connection back, watching %s\n",
                                          url.toString().toUtf8().constData());
                         std::fflush(stderr);
                     });
    feed.start();
    // Until interrupted: SIGINT and SIGTERM end the loop cleanly.
    std::signal(SIGINT, [](int) { QCoreApplication::quit(); });
    std::signal(SIGTERM, [](int) { QCoreApplication::quit(); });
    std::fprintf(stderr, "hourglass-cli: watching %s\n", url.toString().toUtf8().constData());
    return QCoreApplication::exec();
}

} // namespace hourglass::cli
