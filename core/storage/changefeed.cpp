// Follows what every client writes: PostgreSQL notifications, or a change-log poll on SQLite.
#include "storage/changefeed.h"

#include "storage/database.h"
#include "storage/storageerror.h"

#include <QSqlDriver>
#include <QVariant>

namespace hourglass {

ChangeFeed::ChangeFeed(const DatabaseUrl &url, QObject *parent)
    : QObject(parent)
    , m_url(url)
{
    m_poll.setInterval(250);
    connect(&m_poll, &QTimer::timeout, this, &ChangeFeed::poll);
}

ChangeFeed::~ChangeFeed() = default;

void ChangeFeed::start()
{
    m_database = Database::open(m_url);
    m_lastId = ChangeLog::latestId(*m_database);
    if (m_url.isSqlite()) {
        m_poll.start();
        return;
    }
    QSqlDriver *driver = m_database->connection().driver();
    connect(driver,
            qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(
                &QSqlDriver::notification),
            this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                onNotification(name, payload);
            });
    if (!driver->subscribeToNotification(QString::fromLatin1(ChangeLog::channel)))
        throw StorageError(m_database->describeError(QStringLiteral("cannot listen for changes"),
                                                     driver->lastError()));
}

bool ChangeFeed::isRunning() const
{
    return m_database != nullptr;
}

void ChangeFeed::poll()
{
    try {
        // The newest id alone is cheap; rows are read only when something changed.
        if (ChangeLog::latestId(*m_database) == m_lastId)
            return;
        for (const Change &change : ChangeLog::since(*m_database, m_lastId)) {
            m_lastId = change.id;
            emit changed(change);
        }
    } catch (const StorageError &error) {
        emit failed(error.message());
    }
}

void ChangeFeed::onNotification(const QString &name, const QVariant &payload)
{
    if (name != QLatin1String(ChangeLog::channel))
        return;
    // Concurrent transactions may commit, and so notify, out of id order: every notification
    // is passed on, each once.
    const auto change = ChangeLog::fromNotification(payload.toString());
    if (!change || m_seen.contains(change->id))
        return;
    m_seen.insert(change->id);
    if (m_seen.size() > 10000)
        m_seen.clear();
    m_lastId = std::max(m_lastId, change->id);
    emit changed(*change);
}

} // namespace hourglass
