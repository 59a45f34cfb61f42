// The person at the keyboard and their connection: the database, whether it answers, reconnects
// with back-off, and who the server says they are.
#pragma once

#include "storage/databaseurl.h"
#include "time/clock.h"

#include <QObject>
#include <QThread>
#include <QTimer>

#include <memory>

namespace hourglass {

class Database;

class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    enum class State { Online, Offline };
    Q_ENUM(State)

    // `profile` is who works on a SQLite database (the login chosen in Settings, or --user);
    // empty means the operating-system user. On PostgreSQL it must be empty: the server's
    // session_user is who the person is.
    Session(const DatabaseUrl &url,
            const Clock &clock,
            const QString &profile = QString(),
            QObject *parent = nullptr);
    ~Session() override;

    // Hands over a database already open (the composition root opened it to migrate or seed),
    // or opens one. Throws StorageError when it cannot be reached or the login is unknown.
    void start(std::unique_ptr<Database> opened = nullptr);
    // The same on a database someone else keeps open (tests, tools); a reconnection opens one
    // of its own.
    void start(Database &borrowed);

    State state() const { return m_state; }
    bool isOnline() const { return m_state == State::Online; }
    const DatabaseUrl &url() const { return m_url; }
    const Clock &clock() const { return m_clock; }
    // "Now" as the database stamps it: the server's clock on PostgreSQL (this machine's clock
    // corrected by the offset measured at each sign-in), the session's clock on SQLite. What
    // the views count down against, so a console whose clock is off still shows deadlines right.
    const Clock &databaseClock() const { return m_databaseClock; }
    // Null while offline.
    Database *database() { return m_database; }
    // The login of the person at the keyboard, and the name people read.
    QString login() const { return m_login; }
    QString displayName() const { return m_displayName; }

    // The connection dropped under a write or a read: offline, retrying on a timer.
    void goOffline(const QString &reason);
    // One reconnection attempt now, on this thread (the timer makes them with back-off on its
    // own, and first asks from another thread whether the server answers at all, so a server
    // that is away never freezes the window).
    bool reconnect();
    // First retry delay; doubles to 30 s. Tests shorten it.
    void setRetryDelay(int milliseconds) { m_firstDelay = m_delay = milliseconds; }

    // The login a SQLite profile falls back to: the operating-system user.
    static QString defaultProfile();

signals:
    void stateChanged(hourglass::Session::State state, const QString &detail);
    // Online again after being offline: what waited for the database can go now.
    void reconnected();

private:
    void signIn();
    void retry();
    void probed(bool answered);

    DatabaseUrl m_url;
    const Clock &m_clock;
    OffsetClock m_databaseClock;
    QString m_profile;
    QString m_login;
    QString m_displayName;
    std::unique_ptr<Database> m_owned;
    Database *m_database = nullptr; // m_owned, or borrowed
    State m_state = State::Offline;
    QTimer m_retry;
    QThread *m_probe = nullptr; // asking whether the server answers, off this thread
    int m_firstDelay = 1000;
    int m_delay = 1000;
};

} // namespace hourglass
