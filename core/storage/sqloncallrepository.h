// On-call rotations, their revisions, overrides and declared leave in SQL, on SQLite and
// PostgreSQL.
#pragma once

#include "oncall/oncallrepository.h"
#include "storage/databasehandle.h"

#include <QHash>
#include <QtGlobal>

class QSqlQuery;

namespace hourglass {

class Database;

class SqlOnCallRepository final : public OnCallRepository
{
    Q_DISABLE_COPY_MOVE(SqlOnCallRepository)

public:
    explicit SqlOnCallRepository(DatabaseHandle database);

    QList<Rotation> rotations() override;
    std::optional<Rotation> rotation(qint64 id) override;
    QList<RotationRevision> revisions(qint64 rotationId) override;
    Rotation create(const Rotation &rotation) override;
    Rotation update(const Rotation &rotation) override;
    QList<OnCallOverride> overrides(qint64 rotationId) override;
    OnCallOverride addOverride(const OnCallOverride &override) override;
    void withdrawOverride(qint64 id, int version) override;
    QList<DeclaredLeave> leave() override;
    DeclaredLeave declareLeave(const DeclaredLeave &leave) override;
    void withdrawLeave(qint64 id, int version) override;

private:
    Database &db() const;
    void exec(QSqlQuery &query, const QString &what);
    // The user row of a login; StorageError naming it when there is none.
    qint64 userOf(const QString &login);
    // A version-1 rotation that has no revision yet, read from its own columns.
    std::optional<RotationRevision> legacyRevision(qint64 rotationId);
    void writeRevision(qint64 rotationId, int revision, const Rotation &rotation, bool recordedNow);
    void writeCurrent(qint64 rotationId, const Rotation &rotation);
    void refuseNameTaken(const QString &name, qint64 except);
    [[noreturn]] void refuseStale(const char *table,
                                  qint64 id,
                                  int yourVersion,
                                  const QString &yours);

    DatabaseHandle m_database;
};

} // namespace hourglass
