// The queue's table: names grouped by urgency in the severity filter, sorting by a header
// click, and the header (order, widths, hidden columns, sort) remembered across restarts.
#include "models/ticketqueuefilter.h"
#include "models/ticketqueuemodel.h"
#include "queueview.h"
#include "sla/presetpolicies.h"
#include "sla/slaengine.h"
#include "storage/demodata.h"
#include "storage/sqlticketrepository.h"
#include "storage/ticketstore.h"
#include "testenvironment.h"
#include "time/clock.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTest>

using namespace hourglass;

class TestQueueView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void severityFilterGroupsNamesByUrgency();
    void headerClickSortsAndDefaultIsUrgency();
    void headerStateIsRestored();
    void titleTakesTheRoomLeft();

private:
    std::unique_ptr<QueueView> newView();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SlaEngine> m_engine;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<TicketQueueModel> m_model;
    std::unique_ptr<TicketQueueFilter> m_filter;
};

void TestQueueView::initTestCase()
{
    test::isolateUserData();
    m_database = test::openTemporarySqlite(m_dir);
    DemoData::populate(*m_database, test::fixedNow);
    m_engine = std::make_unique<SlaEngine>(PresetPolicies::load());
    m_clock = std::make_unique<ManualClock>(test::fixedNow);
}

void TestQueueView::init()
{
    QSettings().clear();
    m_model = std::make_unique<TicketQueueModel>(*m_engine, *m_clock);
    SqlTicketRepository repository(*m_database);
    m_model->setTickets(repository.openTickets(),
                        TicketStore::loadOpenTimelines(m_database->connection()));
    m_filter = std::make_unique<TicketQueueFilter>();
    m_filter->setSourceModel(m_model.get());
}

void TestQueueView::cleanup()
{
    m_filter.reset();
    m_model.reset();
}

std::unique_ptr<QueueView> TestQueueView::newView()
{
    auto view = std::make_unique<QueueView>(*m_model, *m_filter, *m_clock);
    view->resize(900, 600);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get()))
        qFatal("the queue view was not shown");
    return view;
}

void TestQueueView::severityFilterGroupsNamesByUrgency()
{
    QAbstractItemModelTester tester(m_filter.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto view = newView();
    auto *box = view->findChild<QComboBox *>(QStringLiteral("severityFilter"));
    QVERIFY(box);
    // "Any", then per rank a heading in bold and the names of that rank beneath it: no ids.
    QCOMPARE(box->itemData(0).toString(), QString());
    int headings = 0;
    int lastRank = 0;
    QStringList texts;
    for (int i = 1; i < box->count(); ++i) {
        const QString text = box->itemText(i);
        texts.append(text.trimmed());
        if (box->itemData(i, Qt::FontRole).value<QFont>().bold()) {
            ++headings;
            const int rank = text.section(QStringLiteral(" · "), 0, 0).toInt();
            QVERIFY2(rank > lastRank, qPrintable(text)); // most urgent first
            lastRank = rank;
        }
    }
    QVERIFY(headings >= 4);
    for (const char *id : {"not-urgent", "sev4", "p4", "critical"})
        QVERIFY2(!texts.contains(QString::fromLatin1(id)), id);
    QVERIFY(texts.contains(QStringLiteral("Not urgent")));
    QVERIFY(texts.contains(QStringLiteral("Severity 1")));

    // The first heading: every ticket of urgency 1, from several policies.
    box->setCurrentIndex(1);
    const int rankOne = m_filter->rowCount();
    QVERIFY(rankOne > 0);
    QSet<QString> policies;
    for (int r = 0; r < rankOne; ++r) {
        QCOMPARE(m_filter->index(r, 0).data(TicketQueueModel::SeverityUrgencyRole).toInt(), 1);
        policies.insert(m_filter->index(r, 0).data(TicketQueueModel::PolicyRole).toString());
    }
    QVERIFY(policies.size() >= 3);
    // A name under it: fewer tickets, all of that name.
    box->setCurrentIndex(2);
    const QString name = box->currentText().trimmed();
    QVERIFY(m_filter->rowCount() > 0 && m_filter->rowCount() < rankOne);
    for (int r = 0; r < m_filter->rowCount(); ++r)
        QCOMPARE(m_filter->index(r, TicketQueueModel::SeverityColumn).data().toString(), name);
    box->setCurrentIndex(0);
    QCOMPARE(m_filter->rowCount(), m_model->rowCount());
}

void TestQueueView::headerClickSortsAndDefaultIsUrgency()
{
    const auto view = newView();
    QHeaderView *header = view->table()->horizontalHeader();
    QCOMPARE(m_filter->sortColumn(), -1); // most urgent first
    QCOMPARE(header->sortIndicatorSection(), int(TicketQueueModel::RemainingColumn));

    const auto click = [header](int column) {
        const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    };
    click(TicketQueueModel::CustomerColumn);
    QCOMPARE(m_filter->sortColumn(), int(TicketQueueModel::CustomerColumn));
    const auto customer = [this](int row) {
        return m_filter->index(row, TicketQueueModel::CustomerColumn).data().toString();
    };
    const auto firstBeforeLast = [&] {
        return customer(0).compare(customer(m_filter->rowCount() - 1), Qt::CaseInsensitive) < 0;
    };
    const Qt::SortOrder first = m_filter->sortOrder();
    QCOMPARE(firstBeforeLast(), first == Qt::AscendingOrder);
    click(TicketQueueModel::CustomerColumn); // the other way
    QVERIFY(m_filter->sortOrder() != first);
    QCOMPARE(firstBeforeLast(), first != Qt::AscendingOrder);
    click(TicketQueueModel::RemainingColumn);
    QCOMPARE(m_filter->sortColumn(), -1);
}

void TestQueueView::headerStateIsRestored()
{
    int titleVisual = -1;
    {
        const auto view = newView();
        QHeaderView *header = view->table()->horizontalHeader();
        // Defaults: the title shown and stretched, the language and channel a click away.
        QVERIFY(!header->isSectionHidden(TicketQueueModel::TitleColumn));
        QCOMPARE(header->sectionResizeMode(TicketQueueModel::TitleColumn), QHeaderView::Stretch);
        QCOMPARE(header->sectionResizeMode(TicketQueueModel::CustomerColumn),
                 QHeaderView::Interactive);
        QVERIFY(header->sectionsMovable());
        QVERIFY(header->isSectionHidden(TicketQueueModel::LanguageColumn));
        // The agent moves the customer first, widens it, shows the channel, sorts by severity.
        header->moveSection(header->visualIndex(TicketQueueModel::CustomerColumn), 0);
        header->resizeSection(TicketQueueModel::CustomerColumn, 211);
        header->setSectionHidden(TicketQueueModel::ChannelColumn, false);
        header->setSortIndicator(TicketQueueModel::SeverityColumn, Qt::DescendingOrder);
        QCOMPARE(m_filter->sortColumn(), int(TicketQueueModel::SeverityColumn));
        titleVisual = header->visualIndex(TicketQueueModel::TitleColumn);
    }
    // A fresh start: the same proxy order reset, then the view restores the header.
    m_filter->setSortColumn(-1);
    const auto view = newView();
    QHeaderView *header = view->table()->horizontalHeader();
    QCOMPARE(header->visualIndex(TicketQueueModel::CustomerColumn), 0);
    QCOMPARE(header->sectionSize(TicketQueueModel::CustomerColumn), 211);
    QVERIFY(!header->isSectionHidden(TicketQueueModel::ChannelColumn));
    QVERIFY(header->isSectionHidden(TicketQueueModel::LanguageColumn));
    QCOMPARE(header->visualIndex(TicketQueueModel::TitleColumn), titleVisual);
    QCOMPARE(header->sortIndicatorSection(), int(TicketQueueModel::SeverityColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(m_filter->sortColumn(), int(TicketQueueModel::SeverityColumn));
    QCOMPARE(m_filter->sortOrder(), Qt::DescendingOrder);
    QCOMPARE(header->sectionResizeMode(TicketQueueModel::TitleColumn), QHeaderView::Stretch);

    // A state from another build is ignored: the defaults come back.
    QSettings().setValue(QStringLiteral("queue/header"), QByteArray("not a header"));
    const auto fresh = newView();
    QHeaderView *defaults = fresh->table()->horizontalHeader();
    QCOMPARE(defaults->visualIndex(TicketQueueModel::IdColumn), 0);
    QVERIFY(defaults->isSectionHidden(TicketQueueModel::ChannelColumn));
}

void TestQueueView::titleTakesTheRoomLeft()
{
    const auto view = newView();
    QTableView *table = view->table();
    QHeaderView *header = table->horizontalHeader();
    const int before = header->sectionSize(TicketQueueModel::TitleColumn);
    view->resize(view->width() + 200, view->height());
    QTRY_COMPARE(header->sectionSize(TicketQueueModel::TitleColumn), before + 200);
    QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
    // Every shown header reads whole: no section narrower than its header text.
    for (int column = 0; column < TicketQueueModel::ColumnCount; ++column) {
        if (!header->isSectionHidden(column) && column != TicketQueueModel::TitleColumn)
            QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                     qPrintable(
                         m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()));
    }
}

QTEST_MAIN(TestQueueView)
#include "tst_queueview.moc"
