// The console's write path: straight to the database while it answers, into the offline
// journal while it does not, replayed in order when it comes back.
#include "storage/ticketwriter.h"

#include "storage/conflicterror.h"
#include "storage/database.h"
#include "storage/sqlticketrepository.h"

#include <QCoreApplication>
#include <QDateTime>

#include <map>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::TicketWriter)
};

} // namespace

TicketWriter::TicketWriter(const DatabaseUrl &url,
                           const QString &journalPath,
                           const QString &actor,
                           QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_actor(actor)
    , m_journal(journalPath)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (!reconnect()) {
            m_delay = std::min(m_delay * 2, 30000);
            m_retry.start(m_delay);
        }
    });
}

TicketWriter::~TicketWriter() = default;

void TicketWriter::start()
{
    m_database = Database::open(m_url);
    m_database->setActor(m_actor);
    m_repository = std::make_unique<SqlTicketRepository>(*m_database);
    m_state = State::Online;
    emit stateChanged(m_state, QString());
    replay();
}

bool TicketWriter::update(qint64 id,
                          int expectedVersion,
                          const TicketChange &change,
                          const std::optional<TicketEvent> &event)
{
    JournalEntry entry;
    entry.operation = JournalEntry::Operation::Update;
    entry.ticketId = id;
    entry.expectedVersion = expectedVersion;
    entry.change = change;
    if (event) {
        entry.event = *event;
        entry.withEvent = true;
    }
    return submit(entry);
}

bool TicketWriter::appendEvent(qint64 id, const TicketEvent &event)
{
    JournalEntry entry;
    entry.operation = JournalEntry::Operation::Event;
    entry.ticketId = id;
    entry.event = event;
    return submit(entry);
}

bool TicketWriter::submit(JournalEntry entry)
{
    entry.actor = m_actor;
    entry.recordedAtMs = QDateTime::currentMSecsSinceEpoch();
    if (m_state == State::Online && apply(entry))
        return true;
    m_journal.append(entry);
    emit pendingEditsChanged(pendingEdits());
    return false;
}

// True when applied; false when the connection is gone (the caller keeps the entry). A refusal
// by the database itself (a conflict, an unknown user) propagates as an exception.
bool TicketWriter::apply(const JournalEntry &entry, int *savedVersion)
{
    try {
        m_database->setActor(entry.actor);
        if (entry.operation == JournalEntry::Operation::Update) {
            const TicketRecord saved = m_repository->update(entry.ticketId,
                                                            entry.expectedVersion,
                                                            entry.change,
                                                            entry.withEvent
                                                                ? std::optional(entry.event)
                                                                : std::nullopt);
            if (savedVersion)
                *savedVersion = saved.version;
        } else
            m_repository->appendEvent(entry.ticketId, entry.event);
        return true;
    } catch (const ConflictError &) {
        throw;
    } catch (const StorageError &error) {
        if (!m_database->isConnectionLost(m_database->connection().lastError()))
            throw;
        goOffline(error.message());
        return false;
    }
}

void TicketWriter::goOffline(const QString &reason)
{
    m_repository.reset();
    m_database.reset();
    m_state = State::Offline;
    emit stateChanged(m_state, reason);
    m_delay = m_firstDelay;
    m_retry.start(m_delay);
}

bool TicketWriter::reconnect()
{
    if (m_state == State::Online)
        return true;
    try {
        m_database = Database::open(m_url);
    } catch (const StorageError &) {
        return false;
    }
    m_database->setActor(m_actor);
    m_repository = std::make_unique<SqlTicketRepository>(*m_database);
    m_state = State::Online;
    m_retry.stop();
    emit stateChanged(m_state, QString());
    replay();
    return m_state == State::Online;
}

void TicketWriter::replay()
{
    int applied = 0;
    int refused = 0;
    // Edits queued one after another on a ticket were all made on the version the agent last
    // saw. Each replayed edit moves the ticket on, so the next of the same series goes on the
    // version its predecessor saved; a change by someone else meanwhile still conflicts, as
    // there is then no version of ours to go on from. Ticket → (made on, saved as).
    std::map<qint64, std::pair<int, int>> series;
    // In the order they were made; each leaves the journal only once it is in the database or
    // has been surfaced as refused.
    while (!m_journal.isEmpty() && m_state == State::Online) {
        JournalEntry entry = m_journal.entries().first();
        const int madeOn = entry.expectedVersion;
        const bool update = entry.operation == JournalEntry::Operation::Update;
        const auto ours = series.find(entry.ticketId);
        if (update && ours != series.end() && ours->second.first == madeOn)
            entry.expectedVersion = ours->second.second;
        try {
            int saved = 0;
            if (!apply(entry, &saved))
                break;
            ++applied;
            if (update)
                series[entry.ticketId] = {madeOn, saved};
        } catch (const StorageError &error) {
            ++refused;
            emit replayConflict(
                Tr::tr("an edit made offline was not saved: %1").arg(error.message()));
        }
        m_journal.removeFirst();
        emit pendingEditsChanged(pendingEdits());
    }
    if (applied || refused)
        emit replayed(applied, refused);
}

} // namespace hourglass
