// Edits made while the database is unreachable, kept in a local file until they are replayed.
#include "storage/offlinejournal.h"

#include "io/inputerror.h"
#include "io/jsonreader.h"
#include "io/ticketfile.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <unistd.h>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::OfflineJournal)
};

QJsonObject eventJson(const TicketEvent &event)
{
    return {{QStringLiteral("at"), formatInstant(event.at)},
            {QStringLiteral("kind"), TicketEvent::key(event.kind)},
            {QStringLiteral("details"), TicketFile::eventDetails(event)}};
}

} // namespace

OfflineJournal::OfflineJournal(const QString &path)
    : m_path(path)
{
    QFile file(path);
    if (!file.exists())
        return;
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(path, QString(), Tr::tr("cannot be read: %1").arg(file.errorString()));
    qsizetype line = 0;
    while (!file.atEnd()) {
        const QByteArray text = file.readLine().trimmed();
        ++line;
        if (text.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            throw InputError(path,
                             Tr::tr("line %1").arg(line),
                             Tr::tr("a damaged journal entry; the file was left as it is"));
        m_entries.append(fromJson(path, line, document.object()));
    }
}

QJsonObject OfflineJournal::toJson(const JournalEntry &entry)
{
    QJsonObject object{{QStringLiteral("ticket"), entry.ticketId},
                       {QStringLiteral("actor"), entry.actor},
                       {QStringLiteral("recorded_ms"), entry.recordedAtMs}};
    if (entry.operation == JournalEntry::Operation::Update) {
        // An update with its event has a name of its own: a build that knows only "update"
        // refuses the line whole rather than save the change without its event.
        object.insert(QStringLiteral("operation"),
                      entry.withEvent ? QStringLiteral("update-with-event")
                                      : QStringLiteral("update"));
        object.insert(QStringLiteral("version"), entry.expectedVersion);
        const TicketChange &c = entry.change;
        if (c.title)
            object.insert(QStringLiteral("title"), *c.title);
        if (c.severity)
            object.insert(QStringLiteral("severity"), *c.severity);
        if (c.tier)
            object.insert(QStringLiteral("tier"), *c.tier);
        if (c.status)
            object.insert(QStringLiteral("status"), *c.status);
        if (c.assignee)
            object.insert(QStringLiteral("assignee"), *c.assignee);
        if (entry.withEvent)
            object.insert(QStringLiteral("event"), eventJson(entry.event));
    } else {
        object.insert(QStringLiteral("operation"), QStringLiteral("event"));
        const QJsonObject event = eventJson(entry.event);
        for (auto it = event.begin(); it != event.end(); ++it)
            object.insert(it.key(), it.value());
    }
    return object;
}

JournalEntry OfflineJournal::fromJson(const QString &file, qsizetype line, const QJsonObject &object)
{
    const auto damaged = [&] {
        return InputError(file,
                          Tr::tr("line %1").arg(line),
                          Tr::tr("a damaged journal entry; the file was left as it is"));
    };
    // An event's time, kind and details, on their own or inside an update.
    const auto readEvent = [&](const QJsonObject &from, TicketEvent &event, bool nested) {
        const auto at = parseInstant(from.value(QStringLiteral("at")).toString());
        const auto kind = TicketEvent::kindFromKey(from.value(QStringLiteral("kind")).toString());
        if (!at || !kind)
            throw damaged();
        event.at = *at;
        event.kind = *kind;
        JsonReader details(file,
                           Tr::tr("line %1").arg(line)
                               + (nested ? QStringLiteral(" event") : QString()),
                           from.value(QStringLiteral("details")).toObject());
        TicketFile::readEventDetails(details, event);
    };
    JournalEntry entry;
    entry.ticketId = object.value(QStringLiteral("ticket")).toInteger();
    entry.actor = object.value(QStringLiteral("actor")).toString();
    entry.recordedAtMs = object.value(QStringLiteral("recorded_ms")).toInteger();
    const QString operation = object.value(QStringLiteral("operation")).toString();
    if (entry.ticketId <= 0)
        throw damaged();
    const bool withEvent = operation == QLatin1String("update-with-event");
    if (operation == QLatin1String("update") || withEvent) {
        entry.operation = JournalEntry::Operation::Update;
        entry.expectedVersion = object.value(QStringLiteral("version")).toInt();
        const auto field = [&](const char *key, std::optional<QString> &target) {
            const QString name = QString::fromLatin1(key);
            if (object.contains(name))
                target = object.value(name).toString();
        };
        field("title", entry.change.title);
        field("severity", entry.change.severity);
        field("tier", entry.change.tier);
        field("status", entry.change.status);
        field("assignee", entry.change.assignee);
        if (withEvent) {
            if (!object.value(QStringLiteral("event")).isObject())
                throw damaged();
            entry.withEvent = true;
            readEvent(object.value(QStringLiteral("event")).toObject(), entry.event, true);
        }
    } else if (operation == QLatin1String("event")) {
        entry.operation = JournalEntry::Operation::Event;
        readEvent(object, entry.event, false);
    } else {
        throw damaged();
    }
    return entry;
}

void OfflineJournal::append(const JournalEntry &entry)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        throw StorageError(
            Tr::tr("%1: cannot record the edit offline: %2").arg(m_path, file.errorString()));
    const QByteArray line = QJsonDocument(toJson(entry)).toJson(QJsonDocument::Compact) + '\n';
    if (file.write(line) != line.size() || !file.flush())
        throw StorageError(
            Tr::tr("%1: cannot record the edit offline: %2").arg(m_path, file.errorString()));
    // On disk before the user is told the edit is kept.
    ::fsync(file.handle());
    m_entries.append(entry);
}

void OfflineJournal::removeFirst()
{
    if (m_entries.isEmpty())
        return;
    m_entries.removeFirst();
    rewrite();
}

void OfflineJournal::rewrite()
{
    if (m_entries.isEmpty()) {
        QFile::remove(m_path);
        return;
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        throw StorageError(
            Tr::tr("%1: cannot rewrite the journal: %2").arg(m_path, file.errorString()));
    for (const JournalEntry &entry : m_entries)
        file.write(QJsonDocument(toJson(entry)).toJson(QJsonDocument::Compact) + '\n');
    if (!file.commit())
        throw StorageError(
            Tr::tr("%1: cannot rewrite the journal: %2").arg(m_path, file.errorString()));
}

} // namespace hourglass
