// One entry of a ticket's timeline; SLA clocks are derived from these, never stored.
#include "tickets/ticketevent.h"

namespace hourglass {

namespace {

struct KindKey
{
    TicketEvent::Kind kind;
    const char *key;
};

const KindKey kindKeys[] = {
    {TicketEvent::Kind::Created, "created"},
    {TicketEvent::Kind::SeverityChanged, "severity-changed"},
    {TicketEvent::Kind::TierChanged, "tier-changed"},
    {TicketEvent::Kind::PolicyChanged, "policy-changed"},
    {TicketEvent::Kind::StatusChanged, "status-changed"},
    {TicketEvent::Kind::Responded, "responded"},
    {TicketEvent::Kind::Updated, "updated"},
    {TicketEvent::Kind::CustomerReplied, "customer-replied"},
    {TicketEvent::Kind::ScheduledFor, "scheduled"},
    {TicketEvent::Kind::Resolved, "resolved"},
    {TicketEvent::Kind::Reopened, "reopened"},
    {TicketEvent::Kind::Assigned, "assigned"},
    {TicketEvent::Kind::Note, "note"},
};

} // namespace

QString TicketEvent::key(Kind kind)
{
    for (const KindKey &entry : kindKeys) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.key);
    }
    return QString();
}

bool TicketEvent::isEntry(Kind kind)
{
    return kind == Kind::Responded || kind == Kind::Updated || kind == Kind::CustomerReplied
           || kind == Kind::Note;
}

std::optional<TicketEvent::Kind> TicketEvent::kindFromKey(const QString &key)
{
    for (const KindKey &entry : kindKeys) {
        if (key == QLatin1String(entry.key))
            return entry.kind;
    }
    return std::nullopt;
}

} // namespace hourglass
