// hourglass-cli customer, contract and expertise (docs/contracts.md).
#include "cli/contractcommands.h"

#include "cli/openroot.h"
#include "cli/output.h"
#include "compositionroot.h"
#include "contracts/contractservice.h"
#include "contracts/expertisestatement.h"
#include "io/inputerror.h"
#include "sla/policy.h"
#include "statementpdf.h"
#include "tickets/ticketservice.h"
#include "time/wallclock.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <date/tz.h>

#include <climits>
#include <cstdio>

namespace hourglass::cli {

namespace {

const QSet<QString> common = {QStringLiteral("database"),
                              QStringLiteral("json"),
                              QStringLiteral("user")};

QString hours(int minutes)
{
    const QString sign = minutes < 0 ? QStringLiteral("-") : QString();
    const int m = std::abs(minutes);
    return sign + QStringLiteral("%1:%2").arg(m / 60).arg(m % 60, 2, 10, QLatin1Char('0'));
}

QString warningKey(BalanceWarning warning)
{
    switch (warning) {
    case BalanceWarning::None:
        return QStringLiteral("none");
    case BalanceWarning::ThreeQuarters:
        return QStringLiteral("75%");
    case BalanceWarning::Exhausted:
        return QStringLiteral("100%");
    }
    return {};
}

// The positional word after "<command> <action>": a customer (id or name) or a number.
QString positional(const CliArguments &arguments, const char *what)
{
    if (arguments.words().size() < 3)
        throw UsageError(
            QStringLiteral("expected %1 after \"%2 %3\"")
                .arg(QLatin1String(what), arguments.words().value(0), arguments.words().value(1)));
    arguments.allowWords(3);
    return arguments.words().at(2);
}

qint64 number(const CliArguments &arguments, const char *what)
{
    const QString text = positional(arguments, what);
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        throw InputError(QString(),
                         arguments.words().value(0) + QLatin1Char(' ') + arguments.words().value(1),
                         QStringLiteral("\"%1\" is not a %2")
                             .arg(InputError::excerpt(text), QLatin1String(what)));
    return id;
}

QHash<QString, QString> peopleNames(CompositionRoot &root)
{
    QHash<QString, QString> names;
    for (const Person &p : root.tickets().people())
        names.insert(p.login, p.displayName);
    return names;
}

QString tierName(ContractService &service, const Contract &contract)
{
    const Policy *policy = service.policyOf(contract);
    return policy ? policy->tierName(contract.tier, QStringLiteral("en")) : contract.tier;
}

QJsonObject contractJson(ContractService &service, const Contract &c)
{
    QJsonObject json{{QStringLiteral("contract"), c.id},
                     {QStringLiteral("version"), c.version},
                     {QStringLiteral("policy"), c.policyId},
                     {QStringLiteral("tier"), c.tier},
                     {QStringLiteral("tier_name"), tierName(service, c)},
                     {QStringLiteral("starts_at"), formatInstant(c.startsAt)},
                     {QStringLiteral("change"), Contract::changeKey(c.change)}};
    if (c.endsAt)
        json.insert(QStringLiteral("ends_at"), formatInstant(*c.endsAt));
    if (c.billedFrom)
        json.insert(QStringLiteral("billed_from"), c.billedFrom->toString(Qt::ISODate));
    if (!c.recordedBy.isEmpty())
        json.insert(QStringLiteral("recorded_by"), c.recordedBy);
    return json;
}

QJsonObject entitlementsJson(ContractService &service, const ExpertiseLedger &ledger, Instant now)
{
    const Contract *contract = ledger.contractAt(now);
    const Tier *tier = contract ? service.tierOf(*contract) : nullptr;
    if (!tier)
        return {};
    const Policy *policy = service.policyOf(*contract);
    QJsonObject json{{QStringLiteral("tier"), tier->id},
                     {QStringLiteral("expertise_minutes_this_month"),
                      ledger.includedIn(ledger.monthOf(now))},
                     {QStringLiteral("privileged_expert_access"), ledger.privilegedAccessAt(now)},
                     {QStringLiteral("phone_tickets"), tier->entitlements.phoneTickets},
                     {QStringLiteral("reception_24x7"), tier->entitlements.reception24x7},
                     {QStringLiteral("languages"),
                      QJsonArray::fromStringList(tier->entitlements.languages)},
                     {QStringLiteral("carry_over"), tier->entitlements.carryOver}};
    if (policy && !policy->severities.isEmpty()) {
        const Target *target = policy->target(Metric::Resolution,
                                              policy->severities.first().id,
                                              tier->id);
        json.insert(QStringLiteral("most_urgent_resolution"),
                    !target || target->kind == Target::Kind::BestEffort
                        ? QStringLiteral("best effort")
                        : formatCompactDuration(target->duration, 4));
    }
    return json;
}

QJsonObject balanceJson(const MonthBalance &b)
{
    return {{QStringLiteral("month"), ExpertiseStatement::monthKey(b.month)},
            {QStringLiteral("included_minutes"), b.includedMinutes},
            {QStringLiteral("carried_in_minutes"), b.carriedInMinutes},
            {QStringLiteral("pack_minutes"), b.packMinutes},
            {QStringLiteral("used_minutes"), b.usedMinutes},
            {QStringLiteral("from_included"), b.fromIncluded},
            {QStringLiteral("from_packs"), b.fromPacks},
            {QStringLiteral("overage_minutes"), b.overageMinutes},
            {QStringLiteral("left_minutes"), std::max(0, b.leftMinutes)},
            {QStringLiteral("pack_left_minutes"), b.packLeftMinutes},
            {QStringLiteral("warning"), warningKey(b.warning)},
            {QStringLiteral("entries"), int(b.entries.size())}};
}

void printBalance(const MonthBalance &b, bool json)
{
    if (json) {
        printJson(balanceJson(b));
        return;
    }
    printLine(QStringLiteral("month\t%1").arg(ExpertiseStatement::monthKey(b.month)));
    printLine(QStringLiteral("included\t%1").arg(hours(b.includedMinutes)));
    if (b.carriedInMinutes)
        printLine(QStringLiteral("carried over\t%1").arg(hours(b.carriedInMinutes)));
    printLine(QStringLiteral("in packs\t%1").arg(hours(b.packMinutes)));
    printLine(QStringLiteral("used\t%1 (%2 included, %3 packs, %4 overage)")
                  .arg(hours(b.usedMinutes),
                       hours(b.fromIncluded),
                       hours(b.fromPacks),
                       hours(b.overageMinutes)));
    printLine(QStringLiteral("left\t%1 included, %2 in packs")
                  .arg(hours(std::max(0, b.leftMinutes)), hours(b.packLeftMinutes)));
    if (b.warning != BalanceWarning::None)
        printLine(
            QStringLiteral("warning\t%1 of the month's hours used").arg(warningKey(b.warning)));
}

QJsonObject entryJson(const ExpertiseEntry &e)
{
    QJsonObject json{{QStringLiteral("entry"), e.id},
                     {QStringLiteral("customer"), e.customerId},
                     {QStringLiteral("coach"), e.coach},
                     {QStringLiteral("at"), formatInstant(e.at)},
                     {QStringLiteral("minutes"), e.signedMinutes()},
                     {QStringLiteral("kind"), ExpertiseKinds::key(e.kind)},
                     {QStringLiteral("language"), e.language},
                     {QStringLiteral("from_included"), e.sign() * e.fromIncluded},
                     {QStringLiteral("from_packs"), e.sign() * e.fromPacks()},
                     {QStringLiteral("overage"), e.sign() * e.overage},
                     {QStringLiteral("recorded_at"), formatInstant(e.recordedAt)}};
    if (!e.notes.isEmpty())
        json.insert(QStringLiteral("notes"), e.notes);
    if (e.ticketId)
        json.insert(QStringLiteral("ticket"), *e.ticketId);
    if (e.reverses)
        json.insert(QStringLiteral("reverses"), *e.reverses);
    return json;
}

void printEntry(const ExpertiseEntry &e, const QHash<QString, QString> &names, bool json)
{
    if (json) {
        printJson(entryJson(e));
        return;
    }
    QString taken;
    if (e.fromIncluded)
        taken += QStringLiteral(" included %1").arg(hours(e.sign() * e.fromIncluded));
    if (e.fromPacks())
        taken += QStringLiteral(" packs %1").arg(hours(e.sign() * e.fromPacks()));
    if (e.overage)
        taken += QStringLiteral(" overage %1").arg(hours(e.sign() * e.overage));
    printLine(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7%8")
                  .arg(QString::number(e.id),
                       formatInstant(e.at),
                       named(names, e.coach),
                       ExpertiseKinds::key(e.kind),
                       e.language,
                       hours(e.signedMinutes()),
                       e.reverses ? QStringLiteral("reverses %1: ").arg(*e.reverses) : QString(),
                       e.notes.simplified().left(80) + taken));
}

date::year_month requireMonth(const CliArguments &arguments)
{
    const QString text = arguments.require(QStringLiteral("month"));
    const auto month = ExpertiseStatement::parseMonth(text);
    if (!month)
        throw InputError(QString(),
                         QStringLiteral("--month"),
                         QStringLiteral("\"%1\" is not a month such as 2026-03")
                             .arg(InputError::excerpt(text)));
    return *month;
}

// A day (2026-03-04: at 09:00 in the customer's zone) or an ISO 8601 instant with a zone.
Instant dayInZone(const CliArguments &arguments, const QString &name, const QString &zone)
{
    const QString text = arguments.require(name);
    static const QRegularExpression day(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const QRegularExpressionMatch match = day.match(text);
    if (match.hasMatch()) {
        const date::year_month_day ymd{date::year{match.captured(1).toInt()},
                                       date::month(match.captured(2).toUInt()),
                                       date::day(match.captured(3).toUInt())};
        if (ymd.ok() && int(ymd.year()) >= 1970 && int(ymd.year()) <= 2400)
            return resolveWallClock(*date::locate_zone(zone.toStdString()),
                                    date::local_seconds{date::local_days{ymd}}
                                        + std::chrono::hours{9});
    } else if (text.contains(u'T')) {
        return arguments.requireInstant(name);
    }
    throw InputError(QString(),
                     QLatin1String("--") + name,
                     QStringLiteral("\"%1\" is neither a date (2026-03-04) nor an ISO 8601 "
                                    "instant with a zone (2026-03-04T09:00:00Z)")
                         .arg(InputError::excerpt(text)));
}

// --hours 1.5 or --minutes 90: a whole number of minutes.
int requireMinutes(const CliArguments &arguments)
{
    if (arguments.has(QStringLiteral("minutes")) == arguments.has(QStringLiteral("hours")))
        throw UsageError(QStringLiteral("give either --minutes or --hours"));
    if (arguments.has(QStringLiteral("minutes")))
        return int(arguments.requireWholeNumber(QStringLiteral("minutes"), 1, 1000000));
    const QString text = arguments.value(QStringLiteral("hours"));
    static const QRegularExpression decimal(QStringLiteral("^\\d{1,6}(\\.\\d{1,2})?$"));
    if (!decimal.match(text).hasMatch())
        throw InputError(QString(),
                         QStringLiteral("--hours"),
                         QStringLiteral("\"%1\" is not a number of hours such as 1.5")
                             .arg(InputError::excerpt(text)));
    return int(std::lround(text.toDouble() * 60));
}

int versionOr(const CliArguments &arguments, int current)
{
    if (arguments.has(QStringLiteral("version")))
        return int(arguments.requireWholeNumber(QStringLiteral("version"), 1, INT_MAX));
    return current;
}

const Contract &currentContract(const Customer &customer, Instant now)
{
    const Contract *contract = customer.contractAt(now);
    if (!contract)
        throw InputError(QString(),
                         QStringLiteral("customer"),
                         QStringLiteral("customer \"%1\" has no contract in force")
                             .arg(customer.name));
    return *contract;
}

void printCustomer(CompositionRoot &root, const Customer &c, bool json)
{
    ContractService &service = root.contracts();
    const Instant now = service.now();
    const ExpertiseLedger ledger = service.ledger(c);
    const QList<ContractRequest> requests = service.requests(c.id);
    QList<TicketRecord> open;
    for (const TicketRecord &t : root.tickets().repository().openTickets()) {
        if (t.customerId == c.id)
            open.append(t);
    }
    const MonthBalance month = ledger.balance(ledger.monthOf(now));
    if (json) {
        QJsonArray contracts;
        for (const Contract &k : c.contracts)
            contracts.append(contractJson(service, k));
        QJsonArray pending;
        for (const ContractRequest &r : requests)
            pending.append(
                QJsonObject{{QStringLiteral("request"), r.id},
                            {QStringLiteral("version"), r.version},
                            {QStringLiteral("from"), r.fromTier},
                            {QStringLiteral("to"), r.toTier},
                            {QStringLiteral("status"), ContractRequest::statusKey(r.status)},
                            {QStringLiteral("requested_at"), formatInstant(r.requestedAt)},
                            {QStringLiteral("ticket"),
                             r.ticketId ? QJsonValue(*r.ticketId) : QJsonValue()}});
        QJsonArray tickets;
        for (const TicketRecord &t : open)
            tickets.append(QJsonObject{{QStringLiteral("ticket"), t.id},
                                       {QStringLiteral("title"), t.title},
                                       {QStringLiteral("severity"), t.severity},
                                       {QStringLiteral("status"), statusKey(t.status)}});
        printJson({{QStringLiteral("customer"), c.id},
                   {QStringLiteral("version"), c.version},
                   {QStringLiteral("name"), c.name},
                   {QStringLiteral("organization"), c.organization},
                   {QStringLiteral("time_zone"), c.timeZone},
                   {QStringLiteral("language"), c.language},
                   {QStringLiteral("contracts"), contracts},
                   {QStringLiteral("entitlements"), entitlementsJson(service, ledger, now)},
                   {QStringLiteral("requests"), pending},
                   {QStringLiteral("this_month"), balanceJson(month)},
                   {QStringLiteral("open_tickets"), tickets}});
        return;
    }
    printLine(QStringLiteral("customer\t%1 (%2), version %3").arg(c.name).arg(c.id).arg(c.version));
    printLine(QStringLiteral("organization\t%1").arg(c.organization));
    printLine(QStringLiteral("zone\t%1, language %2").arg(c.timeZone, c.language));
    for (const Contract &k : c.contracts)
        printLine(QStringLiteral("contract\t%1 %2 from %3%4 (%5%6)")
                      .arg(k.policyId,
                           tierName(service, k),
                           formatInstant(k.startsAt),
                           k.endsAt ? QStringLiteral(" to ") + formatInstant(*k.endsAt) : QString(),
                           Contract::changeKey(k.change),
                           k.billedFrom ? QStringLiteral(", billed from ")
                                              + k.billedFrom->toString(Qt::ISODate)
                                        : QString()));
    const QJsonObject e = entitlementsJson(service, ledger, now);
    if (!e.isEmpty())
        printLine(
            QStringLiteral("entitlements\t%1 expertise this month, privileged access %2, "
                           "phone tickets %3, 24x7 reception %4, languages %5, most urgent "
                           "resolution %6")
                .arg(hours(e.value(QStringLiteral("expertise_minutes_this_month")).toInt()),
                     e.value(QStringLiteral("privileged_expert_access")).toBool()
                         ? QStringLiteral("yes")
                         : QStringLiteral("no"),
                     e.value(QStringLiteral("phone_tickets")).toBool() ? QStringLiteral("yes")
                                                                       : QStringLiteral("no"),
                     e.value(QStringLiteral("reception_24x7")).toBool() ? QStringLiteral("yes")
                                                                        : QStringLiteral("no"),
                     e.value(QStringLiteral("languages")).toVariant().toStringList().join(u','),
                     e.value(QStringLiteral("most_urgent_resolution")).toString()));
    for (const ContractRequest &r : requests)
        printLine(QStringLiteral("request\t%1 (version %2): %3 to %4, %5, requested %6%7")
                      .arg(QString::number(r.id),
                           QString::number(r.version),
                           r.fromTier,
                           r.toTier,
                           ContractRequest::statusKey(r.status),
                           formatInstant(r.requestedAt),
                           r.ticketId ? QStringLiteral(", ticket %1").arg(*r.ticketId) : QString()));
    printLine(QStringLiteral("this month\t%1 used of %2, %3 left")
                  .arg(hours(month.usedMinutes),
                       hours(month.availableMinutes()),
                       hours(std::max(0, month.leftMinutes))));
    for (const TicketRecord &t : open)
        printLine(QStringLiteral("open ticket\t%1 %2 %3: %4")
                      .arg(QString::number(t.id), t.severity, statusKey(t.status), t.title));
}

void printChange(const Customer &c, const QString &tier, const TierChange &change, bool json)
{
    if (json) {
        printJson({{QStringLiteral("customer"), c.id},
                   {QStringLiteral("contract"), change.contractId},
                   {QStringLiteral("tier"), tier},
                   {QStringLiteral("effective_at"), formatInstant(change.effectiveAt)},
                   {QStringLiteral("billed_from"), change.billedFrom.toString(Qt::ISODate)},
                   {QStringLiteral("tickets_retargeted"), qint64(change.ticketsMoved)}});
        return;
    }
    printLine(QStringLiteral("%1 is on %2 from %3, billed from %4; %5 open ticket(s) re-targeted")
                  .arg(c.name,
                       tier,
                       formatInstant(change.effectiveAt),
                       change.billedFrom.toString(Qt::ISODate),
                       QString::number(change.ticketsMoved)));
}

} // namespace

bool needsGuiApplication(const QStringList &commandLine)
{
    // Read before the options are: the two words side by side anywhere will do, as a
    // QGuiApplication that is not needed costs nothing but its start.
    for (qsizetype i = 0; i + 1 < commandLine.size(); ++i) {
        if (commandLine.at(i) == QLatin1String("expertise")
            && commandLine.at(i + 1) == QLatin1String("statement"))
            return true;
    }
    return false;
}

int runCustomerCommand(const CliArguments &arguments)
{
    const QString action = arguments.words().value(1);
    arguments.allowOnly(common);
    if (action == QLatin1String("list")) {
        arguments.allowWords(2);
        auto root = openRoot(arguments);
        ContractService &service = root->contracts();
        const Instant now = service.now();
        for (const Customer &c : service.customers()) {
            const Contract *k = c.contractAt(now);
            if (arguments.flag(QStringLiteral("json"))) {
                printJson({{QStringLiteral("customer"), c.id},
                           {QStringLiteral("name"), c.name},
                           {QStringLiteral("organization"), c.organization},
                           {QStringLiteral("policy"), k ? k->policyId : QString()},
                           {QStringLiteral("tier"), k ? k->tier : QString()},
                           {QStringLiteral("time_zone"), c.timeZone},
                           {QStringLiteral("language"), c.language}});
            } else {
                printLine(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                              .arg(QString::number(c.id),
                                   c.name,
                                   k ? k->policyId : QStringLiteral("-"),
                                   k ? tierName(service, *k) : QStringLiteral("-"),
                                   c.timeZone,
                                   c.language));
            }
        }
        return 0;
    }
    if (action == QLatin1String("show")) {
        const QString which = positional(arguments, "CUSTOMER (a number or a name)");
        auto root = openRoot(arguments);
        printCustomer(*root,
                      root->contracts().findCustomer(which, QStringLiteral("customer show")),
                      arguments.flag(QStringLiteral("json")));
        return 0;
    }
    throw UsageError(QStringLiteral("expected list or show after \"customer\""));
}

int runContractCommand(const CliArguments &arguments)
{
    const QString action = arguments.words().value(1);
    const bool json = arguments.flag(QStringLiteral("json"));
    const QString version = QStringLiteral("version");
    if (action == QLatin1String("show")) {
        arguments.allowOnly(common);
        const QString which = positional(arguments, "CUSTOMER (a number or a name)");
        auto root = openRoot(arguments);
        printCustomer(*root,
                      root->contracts().findCustomer(which, QStringLiteral("contract show")),
                      json);
        return 0;
    }
    if (action == QLatin1String("upgrade") || action == QLatin1String("downgrade")) {
        arguments.allowOnly(
            common + QSet<QString>{QStringLiteral("tier"), QStringLiteral("reason"), version});
        const QString which = positional(arguments, "CUSTOMER (a number or a name)");
        const QString tier = arguments.require(QStringLiteral("tier"));
        if (action == QLatin1String("upgrade") && arguments.has(QStringLiteral("reason")))
            throw UsageError(QStringLiteral("--reason goes with a downgrade"));
        auto root = openRoot(arguments);
        ContractService &service = root->contracts();
        const Customer c = service.findCustomer(which, QStringLiteral("contract ") + action);
        const int v = versionOr(arguments, currentContract(c, service.now()).version);
        if (action == QLatin1String("upgrade")) {
            printChange(c, tier, service.upgrade(c.id, tier, v), json);
            return 0;
        }
        const ContractRequest r
            = service.requestDowngrade(c.id, tier, arguments.value(QStringLiteral("reason")), v);
        if (json)
            printJson(
                {{QStringLiteral("request"), r.id},
                 {QStringLiteral("version"), r.version},
                 {QStringLiteral("customer"), c.id},
                 {QStringLiteral("from"), r.fromTier},
                 {QStringLiteral("to"), r.toTier},
                 {QStringLiteral("ticket"), r.ticketId ? QJsonValue(*r.ticketId) : QJsonValue()},
                 {QStringLiteral("status"), ContractRequest::statusKey(r.status)}});
        else
            printLine(QStringLiteral("request %1: %2 from %3 to %4, for support to carry out "
                                     "(ticket %5)")
                          .arg(QString::number(r.id),
                               c.name,
                               r.fromTier,
                               r.toTier,
                               r.ticketId ? QString::number(*r.ticketId) : QStringLiteral("-")));
        return 0;
    }
    if (action == QLatin1String("carry-out") || action == QLatin1String("withdraw")) {
        arguments.allowOnly(common + QSet<QString>{version});
        const qint64 id = number(arguments, "REQUEST (a request's number)");
        auto root = openRoot(arguments);
        ContractService &service = root->contracts();
        const QList<ContractRequest> all = service.requests(0);
        const auto found = std::find_if(all.begin(), all.end(), [id](const ContractRequest &r) {
            return r.id == id;
        });
        if (found == all.end())
            throw InputError(QString(),
                             QStringLiteral("contract ") + action,
                             QStringLiteral("there is no request %1").arg(id));
        const int v = versionOr(arguments, found->version);
        if (action == QLatin1String("withdraw")) {
            service.withdraw(id, v);
            printLine(QStringLiteral("request %1 withdrawn").arg(id));
            return 0;
        }
        const TierChange change = service.carryOut(id, v);
        printChange(*service.customer(found->customerId), found->toTier, change, json);
        return 0;
    }
    if (action == QLatin1String("requests")) {
        arguments.allowOnly(common);
        arguments.allowWords(2);
        auto root = openRoot(arguments);
        for (const ContractRequest &r : root->contracts().requests(0)) {
            if (json)
                printJson({{QStringLiteral("request"), r.id},
                           {QStringLiteral("version"), r.version},
                           {QStringLiteral("customer"), r.customerId},
                           {QStringLiteral("from"), r.fromTier},
                           {QStringLiteral("to"), r.toTier},
                           {QStringLiteral("status"), ContractRequest::statusKey(r.status)}});
            else
                printLine(QStringLiteral("%1\tcustomer %2\t%3 to %4\t%5")
                              .arg(QString::number(r.id),
                                   QString::number(r.customerId),
                                   r.fromTier,
                                   r.toTier,
                                   ContractRequest::statusKey(r.status)));
        }
        return 0;
    }
    throw UsageError(QStringLiteral(
        "expected show, upgrade, downgrade, carry-out, withdraw or requests after \"contract\""));
}

int runExpertiseCommand(const CliArguments &arguments)
{
    const QString action = arguments.words().value(1);
    const bool json = arguments.flag(QStringLiteral("json"));
    const QString customerOption = QStringLiteral("customer");
    if (action == QLatin1String("log")) {
        arguments.allowOnly(common
                            + QSet<QString>{customerOption,
                                            QStringLiteral("date"),
                                            QStringLiteral("minutes"),
                                            QStringLiteral("hours"),
                                            QStringLiteral("kind"),
                                            QStringLiteral("language"),
                                            QStringLiteral("notes"),
                                            QStringLiteral("ticket"),
                                            QStringLiteral("coach"),
                                            QStringLiteral("beyond")});
        arguments.allowWords(2);
        const int minutes = requireMinutes(arguments);
        auto root = openRoot(arguments);
        ContractService &service = root->contracts();
        const Customer c = service.findCustomer(arguments.require(customerOption),
                                                QStringLiteral("--customer"));
        ExpertiseRequest request;
        request.customerId = c.id;
        request.coach = arguments.value(QStringLiteral("coach"));
        request.at = dayInZone(arguments, QStringLiteral("date"), c.timeZone);
        request.minutes = minutes;
        request.kind = arguments.require(QStringLiteral("kind"));
        request.language = arguments.has(QStringLiteral("language"))
                               ? arguments.value(QStringLiteral("language"))
                               : c.language;
        request.notes = arguments.value(QStringLiteral("notes"));
        if (arguments.has(QStringLiteral("ticket")))
            request.ticketId = arguments.requireWholeNumber(QStringLiteral("ticket"), 1, LLONG_MAX);
        if (arguments.has(QStringLiteral("beyond"))) {
            const auto beyond = ExpertiseKinds::beyondFromKey(
                arguments.value(QStringLiteral("beyond")));
            if (!beyond || *beyond == Beyond::Nothing)
                throw InputError(QString(),
                                 QStringLiteral("--beyond"),
                                 QStringLiteral("\"%1\" is neither pack nor overage")
                                     .arg(InputError::excerpt(
                                         arguments.value(QStringLiteral("beyond")))));
            request.beyond = *beyond;
        }
        printEntry(service.log(request), peopleNames(*root), json);
        return 0;
    }
    if (action == QLatin1String("reverse")) {
        arguments.allowOnly(common + QSet<QString>{QStringLiteral("reason")});
        const qint64 id = number(arguments, "ENTRY (an expertise entry's number)");
        auto root = openRoot(arguments);
        printEntry(root->contracts().reverse(id, arguments.require(QStringLiteral("reason"))),
                   peopleNames(*root),
                   json);
        return 0;
    }
    if (action == QLatin1String("pack")) {
        arguments.allowOnly(common
                            + QSet<QString>{customerOption,
                                            QStringLiteral("hours"),
                                            QStringLiteral("minutes"),
                                            QStringLiteral("bought"),
                                            QStringLiteral("expires"),
                                            QStringLiteral("note")});
        arguments.allowWords(2);
        const int minutes = requireMinutes(arguments);
        auto root = openRoot(arguments);
        ContractService &service = root->contracts();
        const Customer c = service.findCustomer(arguments.require(customerOption),
                                                QStringLiteral("--customer"));
        const Instant bought = arguments.has(QStringLiteral("bought"))
                                   ? dayInZone(arguments, QStringLiteral("bought"), c.timeZone)
                                   : service.now();
        std::optional<Instant> expires;
        if (arguments.has(QStringLiteral("expires")))
            expires = dayInZone(arguments, QStringLiteral("expires"), c.timeZone);
        const qint64 id = service.addPack(c.id,
                                          minutes,
                                          bought,
                                          expires,
                                          arguments.value(QStringLiteral("note")));
        if (json)
            printJson({{QStringLiteral("pack"), id},
                       {QStringLiteral("customer"), c.id},
                       {QStringLiteral("minutes"), minutes},
                       {QStringLiteral("bought_at"), formatInstant(bought)},
                       {QStringLiteral("expires_at"),
                        expires ? QJsonValue(formatInstant(*expires)) : QJsonValue()}});
        else
            printLine(
                QStringLiteral("pack %1: %2 for %3 from %4%5")
                    .arg(QString::number(id),
                         hours(minutes),
                         c.name,
                         formatInstant(bought),
                         expires ? QStringLiteral(" to ") + formatInstant(*expires) : QString()));
        return 0;
    }
    if (action == QLatin1String("balance") || action == QLatin1String("ledger")
        || action == QLatin1String("statement")) {
        QSet<QString> allowed = common + QSet<QString>{customerOption, QStringLiteral("month")};
        if (action == QLatin1String("ledger"))
            allowed.insert(QStringLiteral("csv"));
        if (action == QLatin1String("statement"))
            allowed.insert(QStringLiteral("pdf"));
        arguments.allowOnly(allowed);
        arguments.allowWords(2);
        const date::year_month month = requireMonth(arguments);
        if (action == QLatin1String("statement"))
            arguments.require(QStringLiteral("pdf"));
        auto root = openRoot(arguments);
        ContractService &service = root->contracts();
        const Customer c = service.findCustomer(arguments.require(customerOption),
                                                QStringLiteral("--customer"));
        const ExpertiseLedger ledger = service.ledger(c, month);
        if (action == QLatin1String("balance")) {
            printBalance(ledger.balance(month), json);
            return 0;
        }
        if (action == QLatin1String("ledger")) {
            if (arguments.has(QStringLiteral("csv"))) {
                const QByteArray bytes = ExpertiseStatement::csv(ledger, month);
                const QString file = arguments.value(QStringLiteral("csv"));
                if (file == QLatin1String("-"))
                    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
                else
                    writeWhole(file, bytes);
                return 0;
            }
            const QHash<QString, QString> names = peopleNames(*root);
            for (const ExpertiseEntry &e : ledger.balance(month).entries)
                printEntry(e, names, json);
            return 0;
        }
        const Instant end = ledger.startOf(month + date::months{1}) - Seconds{1};
        const Contract *contract = ledger.contractAt(std::min(end, service.now()));
        const Policy *policy = contract ? service.policyOf(*contract) : nullptr;
        const QString tier = policy ? policy->tierName(contract->tier, c.language)
                                    : (contract ? contract->tier : QStringLiteral("-"));
        const QString file = arguments.value(QStringLiteral("pdf"));
        StatementPdf::write(ExpertiseStatement::compose(ledger, month, tier, service.now()), file);
        printLine(QStringLiteral("%1: statement of %2 for %3")
                      .arg(file, ExpertiseStatement::monthKey(month), c.name));
        return 0;
    }
    throw UsageError(QStringLiteral(
        "expected log, reverse, pack, balance, ledger or statement after \"expertise\""));
}

} // namespace hourglass::cli
