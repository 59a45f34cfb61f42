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

// A search walks the matching messages (the most recent first on SQLite, as the index yields
// them on PostgreSQL) until it has candidateTickets tickets, keeping a ticket's first
// messagesPerCandidate matches, and never deeper than scanLimit matches, however many of
// them the scope (open, resolved) leaves out. Only the messages kept are ranked (SQLite as it
// walks, PostgreSQL in a second query), and titles likewise. A word found in a million
// messages then costs about what a rare one does (ranking is most of a search's time), and a
// ticket with hundreds of matching messages does not crowd the others out. The price: a
// ticket whose only matches are older than the scanLimit most recent is not found by a word
// that common; more words, or rarer ones, find it.
inline constexpr int candidateTickets = 250;
inline constexpr int messagesPerCandidate = 3;
inline constexpr int scanLimit = 5000;

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
