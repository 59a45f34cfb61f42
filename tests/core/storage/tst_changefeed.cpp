// Change feed: a write through one connection reaches another client's feed within a second.
#include "storage/changefeed.h"
#include "storage/demodata.h"
#include "storage/sqlticketrepository.h"
#include "testenvironment.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
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
    void reconnectsAndCatchesUp();
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

void TestChangeFeed::reconnectsAndCatchesUp()
{
    QFETCH_GLOBAL(QString, engine);
    QTest::failOnWarning(QRegularExpression(QStringLiteral("QSocketNotifier")));
    QTemporaryDir dir;
    DatabaseUrl url;
    QList<TicketRecord> tickets;
    {
        auto writerDatabase = test::openTemporary(engine, dir);
        DemoData::populate(*writerDatabase, test::fixedNow);
        url = writerDatabase->url();
        tickets = SqlTicketRepository(*writerDatabase).openTickets().mid(0, 3);
    }
    const bool sqlite = url.isSqlite();
    ChangeFeed feed(url);
    feed.setPollInterval(50);
    // SQLite: retries come quickly, and find no file for a while. PostgreSQL: the first retry
    // waits long enough for a change to be written before it.
    feed.setReconnectDelays(sqlite ? 100 : 3000, 3000);
    QSignalSpy changes(&feed, &ChangeFeed::changed);
    QSignalSpy states(&feed, &ChangeFeed::stateChanged);
    QSignalSpy failures(&feed, &ChangeFeed::failed);
    feed.start();
    const TicketEvent
        note{test::fixedNow, TicketEvent::Kind::Note, QStringLiteral("n"), {}, {}, 0, {}};
    const auto write = [&](const DatabaseUrl &where, int ticket) {
        auto writer = Database::open(where);
        SqlTicketRepository(*writer).appendEvent(tickets.at(ticket).id, note);
    };
    write(url, 0);
    QTRY_COMPARE_WITH_TIMEOUT(changes.count(), 1, 2000);

    if (sqlite) {
        // The file is replaced by a copy of itself (a restore, a move to another disk and
        // back): a connection left on the old file would never see another write.
        const QString path = url.path();
        const QString copy = path + QStringLiteral(".copy");
        {
            auto writer = Database::open(url);
            QVERIFY(
                QSqlQuery(writer->connection()).exec(QStringLiteral("VACUUM INTO '%1'").arg(copy)));
        }
        QVERIFY(QFile::remove(path));
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        QTRY_COMPARE_WITH_TIMEOUT(feed.state(), ChangeFeed::State::Reconnecting, 2000);
        // A retry finds no file, says so, and leaves none behind: the copy can go in place.
        QTRY_VERIFY_WITH_TIMEOUT(!failures.isEmpty(), 2000);
        QVERIFY2(failures.first().first().toString().contains(QStringLiteral("no database file")),
                 qPrintable(failures.first().first().toString()));
        QVERIFY(!QFileInfo::exists(path));
        // Written while the feed is away, into the file about to come back.
        write(DatabaseUrl::sqliteFile(copy), 1);
        QCOMPARE(feed.state(), ChangeFeed::State::Reconnecting);
        QVERIFY(QFile::rename(copy, path));
    } else {
        // The server ends the feed's session, as an administrator or a failover would.
        {
            auto admin = Database::open(url);
            QVERIFY(QSqlQuery(admin->connection())
                        .exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM "
                                             "pg_stat_activity WHERE datname = current_database() "
                                             "AND pid <> pg_backend_pid()")));
        }
        QTRY_COMPARE_WITH_TIMEOUT(feed.state(), ChangeFeed::State::Reconnecting, 3000);
        // Written before the feed is back: it reads it from the change log.
        write(url, 1);
        QCOMPARE(feed.state(), ChangeFeed::State::Reconnecting);
    }
    QTRY_COMPARE_WITH_TIMEOUT(feed.state(), ChangeFeed::State::Live, 8000);
    QTRY_COMPARE_WITH_TIMEOUT(changes.count(), 2, 2000);
    write(url, 2);
    QTRY_COMPARE_WITH_TIMEOUT(changes.count(), 3, 2000);
    QTest::qWait(300);
    QCOMPARE(changes.count(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(changes.at(i).first().value<Change>().rowId, tickets.at(i).id);
    QCOMPARE(states.count(), 2);
    QVERIFY2(states.first().at(1).toString().startsWith(url.toString()),
             qPrintable(states.first().at(1).toString()));
}

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
