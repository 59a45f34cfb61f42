// Customers, the contracts they hold and the people who work their tickets, as the ticket
// service looks them up; storage implements it.
#include "contracts/customerdirectory.h"

namespace hourglass {

const Contract *Customer::contractAt(Instant t) const
{
    const Contract *found = nullptr;
    for (const Contract &contract : contracts) {
        if (contract.isInForceAt(t) && (!found || contract.startsAt >= found->startsAt))
            found = &contract;
    }
    return found;
}

QString Contract::changeKey(Change change)
{
    switch (change) {
    case Change::Start:
        return QStringLiteral("start");
    case Change::Upgrade:
        return QStringLiteral("upgrade");
    case Change::Downgrade:
        return QStringLiteral("downgrade");
    }
    return {};
}

Contract::Change Contract::changeFromKey(const QString &key)
{
    if (key == QLatin1String("upgrade"))
        return Change::Upgrade;
    if (key == QLatin1String("downgrade"))
        return Change::Downgrade;
    return Change::Start;
}

} // namespace hourglass
