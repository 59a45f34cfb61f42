// Full-text search of tickets in SQL: SQLite FTS5 or PostgreSQL text search, ranked and
// highlighted; the ticket repository's search().
#include "storage/sqlticketsearch.h"

#include "storage/database.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <algorithm>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::SqlTicketSearch)
};

// The highlighter's marks: control characters, which the ticket service refuses in any text
// people write, so they can only be the highlighter's.
constexpr char16_t openMark = 0x02;
constexpr char16_t closeMark = 0x03;

// Longer than any search a person types; the rest is not searched for.
constexpr qsizetype maximumQuery = 1000;

// Who typed it is a person: text for plainto_tsquery, which reads no operators, without what
// PostgreSQL's text type cannot hold.
QString plainText(const QString &text)
{
    QString plain;
    for (const QChar c : text.left(maximumQuery))
        plain.append(c.isNull() || c.isSurrogate() || c.category() == QChar::Other_Control
                         ? QChar(u' ')
                         : c);
    return plain;
}

// " AND status <> 'resolved'" and the like, on the status written as `status`.
QString scopeFilter(TicketScope scope, const QString &status = QStringLiteral("t.status"))
{
    switch (scope) {
    case TicketScope::Open:
        return QStringLiteral(" AND %1 <> 'resolved'").arg(status);
    case TicketScope::Resolved:
        return QStringLiteral(" AND %1 = 'resolved'").arg(status);
    case TicketScope::All:
        break;
    }
    return QString();
}

QString idList(const QList<qint64> &ids)
{
    QStringList list;
    for (const qint64 id : ids)
        list.append(QString::number(id));
    return list.join(u',');
}

void run(Database &database, QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        throw StorageError(
            database.describeError(Tr::tr("cannot search tickets"), query.lastError()));
}

// Matches of messages and of titles, each (ticket, message or 0, score): higher is better.
struct Hit
{
    qint64 ticketId;
    qint64 messageId;
    double score;
};

// Titles say what a ticket is about in a few words: a match there counts double.
constexpr double titleWeight = 2.0;

QList<Hit> readHits(Database &database, const QString &sql, const QVariantList &values, bool title)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    run(database, query, values);
    QList<Hit> hits;
    while (query.next())
        hits.append({query.value(0).toLongLong(),
                     title ? 0 : query.value(1).toLongLong(),
                     query.value(2).toDouble() * (title ? titleWeight : 1.0)});
    return hits;
}

// Matching messages, walked in the order the query yields them, until there are enough
// tickets; a ticket's first few matches are kept. Each row is (ticket, message) and, when the
// query ranks as it goes, a score.
QList<Hit> readCandidates(Database &database, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    run(database, query, values);
    const bool ranked = query.record().count() > 2;
    QHash<qint64, int> perTicket;
    QList<Hit> messages;
    while (query.next()) {
        const qint64 ticket = query.value(0).toLongLong();
        int &kept = perTicket[ticket];
        if (kept < SqlTicketSearch::messagesPerCandidate) {
            ++kept;
            messages.append(
                {ticket, query.value(1).toLongLong(), ranked ? query.value(2).toDouble() : 0});
        }
        if (perTicket.size() >= SqlTicketSearch::candidateTickets)
            break;
    }
    query.finish();
    return messages;
}

// On SQLite, where a walk of the index (most recent first) stops: " AND s.rowid >= N" for
// the scanLimit-th most recent match, nothing when there are fewer matches. Found in the
// index alone, so it costs little however many matches the scope then leaves out.
QString walkedFrom(Database &database, const QString &table, const QVariantList &values)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH ? ORDER BY rowid DESC "
                                 "LIMIT 1 OFFSET %2")
                      .arg(table)
                      .arg(SqlTicketSearch::scanLimit - 1));
    run(database, query, values);
    if (!query.next())
        return QString();
    return QStringLiteral(" AND s.rowid >= ") + QString::number(query.value(0).toLongLong());
}

QHash<qint64, HighlightedText> readMarked(Database &database,
                                          const QString &sql,
                                          const QVariantList &values)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    run(database, query, values);
    QHash<qint64, HighlightedText> marked;
    while (query.next())
        marked.insert(query.value(0).toLongLong(),
                      HighlightedText::fromMarked(query.value(1).toString(), openMark, closeMark));
    return marked;
}

} // namespace

QStringList SqlTicketSearch::words(const QString &text)
{
    QStringList words;
    QString word;
    for (const QChar c : text.left(maximumQuery)) {
        if (c.isLetterOrNumber() || c.isMark()) {
            word.append(c);
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    const auto letter = [](const QString &w) {
        return w.size() == 1 && w.at(0).isLetter();
    };
    if (!std::all_of(words.cbegin(), words.cend(), letter))
        words.removeIf(letter);
    return words;
}

QString SqlTicketSearch::fts5Query(const QString &text)
{
    QStringList quoted;
    // A word holds no quote to double: quotes are separators.
    for (const QString &word : words(text))
        quoted.append(u'"' + word + u'"');
    return quoted.join(u' ');
}

QList<SqlTicketSearch::Found> SqlTicketSearch::search(Database &database, const TicketSearch &search)
{
    if (search.limit <= 0 || words(search.text).isEmpty())
        return {};
    const bool postgres = database.isPostgres();
    const QString scope = scopeFilter(search.scope);
    const QString cap = QString::number(candidateTickets);
    const QString scan = QString::number(scanLimit);
    QList<Hit> hits;
    QVariantList values;
    if (postgres) {
        // Each row was indexed with its ticket's language; what a person types is in either,
        // so it is read both ways and a row matches either reading.
        const QString plain = plainText(search.text);
        values = {plain, plain, plain, plain};
        const QString match = QStringLiteral(
            "(%1 @@ plainto_tsquery('english'::regconfig, ?) OR %1 @@ "
            "plainto_tsquery('french'::regconfig, ?))");
        const QString rank = QStringLiteral(
            "GREATEST(ts_rank(%1, plainto_tsquery('english'::regconfig, ?)), "
            "ts_rank(%1, plainto_tsquery('french'::regconfig, ?)))");
        // The walk is of the index alone, at most scanLimit matches deep whatever the scope
        // keeps of them (a subquery's LIMIT stops the scan); the messages kept are ranked in a
        // second query, of those only. Every ticket in scope: the matches that make enough
        // tickets at the most are read from the heap; a scope that leaves some out walks deeper.
        const QString walk = search.scope == TicketScope::All
                                 ? QString::number(candidateTickets * messagesPerCandidate)
                                 : scan;
        QList<qint64> candidates;
        for (const Hit &hit :
             readCandidates(database,
                            QLatin1String("SELECT w.ticket_id, w.event_id FROM "
                                          "(SELECT ticket_id, event_id FROM "
                                          "ticket_messages m WHERE ")
                                + match.arg(QLatin1String("m.search")) + QLatin1String(" LIMIT ")
                                + walk + QLatin1String(") w WHERE TRUE")
                                + scopeFilter(search.scope,
                                              QStringLiteral("(SELECT t.status FROM "
                                                             "tickets t WHERE t.id = "
                                                             "w.ticket_id)")),
                            {plain, plain}))
            candidates.append(hit.messageId);
        if (!candidates.isEmpty())
            hits = readHits(database,
                            QLatin1String("SELECT m.ticket_id, m.event_id, ")
                                + rank.arg(QLatin1String("m.search"))
                                + QLatin1String(" FROM ticket_messages m WHERE m.event_id IN (")
                                + idList(candidates) + u')',
                            {plain, plain},
                            false);
        // The scope is looked up a row at a time, by key, for the rows walked: joined instead,
        // the planner reads every open (or resolved) ticket to match them.
        hits += readHits(database,
                         QLatin1String("SELECT w.id, 0, ") + rank.arg(QLatin1String("w.search"))
                             + QLatin1String(" FROM (SELECT id, status, search FROM tickets t "
                                             "WHERE ")
                             + match.arg(QLatin1String("t.search")) + QLatin1String(" LIMIT ")
                             + scan + QLatin1String(") w WHERE TRUE")
                             + scopeFilter(search.scope, QStringLiteral("w.status"))
                             + QLatin1String(" LIMIT ") + cap,
                         values,
                         true);
    } else {
        values = {fts5Query(search.text)};
        // The index yields the most recent matches first; each is ranked as it is read (bm25
        // is lower for better matches), and the walk stops once there are enough tickets, or
        // scanLimit matches deep whatever the scope keeps of them.
        const QString messagesFrom = walkedFrom(database, QStringLiteral("message_search"), values);
        const QString titlesFrom = walkedFrom(database, QStringLiteral("title_search"), values);
        hits = readCandidates(database,
                              QLatin1String("SELECT m.ticket_id, s.rowid, -bm25(message_search) "
                                            "FROM message_search s JOIN ticket_messages m ON "
                                            "m.event_id = s.rowid JOIN tickets t ON t.id = "
                                            "m.ticket_id WHERE message_search MATCH ?")
                                  + messagesFrom + scope + QLatin1String(" ORDER BY s.rowid DESC"),
                              values);
        hits += readHits(database,
                         QLatin1String("SELECT s.rowid, 0, -bm25(title_search) FROM title_search "
                                       "s JOIN tickets t ON t.id = s.rowid WHERE title_search "
                                       "MATCH ?")
                             + titlesFrom + scope + QLatin1String(" ORDER BY s.rowid DESC LIMIT ")
                             + cap,
                         values,
                         true);
    }

    // One hit per ticket: its best message's score plus its title's, when that matched too.
    struct Best
    {
        qint64 messageId = 0;
        double messageScore = 0;
        double titleScore = 0;
        bool titleMatched = false;
    };
    QHash<qint64, Best> byTicket;
    for (const Hit &hit : std::as_const(hits)) {
        Best &best = byTicket[hit.ticketId];
        if (hit.messageId == 0) {
            best.titleScore = hit.score;
            best.titleMatched = true;
        } else if (best.messageId == 0 || hit.score > best.messageScore) {
            best.messageId = hit.messageId;
            best.messageScore = hit.score;
        }
    }
    QList<Found> best;
    best.reserve(byTicket.size());
    QList<qint64> messageIds;
    QList<qint64> titleIds;
    for (auto it = byTicket.cbegin(); it != byTicket.cend(); ++it)
        best.append({it.key(), it->messageScore + it->titleScore, it->messageId, {}, {}});
    std::sort(best.begin(), best.end(), [](const Found &a, const Found &b) {
        return a.score != b.score ? a.score > b.score : a.ticketId > b.ticketId;
    });
    if (best.size() > search.limit)
        best.resize(search.limit);
    for (const Found &found : std::as_const(best)) {
        if (found.messageId)
            messageIds.append(found.messageId);
        if (byTicket.value(found.ticketId).titleMatched)
            titleIds.append(found.ticketId);
    }
    QHash<qint64, HighlightedText> snippets;
    QHash<qint64, HighlightedText> titles;
    const QString marks = QStringLiteral("char(2), char(3)");
    if (postgres) {
        // ts_headline takes its marks from an option string; the control characters cannot
        // clash with its separators.
        const QString options = QStringLiteral(
            "'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=24, MinWords=10, "
            "MaxFragments=2, FragmentDelimiter=\" … \"'");
        const QString headline = QStringLiteral(
            "ts_headline(hourglass_search_config(t.language), %1, "
            "plainto_tsquery(hourglass_search_config(t.language), ?), %2)");
        const QString plain = plainText(search.text);
        // ts_headline marks the cuts between its fragments only: one at the start or the end
        // of the message is marked here, as SQLite's snippet() does (a fragment that begins
        // with the message's first word, or ends with its last, is not cut there).
        if (!messageIds.isEmpty())
            snippets = readMarked(
                database,
                QStringLiteral(
                    "SELECT id, CASE WHEN starts_with(body, split_part(h0, ' ', 1)) THEN '' "
                    "ELSE '… ' END || h || CASE WHEN starts_with(reverse(rtrim(body)), "
                    "split_part(reverse(h0), ' ', 1)) THEN '' ELSE ' …' END FROM (SELECT id, "
                    "body, h, replace(replace(h, chr(2), ''), chr(3), '') AS h0 FROM (SELECT "
                    "m.event_id AS id, m.body AS body, ")
                    + headline.arg(QLatin1String("m.body"), options)
                    + QLatin1String(" AS h FROM ticket_messages m JOIN tickets t ON t.id = "
                                    "m.ticket_id WHERE m.event_id IN (")
                    + idList(messageIds) + QLatin1String(")) a) b"),
                {plain});
        if (!titleIds.isEmpty())
            titles = readMarked(database,
                                QLatin1String("SELECT t.id, ")
                                    + headline.arg(QLatin1String("t.title"),
                                                   QStringLiteral("'StartSel=' || chr(2) || ', "
                                                                  "StopSel=' || chr(3) || ', "
                                                                  "HighlightAll=true'"))
                                    + QLatin1String(" FROM tickets t WHERE t.id IN (")
                                    + idList(titleIds) + u')',
                                {plain});
    } else {
        if (!messageIds.isEmpty())
            snippets = readMarked(database,
                                  QLatin1String("SELECT rowid, snippet(message_search, 0, ") + marks
                                      + QStringLiteral(", ' … ', 24) FROM message_search WHERE "
                                                       "message_search MATCH ? AND rowid IN (")
                                      + idList(messageIds) + u')',
                                  values);
        if (!titleIds.isEmpty())
            titles = readMarked(database,
                                QLatin1String("SELECT rowid, highlight(title_search, 0, ") + marks
                                    + QLatin1String(") FROM title_search WHERE title_search "
                                                    "MATCH ? AND rowid IN (")
                                    + idList(titleIds) + u')',
                                values);
    }
    for (Found &found : best) {
        found.snippet = snippets.value(found.messageId);
        found.title = titles.value(found.ticketId);
    }
    return best;
}

} // namespace hourglass
