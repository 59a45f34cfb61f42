// Commands made while the database is unreachable, kept in a local file until they are replayed.
#include "storage/offlinejournal.h"

#include "io/inputerror.h"
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
    return {{QStringLiteral("service"), entry.service},
            {QStringLiteral("command"), entry.command},
            {QStringLiteral("actor"), entry.actor},
            {QStringLiteral("recorded_ms"), entry.recordedAtMs}};
}

namespace {

// A line an earlier build wrote, when the journal held ticket edits only: the same edit as the
// ticket service's command.
QJsonObject legacyTicketCommand(const QJsonObject &object)
{
    const QString operation = object.value(QStringLiteral("operation")).toString();
    QJsonObject command{{QStringLiteral("ticket"), object.value(QStringLiteral("ticket"))},
                        {QStringLiteral("version"),
                         object.value(QStringLiteral("version")).toInt()}};
    if (operation == QLatin1String("event")) {
        command.insert(QStringLiteral("action"), QStringLiteral("append"));
        command.insert(QStringLiteral("event"),
                       QJsonObject{{QStringLiteral("at"), object.value(QStringLiteral("at"))},
                                   {QStringLiteral("kind"), object.value(QStringLiteral("kind"))},
                                   {QStringLiteral("details"),
                                    object.value(QStringLiteral("details"))}});
        return command;
    }
    if (operation == QLatin1String("update-with-event")) {
        if (!object.value(QStringLiteral("event")).isObject())
            return {}; // damaged: the event that went with the edit is missing
        // The one edit that went with an event: a response that opened a new ticket.
        command.insert(QStringLiteral("action"), QStringLiteral("respond"));
        return command;
    }
    if (operation != QLatin1String("update"))
        return {};
    QJsonObject change;
    for (const char *field : {"title", "severity", "tier", "status", "assignee"}) {
        const QString name = QString::fromLatin1(field);
        if (object.contains(name))
            change.insert(name, object.value(name));
    }
    command.insert(QStringLiteral("action"), QStringLiteral("edit"));
    command.insert(QStringLiteral("change"), change);
    return command;
}

} // namespace

JournalEntry OfflineJournal::fromJson(const QString &file, qsizetype line, const QJsonObject &object)
{
    JournalEntry entry;
    entry.actor = object.value(QStringLiteral("actor")).toString();
    entry.recordedAtMs = object.value(QStringLiteral("recorded_ms")).toInteger();
    if (object.contains(QStringLiteral("operation"))) {
        entry.service = QStringLiteral("tickets");
        entry.command = legacyTicketCommand(object);
    } else {
        entry.service = object.value(QStringLiteral("service")).toString();
        entry.command = object.value(QStringLiteral("command")).toObject();
    }
    if (entry.service.isEmpty() || entry.command.isEmpty())
        throw InputError(file,
                         Tr::tr("line %1").arg(line),
                         Tr::tr("a damaged journal entry; the file was left as it is"));
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
