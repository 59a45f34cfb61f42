// The one door to maintenance windows: validation, presets, occurrences and who they affect.
#include "maintenance/maintenanceservice.h"

#include "io/inputerror.h"
#include "io/textcheck.h"
#include "maintenance/maintenancepresets.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <date/tz.h>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::MaintenanceService)
};

} // namespace

MaintenanceService::MaintenanceService(MaintenanceRepository &repository,
                                       const QList<CalendarDefinition> &calendars)
    : m_repository(repository)
    , m_expander(calendars)
{}

MaintenanceWindow MaintenanceService::validated(const MaintenanceWindow &window)
{
    MaintenanceWindow result = window;
    try {
        result.rrule = MaintenanceWindow::normalizedRule(window.rrule);
        result.validate();
    } catch (const InputError &error) {
        const QString name = window.title.trimmed().isEmpty()
                                 ? Tr::tr("the maintenance window")
                                 : Tr::tr("the maintenance window “%1”")
                                       .arg(InputError::excerpt(window.title));
        throw InputError(name, error.place(), error.problem());
    }
    return result;
}

MaintenanceWindow MaintenanceService::save(const MaintenanceWindow &window)
{
    const MaintenanceWindow checked = validated(window);
    return checked.id == 0 ? m_repository.create(checked) : m_repository.update(checked);
}

QList<MaintenanceWindow> MaintenanceService::store(const QList<MaintenanceWindow> &windows)
{
    QList<MaintenanceWindow> checked;
    QSet<QString> uids;
    for (const MaintenanceWindow &window : windows) {
        checked.append(validated(window));
        if (window.uid.isEmpty())
            continue;
        if (uids.contains(window.uid)) {
            throw InputError(Tr::tr("the maintenance window “%1”")
                                 .arg(InputError::excerpt(window.title)),
                             QStringLiteral("uid"),
                             Tr::tr("another window of the same list has the UID “%1”")
                                 .arg(InputError::excerpt(window.uid, 80)));
        }
        uids.insert(window.uid);
    }
    return m_repository.storeByUid(checked);
}

QList<MaintenanceWindow> MaintenanceService::installPresets()
{
    return store(MaintenancePresets::all());
}

MaintenanceService::Schedule MaintenanceService::schedule(Instant from, Instant to)
{
    Schedule schedule;
    schedule.windows = m_repository.windows();
    schedule.occurrences = m_expander.occurrences(schedule.windows, from, to);
    return schedule;
}

std::vector<SlaPause> MaintenanceService::pausesFrom(const Schedule &schedule,
                                                     const QStringList &platforms)
{
    std::vector<SlaPause> pauses;
    for (const MaintenanceOccurrence &occurrence : schedule.occurrences) {
        const MaintenanceWindow &window = schedule.windows.at(occurrence.window);
        if (window.pausesSla && platforms.contains(window.platform))
            pauses.push_back({occurrence.start, occurrence.end, pauseReason(window, occurrence)});
    }
    return pauses;
}

QString MaintenanceService::pauseReason(const MaintenanceWindow &window,
                                        const MaintenanceOccurrence &occurrence)
{
    const date::time_zone &zone = MaintenanceWindow::zoneNamed(window.zone);
    const auto wallClock = [&](Instant t) {
        return QString::fromStdString(date::format("%H:%M", zone.to_local(t)));
    };
    // "Europe/Paris" reads "Paris", "America/New_York" "New York".
    QString place = window.zone.section(u'/', -1);
    place.replace(u'_', u' ');
    return Tr::tr("%1, %2-%3 %4", "maintenance window: title, start-end, place of its zone")
        .arg(window.title, wallClock(occurrence.start), wallClock(occurrence.end), place);
}

QStringList MaintenanceService::overlapWarnings(Instant from, Instant to)
{
    const QList<MaintenanceWindow> windows = m_repository.windows();
    QStringList warnings;
    for (const MaintenanceOverlap &overlap : m_expander.overlaps(windows, from, to))
        warnings.append(MaintenanceExpander::describe(overlap, windows));
    return warnings;
}

void MaintenanceService::subscribe(qint64 customerId, const QString &platform)
{
    if (platform.trimmed().isEmpty()) {
        throw InputError({}, QStringLiteral("platform"), Tr::tr("must not be empty"));
    }
    const QString problem = TextCheck::problem(platform, TextCheck::Lines::One);
    if (!problem.isEmpty())
        throw InputError({}, QStringLiteral("platform"), problem);
    m_repository.subscribe(customerId, platform);
}

QString MaintenanceService::occurrenceName(const MaintenanceWindow &window,
                                           const MaintenanceOccurrence &occurrence)
{
    return window.uid + u'/' + formatInstant(occurrence.start);
}

MaintenanceService::FoundOccurrence MaintenanceService::findOccurrence(const QString &name)
{
    const QString place = QStringLiteral("occurrence");
    const qsizetype slash = name.lastIndexOf(u'/');
    const std::optional<Instant> start = slash > 0 ? parseInstant(QStringView(name).mid(slash + 1))
                                                   : std::nullopt;
    if (!start) {
        throw InputError(QString(),
                         place,
                         Tr::tr("“%1” names no occurrence: expected the window's UID, “/” and "
                                "its start in ISO 8601 UTC, as “maintenance occurrences” prints "
                                "them (nup@hourglass/2026-01-06T23:00:00Z)")
                             .arg(InputError::excerpt(name)));
    }
    const QString uid = name.left(slash);
    const std::optional<MaintenanceWindow> window = m_repository.windowWithUid(uid);
    if (!window) {
        throw InputError(QString(),
                         place,
                         Tr::tr("no maintenance window has the UID “%1”")
                             .arg(InputError::excerpt(uid)));
    }
    FoundOccurrence found;
    found.window = *window;
    for (MaintenanceOccurrence &occurrence :
         m_expander.occurrences(*window, *start, *start + Seconds{1})) {
        if (occurrence.start == *start) {
            occurrence.window = 0;
            found.occurrence = occurrence;
            return found;
        }
    }
    for (const OccurrenceOverride &o : window->overrides) {
        if (!o.cancelled || MaintenanceExpander::resolve(window->zone, o.recurrenceId) != *start)
            continue;
        found.cancelled = true;
        found.occurrence.recurrenceId = o.recurrenceId;
        found.occurrence.start = *start;
        found.occurrence.end = window->end == WindowEnd::WallClock
                                   ? MaintenanceExpander::resolve(window->zone,
                                                                  window->localEndOf(o.recurrenceId))
                                   : *start + window->length;
        return found;
    }
    throw InputError(QString(),
                     place,
                     Tr::tr("no occurrence of the maintenance window “%1” starts at %2")
                         .arg(InputError::excerpt(window->title), formatInstant(*start)));
}

QList<MaintenanceNotice> MaintenanceService::notices(const FoundOccurrence &found,
                                                     const NoticeComposer &composer,
                                                     Seconds reminder,
                                                     Instant stamp,
                                                     const QHash<qint64, QString> &addresses)
{
    const auto method = found.cancelled ? MaintenanceNotice::Method::Cancel
                                        : MaintenanceNotice::Method::Request;
    QList<MaintenanceNotice> notices;
    for (NoticeRecipient recipient : m_repository.recipientsOf(found.window.platform)) {
        if (recipient.email.isEmpty())
            recipient.email = addresses.value(recipient.customerId);
        notices.append(
            composer.compose(found.window, found.occurrence, method, recipient, reminder, stamp));
    }
    return notices;
}

QList<MaintenanceNotice> MaintenanceService::dueReminders(const NoticeComposer &composer,
                                                          Instant now,
                                                          const QHash<qint64, QString> &addresses)
{
    QList<MaintenanceNotice> reminders;
    QHash<QString, std::optional<MaintenanceWindow>> windows;
    QHash<QString, QList<NoticeRecipient>> recipients;
    for (const NoticeRecord &record : m_repository.dueReminders(now)) {
        auto known = windows.find(record.windowUid);
        if (known == windows.end())
            known = windows.insert(record.windowUid, m_repository.windowWithUid(record.windowUid));
        if (!*known)
            continue;
        const MaintenanceWindow &window = **known;
        std::optional<MaintenanceOccurrence> occurrence;
        for (const MaintenanceOccurrence &o :
             m_expander.occurrences(window,
                                    record.occurrenceStart,
                                    record.occurrenceStart + Seconds{1})) {
            if (o.start == record.occurrenceStart)
                occurrence = o;
        }
        if (!occurrence)
            continue;
        auto subscribers = recipients.find(window.platform);
        if (subscribers == recipients.end())
            subscribers = recipients.insert(window.platform,
                                            m_repository.recipientsOf(window.platform));
        // A customer who left the platform since is no longer affected.
        const auto current = std::find_if(subscribers->cbegin(),
                                          subscribers->cend(),
                                          [&](const NoticeRecipient &r) {
                                              return r.customerId == record.customerId;
                                          });
        if (current == subscribers->cend())
            continue;
        NoticeRecipient recipient = *current;
        if (recipient.email.isEmpty())
            recipient.email = addresses.value(record.customerId, record.address);
        reminders.append(composer.compose(window,
                                          *occurrence,
                                          MaintenanceNotice::Method::Request,
                                          recipient,
                                          Seconds{0},
                                          now,
                                          MaintenanceNotice::Kind::Reminder));
    }
    return reminders;
}

} // namespace hourglass
