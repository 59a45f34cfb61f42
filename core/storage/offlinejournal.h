// Edits made while the database is unreachable, kept in a local file until they are replayed.
#pragma once

#include "tickets/ticketrepository.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace hourglass {

struct JournalEntry
{
    enum class Operation { Update, Event };
    Operation operation = Operation::Update;
    qint64 ticketId = 0;
    int expectedVersion = 0; // Update: the version the edit was made on
    TicketChange change;     // Update
    TicketEvent event;       // Event, or an Update's event when withEvent
    bool withEvent = false;  // Update: the event is saved with the change, or neither is
    QString actor;
    qint64 recordedAtMs = 0;
};

// One JSON object a line, appended and flushed to disk as each edit is made, so a crash or a
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
    // Drops the oldest entry (it was replayed or surfaced as a conflict).
    void removeFirst();

    static QJsonObject toJson(const JournalEntry &entry);
    static JournalEntry fromJson(const QString &file, qsizetype line, const QJsonObject &object);

private:
    void rewrite();

    QString m_path;
    QList<JournalEntry> m_entries;
};

} // namespace hourglass
