// The policies stored in a database, every version, as the SLA engine wants them.
#include "storage/policystore.h"

#include "io/inputerror.h"
#include "io/policyfile.h"
#include "sla/presetpolicies.h"
#include "storage/database.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::PolicyStore)
};

// Where a stored document is read from, as far as its calendar file names go.
QString storedName(const QString &id)
{
    return QStringLiteral(":/policies/") + id + QLatin1String(".json");
}

// Two documents are the same policy when they hold the same JSON, however laid out.
bool sameDocument(const QByteArray &a, const QByteArray &b)
{
    return a == b || QJsonDocument::fromJson(a) == QJsonDocument::fromJson(b);
}

// A document without what leaves every stored SLA clock as it is (French names and
// descriptions, urgency ranks, a tier's level and entitlements, and the product areas, which
// only tickets naming one follow): two versions of a preset that differ in nothing else are
// the same commitment.
QJsonValue withoutPresentation(const QJsonValue &value)
{
    static const QSet<QString> presentation = {QStringLiteral("name_fr"),
                                               QStringLiteral("description_fr"),
                                               QStringLiteral("urgency"),
                                               QStringLiteral("level"),
                                               QStringLiteral("entitlements"),
                                               QStringLiteral("productAreas")};
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(withoutPresentation(item));
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object;
    const QJsonObject source = value.toObject();
    for (auto it = source.begin(); it != source.end(); ++it) {
        if (!presentation.contains(it.key()))
            object.insert(it.key(), withoutPresentation(it.value()));
    }
    return object;
}

bool samePresentationApart(const QByteArray &a, const QByteArray &b)
{
    return withoutPresentation(QJsonDocument::fromJson(a).object())
           == withoutPresentation(QJsonDocument::fromJson(b).object());
}

QList<StoredPolicy> select(Database &database, const QString &condition, const QVariantList &values)
{
    QSqlQuery query(database.connection());
    query.prepare(QLatin1String("SELECT policy_key, policy_version, name, document, imported_at "
                                "FROM policies")
                  + condition + QLatin1String(" ORDER BY policy_key, policy_version"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        throw StorageError(
            database.describeError(Tr::tr("cannot read policies"), query.lastError()));
    QList<StoredPolicy> rows;
    while (query.next())
        rows.append({query.value(0).toString(),
                     query.value(1).toInt(),
                     query.value(2).toString(),
                     query.value(3).toString().toUtf8(),
                     fromEpoch(query.value(4).toLongLong())});
    return rows;
}

} // namespace

QList<Policy> PolicyStore::loadAll(Database &database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral(
            "SELECT policy_key, document FROM policies ORDER BY policy_key, policy_version")))
        throw StorageError(
            database.describeError(Tr::tr("cannot read policies"), query.lastError()));
    QList<Policy> policies;
    while (query.next())
        policies.append(
            PolicyFile::parse(storedName(query.value(0).toString()), query.value(1).toByteArray()));
    return policies;
}

QList<StoredPolicy> PolicyStore::versions(Database &database)
{
    return select(database, QString(), {});
}

QList<StoredPolicy> PolicyStore::newest(Database &database)
{
    QList<StoredPolicy> rows;
    for (StoredPolicy &row : select(database, QString(), {})) {
        if (!rows.isEmpty() && rows.constLast().id == row.id)
            rows.last() = std::move(row);
        else
            rows.append(std::move(row));
    }
    return rows;
}

std::optional<StoredPolicy> PolicyStore::find(Database &database,
                                              const QString &id,
                                              std::optional<int> version)
{
    QList<StoredPolicy> rows = version
                                   ? select(database,
                                            QStringLiteral(" WHERE policy_key = ? AND "
                                                           "policy_version = ?"),
                                            {id, *version})
                                   : select(database, QStringLiteral(" WHERE policy_key = ?"), {id});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.takeLast();
}

Policy PolicyStore::check(const QString &fileName, const QByteArray &document)
{
    // Read as the store reads it back, so what is accepted now loads at every start; the
    // errors still name the file given.
    const QString id
        = QJsonDocument::fromJson(document).object().value(QLatin1String("id")).toString();
    if (id.isEmpty())
        return PolicyFile::parse(fileName, document);
    try {
        return PolicyFile::parse(storedName(id), document);
    } catch (const InputError &error) {
        throw InputError(fileName, error.place(), error.problem());
    }
}

PolicyStore::Outcome PolicyStore::store(Database &database,
                                        const QString &fileName,
                                        const QByteArray &document)
{
    const Policy policy = check(fileName, document);
    Transaction transaction(database);
    if (const auto same = find(database, policy.id, policy.version)) {
        if (sameDocument(same->document, document))
            return Outcome::AlreadyStored;
        throw InputError(fileName,
                         QStringLiteral("$.version"),
                         Tr::tr("policy \"%1\" version %2 is already stored with another "
                                "document; a changed policy needs a higher version")
                             .arg(policy.id)
                             .arg(policy.version));
    }
    if (const auto latest = find(database, policy.id); latest && latest->version > policy.version)
        throw InputError(fileName,
                         QStringLiteral("$.version"),
                         Tr::tr("policy \"%1\" is stored at version %2, newer than version %3")
                             .arg(policy.id)
                             .arg(latest->version)
                             .arg(policy.version));
    QSqlQuery insert(database.connection());
    insert.prepare(QLatin1String("INSERT INTO policies (policy_key, policy_version, name, "
                                 "document, imported_at) VALUES (?, ?, ?, ?, ")
                   + database.nowSeconds() + QLatin1String(")"));
    insert.addBindValue(policy.id);
    insert.addBindValue(policy.version);
    insert.addBindValue(policy.name);
    insert.addBindValue(QString::fromUtf8(document));
    if (!insert.exec())
        throw StorageError(database.describeError(Tr::tr("cannot store policy \"%1\" version %2")
                                                      .arg(policy.id)
                                                      .arg(policy.version),
                                                  insert.lastError()));
    transaction.commit();
    return Outcome::Stored;
}

int PolicyStore::storePresets(QSqlDatabase &db, DatabaseUrl::Engine engine)
{
    const bool postgres = engine == DatabaseUrl::Engine::Postgres;
    int stored = 0;
    for (const QString &file : PresetPolicies::files()) {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            throw StorageError(Tr::tr("cannot read the preset %1").arg(file));
        const QByteArray document = in.readAll();
        // A broken preset is a build defect; its test says so before anyone migrates.
        const Policy policy = PolicyFile::parse(file, document);
        QSqlQuery query(db);
        // When, by the server's clock on PostgreSQL, as the schema versions are stamped.
        query.prepare(QLatin1String("INSERT INTO policies (policy_key, policy_version, name, "
                                    "document, imported_at) SELECT ?, ?, ?, ?, ")
                      + (postgres ? QStringLiteral("EXTRACT(EPOCH FROM clock_timestamp())::bigint")
                                  : QString::number(QDateTime::currentSecsSinceEpoch()))
                      + QLatin1String(" WHERE NOT EXISTS (SELECT 1 FROM policies WHERE "
                                      "policy_key = ? AND policy_version = ?)"));
        query.addBindValue(policy.id);
        query.addBindValue(policy.version);
        query.addBindValue(policy.name);
        query.addBindValue(QString::fromUtf8(document));
        query.addBindValue(policy.id);
        query.addBindValue(policy.version);
        if (!query.exec())
            throw StorageError(
                Tr::tr("cannot store the preset %1: %2").arg(policy.id, query.lastError().text()));
        if (query.numRowsAffected() > 0) {
            ++stored;
            continue;
        }
        // Stored by an earlier Hourglass whose preset lacked the names or ranks this one
        // ships under the same version: brought up to date, as nothing else in it differs.
        QSqlQuery current(db);
        current.prepare(QStringLiteral(
            "SELECT document FROM policies WHERE policy_key = ? AND policy_version = ?"));
        current.addBindValue(policy.id);
        current.addBindValue(policy.version);
        if (!current.exec() || !current.next())
            continue;
        const QByteArray old = current.value(0).toString().toUtf8();
        if (sameDocument(old, document) || !samePresentationApart(old, document))
            continue;
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE policies SET document = ?, name = ? WHERE "
                                      "policy_key = ? AND policy_version = ?"));
        update.addBindValue(QString::fromUtf8(document));
        update.addBindValue(policy.name);
        update.addBindValue(policy.id);
        update.addBindValue(policy.version);
        if (!update.exec())
            throw StorageError(
                Tr::tr("cannot update the preset %1: %2").arg(policy.id, update.lastError().text()));
    }
    return stored;
}

} // namespace hourglass
