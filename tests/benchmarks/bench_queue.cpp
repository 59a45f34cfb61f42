// bench_queue: the queue with 100 000 open tickets, timed as an agent meets it: loading and
// first paint, one countdown tick over a full screen of rows, sorting by deadline, filtering
// as the agent types, and the memory it takes.
#include "countdowndelegate.h"
#include "io/csv.h"
#include "maintenance/maintenancepauses.h"
#include "maintenance/maintenanceservice.h"
#include "models/ticketqueuefilter.h"
#include "models/ticketqueuemodel.h"
#include "sla/slaengine.h"
#include "storage/csvexchange.h"
#include "storage/database.h"
#include "storage/demodata.h"
#include "storage/policystore.h"
#include "storage/sqlmaintenancerepository.h"
#include "storage/sqlticketrepository.h"
#include "ticketstack.h"
#include "time/clock.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace hourglass;

namespace {

double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1000.0 + double(t.tv_nsec) / 1e6;
}

long residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    status.open(QIODevice::ReadOnly);
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int count = argc > 1 ? atoi(argv[1]) : 100000;
    QTemporaryDir dir;
    // A second argument keeps the database in that file and reuses it on the next run, so a
    // profiler can look at the load alone.
    const QString file = argc > 2 ? QString::fromLocal8Bit(argv[2])
                                  : dir.filePath(QStringLiteral("q.sqlite"));
    const bool importOnly = argc > 3 && qstrcmp(argv[3], "--import-only") == 0;
    if (!QFile::exists(file) && !importOnly) {
        // The import runs in a process of its own: what it leaves in this one's heap would
        // otherwise count as the queue's memory, and an agent's console never imports first.
        const int status = QProcess::execute(QCoreApplication::applicationFilePath(),
                                             {QString::number(count),
                                              file,
                                              QStringLiteral("--import-only")});
        if (status != 0)
            return 1;
    }
    if (importOnly) {
        // 100 000 open tickets over every preset policy, created over the last three weeks.
        const Instant now = std::chrono::time_point_cast<Seconds>(std::chrono::system_clock::now());
        auto database = Database::open(DatabaseUrl::sqliteFile(file), Database::Schema::Migrate);
        DemoData::populate(*database, now);
        const QStringList customers = {QStringLiteral("Northwind Logistics"),
                                       QStringLiteral("Brasserie Lumière"),
                                       QStringLiteral("Contoso Retail"),
                                       QStringLiteral("Mairie de Lyon"),
                                       QStringLiteral("Blue Harbor Insurance")};
        QList<QStringList> rows = {
            {QStringLiteral("customer"), QStringLiteral("title"), QStringLiteral("created_at")}};
        for (int i = 0; i < count; ++i)
            rows.append({customers.at(i % customers.size()),
                         QStringLiteral("Queue ticket %1").arg(i),
                         formatInstant(now - Seconds{(i * 7919LL) % (21 * 86400)})});
        // Through the ticket service, as the console's import runs: every row checked and triaged.
        test::TicketStack stack(*database, systemClock());
        CsvExchange::importTickets(stack.tickets, QStringLiteral("bench.csv"), Csv::format(rows));
        if (qEnvironmentVariableIsSet("HG_BENCH_MAINTENANCE")) {
            // The seeds' windows, all pausing SLA clocks, on the platforms of two of the five.
            QList<MaintenanceWindow> windows = stack.maintenance.installPresets();
            for (MaintenanceWindow &window : windows) {
                window.pausesSla = true;
                stack.maintenance.save(window);
            }
            const QList<qint64> ids = {stack.customers.customerNamed(customers.at(0))->id,
                                       stack.customers.customerNamed(customers.at(2))->id};
            for (const MaintenanceWindow &window : windows) {
                for (const qint64 id : ids)
                    stack.maintenance.subscribe(id, window.platform);
            }
        }
        return 0;
    }
    std::printf("queue benchmark: %d imported tickets plus the demo's open ones\n", count);

    auto database = Database::open(DatabaseUrl::sqliteFile(file));
    const long rssBefore = residentKb();
    QElapsedTimer wall;
    wall.start();
    const SlaEngine engine(PolicyStore::loadAll(*database));
    SystemClock clock;
    TicketQueueModel model(engine, clock);
    TicketQueueFilter filter;
    filter.setSourceModel(&model);
    // As the queue page does it: the clocks worked out while the tickets are still being read.
    double timelinesRead = 0;
    double clocksDone = 0;
    TicketQueueModel::PreparedClocks clocks;
    SqlTicketRepository repository(*database);
    // The maintenance pauses of each ticket's customer, read before the load as the queue page
    // reads them (none unless the database has windows and subscriptions:
    // HG_BENCH_MAINTENANCE=1 on the import adds the seeds' windows for two customers).
    SqlMaintenanceRepository maintenanceRepository(*database);
    MaintenanceService maintenance(maintenanceRepository);
    MaintenancePauses pauses(maintenance, repository, clock);
    const auto pauseTable = pauses.table();
    model.setMaintenancePauses(pauseTable);
    const double pausesRead = double(wall.nsecsElapsed()) / 1e6;
    OpenTickets open = repository.openTicketsWithTimelines([&](QList<TicketTimeline> &timelines) {
        timelinesRead = double(wall.nsecsElapsed()) / 1e6;
        clocks = model.prepareClocks(std::move(timelines), {}, pauseTable);
        clocksDone = double(wall.nsecsElapsed()) / 1e6;
    });
    const double loaded = double(wall.nsecsElapsed()) / 1e6;
    model.setTickets(std::move(open.tickets), std::move(open.timelines), std::move(clocks));
    const double evaluated = double(wall.nsecsElapsed()) / 1e6;
    filter.sort(0);
    const double sorted = double(wall.nsecsElapsed()) / 1e6;

    QTableView view;
    view.setModel(&filter);
    view.setItemDelegateForColumn(TicketQueueModel::RemainingColumn, new CountdownDelegate(&view));
    view.verticalHeader()->hide();
    view.resize(1400, 900);
    view.show();
    const QPixmap firstPaint = view.grab();
    const double painted = double(wall.nsecsElapsed()) / 1e6;
    std::printf("load and first paint: %.0f ms; %d rows\n"
                "  maintenance pauses read at %.0f ms, timelines read at %.0f ms, every SLA clock "
                "worked out at %.0f, tickets read (on the "
                "other connection) at %.0f; rows %.0f, sort %.0f, paint %.0f\n",
                painted,
                model.rowCount(),
                pausesRead,
                timelinesRead,
                clocksDone,
                loaded,
                evaluated - loaded,
                sorted - evaluated,
                painted - sorted);
    Q_UNUSED(firstPaint);

    // One tick as the queue does it: dataChanged on the visible rows' countdown cells, then
    // the paint of just those cells; and the model's part alone. CPU time, averaged.
    const int first = view.rowAt(0);
    const int last = view.rowAt(view.viewport()->height() - 1);
    const int ticks = 200;
    const auto tickVisible = [&] {
        for (int row = first; row <= last; ++row) {
            const int source = filter.mapToSource(filter.index(row, 0)).row();
            model.tick(source, source);
        }
    };
    double start = cpuMs();
    for (int t = 0; t < ticks; ++t)
        tickVisible();
    const double modelTick = (cpuMs() - start) / ticks;
    QCoreApplication::processEvents();
    start = cpuMs();
    for (int t = 0; t < ticks; ++t) {
        tickVisible();
        QCoreApplication::processEvents(); // paints the dirty cells
    }
    const double paintedTick = (cpuMs() - start) / ticks;
    std::printf(
        "one tick over %d visible rows: %.3f ms CPU in the model, %.2f ms with the repaint of "
        "those cells\n",
        last - first + 1,
        modelTick,
        paintedTick);

    // Sort by deadline, both ways, from a column sort back to urgency.
    start = cpuMs();
    QElapsedTimer sortClock;
    sortClock.start();
    filter.sort(0, Qt::DescendingOrder);
    const double sortDescending = double(sortClock.nsecsElapsed()) / 1e6;
    sortClock.restart();
    filter.sort(0, Qt::AscendingOrder);
    const double sortAscending = double(sortClock.nsecsElapsed()) / 1e6;
    std::printf("sort by deadline: %.0f ms descending, %.0f ms ascending\n",
                sortDescending,
                sortAscending);

    // Filter as you type: each keystroke of a search, then clearing it.
    double worst = 0;
    QString typed;
    for (const QChar c : QStringLiteral("ticket 4242")) {
        typed += c;
        QElapsedTimer key;
        key.start();
        filter.setSearch(typed);
        worst = std::max(worst, double(key.nsecsElapsed()) / 1e6);
        if (qEnvironmentVariableIsSet("HG_BENCH_KEYS")) // each keystroke on its own
            std::printf("  \"%s\": %.1f ms, %d rows\n",
                        qPrintable(typed),
                        double(key.nsecsElapsed()) / 1e6,
                        filter.rowCount());
    }
    const int matches = filter.rowCount();
    QElapsedTimer clear;
    clear.start();
    filter.setSearch(QString());
    worst = std::max(worst, double(clear.nsecsElapsed()) / 1e6);
    std::printf(
        "filter as you type \"ticket 4242\": worst keystroke %.0f ms (%d matches at the end)\n",
        worst,
        matches);
    std::printf("resident memory: %.0f MB for the whole process, %.0f MB of it since the load "
                "began\n",
                double(residentKb()) / 1024.0,
                double(residentKb() - rssBefore) / 1024.0);
    return 0;
}
