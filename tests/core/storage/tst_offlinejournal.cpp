// The offline journal as a file: what goes in comes back after a restart, each kind of entry,
// and a damaged line is refused with its number, the file left as it was.
#include "io/inputerror.h"
#include "storage/offlinejournal.h"
#include "testenvironment.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hourglass;

class TestOfflineJournalFile : public QObject
{
    Q_OBJECT

private slots:
    void everyKindComesBack();
    void damagedLinesAreRefusedWhole_data();
    void damagedLinesAreRefusedWhole();
};

void TestOfflineJournalFile::everyKindComesBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("j.jsonl"));
    JournalEntry update;
    update.ticketId = 7;
    update.expectedVersion = 3;
    update.change.status = QStringLiteral("waiting-customer");
    update.change.assignee = QString(); // unassign
    update.actor = QStringLiteral("mlefebvre");
    JournalEntry answer = update;
    answer.change = {};
    answer.change.status = QStringLiteral("open");
    answer.event = TicketEvent{test::fixedNow, TicketEvent::Kind::Responded, {}, {}, {}, 0, {}};
    answer.withEvent = true;
    JournalEntry note;
    note.operation = JournalEntry::Operation::Event;
    note.ticketId = 7;
    note.event
        = TicketEvent{test::fixedNow, TicketEvent::Kind::Note, QStringLiteral("n"), {}, {}, 0, {}};
    {
        OfflineJournal journal(path);
        for (const JournalEntry &entry : {update, answer, note})
            journal.append(entry);
    }
    const OfflineJournal again(path);
    QCOMPARE(again.entries().size(), 3);
    const JournalEntry &u = again.entries().at(0);
    QCOMPARE(int(u.operation), int(JournalEntry::Operation::Update));
    QCOMPARE(u.expectedVersion, 3);
    QCOMPARE(u.change.status, update.change.status);
    QVERIFY(u.change.assignee && u.change.assignee->isEmpty());
    QVERIFY(!u.withEvent);
    const JournalEntry &a = again.entries().at(1);
    QVERIFY(a.withEvent);
    QCOMPARE(int(a.event.kind), int(TicketEvent::Kind::Responded));
    QCOMPARE(a.event.at, test::fixedNow);
    QCOMPARE(a.change.status, QStringLiteral("open"));
    const JournalEntry &n = again.entries().at(2);
    QCOMPARE(int(n.operation), int(JournalEntry::Operation::Event));
    QCOMPARE(n.event.value, QStringLiteral("n"));

    // An update with its event is a kind of line of its own, which a build that knows only
    // "update" refuses instead of saving the change without the event.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QVERIFY(lines.at(0).contains("\"operation\":\"update\""));
    QVERIFY(lines.at(1).contains("\"operation\":\"update-with-event\""));
}

void TestOfflineJournalFile::damagedLinesAreRefusedWhole_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("not json") << QByteArray("{\"ticket\": 3, \"operation\": ");
    QTest::newRow("unknown operation")
        << QByteArray(R"({"ticket":3,"operation":"delete","version":1})");
    QTest::newRow("update with no event") << QByteArray(
        R"({"ticket":3,"operation":"update-with-event","version":1,"status":"open"})");
    QTest::newRow("event of no kind")
        << QByteArray(R"({"ticket":3,"operation":"event","at":"2026-03-09T13:30:00Z","kind":"x"})");
    QTest::newRow("no ticket") << QByteArray(R"({"operation":"update","version":1})");
}

void TestOfflineJournalFile::damagedLinesAreRefusedWhole()
{
    QFETCH(QByteArray, line);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("j.jsonl"));
    const QByteArray good = R"({"ticket":3,"operation":"update","version":1,"status":"open"})";
    const QByteArray content = good + '\n' + line + '\n';
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    try {
        OfflineJournal journal(path);
        QFAIL("a damaged journal was read");
    } catch (const InputError &error) {
        QCOMPARE(error.file(), path);
        QVERIFY2(error.place().startsWith(QStringLiteral("line 2")), qPrintable(error.message()));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

QTEST_GUILESS_MAIN(TestOfflineJournalFile)
#include "tst_offlinejournal.moc"
