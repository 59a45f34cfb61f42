// The person at the keyboard and their connection: the database, whether it answers, reconnects
// with back-off, and who the server says they are.
#include "storage/session.h"

#include "io/inputerror.h"
#include "io/textcheck.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::Session)
};

} // namespace

Session::Session(const DatabaseUrl &url, const Clock &clock, const QString &profile, QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_clock(clock)
    , m_databaseClock(clock)
    , m_profile(profile)
{
    if (!url.isSqlite() && !profile.isEmpty())
        throw StorageError(Tr::tr("%1: a profile (--user) applies to a SQLite database only; on "
                                  "PostgreSQL you are the login you connect as")
                               .arg(url.toString()));
    // A profile becomes a login that every write records and every view shows.
    if (const QString problem = TextCheck::problem(profile, TextCheck::Lines::One);
        !problem.isEmpty())
        throw InputError(QString(), QStringLiteral("profile"), problem);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &Session::retry);
}

Session::~Session()
{
    // A probe still asking is bounded by the connection timeout; its answer goes nowhere.
    if (m_probe)
        m_probe->wait();
}

void Session::retry()
{
    if (m_probe)
        return;
    // Connecting to a server that is away can take the whole connection timeout: that wait
    // happens on a thread of its own, with a connection of its own.
    m_probe = QThread::create([this, url = m_url] {
        bool answered = true;
        try {
            Database::probe(url);
        } catch (const std::exception &) {
            answered = false;
        }
        QMetaObject::invokeMethod(
            this, [this, answered] { probed(answered); }, Qt::QueuedConnection);
    });
    connect(m_probe, &QThread::finished, m_probe, &QObject::deleteLater);
    m_probe->start();
}

void Session::probed(bool answered)
{
    m_probe = nullptr;
    if (m_state == State::Online)
        return;
    if (answered && reconnect())
        return;
    m_delay = std::min(m_delay * 2, 30000);
    m_retry.start(m_delay);
}

QString Session::defaultProfile()
{
    // An empty USER is no login: it would record changes under an empty name.
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("agent") : user;
}

void Session::start(std::unique_ptr<Database> opened)
{
    m_owned = opened ? std::move(opened) : Database::open(m_url);
    start(*m_owned);
}

void Session::start(Database &borrowed)
{
    m_database = &borrowed;
    m_database->setClock(m_clock);
    signIn();
    m_state = State::Online;
    emit stateChanged(m_state, QString());
}

void Session::signIn()
{
    Database &db = *m_database;
    if (db.isPostgres()) {
        // Who the server says this is; an unknown login is refused, never made an agent.
        const QString login = db.serverLogin();
        if (!db.userId(login))
            throw StorageError(Tr::tr("%1: the login \"%2\" is not a Hourglass user; ask an "
                                      "administrator to add it")
                                   .arg(m_url.toString(), login));
        m_login = login;
    } else {
        // A single-user file: the chosen profile, created the first time it writes.
        m_login = m_profile.isEmpty() ? defaultProfile() : m_profile;
    }
    db.setActor(m_login);
    if (db.isPostgres()) {
        // How far this machine's clock is from the server's, halfway through a round trip.
        const qint64 before = m_clock.nowMilliseconds();
        QSqlQuery now(db.connection());
        if (now.exec(QLatin1String("SELECT ") + db.nowMilliseconds()) && now.next()) {
            const qint64 after = m_clock.nowMilliseconds();
            m_databaseClock.setOffsetMilliseconds(now.value(0).toLongLong() - (before + after) / 2);
        }
    }
    m_displayName = m_login;
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT display_name FROM users WHERE login = ?"));
    query.addBindValue(m_login);
    if (query.exec() && query.next() && !query.value(0).toString().isEmpty())
        m_displayName = query.value(0).toString();
}

void Session::goOffline(const QString &reason)
{
    if (m_state == State::Offline)
        return;
    m_database = nullptr;
    m_owned.reset();
    m_state = State::Offline;
    emit stateChanged(m_state, reason);
    m_delay = m_firstDelay;
    m_retry.start(m_delay);
}

bool Session::reconnect()
{
    if (m_state == State::Online)
        return true;
    try {
        m_owned = Database::open(m_url);
        m_database = m_owned.get();
        m_database->setClock(m_clock);
        signIn();
    } catch (const StorageError &) {
        m_database = nullptr;
        m_owned.reset();
        return false;
    }
    m_state = State::Online;
    m_retry.stop();
    emit stateChanged(m_state, QString());
    emit reconnected();
    return m_state == State::Online;
}

} // namespace hourglass
