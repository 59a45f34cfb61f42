// Full-text search on SQLite (FTS5) and PostgreSQL (text search): stemming by the ticket's
// language, ranking, highlighting, scopes, an index that follows edits, and queries that hold
// search syntax or garbage and never fail.
#include "storage/demodata.h"
#include "storage/sqlticketsearch.h"
#include "testenvironment.h"
#include "ticketstack.h"
#include "time/clock.h"

#include <QSqlQuery>
#include <QTest>

using namespace hourglass;

class TestSqlTicketSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();
    void queryWordsAreQuoted();
    void frenchPluralFindsTheSingular();
    void englishStemsFold();
    void betterMatchesRankFirst();
    void matchesAreHighlighted();
    void searchSyntaxIsSearchedAsWords_data();
    void searchSyntaxIsSearchedAsWords();
    void scopesFilter();
    void indexFollowsTitleEdits();
    void limitIsHonoured();
    void oneTalkativeTicketDoesNotHideTheOthers();

private:
    // A ticket with a description in `language`, on a customer of the demo data.
    TicketRecord open(const QString &title,
                      const QString &description,
                      const QString &language = QStringLiteral("en"));
    QList<TicketSearchHit> find(const QString &text, TicketScope scope = TicketScope::All);
    static QList<qint64> ids(const QList<TicketSearchHit> &hits);

    QTemporaryDir m_dir;
    ManualClock m_clock{test::fixedNow};
    std::unique_ptr<Database> m_database;
    std::unique_ptr<test::TicketStack> m_stack;
    qint64 m_customer = 0;
};

void TestSqlTicketSearch::initTestCase_data()
{
    test::addEngineRows();
}

void TestSqlTicketSearch::initTestCase()
{
    test::isolateUserData();
}

void TestSqlTicketSearch::init()
{
    QFETCH_GLOBAL(QString, engine);
    static int counter = 0;
    m_database = engine == QLatin1String("sqlite")
                     ? test::openTemporarySqlite(m_dir, QStringLiteral("s%1.sqlite").arg(++counter))
                     : test::openTemporaryPostgres();
    const Instant now = test::seedInstant(*m_database);
    m_clock.set(now);
    DemoData::populate(*m_database, now);
    m_stack = std::make_unique<test::TicketStack>(*m_database,
                                                  m_clock,
                                                  QString(),
                                                  QStringLiteral("jokafor"));
    QSqlQuery query(m_database->connection());
    query.exec(
        QStringLiteral("SELECT c.id FROM customers c JOIN contracts k ON k.customer_id = c.id "
                       "WHERE k.policy_key = 'helpdesk-matrix' ORDER BY c.id LIMIT 1"));
    QVERIFY(query.next());
    m_customer = query.value(0).toLongLong();
}

void TestSqlTicketSearch::cleanup()
{
    m_stack.reset();
    m_database.reset();
}

TicketRecord TestSqlTicketSearch::open(const QString &title,
                                       const QString &description,
                                       const QString &language)
{
    TicketRequest request;
    request.customerId = m_customer;
    request.title = title;
    request.description = description;
    request.language = language;
    request.severity = QStringLiteral("p3");
    return m_stack->tickets.create(request);
}

QList<TicketSearchHit> TestSqlTicketSearch::find(const QString &text, TicketScope scope)
{
    return m_stack->repository.search({text, scope, 50});
}

QList<qint64> TestSqlTicketSearch::ids(const QList<TicketSearchHit> &hits)
{
    QList<qint64> list;
    for (const TicketSearchHit &hit : hits)
        list.append(hit.ticket.id);
    return list;
}

void TestSqlTicketSearch::queryWordsAreQuoted()
{
    QCOMPARE(SqlTicketSearch::fts5Query(QStringLiteral("printer OR \"jam* NEAR(xy)")),
             QStringLiteral("\"printer\" \"OR\" \"jam\" \"NEAR\" \"xy\""));
    // Single letters go when longer words remain; digits stay.
    QCOMPARE(SqlTicketSearch::fts5Query(QStringLiteral("l'imprimante  réseau E-4711 7")),
             QStringLiteral("\"imprimante\" \"réseau\" \"4711\" \"7\""));
    QCOMPARE(SqlTicketSearch::fts5Query(QStringLiteral("a b")), QStringLiteral("\"a\" \"b\""));
    QCOMPARE(SqlTicketSearch::fts5Query(QStringLiteral("\" * ( ) : ^ -")), QString());
}

void TestSqlTicketSearch::frenchPluralFindsTheSingular()
{
    const TicketRecord french = open(QStringLiteral("Bureau de Lyon"),
                                     QStringLiteral(
                                         "L'imprimante du deuxième étage ne répond plus."),
                                     QStringLiteral("fr"));
    const QList<TicketSearchHit> hits = find(QStringLiteral("imprimantes"));
    QVERIFY2(ids(hits).contains(french.id), qPrintable(QString::number(hits.size())));
    const TicketSearchHit &hit = hits.at(ids(hits).indexOf(french.id));
    QCOMPARE(hit.messageKind, TicketMessage::Kind::Description);
    QVERIFY2(hit.snippet.bracketed().contains(QStringLiteral("[[imprimante]]")),
             qPrintable(hit.snippet.bracketed()));
    // Accents are part of the French words: the plain spelling finds them too on SQLite, and
    // the French configuration finds the accented word as typed on both.
    QVERIFY(ids(find(QStringLiteral("étage"))).contains(french.id));
}

void TestSqlTicketSearch::englishStemsFold()
{
    const TicketRecord english = open(QStringLiteral("Label printers"),
                                      QStringLiteral("The printer jammed twice while printing."));
    QVERIFY(ids(find(QStringLiteral("printer"))).contains(english.id));
    QVERIFY(ids(find(QStringLiteral("jams"))).contains(english.id));
    // Every word is required.
    QVERIFY(!ids(find(QStringLiteral("printer zyxwvut"))).contains(english.id));
}

void TestSqlTicketSearch::betterMatchesRankFirst()
{
    const TicketRecord weak = open(QStringLiteral("Slow laptop"),
                                   QStringLiteral("The laptop is slow; maybe the quasarine "
                                                  "driver, maybe the disk, maybe the memory, "
                                                  "maybe something else entirely, who knows."));
    const TicketRecord strong = open(QStringLiteral("Quasarine crash"),
                                     QStringLiteral("Quasarine crashes: quasarine service down."));
    const QList<TicketSearchHit> hits = find(QStringLiteral("quasarine"));
    QCOMPARE(ids(hits), (QList{strong.id, weak.id}));
    QVERIFY(hits.at(0).score > hits.at(1).score);
}

void TestSqlTicketSearch::matchesAreHighlighted()
{
    const TicketRecord ticket = open(QStringLiteral("Gateway zorblax down"),
                                     QStringLiteral("Since noon the zorblax gateway refuses "
                                                    "connections."));
    QVERIFY(m_stack->act(ticket.id,
                         TicketAction::Kind::Respond,
                         QString(),
                         QStringLiteral("Restarting the zorblax now.")));
    const QList<TicketSearchHit> hits = find(QStringLiteral("ZORBLAX"));
    QCOMPARE(ids(hits), QList{ticket.id});
    const TicketSearchHit &hit = hits.first();
    QCOMPARE(hit.title.text, QStringLiteral("Gateway zorblax down"));
    QCOMPARE(hit.title.matches, (QList<HighlightedText::Range>{{8, 7}}));
    QVERIFY(hit.messageId != 0);
    QVERIFY2(hit.snippet.bracketed().contains(QStringLiteral("[[zorblax]]")),
             qPrintable(hit.snippet.bracketed()));
    // Plain text: no marks of the highlighter remain.
    QVERIFY(!hit.snippet.text.contains(QChar(2)) && !hit.snippet.text.contains(QChar(3)));
    for (const HighlightedText::Range &range : hit.snippet.matches)
        QCOMPARE(hit.snippet.text.mid(range.start, range.length).toLower(),
                 QStringLiteral("zorblax"));
    // A ticket found by a message alone has its title unmarked.
    const TicketRecord other = open(QStringLiteral("Unrelated"),
                                    QStringLiteral("The zorblax again."));
    const QList<TicketSearchHit> both = find(QStringLiteral("zorblax"));
    const TicketSearchHit &byMessage = both.at(ids(both).indexOf(other.id));
    QCOMPARE(byMessage.title.text, QStringLiteral("Unrelated"));
    QVERIFY(byMessage.title.matches.isEmpty());
    // A long message is cut around its match, and the cut is marked as a person reads it.
    QString words;
    for (int i = 0; i < 80; ++i)
        words += QStringLiteral("filler%1 ").arg(i);
    const TicketRecord longer = open(QStringLiteral("Long"),
                                     words + QStringLiteral("the frobozz failed ") + words);
    const QList<TicketSearchHit> cut = find(QStringLiteral("frobozz"));
    QCOMPARE(ids(cut), QList{longer.id});
    const QString snippet = cut.first().snippet.text;
    QVERIFY2(snippet.contains(QStringLiteral("frobozz")) && snippet.contains(QChar(u'…'))
                 && snippet.size() < words.size(),
             qPrintable(snippet));
}

void TestSqlTicketSearch::searchSyntaxIsSearchedAsWords_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("findsIt");
    QTest::newRow("quote") << "\"" << false;
    QTest::newRow("star") << "*" << false;
    QTest::newRow("OR") << "OR" << false;
    QTest::newRow("NEAR(") << "NEAR(" << false;
    QTest::newRow("NUL") << QStringLiteral("a%1b").arg(QChar(0)) << false;
    QTest::newRow("column filter") << "title:wibblefish" << false;
    QTest::newRow("open quote") << "\"wibblefish" << true;
    QTest::newRow("star suffix") << "wibblefish*" << true;
    QTest::newRow("operators") << "wibblefish OR zzqx" << false;
    QTest::newRow("tsquery syntax") << "wibblefish & !(xq | yq):*" << false;
    QTest::newRow("only punctuation") << "()[]{}^~-+:;'\\" << false;
    QTest::newRow("lone surrogate") << QStringLiteral("wibblefish %1").arg(QChar(0xd800)) << true;
    QTest::newRow("very long") << QString(5000, u'w') << false;
}

void TestSqlTicketSearch::searchSyntaxIsSearchedAsWords()
{
    QFETCH(QString, query);
    QFETCH(bool, findsIt);
    const TicketRecord ticket = open(QStringLiteral("Wibblefish sync"),
                                     QStringLiteral("The wibblefish agent stopped."));
    QList<TicketSearchHit> hits;
    try {
        hits = find(query);
    } catch (const std::exception &error) {
        QFAIL(error.what());
    }
    QCOMPARE(ids(hits).contains(ticket.id), findsIt);
}

void TestSqlTicketSearch::scopesFilter()
{
    const TicketRecord open1 = open(QStringLiteral("Plumbus leak"), QStringLiteral("plumbus"));
    const TicketRecord done = open(QStringLiteral("Plumbus leak again"), QStringLiteral("plumbus"));
    QVERIFY(m_stack->act(done.id, TicketAction::Kind::Resolve));
    QCOMPARE(ids(find(QStringLiteral("plumbus"), TicketScope::Open)), QList{open1.id});
    QCOMPARE(ids(find(QStringLiteral("plumbus"), TicketScope::Resolved)), QList{done.id});
    QList<qint64> all = ids(find(QStringLiteral("plumbus"), TicketScope::All));
    std::sort(all.begin(), all.end());
    QCOMPARE(all, (QList{open1.id, done.id}));
    // Reopened, it is open again.
    QVERIFY(m_stack->act(done.id, TicketAction::Kind::Reopen));
    QCOMPARE(find(QStringLiteral("plumbus"), TicketScope::Resolved).size(), 0);
}

void TestSqlTicketSearch::indexFollowsTitleEdits()
{
    const TicketRecord ticket = open(QStringLiteral("Frobnicator broken"), QString());
    QCOMPARE(ids(find(QStringLiteral("frobnicator"))), QList{ticket.id});
    TicketAction edit;
    edit.kind = TicketAction::Kind::Edit;
    edit.ticketId = ticket.id;
    edit.version = ticket.version;
    edit.change.title = QStringLiteral("Defenestrator broken");
    QVERIFY(m_stack->tickets.perform(edit));
    QVERIFY(find(QStringLiteral("frobnicator")).isEmpty());
    QCOMPARE(ids(find(QStringLiteral("defenestrator"))), QList{ticket.id});
    QVERIFY(m_stack->act(ticket.id,
                         TicketAction::Kind::Note,
                         QString(),
                         QStringLiteral("call the snorkelwacker team")));
    QCOMPARE(ids(find(QStringLiteral("snorkelwacker"))), QList{ticket.id});
}

void TestSqlTicketSearch::limitIsHonoured()
{
    for (int i = 0; i < 5; ++i)
        open(QStringLiteral("Gizmotron %1").arg(i), QStringLiteral("gizmotron"));
    QCOMPARE(m_stack->repository.search({QStringLiteral("gizmotron"), TicketScope::All, 3}).size(),
             3);
    QCOMPARE(find(QStringLiteral("gizmotron")).size(), 5);
    QVERIFY(
        m_stack->repository.search({QStringLiteral("gizmotron"), TicketScope::All, 0}).isEmpty());
}

// A ticket whose hundreds of messages all say the word, written after another that says it
// once: both are found (the walk keeps a few messages a ticket, not the most recent hundreds).
void TestSqlTicketSearch::oneTalkativeTicketDoesNotHideTheOthers()
{
    const TicketRecord quiet = open(QStringLiteral("Lyon office"), QStringLiteral("quuxgear down"));
    const TicketRecord talkative = open(QStringLiteral("Busy"), QStringLiteral("see notes"));
    for (int i = 0; i < 520; ++i)
        QVERIFY(m_stack->act(talkative.id,
                             TicketAction::Kind::Note,
                             QString(),
                             QStringLiteral("quuxgear restart %1").arg(i)));
    QList<qint64> found = ids(find(QStringLiteral("quuxgear")));
    std::sort(found.begin(), found.end());
    QCOMPARE(found, (QList{quiet.id, talkative.id}));
}

QTEST_GUILESS_MAIN(TestSqlTicketSearch)
#include "tst_sqlticketsearch.moc"
