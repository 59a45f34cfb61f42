// The console's write path for every service: a command goes to the database while it
// answers, into the offline journal while it does not, and is replayed through its service, in
// order, when the session is back.
#pragma once

#include "storage/offlinejournal.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace hourglass {

class Session;

// What a service offers the runner: carrying out its own commands.
class CommandHandler
{
public:
    virtual ~CommandHandler() = default;
    virtual QString service() const = 0;
    // Throws InputError naming `file` and `place` when the command is not one of this
    // service's (a damaged journal line).
    virtual void check(const JournalEntry &entry,
                       const QString &file,
                       const QString &place) const = 0;
    // Carries the command out on the database. A refusal (a conflict, invalid input) throws
    // ConflictError or InputError; a lost connection throws StorageError.
    virtual void execute(const JournalEntry &entry) = 0;
    // Around a replay of queued commands: a service may carry state from one to the next.
    virtual void beginReplay() {}
    virtual void endReplay() {}
};

class CommandRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandRunner)

public:
    // An empty journalPath keeps no journal: a command that cannot be carried out fails.
    CommandRunner(Session &session, const QString &journalPath, QObject *parent = nullptr);
    ~CommandRunner() override;

    // Every service registers before open().
    void addHandler(CommandHandler &handler);
    // Reads what an earlier run left and replays it if the session is online. Throws
    // InputError when the journal is damaged (naming its line), leaving the file as it is.
    void open();

    // Carried out now when online: true. Queued when offline or when the connection drops
    // under it: false. A refusal by the database or the service propagates as an exception.
    bool run(const QString &service, const QJsonObject &command);
    qsizetype pending() const;
    const QString &journalPath() const { return m_path; }

    // Replays the journal now (the session's reconnection does it on its own).
    void replay();

signals:
    // A queued command that was refused on replay: someone changed the ticket meanwhile.
    void replayConflict(const QString &message);
    void replayed(int applied, int refused);
    void pendingChanged(qsizetype count);

private:
    // True when carried out; false when the connection is gone (the caller keeps the entry).
    bool execute(const JournalEntry &entry);
    CommandHandler &handler(const QString &service) const;

    Session &m_session;
    QString m_path;
    std::unique_ptr<OfflineJournal> m_journal;
    QHash<QString, CommandHandler *> m_handlers;
};

} // namespace hourglass
