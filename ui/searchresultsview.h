// What a full-text search found, in place of the queue: tickets best first, each with its
// title and the passage that matched, the matching words marked. Open and resolved alike.
#pragma once

#include "tickets/ticketsearch.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace hourglass {

class SearchResultsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultsView)

public:
    enum Role {
        TicketIdRole = Qt::UserRole,
        HtmlRole, // the hit as rich text, matches marked
    };

    // The most hits a search shows: the best, as the repository ranks them.
    static constexpr int shownHits = 50;

    explicit SearchResultsView(QWidget *parent = nullptr);

    void setResults(const QString &text, TicketScope scope, const QList<TicketSearchHit> &hits);
    // The search could not be run (offline, refused): why, in place of the hits.
    void setFailure(const QString &text, const QString &why);
    QListWidget *list() const { return m_list; }
    qint64 currentTicket() const;
    bool contains(qint64 ticketId) const;

    // Plain text with its matches marked, as rich text (every other character escaped).
    static QString markedHtml(const HighlightedText &text);

signals:
    // The agent moved to a hit (keys, pointer): the pane shows it.
    void ticketChosen(qint64 id);
    // Enter or a double click on a hit: the agent means to work on it.
    void ticketActivated(qint64 id);
    // Esc or the button: back to the queue.
    void closed();
    // The agent chose other tickets to search (open, resolved, both): the same words again.
    void searchRequested(const QString &text, hourglass::TicketScope scope);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void fill();

    QLabel *m_heading;
    QComboBox *m_scopeBox;
    QPushButton *m_back;
    QListWidget *m_list;
    QString m_text;
    TicketScope m_scope = TicketScope::All;
    QList<TicketSearchHit> m_hits;
    QString m_failure;
};

} // namespace hourglass
