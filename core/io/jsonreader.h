// Strict reading of one JSON object: typed fields, JSON paths in errors, unknown keys refused.
#pragma once

#include "time/instant.h"

#include "io/inputerror.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace hourglass {

// Every accessor records the key as known; finish() then refuses whatever key was not asked
// for, so a typo ("severty") is an error instead of a silently ignored field.
class JsonReader
{
public:
    JsonReader(const QString &file, const QString &path, const QJsonObject &object);

    // Parses a whole document whose top level must be an object.
    static JsonReader fromDocument(const QString &file, const QByteArray &bytes);
    // The bytes of a file on disk or in Qt resources (":/..."); InputError when unreadable.
    static QByteArray readFile(const QString &file);

    QString path() const { return m_path; }
    QString file() const { return m_file; }
    QString pathOf(const QString &key) const;
    bool has(const QString &key) const;

    QString requireString(const QString &key);
    std::optional<QString> optionalString(const QString &key);
    qint64 requireInteger(const QString &key);
    // An ISO 8601 instant with a zone ("2026-03-09T13:30:00Z").
    Instant requireInstant(const QString &key);
    std::optional<qint64> optionalInteger(const QString &key);
    std::optional<double> optionalNumber(const QString &key);
    std::optional<bool> optionalBool(const QString &key);
    QJsonArray requireArray(const QString &key);
    QJsonArray optionalArray(const QString &key);
    JsonReader requireObject(const QString &key);
    std::optional<JsonReader> optionalObject(const QString &key);
    QJsonValue requireValue(const QString &key);

    // A reader over element i of an array that must hold objects.
    JsonReader objectAt(const QJsonArray &array, const QString &key, qsizetype index) const;
    QString stringAt(const QJsonArray &array, const QString &key, qsizetype index) const;

    // Keys of the object, for maps ("calendars": {"name": ...}).
    QStringList keys();

    // Reads "format" and refuses any value but `tag` (optional: a missing field is accepted).
    void requireFormat(const char *tag, bool optional = false);

    void finish() const;
    [[noreturn]] void fail(const QString &key, const QString &problem) const;

private:
    QJsonValue take(const QString &key);
    // Refuses control characters (a NUL, an escape) in a string value.
    void checkText(const QString &key, const QString &text) const;
    void see(const QString &key);

    QString m_file;
    QString m_path;
    QJsonObject m_object;
    // The keys read, a handful per object: a list, as a hash set per object of a large array
    // cost a third of reading a calendar file with 200 000 holidays.
    std::vector<QString> m_seen;
    bool m_allSeen = false; // keys() was called
};

} // namespace hourglass
