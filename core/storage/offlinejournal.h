// Commands made while the database is unreachable, kept in a local file until they are replayed.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace hourglass {

// One typed command of one service ("tickets" → a TicketAction; on-call acknowledgements,
// maintenance edits and expertise entries later), as the service wrote it.
struct JournalEntry
{
    QString service;     // which service replays it
    QJsonObject command; // the service's own form of the command
    QString actor;       // who made it
    qint64 recordedAtMs = 0;
};

// One JSON object a line, appended and flushed to disk as each command is made, so a crash or a
// restart loses nothing; rewritten whole (atomically) as entries are replayed.
class OfflineJournal
{
public:
    // Reads what an earlier run left. Throws InputError naming the line of a damaged entry
    // rather than dropping it.
    explicit OfflineJournal(const QString &path);

    QString path() const { return m_path; }
    bool isEmpty() const { return m_entries.isEmpty(); }
    const QList<JournalEntry> &entries() const { return m_entries; }

    // Throws StorageError when the file cannot be written.
    void append(const JournalEntry &entry);
    // Drops the oldest entry (it was replayed or surfaced as refused).
    void removeFirst();

    static QJsonObject toJson(const JournalEntry &entry);
    static JournalEntry fromJson(const QString &file, qsizetype line, const QJsonObject &object);

private:
    void rewrite();

    QString m_path;
    QList<JournalEntry> m_entries;
};

} // namespace hourglass
