// The queue model and its proxy on the demo data, at fixed instants: order, filters, countdown
// roles, the tick's reach, timed re-evaluation and live updates.
#include "models/slaalerts.h"
#include "models/ticketqueuefilter.h"
#include "models/ticketqueuemodel.h"
#include "sla/presetpolicies.h"
#include "sla/slaengine.h"
#include "storage/demodata.h"
#include "storage/sqlticketrepository.h"
#include "storage/ticketstore.h"
#include "testenvironment.h"
#include "ticketstack.h"
#include "time/clock.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace hourglass;
using namespace std::chrono_literals;

class TestTicketQueueModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void passesModelTester();
    void mostUrgentFirst();
    void filters();
    void namesNotIds();
    void aTicketOnABetaFeatureSaysNoSla();
    void severitiesByUrgencyAcrossPolicies();
    void sortsByColumn();
    void countdownFollowsTheClock();
    void tickTouchesOnlyTheGivenRows();
    void reEvaluatesAtTheNextChange();
    void liveUpdatesKeepOtherRows();
    void proxyFollowsLiveChanges();
    void typingMatchesAFreshSearch();
    void clocksWorkedOutAheadMatch();
    void proxyOutlivesItsSource();
    void alertsOnceForMineAndUnassigned();

private:
    // An action through the ticket service on the copy `ticket` (its version); the ticket saved.
    TicketRecord perform(const TicketRecord &ticket,
                         TicketAction::Kind kind,
                         const QString &value = QString());

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SlaEngine> m_engine;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<TicketQueueModel> m_model;
    std::unique_ptr<TicketQueueFilter> m_filter;
    // Writes as the console makes them, stamped by m_clock.
    std::unique_ptr<test::TicketStack> m_stack;
};

void TestTicketQueueModel::initTestCase()
{
    test::isolateUserData();
    m_database = test::openTemporarySqlite(m_dir);
    DemoData::populate(*m_database, test::fixedNow);
    m_engine = std::make_unique<SlaEngine>(PresetPolicies::load());
}

void TestTicketQueueModel::init()
{
    m_stack.reset();
    m_clock = std::make_unique<ManualClock>(test::fixedNow);
    m_stack = std::make_unique<test::TicketStack>(*m_database,
                                                  *m_clock,
                                                  QString(),
                                                  QStringLiteral("jokafor"));
    m_filter.reset();
    m_model = std::make_unique<TicketQueueModel>(*m_engine, *m_clock);
    SqlTicketRepository repository(*m_database);
    m_model->setTickets(repository.openTickets(),
                        TicketStore::loadOpenTimelines(m_database->connection()));
    m_filter = std::make_unique<TicketQueueFilter>();
    m_filter->setSourceModel(m_model.get());
    m_filter->sort(0);
}

TicketRecord TestTicketQueueModel::perform(const TicketRecord &ticket,
                                           TicketAction::Kind kind,
                                           const QString &value)
{
    TicketAction action;
    action.kind = kind;
    action.ticketId = ticket.id;
    action.version = ticket.version;
    action.value = value;
    // An exception would reach QtTest without its message: say what was refused.
    try {
        if (!m_stack->tickets.perform(action))
            qFatal("ticket %lld: the action was queued, not saved", ticket.id);
    } catch (const std::exception &error) {
        qFatal("ticket %lld: %s: %s", ticket.id, qPrintable(TicketAction::key(kind)), error.what());
    }
    return *m_stack->repository.ticket(ticket.id);
}

void TestTicketQueueModel::passesModelTester()
{
    QAbstractItemModelTester modelTester(m_model.get(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(m_filter.get(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_filter->setSearch(QStringLiteral("login"));
    m_filter->setSearch(QString());
    m_model->tick(0, 10);
    QCOMPARE(m_model->rowCount(),
             int(test::countRows(*m_database,
                                 QStringLiteral("tickets"),
                                 QStringLiteral("status <> 'resolved'"))));
}

void TestTicketQueueModel::mostUrgentFirst()
{
    // Breached first (most overdue first), then running by due time, then paused (breached or
    // not: nothing is owed before the customer answers), then clockless.
    QList<int> classes;
    qint64 previousDue = std::numeric_limits<qint64>::min();
    bool sawBreached = false;
    for (int r = 0; r < m_filter->rowCount(); ++r) {
        const QModelIndex index = m_filter->index(r, 0);
        const auto state = ClockState(index.data(TicketQueueModel::ClockStateRole).toInt());
        const bool paused = m_model->clockAt(m_filter->mapToSource(index).row())->paused;
        const int cls = state == ClockState::Paused || (state == ClockState::Breached && paused) ? 1
                        : (state == ClockState::Running || state == ClockState::Breached)        ? 0
                                                                                          : 2;
        if (!classes.isEmpty())
            QVERIFY2(cls >= classes.last(), qPrintable(QStringLiteral("row %1").arg(r)));
        classes.append(cls);
        if (cls == 0) {
            const qint64 due = index.data(TicketQueueModel::DueRole).toLongLong();
            QVERIFY2(due >= previousDue,
                     qPrintable(QStringLiteral("row %1: due %2 after %3, state %4, urgency %5")
                                    .arg(r)
                                    .arg(due)
                                    .arg(previousDue)
                                    .arg(int(state))
                                    .arg(index.data(TicketQueueModel::UrgencyRole).toLongLong())));
            previousDue = due;
            // Every breached clock comes before every running one.
            if (state == ClockState::Breached)
                QVERIFY(
                    !sawBreached || classes.size() == 1
                    || ClockState(
                           m_filter->index(r - 1, 0).data(TicketQueueModel::ClockStateRole).toInt())
                           == ClockState::Breached);
            sawBreached = sawBreached || state == ClockState::Breached;
        }
    }
    QCOMPARE(ClockState(m_filter->index(0, 0).data(TicketQueueModel::ClockStateRole).toInt()),
             ClockState::Breached);
    QVERIFY(classes.contains(1));
    QVERIFY(classes.contains(2));
}

void TestTicketQueueModel::filters()
{
    const int all = m_filter->rowCount();
    m_filter->setCurrentUser(QStringLiteral("mlefebvre"));
    m_filter->setScope(TicketQueueFilter::Scope::Mine);
    QVERIFY(m_filter->rowCount() > 0 && m_filter->rowCount() < all);
    for (int r = 0; r < m_filter->rowCount(); ++r)
        QCOMPARE(m_filter->index(r, 0).data(TicketQueueModel::AssigneeRole).toString(),
                 QStringLiteral("mlefebvre"));
    m_filter->setScope(TicketQueueFilter::Scope::Unassigned);
    for (int r = 0; r < m_filter->rowCount(); ++r)
        QVERIFY(m_filter->index(r, 0).data(TicketQueueModel::AssigneeRole).toString().isEmpty());
    m_filter->setScope(TicketQueueFilter::Scope::All);

    m_filter->setLanguage(QStringLiteral("fr"));
    QVERIFY(m_filter->rowCount() > 0);
    for (int r = 0; r < m_filter->rowCount(); ++r)
        QCOMPARE(m_filter->index(r, 0).data(TicketQueueModel::LanguageRole).toString(),
                 QStringLiteral("fr"));
    m_filter->setLanguage(QString());

    m_filter->setOnlyAtRiskOrBreached(true);
    QVERIFY(m_filter->rowCount() > 0);
    for (int r = 0; r < m_filter->rowCount(); ++r) {
        const QModelIndex index = m_filter->index(r, 0);
        QVERIFY(index.data(TicketQueueModel::AtRiskRole).toBool()
                || index.data(TicketQueueModel::BreachedRole).toBool());
    }
    m_filter->setOnlyAtRiskOrBreached(false);

    // Search: every word, over id, title and customer, any case.
    m_filter->setSearch(QStringLiteral("CONTOSO dashboard"));
    for (int r = 0; r < m_filter->rowCount(); ++r) {
        const QString text = m_filter->index(r, 0).data(TicketQueueModel::SearchTextRole).toString();
        QVERIFY(text.contains(QStringLiteral("contoso"))
                && text.contains(QStringLiteral("dashboard")));
    }
    const qint64 id = m_model->ticketAt(5)->id;
    m_filter->setSearch(QString::number(id));
    QVERIFY(m_filter->rowCount() >= 1);
    m_filter->setSearch(QString());
    m_filter->setSeverity(QStringLiteral("p1"));
    m_filter->setTier(QStringLiteral("gold"));
    for (int r = 0; r < m_filter->rowCount(); ++r)
        QCOMPARE(m_filter->index(r, 0).data(TicketQueueModel::TierRole).toString(),
                 QStringLiteral("gold"));
    m_filter->setSeverity(QString());
    m_filter->setTier(QString());
    QCOMPARE(m_filter->rowCount(), all);
}

void TestTicketQueueModel::aTicketOnABetaFeatureSaysNoSla()
{
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT c.id FROM customers c JOIN contracts k ON "
                                      "k.customer_id = c.id WHERE k.tier = 'gold' LIMIT 1")));
    QVERIFY(query.next());
    TicketRequest request;
    request.customerId = query.value(0).toLongLong();
    request.title = QStringLiteral("Kubernetes node pool stuck");
    request.severity = QStringLiteral("p1");
    request.productArea = QStringLiteral("kubernetes");
    const TicketRecord beta = m_stack->tickets.create(request);
    request.productArea = QStringLiteral("compute");
    const TicketRecord compute = m_stack->tickets.create(request);
    SqlTicketRepository repository(*m_database);
    m_model->setTickets(repository.openTickets(),
                        TicketStore::loadOpenTimelines(m_database->connection()));
    const int betaRow = m_model->rowOfTicket(beta.id);
    const int computeRow = m_model->rowOfTicket(compute.id);
    QVERIFY(betaRow >= 0 && computeRow >= 0);
    QCOMPARE(m_model->index(betaRow, TicketQueueModel::DeadlineColumn).data().toString(),
             QStringLiteral("no SLA (beta)"));
    QVERIFY(m_model->clockAt(betaRow)->beta);
    QVERIFY(!m_model->clockAt(betaRow)->hasClock());
    QCOMPARE(m_model->index(betaRow, TicketQueueModel::RemainingColumn).data().toString(),
             QString());
    // The same P1 on a feature out of beta counts down Gold's 4 h.
    QVERIFY(m_model->clockAt(computeRow)->hasClock());
    QCOMPARE(m_model->clockAt(computeRow)->due,
             std::optional(compute.createdAt + Seconds{4 * 3600}));
}

void TestTicketQueueModel::namesNotIds()
{
    QAbstractItemModelTester modelTester(m_model.get(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(m_filter.get(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Without a translation installed the names are English.
    QCOMPARE(m_model->language(), QStringLiteral("en"));
    const QList<Policy> presets = PresetPolicies::load();
    const auto policyOf = [&](const QString &id) -> const Policy & {
        for (const Policy &policy : presets) {
            if (policy.id == id)
                return policy;
        }
        qFatal("no preset %s", qPrintable(id));
    };
    const auto cell = [this](int row, int column) {
        return m_model->index(row, column).data().toString();
    };
    QSignalSpy headers(m_model.get(), &QAbstractItemModel::headerDataChanged);
    for (const QString language : {QStringLiteral("en"), QStringLiteral("fr")}) {
        m_model->setLanguage(language);
        QCOMPARE(m_model->language(), language);
        int frenchDiffers = 0;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const QModelIndex row = m_model->index(r, 0);
            const Policy &policy = policyOf(row.data(TicketQueueModel::PolicyRole).toString());
            const QString severity = row.data(TicketQueueModel::SeverityRole).toString();
            const QString tier = row.data(TicketQueueModel::TierRole).toString();
            const QString channel = row.data(TicketQueueModel::ChannelRole).toString();
            const NamedItem *severityItem = policy.severity(severity);
            QVERIFY(severityItem);
            // The name in the language, never the id; the raw key stays in its role.
            QCOMPARE(cell(r, TicketQueueModel::SeverityColumn),
                     language == QLatin1String("fr") ? severityItem->nameFr : severityItem->name);
            QCOMPARE(cell(r, TicketQueueModel::TierColumn), policy.tierName(tier, language));
            QCOMPARE(cell(r, TicketQueueModel::ChannelColumn),
                     policy.channelName(channel, language));
            QCOMPARE(row.data(TicketQueueModel::SeverityUrgencyRole).toInt(),
                     policy.urgencyOf(severity));
            frenchDiffers += policy.tierName(tier, QStringLiteral("fr"))
                             != policy.tierName(tier, QStringLiteral("en"));
        }
        QVERIFY(frenchDiffers > 0); // the demo has tiers whose French name differs
    }
    QCOMPARE(headers.count(), 1); // once, into French
    // "Not urgent" of the after-hours desk, in both languages.
    int row = -1;
    for (int r = 0; r < m_model->rowCount() && row < 0; ++r) {
        const QModelIndex index = m_model->index(r, 0);
        if (index.data(TicketQueueModel::PolicyRole) == QStringLiteral("afterhours-desk")
            && index.data(TicketQueueModel::SeverityRole) == QStringLiteral("not-urgent"))
            row = r;
    }
    QVERIFY(row >= 0);
    QCOMPARE(cell(row, TicketQueueModel::SeverityColumn), QStringLiteral("Non urgent"));
    m_model->setLanguage(QStringLiteral("en"));
    QCOMPARE(cell(row, TicketQueueModel::SeverityColumn), QStringLiteral("Not urgent"));

    // Assignees by their display names once the model knows people; logins before.
    int assigned = -1;
    for (int r = 0; r < m_model->rowCount() && assigned < 0; ++r) {
        if (!m_model->index(r, 0).data(TicketQueueModel::AssigneeRole).toString().isEmpty())
            assigned = r;
    }
    QVERIFY(assigned >= 0);
    const QString login = m_model->index(assigned, 0).data(TicketQueueModel::AssigneeRole).toString();
    QCOMPARE(cell(assigned, TicketQueueModel::AssigneeColumn), login);
    const QList<Person> people = m_stack->tickets.people();
    const auto person = std::find_if(people.begin(), people.end(), [&](const Person &p) {
        return p.login == login;
    });
    QVERIFY(person != people.end());
    QVERIFY(person->displayName != login);
    m_model->setPeople(people);
    QCOMPARE(cell(assigned, TicketQueueModel::AssigneeColumn), person->displayName);
    QCOMPARE(m_model->index(assigned, 0).data(TicketQueueModel::AssigneeRole).toString(), login);
    QCOMPARE(m_model->index(assigned, TicketQueueModel::AssigneeColumn).data(Qt::ToolTipRole),
             QVariant(login));
    // The filters still work on raw keys.
    m_filter->setScope(TicketQueueFilter::Scope::Mine);
    m_filter->setCurrentUser(login);
    QVERIFY(m_filter->rowCount() > 0);
    m_filter->setScope(TicketQueueFilter::Scope::All);
}

void TestTicketQueueModel::severitiesByUrgencyAcrossPolicies()
{
    QAbstractItemModelTester proxyTester(m_filter.get(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int all = m_filter->rowCount();
    // One entry of the filter: every severity of rank 1, whichever policy it belongs to.
    QSet<TicketQueueFilter::PolicyItem> rankOne;
    QSet<QString> policies;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex index = m_model->index(r, 0);
        if (index.data(TicketQueueModel::SeverityUrgencyRole).toInt() == 1) {
            rankOne.insert({index.data(TicketQueueModel::PolicyRole).toString(),
                            index.data(TicketQueueModel::SeverityRole).toString()});
            policies.insert(index.data(TicketQueueModel::PolicyRole).toString());
        }
    }
    QVERIFY(policies.size() >= 3); // a mixed queue
    m_filter->setSeverities(rankOne);
    QVERIFY(m_filter->rowCount() > 0 && m_filter->rowCount() < all);
    for (int r = 0; r < m_filter->rowCount(); ++r)
        QCOMPARE(m_filter->index(r, 0).data(TicketQueueModel::SeverityUrgencyRole).toInt(), 1);
    // "critical" is rank 1 at the after-hours desk but a pair names one policy's only.
    m_filter->setSeverities({{QStringLiteral("afterhours-desk"), QStringLiteral("critical")}});
    for (int r = 0; r < m_filter->rowCount(); ++r)
        QCOMPARE(m_filter->index(r, 0).data(TicketQueueModel::PolicyRole).toString(),
                 QStringLiteral("afterhours-desk"));
    m_filter->setSeverities({});
    m_filter->setTiers({{QStringLiteral("cloud-tiers"), QStringLiteral("gold")}});
    QVERIFY(m_filter->rowCount() > 0);
    for (int r = 0; r < m_filter->rowCount(); ++r)
        QCOMPARE(m_filter->index(r, 0).data(TicketQueueModel::TierRole).toString(),
                 QStringLiteral("gold"));
    m_filter->setTiers({});
    QCOMPARE(m_filter->rowCount(), all);

    // Sorted by the severity column: by urgency rank across policies, most urgent first.
    m_filter->setSortColumn(TicketQueueModel::SeverityColumn, Qt::AscendingOrder);
    int previous = 0;
    for (int r = 0; r < m_filter->rowCount(); ++r) {
        const int rank = m_filter->index(r, 0).data(TicketQueueModel::SeverityUrgencyRole).toInt();
        QVERIFY2(rank >= previous, qPrintable(QStringLiteral("row %1").arg(r)));
        previous = rank;
    }
    m_filter->setSortColumn(TicketQueueModel::SeverityColumn, Qt::DescendingOrder);
    QCOMPARE(m_filter->index(0, 0).data(TicketQueueModel::SeverityUrgencyRole).toInt(), previous);
    m_filter->setSortColumn(-1);
}

void TestTicketQueueModel::sortsByColumn()
{
    QAbstractItemModelTester proxyTester(m_filter.get(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int rows = m_filter->rowCount();
    QVERIFY(rows > 10);
    const auto column = [this](int row, int column) {
        return m_filter->index(row, column).data().toString();
    };
    m_filter->setSortColumn(TicketQueueModel::CustomerColumn, Qt::AscendingOrder);
    QCOMPARE(m_filter->sortColumn(), int(TicketQueueModel::CustomerColumn));
    QCOMPARE(m_filter->rowCount(), rows);
    for (int r = 1; r < rows; ++r)
        QVERIFY(column(r - 1, TicketQueueModel::CustomerColumn)
                    .compare(column(r, TicketQueueModel::CustomerColumn), Qt::CaseInsensitive)
                <= 0);
    // Within one customer, most urgent first.
    for (int r = 1; r < rows; ++r) {
        if (column(r - 1, TicketQueueModel::CustomerColumn)
            == column(r, TicketQueueModel::CustomerColumn))
            QVERIFY(m_filter->index(r - 1, 0).data(TicketQueueModel::UrgencyRole).toLongLong()
                    <= m_filter->index(r, 0).data(TicketQueueModel::UrgencyRole).toLongLong());
    }
    m_filter->setSortColumn(TicketQueueModel::IdColumn, Qt::DescendingOrder);
    for (int r = 1; r < rows; ++r)
        QVERIFY(m_filter->index(r - 1, 0).data(TicketQueueModel::TicketIdRole).toLongLong()
                > m_filter->index(r, 0).data(TicketQueueModel::TicketIdRole).toLongLong());
    // The countdown's column is the default order: by urgency.
    m_filter->setSortColumn(TicketQueueModel::RemainingColumn, Qt::AscendingOrder);
    QCOMPARE(m_filter->sortColumn(), -1);
    for (int r = 1; r < rows; ++r)
        QVERIFY(m_filter->index(r - 1, 0).data(TicketQueueModel::UrgencyRole).toLongLong()
                <= m_filter->index(r, 0).data(TicketQueueModel::UrgencyRole).toLongLong());
}

void TestTicketQueueModel::countdownFollowsTheClock()
{
    // A running clock on the 24x7 calendar loses exactly the wall time that passes.
    int row = -1;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QueueClock *clock = m_model->clockAt(r);
        if (clock->state == ClockState::Running
            && clock->budget
                   == clock->counting->between(test::fixedNow, test::fixedNow + clock->budget)
            && clock->budget > 30min) {
            row = r;
            break;
        }
    }
    QVERIFY(row >= 0);
    const QModelIndex remaining = m_model->index(row, TicketQueueModel::RemainingColumn);
    const qint64 before = remaining.data(TicketQueueModel::RemainingSecondsRole).toLongLong();
    m_clock->advance(10min);
    QCOMPARE(remaining.data(TicketQueueModel::RemainingSecondsRole).toLongLong(), before - 600);
    QCOMPARE(remaining.data().toString(), TicketQueueModel::formatRemaining(before - 600));
    QCOMPARE(TicketQueueModel::formatRemaining(-720), QStringLiteral("overdue 12m"));
    QCOMPARE(TicketQueueModel::formatRemaining(8040), QStringLiteral("2h 14m"));
    QCOMPARE(TicketQueueModel::formatRemaining(273600), QStringLiteral("3d 4h"));
}

void TestTicketQueueModel::tickTouchesOnlyTheGivenRows()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->tick(10, 39);
    QCOMPARE(changed.count(), 1);
    const QModelIndex topLeft = changed.first().at(0).toModelIndex();
    const QModelIndex bottomRight = changed.first().at(1).toModelIndex();
    QCOMPARE(topLeft.row(), 10);
    QCOMPARE(bottomRight.row(), 39);
    QCOMPARE(topLeft.column(), int(TicketQueueModel::RemainingColumn));
    QCOMPARE(bottomRight.column(), int(TicketQueueModel::RemainingColumn));
    // The sort key is not among the roles: a tick never re-sorts.
    QVERIFY(!changed.first().at(2).value<QList<int>>().contains(TicketQueueModel::UrgencyRole));
    changed.clear();
    m_model->tick(10, 39, TicketQueueModel::Cells::CountdownAndAge);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.last().at(0).toModelIndex().column(), int(TicketQueueModel::AgeColumn));
}

void TestTicketQueueModel::reEvaluatesAtTheNextChange()
{
    const auto next = m_model->nextChange();
    QVERIFY(next);
    QVERIFY(*next > test::fixedNow);
    // Which tickets change then, and what their warning level or state was before.
    QHash<qint64, QPair<int, int>> before;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QueueClock *clock = m_model->clockAt(r);
        if (clock->nextChange && *clock->nextChange == *next)
            before.insert(m_model->ticketAt(r)->id, {clock->warningLevel, int(clock->state)});
    }
    QVERIFY(!before.isEmpty());
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_clock->set(*next - 1s);
    m_model->advance();
    QCOMPARE(changed.count(), 0); // nothing is due yet
    m_clock->set(*next);
    m_model->advance();
    QCOMPARE(changed.count(), before.size());
    for (auto it = before.begin(); it != before.end(); ++it) {
        const QueueClock *clock = m_model->clockAt(m_model->rowOfTicket(it.key()));
        QVERIFY(clock->warningLevel > it.value().first || int(clock->state) != it.value().second);
    }
    QVERIFY(!m_model->nextChange() || *m_model->nextChange() > *next);
}

void TestTicketQueueModel::liveUpdatesKeepOtherRows()
{
    SqlTicketRepository &repository = m_stack->repository;
    const int rows = m_model->rowCount();
    const TicketRecord ticket = *m_model->ticketAt(3);
    const TicketRecord updated = perform(ticket,
                                         TicketAction::Kind::Assign,
                                         QStringLiteral("akowalski"));
    QCOMPARE(updated.version, ticket.version + 1);
    m_model->upsertTicket(updated, repository.timeline(ticket.id));
    QCOMPARE(m_model->rowCount(), rows);
    QCOMPARE(m_model->rowOfTicket(ticket.id), 3);
    QCOMPARE(m_model->index(3, TicketQueueModel::AssigneeColumn).data().toString(),
             QStringLiteral("akowalski"));

    const TicketRecord resolved = perform(updated, TicketAction::Kind::Resolve);
    QCOMPARE(resolved.status, TicketStatus::Resolved);
    const qint64 neighbour = m_model->ticketAt(4)->id;
    m_model->upsertTicket(resolved, repository.timeline(ticket.id));
    QCOMPARE(m_model->rowCount(), rows - 1);
    QCOMPARE(m_model->rowOfTicket(ticket.id), -1);
    QCOMPARE(m_model->rowOfTicket(neighbour), 3);

    const TicketRecord created = m_stack->create(ticket.customerId,
                                                 QStringLiteral("Brand new"),
                                                 ticket.severity,
                                                 ticket.channel);
    m_model->upsertTicket(created, repository.timeline(created.id));
    QCOMPARE(m_model->rowCount(), rows);
    QCOMPARE(m_model->ticketAt(rows - 1)->title, QStringLiteral("Brand new"));
}

// The proxy against a plain recomputation after every change: the rows a filter lets through,
// sorted by urgency then id, with the selection following its ticket.
void TestTicketQueueModel::proxyFollowsLiveChanges()
{
    QAbstractItemModelTester tester(m_filter.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    SqlTicketRepository &repository = m_stack->repository;
    const QString agent = QStringLiteral("mlefebvre");
    m_filter->setCurrentUser(agent);
    m_filter->setScope(TicketQueueFilter::Scope::Mine);

    const auto expectedOrder = [&](Qt::SortOrder order) {
        std::vector<std::pair<qint64, qint64>> keys;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->ticketAt(row)->assignee == agent)
                keys.emplace_back(m_model->urgencyAt(row), m_model->idAt(row));
        }
        std::sort(keys.begin(), keys.end());
        if (order == Qt::DescendingOrder)
            std::reverse(keys.begin(), keys.end());
        QList<qint64> ids;
        for (const auto &[urgency, id] : keys)
            ids.append(id);
        return ids;
    };
    const auto shownOrder = [&] {
        QList<qint64> ids;
        for (int row = 0; row < m_filter->rowCount(); ++row)
            ids.append(m_filter->index(row, 0).data(TicketQueueModel::TicketIdRole).toLongLong());
        return ids;
    };
    const auto rowOf = [&](qint64 id) {
        return shownOrder().indexOf(id);
    };
    QCOMPARE(shownOrder(), expectedOrder(Qt::AscendingOrder));
    QVERIFY(m_filter->rowCount() > 3);

    // A helpdesk-matrix ticket of someone else, raised to P1: it joins "mine" when assigned.
    qint64 raised = 0;
    for (int row = 0; row < m_model->rowCount() && !raised; ++row) {
        const TicketRecord &t = *m_model->ticketAt(row);
        if (t.policyId == QLatin1String("helpdesk-matrix") && t.assignee != agent
            && (t.severity == QLatin1String("p3") || t.severity == QLatin1String("p4"))
            && m_model->clockAt(row)->state == ClockState::Running)
            raised = t.id;
    }
    QVERIFY(raised);
    const QPersistentModelIndex selected = m_filter->index(m_filter->rowCount() - 1, 2);
    const qint64 selectedId = selected.data(TicketQueueModel::TicketIdRole).toLongLong();
    const int before = m_filter->rowCount();

    // Joining and leaving the rows shown are row insertions and removals, which a selection
    // model follows; moves among them are layout changes.
    QSignalSpy inserted(m_filter.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_filter.get(), &QAbstractItemModel::rowsRemoved);
    TicketRecord ticket = *repository.ticket(raised);
    ticket = perform(ticket, TicketAction::Kind::Assign, agent);
    m_model->upsertTicket(ticket, repository.timeline(ticket.id));
    QCOMPARE(m_filter->rowCount(), before + 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), rowOf(raised));
    QCOMPARE(shownOrder(), expectedOrder(Qt::AscendingOrder));
    QCOMPARE(selected.data(TicketQueueModel::TicketIdRole).toLongLong(), selectedId);
    QCOMPARE(selected.column(), 2);

    const int sourceRow = m_model->rowOfTicket(raised);
    const qint64 urgencyBefore = m_model->urgencyAt(sourceRow);
    const int placeBefore = rowOf(raised);
    ticket = perform(ticket, TicketAction::Kind::ChangeSeverity, QStringLiteral("p1"));
    // The change is stamped by the session's clock, the one the queue runs on: counted at once.
    const TicketTimeline raisedTimeline = repository.timeline(ticket.id);
    QCOMPARE(raisedTimeline.events.last().kind, TicketEvent::Kind::SeverityChanged);
    QVERIFY(raisedTimeline.events.last().at <= m_clock->now());
    m_model->upsertTicket(ticket, raisedTimeline);
    QVERIFY(m_model->urgencyAt(sourceRow) < urgencyBefore); // due sooner
    QVERIFY(rowOf(raised) <= placeBefore);
    QCOMPARE(shownOrder(), expectedOrder(Qt::AscendingOrder));
    QCOMPARE(selected.data(TicketQueueModel::TicketIdRole).toLongLong(), selectedId);

    // Most urgent last, then first again; the selection still on its ticket.
    m_filter->sort(0, Qt::DescendingOrder);
    QCOMPARE(shownOrder(), expectedOrder(Qt::DescendingOrder));
    QCOMPARE(selected.data(TicketQueueModel::TicketIdRole).toLongLong(), selectedId);
    m_filter->sort(0, Qt::AscendingOrder);

    // A new ticket of mine takes its place in the order.
    const TicketRecord created = m_stack->create(ticket.customerId,
                                                 QStringLiteral("Proxy check"),
                                                 QStringLiteral("p1"),
                                                 ticket.channel,
                                                 agent);
    QCOMPARE(created.createdAt, test::fixedNow);
    m_model->upsertTicket(created, repository.timeline(created.id));
    QCOMPARE(m_filter->rowCount(), before + 2);
    QCOMPARE(shownOrder(), expectedOrder(Qt::AscendingOrder));
    QVERIFY(rowOf(created.id) >= 0);
    QCOMPARE(selected.data(TicketQueueModel::TicketIdRole).toLongLong(), selectedId);

    // Unassigned, it leaves "mine"; resolved, the selected ticket leaves the queue.
    ticket = perform(ticket, TicketAction::Kind::Assign, QString());
    QVERIFY(ticket.assignee.isEmpty());
    const int leaving = rowOf(raised);
    m_model->upsertTicket(ticket, repository.timeline(ticket.id));
    QCOMPARE(rowOf(raised), -1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), leaving);
    QCOMPARE(shownOrder(), expectedOrder(Qt::AscendingOrder));
    const TicketRecord gone = *repository.ticket(selectedId);
    perform(gone, TicketAction::Kind::Resolve);
    m_model->removeTicket(gone.id);
    QVERIFY(!selected.isValid());
    QCOMPARE(m_filter->rowCount(), before);
    QCOMPARE(shownOrder(), expectedOrder(Qt::AscendingOrder));

    // Clearing the filter brings back every row, in order.
    m_filter->setScope(TicketQueueFilter::Scope::All);
    QCOMPARE(m_filter->rowCount(), m_model->rowCount());
}

// Narrowing keystrokes try only the rows shown; every step must still equal a fresh search.
void TestTicketQueueModel::typingMatchesAFreshSearch()
{
    const auto ids = [](const TicketQueueFilter &filter) {
        QList<qint64> result;
        for (int row = 0; row < filter.rowCount(); ++row)
            result.append(filter.index(row, 0).data(TicketQueueModel::TicketIdRole).toLongLong());
        return result;
    };
    const QStringList typed = {QStringLiteral("c"),
                               QStringLiteral("co"),
                               QStringLiteral("con"),
                               QStringLiteral("contoso"),
                               QStringLiteral("contoso d"),
                               QStringLiteral("contoso da"),
                               QStringLiteral("contoso"), // a word taken back: widens
                               QStringLiteral("contoso s"),
                               QStringLiteral("contoso sa"), // "s" → "sa", narrows
                               QStringLiteral("contoso so"), // "sa" → "so": neither
                               QStringLiteral("north"),
                               QStringLiteral("NORTHWIND"),
                               QString()};
    bool sawFewer = false;
    for (const QString &text : typed) {
        m_filter->setSearch(text);
        TicketQueueFilter fresh;
        fresh.setSourceModel(m_model.get());
        fresh.setSearch(text);
        QCOMPARE(ids(*m_filter), ids(fresh));
        sawFewer = sawFewer || (m_filter->rowCount() > 0 && m_filter->rowCount() < 20);
    }
    QVERIFY(sawFewer);
    QCOMPARE(m_filter->rowCount(), m_model->rowCount());

    // Another filter changed under a search: every row is tried again.
    m_filter->setSearch(QStringLiteral("contoso"));
    m_filter->setScope(TicketQueueFilter::Scope::Unassigned);
    m_filter->setSearch(QStringLiteral("contoso d"));
    m_filter->setScope(TicketQueueFilter::Scope::All);
    TicketQueueFilter fresh;
    fresh.setSourceModel(m_model.get());
    fresh.setSearch(QStringLiteral("contoso d"));
    QCOMPARE(ids(*m_filter), ids(fresh));
}

// The queue page works the clocks out while the tickets are still being read; the rows must be
// the same as when everything is evaluated at once, whatever order the lists come in.
void TestTicketQueueModel::clocksWorkedOutAheadMatch()
{
    SqlTicketRepository repository(*m_database);
    QList<TicketTimeline> timelines = TicketStore::loadOpenTimelines(m_database->connection());
    QVERIFY(timelines.size() > 10);
    // Prepared: all but the last three, in reverse order; the rest given separately.
    QList<TicketTimeline> late = timelines.mid(timelines.size() - 3);
    QList<TicketTimeline> early = timelines.first(timelines.size() - 3);
    std::reverse(early.begin(), early.end());
    QList<TicketRecord> tickets = repository.openTickets();
    std::reverse(tickets.begin(), tickets.end());

    TicketQueueModel ahead(*m_engine, *m_clock);
    QAbstractItemModelTester tester(&ahead, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TicketQueueModel::PreparedClocks prepared = ahead.prepareClocks(std::move(early));
    ahead.setTickets(std::move(tickets), std::move(late), std::move(prepared));

    QCOMPARE(ahead.rowCount(), m_model->rowCount());
    int clocks = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const qint64 id = m_model->idAt(row);
        const int other = ahead.rowOfTicket(id);
        QVERIFY(other >= 0);
        QCOMPARE(ahead.urgencyAt(other), m_model->urgencyAt(row));
        const QueueClock &a = *ahead.clockAt(other);
        const QueueClock &b = *m_model->clockAt(row);
        QCOMPARE(int(a.state), int(b.state));
        QCOMPARE(a.due, b.due);
        QCOMPARE(a.warningLevel, b.warningLevel);
        QCOMPARE(a.nextChange, b.nextChange);
        QCOMPARE(ahead.searchTextAt(other), m_model->searchTextAt(row));
        for (int column = 0; column < TicketQueueModel::ColumnCount; ++column)
            QCOMPARE(ahead.index(other, column).data(), m_model->index(row, column).data());
        clocks += a.hasClock() ? 1 : 0;
    }
    QVERIFY(clocks > 10);
    QCOMPARE(ahead.nextChange(), m_model->nextChange());

    // The same ticket twice makes one row.
    QList<TicketRecord> twice = repository.openTickets();
    twice.append(twice.first());
    ahead.setTickets(std::move(twice), TicketStore::loadOpenTimelines(m_database->connection()));
    QCOMPARE(ahead.rowCount(), m_model->rowCount());
}

void TestTicketQueueModel::proxyOutlivesItsSource()
{
    auto model = std::make_unique<TicketQueueModel>(*m_engine, *m_clock);
    SqlTicketRepository repository(*m_database);
    model->setTickets(repository.openTickets(),
                      TicketStore::loadOpenTimelines(m_database->connection()));
    TicketQueueFilter filter;
    filter.setSourceModel(model.get());
    QVERIFY(filter.rowCount() > 0);
    QSignalSpy reset(&filter, &QAbstractItemModel::modelReset);
    model.reset(); // deleted first: the proxy is left empty, not pointing at it
    QCOMPARE(reset.count(), 1);
    QCOMPARE(filter.rowCount(), 0);
    QVERIFY(!filter.index(0, 0).isValid());
    filter.setSearch(QStringLiteral("anything")); // and still usable
    QCOMPARE(filter.rowCount(), 0);
}

void TestTicketQueueModel::alertsOnceForMineAndUnassigned()
{
    SlaAlerts alerts(*m_model, QStringLiteral("mlefebvre"));
    QSignalSpy spy(&alerts, &SlaAlerts::alert);
    // Step through the next clock changes; every alert is for a ticket of mine or nobody's.
    QSet<qint64> alerted;
    for (int step = 0; step < 40 && m_model->nextChange(); ++step) {
        m_clock->set(*m_model->nextChange());
        m_model->advance();
    }
    QVERIFY(spy.count() > 0);
    for (const QList<QVariant> &signal : std::as_const(spy)) {
        const qint64 id = signal.at(0).toLongLong();
        const QString assignee = m_model->ticketAt(m_model->rowOfTicket(id))->assignee;
        QVERIFY2(assignee.isEmpty() || assignee == QLatin1String("mlefebvre"), qPrintable(assignee));
        QVERIFY(!signal.at(2).toString().isEmpty());
        alerted.insert(id);
    }
    // Going over the same instant again says nothing new.
    const int count = spy.count();
    m_model->advance();
    const qint64 some = *alerted.begin();
    m_model->upsertTicket(*m_model->ticketAt(m_model->rowOfTicket(some)),
                          TicketStore::loadTimeline(m_database->connection(), some));
    QCOMPARE(spy.count(), count);
}

QTEST_GUILESS_MAIN(TestTicketQueueModel)
#include "tst_ticketqueuemodel.moc"
