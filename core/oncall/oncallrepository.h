// Where rotations, their revisions, overrides and declared leave are kept: the interface the
// on-call service uses.
#pragma once

#include "oncall/declaredleave.h"
#include "oncall/oncalloverride.h"
#include "oncall/rotation.h"

#include <QList>
#include <QString>

#include <optional>

namespace hourglass {

class OnCallRepository
{
public:
    virtual ~OnCallRepository() = default;

    // Every rotation as its latest revision says, by name.
    virtual QList<Rotation> rotations() = 0;
    virtual std::optional<Rotation> rotation(qint64 id) = 0;
    // Every revision of a rotation, oldest first; none for an unknown id.
    virtual QList<RotationRevision> revisions(qint64 rotationId) = 0;

    // A new rotation (its id is ignored) and its first revision; returns it at version 1.
    // Throws StorageError, also for a name another rotation has.
    virtual Rotation create(const Rotation &rotation) = 0;
    // A new revision of `rotation.id` when it is still at `rotation.version` (earlier ones are
    // kept); returns it one version on. Throws ConflictError when someone changed it since,
    // StorageError when it is gone or the name is another rotation's.
    virtual Rotation update(const Rotation &rotation) = 0;

    // Every override of a rotation, withdrawn ones too, in the order they were recorded.
    virtual QList<OnCallOverride> overrides(qint64 rotationId) = 0;
    // Records it (id, version and the record's who and when are the database's); returns it.
    virtual OnCallOverride addOverride(const OnCallOverride &override) = 0;
    // Withdraws the override at `version` (kept, marked withdrawn by whom and when). Throws
    // ConflictError for a stale version or one withdrawn already.
    virtual void withdrawOverride(qint64 id, int version) = 0;

    // Every declared leave, withdrawn too, in the order declared.
    virtual QList<DeclaredLeave> leave() = 0;
    virtual DeclaredLeave declareLeave(const DeclaredLeave &leave) = 0;
    virtual void withdrawLeave(qint64 id, int version) = 0;
};

} // namespace hourglass
