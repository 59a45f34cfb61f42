// The ticket queue: filters, the table of countdowns, the one-second tick over visible rows
// and one timer for the next clock change. Keyboard first.
#pragma once

#include "models/ticketqueuefilter.h"
#include "tickets/ticketsearch.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace hourglass {

class Clock;
class SearchResultsView;
class TicketQueueModel;

class QueueView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueView)

public:
    QueueView(TicketQueueModel &model,
              TicketQueueFilter &filter,
              const Clock &clock,
              QWidget *parent = nullptr);
    ~QueueView() override;

    qint64 currentTicket() const;
    void selectTicket(qint64 id);
    QTableView *table() const { return m_table; }
    // The actions of the queue (j/k, Enter, a, r, /, ?), for the window's menu.
    QList<QAction *> shortcutActions() const { return m_actions; }
    // Fills the filter choices from what the queue holds (after a load).
    void refreshChoices();
    // The one-second tick, callable by tests without waiting.
    void tick();
    // Named views: the filters and search saved under a name, per user.
    void saveView(const QString &name);
    void applyView(const QString &name);
    QStringList savedViews() const;
    // While the queue is being read: the count says so instead of "0 tickets".
    void setLoading(bool loading);
    // A full-text search's hits in place of the table, until the agent goes back (Esc).
    void showSearchResults(const QString &text,
                           TicketScope scope,
                           const QList<TicketSearchHit> &hits);
    void showSearchFailure(const QString &text, const QString &why);
    void closeSearchResults();
    bool isShowingSearchResults() const;
    SearchResultsView *searchResults() const { return m_results; }
    // The tickets a search covers unless the agent chooses: those the queue shows.
    TicketScope lifecycleScope() const;

signals:
    void ticketActivated(qint64 id);
    // The agent chose to see open tickets, resolved ones, or both.
    void scopeChosen(TicketScope scope);
    // Enter in the search box: titles and conversations searched, not only the queue filtered.
    void fullTextSearchRequested(const QString &text, hourglass::TicketScope scope);
    // A search's hits took the table's place, or gave it back.
    void searchResultsShownChanged(bool shown);
    // The agent moved to another ticket (keys, pointer, selectTicket), or the queue chose its
    // first one for an empty pane. Never because the list changed under the agent: a ticket
    // that moves, leaves the list or gives its place to another keeps the pane.
    void currentTicketChanged(qint64 id);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void move(int delta);
    void updateCount();
    void scheduleNextChange();
    void toggleHelp();
    void saveFilters(const QString &group) const;
    void restoreFilters(const QString &group);
    QString viewsGroup() const;
    void refreshViews();
    // Around a change of the list the agent did not make: remember the row the agent was on,
    // then put the cursor back on that row (not on the ticket, which may have gone to the
    // bottom or away) without moving the pane.
    void holdPlace();
    void keepPlace();
    void showCurrent();
    // The columns: defaults, fitting to their headers and texts, remembered under the page id.
    void applyDefaultColumns();
    void fitCountdownAndHeaders();
    static QString headerKey();
    void saveHeader();
    void restoreHeader();
    void showColumnMenu(const QPoint &at);
    static QSet<TicketQueueFilter::PolicyItem> policyItems(const QString &keys);

    TicketQueueModel &m_model;
    TicketQueueFilter &m_filter;
    const Clock &m_clock;
    QComboBox *m_scope;
    QComboBox *m_lifecycle; // open, resolved, or both
    QComboBox *m_severity;
    QComboBox *m_tier;
    QComboBox *m_language;
    QComboBox *m_status;
    QCheckBox *m_urgent;
    QLineEdit *m_search;
    QLabel *m_count;
    bool m_loading = false;
    QComboBox *m_views;
    QLineEdit *m_viewName;
    QPushButton *m_saveView;
    QTableView *m_table;
    SearchResultsView *m_results;
    QStackedWidget *m_stack; // the table, or a search's results
    QLabel *m_help;
    QByteArray m_defaultHeader;
    bool m_restoringHeader = false;
    QTimer m_tick;
    QTimer m_nextChange;
    int m_ticks = 0;
    QList<QAction *> m_actions;
    qint64 m_shown = 0;       // the ticket last handed to the pane
    int m_heldRow = -1;       // the agent's row while the list changes; -1 when not changing
    int m_holds = 0;          // nested changes under way
    bool m_placeOnly = false; // the cursor marks a place, not the ticket shown: j takes that row
};

} // namespace hourglass
