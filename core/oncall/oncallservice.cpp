// The one door to on-call rotations: validation, who is on call, shifts, lint, overrides,
// leave and the iCalendar export.
#include "oncall/oncallservice.h"

#include "io/icalendarfile.h"
#include "io/inputerror.h"
#include "io/textcheck.h"

#include <QCoreApplication>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::OnCallService)
};

constexpr Seconds longestStretch{366 * 86400};

QString nameOf(const QHash<QString, QString> &names, const QString &login)
{
    const QString name = names.value(login);
    return name.isEmpty() ? login : name;
}

void checkStretch(Instant start, Instant end)
{
    if (end <= start)
        throw InputError({}, QStringLiteral("to"), Tr::tr("ends before it starts"));
    if (end - start > longestStretch)
        throw InputError({}, QStringLiteral("to"), Tr::tr("lasts more than 366 days"));
}

} // namespace

OnCallService::OnCallService(OnCallRepository &repository, std::function<QList<Person>()> people)
    : m_repository(repository)
    , m_people(std::move(people))
{}

QSet<QString> OnCallService::logins()
{
    QSet<QString> logins;
    for (const Person &p : m_people())
        logins.insert(p.login);
    return logins;
}

QHash<QString, QString> OnCallService::names()
{
    QHash<QString, QString> names;
    for (const Person &p : m_people())
        names.insert(p.login, p.displayName);
    return names;
}

Rotation OnCallService::rotationNamed(const QString &name)
{
    const QList<Rotation> all = m_repository.rotations();
    QStringList names;
    for (const Rotation &r : all) {
        if (r.name == name)
            return r;
        names.append(r.name);
    }
    throw InputError({},
                     QStringLiteral("rotation"),
                     names.isEmpty() ? Tr::tr("there is no on-call rotation “%1”: the database "
                                              "has none")
                                           .arg(InputError::excerpt(name))
                                     : Tr::tr("there is no on-call rotation “%1”; there are: %2")
                                           .arg(InputError::excerpt(name), names.join(u", ")));
}

Rotation OnCallService::rotationOrOnly(const QString &name)
{
    if (!name.isEmpty())
        return rotationNamed(name);
    const QList<Rotation> all = m_repository.rotations();
    if (all.size() == 1)
        return all.constFirst();
    QStringList names;
    for (const Rotation &r : all)
        names.append(r.name);
    throw InputError({},
                     QStringLiteral("rotation"),
                     all.isEmpty() ? Tr::tr("the database has no on-call rotation")
                                   : Tr::tr("say which rotation: %1").arg(names.join(u", ")));
}

void OnCallService::requireUser(const QString &login, const QString &field)
{
    if (login.trimmed().isEmpty())
        throw InputError({}, field, Tr::tr("must not be empty"));
    if (!logins().contains(login))
        throw InputError({},
                         field,
                         Tr::tr("no user has the login “%1”").arg(InputError::excerpt(login)));
}

Rotation OnCallService::save(const Rotation &rotation)
{
    rotation.validate();
    const QSet<QString> known = logins();
    const auto check = [&](const QStringList &people, const QString &field) {
        for (qsizetype i = 0; i < people.size(); ++i) {
            if (!known.contains(people.at(i)))
                throw InputError({},
                                 QStringLiteral("%1[%2]").arg(field).arg(i + 1),
                                 Tr::tr("no user has the login “%1”")
                                     .arg(InputError::excerpt(people.at(i))));
        }
    };
    check(rotation.people, QStringLiteral("people"));
    check(rotation.level2, QStringLiteral("level 2"));
    check(rotation.level3, QStringLiteral("level 3"));
    return rotation.id == 0 ? m_repository.create(rotation) : m_repository.update(rotation);
}

Rotation OnCallService::afterHoursPreset(const QStringList &people, date::local_days firstMonday)
{
    Rotation r;
    r.name = QStringLiteral("AirVM after-hours");
    r.zone = QStringLiteral("America/Toronto");
    r.period = RotationPeriod::Weekly;
    r.firstHandoff = firstMonday;
    r.handoffTime = Seconds{9 * 3600};
    r.people = people;
    r.secondaries = int(std::min<qsizetype>(4, std::max<qsizetype>(0, people.size() - 1)));
    return r;
}

OnCallSchedule OnCallService::schedule(qint64 rotationId)
{
    const QList<RotationRevision> revisions = m_repository.revisions(rotationId);
    if (revisions.isEmpty())
        throw InputError({},
                         QStringLiteral("rotation"),
                         Tr::tr("there is no on-call rotation %1").arg(rotationId));
    return OnCallSchedule(revisions, m_repository.overrides(rotationId));
}

OnCallOverride OnCallService::addOverride(const OnCallOverride &override)
{
    if (!m_repository.rotation(override.rotationId))
        throw InputError({},
                         QStringLiteral("rotation"),
                         Tr::tr("there is no on-call rotation %1").arg(override.rotationId));
    checkStretch(override.start, override.end);
    requireUser(override.covered, QStringLiteral("for"));
    requireUser(override.cover, QStringLiteral("cover"));
    if (override.covered == override.cover)
        throw InputError({}, QStringLiteral("cover"), Tr::tr("someone cannot cover for themselves"));
    const QString problem = TextCheck::problem(override.note, TextCheck::Lines::Many);
    if (!problem.isEmpty())
        throw InputError({}, QStringLiteral("note"), problem);
    return m_repository.addOverride(override);
}

DeclaredLeave OnCallService::declareLeave(const DeclaredLeave &leave)
{
    requireUser(leave.person, QStringLiteral("person"));
    checkStretch(leave.start, leave.end);
    const QString problem = TextCheck::problem(leave.note, TextCheck::Lines::Many);
    if (!problem.isEmpty())
        throw InputError({}, QStringLiteral("note"), problem);
    return m_repository.declareLeave(leave);
}

std::vector<OnCallFinding> OnCallService::lint(const OnCallSchedule &schedule, Instant now)
{
    return OnCallLint::check(schedule,
                             m_repository.leave(),
                             now,
                             OnCallLint::twelveMonthsAfter(now),
                             now);
}

QString OnCallService::roleName(int position)
{
    return position == 0 ? Tr::tr("prime", "on-call role")
                         : Tr::tr("secondary %1", "on-call role").arg(position);
}

QByteArray OnCallService::exportIcs(const OnCallSchedule &schedule,
                                    Instant from,
                                    Instant to,
                                    const QString &person,
                                    const QHash<QString, QString> &names,
                                    Instant stamp)
{
    const Rotation &rotation = schedule.rotation();
    QList<ICalendarFile::TimedEvent> events;
    for (const OnCallShift &shift : schedule.shifts(from, to, stamp)) {
        if (!person.isEmpty() && shift.person != person)
            continue;
        ICalendarFile::TimedEvent e;
        // Stable across exports of the same schedule: a calendar program replaces, not adds.
        e.uid = QStringLiteral("oncall-%1-%2-%3-%4@hourglass")
                    .arg(rotation.id)
                    .arg(toEpoch(shift.start))
                    .arg(shift.position)
                    .arg(shift.person);
        e.summary = person.isEmpty()
                        ? Tr::tr("%1: %2 (%3)")
                              .arg(rotation.name,
                                   nameOf(names, shift.person),
                                   roleName(shift.position))
                        : Tr::tr("On call for %1 (%2)").arg(rotation.name, roleName(shift.position));
        QString description = Tr::tr("%1 from %2 to %3 (%4 h).")
                                  .arg(nameOf(names, shift.person),
                                       formatLocal(shift.start, rotation.zone),
                                       formatLocal(shift.end, rotation.zone))
                                  .arg(double(shift.length().count()) / 3600, 0, 'g', 4);
        if (!shift.standingInFor.isEmpty())
            description += QLatin1Char(' ')
                           + Tr::tr("Covering for %1.").arg(nameOf(names, shift.standingInFor));
        e.description = description;
        e.start = shift.start;
        e.end = shift.end;
        events.append(e);
    }
    return ICalendarFile::writeEvents(events, rotation.zone, QStringLiteral("On-call"), stamp);
}

} // namespace hourglass
