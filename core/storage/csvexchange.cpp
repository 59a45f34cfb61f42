// Tickets and customers to and from CSV: imports are validated whole, then written in one
// transaction; a malformed file is refused with the line and column of its first problem.
#include "storage/csvexchange.h"

#include "io/csv.h"
#include "io/inputerror.h"
#include "io/textcheck.h"
#include "sla/slaengine.h"
#include "storage/bulkinsert.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/policystore.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"
#include "tickets/ticketservice.h"
#include "time/businesscalendar.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>
#include <optional>

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
                                     .arg(InputError::excerpt(name),
                                          (required + optional).join(QLatin1String(", "))));
            if (m_positions.contains(name))
                throw InputError(fileName,
                                 Tr::tr("line 1, column %1").arg(i + 1),
                                 Tr::tr("column \"%1\" appears twice")
                                     .arg(InputError::excerpt(name)));
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
        // A problem of a value the file does not hold (a default the customer's contract gave)
        // is the row's.
        const auto column = m_positions.constFind(name);
        throw InputError(m_file,
                         column == m_positions.constEnd()
                             ? Tr::tr("line %1").arg(row.line)
                             : Tr::tr("line %1, column %2").arg(row.line).arg(*column + 1),
                         problem);
    }

private:
    QString m_file;
    QHash<QString, qsizetype> m_positions;
};

} // namespace

qsizetype CsvExchange::importTickets(TicketService &service,
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
                                  QStringLiteral("contact"),
                                  QStringLiteral("created_at"),
                                  QStringLiteral("id"),
                                  QStringLiteral("tier"),
                                  QStringLiteral("updated_at"),
                                  QStringLiteral("version")};
    const Columns columns(fileName, rows.first(), required, optional);

    // What the file says; the ticket service checks the rest, as it does for every door.
    QList<TicketRequest> requests;
    requests.reserve(rows.size() - 1);
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const Csv::Row &row = rows.at(r);
        TicketRequest &request = requests.emplace_back();
        request.customer = columns.cell(row, QStringLiteral("customer"));
        request.title = columns.cell(row, QStringLiteral("title"));
        request.severity = columns.cell(row, QStringLiteral("severity"));
        request.channel = columns.cell(row, QStringLiteral("channel"));
        request.language = columns.cell(row, QStringLiteral("language"));
        request.assignee = columns.cell(row, QStringLiteral("assignee"));
        request.contact = columns.cell(row, QStringLiteral("contact"));
        const QString createdText = columns.cell(row, QStringLiteral("created_at"));
        if (!createdText.isEmpty()) {
            request.createdAt = parseInstant(createdText);
            if (!request.createdAt)
                columns.fail(row,
                             QStringLiteral("created_at"),
                             Tr::tr("\"%1\" is not an ISO 8601 instant with a zone")
                                 .arg(InputError::excerpt(createdText)));
        }
        const QString status = columns.cell(row, QStringLiteral("status"));
        if (!status.isEmpty()) {
            request.status = ticketStatusFromKey(status);
            if (!request.status)
                columns.fail(row,
                             QStringLiteral("status"),
                             Tr::tr("unknown status \"%1\"").arg(InputError::excerpt(status)));
        }
    }
    // All valid, written in one transaction, or none.
    return service.createMany(requests, [&](qsizetype index, const InputError &error) {
        columns.fail(rows.at(index + 1), error.place(), error.problem());
    });
}

QByteArray CsvExchange::exportTickets(TicketRepository &repository)
{
    QList<QStringList> records = {{QStringLiteral("id"),
                                   QStringLiteral("customer"),
                                   QStringLiteral("title"),
                                   QStringLiteral("severity"),
                                   QStringLiteral("tier"),
                                   QStringLiteral("status"),
                                   QStringLiteral("channel"),
                                   QStringLiteral("language"),
                                   QStringLiteral("assignee"),
                                   QStringLiteral("contact"),
                                   QStringLiteral("created_at"),
                                   QStringLiteral("updated_at"),
                                   QStringLiteral("version")}};
    for (const TicketRecord &t : repository.allTickets())
        records.append({QString::number(t.id),
                        t.customer,
                        t.title,
                        t.severity,
                        t.tier,
                        statusKey(t.status),
                        t.channel,
                        t.language,
                        t.assignee,
                        t.contact,
                        formatInstant(t.createdAt),
                        formatInstant(t.updatedAt),
                        QString::number(t.version)});
    return Csv::format(records);
}

namespace {

// One row of a customers file: a customer and one of its contracts. Rows that share a name are
// the contracts of one customer, as export writes them.
struct CustomerContract
{
    qint64 start = 0;
    std::optional<qint64> end; // none: open-ended
    QString policy;
    QString tier;
};

struct ImportedCustomer
{
    QString name;
    QString organization;
    QString zone;
    QString language;
    QString noticeEmail;
    qsizetype line = 0; // where it first appears
    QList<CustomerContract> contracts;
};

std::optional<qint64> instantCell(const Columns &columns, const Csv::Row &row, const QString &name)
{
    const QString text = columns.cell(row, name);
    if (text.isEmpty())
        return std::nullopt;
    const auto parsed = parseInstant(text);
    if (!parsed)
        columns.fail(row,
                     name,
                     Tr::tr("\"%1\" is not an ISO 8601 instant with a zone")
                         .arg(InputError::excerpt(text)));
    // A contract's clocks are counted on calendars: its dates must be ones they answer for.
    try {
        BusinessCalendar::checkYears(*parsed);
    } catch (const CalendarError &error) {
        columns.fail(row, name, error.message());
    }
    return toEpoch(*parsed);
}

QSet<QString> storedCustomerNames(Database &database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT name FROM customers")))
        throw StorageError(
            database.describeError(Tr::tr("cannot read customers"), query.lastError()));
    QSet<QString> names;
    while (query.next())
        names.insert(query.value(0).toString());
    return names;
}

} // namespace

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
                           QStringLiteral("contract_start"),
                           QStringLiteral("contract_end"),
                           QStringLiteral("time_zone"),
                           QStringLiteral("language"),
                           QStringLiteral("notice_email")});
    const QList<Policy> policies = PolicyStore::loadAll(database);
    // Tickets name their customer: a name stands for one customer only.
    const QSet<QString> stored = storedCustomerNames(database);
    QList<ImportedCustomer> customers;
    QHash<QString, qsizetype> byName;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const Csv::Row &row = rows.at(r);
        const QString name = columns.cell(row, QStringLiteral("name"));
        if (name.isEmpty())
            columns.fail(row, QStringLiteral("name"), Tr::tr("the name is empty"));
        if (const QString problem = TextCheck::problem(name, TextCheck::Lines::One);
            !problem.isEmpty())
            columns.fail(row, QStringLiteral("name"), problem);
        if (stored.contains(name))
            columns.fail(row,
                         QStringLiteral("name"),
                         Tr::tr("a customer named \"%1\" exists already; customer names are unique")
                             .arg(InputError::excerpt(name)));
        const QString policyId = columns.cell(row, QStringLiteral("policy"));
        const Policy *policy = nullptr;
        for (const Policy &candidate : policies) {
            if (candidate.id == policyId)
                policy = &candidate;
        }
        if (!policy)
            columns.fail(row,
                         QStringLiteral("policy"),
                         Tr::tr("unknown policy \"%1\"").arg(InputError::excerpt(policyId)));
        const QString tier = columns.cell(row, QStringLiteral("tier"));
        if (!policy->tier(tier))
            columns.fail(row,
                         QStringLiteral("tier"),
                         Tr::tr("unknown tier \"%1\" in %2")
                             .arg(InputError::excerpt(tier), InputError::excerpt(policyId)));
        QString zone = columns.cell(row, QStringLiteral("time_zone"));
        if (zone.isEmpty())
            zone = QStringLiteral("UTC");
        else if (!BusinessCalendar::isKnownZone(zone))
            columns.fail(row,
                         QStringLiteral("time_zone"),
                         Tr::tr("unknown time zone \"%1\"").arg(InputError::excerpt(zone)));
        QString language = columns.cell(row, QStringLiteral("language"));
        if (language.isEmpty())
            language = QStringLiteral("en");
        else if (language != QLatin1String("en") && language != QLatin1String("fr"))
            columns.fail(row,
                         QStringLiteral("language"),
                         Tr::tr("\"%1\" is not en or fr").arg(InputError::excerpt(language)));
        QString organization = columns.cell(row, QStringLiteral("organization"));
        if (organization.isEmpty())
            organization = name;
        if (const QString problem = TextCheck::problem(organization, TextCheck::Lines::One);
            !problem.isEmpty())
            columns.fail(row, QStringLiteral("organization"), problem);
        // Where maintenance notices go: one address, as a mail client takes it.
        const QString noticeEmail = columns.cell(row, QStringLiteral("notice_email"));
        static const QRegularExpression address(QStringLiteral("^[^@\\s<>,;\"]+@[^@\\s<>,;\"]+$"));
        if (!noticeEmail.isEmpty() && !address.match(noticeEmail).hasMatch())
            columns.fail(row,
                         QStringLiteral("notice_email"),
                         Tr::tr("\"%1\" is not an email address (one address, as "
                                "ops@example.com)")
                             .arg(InputError::excerpt(noticeEmail)));
        // Tickets fall under the contract in force when they were opened; a contract whose
        // start is not given has been in force since before any ticket.
        CustomerContract contract;
        contract.start = instantCell(columns, row, QStringLiteral("contract_start")).value_or(0);
        contract.end = instantCell(columns, row, QStringLiteral("contract_end"));
        contract.policy = policyId;
        contract.tier = tier;
        if (contract.end && *contract.end <= contract.start)
            columns.fail(row,
                         QStringLiteral("contract_end"),
                         Tr::tr("the contract ends before it starts"));

        const auto known = byName.constFind(name);
        if (known == byName.constEnd()) {
            byName.insert(name, customers.size());
            customers.append(
                {name, organization, zone, language, noticeEmail, row.line, {contract}});
            continue;
        }
        // Another contract of a customer already read: the customer's own details must agree.
        ImportedCustomer &customer = customers[*known];
        const auto differs = [&](const QString &column, const QString &mine, const QString &first) {
            if (mine != first)
                columns.fail(row,
                             column,
                             Tr::tr("\"%1\" differs from line %2, which names the same customer")
                                 .arg(InputError::excerpt(mine))
                                 .arg(customer.line));
        };
        differs(QStringLiteral("organization"), organization, customer.organization);
        differs(QStringLiteral("time_zone"), zone, customer.zone);
        differs(QStringLiteral("language"), language, customer.language);
        differs(QStringLiteral("notice_email"), noticeEmail, customer.noticeEmail);
        for (const CustomerContract &other : std::as_const(customer.contracts)) {
            const qint64 otherEnd = other.end.value_or(std::numeric_limits<qint64>::max());
            const qint64 end = contract.end.value_or(std::numeric_limits<qint64>::max());
            if (contract.start < otherEnd && other.start < end)
                columns.fail(row,
                             QStringLiteral("contract_start"),
                             Tr::tr("this contract overlaps another of \"%1\" (from line %2): "
                                    "one contract is in force at a time")
                                 .arg(InputError::excerpt(name))
                                 .arg(customer.line));
        }
        customer.contracts.append(contract);
    }

    qsizetype contractCount = 0;
    for (const ImportedCustomer &customer : std::as_const(customers))
        contractCount += customer.contracts.size();
    Transaction transaction(database);
    const QList<qint64> customerIds = BulkInsert::allocateIds(database,
                                                              QStringLiteral("customers"),
                                                              customers.size());
    const QList<qint64> contractIds = BulkInsert::allocateIds(database,
                                                              QStringLiteral("contracts"),
                                                              contractCount);
    QList<QVariantList> customerRows;
    QList<QVariantList> contractRows;
    const qint64 at = toEpoch(database.now());
    qsizetype nextContract = 0;
    for (qsizetype i = 0; i < customers.size(); ++i) {
        const ImportedCustomer &c = customers.at(i);
        customerRows.append({customerIds.at(i),
                             c.name,
                             c.organization,
                             c.zone,
                             c.language,
                             c.noticeEmail.isNull() ? QStringLiteral("") : c.noticeEmail,
                             at,
                             database.actorId()});
        for (const CustomerContract &k : c.contracts)
            contractRows.append({contractIds.at(nextContract++),
                                 customerIds.at(i),
                                 k.policy,
                                 k.tier,
                                 k.start,
                                 k.end ? QVariant(*k.end) : QVariant()});
    }
    BulkInsert::insertRows(
        database,
        QStringLiteral("INSERT INTO customers (id, name, organization, time_zone, language, "
                       "notice_email, updated_at, updated_by)"),
        8,
        customerRows);
    BulkInsert::insertRows(
        database,
        QStringLiteral(
            "INSERT INTO contracts (id, customer_id, policy_key, tier, starts_at, ends_at)"),
        6,
        contractRows);
    ChangeLog::record(database, QStringLiteral("customers"), 0, QStringLiteral("imported"));
    transaction.commit();
    return customers.size();
}

QByteArray CsvExchange::exportCustomers(Database &database)
{
    QSqlQuery query(database.connection());
    // A row per contract, in the order they follow one another; import reads them back as one
    // customer with these contracts.
    if (!query.exec(QStringLiteral(
            "SELECT c.name, c.organization, c.time_zone, c.language, k.policy_key, k.tier, "
            "k.starts_at, k.ends_at, c.notice_email "
            "FROM customers c JOIN contracts k ON k.customer_id = c.id "
            "ORDER BY c.id, k.starts_at, k.id")))
        throw StorageError(
            database.describeError(Tr::tr("cannot read customers"), query.lastError()));
    QList<QStringList> records = {{QStringLiteral("name"),
                                   QStringLiteral("organization"),
                                   QStringLiteral("time_zone"),
                                   QStringLiteral("language"),
                                   QStringLiteral("policy"),
                                   QStringLiteral("tier"),
                                   QStringLiteral("contract_start"),
                                   QStringLiteral("contract_end"),
                                   QStringLiteral("notice_email")}};
    while (query.next()) {
        QStringList record;
        for (int i = 0; i < 6; ++i)
            record.append(query.value(i).toString());
        record.append(formatInstant(fromEpoch(query.value(6).toLongLong())));
        record.append(query.value(7).isNull()
                          ? QString()
                          : formatInstant(fromEpoch(query.value(7).toLongLong())));
        record.append(query.value(8).toString());
        records.append(record);
    }
    return Csv::format(records);
}

} // namespace hourglass
