// The offline journal as a file: what goes in comes back after a restart, each kind of command,
// lines an earlier build wrote read as the same commands, and a damaged line refused with its
// place, the file left as it was.
#include "io/inputerror.h"
#include "storage/offlinejournal.h"
#include "testenvironment.h"
#include "tickets/ticketaction.h"
#include "ticketstack.h"
#include "time/clock.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace hourglass;

class TestOfflineJournalFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateUserData(); }
    void everyKindComesBack();
    void earlierBuildsLinesAreTicketCommands();
    void damagedLinesAreRefusedWhole_data();
    void damagedLinesAreRefusedWhole();
};

namespace {

JournalEntry ticketEntry(const TicketAction &action, const QString &actor = QString())
{
    return {QStringLiteral("tickets"), action.toJson(), actor, 1773063000123};
}

TicketAction commandOf(const JournalEntry &entry)
{
    return TicketAction::fromJson(QStringLiteral("j"), QStringLiteral("entry"), entry.command);
}

} // namespace

void TestOfflineJournalFile::everyKindComesBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("j.jsonl"));
    TicketAction edit;
    edit.kind = TicketAction::Kind::Edit;
    edit.ticketId = 7;
    edit.version = 3;
    edit.change.status = TicketStatus::WaitingCustomer;
    edit.change.assignee = QString(); // unassign
    TicketAction respond;
    respond.kind = TicketAction::Kind::Respond;
    respond.ticketId = 7;
    respond.version = 4;
    respond.text = QStringLiteral("Looking into it");
    TicketAction note;
    note.kind = TicketAction::Kind::Note;
    note.ticketId = 7;
    note.version = 4;
    note.text = QStringLiteral("n");
    TicketAction append;
    append.kind = TicketAction::Kind::Append;
    append.ticketId = 7;
    append.version = 4;
    append.event
        = TicketEvent{test::fixedNow, TicketEvent::Kind::Note, QStringLiteral("n"), {}, {}, 0, {}};
    TicketAction schedule;
    schedule.kind = TicketAction::Kind::Schedule;
    schedule.ticketId = 8;
    schedule.version = 1;
    schedule.when = test::fixedNow + Seconds{3600};
    // Another service's command is kept as it was written.
    const JournalEntry other{QStringLiteral("oncall"),
                             QJsonObject{{QStringLiteral("acknowledge"), 12}},
                             QStringLiteral("sboucher"),
                             42};
    {
        OfflineJournal journal(path);
        for (const JournalEntry &entry : {ticketEntry(edit, QStringLiteral("mlefebvre")),
                                          ticketEntry(respond),
                                          ticketEntry(note),
                                          ticketEntry(append),
                                          ticketEntry(schedule),
                                          other})
            journal.append(entry);
        QCOMPARE(journal.entries().size(), 6);
    }
    const OfflineJournal again(path);
    QCOMPARE(again.entries().size(), 6);
    for (const JournalEntry &entry : again.entries().first(5))
        QCOMPARE(entry.service, QStringLiteral("tickets"));
    QCOMPARE(again.entries().at(0).actor, QStringLiteral("mlefebvre"));
    QCOMPARE(again.entries().at(0).recordedAtMs, 1773063000123);

    const TicketAction u = commandOf(again.entries().at(0));
    QCOMPARE(u.kind, TicketAction::Kind::Edit);
    QCOMPARE(u.ticketId, 7);
    QCOMPARE(u.version, 3);
    QCOMPARE(u.change.status, std::optional(TicketStatus::WaitingCustomer));
    QVERIFY(u.change.assignee && u.change.assignee->isEmpty());
    QVERIFY(!u.change.title && !u.change.severity && !u.change.tier);
    const TicketAction r = commandOf(again.entries().at(1));
    QCOMPARE(r.kind, TicketAction::Kind::Respond);
    QCOMPARE(r.version, 4);
    QCOMPARE(r.text, QStringLiteral("Looking into it"));
    const TicketAction n = commandOf(again.entries().at(2));
    QCOMPARE(n.kind, TicketAction::Kind::Note);
    QCOMPARE(n.text, QStringLiteral("n"));
    const TicketAction a = commandOf(again.entries().at(3));
    QCOMPARE(a.kind, TicketAction::Kind::Append);
    QCOMPARE(a.event.kind, TicketEvent::Kind::Note);
    QCOMPARE(a.event.at, test::fixedNow);
    QCOMPARE(a.event.value, QStringLiteral("n"));
    const TicketAction s = commandOf(again.entries().at(4));
    QCOMPARE(s.kind, TicketAction::Kind::Schedule);
    QCOMPARE(s.ticketId, 8);
    QCOMPARE(s.when, std::optional(test::fixedNow + Seconds{3600}));
    QCOMPARE(again.entries().at(5).service, other.service);
    QCOMPARE(again.entries().at(5).command, other.command);
    QCOMPARE(again.entries().at(5).actor, other.actor);
    QCOMPARE(again.entries().at(5).recordedAtMs, other.recordedAtMs);

    // Every line names its service and carries a typed command, not an "operation": a build
    // that knew only ticket edits refuses the file whole rather than replay half of it.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 6);
    for (const QByteArray &line : lines)
        QVERIFY2(!line.contains("\"operation\""), line.constData());
    QVERIFY(lines.at(0).contains("\"service\":\"tickets\""));
    QVERIFY(lines.at(1).contains("\"action\":\"respond\""));

    // Replayed entries leave the file from the front, the rest as they were.
    {
        OfflineJournal journal(path);
        journal.removeFirst();
        journal.removeFirst();
    }
    const OfflineJournal rest(path);
    QCOMPARE(rest.entries().size(), 4);
    QCOMPARE(commandOf(rest.entries().first()).kind, TicketAction::Kind::Note);
}

// Lines as the journal wrote them before it held typed commands, each read as the ticket
// command it stood for.
void TestOfflineJournalFile::earlierBuildsLinesAreTicketCommands()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.jsonl"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"ticket":3,"actor":"mlefebvre","recorded_ms":1773063000123,)"
                   R"("operation":"update","version":2,"status":"waiting-customer","assignee":"",)"
                   R"("severity":"p2"})"
                   "\n"
                   R"({"ticket":3,"actor":"mlefebvre","recorded_ms":1773063001000,)"
                   R"("operation":"update-with-event","version":1,"status":"open",)"
                   R"("event":{"at":"2026-03-09T13:30:00Z","kind":"responded","details":{}}})"
                   "\n"
                   R"({"ticket":4,"actor":"sboucher","recorded_ms":1773063002000,)"
                   R"("operation":"event","at":"2026-03-09T13:30:00Z","kind":"note",)"
                   R"("details":{"text":"called back"}})"
                   "\n");
    }
    const OfflineJournal journal(path);
    QCOMPARE(journal.entries().size(), 3);
    for (const JournalEntry &entry : journal.entries())
        QCOMPARE(entry.service, QStringLiteral("tickets"));

    const JournalEntry &first = journal.entries().at(0);
    QCOMPARE(first.actor, QStringLiteral("mlefebvre"));
    QCOMPARE(first.recordedAtMs, 1773063000123);
    const TicketAction edit = commandOf(first);
    QCOMPARE(edit.kind, TicketAction::Kind::Edit);
    QCOMPARE(edit.ticketId, 3);
    QCOMPARE(edit.version, 2);
    QCOMPARE(edit.change.status, std::optional(TicketStatus::WaitingCustomer));
    QCOMPARE(edit.change.severity, std::optional(QStringLiteral("p2")));
    QVERIFY(edit.change.assignee && edit.change.assignee->isEmpty());
    QVERIFY(!edit.change.title && !edit.change.tier);

    // The one edit that went with an event: the response that opened a new ticket.
    const TicketAction respond = commandOf(journal.entries().at(1));
    QCOMPARE(respond.kind, TicketAction::Kind::Respond);
    QCOMPARE(respond.ticketId, 3);
    QCOMPARE(respond.version, 1);
    QVERIFY(respond.change.isEmpty());

    const JournalEntry &third = journal.entries().at(2);
    QCOMPARE(third.actor, QStringLiteral("sboucher"));
    const TicketAction note = commandOf(third);
    QCOMPARE(note.kind, TicketAction::Kind::Append);
    QCOMPARE(note.ticketId, 4);
    QCOMPARE(note.event.kind, TicketEvent::Kind::Note);
    QCOMPARE(note.event.at, test::fixedNow);
    QCOMPARE(note.event.value, QStringLiteral("called back"));
}

void TestOfflineJournalFile::damagedLinesAreRefusedWhole_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("place");
    // Refused by the journal itself: not an entry at all.
    QTest::newRow("not json") << QByteArray("{\"ticket\": 3, \"operation\": ") << "line 2";
    QTest::newRow("unknown operation")
        << QByteArray(R"({"ticket":3,"operation":"delete","version":1})") << "line 2";
    QTest::newRow("update with no event")
        << QByteArray(R"({"ticket":3,"operation":"update-with-event","version":1,"status":"open"})")
        << "line 2";
    QTest::newRow("no service") << QByteArray(
        R"({"command":{"action":"note","ticket":3,"version":1,"text":"x"}})")
                                << "line 2";
    QTest::newRow("no command") << QByteArray(R"({"service":"tickets","actor":"x"})") << "line 2";
    // Refused when the runner opens the journal: an entry, but not a command anyone runs.
    QTest::newRow("event of no kind")
        << QByteArray(R"({"ticket":3,"operation":"event","at":"2026-03-09T13:30:00Z","kind":"x",)"
                      R"("details":{}})")
        << "entry 2";
    QTest::newRow("no ticket") << QByteArray(R"({"operation":"update","version":1})") << "entry 2";
    QTest::newRow("unknown action")
        << QByteArray(R"({"service":"tickets","command":{"action":"delete","ticket":3,)"
                      R"("version":1}})")
        << "entry 2";
    QTest::newRow("unknown status")
        << QByteArray(R"({"service":"tickets","command":{"action":"edit","ticket":3,)"
                      R"("version":1,"change":{"status":"closed"}}})")
        << "entry 2";
    QTest::newRow("unknown service")
        << QByteArray(R"({"service":"billing","command":{"invoice":1}})") << "entry 2";
}

void TestOfflineJournalFile::damagedLinesAreRefusedWhole()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, place);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("j.jsonl"));
    const QByteArray good
        = R"({"service":"tickets","command":{"action":"resume","ticket":3,"version":1}})";
    const QByteArray content = good + '\n' + line + '\n';
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const auto database = test::openTemporarySqlite(dir);
    ManualClock clock(test::fixedNow);
    try {
        // What a console opening the journal does: read it, check every entry, then replay.
        test::TicketStack stack(*database, clock, path);
        QFAIL("a damaged journal was read");
    } catch (const InputError &error) {
        QCOMPARE(error.file(), path);
        QVERIFY2(error.place().startsWith(place), qPrintable(error.message()));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

QTEST_GUILESS_MAIN(TestOfflineJournalFile)
#include "tst_offlinejournal.moc"
