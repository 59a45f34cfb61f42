// The policies Hourglass ships, one per source document, embedded as resources.
#include "sla/presetpolicies.h"

#include "io/policyfile.h"

namespace hourglass {

QStringList PresetPolicies::files()
{
    return {
        QStringLiteral(":/policies/afterhours-desk.json"),
        QStringLiteral(":/policies/netmon-v2.json"),
        QStringLiteral(":/policies/cloud-tiers.json"),
        QStringLiteral(":/policies/provisioning-terms.json"),
        QStringLiteral(":/policies/helpdesk-matrix.json"),
    };
}

QList<Policy> PresetPolicies::load()
{
    QList<Policy> policies;
    for (const QString &file : files())
        policies.append(PolicyFile::load(file));
    return policies;
}

} // namespace hourglass
