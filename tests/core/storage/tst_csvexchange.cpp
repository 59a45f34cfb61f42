// CSV import and export on both engines: rows validated whole, written in one transaction.
#include "io/csv.h"
#include "io/inputerror.h"
#include "storage/changelog.h"
#include "storage/csvexchange.h"
#include "storage/demodata.h"
#include "storage/sqlticketrepository.h"
#include "testenvironment.h"
#include "ticketstack.h"
#include "time/clock.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace hourglass;

class TestCsvExchange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase() { test::isolateUserData(); }
    void init();
    void importsTicketsWithTriage();
    void refusesWholeFileAtFirstBadRow_data();
    void refusesWholeFileAtFirstBadRow();
    void customersRoundTrip();
    void noticeAddressesImportAndExport();
    void contractsOfOneCustomerMustAgree_data();
    void contractsOfOneCustomerMustAgree();
    void exportsEveryTicket();
    void ticketsRoundTripIntoAnotherDatabase();
    void contractStartIsHonoured();
    void cleanup();

private:
    QTemporaryDir m_dir;
    // Later than the demo's now, so the rows' created_at are in the past.
    ManualClock m_clock{test::fixedNow + Seconds{2 * 3600}};
    Instant m_now; // the test's "now": see test::seedInstant
    // Another database of the engine under test, migrated and empty.
    std::unique_ptr<Database> freshDatabase();

    std::unique_ptr<Database> m_database;
    std::unique_ptr<test::TicketStack> m_stack;
};

void TestCsvExchange::initTestCase_data()
{
    test::addEngineRows();
}

void TestCsvExchange::init()
{
    m_stack.reset();
    m_database.reset();
    m_database = freshDatabase();
    m_now = test::seedInstant(*m_database);
    DemoData::populate(*m_database, m_now);
    m_stack = std::make_unique<test::TicketStack>(*m_database, m_clock);
}

void TestCsvExchange::cleanup()
{
    m_stack.reset();
    m_database.reset();
}

void TestCsvExchange::importsTicketsWithTriage()
{
    const qint64 before = test::countRows(*m_database, QStringLiteral("tickets"));
    // Contoso Retail follows the cloud tiers; Mairie de Lyon the provisioning terms, whose
    // email requests default to Minor.
    // Opened three days and one hour before the test's now (the fixed instant, or earlier when
    // the server's clock is).
    const QString opened = formatInstant(m_now - std::chrono::hours{3 * 24 - 3});
    const QString later = formatInstant(m_now - std::chrono::hours{1});
    const QByteArray csv = "customer,title,severity,channel,created_at,assignee,status\r\n"
                           "Contoso Retail,\"VM down, urgent\",p1,portal,"
                           + opened.toUtf8()
                           + ",mlefebvre,open\r\n"
                             "Mairie de Lyon,Phones reboot,,email,"
                           + later.toUtf8() + ",,\r\n";
    QCOMPARE(CsvExchange::importTickets(m_stack->tickets, QStringLiteral("in.csv"), csv), 2);
    QCOMPARE(test::countRows(*m_database, QStringLiteral("tickets")), before + 2);
    SqlTicketRepository &repository = m_stack->repository;
    const QList<TicketRecord> all = repository.allTickets();
    const TicketRecord first = all.at(all.size() - 2);
    const TicketRecord second = all.last();
    QCOMPARE(first.title, QStringLiteral("VM down, urgent"));
    QCOMPARE(first.assignee, QStringLiteral("mlefebvre"));
    QCOMPARE(first.status, TicketStatus::Open);
    QCOMPARE(formatInstant(first.createdAt), opened);
    QCOMPARE(second.severity, QStringLiteral("minor"));
    QCOMPARE(formatInstant(second.createdAt), later);
    QCOMPARE(second.status, TicketStatus::New);
    QCOMPARE(repository.timeline(second.id).events.first().kind, TicketEvent::Kind::Created);
    // The status imported is part of the timeline, at the time the ticket was opened.
    const QList<TicketEvent> events = repository.timeline(first.id).events;
    QCOMPARE(events.last().kind, TicketEvent::Kind::StatusChanged);
    QCOMPARE(events.last().value, QStringLiteral("open"));
    QCOMPARE(events.last().at, first.createdAt);
    // Ids keep counting after the import.
    const TicketRecord next = m_stack->create(first.customerId,
                                              QStringLiteral("after"),
                                              QStringLiteral("p2"),
                                              QStringLiteral("portal"));
    QVERIFY(next.id > second.id);
}

void TestCsvExchange::refusesWholeFileAtFirstBadRow_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("problem");
    const QByteArray good = "Contoso Retail,Fine,p1\n";
    QTest::newRow("unknown customer") << "customer,title,severity\n" + good + "Nobody Inc,x,p1\n"
                                      << "line 3, column 1"
                                      << "unknown customer";
    QTest::newRow("unknown severity")
        << "customer,title,severity\n" + good + "Contoso Retail,x,p9\n"
        << "line 3, column 3"
        << "unknown severity \"p9\"";
    QTest::newRow("bad instant") << QByteArray(
        "customer,title,created_at\nContoso Retail,x,yesterday\n")
                                 << "line 2, column 3"
                                 << "ISO 8601";
    QTest::newRow("unknown column")
        << QByteArray("customer,title,priority\nContoso Retail,x,1\n") << "line 1, column 3"
        << "unknown column \"priority\"";
    QTest::newRow("missing column")
        << QByteArray("customer,severity\nContoso Retail,p1\n") << "line 1"
        << "missing column \"title\"";
    QTest::newRow("unclosed quote")
        << "customer,title,severity\n" + good + "Contoso Retail,\"x,p1\n"
        << "line 3, column 16"
        << "never closed";
    QTest::newRow("unknown user") << QByteArray("customer,title,assignee\nContoso Retail,x,ghost\n")
                                  << "line 2, column 3"
                                  << "unknown user";
    QTest::newRow("empty title") << "customer,title,severity\n" + good + "Contoso Retail, ,p1\n"
                                 << "line 3, column 2"
                                 << "the title is empty";
    QTest::newRow("opened in the future")
        << QByteArray("customer,title,created_at\nContoso Retail,x,2099-01-01T00:00:00Z\n")
        << "line 2, column 3"
        << "between 1970 and now";
}

void TestCsvExchange::refusesWholeFileAtFirstBadRow()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, place);
    QFETCH(QString, problem);
    const qint64 tickets = test::countRows(*m_database, QStringLiteral("tickets"));
    const qint64 changes = ChangeLog::latestId(*m_database);
    try {
        CsvExchange::importTickets(m_stack->tickets, QStringLiteral("bad.csv"), csv);
        QFAIL("a bad file was imported");
    } catch (const InputError &error) {
        QCOMPARE(error.file(), QStringLiteral("bad.csv"));
        QVERIFY2(error.place() == place, qPrintable(error.message()));
        QVERIFY2(error.problem().contains(problem), qPrintable(error.message()));
    }
    QCOMPARE(test::countRows(*m_database, QStringLiteral("tickets")), tickets);
    QCOMPARE(ChangeLog::latestId(*m_database), changes);
}

// What export writes reads back unchanged into a fresh database; into the database it came from,
// where every name exists already, it is refused whole (customer names are unique: tickets
// name their customer).
void TestCsvExchange::customersRoundTrip()
{
    QCOMPARE(CsvExchange::importCustomers(
                 *m_database,
                 QStringLiteral("c.csv"),
                 "name,organization,time_zone,language,policy,tier,contract_start,contract_end\n"
                 "\"Contoso Retail, Europe\",Contoso,Europe/Paris,fr,cloud-tiers,silver,"
                 "2025-01-01T00:00:00Z,2026-01-01T00:00:00Z\n"
                 "\"Contoso Retail, Europe\",Contoso,Europe/Paris,fr,cloud-tiers,gold,"
                 "2026-01-01T00:00:00Z,\n"),
             1);
    QCOMPARE(test::countRows(*m_database,
                             QStringLiteral("contracts"),
                             QStringLiteral("customer_id = (SELECT id FROM customers WHERE name = "
                                            "'Contoso Retail, Europe')")),
             2);
    const QByteArray exported = CsvExchange::exportCustomers(*m_database);
    const qint64 customers = test::countRows(*m_database, QStringLiteral("customers"));
    const qint64 contracts = test::countRows(*m_database, QStringLiteral("contracts"));
    try {
        CsvExchange::importCustomers(*m_database, QStringLiteral("c.csv"), exported);
        QFAIL("the same customers were imported twice");
    } catch (const InputError &error) {
        QCOMPARE(error.place(), QStringLiteral("line 2, column 1"));
        QVERIFY2(error.problem().contains(QLatin1String("exists already")),
                 qPrintable(error.message()));
    }
    QCOMPARE(test::countRows(*m_database, QStringLiteral("customers")), customers);
    QCOMPARE(test::countRows(*m_database, QStringLiteral("contracts")), contracts);

    const auto fresh = freshDatabase();
    QCOMPARE(CsvExchange::importCustomers(*fresh, QStringLiteral("c.csv"), exported), customers);
    QCOMPARE(test::countRows(*fresh, QStringLiteral("contracts")), contracts);
    QCOMPARE(CsvExchange::exportCustomers(*fresh), exported);

    QVERIFY_THROWS_EXCEPTION(
        InputError,
        CsvExchange::importCustomers(*m_database,
                                     QStringLiteral("c.csv"),
                                     "name,policy,tier,time_zone\nX,cloud-tiers,gold,Mars/Base\n"));
}

void TestCsvExchange::noticeAddressesImportAndExport()
{
    // Where a customer's maintenance notices go: one address, kept across export and import.
    QCOMPARE(CsvExchange::importCustomers(*m_database,
                                          QStringLiteral("c.csv"),
                                          "name,policy,tier,notice_email\n"
                                          "Fabrikam,cloud-tiers,gold,ops@fabrikam.example\n"
                                          "Tailspin,cloud-tiers,silver,\n"),
             2);
    QCOMPARE(test::countRows(*m_database,
                             QStringLiteral("customers"),
                             QStringLiteral("name = 'Fabrikam' AND notice_email = "
                                            "'ops@fabrikam.example'")),
             1);
    QCOMPARE(test::countRows(*m_database,
                             QStringLiteral("customers"),
                             QStringLiteral("name = 'Tailspin' AND notice_email = ''")),
             1);
    const QByteArray exported = CsvExchange::exportCustomers(*m_database);
    QVERIFY2(exported.startsWith("name,organization,time_zone,language,policy,tier,"
                                 "contract_start,contract_end,notice_email\r\n"),
             exported.constData());
    QVERIFY(exported.contains(",ops@fabrikam.example"));
    const auto fresh = freshDatabase();
    CsvExchange::importCustomers(*fresh, QStringLiteral("c.csv"), exported);
    QCOMPARE(CsvExchange::exportCustomers(*fresh), exported);

    // Anything but one address is refused, naming the line and column, and nothing changes.
    const qint64 customers = test::countRows(*m_database, QStringLiteral("customers"));
    for (const QByteArray &bad : {QByteArray("ops at fabrikam"),
                                  QByteArray("\"a@x.example, b@x.example\""),
                                  QByteArray("Ops <ops@x.example>")}) {
        try {
            CsvExchange::importCustomers(*m_database,
                                         QStringLiteral("c.csv"),
                                         "name,policy,tier,notice_email\n"
                                         "Northwind,cloud-tiers,gold,ops@northwind.example\n"
                                         "Litware,cloud-tiers,gold,"
                                             + bad + "\n");
            QFAIL(bad.constData());
        } catch (const InputError &error) {
            QCOMPARE(error.place(), QStringLiteral("line 3, column 4"));
            QVERIFY2(error.problem().contains(QLatin1String("is not an email address")),
                     qPrintable(error.message()));
        }
    }
    QCOMPARE(test::countRows(*m_database, QStringLiteral("customers")), customers);
}

void TestCsvExchange::contractsOfOneCustomerMustAgree_data()
{
    QTest::addColumn<QByteArray>("second");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("problem");
    QTest::newRow("overlap") << QByteArray("Acme Two,Acme,UTC,en,cloud-tiers,gold,"
                                           "2025-06-01T00:00:00Z,")
                             << "line 3, column 7"
                             << "overlaps";
    QTest::newRow("zone") << QByteArray("Acme Two,Acme,Europe/Paris,en,cloud-tiers,gold,"
                                        "2026-01-01T00:00:00Z,")
                          << "line 3, column 3"
                          << "differs from line 2";
    QTest::newRow("ends before start") << QByteArray("Acme Two,Acme,UTC,en,cloud-tiers,gold,"
                                                     "2027-01-01T00:00:00Z,2026-01-01T00:00:00Z")
                                       << "line 3, column 8"
                                       << "ends before it starts";
}

void TestCsvExchange::contractsOfOneCustomerMustAgree()
{
    QFETCH(QByteArray, second);
    QFETCH(QString, place);
    QFETCH(QString, problem);
    const qint64 customers = test::countRows(*m_database, QStringLiteral("customers"));
    try {
        CsvExchange::importCustomers(
            *m_database,
            QStringLiteral("c.csv"),
            "name,organization,time_zone,language,policy,tier,contract_start,contract_end\n"
            "Acme Two,Acme,UTC,en,cloud-tiers,silver,2025-01-01T00:00:00Z,2026-01-01T00:00:00Z\n"
                + second + "\n");
        QFAIL("accepted");
    } catch (const InputError &error) {
        QCOMPARE(error.place(), place);
        QVERIFY2(error.problem().contains(problem), qPrintable(error.message()));
    }
    QCOMPARE(test::countRows(*m_database, QStringLiteral("customers")), customers);
}

void TestCsvExchange::exportsEveryTicket()
{
    const QByteArray csv = CsvExchange::exportTickets(m_stack->repository);
    const QList<Csv::Row> rows = Csv::parse(QStringLiteral("e.csv"), csv);
    QCOMPARE(rows.size() - 1, test::countRows(*m_database, QStringLiteral("tickets")));
    QCOMPARE(rows.first().fields.first(), QStringLiteral("id"));
    // An export imports again: every ticket once more.
    const qint64 tickets = test::countRows(*m_database, QStringLiteral("tickets"));
    QCOMPARE(CsvExchange::importTickets(m_stack->tickets, QStringLiteral("e.csv"), csv), tickets);
    QCOMPARE(test::countRows(*m_database, QStringLiteral("tickets")), 2 * tickets);
}

// Customers and tickets exported from one database and imported into another read back the
// same: titles (an edit with spaces around it included), severities after triage, tiers,
// statuses, channels, languages, assignees and opening times. Ids, versions and update times
// are the new database's own.
void TestCsvExchange::ticketsRoundTripIntoAnotherDatabase()
{
    const TicketRecord spaced = m_stack->create(m_stack->customers.customers().first().id,
                                                QStringLiteral("Spaced"),
                                                QString(),
                                                QString(),
                                                QString());
    TicketAction edit;
    edit.kind = TicketAction::Kind::Edit;
    edit.ticketId = spaced.id;
    edit.version = spaced.version;
    edit.change.title = QStringLiteral("  Two  spaces inside, none around \t");
    QVERIFY(m_stack->tickets.perform(edit));
    QCOMPARE(m_stack->repository.ticket(spaced.id)->title,
             QStringLiteral("Two  spaces inside, none around"));

    const QByteArray customers = CsvExchange::exportCustomers(*m_database);
    const QByteArray tickets = CsvExchange::exportTickets(m_stack->repository);

    // Another database with the same people (assignees are logins) and no customers yet.
    const auto other = freshDatabase();
    DemoData::populate(*other, m_now);
    QSqlQuery query(other->connection());
    for (const char *table : {"escalation_attempts",
                              "escalation_runs",
                              "expertise_pack_draws",
                              "expertise_entries",
                              "expertise_packs",
                              "contract_requests",
                              "ticket_messages",
                              "ticket_events",
                              "tickets",
                              "contracts",
                              "customers"})
        QVERIFY2(query.exec(QStringLiteral("DELETE FROM ") + QLatin1String(table)),
                 qPrintable(query.lastError().text()));
    test::TicketStack stack(*other, m_clock);
    CsvExchange::importCustomers(*other, QStringLiteral("c.csv"), customers);
    CsvExchange::importTickets(stack.tickets, QStringLiteral("t.csv"), tickets);

    const auto comparable = [](const QByteArray &csv) {
        const QList<Csv::Row> rows = Csv::parse(QStringLiteral("e.csv"), csv);
        const QStringList header = rows.first().fields;
        QList<QStringList> kept;
        for (const Csv::Row &row : rows.mid(1)) {
            QStringList fields;
            for (qsizetype i = 0; i < header.size(); ++i) {
                if (header[i] != QLatin1String("id") && header[i] != QLatin1String("updated_at")
                    && header[i] != QLatin1String("version"))
                    fields.append(row.fields[i]);
            }
            kept.append(fields);
        }
        std::sort(kept.begin(), kept.end());
        return kept;
    };
    const auto before = comparable(tickets);
    const auto after = comparable(CsvExchange::exportTickets(stack.repository));
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        QCOMPARE(after[i].join(QLatin1Char('|')), before[i].join(QLatin1Char('|')));
}

std::unique_ptr<Database> TestCsvExchange::freshDatabase()
{
    QFETCH_GLOBAL(QString, engine);
    static int counter = 0;
    return engine == QLatin1String("sqlite")
               ? test::openTemporarySqlite(m_dir, QStringLiteral("c%1.sqlite").arg(++counter))
               : test::openTemporaryPostgres();
}

void TestCsvExchange::contractStartIsHonoured()
{
    const auto days = [](int n) {
        return std::chrono::hours{24 * n};
    };
    const QByteArray exported = CsvExchange::exportCustomers(*m_database);
    QVERIFY(Csv::parse(QStringLiteral("c.csv"), exported)
                .first()
                .fields.contains(QStringLiteral("contract_start")));
    QCOMPARE(CsvExchange::importCustomers(*m_database,
                                          QStringLiteral("c.csv"),
                                          "name,policy,tier,contract_start\nLate Starter,"
                                          "cloud-tiers,gold,"
                                              + formatInstant(m_now - days(8)).toUtf8() + "\n"),
             1);
    // Before its contract started the customer had no ticket to open; after, it has.
    const qint64 tickets = test::countRows(*m_database, QStringLiteral("tickets"));
    try {
        CsvExchange::importTickets(m_stack->tickets,
                                   QStringLiteral("t.csv"),
                                   "customer,title,created_at\nLate Starter,x,"
                                       + formatInstant(m_now - days(10)).toUtf8() + "\n");
        QFAIL("a ticket before the contract was imported");
    } catch (const InputError &error) {
        QCOMPARE(error.place(), QStringLiteral("line 2, column 1"));
        QVERIFY2(error.problem().contains(QStringLiteral("no contract in force")),
                 qPrintable(error.message()));
    }
    QCOMPARE(test::countRows(*m_database, QStringLiteral("tickets")), tickets);
    QCOMPARE(CsvExchange::importTickets(m_stack->tickets,
                                        QStringLiteral("t.csv"),
                                        "customer,title,created_at\nLate Starter,x,"
                                            + formatInstant(m_now - days(7)).toUtf8() + "\n"),
             1);
    const TicketRecord imported = m_stack->repository.allTickets().last();
    QCOMPARE(imported.policyId, QStringLiteral("cloud-tiers"));
    QCOMPARE(imported.tier, QStringLiteral("gold"));
}

QTEST_GUILESS_MAIN(TestCsvExchange)
#include "tst_csvexchange.moc"
