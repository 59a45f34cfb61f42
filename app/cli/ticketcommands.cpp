// hourglass-cli migrate|ticket|import|export|watch: the shared database from scripts.
#include "cli/ticketcommands.h"

#include "cli/output.h"
#include "compositionroot.h"
#include "io/inputerror.h"
#include "sla/explaintext.h"
#include "sla/slaengine.h"
#include "storage/changefeed.h"
#include "storage/csvexchange.h"
#include "storage/migrations.h"
#include "storage/policystore.h"
#include "storage/sqlticketrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>

#include <csignal>
#include <cstdio>

namespace hourglass::cli {

namespace {

std::unique_ptr<CompositionRoot> open(const CliArguments &arguments)
{
    auto root = std::make_unique<CompositionRoot>(arguments.value(QStringLiteral("database")),
                                                  CompositionRoot::Demo::Never);
    if (arguments.has(QStringLiteral("user")))
        root->database().setActor(arguments.value(QStringLiteral("user")));
    return root;
}

qint64 ticketId(const CliArguments &arguments, int word)
{
    bool ok = false;
    const qint64 id = arguments.words().value(word).toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError(QStringLiteral("expected a ticket number after \"%1\"")
                             .arg(arguments.words().value(word - 1)));
    return id;
}

QJsonObject toJson(const TicketRecord &t)
{
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("customer"), t.customer},
            {QStringLiteral("policy"), t.policyId},
            {QStringLiteral("title"), t.title},
            {QStringLiteral("severity"), t.severity},
            {QStringLiteral("tier"), t.tier},
            {QStringLiteral("status"), t.status},
            {QStringLiteral("channel"), t.channel},
            {QStringLiteral("language"), t.language},
            {QStringLiteral("assignee"), t.assignee},
            {QStringLiteral("created_at"), formatInstant(t.createdAt)},
            {QStringLiteral("updated_at"), formatInstant(t.updatedAt)},
            {QStringLiteral("updated_by"), t.updatedBy},
            {QStringLiteral("version"), t.version}};
}

QString line(const TicketRecord &t)
{
    return QStringLiteral("%1\t%2\t%3\t%4\tv%5\t%6\t%7")
        .arg(t.id)
        .arg(t.status, t.severity, t.assignee.isEmpty() ? QStringLiteral("-") : t.assignee)
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
        const auto root = open(arguments);
        SqlTicketRepository tickets(root->database());
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
        const auto root = open(arguments);
        SqlTicketRepository tickets(root->database());
        const auto ticket = tickets.ticket(id);
        if (!ticket)
            throw InputError(QString(),
                             QStringLiteral("ticket"),
                             QStringLiteral("there is no ticket %1").arg(id));
        const Instant at = arguments.has(QStringLiteral("at"))
                               ? arguments.requireInstant(QStringLiteral("at"))
                               : std::chrono::time_point_cast<Seconds>(
                                   std::chrono::system_clock::now());
        const SlaEngine engine(PolicyStore::loadAll(root->database()));
        const TicketTimeline timeline = tickets.timeline(id);
        const TicketSla sla = engine.evaluate(timeline, at);
        QJsonObject object = toJson(*ticket);
        QJsonArray clocks;
        for (const MetricState &metric : sla.metrics) {
            QJsonObject clock{{QStringLiteral("metric"), metricKey(metric.metric)},
                              {QStringLiteral("state"), ExplainText::stateName(metric.state)},
                              {QStringLiteral("remaining_seconds"),
                               qint64(metric.remaining.count())}};
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
        if (json) {
            printJson(object);
        } else {
            printLine(line(*ticket));
            for (const QJsonValue &clock : clocks)
                printLine(QStringLiteral("  %1: %2, due %3")
                              .arg(clock[QStringLiteral("metric")].toString(),
                                   clock[QStringLiteral("state")].toString(),
                                   clock[QStringLiteral("due")].toString(QStringLiteral("-"))));
            for (const QJsonValue &event : events)
                printLine(QStringLiteral("  %1  %2 %3")
                              .arg(event[QStringLiteral("at")].toString(),
                                   event[QStringLiteral("kind")].toString(),
                                   event[QStringLiteral("value")].toString()));
        }
        return 0;
    }
    if (action == QLatin1String("create")) {
        arguments.allowOnly(common
                            + QSet<QString>{QStringLiteral("customer"),
                                            QStringLiteral("title"),
                                            QStringLiteral("severity"),
                                            QStringLiteral("channel"),
                                            QStringLiteral("language"),
                                            QStringLiteral("assignee")});
        const auto root = open(arguments);
        Database &database = root->database();
        const QString customerName = arguments.require(QStringLiteral("customer"));
        QSqlQuery query(database.connection());
        query.prepare(QStringLiteral("SELECT c.id, k.policy_key, c.language FROM customers c "
                                     "JOIN contracts k ON k.customer_id = c.id WHERE c.name = ? "
                                     "ORDER BY k.starts_at DESC LIMIT 1"));
        query.addBindValue(customerName);
        if (!query.exec() || !query.next())
            throw InputError(QString(),
                             QStringLiteral("--customer"),
                             QStringLiteral("unknown customer \"%1\"").arg(customerName));
        NewTicket ticket;
        ticket.customerId = query.value(0).toLongLong();
        ticket.title = arguments.require(QStringLiteral("title"));
        ticket.language = arguments.has(QStringLiteral("language"))
                              ? arguments.value(QStringLiteral("language"))
                              : query.value(2).toString();
        ticket.assignee = arguments.value(QStringLiteral("assignee"));
        const QList<Policy> policies = PolicyStore::loadAll(database);
        const SlaEngine engine(policies);
        const Policy *policy = nullptr;
        for (const Policy &candidate : policies) {
            if (candidate.id == query.value(1).toString()
                && (!policy || candidate.version > policy->version))
                policy = &candidate;
        }
        if (!policy)
            throw InputError(QString(),
                             QStringLiteral("--customer"),
                             QStringLiteral("the customer's policy is not stored"));
        ticket.channel = arguments.has(QStringLiteral("channel"))
                             ? arguments.value(QStringLiteral("channel"))
                             : policy->channels.first().id;
        if (!findItem(policy->channels, ticket.channel))
            throw InputError(QString(),
                             QStringLiteral("--channel"),
                             QStringLiteral("unknown channel \"%1\" in %2")
                                 .arg(ticket.channel, policy->id));
        const QString requested = arguments.value(QStringLiteral("severity"));
        if (!requested.isEmpty() && !policy->severity(requested))
            throw InputError(QString(),
                             QStringLiteral("--severity"),
                             QStringLiteral("unknown severity \"%1\" in %2")
                                 .arg(requested, policy->id));
        ticket.severity = engine.triage(*policy,
                                        ticket.channel,
                                        requested,
                                        std::chrono::time_point_cast<Seconds>(
                                            std::chrono::system_clock::now()));
        SqlTicketRepository tickets(database);
        const TicketRecord created = tickets.create(ticket);
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
        bool ok = false;
        const int version = arguments.require(QStringLiteral("version")).toInt(&ok);
        if (!ok)
            throw InputError(QString(),
                             QStringLiteral("--version"),
                             QStringLiteral("expected the version the change is based on"));
        TicketChange change;
        const auto take = [&](const char *name, std::optional<QString> &field) {
            if (arguments.has(QString::fromLatin1(name)))
                field = arguments.value(QString::fromLatin1(name));
        };
        take("title", change.title);
        take("severity", change.severity);
        take("tier", change.tier);
        take("status", change.status);
        take("assignee", change.assignee);
        if (change.isEmpty())
            throw UsageError(QStringLiteral(
                "nothing to change (give --title, --severity, --tier, --status or --assignee)"));
        const auto root = open(arguments);
        SqlTicketRepository tickets(root->database());
        const TicketRecord updated = tickets.update(id, version, change);
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
                                 .arg(kind));
        TicketEvent event;
        event.kind = *parsed;
        event.value = arguments.value(QStringLiteral("text"));
        event.at = arguments.has(QStringLiteral("at"))
                       ? arguments.requireInstant(QStringLiteral("at"))
                       : std::chrono::time_point_cast<Seconds>(std::chrono::system_clock::now());
        const auto root = open(arguments);
        SqlTicketRepository tickets(root->database());
        tickets.appendEvent(id, event);
        if (json)
            printJson({{QStringLiteral("ticket"), id},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("at"), formatInstant(event.at)}});
        return 0;
    }
    throw UsageError(QStringLiteral("expected ticket list, show, create, update or event"));
}

int runImportCommand(const CliArguments &arguments)
{
    arguments.allowOnly(
        {QStringLiteral("database"), QStringLiteral("json"), QStringLiteral("user")});
    const QString what = arguments.words().value(1);
    const QString fileName = arguments.words().value(2);
    if ((what != QLatin1String("tickets") && what != QLatin1String("customers"))
        || fileName.isEmpty() || arguments.words().size() != 3)
        throw UsageError(QStringLiteral("expected import tickets FILE or import customers FILE"));
    const QByteArray bytes = readFileOrStdin(fileName);
    const auto root = open(arguments);
    const qsizetype count = what == QLatin1String("tickets")
                                ? CsvExchange::importTickets(root->database(), fileName, bytes)
                                : CsvExchange::importCustomers(root->database(), fileName, bytes);
    printObject({{QStringLiteral("imported"), what}, {QStringLiteral("rows"), count}},
                arguments.flag(QStringLiteral("json")));
    return 0;
}

int runExportCommand(const CliArguments &arguments)
{
    arguments.allowOnly({QStringLiteral("database"), QStringLiteral("user")});
    const QString what = arguments.words().value(1);
    if ((what != QLatin1String("tickets") && what != QLatin1String("customers"))
        || arguments.words().size() > 3)
        throw UsageError(
            QStringLiteral("expected export tickets [FILE] or export customers [FILE]"));
    const auto root = open(arguments);
    const QByteArray csv = what == QLatin1String("tickets")
                               ? CsvExchange::exportTickets(root->database())
                               : CsvExchange::exportCustomers(root->database());
    const QString fileName = arguments.words().value(2, QStringLiteral("-"));
    if (fileName == QLatin1String("-")) {
        std::fwrite(csv.constData(), 1, std::size_t(csv.size()), stdout);
        return 0;
    }
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
        throw InputError(fileName,
                         QString(),
                         QStringLiteral("cannot be written: %1").arg(file.errorString()));
    return 0;
}

int runWatchCommand(const CliArguments &arguments)
{
    arguments.allowOnly(
        {QStringLiteral("database"), QStringLiteral("json"), QStringLiteral("user")});
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
        std::fflush(stdout);
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
