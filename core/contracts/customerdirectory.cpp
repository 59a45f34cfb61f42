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

} // namespace hourglass
