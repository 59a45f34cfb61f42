// Reads a policy JSON file (format "hourglass-policy/1"), refusing anything malformed whole.
#include "io/policyfile.h"

#include "io/calendarfile.h"
#include "io/jsonreader.h"
#include "time/durationtext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::PolicyFile)
};

QString checkedId(JsonReader &reader, const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    const QString id = reader.requireString(key);
    if (!pattern.match(id).hasMatch())
        reader.fail(key,
                    Tr::tr("\"%1\" is not a valid id (lower-case letters, digits and dashes)")
                        .arg(InputError::excerpt(id)));
    return id;
}

// Reads the common fields of each entry, then lets `extra` read the rest before finish().
template<typename Item, typename Extra>
QList<Item> readItems(JsonReader &reader, const QString &key, Extra extra)
{
    const QJsonArray array = reader.requireArray(key);
    if (array.isEmpty())
        reader.fail(key, Tr::tr("must list at least one entry"));
    QList<Item> items;
    QSet<QString> ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        JsonReader entry = reader.objectAt(array, key, i);
        Item item;
        item.id = checkedId(entry, QStringLiteral("id"));
        item.name = entry.requireString(QStringLiteral("name"));
        item.nameFr = entry.optionalString(QStringLiteral("name_fr")).value_or(QString());
        item.description = entry.optionalString(QStringLiteral("description")).value_or(QString());
        item.descriptionFr = entry.optionalString(QStringLiteral("description_fr"))
                                 .value_or(QString());
        extra(entry, item);
        entry.finish();
        if (ids.contains(item.id))
            entry.fail(QStringLiteral("id"),
                       Tr::tr("duplicate id \"%1\"").arg(InputError::excerpt(item.id)));
        ids.insert(item.id);
        items.append(item);
    }
    return items;
}

Seconds requireDuration(JsonReader &reader, const QString &key)
{
    const QString text = reader.requireString(key);
    const auto duration = parseDuration(text);
    if (!duration)
        reader.fail(key,
                    Tr::tr("\"%1\" is not a duration such as \"4h\", \"30m\" or \"1h30m\"")
                        .arg(InputError::excerpt(text)));
    return *duration;
}

QList<WarningLevel> readWarnings(JsonReader &reader, const QString &key)
{
    QList<WarningLevel> levels;
    const QJsonArray array = reader.optionalArray(key);
    for (qsizetype i = 0; i < array.size(); ++i) {
        JsonReader entry = reader.objectAt(array, key, i);
        WarningLevel level;
        level.percent = entry.optionalNumber(QStringLiteral("percent"));
        if (entry.has(QStringLiteral("before")))
            level.before = requireDuration(entry, QStringLiteral("before"));
        else
            entry.optionalString(QStringLiteral("before"));
        if (level.percent.has_value() == level.before.has_value())
            entry.fail(QString(), Tr::tr("give either \"percent\" or \"before\""));
        if (level.percent && (*level.percent <= 0 || *level.percent >= 100))
            entry.fail(QStringLiteral("percent"), Tr::tr("must lie between 0 and 100"));
        if (level.before && level.before->count() <= 0)
            entry.fail(QStringLiteral("before"), Tr::tr("must be longer than zero"));
        entry.finish();
        levels.append(level);
    }
    return levels;
}

std::optional<int> optionalMonths(JsonReader &reader, const QString &key)
{
    const auto months = reader.optionalInteger(key);
    if (months && (*months < 1 || *months > 1200))
        reader.fail(key, Tr::tr("must be a whole number of months from 1 to 1200"));
    return months ? std::optional<int>(int(*months)) : std::nullopt;
}

// A tier's "entitlements": what it gives besides SLA targets; a tier without one gives nothing.
TierEntitlements readEntitlements(JsonReader &tier)
{
    TierEntitlements entitlements;
    std::optional<JsonReader> reader = tier.optionalObject(QStringLiteral("entitlements"));
    if (!reader)
        return entitlements;
    if (reader->has(QStringLiteral("expertiseHoursPerMonth"))) {
        const QString key = QStringLiteral("expertiseHoursPerMonth");
        const double hours = reader->optionalNumber(key).value_or(0);
        const double quarters = hours * 4;
        if (hours < 0 || hours > 744 || quarters != std::floor(quarters))
            reader->fail(key, Tr::tr("must be a number of hours from 0 to 744 in quarter hours"));
        entitlements.expertiseMinutesPerMonth = int(quarters) * 15;
    }
    entitlements.expertiseMonths = optionalMonths(*reader, QStringLiteral("expertiseForMonths"));
    entitlements.privilegedExpertAccess
        = reader->optionalBool(QStringLiteral("privilegedExpertAccess")).value_or(false);
    entitlements.privilegedExpertAccessMonths
        = optionalMonths(*reader, QStringLiteral("privilegedExpertAccessForMonths"));
    entitlements.phoneTickets = reader->optionalBool(QStringLiteral("phoneTickets")).value_or(false);
    entitlements.reception24x7 = reader->optionalBool(QStringLiteral("reception24x7"))
                                     .value_or(false);
    entitlements.carryOver = reader->optionalBool(QStringLiteral("carryOver")).value_or(false);
    if (reader->has(QStringLiteral("languages"))) {
        const QString key = QStringLiteral("languages");
        const QJsonArray array = reader->requireArray(key);
        QStringList languages;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString language = reader->stringAt(array, key, i);
            if (language != QLatin1String("en") && language != QLatin1String("fr"))
                reader->fail(key,
                             Tr::tr("\"%1\" is not a language Hourglass offers (en, fr)")
                                 .arg(InputError::excerpt(language)));
            if (!languages.contains(language))
                languages.append(language);
        }
        if (languages.isEmpty())
            reader->fail(key, Tr::tr("must list at least one language"));
        entitlements.languages = languages;
    }
    reader->finish();
    return entitlements;
}

CalendarDefinition readCalendar(JsonReader &calendars, const QString &key, const QString &fileName)
{
    const QJsonValue value = calendars.requireValue(key);
    if (value.isString()) {
        // Only a calendar file is read for a calendar: a policy from elsewhere does not get to
        // open /etc/passwd and have its first bytes discussed in the error.
        if (!value.toString().endsWith(QLatin1String(".json")))
            calendars.fail(key,
                           Tr::tr("\"%1\" is not a calendar file (a .json file, named relative "
                                  "to the policy)")
                               .arg(InputError::excerpt(value.toString())));
        // A path relative to the policy file, which works for resources (":/policies/…") too.
        const QString path = QDir::cleanPath(QFileInfo(fileName).dir().filePath(value.toString()));
        if (!QFile::exists(path))
            calendars.fail(key,
                           Tr::tr("calendar file \"%1\" does not exist")
                               .arg(InputError::excerpt(path, 200)));
        // Its problems are the policy's, at the place that names the file.
        try {
            return CalendarFile::load(path);
        } catch (const InputError &error) {
            calendars.fail(key, Tr::tr("the calendar file is not valid: %1").arg(error.message()));
        }
    }
    if (!value.isObject())
        calendars.fail(key, Tr::tr("expected a calendar file name or a calendar object"));
    JsonReader inline_ = calendars.requireObject(key);
    CalendarDefinition calendar = CalendarFile::read(inline_);
    inline_.finish();
    return calendar;
}

Target readTarget(JsonReader &entry, const Policy &policy)
{
    Target target;
    const QString metric = entry.requireString(QStringLiteral("metric"));
    const auto parsed = metricFromKey(metric);
    if (!parsed)
        entry.fail(QStringLiteral("metric"),
                   Tr::tr("unknown metric \"%1\" (initial-response, periodic-update or "
                          "resolution)")
                       .arg(metric));
    target.metric = *parsed;
    target.severity = entry.requireString(QStringLiteral("severity"));
    if (!policy.severity(target.severity))
        entry.fail(QStringLiteral("severity"),
                   Tr::tr("unknown severity \"%1\"").arg(InputError::excerpt(target.severity)));
    target.tier = entry.optionalString(QStringLiteral("tier")).value_or(QString());
    if (!target.tier.isEmpty() && !policy.tier(target.tier))
        entry.fail(QStringLiteral("tier"),
                   Tr::tr("unknown tier \"%1\"").arg(InputError::excerpt(target.tier)));
    target.note = entry.optionalString(QStringLiteral("note")).value_or(QString());

    // Exactly one way of saying when the target falls due.
    const QStringList kinds = {QStringLiteral("within"),
                               QStringLiteral("businessDays"),
                               QStringLiteral("calendarDays"),
                               QStringLiteral("immediate"),
                               QStringLiteral("scheduled"),
                               QStringLiteral("bestEffort")};
    QStringList given;
    for (const QString &kind : kinds) {
        if (entry.has(kind))
            given.append(kind);
    }
    if (given.size() != 1)
        entry.fail(QString(), Tr::tr("give exactly one of %1").arg(kinds.join(QLatin1String(", "))));
    const QString kind = given.first();
    if (kind == QLatin1String("within")) {
        target.kind = Target::Kind::Duration;
        target.duration = requireDuration(entry, kind);
        if (target.duration.count() <= 0)
            entry.fail(kind, Tr::tr("must be longer than zero (use \"immediate\" for no delay)"));
    } else if (kind == QLatin1String("businessDays") || kind == QLatin1String("calendarDays")) {
        target.kind = kind == QLatin1String("businessDays") ? Target::Kind::BusinessDays
                                                            : Target::Kind::CalendarDays;
        const qint64 days = entry.requireInteger(kind);
        if (days < 1 || days > 3650)
            entry.fail(kind, Tr::tr("must be a whole number of days from 1 to 3650"));
        target.days = int(days);
    } else {
        const auto flag = entry.optionalBool(kind);
        if (!flag.value_or(false))
            entry.fail(kind, Tr::tr("must be true when given"));
        target.kind = kind == QLatin1String("immediate")   ? Target::Kind::Immediate
                      : kind == QLatin1String("scheduled") ? Target::Kind::Scheduled
                                                           : Target::Kind::BestEffort;
    }

    const bool needsCalendar = target.kind != Target::Kind::BestEffort;
    const auto calendar = entry.optionalString(QStringLiteral("calendar"));
    if (needsCalendar && !calendar)
        entry.fail(QStringLiteral("calendar"), Tr::tr("required field is missing"));
    if (calendar) {
        if (!needsCalendar)
            entry.fail(QStringLiteral("calendar"), Tr::tr("a best-effort target has no clock"));
        if (!policy.calendars.contains(*calendar))
            entry.fail(QStringLiteral("calendar"),
                       Tr::tr("unknown calendar \"%1\"").arg(InputError::excerpt(*calendar)));
        target.calendar = *calendar;
        if (target.kind == Target::Kind::BusinessDays
            && !policy.calendars.value(*calendar).businessDay)
            entry.fail(QStringLiteral("businessDays"),
                       Tr::tr("calendar \"%1\" does not say how long a business day is "
                              "(businessDay)")
                           .arg(InputError::excerpt(*calendar)));
    }
    target.warnings = readWarnings(entry, QStringLiteral("warnings"));
    return target;
}

} // namespace

Policy PolicyFile::load(const QString &fileName)
{
    return parse(fileName, JsonReader::readFile(fileName));
}

Policy PolicyFile::parse(const QString &fileName, const QByteArray &bytes)
{
    JsonReader root = JsonReader::fromDocument(fileName, bytes);
    root.requireFormat(formatTag);

    Policy policy;
    policy.id = checkedId(root, QStringLiteral("id"));
    const qint64 version = root.requireInteger(QStringLiteral("version"));
    if (version < 1 || version > 1000000)
        root.fail(QStringLiteral("version"), Tr::tr("must be a positive whole number"));
    policy.version = static_cast<int>(version);
    policy.name = root.requireString(QStringLiteral("name"));
    policy.nameFr = root.optionalString(QStringLiteral("name_fr")).value_or(QString());
    policy.source = root.optionalString(QStringLiteral("source")).value_or(QString());
    int position = 0;
    policy.tiers = readItems<Tier>(root,
                                   QStringLiteral("tiers"),
                                   [&position](JsonReader &entry, Tier &tier) {
                                       tier.level = position++;
                                       if (const auto level = entry.optionalInteger(
                                               QStringLiteral("level"))) {
                                           if (*level < 0 || *level > 1000)
                                               entry.fail(QStringLiteral("level"),
                                                          Tr::tr("must be a whole number from 0 "
                                                                 "to 1000"));
                                           tier.level = int(*level);
                                       }
                                       tier.entitlements = readEntitlements(entry);
                                   });
    policy.channels = readItems<NamedItem>(root,
                                           QStringLiteral("channels"),
                                           [](JsonReader &, NamedItem &) {});
    if (root.has(QStringLiteral("productAreas")))
        policy.productAreas = readItems<ProductArea>(
            root, QStringLiteral("productAreas"), [](JsonReader &entry, ProductArea &area) {
                area.beta = entry.optionalBool(QStringLiteral("beta")).value_or(false);
            });

    JsonReader calendars = root.requireObject(QStringLiteral("calendars"));
    for (const QString &key : calendars.keys())
        policy.calendars.insert(key, readCalendar(calendars, key, fileName));
    calendars.finish();

    int above = 0; // the urgency of the severity read before
    policy.severities = readItems<Severity>(
        root,
        QStringLiteral("severities"),
        [&policy, &above](JsonReader &entry, Severity &severity) {
            // Listed most severe first: without a rank of its own, a severity is one step less
            // urgent than the one above it.
            severity.urgency = std::min(leastUrgent, above + 1);
            if (const auto urgency = entry.optionalInteger(QStringLiteral("urgency"))) {
                if (*urgency < mostUrgent || *urgency > leastUrgent)
                    entry.fail(QStringLiteral("urgency"),
                               Tr::tr("must be a whole number from %1 (most urgent) to %2")
                                   .arg(mostUrgent)
                                   .arg(leastUrgent));
                if (*urgency < std::max(above, mostUrgent))
                    entry.fail(QStringLiteral("urgency"),
                               Tr::tr("severities are listed most severe first: %1 is more "
                                      "urgent than the severity above it (%2)")
                                   .arg(*urgency)
                                   .arg(above));
                severity.urgency = int(*urgency);
            }
            above = severity.urgency;
            if (auto rule = entry.optionalObject(QStringLiteral("onlyOutside"))) {
                severity.onlyOutsideCalendar = rule->requireString(QStringLiteral("calendar"));
                if (!policy.calendars.contains(severity.onlyOutsideCalendar))
                    rule->fail(QStringLiteral("calendar"),
                               Tr::tr("unknown calendar \"%1\"")
                                   .arg(InputError::excerpt(severity.onlyOutsideCalendar)));
                severity.otherwise = rule->requireString(QStringLiteral("otherwise"));
                rule->finish();
            }
        });
    for (qsizetype i = 0; i < policy.severities.size(); ++i) {
        const Severity &severity = policy.severities.at(i);
        if (!severity.otherwise.isEmpty() && !policy.severity(severity.otherwise))
            throw InputError(fileName,
                             QStringLiteral("$.severities[%1].onlyOutside.otherwise").arg(i),
                             Tr::tr("unknown severity \"%1\"")
                                 .arg(InputError::excerpt(severity.otherwise)));
    }

    JsonReader defaults = root.requireObject(QStringLiteral("defaultSeverity"));
    for (const QString &channel : defaults.keys()) {
        const QJsonValue value = defaults.requireValue(channel);
        if (!value.isString())
            defaults.fail(channel, Tr::tr("expected a severity id"));
        if (channel != QLatin1String("*") && !findItem(policy.channels, channel))
            defaults.fail(channel,
                          Tr::tr("unknown channel \"%1\"").arg(InputError::excerpt(channel)));
        if (!policy.severity(value.toString()))
            defaults
                .fail(channel,
                      Tr::tr("unknown severity \"%1\"").arg(InputError::excerpt(value.toString())));
        policy.defaultSeverityByChannel.insert(channel, value.toString());
    }
    if (!policy.defaultSeverityByChannel.contains(QStringLiteral("*")))
        defaults.fail(QStringLiteral("*"),
                      Tr::tr("required: the severity for any channel not listed"));
    defaults.finish();

    policy.warnings = readWarnings(root, QStringLiteral("warnings"));

    const QJsonArray targets = root.requireArray(QStringLiteral("targets"));
    QSet<QString> seen;
    for (qsizetype i = 0; i < targets.size(); ++i) {
        JsonReader entry = root.objectAt(targets, QStringLiteral("targets"), i);
        const Target target = readTarget(entry, policy);
        entry.finish();
        const QString key = metricKey(target.metric) + u'|' + target.severity + u'|' + target.tier;
        if (seen.contains(key))
            entry.fail(QString(),
                       Tr::tr("a second %1 target for severity \"%2\"%3")
                           .arg(metricKey(target.metric),
                                target.severity,
                                target.tier.isEmpty()
                                    ? QString()
                                    : Tr::tr(" and tier \"%1\"").arg(target.tier)));
        seen.insert(key);
        policy.targets.append(target);
    }
    root.finish();
    return policy;
}

} // namespace hourglass
