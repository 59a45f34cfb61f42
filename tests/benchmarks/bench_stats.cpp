// bench_stats: the SLA dashboard's figures over about 1 000 000 ticket events, on a SQLite file
// and on a throwaway PostgreSQL cluster (tests/testlib/pgcluster.sh): every ticket and its
// timeline read, every clock worked out, attainment by every dimension, trends, backlog and
// forecast; then one ticket changed and the figures refreshed from it alone. A timed run:
//   bench_stats [TICKETS] [sqlite|postgresql|both]
#include "io/inputerror.h"
#include "stats/slastatistics.h"
#include "storage/database.h"
#include "storage/demodata.h"
#include "testenvironment.h"
#include "ticketstack.h"
#include "time/clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace hourglass;

namespace {

QTemporaryDir *workDir = nullptr;

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Tickets on the demo's customers over the last 120 days, each answered, most waiting on the
// customer once and resolved: about five events a ticket.
void fill(test::TicketStack &stack, int count, Instant now)
{
    QStringList customers;
    for (const Customer &c : stack.customers.customers()) {
        if (c.contractAt(now - date::days{120}) && c.contractAt(now))
            customers.append(c.name);
    }
    if (customers.isEmpty())
        qFatal("no demo customer has had a contract for 120 days");
    QRandomGenerator random(15);
    const int batch = 20000;
    for (int done = 0; done < count; done += batch) {
        QList<TicketRequest> requests;
        for (int i = done; i < std::min(count, done + batch); ++i) {
            TicketRequest r;
            r.customer = customers.at(i % customers.size());
            r.title = QStringLiteral("Dashboard ticket %1").arg(i);
            const Instant opened = now - Seconds{qint64(random.bounded(120 * 86400))};
            r.createdAt = opened;
            Instant t = opened + Seconds{qint64(300 + random.bounded(6 * 3600))};
            const auto add = [&](TicketEvent::Kind kind, const QString &value = QString()) {
                if (t >= now)
                    return;
                TicketEvent e;
                e.kind = kind;
                e.at = t;
                e.value = value;
                r.history.append(e);
            };
            add(TicketEvent::Kind::Responded);
            if (random.bounded(10) < 8) {
                t += Seconds{qint64(600 + random.bounded(8 * 3600))};
                add(TicketEvent::Kind::StatusChanged, QStringLiteral("waiting-customer"));
                t += Seconds{qint64(600 + random.bounded(24 * 3600))};
                add(TicketEvent::Kind::CustomerReplied);
            }
            if (random.bounded(10) < 9) {
                t += Seconds{qint64(600 + random.bounded(48 * 3600))};
                add(TicketEvent::Kind::Resolved);
            }
            requests.append(r);
        }
        stack.tickets.createMany(requests, [](qsizetype, const InputError &e) { throw e; });
    }
}

void run(const QString &engine, const QString &url, int count)
{
    auto database = Database::open(DatabaseUrl::parse(url), Database::Schema::Migrate);
    const Instant now = std::chrono::time_point_cast<Seconds>(std::chrono::system_clock::now());
    DemoData::populate(*database, now);
    ManualClock clock(now);
    {
        test::TicketStack stack(*database, clock);
        QElapsedTimer filling;
        filling.start();
        fill(stack, count, now);
        std::printf("%s: %d tickets written in %.0f s\n",
                    qPrintable(engine),
                    count,
                    ms(filling) / 1000);
    }
    QSqlQuery q(database->connection());
    q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM tickets), (SELECT COUNT(*) FROM "
                          "ticket_events)"));
    q.next();
    const qint64 tickets = q.value(0).toLongLong();
    const qint64 events = q.value(1).toLongLong();
    q.finish();
    if (engine == QLatin1String("postgresql"))
        QSqlQuery(database->connection()).exec(QStringLiteral("VACUUM ANALYZE"));

    test::TicketStack stack(*database, clock);
    std::vector<double> whole, reads;
    StatisticsReport report;
    std::unique_ptr<SlaStatistics> stats;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer timer;
        timer.start();
        stats = std::make_unique<SlaStatistics>(stack.engine);
        stats->load(stack.tickets, now);
        reads.push_back(ms(timer));
        for (const AttainmentBy by : {AttainmentBy::Urgency,
                                      AttainmentBy::Severity,
                                      AttainmentBy::Tier,
                                      AttainmentBy::Metric,
                                      AttainmentBy::Customer,
                                      AttainmentBy::Month}) {
            StatisticsQuery query;
            query.now = now;
            query.by = by;
            report = stats->report(query);
        }
        whole.push_back(ms(timer));
    }
    std::printf("%s: %lld tickets, %lld events: the whole dashboard %.0f ms (median of 5; "
                "reading and every clock %.0f ms, six attainment reports with trends, backlog "
                "and forecast %.0f ms); %d open, %d clocks breach within 8 business hours\n",
                qPrintable(engine),
                tickets,
                events,
                median(whole),
                median(reads),
                median(whole) - median(reads),
                report.openTickets,
                report.forecastCounts.isEmpty() ? 0 : report.forecastCounts.constLast());

    // One change, as the change feed reports it: that ticket read again, the figures summed.
    q = QSqlQuery(database->connection());
    q.exec(QStringLiteral("SELECT id FROM tickets WHERE status <> 'resolved' ORDER BY id LIMIT "
                          "50"));
    QList<qint64> open;
    while (q.next())
        open.append(q.value(0).toLongLong());
    q.finish();
    std::vector<double> refreshes;
    for (const qint64 id : open) {
        stack.act(id, TicketAction::Kind::Note, QString(), QStringLiteral("Looked at it"));
        QElapsedTimer timer;
        timer.start();
        const TicketRecord ticket = *stack.repository.ticket(id);
        const TicketTimeline timeline = stack.repository.timeline(id);
        stats->setTicket(ticket,
                         timeline,
                         now,
                         stack.tickets.maintenancePauses()->forCustomer(ticket.customerId));
        StatisticsQuery query;
        query.now = now;
        report = stats->report(query);
        refreshes.push_back(ms(timer));
    }
    std::printf("%s: refresh after one change %.1f ms (median of %zu; the ticket read again and "
                "the whole report summed)\n",
                qPrintable(engine),
                median(refreshes),
                refreshes.size());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? atoi(argv[1]) : 200000;
    const QString which = argc > 2 ? QString::fromLatin1(argv[2]) : QStringLiteral("both");
    QTemporaryDir dir;
    workDir = &dir;
    if (which != QLatin1String("postgresql"))
        run(QStringLiteral("sqlite"),
            QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("stats.sqlite")),
            count);
    if (which != QLatin1String("sqlite")) {
        const QString server = test::pgCluster("start",
                                               workDir->filePath(QStringLiteral("cluster")));
        run(QStringLiteral("postgresql"), server, count);
        test::pgCluster("stop", workDir->filePath(QStringLiteral("cluster")));
    }
    return 0;
}
