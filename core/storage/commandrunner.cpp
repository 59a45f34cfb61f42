// The console's write path for every service: a command goes to the database while it
// answers, into the offline journal while it does not, and is replayed through its service, in
// order, when the session is back.
#include "storage/commandrunner.h"

#include "io/inputerror.h"
#include "storage/conflicterror.h"
#include "storage/database.h"
#include "storage/session.h"
#include "storage/storageerror.h"
#include "time/clock.h"

#include <QCoreApplication>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::CommandRunner)
};

} // namespace

CommandRunner::CommandRunner(Session &session, const QString &journalPath, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_path(journalPath)
{
    connect(&session, &Session::reconnected, this, &CommandRunner::replay);
}

CommandRunner::~CommandRunner() = default;

void CommandRunner::addHandler(CommandHandler &handler)
{
    m_handlers.insert(handler.service(), &handler);
}

CommandHandler &CommandRunner::handler(const QString &service) const
{
    CommandHandler *found = m_handlers.value(service);
    if (!found)
        throw StorageError(Tr::tr("no service \"%1\" to carry out a command").arg(service));
    return *found;
}

void CommandRunner::open()
{
    if (m_path.isEmpty())
        return; // no journal: what cannot be saved now fails instead
    auto journal = std::make_unique<OfflineJournal>(m_path);
    qsizetype line = 0;
    for (const JournalEntry &entry : journal->entries()) {
        ++line;
        if (!m_handlers.contains(entry.service))
            throw InputError(m_path,
                             Tr::tr("entry %1").arg(line),
                             Tr::tr("a command for an unknown service \"%1\"; the file was left "
                                    "as it is")
                                 .arg(entry.service));
        handler(entry.service).check(entry, m_path, Tr::tr("entry %1").arg(line));
    }
    m_journal = std::move(journal);
    if (m_session.isOnline())
        replay();
}

qsizetype CommandRunner::pending() const
{
    return m_journal ? m_journal->entries().size() : 0;
}

bool CommandRunner::run(const QString &service, const QJsonObject &command)
{
    JournalEntry entry{service, command, m_session.login(), m_session.clock().nowMilliseconds()};
    // Refused at once when it is not a command of that service, online or not.
    handler(service).check(entry, QString(), QString());
    if (m_session.isOnline() && execute(entry))
        return true;
    if (!m_journal)
        throw StorageError(Tr::tr("%1: the database cannot be reached and there is no journal "
                                  "to keep the change in")
                               .arg(m_session.url().toString()));
    m_journal->append(entry);
    emit pendingChanged(pending());
    return false;
}

bool CommandRunner::execute(const JournalEntry &entry)
{
    try {
        handler(entry.service).execute(entry);
        return true;
    } catch (const ConflictError &) {
        throw;
    } catch (const InputError &) {
        throw;
    } catch (const StorageError &error) {
        Database *database = m_session.database();
        if (database && !database->isConnectionLost(database->connection().lastError()))
            throw;
        m_session.goOffline(error.message());
        return false;
    }
}

void CommandRunner::replay()
{
    if (!m_journal || m_journal->isEmpty())
        return;
    int applied = 0;
    int refused = 0;
    for (CommandHandler *each : std::as_const(m_handlers))
        each->beginReplay();
    // In the order they were made; each leaves the journal only once it is in the database or
    // has been surfaced as refused.
    while (!m_journal->isEmpty() && m_session.isOnline()) {
        const JournalEntry entry = m_journal->entries().first();
        try {
            if (!execute(entry))
                break;
            ++applied;
        } catch (const std::runtime_error &error) {
            ++refused;
            emit replayConflict(Tr::tr("an edit made offline was not saved: %1")
                                    .arg(QString::fromUtf8(error.what())));
        }
        m_journal->removeFirst();
        emit pendingChanged(pending());
    }
    for (CommandHandler *each : std::as_const(m_handlers))
        each->endReplay();
    if (applied || refused)
        emit replayed(applied, refused);
}

} // namespace hourglass
