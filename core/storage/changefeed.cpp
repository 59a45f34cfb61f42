// Follows what every client writes: PostgreSQL notifications, or a change-log poll on SQLite.
#include "storage/changefeed.h"

#include "storage/database.h"
#include "storage/storageerror.h"

#include <QFile>
#include <QSocketNotifier>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <libpq-fe.h>
#include <sys/stat.h>

namespace hourglass {

namespace {

// Changes this far below the newest one passed on are taken as settled: a transaction that
// stays open while this many others commit, and whose notification is lost in an outage, is
// the one case a catch-up would miss.
constexpr qint64 reorderWindow = 1000;
// Unanswered liveness queries, in intervals, before the connection counts as lost.
constexpr int silentIntervals = 4;

// The feed talks to libpq itself: Qt's driver cannot drop a subscription on a connection that
// died (its close() does nothing once libpq calls the connection bad, and leaves its socket
// notifier on a closed socket), nor tell a dead server from a quiet one.
PGconn *pgConnection(Database *database)
{
    if (!database || !database->isPostgres())
        return nullptr;
    const QVariant handle = database->connection().driver()->handle();
    // Qt 6 names the type after the struct behind libpq's typedef.
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0
            && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

bool statFile(const QString &path, quint64 *device, quint64 *inode)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return false;
    *device = quint64(info.st_dev);
    *inode = quint64(info.st_ino);
    return true;
}

} // namespace

ChangeFeed::ChangeFeed(const DatabaseUrl &url, QObject *parent)
    : QObject(parent)
    , m_url(url)
{
    m_poll.setInterval(250);
    connect(&m_poll, &QTimer::timeout, this, &ChangeFeed::poll);
    m_liveness.setInterval(1000);
    connect(&m_liveness, &QTimer::timeout, this, &ChangeFeed::checkAlive);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ChangeFeed::retry);
}

ChangeFeed::~ChangeFeed()
{
    // The notifier goes before the connection whose socket it watches.
    m_socket.reset();
}

void ChangeFeed::setReconnectDelays(int firstMilliseconds, int maxMilliseconds)
{
    m_firstDelay = firstMilliseconds;
    m_maxDelay = std::max(firstMilliseconds, maxMilliseconds);
    m_delay = m_firstDelay;
}

void ChangeFeed::start()
{
    connectToDatabase();
    m_startId = ChangeLog::latestId(*m_database);
    m_lastId = m_startId;
    m_running = true;
    m_state = State::Live;
    if (!m_url.isSqlite())
        readSocket(); // what was notified while the log was read
}

void ChangeFeed::connectToDatabase()
{
    m_database = Database::open(m_url);
    if (m_url.isSqlite()) {
        if (!statFile(m_url.path(), &m_fileDevice, &m_fileInode))
            m_fileDevice = m_fileInode = 0;
        m_poll.start();
        return;
    }
    listen();
}

void ChangeFeed::listen()
{
    PGconn *connection = pgConnection(m_database.get());
    if (!connection)
        throw StorageError(m_database->describeError(tr("cannot listen for changes"), QSqlError()));
    m_notice.clear();
    PQsetNoticeProcessor(connection, &ChangeFeed::noticeReceived, this);
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("LISTEN ") + QString::fromLatin1(ChangeLog::channel)))
        throw StorageError(
            m_database->describeError(tr("cannot listen for changes"), query.lastError()));
    m_socket = std::make_unique<QSocketNotifier>(PQsocket(connection), QSocketNotifier::Read);
    connect(m_socket.get(), &QSocketNotifier::activated, this, &ChangeFeed::readSocket);
    m_pingPending = false;
    m_liveness.start();
}

void ChangeFeed::noticeReceived(void *feed, const char *message)
{
    // The server's last words ("terminating connection due to administrator command") say
    // best why the connection went.
    static_cast<ChangeFeed *>(feed)->m_notice = QString::fromUtf8(message).simplified();
}

void ChangeFeed::catchUp(qint64 latest)
{
    // A log behind what was already seen is another file (a restore from a backup): followed
    // from its newest change, as nothing tells which of its changes are new to this client.
    if (latest < m_lastId) {
        m_lastId = m_startId = latest;
        m_seen.clear();
        return;
    }
    // On SQLite one writer at a time takes ids in commit order; on PostgreSQL notifications
    // may have been lost for changes below the newest seen.
    qint64 from = m_lastId;
    if (!m_url.isSqlite())
        from = std::max(m_startId, m_lastId - reorderWindow);
    constexpr int page = 1000;
    for (;;) {
        const QList<Change> changes = ChangeLog::since(*m_database, from, page);
        for (const Change &change : changes)
            deliver(change);
        if (changes.size() < page)
            return;
        from = changes.constLast().id;
    }
}

void ChangeFeed::deliver(const Change &change)
{
    if (m_seen.contains(change.id))
        return;
    m_seen.insert(change.id);
    m_lastId = std::max(m_lastId, change.id);
    while (!m_seen.empty() && *m_seen.begin() < m_lastId - reorderWindow)
        m_seen.erase(m_seen.begin());
    emit changed(change);
}

void ChangeFeed::lose(const QString &detail)
{
    m_poll.stop();
    m_liveness.stop();
    m_pingPending = false;
    // Off before the connection closes: a notifier left on a closed socket is what makes Qt
    // warn "QSocketNotifier: Invalid socket".
    if (m_socket) {
        m_socket->setEnabled(false);
        m_socket.release()->deleteLater();
    }
    m_database.reset();
    m_delay = m_firstDelay;
    m_lastFailure.clear();
    const bool wasLive = m_state == State::Live;
    m_state = State::Reconnecting;
    if (wasLive)
        emit stateChanged(m_state, detail);
    m_retry.start(m_delay);
}

void ChangeFeed::retry()
{
    try {
        connectToDatabase();
        catchUp(ChangeLog::latestId(*m_database));
    } catch (const StorageError &error) {
        if (m_socket) {
            m_socket->setEnabled(false);
            m_socket.reset();
        }
        m_poll.stop();
        m_liveness.stop();
        m_database.reset();
        if (error.message() != m_lastFailure) {
            m_lastFailure = error.message();
            emit failed(m_lastFailure);
        }
        m_delay = std::min(m_delay * 2, m_maxDelay);
        m_retry.start(m_delay);
        return;
    }
    m_state = State::Live;
    emit stateChanged(m_state, QString());
    if (!m_url.isSqlite())
        readSocket(); // what was notified while the log was read
}

bool ChangeFeed::fileReplaced() const
{
    quint64 device = 0;
    quint64 inode = 0;
    if (!statFile(m_url.path(), &device, &inode))
        return true;
    return m_fileInode && (device != m_fileDevice || inode != m_fileInode);
}

void ChangeFeed::poll()
{
    // The connection would go on reading the old file: a file moved away, or replaced by a
    // copy or a restore, is a lost connection.
    if (!m_url.path().startsWith(u':') && fileReplaced()) {
        lose(tr("%1: the database file was moved or replaced").arg(m_url.toString()));
        return;
    }
    try {
        // The newest id alone is cheap; rows are read only when something changed.
        const qint64 latest = ChangeLog::latestId(*m_database);
        if (latest != m_lastId)
            catchUp(latest);
    } catch (const StorageError &error) {
        lose(error.message());
    }
}

void ChangeFeed::checkAlive()
{
    PGconn *connection = pgConnection(m_database.get());
    if (!connection || PQstatus(connection) != CONNECTION_OK) {
        readSocket();
        return;
    }
    if (m_pingPending) {
        if (m_pingSent.elapsed() > silentIntervals * m_liveness.interval())
            lose(tr("%1: the server stopped answering").arg(m_url.toString()));
        return;
    }
    // Sent without waiting for the answer, which readSocket() collects: a server that is
    // gone without a word (a dropped network) is noticed within seconds, and the GUI thread
    // never blocks on it.
    if (!PQsendQuery(connection, "SELECT 1")) {
        readSocket();
        return;
    }
    m_pingPending = true;
    m_pingSent.start();
}

void ChangeFeed::readSocket()
{
    PGconn *connection = pgConnection(m_database.get());
    if (!connection)
        return;
    if (!PQconsumeInput(connection) || PQstatus(connection) != CONNECTION_OK) {
        QString why = m_notice;
        if (why.isEmpty())
            why = QString::fromUtf8(PQerrorMessage(connection)).simplified();
        lose(tr("%1: the connection was lost: %2").arg(m_url.toString(), why));
        return;
    }
    while (m_pingPending && !PQisBusy(connection)) {
        PGresult *result = PQgetResult(connection);
        if (!result) {
            m_pingPending = false;
            break;
        }
        PQclear(result);
    }
    while (PGnotify *notify = PQnotifies(connection)) {
        const QString name = QString::fromUtf8(notify->relname);
        const QString payload = QString::fromUtf8(notify->extra);
        PQfreemem(notify);
        if (name != QLatin1String(ChangeLog::channel))
            continue;
        // Concurrent transactions may commit, and so notify, out of id order: every
        // notification is passed on, each once.
        if (const auto change = ChangeLog::fromNotification(payload))
            deliver(*change);
    }
}

} // namespace hourglass
