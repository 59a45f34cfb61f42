// Change feed: a write through one connection reaches another client's feed within a second.
#include "storage/changefeed.h"
#include "storage/demodata.h"
#include "storage/sqlticketrepository.h"
#include "testenvironment.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace hourglass;

class TestChangeFeed : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void seesWritesOfAnotherConnection();
    void deliversEveryChangeOnce();
};

void TestChangeFeed::initTestCase_data()
{
    test::addEngineRows();
}

void TestChangeFeed::initTestCase()
{
    test::isolateUserData();
    qRegisterMetaType<Change>();
}

void TestChangeFeed::seesWritesOfAnotherConnection()
{
    QFETCH_GLOBAL(QString, engine);
    QTemporaryDir dir;
    auto writerDatabase = test::openTemporary(engine, dir);
    DemoData::populate(*writerDatabase, test::fixedNow);
    SqlTicketRepository writer(*writerDatabase);
    const TicketRecord ticket = writer.openTickets().first();

    ChangeFeed feed(writerDatabase->url());
    QSignalSpy spy(&feed, &ChangeFeed::changed);
    feed.start();
    QElapsedTimer clock;
    clock.start();
    TicketChange change;
    change.title = QStringLiteral("Seen elsewhere");
    writer.update(ticket.id, ticket.version, change);
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 1000);
    const Change seen = spy.first().first().value<Change>();
    QCOMPARE(seen.table, QStringLiteral("tickets"));
    QCOMPARE(seen.rowId, ticket.id);
    QCOMPARE(seen.kind, QStringLiteral("updated"));
    qInfo("%s: change seen after %lld ms", qPrintable(engine), clock.elapsed());
}

void TestChangeFeed::deliversEveryChangeOnce()
{
    QFETCH_GLOBAL(QString, engine);
    QTemporaryDir dir;
    auto writerDatabase = test::openTemporary(engine, dir);
    DemoData::populate(*writerDatabase, test::fixedNow);
    SqlTicketRepository writer(*writerDatabase);
    const QList<TicketRecord> tickets = writer.openTickets().mid(0, 20);
    ChangeFeed feed(writerDatabase->url());
    feed.setPollInterval(50);
    QSignalSpy spy(&feed, &ChangeFeed::changed);
    feed.start();
    for (const TicketRecord &ticket : tickets)
        writer.appendEvent(
            ticket.id,
            {test::fixedNow, TicketEvent::Kind::Note, QStringLiteral("n"), {}, {}, 0, {}});
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), tickets.size(), 2000);
    QTest::qWait(300);
    QCOMPARE(spy.count(), tickets.size());
    for (int i = 0; i < tickets.size(); ++i)
        QCOMPARE(spy.at(i).first().value<Change>().rowId, tickets.at(i).id);
}

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
