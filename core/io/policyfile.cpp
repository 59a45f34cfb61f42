// Reads a policy JSON file (format "hourglass-policy/1"), refusing anything malformed whole.
#include "io/policyfile.h"

#include "io/jsonreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

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
                        .arg(id));
    return id;
}

QList<NamedItem> readItems(JsonReader &reader, const QString &key, bool required)
{
    const QJsonArray array = required ? reader.requireArray(key) : reader.optionalArray(key);
    if (required && array.isEmpty())
        reader.fail(key, Tr::tr("must list at least one entry"));
    QList<NamedItem> items;
    QSet<QString> ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        JsonReader entry = reader.objectAt(array, key, i);
        NamedItem item;
        item.id = checkedId(entry, QStringLiteral("id"));
        item.name = entry.requireString(QStringLiteral("name"));
        item.description = entry.optionalString(QStringLiteral("description")).value_or(QString());
        entry.finish();
        if (ids.contains(item.id))
            entry.fail(QStringLiteral("id"), Tr::tr("duplicate id \"%1\"").arg(item.id));
        ids.insert(item.id);
        items.append(item);
    }
    return items;
}

} // namespace

Policy PolicyFile::load(const QString &fileName)
{
    QFile in(fileName);
    if (!in.open(QIODevice::ReadOnly))
        throw InputError(fileName, QString(), Tr::tr("cannot be read: %1").arg(in.errorString()));
    return parse(fileName, in.readAll());
}

Policy PolicyFile::parse(const QString &fileName, const QByteArray &bytes)
{
    JsonReader root = JsonReader::fromDocument(fileName, bytes);
    const QString format = root.requireString(QStringLiteral("format"));
    if (format != QLatin1String(formatTag))
        root.fail(QStringLiteral("format"),
                  Tr::tr("unsupported format \"%1\" (expected \"%2\")")
                      .arg(format, QLatin1String(formatTag)));

    Policy policy;
    policy.id = checkedId(root, QStringLiteral("id"));
    const qint64 version = root.requireInteger(QStringLiteral("version"));
    if (version < 1 || version > 1000000)
        root.fail(QStringLiteral("version"), Tr::tr("must be a positive whole number"));
    policy.version = static_cast<int>(version);
    policy.name = root.requireString(QStringLiteral("name"));
    policy.source = root.optionalString(QStringLiteral("source")).value_or(QString());
    policy.tiers = readItems(root, QStringLiteral("tiers"), true);
    policy.severities = readItems(root, QStringLiteral("severities"), true);
    policy.channels = readItems(root, QStringLiteral("channels"), true);

    JsonReader defaults = root.requireObject(QStringLiteral("defaultSeverity"));
    for (const QString &channel : defaults.keys()) {
        const QJsonValue value = defaults.requireValue(channel);
        if (!value.isString())
            defaults.fail(channel, Tr::tr("expected a severity id"));
        if (channel != QLatin1String("*") && !findItem(policy.channels, channel))
            defaults.fail(channel, Tr::tr("unknown channel \"%1\"").arg(channel));
        if (!policy.severity(value.toString()))
            defaults.fail(channel, Tr::tr("unknown severity \"%1\"").arg(value.toString()));
        policy.defaultSeverityByChannel.insert(channel, value.toString());
    }
    if (!policy.defaultSeverityByChannel.contains(QStringLiteral("*")))
        defaults.fail(QStringLiteral("*"),
                      Tr::tr("required: the severity for any channel not listed"));
    defaults.finish();
    root.finish();
    return policy;
}

} // namespace hourglass
