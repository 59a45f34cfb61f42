// hourglass-cli policy list|show|import: the policies a database stores, as versioned rows.
#include "cli/policycommands.h"

#include "cli/openroot.h"
#include "cli/output.h"
#include "compositionroot.h"
#include "io/inputerror.h"
#include "sla/slaengine.h"
#include "storage/commandrunner.h"
#include "storage/database.h"
#include "storage/policystore.h"
#include "storage/sqlcustomerdirectory.h"
#include "storage/sqlticketrepository.h"
#include "storage/transaction.h"
#include "tickets/ticketservice.h"

#include <QJsonDocument>

#include <limits>

namespace hourglass::cli {

namespace {

QJsonObject toJson(const StoredPolicy &policy)
{
    return {{QStringLiteral("id"), policy.id},
            {QStringLiteral("version"), policy.version},
            {QStringLiteral("name"), policy.name},
            {QStringLiteral("imported_at"), formatInstant(policy.importedAt)}};
}

void expectWords(const CliArguments &arguments, qsizetype count, const char *what)
{
    if (arguments.words().size() < count)
        throw UsageError(
            QStringLiteral("expected %1 after \"%2\"")
                .arg(QLatin1String(what), InputError::excerpt(arguments.words().constLast())));
    arguments.allowWords(count);
}

int list(const CliArguments &arguments)
{
    expectWords(arguments, 2, "");
    const auto root = openRoot(arguments);
    const bool json = arguments.flag(QStringLiteral("json"));
    for (const StoredPolicy &policy : PolicyStore::newest(root->database())) {
        if (json)
            printJson(toJson(policy));
        else
            printLine(
                QStringLiteral("%1\tv%2\t%3").arg(policy.id).arg(policy.version).arg(policy.name));
    }
    return 0;
}

int show(const CliArguments &arguments)
{
    expectWords(arguments, 3, "a policy id");
    const QString id = arguments.words().at(2);
    std::optional<int> version;
    if (arguments.has(QStringLiteral("version")))
        version = int(arguments.requireWholeNumber(QStringLiteral("version"),
                                                   1,
                                                   std::numeric_limits<int>::max()));
    const auto root = openRoot(arguments);
    const auto policy = PolicyStore::find(root->database(), id, version);
    if (!policy)
        throw InputError(QString(),
                         QStringLiteral("policy"),
                         version ? QStringLiteral("there is no policy \"%1\" version %2 (see "
                                                  "policy list)")
                                       .arg(InputError::excerpt(id))
                                       .arg(*version)
                                 : QStringLiteral("there is no policy \"%1\" (see policy list)")
                                       .arg(InputError::excerpt(id)));
    if (arguments.flag(QStringLiteral("json"))) {
        QJsonObject object = toJson(*policy);
        object.insert(QStringLiteral("document"),
                      QJsonDocument::fromJson(policy->document).object());
        printJson(object);
    } else {
        // The document as it was imported, byte for byte.
        QString text = QString::fromUtf8(policy->document);
        if (text.endsWith(u'\n'))
            text.chop(1);
        printLine(text);
    }
    return 0;
}

int import(const CliArguments &arguments)
{
    expectWords(arguments, 3, "a policy file");
    const QString file = arguments.words().at(2);
    const QByteArray document = readFileOrStdin(QStringLiteral("policy import"), file);
    // Checked before the database is opened: a malformed file never touches it.
    const Policy policy = PolicyStore::check(file, document);
    const auto root = openRoot(arguments);
    Database &database = root->database();
    Transaction transaction(database);
    const PolicyStore::Outcome outcome = PolicyStore::store(database, file, document);
    qsizetype moved = 0;
    if (outcome == PolicyStore::Outcome::Stored) {
        // The root's engine was read before this version existed: the tickets move on one
        // that knows it, through the ticket service as every ticket write.
        const SlaEngine engine(PolicyStore::loadAll(database));
        SqlTicketRepository tickets(root->session());
        SqlCustomerDirectory customers(root->session());
        CommandRunner runner(root->session(), QString());
        TicketService service(root->session(), tickets, customers, engine, runner);
        moved = service.adoptPolicyVersion(policy.id, policy.version);
    }
    transaction.commit();
    printObject({{QStringLiteral("id"), policy.id},
                 {QStringLiteral("version"), policy.version},
                 {QStringLiteral("name"), policy.name},
                 {QStringLiteral("stored"), outcome == PolicyStore::Outcome::Stored},
                 {QStringLiteral("tickets_moved"), qint64(moved)}},
                arguments.flag(QStringLiteral("json")));
    return 0;
}

} // namespace

int runPolicyCommand(const CliArguments &arguments)
{
    const QString action = arguments.words().value(1);
    const QSet<QString> common = {QStringLiteral("database"),
                                  QStringLiteral("json"),
                                  QStringLiteral("user")};
    if (action == QLatin1String("list")) {
        arguments.allowOnly(common);
        return list(arguments);
    }
    if (action == QLatin1String("show")) {
        arguments.allowOnly(common + QSet<QString>{QStringLiteral("version")});
        return show(arguments);
    }
    if (action == QLatin1String("import")) {
        arguments.allowOnly(common);
        return import(arguments);
    }
    if (action.isEmpty())
        throw UsageError(QStringLiteral("expected list, show or import after \"policy\""));
    throw UsageError(QStringLiteral("unknown policy action \"%1\" (list, show or import)")
                         .arg(InputError::excerpt(action)));
}

} // namespace hourglass::cli
