// Eight writer processes update the same tickets at once: every accepted write is in the
// database, none is lost, and every refused one was reported as a conflict.
#include "storage/demodata.h"
#include "storage/sqlticketrepository.h"
#include "testenvironment.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace hourglass;

class TestConcurrentWriters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase() { test::isolateUserData(); }
    void noLostUpdate();
};

void TestConcurrentWriters::initTestCase_data()
{
    test::addEngineRows();
}

void TestConcurrentWriters::noLostUpdate()
{
    QFETCH_GLOBAL(QString, engine);
    QTemporaryDir dir;
    auto database = test::openTemporary(engine, dir);
    DemoData::populate(*database, test::fixedNow);
    SqlTicketRepository repository(*database);
    const QList<TicketRecord> tickets = repository.openTickets().mid(0, 3);
    QStringList ids;
    for (const TicketRecord &ticket : tickets)
        ids.append(QString::number(ticket.id));

    constexpr int writers = 8;
    constexpr int updates = 40;
    QList<QProcess *> processes;
    for (int w = 0; w < writers; ++w) {
        auto *process = new QProcess(this);
        process->start(QStringLiteral(HOURGLASS_TEST_WRITER),
                       {database->url().toString(),
                        QStringLiteral("writer%1").arg(w),
                        ids.join(u','),
                        QString::number(updates)});
        processes.append(process);
    }
    QHash<qint64, int> accepted;
    QHash<qint64, QPair<int, QString>> newest; // ticket → highest accepted version and its title
    int conflicts = 0;
    for (QProcess *process : processes) {
        QVERIFY(process->waitForFinished(120000));
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
        const QList<QByteArray> lines = process->readAllStandardOutput().split('\n');
        int reported = 0;
        for (const QByteArray &line : lines) {
            if (line.isEmpty())
                continue;
            ++reported;
            const QJsonObject write = QJsonDocument::fromJson(line).object();
            const qint64 id = write.value("ticket").toInteger();
            if (write.value("result").toString() == QLatin1String("accepted")) {
                ++accepted[id];
                const int version = write.value("version").toInt();
                QCOMPARE(version, write.value("based_on").toInt() + 1);
                if (version > newest.value(id).first)
                    newest[id] = {version, write.value("title").toString()};
            } else {
                QCOMPARE(write.value("result").toString(), QStringLiteral("conflict"));
                QVERIFY(write.value("their_version").toInt() > write.value("based_on").toInt());
                ++conflicts;
            }
        }
        QCOMPARE(reported, updates); // every write, accepted or refused, was reported
    }
    int total = 0;
    for (const TicketRecord &before : tickets) {
        const TicketRecord after = *repository.ticket(before.id);
        // One version per accepted write: none lost, none applied twice.
        QCOMPARE(after.version, before.version + accepted.value(before.id));
        QCOMPARE(after.title, newest.value(before.id).second);
        QCOMPARE(test::countRows(*database,
                                 QStringLiteral("audit_log"),
                                 QStringLiteral("row_id = %1").arg(before.id)),
                 accepted.value(before.id));
        total += accepted.value(before.id);
    }
    QCOMPARE(total + conflicts, writers * updates);
    qInfo("%s: %d writes accepted, %d refused as conflicts", qPrintable(engine), total, conflicts);
    QVERIFY(conflicts > 0);
}

QTEST_GUILESS_MAIN(TestConcurrentWriters)
#include "tst_concurrentwriters.moc"
