// The console's write path: straight to the database while it answers, into the offline
// journal while it does not, replayed in order when it comes back.
#pragma once

#include "storage/databaseurl.h"
#include "storage/offlinejournal.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace hourglass {

class Database;
class SqlTicketRepository;

class TicketWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketWriter)

public:
    enum class State { Online, Offline };
    Q_ENUM(State)

    // Throws InputError when the journal left by an earlier run is damaged.
    TicketWriter(const DatabaseUrl &url,
                 const QString &journalPath,
                 const QString &actor,
                 QObject *parent = nullptr);
    ~TicketWriter() override;

    // Connects; replays what an earlier run left in the journal. Throws StorageError when the
    // database cannot be reached at all on the first attempt.
    void start();
    State state() const { return m_state; }
    qsizetype pendingEdits() const { return m_journal.entries().size(); }
    Database *database() { return m_database.get(); }

    // Saved at once when online (ConflictError from a stale version); queued when offline.
    // Returns whether it was saved (true) or queued (false).
    // With an event, the two are saved or queued as one: a conflict refuses both.
    bool update(qint64 id,
                int expectedVersion,
                const TicketChange &change,
                const std::optional<TicketEvent> &event = std::nullopt);
    bool appendEvent(qint64 id, const TicketEvent &event);

    // One reconnection attempt now (the timer makes them with back-off on its own).
    bool reconnect();
    // First retry delay; doubles to 30 s. Tests shorten it.
    void setRetryDelay(int milliseconds) { m_firstDelay = m_delay = milliseconds; }

signals:
    void stateChanged(hourglass::TicketWriter::State state, const QString &detail);
    // A queued edit that the database refused on replay: someone changed the ticket meanwhile.
    void replayConflict(const QString &message);
    void replayed(int applied, int refused);
    void pendingEditsChanged(qsizetype count);

private:
    // Saved now when online, else journaled; true when saved.
    bool submit(JournalEntry entry);
    bool apply(const JournalEntry &entry, int *savedVersion = nullptr);
    void goOffline(const QString &reason);
    void replay();

    DatabaseUrl m_url;
    QString m_actor;
    OfflineJournal m_journal;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SqlTicketRepository> m_repository;
    State m_state = State::Offline;
    QTimer m_retry;
    int m_firstDelay = 1000;
    int m_delay = 1000;
};

} // namespace hourglass
