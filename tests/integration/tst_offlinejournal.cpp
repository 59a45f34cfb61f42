// The database goes away mid-session: edits go to the journal, survive a restart of the app,
// and are replayed when the server is back; a stale one is surfaced, not dropped.
#include "storage/demodata.h"
#include "storage/sqlticketrepository.h"
#include "storage/storageerror.h"
#include "storage/ticketwriter.h"
#include "testenvironment.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace hourglass;

class TestOfflineJournal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void editsSurviveAnOutageAndARestart();
    void staleQueuedEditIsSurfaced();

private:
    void cluster(const char *action);
    TicketRecord reread(qint64 id);

    QTemporaryDir m_dir;
    QString m_url;
};

void TestOfflineJournal::cluster(const char *action)
{
    QProcess process;
    process.start(QStringLiteral("bash"),
                  {QStringLiteral(HOURGLASS_PGCLUSTER),
                   QString::fromLatin1(action),
                   m_dir.filePath(QStringLiteral("cluster"))});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
}

void TestOfflineJournal::initTestCase()
{
    test::isolateUserData();
    // A cluster of its own: this test stops and starts it.
    cluster("start");
    QFile url(m_dir.filePath(QStringLiteral("cluster/url")));
    QVERIFY(url.open(QIODevice::ReadOnly));
    const DatabaseUrl server = DatabaseUrl::parse(QString::fromUtf8(url.readAll()).trimmed());
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"),
                                                       QStringLiteral("admin"));
        admin.setHostName(server.host());
        admin.setPort(server.port());
        admin.setUserName(server.user());
        admin.setDatabaseName(server.databaseName());
        QVERIFY(admin.open());
        QVERIFY(QSqlQuery(admin).exec(QStringLiteral("CREATE DATABASE journal")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    m_url = QStringLiteral("postgresql://%1@%2:%3/journal?connect_timeout=2")
                .arg(server.user(), server.host())
                .arg(server.port());
    auto database = Database::open(DatabaseUrl::parse(m_url), Database::Schema::Migrate);
    DemoData::populate(*database, test::fixedNow);
}

void TestOfflineJournal::cleanupTestCase()
{
    cluster("stop");
}

TicketRecord TestOfflineJournal::reread(qint64 id)
{
    auto database = Database::open(DatabaseUrl::parse(m_url));
    return *SqlTicketRepository(*database).ticket(id);
}

void TestOfflineJournal::editsSurviveAnOutageAndARestart()
{
    const QString journal = m_dir.filePath(QStringLiteral("journal.jsonl"));
    TicketWriter writer(DatabaseUrl::parse(m_url), journal, QStringLiteral("mlefebvre"));
    writer.setRetryDelay(200);
    QSignalSpy states(&writer, &TicketWriter::stateChanged);
    writer.start();
    QCOMPARE(writer.state(), TicketWriter::State::Online);
    const TicketRecord ticket = SqlTicketRepository(*writer.database()).openTickets().first();
    TicketChange online;
    online.title = QStringLiteral("Changed online");
    QVERIFY(writer.update(ticket.id, ticket.version, online));

    TicketRecord fresh;
    for (const TicketRecord &candidate : SqlTicketRepository(*writer.database()).openTickets()) {
        if (candidate.status == QLatin1String("new") && candidate.id != ticket.id) {
            fresh = candidate;
            break;
        }
    }
    QVERIFY(fresh.id);

    cluster("kill");
    TicketChange offline;
    offline.severity = ticket.severity;
    offline.status = QStringLiteral("waiting-customer");
    QVERIFY(!writer.update(ticket.id, ticket.version + 1, offline));
    QCOMPARE(writer.state(), TicketWriter::State::Offline);
    TicketEvent note{test::fixedNow,
                     TicketEvent::Kind::Note,
                     QStringLiteral("written offline"),
                     {},
                     {},
                     0,
                     {}};
    QVERIFY(!writer.appendEvent(ticket.id, note));
    // A response that opens a new ticket is queued as one edit and replayed as one write.
    TicketChange open;
    open.status = QStringLiteral("open");
    // Assigned, then answered, both offline and so both on the version last seen: replayed
    // in order, the second goes on the version the first saved instead of conflicting.
    TicketChange assign;
    assign.assignee = QStringLiteral("mlefebvre");
    QVERIFY(!writer.update(fresh.id, fresh.version, assign));
    const TicketEvent response{test::fixedNow, TicketEvent::Kind::Responded, {}, {}, {}, 0, {}};
    QVERIFY(!writer.update(fresh.id, fresh.version, open, response));
    QCOMPARE(writer.pendingEdits(), 4);
    QVERIFY(QFile::exists(journal));

    // The app restarts while the server is still down: the journal is read back whole.
    {
        TicketWriter restarted(DatabaseUrl::parse(m_url), journal, QStringLiteral("mlefebvre"));
        QCOMPARE(restarted.pendingEdits(), 4);
        QVERIFY_THROWS_EXCEPTION(StorageError, restarted.start());
        QCOMPARE(restarted.pendingEdits(), 4);
    }

    QSignalSpy replayed(&writer, &TicketWriter::replayed);
    cluster("resume");
    QTRY_COMPARE_WITH_TIMEOUT(writer.state(), TicketWriter::State::Online, 10000);
    QCOMPARE(replayed.count(), 1);
    QCOMPARE(replayed.first().at(0).toInt(), 4);
    QCOMPARE(replayed.first().at(1).toInt(), 0);
    QCOMPARE(writer.pendingEdits(), 0);
    QVERIFY(!QFile::exists(journal));

    const TicketRecord after = reread(ticket.id);
    QCOMPARE(after.title, QStringLiteral("Changed online"));
    QCOMPARE(after.status, QStringLiteral("waiting-customer"));
    QCOMPARE(after.version, ticket.version + 2);
    auto database = Database::open(DatabaseUrl::parse(m_url));
    const auto events = SqlTicketRepository(*database).timeline(ticket.id).events;
    QVERIFY(std::any_of(events.begin(), events.end(), [](const TicketEvent &e) {
        return e.kind == TicketEvent::Kind::Note && e.value == QLatin1String("written offline");
    }));
    QCOMPARE(reread(fresh.id).status, QStringLiteral("open"));
    QCOMPARE(reread(fresh.id).assignee, QStringLiteral("mlefebvre"));
    QCOMPARE(reread(fresh.id).version, fresh.version + 2);
    const auto answered = SqlTicketRepository(*database).timeline(fresh.id).events;
    QCOMPARE(std::count_if(answered.begin(),
                           answered.end(),
                           [](const TicketEvent &e) {
                               return e.kind == TicketEvent::Kind::Responded;
                           }),
             1);
    QVERIFY(states.count() >= 3); // online, offline, online again
}

void TestOfflineJournal::staleQueuedEditIsSurfaced()
{
    const QString journal = m_dir.filePath(QStringLiteral("stale.jsonl"));
    TicketWriter writer(DatabaseUrl::parse(m_url), journal, QStringLiteral("sboucher"));
    writer.setRetryDelay(60000); // this test reconnects by hand
    writer.start();
    const TicketRecord ticket = SqlTicketRepository(*writer.database()).openTickets().last();
    cluster("kill");
    TicketChange mine;
    mine.title = QStringLiteral("Mine, made offline");
    QVERIFY(!writer.update(ticket.id, ticket.version, mine));
    cluster("resume");
    // Someone else changes the ticket before this client is back.
    {
        auto other = Database::open(DatabaseUrl::parse(m_url));
        other->setActor(QStringLiteral("dnguyen"));
        TicketChange theirs;
        theirs.title = QStringLiteral("Theirs");
        SqlTicketRepository(*other).update(ticket.id, ticket.version, theirs);
    }
    QSignalSpy conflicts(&writer, &TicketWriter::replayConflict);
    QVERIFY(writer.reconnect());
    QCOMPARE(conflicts.count(), 1);
    const QString message = conflicts.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("dnguyen"))
                 && message.contains(QStringLiteral("Mine, made offline")),
             qPrintable(message));
    QCOMPARE(reread(ticket.id).title, QStringLiteral("Theirs"));
    QCOMPARE(writer.pendingEdits(), 0);
}

QTEST_GUILESS_MAIN(TestOfflineJournal)
#include "tst_offlinejournal.moc"
