// bench_search: the conversation at scale. 1 000 000 tickets with 5 000 000 messages (English and
// French, as a help desk writes them) on SQLite and on PostgreSQL (a cluster of its own,
// tests/testlib/pgcluster.sh): full-text search for an error code, common words, a French
// plural, a rare pair and a unique reference; and opening a ticket with 500 messages.
//   bench_search [--tickets N] [--keep DIR] [--engines sqlite,postgresql] [--postgres URL]
//                [benchmark options]
// --keep reuses (or fills once) the SQLite file in DIR; PostgreSQL is a cluster of its own,
// filled on every run, unless --postgres names a database to use (filled once, when empty).
#include "storage/database.h"
#include "storage/sqlticketrepository.h"
#include "storage/storageerror.h"
#include "testenvironment.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>

using namespace hourglass;

namespace {

constexpr int messagesPerTicket = 5;
constexpr int longThread = 500;

// What support tickets say, with a product {p}, an error code {e} and a site {s}.
const char *const english[] = {
    "The {p} stopped working this morning and shows error {e}.",
    "Since the update the {p} is very slow for everyone at the {s} office.",
    "We restarted the {p} twice but the problem comes back after an hour.",
    "Users cannot log in to the {p}; the screen says {e}.",
    "Thanks, the {p} works again. You can close the ticket.",
    "Could you send the logs from the {p}? We need them to find the cause.",
    "The printer next to the {p} jammed again and nobody can print.",
    "A firmware upgrade of the {p} is planned tonight at the {s} site.",
    "Still waiting for the new license key for the {p}.",
    "The backup of the {p} failed with {e} at 02:00.",
};
const char *const french[] = {
    "Le {p} ne fonctionne plus depuis ce matin et affiche l'erreur {e}.",
    "Depuis la mise à jour, le {p} est très lent au bureau de {s}.",
    "Nous avons redémarré le {p} deux fois mais le problème revient.",
    "Les utilisateurs ne peuvent pas se connecter au {p} : message {e}.",
    "Merci, le {p} fonctionne de nouveau. Vous pouvez fermer le ticket.",
    "Pouvez-vous envoyer les journaux du {p} ? Nous cherchons la cause.",
    "L'imprimante à côté du {p} est encore bloquée, personne ne peut imprimer.",
    "Une mise à niveau du micrologiciel du {p} est prévue ce soir sur le site de {s}.",
    "Nous attendons toujours la nouvelle clé de licence pour le {p}.",
    "La sauvegarde du {p} a échoué avec {e} à 02h00.",
};
const char *const products[] = {"VPN gateway", "mail server",  "Wi-Fi controller",
                                "ERP",         "badge reader", "label printer",
                                "file server", "phone system", "firewall",
                                "CRM",         "payroll app",  "NAS",
                                "router",      "scanner",      "POS terminal",
                                "web portal",  "SAN",          "hypervisor",
                                "proxy",       "time clock"};
const char *const sites[] = {"Lyon",
                             "Montréal",
                             "Toronto",
                             "Paris",
                             "Boston",
                             "Québec",
                             "Nantes",
                             "Ottawa",
                             "Lille",
                             "Chicago"};

void exec(Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db.connection());
    // PostgreSQL prepares no DDL: a statement without values runs as it is.
    bool ok = false;
    if (values.isEmpty()) {
        ok = query.exec(sql);
    } else {
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        ok = query.exec();
    }
    if (!ok)
        qFatal("%s\n%s", qPrintable(query.lastError().text()), qPrintable(sql.left(300)));
}

double seconds(const QElapsedTimer &timer)
{
    return double(timer.elapsed()) / 1000.0;
}

// Everything set-based: the rows are made by the database from a series and the phrase
// tables, in batches of 100 000 tickets, one transaction each.
void fill(Database &db, qint64 tickets)
{
    const bool pg = db.isPostgres();
    QElapsedTimer total;
    total.start();
    exec(db,
         QStringLiteral("INSERT INTO users (id, login, display_name, role, languages, time_zone, "
                        "email, phone) VALUES (900001, 'bench', 'Bench Agent', 'agent', 'en', "
                        "'UTC', '', '')"));
    for (int c = 1; c <= 20; ++c) {
        exec(db,
             QStringLiteral("INSERT INTO customers (id, name, organization, time_zone, language) "
                            "VALUES (?, ?, ?, 'UTC', ?)"),
             {c,
              QStringLiteral("Customer %1").arg(c),
              QStringLiteral("Org %1").arg(c),
              c <= 10 ? QStringLiteral("en") : QStringLiteral("fr")});
        exec(db,
             QStringLiteral("INSERT INTO contracts (id, customer_id, policy_key, tier, starts_at) "
                            "VALUES (?, ?, 'helpdesk-matrix', 'standard', 0)"),
             {c, c});
    }
    exec(db, QStringLiteral("CREATE TABLE bench_phrases (k INTEGER PRIMARY KEY, body TEXT)"));
    exec(db, QStringLiteral("CREATE TABLE bench_products (k INTEGER PRIMARY KEY, name TEXT)"));
    exec(db, QStringLiteral("CREATE TABLE bench_sites (k INTEGER PRIMARY KEY, name TEXT)"));
    for (int i = 0; i < 10; ++i) {
        exec(db, QStringLiteral("INSERT INTO bench_phrases VALUES (?, ?)"), {i, english[i]});
        exec(db,
             QStringLiteral("INSERT INTO bench_phrases VALUES (?, ?)"),
             {10 + i, QString::fromUtf8(french[i])});
        exec(db,
             QStringLiteral("INSERT INTO bench_sites VALUES (?, ?)"),
             {i, QString::fromUtf8(sites[i])});
    }
    for (int i = 0; i < 20; ++i)
        exec(db, QStringLiteral("INSERT INTO bench_products VALUES (?, ?)"), {i, products[i]});
    if (pg) {
        // Indexes and the per-row trigger are rebuilt after the load, as a bulk load does.
        exec(db, QStringLiteral("DROP INDEX ticket_messages_search"));
        exec(db,
             QStringLiteral("ALTER TABLE ticket_messages DISABLE TRIGGER ticket_messages_indexed"));
    }
    const QString series = pg ? QStringLiteral("WITH s(i) AS (SELECT generate_series(?::bigint, "
                                               "?::bigint)) ")
                              : QStringLiteral("WITH RECURSIVE s(i) AS (SELECT ? UNION ALL SELECT "
                                               "i + 1 FROM s WHERE i < ?) ");
    const qint64 t0 = 1700000000;
    const qint64 batch = 100000;
    for (qint64 from = 1; from <= tickets; from += batch) {
        const qint64 to = std::min(tickets, from + batch - 1);
        QElapsedTimer step;
        step.start();
        db.connection().transaction();
        exec(db,
             series
                 + QStringLiteral(
                       "INSERT INTO tickets (id, customer_id, contract_id, policy_key, "
                       "policy_version, title, severity, tier, status, channel, language, "
                       "created_at, updated_at, contact) SELECT i, 1 + i %% 20, 1 + i %% 20, "
                       "'helpdesk-matrix', 1, p.name || ' at ' || st.name || ' #' || i, 'p3', "
                       "'standard', CASE WHEN i %% 10 < 8 THEN 'resolved' ELSE 'open' END, "
                       "'phone', CASE WHEN i %% 20 < 9 THEN 'en' ELSE 'fr' END, %1 + i * 30, "
                       "%1 + i * 30 + 3600, '' FROM s JOIN bench_products p ON p.k = (i * 7) "
                       "%% 20 JOIN bench_sites st ON st.k = (i * 3) %% 10")
                       .arg(t0)
                       .replace(QLatin1String("%%"), QLatin1String("%")),
             {from, to});
        exec(db,
             series
                 + QStringLiteral(
                       "INSERT INTO ticket_events (id, ticket_id, at, kind, author_id, payload, "
                       "recorded_at) SELECT (i - 1) * 5 + j.j + 1, i, %1 + i * 30 + j.j * 600, "
                       "CASE j.j WHEN 0 THEN 'created' WHEN 1 THEN 'responded' WHEN 2 THEN "
                       "'customer-replied' WHEN 3 THEN 'updated' ELSE 'note' END, 900001, CASE "
                       "j.j WHEN 0 THEN '{\"tier\":\"standard\",\"channel\":\"phone\"}' ELSE '{}' "
                       "END, %1 FROM s CROSS JOIN (SELECT 0 AS j UNION ALL SELECT 1 UNION ALL "
                       "SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4) j")
                       .arg(t0),
             {from, to});
        // Each message a phrase of its ticket's language, a product, a site, one of 10 000
        // error codes, and the ticket's reference.
        const QString search = pg ? QStringLiteral(", search") : QString();
        const QString vector = pg ? QStringLiteral(", to_tsvector(hourglass_search_config("
                                                   "t.language), b.body)")
                                  : QString();
        exec(db,
             QStringLiteral(
                 "INSERT INTO ticket_messages (event_id, ticket_id, author_name, body%1) "
                 "SELECT b.id, b.ticket_id, b.author, b.body%2 FROM (SELECT e.id, e.ticket_id, "
                 "CASE WHEN e.kind IN ('created', 'customer-replied') THEN 'Contact ' || "
                 "e.ticket_id %% 97 ELSE '' END AS author, replace(replace(replace(ph.body, "
                 "'{p}', p.name), '{s}', st.name), '{e}', 'E-' || ((e.id * 40503) %% 10000)) "
                 "|| ' (ref' || e.ticket_id || ')' AS body FROM ticket_events e JOIN tickets "
                 "tk ON tk.id = e.ticket_id JOIN bench_phrases ph ON ph.k = (e.id * 7919) %% "
                 "10 + CASE WHEN tk.language = 'fr' THEN 10 ELSE 0 END JOIN bench_products p "
                 "ON p.k = (e.id * 31) %% 20 JOIN bench_sites st ON st.k = (e.id * 13) %% 10 "
                 "WHERE e.ticket_id BETWEEN ? AND ?) b%3")
                 .arg(search,
                      vector,
                      pg ? QStringLiteral(" JOIN tickets t ON t.id = b.ticket_id") : QString())
                 .replace(QLatin1String("%%"), QLatin1String("%")),
             {from, to});
        db.connection().commit();
        std::printf("  %s: tickets %lld-%lld in %.1f s\n",
                    pg ? "postgresql" : "sqlite",
                    from,
                    to,
                    seconds(step));
        std::fflush(stdout);
    }
    // One ticket with a long conversation.
    const qint64 longId = tickets + 1;
    const qint64 firstEvent = tickets * messagesPerTicket + 1;
    exec(db,
         QStringLiteral("INSERT INTO tickets (id, customer_id, contract_id, policy_key, "
                        "policy_version, title, severity, tier, status, channel, language, "
                        "created_at, updated_at, contact) VALUES (?, 1, 1, 'helpdesk-matrix', 1, "
                        "'Long conversation', 'p3', 'standard', 'open', 'phone', 'en', ?, ?, "
                        "'Pat')"),
         {longId, t0, t0 + longThread * 60});
    db.connection().transaction();
    for (int j = 0; j < longThread; ++j) {
        const char *kind = j == 0 ? "created" : j % 2 ? "responded" : "customer-replied";
        exec(db,
             QStringLiteral("INSERT INTO ticket_events (id, ticket_id, at, kind, author_id, "
                            "payload, recorded_at) VALUES (?, ?, ?, ?, 900001, ?, ?)"),
             {firstEvent + j,
              longId,
              t0 + j * 60,
              QString::fromLatin1(kind),
              j == 0 ? QStringLiteral("{\"tier\":\"standard\",\"channel\":\"phone\"}")
                     : QStringLiteral("{}"),
              t0});
        exec(db,
             QStringLiteral("INSERT INTO ticket_messages (event_id, ticket_id, author_name, body) "
                            "VALUES (?, ?, ?, ?)"),
             {firstEvent + j,
              longId,
              j % 2 ? QStringLiteral("") : QStringLiteral("Pat"),
              QStringLiteral("Message %1 of a long conversation about the %2.")
                  .arg(j)
                  .arg(QLatin1String(products[j % 20]))});
    }
    db.connection().commit();
    if (pg) {
        QElapsedTimer step;
        step.start();
        exec(db,
             QStringLiteral("ALTER TABLE ticket_messages ENABLE TRIGGER ticket_messages_indexed"));
        exec(db,
             QStringLiteral("CREATE INDEX ticket_messages_search ON ticket_messages USING GIN "
                            "(search)"));
        for (const char *table : {"tickets", "ticket_events"})
            exec(db,
                 QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), (SELECT "
                                "MAX(id) FROM %1))")
                     .arg(QLatin1String(table)));
        exec(db, QStringLiteral("VACUUM ANALYZE"));
        std::printf("  postgresql: GIN index and statistics in %.1f s\n", seconds(step));
    } else {
        exec(db, QStringLiteral("ANALYZE"));
    }
    std::printf("  %s: %lld tickets, %lld messages filled in %.1f s\n",
                pg ? "postgresql" : "sqlite",
                tickets + 1,
                tickets * messagesPerTicket + longThread,
                seconds(total));
    std::fflush(stdout);
}

struct Engine
{
    QString name;
    std::unique_ptr<Database> database;
    std::unique_ptr<SqlTicketRepository> repository;
    qint64 longTicket = 0;
};

void registerFor(Engine &engine)
{
    struct Query
    {
        const char *name;
        QString text;
        TicketScope scope;
    };
    const QList<Query> queries = {
        {"error code", QStringLiteral("E-4711"), TicketScope::All},
        {"common words", QStringLiteral("printer jammed"), TicketScope::All},
        {"French plural", QStringLiteral("imprimantes"), TicketScope::All},
        {"two words, open tickets", QStringLiteral("ERP Ottawa"), TicketScope::Open},
        // A word in most messages, narrowed by status: the scope cannot be left to the index.
        {"common word, open tickets", QStringLiteral("printer"), TicketScope::Open},
        {"common word, resolved tickets", QStringLiteral("problem"), TicketScope::Resolved},
        // In nearly every message, 500 of them on one ticket: the others still come up.
        {"word in nearly every message", QStringLiteral("the"), TicketScope::Open},
        // Lyon's tickets are all resolved here: the walk stops at its depth, not at the end.
        {"common word, none in scope", QStringLiteral("Lyon"), TicketScope::Open},
        {"unique reference", QStringLiteral("ref424242"), TicketScope::All},
    };
    for (const Query &query : queries) {
        const std::string name = "search/" + engine.name.toStdString() + "/" + query.name;
        benchmark::RegisterBenchmark(name.c_str(), [&engine, query](benchmark::State &state) {
            qsizetype hits = 0;
            for (auto _ : state) {
                const auto found = engine.repository->search({query.text, query.scope, 50});
                hits = found.size();
                benchmark::DoNotOptimize(hits);
            }
            state.counters["hits"] = double(hits);
        })->Unit(benchmark::kMillisecond);
    }
    const std::string thread = "open ticket/" + engine.name.toStdString()
                               + "/thread of 500 messages";
    benchmark::RegisterBenchmark(thread.c_str(), [&engine](benchmark::State &state) {
        qsizetype messages = 0;
        for (auto _ : state) {
            messages = engine.repository->thread(engine.longTicket).size();
            benchmark::DoNotOptimize(messages);
        }
        state.counters["messages"] = double(messages);
    })->Unit(benchmark::kMillisecond);
    const std::string open = "open ticket/" + engine.name.toStdString()
                             + "/record, timeline and thread";
    benchmark::RegisterBenchmark(open.c_str(), [&engine](benchmark::State &state) {
        for (auto _ : state) {
            benchmark::DoNotOptimize(engine.repository->ticket(engine.longTicket));
            benchmark::DoNotOptimize(engine.repository->timeline(engine.longTicket));
            benchmark::DoNotOptimize(engine.repository->thread(engine.longTicket));
        }
    })->Unit(benchmark::kMillisecond);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qint64 tickets = 1000000;
    QString keep;
    QString postgres;
    QStringList engines = {QStringLiteral("sqlite"), QStringLiteral("postgresql")};
    std::vector<char *> rest = {argv[0]};
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--tickets") == 0 && i + 1 < argc)
            tickets = QByteArray(argv[++i]).toLongLong();
        else if (std::strcmp(argv[i], "--keep") == 0 && i + 1 < argc)
            keep = QString::fromLocal8Bit(argv[++i]);
        else if (std::strcmp(argv[i], "--postgres") == 0 && i + 1 < argc)
            postgres = QString::fromLocal8Bit(argv[++i]);
        else if (std::strcmp(argv[i], "--engines") == 0 && i + 1 < argc)
            engines = QString::fromLocal8Bit(argv[++i]).split(u',');
        else
            rest.push_back(argv[i]);
    }
    int restCount = int(rest.size());
    benchmark::Initialize(&restCount, rest.data());
    QTemporaryDir dir;
    const QString folder = keep.isEmpty() ? dir.path() : keep;
    QDir().mkpath(folder);
    std::printf("search benchmark: %lld tickets, %d messages each, plus one of %d\n",
                tickets,
                messagesPerTicket,
                longThread);
    std::list<Engine> opened;
    const QString state = dir.filePath(QStringLiteral("cluster"));
    bool clusterStarted = false;
    try {
        for (const QString &name : std::as_const(engines)) {
            Engine &engine = opened.emplace_back();
            engine.name = name;
            engine.longTicket = tickets + 1;
            if (name == QLatin1String("sqlite")) {
                const QString file = folder + QStringLiteral("/search-%1.sqlite").arg(tickets);
                const bool exists = QFile::exists(file);
                engine.database = Database::open(DatabaseUrl::sqliteFile(file),
                                                 Database::Schema::Migrate);
                if (!exists)
                    fill(*engine.database, tickets);
            } else if (!postgres.isEmpty()) {
                engine.database = Database::open(DatabaseUrl::parse(postgres),
                                                 Database::Schema::Migrate);
                QSqlQuery count(engine.database->connection());
                if (!count.exec(QStringLiteral("SELECT COUNT(*) FROM tickets")) || !count.next())
                    qFatal("%s", qPrintable(count.lastError().text()));
                if (count.value(0).toLongLong() == 0)
                    fill(*engine.database, tickets);
            } else {
                const QString server = test::pgCluster("start", state);
                clusterStarted = true;
                engine.database = Database::open(DatabaseUrl::parse(server),
                                                 Database::Schema::Migrate);
                fill(*engine.database, tickets);
            }
            engine.repository = std::make_unique<SqlTicketRepository>(*engine.database);
            registerFor(engine);
        }
        benchmark::RunSpecifiedBenchmarks();
    } catch (const StorageError &error) {
        std::fprintf(stderr, "bench_search: %s\n", qPrintable(error.message()));
        if (clusterStarted)
            test::pgCluster("stop", state);
        return 1;
    }
    opened.clear();
    if (clusterStarted)
        test::pgCluster("stop", state);
    benchmark::Shutdown();
    return 0;
}
