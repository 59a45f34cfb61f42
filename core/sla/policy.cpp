// A support policy as data: tiers, severity scheme, channels, calendars, targets and warnings.
#include "sla/policy.h"

#include "io/inputerror.h"

#include <QCoreApplication>
#include <QStringList>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::Policy)
};

template<typename Item>
QString ids(const QList<Item> &items)
{
    QStringList list;
    for (const Item &item : items)
        list.append(item.id);
    return list.join(QLatin1String(", "));
}

} // namespace

QString Policy::severityProblem(const QString &severityId) const
{
    if (severity(severityId))
        return {};
    return severityId.isEmpty() ? Tr::tr("a severity is required (%1)").arg(ids(severities))
                                : Tr::tr("unknown severity \"%1\" in %2 (%3)")
                                      .arg(InputError::excerpt(severityId), id, ids(severities));
}

QString Policy::productAreaProblem(const QString &areaId) const
{
    if (areaId.isEmpty() || productArea(areaId))
        return QString();
    return productAreas.isEmpty() ? Tr::tr("%1 names no product areas, so \"%2\" is not one")
                                        .arg(id, InputError::excerpt(areaId))
                                  : Tr::tr("unknown product area \"%1\" in %2 (%3)")
                                        .arg(InputError::excerpt(areaId), id, ids(productAreas));
}

const ProductArea *Policy::productArea(const QString &areaId) const
{
    return findItem(productAreas, areaId);
}

bool Policy::isBeta(const QString &areaId) const
{
    const ProductArea *area = productArea(areaId);
    return area && area->beta;
}

QString Policy::tierProblem(const QString &tierId) const
{
    if (tier(tierId))
        return {};
    return tierId.isEmpty() ? Tr::tr("a tier is required (%1)").arg(ids(tiers))
                            : Tr::tr("unknown tier \"%1\" in %2 (%3)")
                                  .arg(InputError::excerpt(tierId), id, ids(tiers));
}

QString Policy::channelProblem(const QString &channelId) const
{
    if (findItem(channels, channelId))
        return {};
    return channelId.isEmpty() ? Tr::tr("a channel is required (%1)").arg(ids(channels))
                               : Tr::tr("unknown channel \"%1\" in %2 (%3)")
                                     .arg(InputError::excerpt(channelId), id, ids(channels));
}

QString NamedItem::displayName(const QString &language) const
{
    return language == QLatin1String("fr") && !nameFr.isEmpty() ? nameFr : name;
}

QString NamedItem::displayDescription(const QString &language) const
{
    return language == QLatin1String("fr") && !descriptionFr.isEmpty() ? descriptionFr
                                                                       : description;
}

QString Policy::displayName(const QString &language) const
{
    return language == QLatin1String("fr") && !nameFr.isEmpty() ? nameFr : name;
}

QString Policy::severityName(const QString &severityId, const QString &language) const
{
    const Severity *found = severity(severityId);
    return found ? found->displayName(language) : severityId;
}

QString Policy::tierName(const QString &tierId, const QString &language) const
{
    const NamedItem *found = tier(tierId);
    return found ? found->displayName(language) : tierId;
}

QString Policy::channelName(const QString &channelId, const QString &language) const
{
    const NamedItem *found = findItem(channels, channelId);
    return found ? found->displayName(language) : channelId;
}

QString Policy::calendarName(const QString &calendarKey, const QString &language) const
{
    const auto it = calendars.constFind(calendarKey);
    return it == calendars.constEnd() ? calendarKey : it->displayName(language);
}

int Policy::urgencyOf(const QString &severityId) const
{
    const Severity *found = severity(severityId);
    return found ? found->urgency : leastUrgent + 1;
}

const Tier *Policy::tier(const QString &tierId) const
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
