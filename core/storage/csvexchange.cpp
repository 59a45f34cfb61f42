// Tickets and customers to and from CSV: imports are validated whole, then written in one
// transaction; a malformed file is refused with the line and column of its first problem.
#include "storage/csvexchange.h"

#include "io/csv.h"
#include "io/inputerror.h"
#include "sla/slaengine.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/policystore.h"
#include "storage/sqlticketrepository.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"
#include "time/businesscalendar.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::CsvExchange)
};

// The header of an import: column positions by name, checked against what the file may and
// must have; then each row's cells by name, and errors that name the row and the column.
class Columns
{
public:
    Columns(const QString &fileName,
            const Csv::Row &header,
            const QStringList &required,
            const QStringList &optional)
        : m_file(fileName)
    {
        for (qsizetype i = 0; i < header.fields.size(); ++i) {
            const QString name = header.fields.at(i).trimmed().toLower();
            if (!required.contains(name) && !optional.contains(name))
                throw InputError(fileName,
                                 Tr::tr("line 1, column %1").arg(i + 1),
                                 Tr::tr("unknown column \"%1\" (known: %2)")
                                     .arg(name, (required + optional).join(QLatin1String(", "))));
            if (m_positions.contains(name))
                throw InputError(fileName,
                                 Tr::tr("line 1, column %1").arg(i + 1),
                                 Tr::tr("column \"%1\" appears twice").arg(name));
            m_positions.insert(name, i);
        }
        for (const QString &name : required) {
            if (!m_positions.contains(name))
                throw InputError(fileName,
                                 Tr::tr("line 1"),
                                 Tr::tr("missing column \"%1\"").arg(name));
        }
    }

    QString cell(const Csv::Row &row, const QString &name) const
    {
        const auto it = m_positions.constFind(name);
        return it == m_positions.constEnd() ? QString() : row.fields.at(*it).trimmed();
    }

    [[noreturn]] void fail(const Csv::Row &row, const QString &name, const QString &problem) const
    {
        throw InputError(m_file,
                         Tr::tr("line %1, column %2").arg(row.line).arg(m_positions.value(name) + 1),
                         problem);
    }

private:
    QString m_file;
    QHash<QString, qsizetype> m_positions;
};

Instant now()
{
    return std::chrono::time_point_cast<Seconds>(std::chrono::system_clock::now());
}

// Rows with ids given up front. PostgreSQL takes a batch of rows a statement (one round trip);
// SQLite reuses one prepared single-row statement, since it looks placeholders up by a linear
// scan and a statement with thousands of them costs quadratic time.
void insertRows(Database &database,
                const QString &head,
                int columns,
                const QList<QVariantList> &rows)
{
    const int batch = database.isPostgres() ? 200 : 1;
    const QString placeholders = QStringLiteral("(")
                                 + QStringList(columns, QStringLiteral("?")).join(u',') + u')';
    QSqlQuery insert(database.connection());
    qsizetype prepared = -1;
    for (qsizetype start = 0; start < rows.size(); start += batch) {
        const qsizetype count = std::min<qsizetype>(batch, rows.size() - start);
        if (count != prepared) {
            insert.prepare(head + QLatin1String(" VALUES ")
                           + QStringList(count, placeholders).join(u','));
            prepared = count;
        }
        int position = 0;
        for (qsizetype r = start; r < start + count; ++r) {
            for (const QVariant &value : rows.at(r))
                insert.bindValue(position++, value);
        }
        if (!insert.exec())
            throw StorageError(database.describeError(Tr::tr("cannot import"), insert.lastError()));
    }
}

// Ids for n new rows: taken from the sequence on PostgreSQL, after the largest on SQLite (the
// import holds SQLite's write lock, so nobody else can take them meanwhile, and explicit ids
// move SQLite's AUTOINCREMENT counter on by themselves).
QList<qint64> allocateIds(Database &database, const QString &table, qsizetype n)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (database.isPostgres()) {
        // Values drawn from the sequence are this transaction's alone, even under concurrency.
        query.prepare(QStringLiteral("SELECT nextval(pg_get_serial_sequence('%1', 'id')) "
                                     "FROM generate_series(1, ?)")
                          .arg(table));
        query.addBindValue(n);
    } else {
        query.prepare(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM %1").arg(table));
    }
    if (!query.exec())
        throw StorageError(database.describeError(Tr::tr("cannot allocate ids"), query.lastError()));
    QList<qint64> ids;
    ids.reserve(n);
    if (database.isPostgres()) {
        while (query.next())
            ids.append(query.value(0).toLongLong());
    } else if (query.next()) {
        for (qint64 id = query.value(0).toLongLong(); ids.size() < n; ++id)
            ids.append(id);
    }
    return ids;
}

} // namespace

qsizetype CsvExchange::importTickets(Database &database,
                                     const QString &fileName,
                                     const QByteArray &bytes)
{
    const QList<Csv::Row> rows = Csv::parse(fileName, bytes);
    if (rows.isEmpty())
        throw InputError(fileName, Tr::tr("line 1"), Tr::tr("the file is empty; it needs a header"));
    const QStringList required = {QStringLiteral("customer"), QStringLiteral("title")};
    // An export imports again: its id, tier, updated_at and version columns are read past
    // (new tickets get new ids; the tier comes from the customer's contract).
    const QStringList optional = {QStringLiteral("severity"),
                                  QStringLiteral("channel"),
                                  QStringLiteral("language"),
                                  QStringLiteral("status"),
                                  QStringLiteral("assignee"),
                                  QStringLiteral("created_at"),
                                  QStringLiteral("id"),
                                  QStringLiteral("tier"),
                                  QStringLiteral("updated_at"),
                                  QStringLiteral("version")};
    const Columns columns(fileName, rows.first(), required, optional);

    // What rows may refer to: customers with their contract, users, policies.
    struct CustomerInfo
    {
        qint64 id;
        qint64 contractId;
        QString policy;
        int policyVersion;
        QString tier;
        QString language;
    };
    QHash<QString, CustomerInfo> customers;
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral(
            "SELECT c.name, c.id, k.id, k.policy_key, k.tier, c.language, "
            "(SELECT MAX(p.policy_version) FROM policies p WHERE p.policy_key = k.policy_key) "
            "FROM customers c JOIN contracts k ON k.customer_id = c.id ORDER BY k.starts_at, "
            "k.id")))
        throw StorageError(
            database.describeError(Tr::tr("cannot read customers"), query.lastError()));
    while (query.next())
        customers.insert(query.value(0).toString(),
                         {query.value(1).toLongLong(),
                          query.value(2).toLongLong(),
                          query.value(3).toString(),
                          query.value(6).isNull() ? 1 : query.value(6).toInt(),
                          query.value(4).toString(),
                          query.value(5).toString()});
    QHash<QString, qint64> users;
    if (!query.exec(QStringLiteral("SELECT login, id FROM users")))
        throw StorageError(database.describeError(Tr::tr("cannot read users"), query.lastError()));
    while (query.next())
        users.insert(query.value(0).toString(), query.value(1).toLongLong());
    const QList<Policy> policies = PolicyStore::loadAll(database);
    const SlaEngine engine(policies);

    const Instant importedAt = now();
    QList<QVariantList> ticketRows;
    QList<QVariantList> eventRows;
    struct Pending
    {
        QVariantList ticket;
        QString severity;
        QString tier;
        QString channel;
        QString status;
        qint64 createdAt;
        QString assignee;
    };
    QList<Pending> pending;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const Csv::Row &row = rows.at(r);
        const QString customerName = columns.cell(row, QStringLiteral("customer"));
        const auto customer = customers.constFind(customerName);
        if (customer == customers.constEnd())
            columns.fail(row,
                         QStringLiteral("customer"),
                         Tr::tr("unknown customer \"%1\"").arg(customerName));
        const QString title = columns.cell(row, QStringLiteral("title"));
        if (title.isEmpty())
            columns.fail(row, QStringLiteral("title"), Tr::tr("the title is empty"));
        const Policy *policy = engine.policy(customer->policy, customer->policyVersion);
        if (!policy)
            columns.fail(row,
                         QStringLiteral("customer"),
                         Tr::tr("the customer's policy \"%1\" is not stored").arg(customer->policy));
        QString channel = columns.cell(row, QStringLiteral("channel"));
        if (channel.isEmpty())
            channel = policy->channels.first().id;
        else if (!findItem(policy->channels, channel))
            columns.fail(row,
                         QStringLiteral("channel"),
                         Tr::tr("unknown channel \"%1\" in %2").arg(channel, policy->id));
        QString createdText = columns.cell(row, QStringLiteral("created_at"));
        Instant createdAt = importedAt;
        if (!createdText.isEmpty()) {
            const auto parsed = parseInstant(createdText);
            if (!parsed)
                columns
                    .fail(row,
                          QStringLiteral("created_at"),
                          Tr::tr("\"%1\" is not an ISO 8601 instant with a zone").arg(createdText));
            createdAt = *parsed;
        }
        QString severity = columns.cell(row, QStringLiteral("severity"));
        if (!severity.isEmpty() && !policy->severity(severity))
            columns.fail(row,
                         QStringLiteral("severity"),
                         Tr::tr("unknown severity \"%1\" in %2").arg(severity, policy->id));
        try {
            severity = engine.triage(*policy, channel, severity, createdAt);
        } catch (const CalendarError &error) {
            columns.fail(row, QStringLiteral("created_at"), error.message());
        }
        QString language = columns.cell(row, QStringLiteral("language"));
        if (language.isEmpty())
            language = customer->language;
        else if (language != QLatin1String("en") && language != QLatin1String("fr"))
            columns.fail(row,
                         QStringLiteral("language"),
                         Tr::tr("\"%1\" is not en or fr").arg(language));
        QString status = columns.cell(row, QStringLiteral("status"));
        if (status.isEmpty())
            status = QStringLiteral("new");
        else if (!isTicketStatus(status))
            columns.fail(row, QStringLiteral("status"), Tr::tr("unknown status \"%1\"").arg(status));
        const QString assignee = columns.cell(row, QStringLiteral("assignee"));
        if (!assignee.isEmpty() && !users.contains(assignee))
            columns.fail(row,
                         QStringLiteral("assignee"),
                         Tr::tr("unknown user \"%1\"").arg(assignee));
        pending.append({{customer->id,
                         customer->contractId,
                         customer->policy,
                         customer->policyVersion,
                         title,
                         severity,
                         customer->tier,
                         status,
                         channel,
                         language,
                         assignee.isEmpty() ? QVariant(QMetaType::fromType<qint64>())
                                            : QVariant(users.value(assignee)),
                         toEpoch(createdAt),
                         toEpoch(importedAt)},
                        severity,
                        customer->tier,
                        channel,
                        status,
                        toEpoch(createdAt),
                        assignee});
    }

    // Everything is valid: write it all, or nothing.
    Transaction transaction(database);
    const qint64 actor = database.actorId();
    const QList<qint64> ids = allocateIds(database, QStringLiteral("tickets"), pending.size());
    for (qsizetype i = 0; i < pending.size(); ++i) {
        const Pending &p = pending.at(i);
        const qint64 id = ids.at(i);
        ticketRows.append(QVariantList{id} + p.ticket + QVariantList{actor});
        const auto event = [&](const QString &kind, const QJsonObject &payload) {
            eventRows.append(
                {id,
                 p.createdAt,
                 kind,
                 actor,
                 QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)),
                 toEpoch(importedAt)});
        };
        event(QStringLiteral("created"),
              {{QStringLiteral("severity"), p.severity},
               {QStringLiteral("tier"), p.tier},
               {QStringLiteral("channel"), p.channel}});
        if (!p.assignee.isEmpty())
            event(QStringLiteral("assigned"), {{QStringLiteral("assignee"), p.assignee}});
        if (p.status == QLatin1String("resolved"))
            event(QStringLiteral("resolved"), {});
        else if (p.status != QLatin1String("new"))
            event(QStringLiteral("status-changed"), {{QStringLiteral("status"), p.status}});
    }
    insertRows(database,
               QStringLiteral("INSERT INTO tickets (id, customer_id, contract_id, policy_key, "
                              "policy_version, title, severity, tier, status, channel, language, "
                              "assignee_id, created_at, updated_at, updated_by)"),
               15,
               ticketRows);
    insertRows(database,
               QStringLiteral("INSERT INTO ticket_events (ticket_id, at, kind, author_id, payload, "
                              "recorded_at)"),
               6,
               eventRows);
    // One change for the whole import: views reload instead of taking 100 000 notifications.
    ChangeLog::record(database, QStringLiteral("tickets"), 0, QStringLiteral("imported"));
    transaction.commit();
    return pending.size();
}

QByteArray CsvExchange::exportTickets(Database &database)
{
    SqlTicketRepository repository(database);
    QList<QStringList> records = {{QStringLiteral("id"),
                                   QStringLiteral("customer"),
                                   QStringLiteral("title"),
                                   QStringLiteral("severity"),
                                   QStringLiteral("tier"),
                                   QStringLiteral("status"),
                                   QStringLiteral("channel"),
                                   QStringLiteral("language"),
                                   QStringLiteral("assignee"),
                                   QStringLiteral("created_at"),
                                   QStringLiteral("updated_at"),
                                   QStringLiteral("version")}};
    for (const TicketRecord &t : repository.allTickets())
        records.append({QString::number(t.id),
                        t.customer,
                        t.title,
                        t.severity,
                        t.tier,
                        t.status,
                        t.channel,
                        t.language,
                        t.assignee,
                        formatInstant(t.createdAt),
                        formatInstant(t.updatedAt),
                        QString::number(t.version)});
    return Csv::format(records);
}

qsizetype CsvExchange::importCustomers(Database &database,
                                       const QString &fileName,
                                       const QByteArray &bytes)
{
    const QList<Csv::Row> rows = Csv::parse(fileName, bytes);
    if (rows.isEmpty())
        throw InputError(fileName, Tr::tr("line 1"), Tr::tr("the file is empty; it needs a header"));
    const Columns columns(fileName,
                          rows.first(),
                          {QStringLiteral("name"), QStringLiteral("policy"), QStringLiteral("tier")},
                          {QStringLiteral("organization"),
                           QStringLiteral("time_zone"),
                           QStringLiteral("language")});
    const QList<Policy> policies = PolicyStore::loadAll(database);
    QList<QStringList> valid;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const Csv::Row &row = rows.at(r);
        const QString name = columns.cell(row, QStringLiteral("name"));
        if (name.isEmpty())
            columns.fail(row, QStringLiteral("name"), Tr::tr("the name is empty"));
        const QString policyId = columns.cell(row, QStringLiteral("policy"));
        const Policy *policy = nullptr;
        for (const Policy &candidate : policies) {
            if (candidate.id == policyId)
                policy = &candidate;
        }
        if (!policy)
            columns.fail(row,
                         QStringLiteral("policy"),
                         Tr::tr("unknown policy \"%1\"").arg(policyId));
        const QString tier = columns.cell(row, QStringLiteral("tier"));
        if (!policy->tier(tier))
            columns.fail(row,
                         QStringLiteral("tier"),
                         Tr::tr("unknown tier \"%1\" in %2").arg(tier, policyId));
        QString zone = columns.cell(row, QStringLiteral("time_zone"));
        if (zone.isEmpty())
            zone = QStringLiteral("UTC");
        else if (!BusinessCalendar::isKnownZone(zone))
            columns.fail(row,
                         QStringLiteral("time_zone"),
                         Tr::tr("unknown time zone \"%1\"").arg(zone));
        QString language = columns.cell(row, QStringLiteral("language"));
        if (language.isEmpty())
            language = QStringLiteral("en");
        else if (language != QLatin1String("en") && language != QLatin1String("fr"))
            columns.fail(row,
                         QStringLiteral("language"),
                         Tr::tr("\"%1\" is not en or fr").arg(language));
        QString organization = columns.cell(row, QStringLiteral("organization"));
        valid.append(
            {name, organization.isEmpty() ? name : organization, zone, language, policyId, tier});
    }

    Transaction transaction(database);
    const QList<qint64> customerIds = allocateIds(database,
                                                  QStringLiteral("customers"),
                                                  valid.size());
    const QList<qint64> contractIds = allocateIds(database,
                                                  QStringLiteral("contracts"),
                                                  valid.size());
    QList<QVariantList> customerRows;
    QList<QVariantList> contractRows;
    const qint64 at = toEpoch(now());
    for (qsizetype i = 0; i < valid.size(); ++i) {
        const QStringList &v = valid.at(i);
        customerRows.append({customerIds.at(i), v[0], v[1], v[2], v[3], at, database.actorId()});
        contractRows.append({contractIds.at(i), customerIds.at(i), v[4], v[5], at});
    }
    insertRows(database,
               QStringLiteral("INSERT INTO customers (id, name, organization, time_zone, language, "
                              "updated_at, updated_by)"),
               7,
               customerRows);
    insertRows(database,
               QStringLiteral(
                   "INSERT INTO contracts (id, customer_id, policy_key, tier, starts_at)"),
               5,
               contractRows);
    ChangeLog::record(database, QStringLiteral("customers"), 0, QStringLiteral("imported"));
    transaction.commit();
    return valid.size();
}

QByteArray CsvExchange::exportCustomers(Database &database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral(
            "SELECT c.name, c.organization, c.time_zone, c.language, k.policy_key, k.tier "
            "FROM customers c JOIN contracts k ON k.customer_id = c.id ORDER BY c.id")))
        throw StorageError(
            database.describeError(Tr::tr("cannot read customers"), query.lastError()));
    QList<QStringList> records = {{QStringLiteral("name"),
                                   QStringLiteral("organization"),
                                   QStringLiteral("time_zone"),
                                   QStringLiteral("language"),
                                   QStringLiteral("policy"),
                                   QStringLiteral("tier")}};
    while (query.next()) {
        QStringList record;
        for (int i = 0; i < 6; ++i)
            record.append(query.value(i).toString());
        records.append(record);
    }
    return Csv::format(records);
}

} // namespace hourglass
