// Full-text search of tickets in SQL: SQLite FTS5 or PostgreSQL text search, ranked and
// highlighted; the ticket repository's search().
#pragma once

#include "tickets/ticketsearch.h"

#include <QHash>
#include <QList>
#include <QString>

namespace hourglass {

class Database;

namespace SqlTicketSearch {

// A search ranks at most this many matching messages (and as many titles): the most recent on
// SQLite, the first the index yields on PostgreSQL. A word found in a million messages then
// costs about what a rare one does (ranking is most of a search's time).
inline constexpr int candidateLimit = 500;

// The words of what a person typed, as SQLite's unicode61 tokenizer cuts text: runs of
// letters, digits and marks. Quotes, stars, operators and control characters are separators.
// A single letter ("E" of E-4711, "l" of l'imprimante) is left out when longer words remain:
// it matches nearly every message, and costs the search as much.
QStringList words(const QString &text);
// Those words as an FTS5 query in which each is a quoted string, all required; empty when
// there are none.
QString fts5Query(const QString &text);

// One ticket found, before its row is read.
struct Found
{
    qint64 ticketId = 0;
    double score = 0;
    qint64 messageId = 0;    // the best message, 0 when only the title matched
    HighlightedText title;   // empty text when the title did not match
    HighlightedText snippet; // empty when no message matched
};

// The best `search.limit` tickets, best first. Throws StorageError.
QList<Found> search(Database &database, const TicketSearch &search);

} // namespace SqlTicketSearch

} // namespace hourglass
