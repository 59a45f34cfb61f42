// Versioned schema migrations, the same schema on SQLite and PostgreSQL.
#include "storage/migrations.h"

#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::Migrations)
};

// Instants are INTEGER epoch seconds UTC everywhere. "{id}" is the only dialect difference.
const char *const version1[] = {
    R"(CREATE TABLE users (
        id {id},
        login TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('agent', 'manager', 'coach', 'admin')),
        languages TEXT NOT NULL,
        time_zone TEXT NOT NULL,
        email TEXT NOT NULL,
        phone TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1))",
    R"(CREATE TABLE customers (
        id {id},
        name TEXT NOT NULL,
        organization TEXT NOT NULL,
        reseller_id BIGINT REFERENCES customers(id),
        time_zone TEXT NOT NULL,
        language TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1))",
    R"(CREATE TABLE policies (
        id {id},
        policy_key TEXT NOT NULL,
        policy_version INTEGER NOT NULL,
        name TEXT NOT NULL,
        document TEXT NOT NULL,
        imported_at BIGINT NOT NULL,
        UNIQUE (policy_key, policy_version)))",
    R"(CREATE TABLE contracts (
        id {id},
        customer_id BIGINT NOT NULL REFERENCES customers(id),
        policy_key TEXT NOT NULL,
        tier TEXT NOT NULL,
        starts_at BIGINT NOT NULL,
        ends_at BIGINT,
        version INTEGER NOT NULL DEFAULT 1))",
    R"(CREATE TABLE tickets (
        id {id},
        customer_id BIGINT NOT NULL REFERENCES customers(id),
        contract_id BIGINT NOT NULL REFERENCES contracts(id),
        policy_key TEXT NOT NULL,
        policy_version INTEGER NOT NULL,
        title TEXT NOT NULL,
        severity TEXT NOT NULL,
        tier TEXT NOT NULL,
        status TEXT NOT NULL,
        channel TEXT NOT NULL,
        language TEXT NOT NULL,
        assignee_id BIGINT REFERENCES users(id),
        created_at BIGINT NOT NULL,
        updated_at BIGINT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1))",
    "CREATE INDEX tickets_status ON tickets(status)",
    R"(CREATE TABLE ticket_events (
        id {id},
        ticket_id BIGINT NOT NULL REFERENCES tickets(id),
        at BIGINT NOT NULL,
        kind TEXT NOT NULL,
        author_id BIGINT REFERENCES users(id),
        payload TEXT NOT NULL DEFAULT '{}',
        recorded_at BIGINT NOT NULL))",
    "CREATE INDEX ticket_events_ticket ON ticket_events(ticket_id, at)",
    R"(CREATE TABLE oncall_rotations (
        id {id},
        name TEXT NOT NULL,
        time_zone TEXT NOT NULL,
        starts_at BIGINT NOT NULL,
        shift_seconds BIGINT NOT NULL CHECK (shift_seconds > 0),
        version INTEGER NOT NULL DEFAULT 1))",
    R"(CREATE TABLE oncall_members (
        rotation_id BIGINT NOT NULL REFERENCES oncall_rotations(id),
        position INTEGER NOT NULL,
        user_id BIGINT NOT NULL REFERENCES users(id),
        PRIMARY KEY (rotation_id, position)))",
    R"(CREATE TABLE maintenance_windows (
        id {id},
        name TEXT NOT NULL,
        platform TEXT NOT NULL,
        time_zone TEXT NOT NULL,
        starts_local TEXT NOT NULL,
        duration_seconds BIGINT NOT NULL CHECK (duration_seconds > 0),
        rrule TEXT NOT NULL,
        notice TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1))",
    R"(CREATE TABLE expertise_entries (
        id {id},
        customer_id BIGINT NOT NULL REFERENCES customers(id),
        coach_id BIGINT NOT NULL REFERENCES users(id),
        at BIGINT NOT NULL,
        minutes INTEGER NOT NULL CHECK (minutes > 0),
        language TEXT NOT NULL CHECK (language IN ('fr', 'en')),
        topic TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1))",
    R"(CREATE TABLE audit_log (
        id {id},
        at BIGINT NOT NULL,
        user_id BIGINT REFERENCES users(id),
        table_name TEXT NOT NULL,
        row_id BIGINT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '{}'))",
};

// Version 2: organizations and resellers, stored calendars, escalation runs and their attempts,
// who last changed an editable row, and the change log that other clients follow.
const char *const version2[] = {
    R"(CREATE TABLE organizations (
        id {id},
        name TEXT NOT NULL UNIQUE,
        reseller_id BIGINT REFERENCES organizations(id),
        version INTEGER NOT NULL DEFAULT 1))",
    "ALTER TABLE customers ADD COLUMN organization_id BIGINT REFERENCES organizations(id)",
    "ALTER TABLE customers ADD COLUMN updated_at BIGINT NOT NULL DEFAULT 0",
    "ALTER TABLE customers ADD COLUMN updated_by BIGINT REFERENCES users(id)",
    "ALTER TABLE tickets ADD COLUMN updated_by BIGINT REFERENCES users(id)",
    R"(CREATE TABLE calendars (
        id {id},
        calendar_key TEXT NOT NULL UNIQUE,
        document TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1))",
    R"(CREATE TABLE escalation_runs (
        id {id},
        rotation_id BIGINT NOT NULL REFERENCES oncall_rotations(id),
        ticket_id BIGINT REFERENCES tickets(id),
        started_at BIGINT NOT NULL,
        acknowledged_by BIGINT REFERENCES users(id),
        acknowledged_at BIGINT,
        outcome TEXT,
        version INTEGER NOT NULL DEFAULT 1))",
    R"(CREATE TABLE escalation_attempts (
        id {id},
        run_id BIGINT NOT NULL REFERENCES escalation_runs(id),
        at BIGINT NOT NULL,
        user_id BIGINT NOT NULL REFERENCES users(id),
        channel TEXT NOT NULL,
        result TEXT NOT NULL))",
    R"(CREATE TABLE change_log (
        id {id},
        at_ms BIGINT NOT NULL,
        table_name TEXT NOT NULL,
        row_id BIGINT NOT NULL,
        kind TEXT NOT NULL,
        author_id BIGINT))",
    "CREATE INDEX tickets_open ON tickets(status, id)",
};

struct Step
{
    int version;
    QList<const char *> statements;
};

QList<Step> steps()
{
    return {Step{1, QList<const char *>(std::begin(version1), std::end(version1))},
            Step{2, QList<const char *>(std::begin(version2), std::end(version2))}};
}

QString dialect(const char *statement, DatabaseUrl::Engine engine)
{
    QString sql = QString::fromUtf8(statement);
    sql.replace(QLatin1String("{id}"),
                engine == DatabaseUrl::Engine::Sqlite
                    ? QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT")
                    : QLatin1String("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    return sql;
}

void exec(QSqlQuery &query, const QString &sql)
{
    if (!query.exec(sql))
        throw StorageError(Tr::tr("schema migration failed: %1 (in: %2)")
                               .arg(query.lastError().text(), sql.simplified().left(80)));
}

} // namespace

int Migrations::latestVersion()
{
    return steps().constLast().version;
}

int Migrations::currentVersion(QSqlDatabase &db)
{
    if (!db.tables().contains(QStringLiteral("schema_version")))
        return 0;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !query.next())
        throw StorageError(
            Tr::tr("cannot read the schema version: %1").arg(query.lastError().text()));
    return query.value(0).toInt();
}

void Migrations::apply(QSqlDatabase &db, DatabaseUrl::Engine engine)
{
    applyUpTo(db, engine, latestVersion());
}

void Migrations::applyUpTo(QSqlDatabase &db, DatabaseUrl::Engine engine, int target)
{
    if (!db.tables().contains(QStringLiteral("schema_version"))) {
        QSqlQuery query(db);
        exec(query,
             QStringLiteral("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, "
                            "applied_at BIGINT NOT NULL)"));
    }
    const int current = currentVersion(db);
    if (current > latestVersion())
        throw StorageError(Tr::tr("the database is at schema version %1, newer than this "
                                  "Hourglass knows (%2); it was left untouched")
                               .arg(current)
                               .arg(latestVersion()));
    for (const Step &step : steps()) {
        if (step.version <= current || step.version > target)
            continue;
        if (!db.transaction())
            throw StorageError(Tr::tr("cannot start a transaction: %1").arg(db.lastError().text()));
        try {
            QSqlQuery query(db);
            for (const char *statement : step.statements)
                exec(query, dialect(statement, engine));
            query.prepare(
                QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"));
            query.addBindValue(step.version);
            query.addBindValue(QDateTime::currentSecsSinceEpoch());
            if (!query.exec())
                throw StorageError(query.lastError().text());
        } catch (...) {
            db.rollback();
            throw;
        }
        if (!db.commit())
            throw StorageError(Tr::tr("cannot commit schema version %1: %2")
                                   .arg(step.version)
                                   .arg(db.lastError().text()));
    }
}

} // namespace hourglass
