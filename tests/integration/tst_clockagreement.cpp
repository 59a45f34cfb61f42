// One answer for a clock: the queue row, the ticket pane and `hourglass-cli ticket show` say
// the same of every SLA clock state, paused-after-breach included, read well after the queue
// last evaluated it; and the same of a clock a maintenance window pauses.
#include "maintenance/maintenancewindow.h"
#include "models/ticketqueuemodel.h"
#include "sla/clockreading.h"
#include "sla/slaengine.h"
#include "storage/database.h"
#include "storage/demodata.h"
#include "testenvironment.h"
#include "ticketdetailview.h"
#include "ticketstack.h"
#include "time/businesscalendar.h"
#include "time/clock.h"
#include "time/datetext.h"

#include <date/tz.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hourglass;
using namespace std::chrono_literals;

namespace {

struct Step
{
    Seconds after; // since the ticket was opened
    TicketAction::Kind kind;
};

} // namespace

class TestClockAgreement : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyStateReadsTheSame_data();
    void everyStateReadsTheSame();
    void maintenanceMovesTheDueTimeEverywhere();

private:
    // Two customers on the same policy and tier: the same targets.
    QPair<qint64, qint64> twoCustomersOn(const QString &policy);
    // The clocks `hourglass-cli ticket show --json` reads at `at`.
    QJsonArray cliClocks(qint64 ticketId, Instant at);
    qint64 customerOn(const QString &policy, const QString &tier = QString());
    QTemporaryDir m_dir;
    QString m_url;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<test::TicketStack> m_stack;
    Instant m_next; // each case opens its ticket after the last one's events
};

void TestClockAgreement::initTestCase()
{
    test::isolateUserData();
    m_url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("clocks.sqlite"));
    m_database = Database::open(DatabaseUrl::parse(m_url), Database::Schema::Migrate);
    DemoData::populate(*m_database, test::fixedNow);
    m_clock = std::make_unique<ManualClock>(test::fixedNow);
    m_stack = std::make_unique<test::TicketStack>(*m_database,
                                                  *m_clock,
                                                  QString(),
                                                  QStringLiteral("tester"));
    m_next = test::fixedNow + 1h;
}

qint64 TestClockAgreement::customerOn(const QString &policy, const QString &tier)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT customer_id FROM contracts WHERE policy_key = ? AND "
                                 "(? = 0 OR tier = ?) ORDER BY customer_id"));
    query.addBindValue(policy);
    query.addBindValue(tier.isEmpty() ? 0 : 1);
    query.addBindValue(tier.isEmpty() ? QStringLiteral("-") : tier);
    if (!query.exec() || !query.next())
        qFatal("no customer on %s %s", qPrintable(policy), qPrintable(tier));
    return query.value(0).toLongLong();
}

void TestClockAgreement::everyStateReadsTheSame_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("tier");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QList<Step>>("steps");
    QTest::addColumn<qint64>("readAfterMinutes");
    // What the queue row's countdown and the pane say of the clock the queue shows.
    QTest::addColumn<QString>("countdown");
    QTest::addColumn<QString>("text");

    using K = TicketAction::Kind;
    const QString helpdesk = QStringLiteral("helpdesk-matrix");
    const QString p2 = QStringLiteral("p2"); // a first response within 30 minutes, 24x7
    QTest::newRow("running") << helpdesk << QString() << p2 << QList<Step>{} << qint64(10) << "20m"
                             << "running · 20m";
    QTest::newRow("breached, running")
        << helpdesk << QString() << p2 << QList<Step>{} << qint64(120) << "overdue 1h 30m"
        << "breached · overdue 1h 30m";
    QTest::newRow("paused before the breach")
        << helpdesk << QString() << p2 << QList<Step>{{10min, K::WaitOnCustomer}} << qint64(300)
        << "paused, 20m left"
        << "paused, 20m left";
    // The case that grew in the queue while the pane and the command line stood still.
    QTest::newRow("paused after the breach")
        << helpdesk << QString() << p2 << QList<Step>{{40min, K::WaitOnCustomer}} << qint64(300)
        << "paused, overdue 10m"
        << "breached · paused, overdue 10m";
    QTest::newRow("resumed after the breach")
        << helpdesk << QString() << p2
        << QList<Step>{{40min, K::WaitOnCustomer}, {100min, K::Resume}} << qint64(110)
        << "overdue 20m"
        << "breached · overdue 20m";
    QTest::newRow("met") << helpdesk << QString() << p2 << QList<Step>{{10min, K::Respond}}
                         << qint64(300) << ""
                         << "met";
    QTest::newRow("breached and stopped")
        << helpdesk << QString() << p2 << QList<Step>{{45min, K::Respond}} << qint64(300) << ""
        << "breached";
    QTest::newRow("awaiting a schedule")
        << helpdesk << QString() << QStringLiteral("p6") << QList<Step>{} << qint64(30) << ""
        << "awaiting a scheduled time";
    QTest::newRow("best effort") << QStringLiteral("cloud-tiers") << QStringLiteral("standard")
                                 << QStringLiteral("p1") << QList<Step>{} << qint64(30) << ""
                                 << "best effort";
}

void TestClockAgreement::everyStateReadsTheSame()
{
    QFETCH(QString, policy);
    QFETCH(QString, tier);
    QFETCH(QString, severity);
    QFETCH(QList<Step>, steps);
    QFETCH(qint64, readAfterMinutes);
    QFETCH(QString, countdown);
    QFETCH(QString, text);

    const Instant opened = m_next;
    m_clock->set(opened);
    const TicketRecord ticket
        = m_stack->create(customerOn(policy, tier),
                          QStringLiteral("Clock %1").arg(QTest::currentDataTag()),
                          severity);
    for (const Step &step : std::as_const(steps)) {
        m_clock->set(opened + step.after);
        QVERIFY(m_stack->act(ticket.id, step.kind));
    }
    const Instant read = opened + std::chrono::minutes{readAfterMinutes};
    m_next = read + 1h;

    // The queue: loaded when the last thing happened to the ticket, read much later, as a
    // console left open reads it.
    TicketQueueModel model(m_stack->engine, *m_clock);
    model.setTickets({*m_stack->repository.ticket(ticket.id)},
                     {m_stack->repository.timeline(ticket.id)});
    m_clock->set(read);
    const int row = model.rowOfTicket(ticket.id);
    QVERIFY(row >= 0);
    const QString queueCountdown
        = model.index(row, TicketQueueModel::RemainingColumn).data().toString();
    const QString queueDeadline
        = model.index(row, TicketQueueModel::DeadlineColumn).data().toString();
    const Metric shown = Metric(model.index(row, 0).data(TicketQueueModel::MetricRole).toInt());

    // The engine's own reading at that instant, the one piece of code all three call.
    const TicketSla sla = m_stack->engine.evaluate(m_stack->repository.timeline(ticket.id), read);
    const MetricState *metric = sla.metric(shown);
    QVERIFY(metric);
    const ClockReading reading = ClockReading::of(*metric);
    QCOMPARE(reading.countdownTextAt(read), countdown);
    QCOMPARE(reading.textAt(read), text);

    QCOMPARE(queueCountdown, countdown);
    if (countdown.isEmpty())
        QCOMPARE(queueDeadline, reading.stateTextAt(read));
    else if (reading.paused)
        QVERIFY2(queueDeadline.endsWith(reading.stateTextAt(read)), qPrintable(queueDeadline));

    // The ticket pane, at the same instant.
    TicketDetailView detail(m_stack->tickets, m_stack->commands, *m_clock);
    detail.showTicket(ticket.id);
    auto *clocks = detail.findChild<QLabel *>(QStringLiteral("detailClocks"));
    QVERIFY(clocks);
    for (const MetricState &each : sla.metrics) {
        const QString words = ClockReading::of(each).textAt(read).toHtmlEscaped();
        QVERIFY2(clocks->text().contains(QStringLiteral(">%1</span>").arg(words)),
                 qPrintable(clocks->text() + QStringLiteral(" lacks ") + words));
    }

    // hourglass-cli, at the same instant, in JSON and in text.
    const QStringList common = {QStringLiteral("--database"),
                                m_url,
                                QStringLiteral("--user"),
                                QStringLiteral("tester"),
                                QStringLiteral("ticket"),
                                QStringLiteral("show"),
                                QString::number(ticket.id),
                                QStringLiteral("--at"),
                                formatInstant(read)};
    const auto json = test::runProcess(QStringLiteral(HOURGLASS_CLI_PATH),
                                       common + QStringList{QStringLiteral("--json")});
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    const QJsonArray cliClocks
        = QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("sla")).toArray();
    QCOMPARE(cliClocks.size(), sla.metrics.size());
    for (qsizetype i = 0; i < sla.metrics.size(); ++i) {
        const ClockReading each = ClockReading::of(sla.metrics.at(i));
        const QJsonObject clock = cliClocks.at(i).toObject();
        QCOMPARE(clock.value(QStringLiteral("state")).toString(), each.stateTextAt(read));
        QCOMPARE(clock.value(QStringLiteral("countdown")).toString(), each.countdownTextAt(read));
        QCOMPARE(clock.value(QStringLiteral("text")).toString(), each.textAt(read));
        QCOMPARE(clock.value(QStringLiteral("paused")).toBool(), each.paused);
    }
    const auto plain = test::runProcess(QStringLiteral(HOURGLASS_CLI_PATH), common);
    QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
    QVERIFY2(plain.out.contains(QStringLiteral(": %1, due").arg(text)), qPrintable(plain.out));
}

QPair<qint64, qint64> TestClockAgreement::twoCustomersOn(const QString &policy)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT a.customer_id, b.customer_id FROM contracts a JOIN "
                                 "contracts b ON b.policy_key = a.policy_key AND b.tier = a.tier "
                                 "AND b.customer_id > a.customer_id WHERE a.policy_key = ? "
                                 "ORDER BY a.customer_id, b.customer_id"));
    query.addBindValue(policy);
    if (!query.exec() || !query.next())
        qFatal("no two customers on %s", qPrintable(policy));
    return {query.value(0).toLongLong(), query.value(1).toLongLong()};
}

QJsonArray TestClockAgreement::cliClocks(qint64 ticketId, Instant at)
{
    const auto json = test::runProcess(QStringLiteral(HOURGLASS_CLI_PATH),
                                       {QStringLiteral("--database"),
                                        m_url,
                                        QStringLiteral("--user"),
                                        QStringLiteral("tester"),
                                        QStringLiteral("ticket"),
                                        QStringLiteral("show"),
                                        QString::number(ticketId),
                                        QStringLiteral("--at"),
                                        formatInstant(at),
                                        QStringLiteral("--json")});
    if (json.exitCode != 0)
        qWarning("%s", qPrintable(json.err));
    return QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("sla")).toArray();
}

void TestClockAgreement::maintenanceMovesTheDueTimeEverywhere()
{
    // A P2 answered within 30 minutes, 24x7; a one-hour window from 10 minutes after the
    // opening, on a platform only the first customer subscribes to.
    const auto [affected, other] = twoCustomersOn(QStringLiteral("helpdesk-matrix"));
    const Instant opened = m_next;
    m_next = opened + 4h;
    const Instant windowFrom = opened + 10min;
    const Instant windowTo = windowFrom + 1h;
    MaintenanceWindow window;
    window.title = QStringLiteral("NUP control plane");
    window.platform = QStringLiteral("NUP");
    window.zone = QStringLiteral("Europe/Paris");
    window.start = date::locate_zone("Europe/Paris")->to_local(windowFrom);
    window.length = 1h;
    window.pausesSla = true;
    m_stack->maintenance.save(window);
    m_stack->maintenance.subscribe(affected, QStringLiteral("NUP"));
    m_stack->pauses.invalidate(); // what the change feed does in the console

    m_clock->set(opened);
    const TicketRecord paused = m_stack->create(affected, QStringLiteral("In the window"), "p2");
    const TicketRecord untouched = m_stack->create(other, QStringLiteral("Not on NUP"), "p2");

    // The due time moves by the window's business time inside the running clock: the whole
    // hour on 24x7, and not at all for the customer off the platform.
    const TicketSla before = m_stack->engine.evaluate(m_stack->repository.timeline(untouched.id),
                                                      opened);
    const MetricState *plain = before.metric(Metric::InitialResponse);
    QVERIFY(plain && plain->due && plain->counting);
    QCOMPARE(*plain->due, opened + 30min);
    const Seconds overlap = plain->counting->between(windowFrom, windowTo);
    QCOMPARE(overlap, Seconds(1h));
    const Instant movedDue = opened + 30min + overlap;

    for (const Instant read : {opened + 5min, opened + 20min}) {
        m_clock->set(read);
        // The queue, with the pauses the service hands it.
        TicketQueueModel model(m_stack->engine, *m_clock);
        model.setMaintenancePauses(m_stack->tickets.maintenancePauses());
        model.setTickets({*m_stack->repository.ticket(paused.id),
                          *m_stack->repository.ticket(untouched.id)},
                         {m_stack->repository.timeline(paused.id),
                          m_stack->repository.timeline(untouched.id)});
        const auto dueInQueue = [&](qint64 id) {
            return fromEpoch(
                model.index(model.rowOfTicket(id), 0).data(TicketQueueModel::DueRole).toLongLong());
        };
        const auto countdownInQueue = [&](qint64 id) {
            return model.index(model.rowOfTicket(id), TicketQueueModel::RemainingColumn)
                .data()
                .toString();
        };
        QCOMPARE(dueInQueue(paused.id), movedDue);
        QCOMPARE(dueInQueue(untouched.id), opened + 30min);
        const bool inWindow = read >= windowFrom;
        QCOMPARE(countdownInQueue(paused.id), inWindow ? "paused, 20m left" : "25m");
        QCOMPARE(countdownInQueue(untouched.id), inWindow ? "10m" : "25m");

        // The command line, at the same instant.
        for (const auto &[id, due, text] :
             {std::tuple{paused.id,
                         movedDue,
                         QString(inWindow ? "paused, 20m left" : "running · 25m")},
              std::tuple{untouched.id,
                         opened + 30min,
                         QString(inWindow ? "running · 10m" : "running · 25m")}}) {
            const QJsonArray clocks = cliClocks(id, read);
            QVERIFY(!clocks.isEmpty());
            const QJsonObject first = clocks.at(0).toObject();
            QCOMPARE(first.value(QStringLiteral("metric")).toString(), "initial-response");
            QCOMPARE(first.value(QStringLiteral("due")).toString(), formatInstant(due));
            QCOMPARE(first.value(QStringLiteral("text")).toString(), text);

            // The pane, at the same instant: the same words, and the due time while running.
            TicketDetailView detail(m_stack->tickets, m_stack->commands, *m_clock);
            detail.showTicket(id);
            auto *clocksLabel = detail.findChild<QLabel *>(QStringLiteral("detailClocks"));
            QVERIFY(clocksLabel);
            QVERIFY2(clocksLabel->text().contains(QStringLiteral(">%1</span>").arg(text)),
                     qPrintable(clocksLabel->text()));
            if (!text.startsWith(QLatin1String("paused")))
                QVERIFY2(clocksLabel->text().contains(
                             DateText::inZone(due, plain->counting->definition().zone)
                                 .toHtmlEscaped()),
                         qPrintable(clocksLabel->text()));
        }
    }
}

QTEST_MAIN(TestClockAgreement)
#include "tst_clockagreement.moc"
