// Follows what every client writes: PostgreSQL notifications, or a change-log poll on SQLite.
#pragma once

#include "storage/changelog.h"
#include "storage/databaseurl.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

namespace hourglass {

class Database;

class ChangeFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeFeed)

public:
    // Opens a connection of its own, so listening never waits behind the app's queries.
    explicit ChangeFeed(const DatabaseUrl &url, QObject *parent = nullptr);
    ~ChangeFeed() override;

    // Starts from the newest change now in the log. Throws StorageError.
    void start();
    bool isRunning() const;
    // SQLite only: how often the change counter is read (default 250 ms).
    void setPollInterval(int milliseconds) { m_poll.setInterval(milliseconds); }

signals:
    // One change written by any client, this one included, in log order.
    void changed(const hourglass::Change &change);
    void failed(const QString &message);

private:
    void poll();
    void onNotification(const QString &name, const QVariant &payload);

    DatabaseUrl m_url;
    std::unique_ptr<Database> m_database;
    QTimer m_poll;
    qint64 m_lastId = 0;
    QSet<qint64> m_seen;
};

} // namespace hourglass

Q_DECLARE_METATYPE(hourglass::Change)
