// A support policy as data: tiers, severity scheme, channels, calendars, targets and warnings.
#include "sla/policy.h"

namespace hourglass {

const NamedItem *Policy::tier(const QString &tierId) const
{
    return findItem(tiers, tierId);
}

const Severity *Policy::severity(const QString &severityId) const
{
    return findItem(severities, severityId);
}

QString Policy::defaultSeverityFor(const QString &channelId) const
{
    return defaultSeverityByChannel.value(channelId,
                                          defaultSeverityByChannel.value(QStringLiteral("*")));
}

const Target *Policy::target(Metric metric, const QString &severityId, const QString &tierId) const
{
    const Target *general = nullptr;
    for (const Target &candidate : targets) {
        if (candidate.metric != metric || candidate.severity != severityId)
            continue;
        if (candidate.tier == tierId)
            return &candidate;
        if (candidate.tier.isEmpty())
            general = &candidate;
    }
    return general;
}

QList<WarningLevel> Policy::warningsFor(const Target &target) const
{
    return target.warnings.isEmpty() ? warnings : target.warnings;
}

QString metricKey(Metric metric)
{
    switch (metric) {
    case Metric::InitialResponse:
        return QStringLiteral("initial-response");
    case Metric::PeriodicUpdate:
        return QStringLiteral("periodic-update");
    case Metric::Resolution:
        return QStringLiteral("resolution");
    }
    return QString();
}

std::optional<Metric> metricFromKey(const QString &key)
{
    for (Metric metric : {Metric::InitialResponse, Metric::PeriodicUpdate, Metric::Resolution}) {
        if (metricKey(metric) == key)
            return metric;
    }
    return std::nullopt;
}

} // namespace hourglass
