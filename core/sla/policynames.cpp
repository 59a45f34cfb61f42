// What people read for the ids a ticket carries (severity, tier, channel), in their language,
// and the urgency rank that lets severities of different policies sort together.
#include "sla/policynames.h"

#include "sla/slaengine.h"

#include <QCoreApplication>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::PolicyNames)
};

// The newest version of the policy that has the item, else the ticket's version.
template<typename Has>
const Policy *versionWith(const PolicyNames::Sources &from, Has has)
{
    if (from.latest && has(*from.latest))
        return from.latest;
    return from.own && has(*from.own) ? from.own : nullptr;
}

} // namespace

QString PolicyNames::language()
{
    // Qt's own idiom (QT_LAYOUT_DIRECTION): a translation says which language it is.
    const QString code = Tr::tr("en", "the code of the language of this translation");
    return code.isEmpty() ? QStringLiteral("en") : code;
}

PolicyNames::Sources PolicyNames::sources(const SlaEngine &engine,
                                          const QString &policyId,
                                          int version)
{
    return {engine.latestPolicy(policyId), engine.policy(policyId, version)};
}

QString PolicyNames::severity(const Sources &from,
                              const QString &severityId,
                              const QString &language)
{
    const Policy *policy = versionWith(from, [&](const Policy &p) {
        return p.severity(severityId) != nullptr;
    });
    return policy ? policy->severityName(severityId, language) : severityId;
}

QString PolicyNames::tier(const Sources &from, const QString &tierId, const QString &language)
{
    const Policy *policy = versionWith(from,
                                       [&](const Policy &p) { return p.tier(tierId) != nullptr; });
    return policy ? policy->tierName(tierId, language) : tierId;
}

QString PolicyNames::channel(const Sources &from, const QString &channelId, const QString &language)
{
    const Policy *policy = versionWith(from, [&](const Policy &p) {
        return findItem(p.channels, channelId) != nullptr;
    });
    return policy ? policy->channelName(channelId, language) : channelId;
}

int PolicyNames::urgency(const Sources &from, const QString &severityId)
{
    const Policy *policy = versionWith(from, [&](const Policy &p) {
        return p.severity(severityId) != nullptr;
    });
    return policy ? policy->urgencyOf(severityId) : leastUrgent + 1;
}

QString PolicyNames::severity(const SlaEngine &engine,
                              const QString &policyId,
                              int version,
                              const QString &severityId,
                              const QString &language)
{
    return severity(sources(engine, policyId, version), severityId, language);
}

QString PolicyNames::tier(const SlaEngine &engine,
                          const QString &policyId,
                          int version,
                          const QString &tierId,
                          const QString &language)
{
    return tier(sources(engine, policyId, version), tierId, language);
}

QString PolicyNames::channel(const SlaEngine &engine,
                             const QString &policyId,
                             int version,
                             const QString &channelId,
                             const QString &language)
{
    return channel(sources(engine, policyId, version), channelId, language);
}

int PolicyNames::urgency(const SlaEngine &engine,
                         const QString &policyId,
                         int version,
                         const QString &severityId)
{
    return urgency(sources(engine, policyId, version), severityId);
}

QString PolicyNames::urgencyName(int urgency)
{
    switch (urgency) {
    case 1:
        return Tr::tr("Outage or emergency", "urgency rank 1 of 6");
    case 2:
        return Tr::tr("Severe impact", "urgency rank 2 of 6");
    case 3:
        return Tr::tr("High impact", "urgency rank 3 of 6");
    case 4:
        return Tr::tr("Normal", "urgency rank 4 of 6");
    case 5:
        return Tr::tr("Low", "urgency rank 5 of 6");
    case 6:
        return Tr::tr("Planned work", "urgency rank 6 of 6");
    }
    return Tr::tr("Unknown severity");
}

QString PolicyNames::languageName(const QString &code)
{
    if (code == QLatin1String("en"))
        return Tr::tr("English", "a ticket's language");
    if (code == QLatin1String("fr"))
        return Tr::tr("French", "a ticket's language");
    return code;
}

} // namespace hourglass
