// Follows what every client writes: PostgreSQL notifications, or a change-log poll on SQLite.
#pragma once

#include "storage/changelog.h"
#include "storage/databaseurl.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>
#include <set>

class QSocketNotifier;

namespace hourglass {

class Database;

// A lost connection (the server restarted, the network dropped, the SQLite file was moved or
// replaced) is noticed, dropped and retried with back-off; once back, the feed reads the
// change log from where it was, so no change written meanwhile is missed, and each is passed
// on once.
class ChangeFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeFeed)

public:
    enum class State { Live, Reconnecting };
    Q_ENUM(State)

    // Opens a connection of its own, so listening never waits behind the app's queries.
    explicit ChangeFeed(const DatabaseUrl &url, QObject *parent = nullptr);
    ~ChangeFeed() override;

    // Starts from the newest change now in the log. Throws StorageError when the first
    // connection fails; later losses are retried without end.
    void start();
    bool isRunning() const { return m_running; }
    State state() const { return m_state; }
    // SQLite only: how often the change counter is read (default 250 ms).
    void setPollInterval(int milliseconds) { m_poll.setInterval(milliseconds); }
    // PostgreSQL only: how often the server is asked whether it is there (default 1000 ms);
    // four intervals without an answer count as a lost connection.
    void setLivenessInterval(int milliseconds) { m_liveness.setInterval(milliseconds); }
    // The first retry after a loss, doubling up to `maxMilliseconds` (default 250 ms to 5 s).
    void setReconnectDelays(int firstMilliseconds, int maxMilliseconds);

signals:
    // One change written by any client, this one included: in log order on SQLite and when
    // catching up, in commit order as PostgreSQL notifies.
    void changed(const hourglass::Change &change);
    // Reconnecting: the connection was lost (detail says how) and the feed is retrying. Live:
    // back, and caught up with what was written meanwhile (detail empty).
    void stateChanged(hourglass::ChangeFeed::State state, const QString &detail);
    // A reconnection attempt failed, said once per distinct reason; the feed keeps trying.
    void failed(const QString &message);

private:
    void connectToDatabase();
    void listen();
    void catchUp(qint64 latest);
    void lose(const QString &detail);
    void retry();
    void poll();
    void checkAlive();
    void readSocket();
    void deliver(const Change &change);
    bool fileReplaced() const;

    DatabaseUrl m_url;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<QSocketNotifier> m_socket;
    QTimer m_poll;
    QTimer m_liveness;
    QTimer m_retry;
    QElapsedTimer m_pingSent;
    bool m_pingPending = false;
    bool m_running = false;
    State m_state = State::Live;
    int m_firstDelay = 250;
    int m_maxDelay = 5000;
    int m_delay = 250;
    QString m_lastFailure;
    QString m_notice;
    qint64 m_startId = 0;
    qint64 m_lastId = 0;
    // Ids passed on near the newest: PostgreSQL may notify out of id order, and a catch-up
    // may read a change whose notification also arrives.
    std::set<qint64> m_seen;
    // Which file the SQLite connection has open, to notice it being moved or replaced.
    quint64 m_fileDevice = 0;
    quint64 m_fileInode = 0;

    static void noticeReceived(void *feed, const char *message);
};

} // namespace hourglass

Q_DECLARE_METATYPE(hourglass::Change)
