// A ticket row, as the repository reads it and views show it.
#pragma once

#include "tickets/ticketstatus.h"
#include "time/instant.h"

#include <QString>

namespace hourglass {

// A ticket row as views show it.
struct TicketRecord
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString customer;
    QString policyId;
    int policyVersion = 1;
    QString title;
    QString severity;
    QString tier;
    TicketStatus status = TicketStatus::New;
    QString channel;
    QString language;
    QString assignee; // login; empty when unassigned
    QString contact;  // who asked, at the customer; empty: the customer itself
    Instant createdAt;
    Instant updatedAt;
    QString updatedBy;
    int version = 1;
    // Why a stored value could not be read (a status this Hourglass does not know, written by
    // another program); empty when all could. Such a ticket is shown, never acted on, until
    // an edit gives it a status again.
    QString unreadable;
};

} // namespace hourglass
