// The queue: every open ticket with its next SLA deadline, counting down. Raw data and roles
// only; colours, bars and fonts are the delegate's business (ui/).
#include "models/ticketqueuemodel.h"

#include "sla/explaintext.h"
#include "sla/policynames.h"
#include "sla/slaengine.h"
#include "time/businesscalendar.h"
#include "time/clock.h"
#include "time/datetext.h"

#include <QMutexLocker>

namespace hourglass {

namespace {

// Urgency classes, most urgent first; within a class, the value orders.
constexpr qint64 classScale = 100'000'000'000LL;

bool counts(ClockState state)
{
    return state == ClockState::Running || state == ClockState::Breached
           || state == ClockState::Paused;
}

} // namespace

TicketQueueModel::TicketQueueModel(const SlaEngine &engine, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_engine(engine)
    , m_clock(clock)
    , m_pauses(std::make_shared<const MaintenancePauseTable>())
    , m_language(PolicyNames::language())
{}

TicketQueueModel::~TicketQueueModel() = default;

int TicketQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TicketQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QueueClock TicketQueueModel::evaluate(const TicketTimeline &timeline) const
{
    return evaluate(timeline, m_engine, *m_pauses);
}

QueueClock TicketQueueModel::evaluate(const TicketTimeline &timeline,
                                      const SlaEngine &engine,
                                      const MaintenancePauseTable &pauses) const
{
    QueueClock best;
    TicketSla sla;
    try {
        sla = engine.evaluate(timeline,
                              timeline.notBeforeOpening(m_clock.now()),
                              SlaEngine::Explain::No,
                              pauses.forCustomer(timeline.customerId));
    } catch (const std::exception &error) {
        // A timeline the engine cannot read is shown as such, never as a silent blank, and
        // never takes the queue down.
        best.unreadable = QString::fromUtf8(error.what());
        // Logged once a ticket and reason, not at each re-evaluation; a load works clocks out
        // on a thread of its own, hence the lock.
        const QMutexLocker locker(&m_logLock);
        if (!m_loggedUnreadable.contains(best.unreadable)) {
            m_loggedUnreadable.insert(best.unreadable);
            qWarning("ticket %lld: timeline unreadable: %s", timeline.ticketId, error.what());
        }
        return best;
    }
    if (sla.beta) {
        best.state = ClockState::BestEffort;
        best.beta = true;
        return best;
    }
    const MetricState *chosen = nullptr;
    for (const MetricState &metric : sla.metrics) {
        // A clock that has stopped (answered, resolved) no longer counts down, met or not.
        if (!counts(metric.state) || metric.current.stop)
            continue;
        // Running or breached clocks before paused ones; among them the earliest due.
        const auto rank = [](const MetricState &m) {
            return m.state == ClockState::Paused ? 1 : 0;
        };
        if (!chosen || rank(metric) < rank(*chosen)
            || (rank(metric) == rank(*chosen)
                && metric.due.value_or(Instant::max()) < chosen->due.value_or(Instant::max())))
            chosen = &metric;
    }
    if (!chosen && !sla.metrics.isEmpty()) {
        // Nothing counts down: say how the first metric stands (met, answered late, best
        // effort…), without a countdown.
        static_cast<ClockReading &>(best) = ClockReading::of(sla.metrics.first());
        best.nextChange = sla.nextChange;
        return best;
    }
    if (chosen) {
        static_cast<ClockReading &>(best) = ClockReading::of(*chosen);
        best.warningLevel = chosen->warningLevel;
        best.warningLevels = chosen->warningLevels;
    } else {
        best.state = ClockState::BestEffort;
    }
    best.nextChange = sla.nextChange;
    return best;
}

qint64 TicketQueueModel::urgencyOf(const Row &row) const
{
    const QueueClock &clock = row.clock;
    if (!clock.hasClock())
        return 2 * classScale + toEpoch(row.ticket.createdAt);
    if ((clock.state == ClockState::Running || clock.state == ClockState::Breached) && !clock.paused)
        return clock.due ? toEpoch(*clock.due) : classScale - 1;
    // Paused, breached or not: its remaining time does not change while it stays paused, and
    // nothing is owed before the customer answers.
    return classScale + std::max<qint64>(0, (clock.budget - clock.elapsed).count());
}

bool TicketQueueModel::isAtRiskAt(int row) const
{
    const QueueClock &clock = m_rows[std::size_t(row)].clock;
    return clock.hasClock() && clock.state != ClockState::Breached && clock.warningLevel > 0;
}

bool TicketQueueModel::isBreachedAt(int row) const
{
    const QueueClock &clock = m_rows[std::size_t(row)].clock;
    return clock.hasClock() && clock.state == ClockState::Breached;
}

Seconds TicketQueueModel::remainingNow(const QueueClock &clock) const
{
    return clock.remainingAt(m_clock.now());
}

double TicketQueueModel::percentNow(const QueueClock &clock) const
{
    const Seconds elapsed = clock.budget - remainingNow(clock);
    return clock.budget.count() > 0 ? 100.0 * double(elapsed.count()) / double(clock.budget.count())
                                    : 100.0;
}

QString TicketQueueModel::formatRemaining(qint64 seconds)
{
    return ClockReading::formatRemaining(Seconds{seconds});
}

QVariant TicketQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    const TicketRecord &t = row.ticket;
    const QueueClock &clock = row.clock;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return t.id;
        case CustomerColumn:
            return t.customer;
        case TierColumn:
            return row.names.tier;
        case SeverityColumn:
            return row.names.severity;
        case TitleColumn:
            return t.title;
        case StatusColumn:
            if (!t.unreadable.isEmpty())
                return tr("unreadable: %1").arg(t.unreadable);
            return ExplainText::statusName(t.status);
        case AssigneeColumn:
            return row.names.assignee;
        case LanguageColumn:
            return PolicyNames::languageName(t.language);
        case ChannelColumn:
            return row.names.channel;
        case DeadlineColumn:
            if (!clock.unreadable.isEmpty())
                return tr("timeline unreadable: %1").arg(clock.unreadable);
            if (clock.beta)
                return tr("no SLA (beta)");
            if (!clock.hasClock())
                return clock.stateTextAt(m_clock.now());
            if (!clock.due || clock.paused)
                return tr("%1 · %2", "metric · clock state")
                    .arg(ExplainText::metricName(clock.metric), clock.stateTextAt(m_clock.now()));
            // Due times in the viewer's own zone; the ticket view also shows the calendar's.
            return tr("%1 · %2", "metric · due time")
                .arg(ExplainText::metricName(clock.metric), DateText::inViewerZone(*clock.due));
        case RemainingColumn:
            return clock.countdownTextAt(m_clock.now());
        case AgeColumn:
            return formatCompactDuration(m_clock.now() - t.createdAt);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return t.title;
        // The countdown whole, where a narrow column elides it.
        if (index.column() == RemainingColumn)
            return data(index, Qt::DisplayRole);
        // The login behind a name, as the command line and the database know it.
        if (index.column() == AssigneeColumn && !t.assignee.isEmpty())
            return t.assignee;
        return {};
    case TicketIdRole:
        return t.id;
    case UrgencyRole:
        return m_keys[std::size_t(index.row())].urgency;
    case ClockStateRole:
        // A stopped clock counts as no clock for ordering and drawing.
        return clock.hasClock() ? int(clock.state) : int(ClockState::Met);
    case MetricRole:
        return int(clock.metric);
    case DueRole:
        return clock.due ? QVariant(toEpoch(*clock.due)) : QVariant();
    case RemainingSecondsRole:
        return clock.hasClock() ? QVariant(qint64(remainingNow(clock).count())) : QVariant();
    case ElapsedPercentRole:
        return clock.hasClock() ? QVariant(percentNow(clock)) : QVariant();
    case WarningLevelRole:
        return clock.warningLevel;
    case WarningLevelsRole:
        return clock.warningLevels;
    case AssigneeRole:
        return t.assignee;
    case StatusRole:
        return statusKey(t.status);
    case SeverityRole:
        return t.severity;
    case TierRole:
        return t.tier;
    case LanguageRole:
        return t.language;
    case CustomerRole:
        return t.customer;
    case SearchTextRole:
        return row.search;
    case AtRiskRole:
        return clock.hasClock() && clock.state != ClockState::Breached && clock.warningLevel > 0;
    case BreachedRole:
        return clock.hasClock() && clock.state == ClockState::Breached;
    case VersionRole:
        return t.version;
    case PolicyRole:
        return t.policyId;
    case ChannelRole:
        return t.channel;
    case SeverityUrgencyRole:
        return row.names.urgency;
    }
    return {};
}

QVariant TicketQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("#", "ticket number column");
    case CustomerColumn:
        return tr("Customer");
    case TierColumn:
        return tr("Tier");
    case SeverityColumn:
        return tr("Severity");
    case TitleColumn:
        return tr("Title");
    case StatusColumn:
        return tr("Status");
    case AssigneeColumn:
        return tr("Assignee");
    case LanguageColumn:
        return tr("Language");
    case ChannelColumn:
        return tr("Channel");
    case DeadlineColumn:
        return tr("Next deadline");
    case RemainingColumn:
        return tr("Time left");
    case AgeColumn:
        return tr("Age");
    }
    return {};
}

TicketQueueModel::PreparedClocks TicketQueueModel::prepareClocks(
    QList<TicketTimeline> timelines,
    std::shared_ptr<const SlaEngine> engine,
    std::shared_ptr<const MaintenancePauseTable> pauses) const
{
    PreparedClocks prepared;
    prepared.clocks.reserve(std::size_t(timelines.size()));
    const SlaEngine &with = engine ? *engine : m_engine;
    const MaintenancePauseTable &paused = pauses ? *pauses : *m_pauses;
    for (const TicketTimeline &timeline : std::as_const(timelines))
        prepared.clocks.push_back(evaluate(timeline, with, paused));
    prepared.engine = std::move(engine);
    prepared.timelines = std::move(timelines);
    return prepared;
}

void TicketQueueModel::setTickets(QList<TicketRecord> tickets,
                                  QList<TicketTimeline> timelines,
                                  PreparedClocks prepared)
{
    // Everything in ticket order, so each ticket meets its timeline by walking along.
    const auto byTicket = [](const auto &a, const auto &b) {
        return a.ticketId < b.ticketId;
    };
    const auto byId = [](const TicketRecord &a, const TicketRecord &b) {
        return a.id < b.id;
    };
    if (!std::is_sorted(tickets.begin(), tickets.end(), byId))
        std::sort(tickets.begin(), tickets.end(), byId);
    if (!std::is_sorted(timelines.begin(), timelines.end(), byTicket))
        std::sort(timelines.begin(), timelines.end(), byTicket);
    if (!std::is_sorted(prepared.timelines.begin(), prepared.timelines.end(), byTicket)) {
        std::sort(prepared.timelines.begin(), prepared.timelines.end(), byTicket);
        prepared = prepareClocks(std::move(prepared.timelines)); // clocks in the new order
    }

    beginResetModel();
    m_rows.clear();
    m_keys.clear();
    m_rowById.clear();
    m_changes.clear();
    // The old rows are gone, and with them the last use of the engine they counted on.
    m_loadEngine = std::move(prepared.engine);
    m_rows.reserve(std::size_t(tickets.size()));
    m_keys.reserve(std::size_t(tickets.size()));
    m_rowById.reserve(tickets.size());
    // Walks a list in ticket order up to `id`: whether the list has that ticket's timeline.
    const auto reach = [](const QList<TicketTimeline> &list, qsizetype &cursor, qint64 id) {
        while (cursor < list.size() && list.at(cursor).ticketId < id)
            ++cursor;
        return cursor < list.size() && list.at(cursor).ticketId == id;
    };
    qsizetype nextPrepared = 0;
    qsizetype nextTimeline = 0;
    for (TicketRecord &ticket : tickets) {
        if (!inScope(ticket) || m_rowById.contains(ticket.id))
            continue; // out of scope (resolved, in the open queue), or the same ticket twice
        Row &row = m_rows.emplace_back();
        row.ticket = std::move(ticket);
        const qint64 id = row.ticket.id;
        if (reach(prepared.timelines, nextPrepared, id)) {
            row.timeline = std::move(prepared.timelines[nextPrepared]);
            row.clock = prepared.clocks[std::size_t(nextPrepared)];
            refreshSearch(row);
            refreshNames(row);
        } else {
            if (reach(timelines, nextTimeline, id))
                row.timeline = std::move(timelines[nextTimeline]);
            refresh(row);
        }
        m_rowById.insert(id, int(m_rows.size()) - 1);
        m_keys.push_back({urgencyOf(row), id});
        schedule(int(m_rows.size()) - 1);
    }
    endResetModel();
}

void TicketQueueModel::setMaintenancePauses(std::shared_ptr<const MaintenancePauseTable> pauses)
{
    m_pauses = pauses ? std::move(pauses) : std::make_shared<const MaintenancePauseTable>();
}

bool TicketQueueModel::inScope(const TicketRecord &ticket) const
{
    switch (m_scope) {
    case TicketScope::Open:
        return ticket.status != TicketStatus::Resolved;
    case TicketScope::Resolved:
        return ticket.status == TicketStatus::Resolved;
    case TicketScope::All:
        return true;
    }
    return true;
}

void TicketQueueModel::upsertTicket(const TicketRecord &ticket, const TicketTimeline &timeline)
{
    if (!inScope(ticket)) {
        removeTicket(ticket.id);
        return;
    }
    const auto it = m_rowById.constFind(ticket.id);
    if (it != m_rowById.constEnd()) {
        const int r = *it;
        unschedule(r);
        Row &row = m_rows[std::size_t(r)];
        row.ticket = ticket;
        row.timeline = timeline;
        refreshAndSignal(row);
        syncKey(r);
        schedule(r);
        emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
        return;
    }
    const int r = int(m_rows.size());
    beginInsertRows(QModelIndex(), r, r);
    Row row;
    row.ticket = ticket;
    row.timeline = timeline;
    refresh(row);
    m_keys.push_back({urgencyOf(row), row.ticket.id});
    m_rows.push_back(std::move(row));
    m_rowById.insert(ticket.id, r);
    schedule(r);
    endInsertRows();
}

void TicketQueueModel::refreshAndSignal(Row &row)
{
    const QueueClock before = row.clock;
    refresh(row);
    const QueueClock &after = row.clock;
    const bool breached = after.hasClock() && after.state == ClockState::Breached
                          && !(before.hasClock() && before.state == ClockState::Breached);
    const bool higher = after.hasClock() && after.metric == before.metric
                        && after.warningLevel > before.warningLevel;
    if (breached || higher)
        emit clockEscalated(row.ticket.id, before.warningLevel, int(before.state));
}

void TicketQueueModel::syncKey(int row)
{
    const Row &r = m_rows[std::size_t(row)];
    // Fixed between evaluations: due times do not move while clocks run.
    m_keys[std::size_t(row)] = {urgencyOf(r), r.ticket.id};
}

void TicketQueueModel::refresh(Row &row) const
{
    row.clock = evaluate(row.timeline);
    refreshSearch(row);
    refreshNames(row);
}

void TicketQueueModel::refreshNames(Row &row) const
{
    const TicketRecord &t = row.ticket;
    // A handful of policy versions serve every ticket: each looked up once, not per row.
    const auto cached = std::find_if(m_nameSources.begin(), m_nameSources.end(), [&](const auto &s) {
        return s.version == t.policyVersion && s.policyId == t.policyId;
    });
    const PolicyNames::Sources from
        = cached != m_nameSources.end()
              ? cached->sources
              : m_nameSources
                    .emplace_back(
                        NameSources{t.policyId,
                                    t.policyVersion,
                                    PolicyNames::sources(m_engine, t.policyId, t.policyVersion)})
                    .sources;
    row.names.severity = PolicyNames::severity(from, t.severity, m_language);
    row.names.tier = PolicyNames::tier(from, t.tier, m_language);
    row.names.channel = PolicyNames::channel(from, t.channel, m_language);
    row.names.assignee = m_people.value(t.assignee, t.assignee);
    row.names.urgency = PolicyNames::urgency(from, t.severity);
}

void TicketQueueModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    for (Row &row : m_rows)
        refreshNames(row);
    // Every role: rows sorted by a name may move.
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void TicketQueueModel::setPeople(const QList<Person> &people)
{
    QHash<QString, QString> names;
    for (const Person &person : people) {
        if (!person.displayName.trimmed().isEmpty())
            names.insert(person.login, person.displayName);
    }
    if (names == m_people)
        return;
    m_people = std::move(names);
    for (Row &row : m_rows)
        row.names.assignee = m_people.value(row.ticket.assignee, row.ticket.assignee);
    if (!m_rows.empty())
        emit dataChanged(index(0, AssigneeColumn), index(int(m_rows.size()) - 1, AssigneeColumn));
}

int TicketQueueModel::compareAt(int a, int b, int column) const
{
    const Row &ra = m_rows[std::size_t(a)];
    const Row &rb = m_rows[std::size_t(b)];
    const auto text = [](const QString &x, const QString &y) {
        // Blanks (unassigned) last, whatever the case of the others.
        if (x.isEmpty() != y.isEmpty())
            return x.isEmpty() ? 1 : -1;
        return x.compare(y, Qt::CaseInsensitive);
    };
    const auto number = [](qint64 x, qint64 y) {
        return x < y ? -1 : (x > y ? 1 : 0);
    };
    switch (column) {
    case IdColumn:
        return number(ra.ticket.id, rb.ticket.id);
    case CustomerColumn:
        return text(ra.ticket.customer, rb.ticket.customer);
    case TierColumn:
        return text(ra.names.tier, rb.names.tier);
    case SeverityColumn:
        if (const int byRank = number(ra.names.urgency, rb.names.urgency))
            return byRank;
        return text(ra.names.severity, rb.names.severity);
    case TitleColumn:
        return text(ra.ticket.title, rb.ticket.title);
    case StatusColumn:
        return number(int(ra.ticket.status), int(rb.ticket.status));
    case AssigneeColumn:
        return text(ra.names.assignee, rb.names.assignee);
    case LanguageColumn:
        return text(ra.ticket.language, rb.ticket.language);
    case ChannelColumn:
        return text(ra.names.channel, rb.names.channel);
    case AgeColumn: // youngest first
        return number(toEpoch(rb.ticket.createdAt), toEpoch(ra.ticket.createdAt));
    }
    // The deadline and the countdown: by urgency, as the queue is by default.
    return number(m_keys[std::size_t(a)].urgency, m_keys[std::size_t(b)].urgency);
}

void TicketQueueModel::refreshSearch(Row &row)
{
    QString search = QString::number(row.ticket.id) + u' ' + row.ticket.title + u' '
                     + row.ticket.customer;
    row.search = std::move(search).toLower(); // in place, no second copy
}

void TicketQueueModel::removeTicket(qint64 id)
{
    const auto it = m_rowById.constFind(id);
    if (it == m_rowById.constEnd())
        return;
    const int r = *it;
    unschedule(r);
    beginRemoveRows(QModelIndex(), r, r);
    m_rows.erase(m_rows.begin() + r);
    m_keys.erase(m_keys.begin() + r);
    m_rowById.remove(id);
    reindex(r);
    endRemoveRows();
}

void TicketQueueModel::reindex(int fromRow)
{
    for (int r = fromRow; r < int(m_rows.size()); ++r)
        m_rowById[m_rows[std::size_t(r)].ticket.id] = r;
}

int TicketQueueModel::rowOfTicket(qint64 id) const
{
    return m_rowById.value(id, -1);
}

const TicketRecord *TicketQueueModel::ticketAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)].ticket : nullptr;
}

const QueueClock *TicketQueueModel::clockAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)].clock : nullptr;
}

void TicketQueueModel::schedule(int row)
{
    const Row &r = m_rows[std::size_t(row)];
    if (r.clock.nextChange)
        m_changes.emplace(*r.clock.nextChange, r.ticket.id);
}

void TicketQueueModel::unschedule(int row)
{
    const Row &r = m_rows[std::size_t(row)];
    if (!r.clock.nextChange)
        return;
    auto [first, last] = m_changes.equal_range(*r.clock.nextChange);
    for (auto it = first; it != last; ++it) {
        if (it->second == r.ticket.id) {
            m_changes.erase(it);
            return;
        }
    }
}

void TicketQueueModel::tick(int firstRow, int lastRow, Cells cells)
{
    if (m_rows.empty())
        return;
    firstRow = std::max(0, firstRow);
    lastRow = std::min(int(m_rows.size()) - 1, lastRow);
    if (firstRow > lastRow)
        return;
    // Each second only the countdown moves: the due time stays put between re-evaluations, and
    // the age shows minutes at best, so the view asks for it once a minute.
    const QList<int> roles = {Qt::DisplayRole, RemainingSecondsRole, ElapsedPercentRole};
    emit dataChanged(index(firstRow, RemainingColumn), index(lastRow, RemainingColumn), roles);
    if (cells == Cells::CountdownAndAge)
        emit dataChanged(index(firstRow, AgeColumn), index(lastRow, AgeColumn), {Qt::DisplayRole});
}

std::optional<Instant> TicketQueueModel::nextChange() const
{
    if (m_changes.empty())
        return std::nullopt;
    return m_changes.begin()->first;
}

void TicketQueueModel::advance()
{
    const Instant now = m_clock.now();
    while (!m_changes.empty() && m_changes.begin()->first <= now) {
        const qint64 id = m_changes.begin()->second;
        m_changes.erase(m_changes.begin());
        const int r = m_rowById.value(id, -1);
        if (r < 0)
            continue;
        Row &row = m_rows[std::size_t(r)];
        row.clock.nextChange.reset(); // already taken off the schedule
        refreshAndSignal(row);
        syncKey(r);
        schedule(r);
        emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
    }
}

} // namespace hourglass
