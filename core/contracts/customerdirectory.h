// Customers, the contracts they hold and the people who work their tickets, as the ticket
// service looks them up; storage implements it.
#pragma once

#include "time/instant.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace hourglass {

struct Contract
{
    // How a contract came to be: the first, or a tier change that ended the one before.
    enum class Change { Start, Upgrade, Downgrade };

    qint64 id = 0;
    QString policyId;
    QString tier;
    Instant startsAt;
    std::optional<Instant> endsAt; // none: open-ended
    Change change = Change::Start;
    QString recordedBy; // who made the change (a login; empty for an imported contract)
    // The day the invoice follows a tier change, in the customer's zone: the first of the
    // month after it (seed 002). None for a contract that did not come from a change.
    std::optional<QDate> billedFrom;
    int version = 1;

    // The stored and scripted form: "start", "upgrade", "downgrade"; Start for anything else.
    static QString changeKey(Change change);
    static Change changeFromKey(const QString &key);

    bool isInForceAt(Instant t) const { return startsAt <= t && (!endsAt || t < *endsAt); }
};

struct Customer
{
    qint64 id = 0;
    QString name;
    QString language; // "en" or "fr"
    QString timeZone;
    QList<Contract> contracts; // oldest first
    QString organization;      // who the customer belongs to, as people read it
    int version = 1;

    // The contract a ticket opened at t falls under: the latest started of those in force.
    const Contract *contractAt(Instant t) const;
};

// Someone who works tickets: the login the database knows, the name people read.
struct Person
{
    QString login;
    QString displayName;
};

class CustomerDirectory
{
public:
    virtual ~CustomerDirectory() = default;

    virtual std::optional<Customer> customer(qint64 id) = 0;
    virtual std::optional<Customer> customerNamed(const QString &name) = 0;
    // Every customer with their contracts, for imports that check many rows at once.
    virtual QList<Customer> customers() = 0;
    // The logins of every user.
    virtual QSet<QString> logins() = 0;
    // Every user, by name.
    virtual QList<Person> people() = 0;
};

} // namespace hourglass
