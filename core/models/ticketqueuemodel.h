// The queue: every open ticket with its next SLA deadline, counting down. Raw data and roles
// only; colours, bars and fonts are the delegate's business (ui/).
#pragma once

#include "contracts/customerdirectory.h"
#include "maintenance/maintenancepausetable.h"
#include "sla/clockreading.h"
#include "sla/metricstate.h"
#include "sla/policynames.h"
#include "tickets/ticketrepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QMutex>
#include <QSet>

#include <map>
#include <memory>

namespace hourglass {

class Clock;
class SlaEngine;

// What the queue shows of a ticket's SLA: its most urgent clock, read as the detail and the
// command line read it (ClockReading), with what the queue needs besides.
struct QueueClock : ClockReading
{
    int warningLevel = 0;
    int warningLevels = 0;
    std::optional<Instant> nextChange;
    QString unreadable; // why the timeline could not be evaluated; empty when it could
    bool beta = false;  // on a beta feature: no SLA at all
    bool hasClock() const { return countsDown(); }
};

class TicketQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketQueueModel)

public:
    enum Column {
        IdColumn,
        CustomerColumn,
        TierColumn,
        SeverityColumn,
        TitleColumn,
        StatusColumn,
        AssigneeColumn,
        LanguageColumn,
        ChannelColumn,
        DeadlineColumn,  // the next deadline's metric and due time
        RemainingColumn, // the countdown
        AgeColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        TicketIdRole = Qt::UserRole + 1,
        UrgencyRole,          // sort key: most urgent first (qint64, smaller is sooner)
        ClockStateRole,       // int(ClockState) of the most urgent clock
        MetricRole,           // int(Metric)
        DueRole,              // epoch seconds, or null
        RemainingSecondsRole, // business seconds left now; negative when overdue
        ElapsedPercentRole,   // double
        WarningLevelRole,     // int
        WarningLevelsRole,    // int
        // Raw keys, for filters, saved views and tests; the display role has the names.
        AssigneeRole, // login
        StatusRole,
        SeverityRole, // the id in the ticket's policy
        TierRole,
        LanguageRole,
        CustomerRole,
        SearchTextRole, // id, title and customer, lower case, for the search box
        AtRiskRole,     // bool: a warning level reached, not breached yet
        BreachedRole,   // bool
        VersionRole,
        PolicyRole,          // the policy id, with which severity and tier ids mean something
        ChannelRole,         // the channel id
        SeverityUrgencyRole, // int: the severity's rank on the common scale, 1 most urgent
    };
    Q_ENUM(Role)

    TicketQueueModel(const SlaEngine &engine, const Clock &clock, QObject *parent = nullptr);
    ~TicketQueueModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Timelines with their clocks worked out ahead of setTickets(), while the tickets are still
    // being read elsewhere (TicketRepository::openTicketsWithTimelines' `meanwhile`).
    class PreparedClocks
    {
        friend class TicketQueueModel;
        QList<TicketTimeline> timelines; // in ticket order
        std::vector<QueueClock> clocks;  // one per timeline
        // The engine they were worked out with, when not the model's: its calendars are what
        // the clocks count on.
        std::shared_ptr<const SlaEngine> engine;
    };
    // With the model's engine, on the model's thread; or, given an engine of its own (a load on
    // another thread, whose calendars no one else touches meanwhile), on any thread.
    // `pauses`: the maintenance pauses to evaluate with, when not the model's (a load on
    // another thread takes the table it was started with).
    PreparedClocks prepareClocks(QList<TicketTimeline> timelines,
                                 std::shared_ptr<const SlaEngine> engine = {},
                                 std::shared_ptr<const MaintenancePauseTable> pauses = {}) const;

    // The maintenance pauses of each ticket's customer (TicketService::maintenancePauses),
    // for the clocks evaluated from now on; none by default. setTickets() after a change of
    // windows re-evaluates every row.
    void setMaintenancePauses(std::shared_ptr<const MaintenancePauseTable> pauses);
    const std::shared_ptr<const MaintenancePauseTable> &maintenancePauses() const
    {
        return m_pauses;
    }

    // Replaces everything (first load, or after an import). Each ticket takes its clock from
    // `prepared`, else its timeline from `timelines`, evaluated now. Pass rvalues to have them
    // moved in rather than copied; in ticket order, they are matched without a lookup.
    void setTickets(QList<TicketRecord> tickets,
                    QList<TicketTimeline> timelines,
                    PreparedClocks prepared = {});
    // One ticket changed (a change-feed entry): updated in place, added, or removed when it is
    // no longer open. Other rows, the selection and the scroll position are left alone.
    void upsertTicket(const TicketRecord &ticket, const TicketTimeline &timeline);
    // Which tickets the queue holds: the open ones (the default), the resolved ones, or both.
    // A ticket outside the scope is left out of setTickets() and leaves on upsertTicket().
    void setScope(TicketScope scope) { m_scope = scope; }
    TicketScope scope() const { return m_scope; }
    bool inScope(const TicketRecord &ticket) const;
    void removeTicket(qint64 id);

    // The language names are shown in ("en", "fr"); by default the translation's
    // (PolicyNames::language()). The queue view sets it when the interface changes language.
    void setLanguage(const QString &language);
    QString language() const { return m_language; }
    // Who works tickets, so assignees read as names ("Claire Dubois"), not logins.
    void setPeople(const QList<Person> &people);

    int rowOfTicket(qint64 id) const;
    // For the proxy: the same facts as the roles, without a QVariant per call (100 000 rows).
    // Sorting 100 000 rows compares these millions of times: kept side by side, apart from the
    // rows, so the comparisons stay in cache.
    qint64 urgencyAt(int row) const { return m_keys[std::size_t(row)].urgency; }
    qint64 idAt(int row) const { return m_keys[std::size_t(row)].id; }
    const QString &searchTextAt(int row) const { return m_rows[std::size_t(row)].search; }
    // For sorting by a column: negative, zero or positive as row a comes before, with, or
    // after row b in that column's ascending order (names as shown, severities by urgency).
    int compareAt(int a, int b, int column) const;
    // The severity's rank on the common scale and the names shown, by source row.
    int severityUrgencyAt(int row) const { return m_rows[std::size_t(row)].names.urgency; }
    bool isAtRiskAt(int row) const;
    bool isBreachedAt(int row) const;
    const TicketRecord *ticketAt(int row) const;
    const QueueClock *clockAt(int row) const;

    // The one-second tick: the countdown cells of rows [first, last] (the visible ones) only;
    // their age too when asked (once a minute is enough).
    enum class Cells { Countdown, CountdownAndAge };
    void tick(int firstRow, int lastRow, Cells cells = Cells::Countdown);
    // When a clock next changes by itself (a warning level, a breach), for a single timer.
    std::optional<Instant> nextChange() const;
    // Re-evaluates the tickets whose next change is due by the clock's now.
    void advance();

    static QString formatRemaining(qint64 seconds); // "2h 14m", "overdue 12m"

signals:
    // A ticket's most urgent clock crossed a warning level or breached (by the clock or by an
    // update), with what it was before.
    void clockEscalated(qint64 ticketId, int previousWarningLevel, int previousState);

private:
    // What the row shows for its ids, worked out when the ticket or the language changes.
    struct Names
    {
        QString severity;
        QString tier;
        QString channel;
        QString assignee;
        int urgency = 0;
    };
    struct Row
    {
        TicketRecord ticket;
        TicketTimeline timeline;
        QueueClock clock;
        QString search;
        Names names;
    };
    void refreshNames(Row &row) const;
    qint64 urgencyOf(const Row &row) const;
    // Clock and search text, from the row's ticket and timeline.
    void refresh(Row &row) const;
    static void refreshSearch(Row &row);
    // refresh(), then clockEscalated when the clock went up a level or breached.
    void refreshAndSignal(Row &row);
    QueueClock evaluate(const TicketTimeline &timeline) const;
    QueueClock evaluate(const TicketTimeline &timeline,
                        const SlaEngine &engine,
                        const MaintenancePauseTable &pauses) const;
    void schedule(int row);
    void unschedule(int row);
    Seconds remainingNow(const QueueClock &clock) const;
    double percentNow(const QueueClock &clock) const;
    void reindex(int fromRow);

    const SlaEngine &m_engine;
    const Clock &m_clock;
    std::shared_ptr<const MaintenancePauseTable> m_pauses;
    QString m_language;
    QHash<QString, QString> m_people; // login → display name
    struct NameSources
    {
        QString policyId;
        int version;
        PolicyNames::Sources sources;
    };
    // The engine's policies never change under the model (a new engine means a new model).
    mutable std::vector<NameSources> m_nameSources;
    struct SortKey
    {
        qint64 urgency;
        qint64 id;
    };
    void syncKey(int row);

    std::vector<Row> m_rows;
    TicketScope m_scope = TicketScope::Open;
    std::vector<SortKey> m_keys; // one per row, in the same order
    QHash<qint64, int> m_rowById;
    std::multimap<Instant, qint64> m_changes;      // next change → ticket id
    std::shared_ptr<const SlaEngine> m_loadEngine; // what the clocks of the last load count on
    mutable QSet<QString> m_loggedUnreadable;      // unreadable timelines already logged
    mutable QMutex m_logLock;                      // over m_loggedUnreadable
};

} // namespace hourglass
