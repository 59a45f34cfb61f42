// A ticket's status: one enum for every layer, its stored key and what it means for SLA clocks.
#pragma once

#include <QString>

#include <optional>

namespace hourglass {

enum class TicketStatus {
    New,             // not yet answered
    Open,            // answered, being worked on
    WaitingCustomer, // paused until the customer replies
    Scheduled,       // paused until the time the requester chose
    Resolved,
};

// The stored and scripted form: "new", "open", "waiting-customer", "scheduled", "resolved".
QString statusKey(TicketStatus status);
std::optional<TicketStatus> ticketStatusFromKey(const QString &key);
// Every status in display order.
inline constexpr TicketStatus allTicketStatuses[] = {TicketStatus::New,
                                                     TicketStatus::Open,
                                                     TicketStatus::WaitingCustomer,
                                                     TicketStatus::Scheduled,
                                                     TicketStatus::Resolved};

// Statuses during which every running clock is paused.
bool isPausing(TicketStatus status);

} // namespace hourglass
