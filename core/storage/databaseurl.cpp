// Where the data lives: "sqlite:PATH" or "postgresql://user@host:port/db?sslmode=...".
#include "storage/databaseurl.h"

#include "io/inputerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::DatabaseUrl)
};

// libpq keywords that make sense in a URL; a password is deliberately not one of them.
const QStringList allowedOptions = {
    QStringLiteral("sslmode"),
    QStringLiteral("sslrootcert"),
    QStringLiteral("sslcert"),
    QStringLiteral("sslkey"),
    QStringLiteral("connect_timeout"),
    QStringLiteral("application_name"),
    QStringLiteral("passfile"),
};

// libpq keywords that would name another server, database or login than the URL's own parts
// (the ones reported everywhere), or bring them in from a service file.
const QStringList urlPartOptions = {
    QStringLiteral("host"),
    QStringLiteral("hostaddr"),
    QStringLiteral("port"),
    QStringLiteral("dbname"),
    QStringLiteral("user"),
    QStringLiteral("service"),
};

// `message` as it may be shown for the URL `text`: any password in the URL replaced, wherever
// the message quotes it (QUrl's own errors quote the user info, for one).
QString shown(const QString &text, QString message)
{
    static const QRegularExpression userPassword(QStringLiteral("//[^/?#@:]*:([^/?#]*)@"));
    static const QRegularExpression passwordOption(QStringLiteral("[?&]password=([^&#]*)"),
                                                   QRegularExpression::CaseInsensitiveOption);
    for (const QRegularExpression *pattern : {&userPassword, &passwordOption}) {
        const QString password = pattern->match(text).captured(1);
        if (!password.isEmpty())
            message.replace(password, QLatin1String("***"));
    }
    return message;
}

// Quoted back at most a short excerpt long: a URL can be given as a megabyte of text.
QString shown(const QString &text)
{
    return InputError::excerpt(shown(text, text), 120);
}

// A value as libpq reads it in a conninfo string: single quotes, with \ and ' escaped.
QString quoted(QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

[[noreturn]] void refuse(const QString &problem)
{
    throw InputError(QString(), QStringLiteral("--database"), problem);
}

// A host, a database, a login or a path with a control character in it (a NUL, a line break)
// names nothing anybody meant, and would cut a message or a file name short.
void refuseControls(const QString &part, const QString &what)
{
    for (const QChar c : part)
        if (c.category() == QChar::Other_Control)
            refuse(Tr::tr("the %1 holds a control character (U+%2)")
                       .arg(what)
                       .arg(QString::number(c.unicode(), 16)
                                .toUpper()
                                .rightJustified(4, QLatin1Char('0'))));
}

// Values libpq would refuse only once it connects, with an error that reads like an outage.
void checkOptionValue(const QString &key, const QString &value)
{
    static const QStringList sslModes = {QStringLiteral("disable"),
                                         QStringLiteral("allow"),
                                         QStringLiteral("prefer"),
                                         QStringLiteral("require"),
                                         QStringLiteral("verify-ca"),
                                         QStringLiteral("verify-full")};
    if (key == QLatin1String("sslmode") && !sslModes.contains(value))
        refuse(Tr::tr("sslmode \"%1\" is not one of %2")
                   .arg(InputError::excerpt(value), sslModes.join(QLatin1String(", "))));
    if (key == QLatin1String("connect_timeout")) {
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,4}$"));
        const int seconds = digits.match(value).hasMatch() ? value.toInt() : 0;
        if (seconds < 1 || seconds > 3600)
            refuse(Tr::tr("connect_timeout \"%1\" is not a number of seconds from 1 to 3600")
                       .arg(InputError::excerpt(value)));
    }
}

QString expected()
{
    return Tr::tr("expected sqlite:PATH or postgresql://user@host:port/database");
}

} // namespace

DatabaseUrl DatabaseUrl::sqliteFile(const QString &path)
{
    DatabaseUrl url;
    url.m_engine = Engine::Sqlite;
    url.m_path = path;
    return url;
}

DatabaseUrl DatabaseUrl::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        refuse(Tr::tr("empty database URL; %1").arg(expected()));

    if (trimmed.startsWith(QLatin1String("sqlite:"))) {
        QString path = trimmed.mid(7);
        // A plain path: SQLite's own URI parameters (mode=, immutable=, vfs=) would open
        // something else than the file named, and a query string is easily mistaken for one.
        if (path.contains(QLatin1Char('?')))
            refuse(Tr::tr("\"%1\": a SQLite URL is a plain path and takes no options (\"?\")")
                       .arg(InputError::excerpt(trimmed, 120)));
        if (path.startsWith(QLatin1String("//"))) {
            const QUrl url(trimmed);
            if (!url.host().isEmpty())
                refuse(Tr::tr("\"%1\" names a host; write sqlite:/PATH or sqlite:///PATH")
                           .arg(InputError::excerpt(trimmed, 120)));
            if (url.hasFragment())
                refuse(Tr::tr("\"%1\": a SQLite URL is a plain path and takes no \"#\"")
                           .arg(InputError::excerpt(trimmed, 120)));
            path = url.path();
        }
        refuseControls(path, Tr::tr("file name"));
        // Longer than any path the system opens (PATH_MAX): refused before it fills messages.
        if (path.size() > 4096)
            refuse(Tr::tr("the file name is %1 characters long; no path is longer than 4096")
                       .arg(path.size()));
        if (path.isEmpty())
            refuse(Tr::tr("\"%1\" names no file; write sqlite:PATH")
                       .arg(InputError::excerpt(trimmed, 120)));
        // As a shell would: ~/ is the home folder. Another user's ~name is not guessed at.
        if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
            path = QDir::homePath() + path.mid(1);
        else if (path.startsWith(QLatin1Char('~')))
            refuse(Tr::tr("\"%1\": only ~/ (your home folder) is expanded; write the full path")
                       .arg(InputError::excerpt(trimmed, 120)));
        return sqliteFile(path);
    }

    const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
    const QString scheme = colon > 0 ? trimmed.left(colon) : QString();
    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres")) {
        if (scheme.isEmpty())
            refuse(Tr::tr("\"%1\" has no scheme; %2").arg(shown(trimmed), expected()));
        refuse(Tr::tr("unsupported scheme \"%1\"; %2").arg(InputError::excerpt(scheme), expected()));
    }

    // The port is checked by hand first: QUrl's own message for it is long and cryptic.
    const qsizetype authorityStart = trimmed.indexOf(QLatin1String("://"));
    if (authorityStart > 0) {
        QString authority = trimmed.mid(authorityStart + 3);
        authority = authority.left(authority.indexOf(QRegularExpression(QStringLiteral("[/?#]"))));
        authority = authority.mid(authority.lastIndexOf(QLatin1Char('@')) + 1);
        const qsizetype portColon = authority.lastIndexOf(QLatin1Char(':'));
        if (portColon >= 0 && portColon > authority.lastIndexOf(QLatin1Char(']'))) {
            const QString portText = authority.mid(portColon + 1);
            bool ok = false;
            const int port = portText.toInt(&ok);
            if (!ok || port < 1 || port > 65535)
                refuse(Tr::tr("port \"%1\" is not a number from 1 to 65535")
                           .arg(InputError::excerpt(portText)));
        }
    }

    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        refuse(
            Tr::tr("malformed URL \"%1\": %2")
                .arg(shown(trimmed), InputError::excerpt(shown(trimmed, url.errorString()), 120)));
    // "user:@host" is a password too, an empty one.
    if (!url.password().isEmpty() || url.userInfo().contains(QLatin1Char(':')))
        refuse(Tr::tr("a password in the URL is not accepted; use PGPASSWORD or ~/.pgpass"));
    if (url.userInfo().isEmpty() && url.authority().startsWith(QLatin1Char('@')))
        refuse(Tr::tr("\"%1\" names an empty user; leave out the \"@\" to connect as yourself")
                   .arg(shown(trimmed)));

    DatabaseUrl result;
    result.m_engine = Engine::Postgres;
    result.m_host = url.host();
    if (result.m_host.isEmpty())
        refuse(Tr::tr("\"%1\" names no host").arg(shown(trimmed)));
    result.m_port = url.port(5432);
    result.m_user = url.userName();
    result.m_database = url.path().mid(1);
    if (result.m_database.isEmpty() || result.m_database.contains(QLatin1Char('/')))
        refuse(Tr::tr("\"%1\" names no database; write postgresql://user@host:port/database")
                   .arg(shown(trimmed)));
    refuseControls(result.m_host, Tr::tr("host"));
    refuseControls(result.m_user, Tr::tr("user"));
    refuseControls(result.m_database, Tr::tr("database name"));
    // Qt's driver turns a ";" into a space between options before libpq reads them.
    for (const auto &[part, what] : {std::pair{result.m_user, Tr::tr("user")},
                                     std::pair{result.m_database, Tr::tr("database name")}})
        if (part.contains(QLatin1Char(';')))
            refuse(Tr::tr("the %1 holds a \";\", which cannot be passed to PostgreSQL").arg(what));

    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("password"))
            refuse(Tr::tr("a password in the URL is not accepted; use PGPASSWORD or ~/.pgpass"));
        if (urlPartOptions.contains(key))
            refuse(Tr::tr("option \"%1\" is not accepted: the host, port, database and user are "
                          "the URL's own parts")
                       .arg(InputError::excerpt(key)));
        if (!allowedOptions.contains(key))
            refuse(Tr::tr("unknown option \"%1\" (known: %2)")
                       .arg(InputError::excerpt(key), allowedOptions.join(QLatin1String(", "))));
        // Qt's driver turns every ";" of the options into a space before libpq reads them, and
        // a control character has no business in any of them.
        for (const QChar c : value)
            if (c == QLatin1Char(';') || c.category() == QChar::Other_Control)
                refuse(Tr::tr("option \"%1\" holds a \";\" or a control character, which "
                              "cannot be passed to PostgreSQL")
                           .arg(InputError::excerpt(key)));
        checkOptionValue(key, value);
        result.m_options.insert(key, value);
    }
    return result;
}

QString DatabaseUrl::toString() const
{
    if (m_engine == Engine::Sqlite)
        return QLatin1String("sqlite:") + m_path;
    QString text = QStringLiteral("postgresql://");
    if (!m_user.isEmpty())
        text += m_user + QLatin1Char('@');
    text += m_host + QLatin1Char(':') + QString::number(m_port) + QLatin1Char('/') + m_database;
    QStringList query;
    for (auto it = m_options.begin(); it != m_options.end(); ++it)
        query.append(it.key() + QLatin1Char('=')
                     + QString::fromLatin1(QUrl::toPercentEncoding(it.value(), "/:")));
    if (!query.isEmpty())
        text += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return text;
}

QString DatabaseUrl::driverName() const
{
    return m_engine == Engine::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}

QString DatabaseUrl::connectOptions() const
{
    if (m_engine == Engine::Sqlite)
        return QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    QMap<QString, QString> options = m_options;
    // libpq waits for an unanswered connection as long as the operating system does (minutes):
    // a console that cannot reach its server should say so within seconds.
    if (!options.contains(QStringLiteral("connect_timeout")))
        options.insert(QStringLiteral("connect_timeout"), QString::number(defaultConnectTimeout));
    // A server that vanished without closing the connection (a dropped network, a suspended
    // laptop) is noticed by TCP keepalives within about 15 s rather than hours; the change
    // feed, which only listens, learns of it this way.
    options.insert(QStringLiteral("keepalives"), QStringLiteral("1"));
    options.insert(QStringLiteral("keepalives_idle"), QStringLiteral("10"));
    options.insert(QStringLiteral("keepalives_interval"), QStringLiteral("2"));
    options.insert(QStringLiteral("keepalives_count"), QStringLiteral("3"));
    // What a connection string leaves unset, libpq takes from PGHOSTADDR, PGOPTIONS and a
    // service file (PGSERVICE): an address to dial instead of the host, or a search_path that
    // reads other tables. Said empty here, they stay empty; host, port and database are
    // always given, so a service file cannot replace those either.
    options.insert(QStringLiteral("hostaddr"), QString());
    // The server's notices (a search of words the language leaves out, say) would reach
    // stderr through libpq; warnings and errors still do.
    options.insert(QStringLiteral("options"), QStringLiteral("-c client_min_messages=warning"));
    // Qt's driver appends these to the host, dbname, user and port it quoted itself: a value
    // left bare would end at its first space, and what follows would be read as more options.
    QStringList parts;
    for (auto it = options.begin(); it != options.end(); ++it)
        parts.append(it.key() + QLatin1Char('=') + quoted(it.value()));
    return parts.join(QLatin1Char(';'));
}

} // namespace hourglass
