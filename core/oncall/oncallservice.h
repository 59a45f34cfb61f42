// The one door to on-call rotations: validation, who is on call, shifts, lint, overrides,
// leave and the iCalendar export.
#pragma once

#include "contracts/customerdirectory.h"
#include "oncall/oncalllint.h"
#include "oncall/oncallrepository.h"
#include "oncall/oncallschedule.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace hourglass {

class OnCallService
{
public:
    // `people` says who the users are (CustomerDirectory::people() in the application): a
    // rotation, an override or a leave naming anyone else is refused.
    OnCallService(OnCallRepository &repository, std::function<QList<Person>()> people);
    OnCallService(const OnCallService &) = delete;
    OnCallService &operator=(const OnCallService &) = delete;

    QList<Rotation> rotations() { return m_repository.rotations(); }
    // Every user's display name by login, for what people read.
    QHash<QString, QString> names();
    // Throws InputError (place "rotation") naming the rotations there are.
    Rotation rotationNamed(const QString &name);
    // The only rotation when `name` is empty; InputError when there are none or several.
    Rotation rotationOrOnly(const QString &name);

    // Creates (id 0) or adds a revision (at rotation.version) after validating it. Throws
    // InputError naming the field, ConflictError for a stale version.
    Rotation save(const Rotation &rotation);
    // The seed's after-hours rotation (000): weekly, handing off on Mondays at 09:00
    // America/Toronto, one prime and the four others as secondaries in roster order.
    static Rotation afterHoursPreset(const QStringList &people, date::local_days firstMonday);

    // Every revision and override of a rotation, compiled. Throws InputError for an unknown id.
    OnCallSchedule schedule(qint64 rotationId);

    // Validates then records: the rotation exists, start before end and at most 366 days
    // apart, covered and cover are two different users. Throws InputError naming the field.
    OnCallOverride addOverride(const OnCallOverride &override);
    void withdrawOverride(qint64 id, int version) { m_repository.withdrawOverride(id, version); }
    QList<DeclaredLeave> leave() { return m_repository.leave(); }
    DeclaredLeave declareLeave(const DeclaredLeave &leave);
    void withdrawLeave(qint64 id, int version) { m_repository.withdrawLeave(id, version); }

    // The findings of the twelve months from `now`, by the schedule as it stands now.
    std::vector<OnCallFinding> lint(const OnCallSchedule &schedule, Instant now);

    // The shifts of [from, to) as iCalendar, in the rotation's zone; only `person`'s when
    // given (a login). Names are display names (`names`: login → name).
    static QByteArray exportIcs(const OnCallSchedule &schedule,
                                Instant from,
                                Instant to,
                                const QString &person,
                                const QHash<QString, QString> &names,
                                Instant stamp);
    // "prime", "secondary 1"…, as people read it.
    static QString roleName(int position);

private:
    void requireUser(const QString &login, const QString &field);

    OnCallRepository &m_repository;
    QSet<QString> logins();

    std::function<QList<Person>()> m_people;
};

} // namespace hourglass
