// The kinds of expertise sessions, by key and by name.
#include "contracts/expertise.h"

#include <QCoreApplication>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::ExpertiseKinds)
};

struct KindKey
{
    ExpertiseKind kind;
    const char *key;
};

constexpr KindKey kindKeys[] = {
    {ExpertiseKind::Discovery, "discovery"},
    {ExpertiseKind::TargetArchitecture, "target-architecture"},
    {ExpertiseKind::DailyAdvice, "daily-advice"},
    {ExpertiseKind::Troubleshooting, "troubleshooting"},
    {ExpertiseKind::P1RapidAction, "p1-rapid-action"},
    {ExpertiseKind::ReportAndSizing, "report-and-sizing"},
};

} // namespace

QList<ExpertiseKind> ExpertiseKinds::all()
{
    QList<ExpertiseKind> kinds;
    for (const KindKey &k : kindKeys)
        kinds.append(k.kind);
    return kinds;
}

QString ExpertiseKinds::key(ExpertiseKind kind)
{
    for (const KindKey &k : kindKeys) {
        if (k.kind == kind)
            return QLatin1String(k.key);
    }
    return {};
}

std::optional<ExpertiseKind> ExpertiseKinds::fromKey(const QString &key)
{
    for (const KindKey &k : kindKeys) {
        if (key == QLatin1String(k.key))
            return k.kind;
    }
    return std::nullopt;
}

QString ExpertiseKinds::name(ExpertiseKind kind)
{
    switch (kind) {
    case ExpertiseKind::Discovery:
        return Tr::tr("Discovery session of the portal");
    case ExpertiseKind::TargetArchitecture:
        return Tr::tr("Target architecture");
    case ExpertiseKind::DailyAdvice:
        return Tr::tr("Daily advice and skills");
    case ExpertiseKind::Troubleshooting:
        return Tr::tr("Troubleshooting outside the service");
    case ExpertiseKind::P1RapidAction:
        return Tr::tr("P1 rapid action");
    case ExpertiseKind::ReportAndSizing:
        return Tr::tr("Report and sizing recommendations");
    }
    return {};
}

QString ExpertiseKinds::beyondKey(Beyond beyond)
{
    switch (beyond) {
    case Beyond::Nothing:
        return QStringLiteral("nothing");
    case Beyond::Pack:
        return QStringLiteral("pack");
    case Beyond::Overage:
        return QStringLiteral("overage");
    }
    return {};
}

std::optional<Beyond> ExpertiseKinds::beyondFromKey(const QString &key)
{
    for (Beyond b : {Beyond::Nothing, Beyond::Pack, Beyond::Overage}) {
        if (beyondKey(b) == key)
            return b;
    }
    return std::nullopt;
}

} // namespace hourglass
