// Finding tickets: the scopes a view or a search covers, and a search's ranked hits with the
// matching words marked for the caller to render.
#pragma once

#include "tickets/ticketmessage.h"
#include "tickets/ticketrecord.h"

#include <QList>
#include <QString>

#include <optional>

namespace hourglass {

// Which tickets a read covers.
enum class TicketScope {
    Open,     // every status but resolved
    Resolved, // resolved only
    All,
};
QString scopeKey(TicketScope scope); // "open", "resolved", "all"
std::optional<TicketScope> ticketScopeFromKey(const QString &key);

// Plain text with the stretches that matched a search; no markup, so any view can render it.
struct HighlightedText
{
    struct Range
    {
        qsizetype start = 0; // in QChar units of text
        qsizetype length = 0;
        bool operator==(const Range &) const = default;
    };
    QString text;
    QList<Range> matches; // in order, not overlapping

    // The text between `open` and `close` marks (as the database's highlighter wrote it), the
    // marks removed.
    static HighlightedText fromMarked(const QString &marked, QChar open, QChar close);
    // The matched stretches, "[[like]] this", for the command line and tests.
    QString bracketed(const QString &open = QStringLiteral("[["),
                      const QString &close = QStringLiteral("]]")) const;
};

// One ticket a search found: where it matched best, and how well.
struct TicketSearchHit
{
    TicketRecord ticket;
    double score = 0; // higher is better; comparable within one search only
    // The message that matched best, when a message did (not only the title).
    std::optional<TicketMessage::Kind> messageKind;
    qint64 messageId = 0;
    HighlightedText title;   // the ticket's title, matches marked
    HighlightedText snippet; // a few words around the best message's matches; may be empty
};

// What a search asks: the words as a person typed them (never search syntax: quotes, *, OR
// and the like are words), which tickets, how many at most.
struct TicketSearch
{
    QString text;
    TicketScope scope = TicketScope::All;
    int limit = 50;
};

} // namespace hourglass
