// The PostgreSQL server restarts under a running change feed, and under hourglass-cli watch:
// both notice, reconnect, catch up with what was written meanwhile and go on reporting.
#include "storage/changefeed.h"
#include "testenvironment.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace hourglass;

class TestFeedOutage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void feedCatchesUpAfterARestart();
    void watchSurvivesARestart();

private:
    void cluster(const char *action)
    {
        test::pgCluster(action, m_dir.filePath(QStringLiteral("cluster")));
    }
    test::ProcessResult cli(QStringList arguments);
    qint64 createTicket(const QString &title);

    QTemporaryDir m_dir;
    QString m_url;
};

test::ProcessResult TestFeedOutage::cli(QStringList arguments)
{
    arguments.prepend(m_url);
    arguments.prepend(QStringLiteral("--database"));
    return test::runProcess(QStringLiteral(HOURGLASS_CLI_PATH), arguments);
}

// Written by another process, as another agent's console would.
qint64 TestFeedOutage::createTicket(const QString &title)
{
    const test::ProcessResult created = cli(
        {"ticket", "create", "--customer", "Blue Harbor Insurance", "--title", title});
    if (created.exitCode != 0)
        qWarning("ticket create: %s", qPrintable(created.err));
    return created.exitCode == 0 ? created.out.trimmed().toLongLong() : 0;
}

void TestFeedOutage::initTestCase()
{
    test::isolateUserData();
    qRegisterMetaType<Change>();
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
        QVERIFY(QSqlQuery(admin).exec(QStringLiteral("CREATE DATABASE feed")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    m_url = QStringLiteral("postgresql://%1@%2:%3/feed")
                .arg(server.user(), server.host())
                .arg(server.port());
    // As a team sets up its database: the owner migrates it, then it gets its data.
    const test::ProcessResult migrated = cli({"migrate"});
    QVERIFY2(migrated.exitCode == 0, qPrintable(migrated.err));
    const test::ProcessResult demo = cli({"demo"});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
}

void TestFeedOutage::cleanupTestCase()
{
    cluster("stop");
}

void TestFeedOutage::feedCatchesUpAfterARestart()
{
    // Qt's driver, left on a dead connection, warns so and never reports again.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("QSocketNotifier")));
    ChangeFeed feed(DatabaseUrl::parse(m_url));
    // The first retry waits long enough for the server to be back and written to before it.
    feed.setReconnectDelays(8000, 8000);
    QSignalSpy changes(&feed, &ChangeFeed::changed);
    QSignalSpy states(&feed, &ChangeFeed::stateChanged);
    feed.start();
    QCOMPARE(feed.state(), ChangeFeed::State::Live);
    const qint64 before = createTicket(QStringLiteral("Before the outage"));
    QVERIFY(before);
    QTRY_COMPARE_WITH_TIMEOUT(changes.count(), 1, 2000);

    cluster("kill");
    QTRY_COMPARE_WITH_TIMEOUT(feed.state(), ChangeFeed::State::Reconnecting, 5000);
    QCOMPARE(states.count(), 1);
    QCOMPARE(states.first().at(0).value<ChangeFeed::State>(), ChangeFeed::State::Reconnecting);
    const QString detail = states.first().at(1).toString();
    QVERIFY2(detail.startsWith(m_url) && detail.contains(QStringLiteral("lost")),
             qPrintable(detail));

    cluster("resume");
    // Written while the feed is still away: only the change log can tell it.
    const qint64 meanwhile = createTicket(QStringLiteral("While the feed was away"));
    QVERIFY(meanwhile);
    QCOMPARE(feed.state(), ChangeFeed::State::Reconnecting);
    QTRY_COMPARE_WITH_TIMEOUT(feed.state(), ChangeFeed::State::Live, 15000);
    QCOMPARE(states.count(), 2);
    QCOMPARE(states.at(1).at(0).value<ChangeFeed::State>(), ChangeFeed::State::Live);
    QTRY_COMPARE_WITH_TIMEOUT(changes.count(), 2, 2000);
    QCOMPARE(changes.at(1).first().value<Change>().rowId, meanwhile);

    // Listening again: a write after the reconnection arrives as a notification.
    const qint64 after = createTicket(QStringLiteral("After the outage"));
    QVERIFY(after);
    QTRY_COMPARE_WITH_TIMEOUT(changes.count(), 3, 2000);
    QTest::qWait(500);
    QCOMPARE(changes.count(), 3);
    const QList<qint64> rows = {changes.at(0).first().value<Change>().rowId,
                                changes.at(1).first().value<Change>().rowId,
                                changes.at(2).first().value<Change>().rowId};
    QCOMPARE(rows, QList<qint64>({before, meanwhile, after}));
    QVERIFY(changes.at(0).first().value<Change>().id < changes.at(1).first().value<Change>().id);
    QVERIFY(changes.at(1).first().value<Change>().id < changes.at(2).first().value<Change>().id);
}

void TestFeedOutage::watchSurvivesARestart()
{
    QProcess watch;
    watch.start(QStringLiteral(HOURGLASS_CLI_PATH), {"--database", m_url, "watch"});
    QVERIFY(watch.waitForStarted());
    QByteArray said;
    QTRY_VERIFY_WITH_TIMEOUT((said += watch.readAllStandardError()).contains("watching"), 5000);

    cluster("kill");
    QTRY_VERIFY_WITH_TIMEOUT((said += watch.readAllStandardError())
                                 .contains("hourglass-cli: connection lost, reconnecting: "),
                             5000);
    cluster("resume");
    const qint64 created = createTicket(QStringLiteral("Watched through a restart"));
    QVERIFY(created);
    QTRY_VERIFY_WITH_TIMEOUT(watch.canReadLine(), 10000);
    const QJsonObject change = QJsonDocument::fromJson(watch.readLine()).object();
    QCOMPARE(change.value("table").toString(), QStringLiteral("tickets"));
    QCOMPARE(change.value("id").toInteger(), created);
    QCOMPARE(change.value("kind").toString(), QStringLiteral("created"));
    QTRY_VERIFY_WITH_TIMEOUT((said += watch.readAllStandardError())
                                 .contains("hourglass-cli: connection back"),
                             5000);

    // And the next one, through the new connection's notifications.
    const qint64 next = createTicket(QStringLiteral("Watched after the restart"));
    QTRY_VERIFY_WITH_TIMEOUT(watch.canReadLine(), 2000);
    QCOMPARE(QJsonDocument::fromJson(watch.readLine()).object().value("id").toInteger(), next);
    watch.terminate();
    QVERIFY(watch.waitForFinished(5000));
    QCOMPARE(watch.exitCode(), 0);
    said += watch.readAllStandardError();
    QVERIFY2(!said.contains("QSocketNotifier"), said.constData());
}

QTEST_GUILESS_MAIN(TestFeedOutage)
#include "tst_feedoutage.moc"
