// bench_sync: the shared-database figures, timed on real databases. A fresh PostgreSQL cluster
// (tests/testlib/pgcluster.sh) and SQLite files in a temporary folder:
//   - change seen by another client: p50 and p95 over 200 writes, on each engine;
//   - 20 writer processes x 200 updates on PostgreSQL: throughput, conflicts, none lost;
//   - importing 100 000 tickets from CSV, on each engine;
//   - loading 100 000 open tickets for the queue from SQLite.
#include "io/csv.h"
#include "storage/changefeed.h"
#include "storage/csvexchange.h"
#include "storage/database.h"
#include "storage/demodata.h"
#include "storage/sqldatabasesummary.h"
#include "storage/sqlticketrepository.h"
#include "testenvironment.h"
#include "ticketstack.h"
#include "time/clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace hourglass;

namespace {

QTemporaryDir *workDir = nullptr;

QString postgresDatabase(const QString &serverUrl, const QString &name)
{
    auto server = Database::open(DatabaseUrl::parse(serverUrl), Database::Schema::Migrate);
    QSqlQuery(server->connection()).exec(QStringLiteral("CREATE DATABASE ") + name);
    const DatabaseUrl parsed = DatabaseUrl::parse(serverUrl);
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(parsed.user(), parsed.host())
        .arg(parsed.port())
        .arg(name);
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, std::size_t(p / 100.0 * double(values.size())))];
}

void changeLatency(const QString &engine, const QString &url)
{
    // The benchmark creates its databases: it is their owner, and migrates them.
    auto writerDatabase = Database::open(DatabaseUrl::parse(url), Database::Schema::Migrate);
    if (SqlDatabaseSummary(*writerDatabase).ticketCount() == 0)
        DemoData::populate(*writerDatabase,
                           std::chrono::time_point_cast<Seconds>(std::chrono::system_clock::now()));
    // The writing client as the console is wired: its notes go through the ticket service.
    test::TicketStack writer(*writerDatabase, systemClock());
    const QList<TicketRecord> tickets = writer.repository.openTickets();
    ChangeFeed feed(writerDatabase->url()); // the other client: its own connection, GUI poll rate
    feed.start();

    std::vector<double> latencies;
    QElapsedTimer clock;
    clock.start();
    QHash<qint64, qint64> pendingByTicket;
    QObject::connect(&feed, &ChangeFeed::changed, [&](const Change &change) {
        const auto it = pendingByTicket.find(change.rowId);
        if (it == pendingByTicket.end())
            return;
        latencies.push_back(double(clock.nsecsElapsed() / 1000 - it.value()) / 1000.0);
        pendingByTicket.erase(it);
        if (latencies.size() == 200)
            QCoreApplication::quit();
    });
    int written = 0;
    QTimer writes;
    writes.setInterval(30);
    QObject::connect(&writes, &QTimer::timeout, [&] {
        if (written == 200) {
            writes.stop();
            return;
        }
        const TicketRecord &ticket = tickets.at(written % tickets.size());
        TicketAction note;
        note.kind = TicketAction::Kind::Note;
        note.ticketId = ticket.id;
        note.version = ticket.version; // a note never conflicts: any version the agent saw
        note.text = QStringLiteral("latency probe");
        // From the moment the write starts: its own commit is part of what a colleague waits for.
        pendingByTicket.insert(ticket.id, clock.nsecsElapsed() / 1000);
        writer.tickets.perform(note);
        ++written;
    });
    writes.start();
    QTimer::singleShot(60000, &QCoreApplication::quit);
    QCoreApplication::exec();
    std::printf(
        "change seen by another client, %s: %zu writes, p50 %.1f ms, p95 %.1f ms, max %.1f ms\n",
        qPrintable(engine),
        latencies.size(),
        percentile(latencies, 50),
        percentile(latencies, 95),
        percentile(latencies, 100));
}

void writers(const QString &url)
{
    auto database = Database::open(DatabaseUrl::parse(url));
    SqlTicketRepository repository(*database);
    const QList<TicketRecord> tickets = repository.openTickets().mid(0, 20);
    QStringList ids;
    QHash<qint64, int> before;
    for (const TicketRecord &ticket : tickets) {
        ids.append(QString::number(ticket.id));
        before.insert(ticket.id, ticket.version);
    }
    QElapsedTimer clock;
    clock.start();
    QList<QProcess *> processes;
    for (int w = 0; w < 20; ++w) {
        auto *process = new QProcess;
        process
            ->start(QStringLiteral(HOURGLASS_TEST_WRITER),
                    {url, QStringLiteral("bench%1").arg(w), ids.join(u','), QStringLiteral("200")});
        processes.append(process);
    }
    int accepted = 0;
    int conflicts = 0;
    QHash<qint64, int> acceptedPerTicket;
    for (QProcess *process : processes) {
        process->waitForFinished(600000);
        for (const QByteArray &line : process->readAllStandardOutput().split('\n')) {
            if (line.isEmpty())
                continue;
            const QJsonObject write = QJsonDocument::fromJson(line).object();
            if (write.value(QStringLiteral("result")).toString() == QLatin1String("accepted")) {
                ++accepted;
                ++acceptedPerTicket[write.value(QStringLiteral("ticket")).toInteger()];
            } else {
                ++conflicts;
            }
        }
        delete process;
    }
    const double seconds = double(clock.elapsed()) / 1000.0;
    int lost = 0;
    for (const TicketRecord &ticket : repository.openTickets()) {
        if (before.contains(ticket.id))
            lost += before.value(ticket.id) + acceptedPerTicket.value(ticket.id) - ticket.version;
    }
    std::printf("20 writer processes x 200 updates on 20 tickets, postgresql: %.1f s, %d accepted, "
                "%d conflicts, %.0f writes/s attempted, %d lost\n",
                seconds,
                accepted,
                conflicts,
                4000.0 / seconds,
                lost);
}

QByteArray ticketsCsv(int count, Instant now)
{
    QList<QStringList> records = {{QStringLiteral("customer"),
                                   QStringLiteral("title"),
                                   QStringLiteral("severity"),
                                   QStringLiteral("channel"),
                                   QStringLiteral("created_at")}};
    // Both customers follow the provisioning terms (demo data), whose severities these are.
    const QStringList severities = {QStringLiteral("critical"),
                                    QStringLiteral("major"),
                                    QStringLiteral("moderate"),
                                    QStringLiteral("minor")};
    for (int i = 0; i < count; ++i)
        records.append(
            {i % 2 ? QStringLiteral("Mairie de Lyon") : QStringLiteral("Oakridge Schools"),
             QStringLiteral("Imported ticket %1, with \"quotes\"").arg(i),
             severities.at(i % 4),
             QStringLiteral("phone"),
             // Over the last eight days: inside the demo customers' contracts, which started a
             // month ago or more, and never in the future.
             formatInstant(now - Seconds{i * 7LL})});
    return Csv::format(records);
}

void importTickets(const QString &engine, const QString &url, const QByteArray &csv)
{
    auto database = Database::open(DatabaseUrl::parse(url));
    test::TicketStack stack(*database, systemClock());
    QElapsedTimer clock;
    clock.start();
    const qsizetype rows = CsvExchange::importTickets(stack.tickets,
                                                      QStringLiteral("bench.csv"),
                                                      csv);
    std::printf("import of %lld tickets from CSV, %s: %.2f s\n",
                qlonglong(rows),
                qPrintable(engine),
                double(clock.elapsed()) / 1000.0);
}

void loadOpenTickets(const QString &url)
{
    auto database = Database::open(DatabaseUrl::parse(url));
    SqlTicketRepository repository(*database);
    QElapsedTimer clock;
    clock.start();
    const QList<TicketRecord> open = repository.openTickets();
    std::printf("loading %lld open tickets for the queue, sqlite: %.0f ms\n",
                qlonglong(open.size()),
                double(clock.nsecsElapsed()) / 1e6);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    workDir = &dir;
    const QString server = test::pgCluster("start", workDir->filePath(QStringLiteral("cluster")));
    const QString sqlite = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("bench.sqlite"));
    const QString postgres = postgresDatabase(server, QStringLiteral("bench"));

    changeLatency(QStringLiteral("postgresql"), postgres);
    changeLatency(QStringLiteral("sqlite"), sqlite);
    writers(postgres);

    const QByteArray csv = ticketsCsv(100000, systemClock().now() - Seconds{60});
    // Fresh databases with the demo's customers, so the import measures tickets alone.
    const QString sqliteImport = QStringLiteral("sqlite:")
                                 + dir.filePath(QStringLiteral("import.sqlite"));
    const QString postgresImport = postgresDatabase(server, QStringLiteral("import"));
    for (const QString &url : {sqliteImport, postgresImport}) {
        auto database = Database::open(DatabaseUrl::parse(url), Database::Schema::Migrate);
        DemoData::populate(*database,
                           std::chrono::time_point_cast<Seconds>(std::chrono::system_clock::now()));
    }
    importTickets(QStringLiteral("sqlite"), sqliteImport, csv);
    importTickets(QStringLiteral("postgresql"), postgresImport, csv);
    loadOpenTickets(sqliteImport);
    test::pgCluster("stop", workDir->filePath(QStringLiteral("cluster")));
    return 0;
}
