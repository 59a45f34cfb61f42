// The policies a database stores: the presets on every migrated database, on SQLite and
// PostgreSQL, and importing versions (new, the same again, a changed document, an older one, a
// malformed file) with nothing written when refused.
#include "io/inputerror.h"
#include "sla/presetpolicies.h"
#include "storage/migrations.h"
#include "storage/policystore.h"
#include "testenvironment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace hourglass;

class TestPolicyStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();
    void everyMigratedDatabaseHasThePresets();
    void migratingAgainStoresNoPresetTwice();
    void anOlderDatabaseGetsThePresetsWhenMigrated();
    void aStoredPresetGainsItsFrenchNames();
    void storesAHigherVersionAsANewRow();
    void theSameDocumentAgainWritesNothing();
    void theSameVersionWithAnotherDocumentIsRefused();
    void anOlderVersionIsRefused();
    void aMalformedDocumentIsRefusedWithItsPath_data();
    void aMalformedDocumentIsRefusedWithItsPath();
    void findsAVersionOrTheNewest();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

namespace {

QByteArray preset(const char *id)
{
    QFile file(QStringLiteral(":/policies/%1.json").arg(QLatin1String(id)));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no preset %s", id);
    return file.readAll();
}

// netmon-v2 at `version`, its severity-2 first response due within `within`.
QByteArray netmon(int version, const QString &within = QStringLiteral("1h"))
{
    QJsonObject root = QJsonDocument::fromJson(preset("netmon-v2")).object();
    root.insert(QStringLiteral("version"), version);
    QJsonArray targets = root.value(QStringLiteral("targets")).toArray();
    for (qsizetype i = 0; i < targets.size(); ++i) {
        QJsonObject target = targets.at(i).toObject();
        if (target.value(QStringLiteral("metric")) == QStringLiteral("initial-response")
            && target.value(QStringLiteral("severity")) == QStringLiteral("sev2"))
            target.insert(QStringLiteral("within"), within);
        targets.replace(i, target);
    }
    root.insert(QStringLiteral("targets"), targets);
    return QJsonDocument(root).toJson();
}

QStringList idsAndVersions(const QList<StoredPolicy> &rows)
{
    QStringList list;
    for (const StoredPolicy &row : rows)
        list.append(QStringLiteral("%1 v%2").arg(row.id).arg(row.version));
    return list;
}

} // namespace

void TestPolicyStore::initTestCase_data()
{
    test::addEngineRows();
}

void TestPolicyStore::initTestCase()
{
    test::isolateUserData();
}

void TestPolicyStore::init()
{
    QFETCH_GLOBAL(QString, engine);
    static int counter = 0;
    m_database = engine == QLatin1String("sqlite")
                     ? test::openTemporarySqlite(m_dir, QStringLiteral("p%1.sqlite").arg(++counter))
                     : test::openTemporaryPostgres();
}

void TestPolicyStore::cleanup()
{
    m_database.reset();
}

void TestPolicyStore::everyMigratedDatabaseHasThePresets()
{
    const QList<StoredPolicy> rows = PolicyStore::versions(*m_database);
    QCOMPARE(idsAndVersions(rows),
             QStringList({"afterhours-desk v1",
                          "cloud-tiers v1",
                          "helpdesk-matrix v1",
                          "netmon-v2 v1",
                          "provisioning-terms v1"}));
    for (const StoredPolicy &row : rows) {
        // Stored as shipped, byte for byte, with the name the document gives.
        QCOMPARE(row.document, preset(row.id.toLatin1().constData()));
        QVERIFY(!row.name.isEmpty());
    }
    // And the engine reads them: customers can be taken at once.
    const QList<Policy> policies = PolicyStore::loadAll(*m_database);
    QCOMPARE(policies.size(), PresetPolicies::files().size());
}

void TestPolicyStore::migratingAgainStoresNoPresetTwice()
{
    Migrations::apply(m_database->connection(), m_database->url().engine());
    Migrations::apply(m_database->connection(), m_database->url().engine());
    QCOMPARE(test::countRows(*m_database, QStringLiteral("policies")),
             PresetPolicies::files().size());
    QCOMPARE(PolicyStore::storePresets(m_database->connection(), m_database->url().engine()), 0);
}

void TestPolicyStore::aStoredPresetGainsItsFrenchNames()
{
    // The cloud preset as an earlier Hourglass stored it: version 1 without French names or
    // ranks; and the helpdesk preset with a target of its own under the same version.
    const auto strip = [](QJsonValue value, const auto &self) -> QJsonValue {
        if (value.isArray()) {
            QJsonArray array;
            for (const QJsonValue &item : value.toArray())
                array.append(self(item, self));
            return array;
        }
        if (!value.isObject())
            return value;
        QJsonObject object = value.toObject();
        object.remove(QStringLiteral("name_fr"));
        object.remove(QStringLiteral("description_fr"));
        object.remove(QStringLiteral("urgency"));
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = self(it.value(), self);
        return object;
    };
    const QByteArray englishOnly
        = QJsonDocument(
              strip(QJsonDocument::fromJson(preset("cloud-tiers")).object(), strip).toObject())
              .toJson();
    QVERIFY(!englishOnly.contains("name_fr"));
    QByteArray otherTarget = preset("helpdesk-matrix");
    QVERIFY(otherTarget.contains("\"within\": \"30m\""));
    otherTarget.replace("\"within\": \"30m\"", "\"within\": \"45m\"");
    const auto set = [this](const char *id, const QByteArray &document) {
        QSqlQuery update(m_database->connection());
        update.prepare(QStringLiteral("UPDATE policies SET document = ? WHERE policy_key = ?"));
        update.addBindValue(QString::fromUtf8(document));
        update.addBindValue(QString::fromLatin1(id));
        QVERIFY(update.exec());
    };
    set("cloud-tiers", englishOnly);
    set("helpdesk-matrix", otherTarget);

    QCOMPARE(PolicyStore::storePresets(m_database->connection(), m_database->url().engine()), 0);
    // Names and ranks only: brought up to date, so French readers get French names.
    QCOMPARE(PolicyStore::find(*m_database, QStringLiteral("cloud-tiers"), 1)->document,
             preset("cloud-tiers"));
    // Another commitment under the same version is the database's own: left as it is.
    QCOMPARE(PolicyStore::find(*m_database, QStringLiteral("helpdesk-matrix"), 1)->document,
             otherTarget);
    QCOMPARE(test::countRows(*m_database, QStringLiteral("policies")),
             PresetPolicies::files().size());
    for (const Policy &policy : PolicyStore::loadAll(*m_database)) {
        if (policy.id == QLatin1String("cloud-tiers"))
            QCOMPARE(policy.tierName(QStringLiteral("gold"), QStringLiteral("fr")),
                     QStringLiteral("Or"));
    }
}

void TestPolicyStore::anOlderDatabaseGetsThePresetsWhenMigrated()
{
    QFETCH_GLOBAL(QString, engine);
    const QString url = engine == QLatin1String("sqlite")
                            ? DatabaseUrl::sqliteFile(m_dir.filePath(QStringLiteral("old.sqlite")))
                                  .toString()
                            : test::createPostgresDatabase();
    const DatabaseUrl parsed = DatabaseUrl::parse(url);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(parsed.driverName(), QStringLiteral("old"));
        if (parsed.isSqlite()) {
            raw.setDatabaseName(parsed.path());
        } else {
            raw.setHostName(parsed.host());
            raw.setPort(parsed.port());
            raw.setUserName(parsed.user());
            raw.setDatabaseName(parsed.databaseName());
        }
        QVERIFY(raw.open());
        Migrations::applyUpTo(raw, parsed.engine(), 1);
        QSqlQuery count(raw);
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM policies")) && count.next());
        QCOMPARE(count.value(0).toInt(), 0);
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    auto upgraded = Database::open(parsed, Database::Schema::Migrate);
    QCOMPARE(test::countRows(*upgraded, QStringLiteral("policies")), PresetPolicies::files().size());
}

void TestPolicyStore::storesAHigherVersionAsANewRow()
{
    QCOMPARE(PolicyStore::store(*m_database, QStringLiteral("netmon-v3.json"), netmon(3)),
             PolicyStore::Outcome::Stored);
    QCOMPARE(test::countRows(*m_database, QStringLiteral("policies"), "policy_key = 'netmon-v2'"),
             2);
    const QList<StoredPolicy> newest = PolicyStore::newest(*m_database);
    QCOMPARE(newest.size(), PresetPolicies::files().size());
    QCOMPARE(idsAndVersions(newest).filter(QStringLiteral("netmon")),
             QStringList{QStringLiteral("netmon-v2 v3")});
    // Both versions load: tickets on the first keep reading it.
    const QList<Policy> policies = PolicyStore::loadAll(*m_database);
    QCOMPARE(policies.size(), PresetPolicies::files().size() + 1);
}

void TestPolicyStore::theSameDocumentAgainWritesNothing()
{
    QCOMPARE(PolicyStore::store(*m_database, QStringLiteral("netmon-v2.json"), preset("netmon-v2")),
             PolicyStore::Outcome::AlreadyStored);
    PolicyStore::store(*m_database, QStringLiteral("netmon-v3.json"), netmon(3));
    // Laid out otherwise, the same JSON is the same policy.
    const QByteArray compact = QJsonDocument::fromJson(netmon(3)).toJson(QJsonDocument::Compact);
    QCOMPARE(PolicyStore::store(*m_database, QStringLiteral("compact.json"), compact),
             PolicyStore::Outcome::AlreadyStored);
    QCOMPARE(test::countRows(*m_database, QStringLiteral("policies")),
             PresetPolicies::files().size() + 1);
}

void TestPolicyStore::theSameVersionWithAnotherDocumentIsRefused()
{
    const qint64 before = test::countRows(*m_database, QStringLiteral("policies"));
    try {
        PolicyStore::store(*m_database, QStringLiteral("changed.json"), netmon(1));
        QFAIL("stored another document under a stored version");
    } catch (const InputError &error) {
        QCOMPARE(error.file(), QStringLiteral("changed.json"));
        QVERIFY2(error.problem().contains(QStringLiteral("already stored with another document")),
                 qPrintable(error.message()));
    }
    QCOMPARE(test::countRows(*m_database, QStringLiteral("policies")), before);
    QCOMPARE(PolicyStore::find(*m_database, QStringLiteral("netmon-v2"), 1)->document,
             preset("netmon-v2"));
}

void TestPolicyStore::anOlderVersionIsRefused()
{
    PolicyStore::store(*m_database, QStringLiteral("netmon-v3.json"), netmon(3));
    try {
        PolicyStore::store(*m_database, QStringLiteral("netmon-v2b.json"), netmon(2));
        QFAIL("stored a version older than the newest");
    } catch (const InputError &error) {
        QVERIFY2(error.problem().contains(QStringLiteral("stored at version 3")),
                 qPrintable(error.message()));
    }
    QVERIFY(!PolicyStore::find(*m_database, QStringLiteral("netmon-v2"), 2));
}

void TestPolicyStore::aMalformedDocumentIsRefusedWithItsPath_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("place");
    QByteArray unknownCalendar = netmon(4);
    unknownCalendar.replace("\"calendar\": \"support-hours\"", "\"calendar\": \"nowhere\"");
    QTest::newRow("unknown calendar of a target") << unknownCalendar << QStringLiteral("calendar");
    // A calendar named by file must be one Hourglass ships: the stored document is read from
    // no folder of the user's.
    QByteArray ownCalendar = netmon(4);
    ownCalendar.replace("../calendars/netmon-support-hours.json", "my-hours.json");
    QTest::newRow("calendar file not shipped") << ownCalendar << QStringLiteral("calendars");
    QTest::newRow("not JSON") << QByteArray("{\"format\": ") << QString();
    QByteArray badVersion = netmon(4);
    badVersion.replace("\"version\": 4", "\"version\": 0");
    QTest::newRow("version 0") << badVersion << QStringLiteral("version");
}

void TestPolicyStore::aMalformedDocumentIsRefusedWithItsPath()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, place);
    const qint64 before = test::countRows(*m_database, QStringLiteral("policies"));
    try {
        PolicyStore::store(*m_database, QStringLiteral("/tmp/bad-policy.json"), document);
        QFAIL("stored a malformed policy");
    } catch (const InputError &error) {
        QCOMPARE(error.file(), QStringLiteral("/tmp/bad-policy.json"));
        QVERIFY2(error.place().contains(place), qPrintable(error.message()));
    }
    QCOMPARE(test::countRows(*m_database, QStringLiteral("policies")), before);
}

void TestPolicyStore::findsAVersionOrTheNewest()
{
    PolicyStore::store(*m_database, QStringLiteral("netmon-v3.json"), netmon(3));
    QCOMPARE(PolicyStore::find(*m_database, QStringLiteral("netmon-v2"))->version, 3);
    QCOMPARE(PolicyStore::find(*m_database, QStringLiteral("netmon-v2"), 1)->document,
             preset("netmon-v2"));
    QCOMPARE(PolicyStore::find(*m_database, QStringLiteral("netmon-v2"), 3)->document, netmon(3));
    QVERIFY(!PolicyStore::find(*m_database, QStringLiteral("netmon-v2"), 2));
    QVERIFY(!PolicyStore::find(*m_database, QStringLiteral("no-such-policy")));
}

QTEST_GUILESS_MAIN(TestPolicyStore)
#include "tst_policystore.moc"
