// A support policy as data: its identity, tiers, severity scheme and channels.
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace hourglass {

struct NamedItem
{
    QString id;
    QString name;
    QString description;
};

struct Policy
{
    QString id;
    int version = 0;
    QString name;
    QString source; // the document the policy was written from
    QList<NamedItem> tiers;
    QList<NamedItem> severities; // most severe first
    QList<NamedItem> channels;
    // Severity given to a ticket whose requester set none, by channel id; "*" for any other.
    QHash<QString, QString> defaultSeverityByChannel;

    const NamedItem *tier(const QString &tierId) const;
    const NamedItem *severity(const QString &severityId) const;
    QString defaultSeverityFor(const QString &channelId) const;
};

inline const NamedItem *findItem(const QList<NamedItem> &items, const QString &id)
{
    for (const NamedItem &item : items) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

inline const NamedItem *Policy::tier(const QString &tierId) const
{
    return findItem(tiers, tierId);
}

inline const NamedItem *Policy::severity(const QString &severityId) const
{
    return findItem(severities, severityId);
}

inline QString Policy::defaultSeverityFor(const QString &channelId) const
{
    return defaultSeverityByChannel.value(channelId,
                                          defaultSeverityByChannel.value(QStringLiteral("*")));
}

} // namespace hourglass
