// Strict reading of one JSON object: typed fields, JSON paths in errors, unknown keys refused.
#include "io/jsonreader.h"

#include "io/filereading.h"
#include "io/textcheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <vector>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::JsonReader)
};

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return Tr::tr("null", "JSON value");
    case QJsonValue::Bool:
        return Tr::tr("a boolean", "JSON value");
    case QJsonValue::Double:
        return Tr::tr("a number", "JSON value");
    case QJsonValue::String:
        return Tr::tr("a string", "JSON value");
    case QJsonValue::Array:
        return Tr::tr("an array", "JSON value");
    case QJsonValue::Object:
        return Tr::tr("an object", "JSON value");
    case QJsonValue::Undefined:
        break;
    }
    return Tr::tr("nothing", "JSON value");
}

// JSON can carry any code point as an escape ("\u0000", "\u001b", a lone "\ud800"): a NUL
// would truncate a value in C strings and in PostgreSQL, an escape sequence would reach a
// terminal. Strings follow the one rule for text people read, line breaks allowed.
QString textProblem(const QString &text)
{
    return TextCheck::problem(text, TextCheck::Lines::Many);
}

// The offset of the first byte that is not well-formed UTF-8 (RFC 3629: no overlong forms, no
// surrogates, nothing past U+10FFFF), or -1. Qt's parser would otherwise let it through as
// U+FFFD, and the file would not say what it means.
qsizetype invalidUtf8(const QByteArray &bytes)
{
    const auto byte = [&](qsizetype i) {
        return i < bytes.size() ? uchar(bytes.at(i)) : 0;
    };
    const auto continuation = [&](qsizetype i) {
        return (byte(i) & 0xc0) == 0x80;
    };
    for (qsizetype i = 0; i < bytes.size();) {
        const uchar b = byte(i);
        qsizetype length = 0;
        if (b < 0x80)
            length = 1;
        else if (b >= 0xc2 && b <= 0xdf)
            length = 2;
        else if (b >= 0xe0 && b <= 0xef)
            length = 3;
        else if (b >= 0xf0 && b <= 0xf4)
            length = 4;
        else
            return i;
        for (qsizetype k = 1; k < length; ++k) {
            if (!continuation(i + k))
                return i;
        }
        const uchar second = byte(i + 1);
        if ((b == 0xe0 && second < 0xa0) || (b == 0xed && second > 0x9f)
            || (b == 0xf0 && second < 0x90) || (b == 0xf4 && second > 0x8f))
            return i;
        i += length;
    }
    return -1;
}

// The offset of the first key that an object of the (well-formed) document repeats, or -1.
// Qt keeps the last of them silently: a policy with "id" twice would be stored under the
// second, whatever the first said.
qsizetype repeatedKey(const QByteArray &bytes)
{
    struct Frame
    {
        bool object = false;
        bool expectingKey = false;
        QSet<QString> keys;
    };
    std::vector<Frame> frames;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c == '"') {
            const qsizetype start = i;
            for (++i; i < bytes.size() && bytes.at(i) != '"'; ++i) {
                if (bytes.at(i) == '\\')
                    ++i;
            }
            if (frames.empty() || !frames.back().object || !frames.back().expectingKey)
                continue;
            frames.back().expectingKey = false;
            const QByteArray raw = bytes.mid(start, i - start + 1);
            // Escapes spell one key in several ways; the document is valid, so this parses.
            QString key = raw.contains('\\')
                              ? QJsonDocument::fromJson("[" + raw + "]").array().at(0).toString()
                              : QString::fromUtf8(raw.mid(1, raw.size() - 2));
            if (frames.back().keys.contains(key))
                return start;
            frames.back().keys.insert(std::move(key));
        } else if (c == '{' || c == '[') {
            frames.push_back({c == '{', c == '{', {}});
        } else if ((c == '}' || c == ']') && !frames.empty()) {
            frames.pop_back();
        } else if (c == ',' && !frames.empty() && frames.back().object) {
            frames.back().expectingKey = true;
        }
    }
    return -1;
}

} // namespace

JsonReader::JsonReader(const QString &file, const QString &path, const QJsonObject &object)
    : m_file(file)
    , m_path(path)
    , m_object(object)
{}

JsonReader JsonReader::fromDocument(const QString &file, const QByteArray &bytes)
{
    if (const qsizetype offset = invalidUtf8(bytes); offset >= 0) {
        const QByteArray head = bytes.left(offset);
        throw InputError(file,
                         Tr::tr("line %1, column %2")
                             .arg(head.count('\n') + 1)
                             .arg(offset - (head.lastIndexOf('\n') + 1) + 1),
                         Tr::tr("not UTF-8 text (byte 0x%1)")
                             .arg(uchar(bytes.at(offset)), 2, 16, QLatin1Char('0')));
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        // Turn the byte offset into a line and column a person can find.
        const QByteArray head = bytes.left(error.offset);
        const qsizetype line = head.count('\n') + 1;
        const qsizetype column = error.offset - (head.lastIndexOf('\n') + 1) + 1;
        throw InputError(file,
                         Tr::tr("line %1, column %2").arg(line).arg(column),
                         Tr::tr("invalid JSON: %1").arg(error.errorString()));
    }
    if (!document.isObject())
        throw InputError(file, QString(), Tr::tr("the top level must be a JSON object"));
    if (const qsizetype offset = repeatedKey(bytes); offset >= 0) {
        const QByteArray head = bytes.left(offset);
        throw InputError(file,
                         Tr::tr("line %1, column %2")
                             .arg(head.count('\n') + 1)
                             .arg(offset - (head.lastIndexOf('\n') + 1) + 1),
                         Tr::tr("this key appears twice in the same object"));
    }
    return JsonReader(file, QStringLiteral("$"), document.object());
}

QByteArray JsonReader::readFile(const QString &file)
{
    return FileReading::read(file);
}

void JsonReader::requireFormat(const char *tag, bool optional)
{
    const QString key = QStringLiteral("format");
    if (optional && !has(key)) {
        see(key);
        return;
    }
    const QString format = requireString(key);
    if (format != QLatin1String(tag))
        fail(key,
             Tr::tr("unsupported format \"%1\" (expected \"%2\")")
                 .arg(InputError::excerpt(format), QLatin1String(tag)));
}

QString JsonReader::pathOf(const QString &key) const
{
    // A key is quoted like a value: a misspelt key a megabyte long is named by its start.
    const QString shown = InputError::excerpt(key);
    return m_path.isEmpty() ? shown : m_path + QLatin1Char('.') + shown;
}

bool JsonReader::has(const QString &key) const
{
    return m_object.contains(key);
}

void JsonReader::see(const QString &key)
{
    if (std::find(m_seen.begin(), m_seen.end(), key) == m_seen.end())
        m_seen.push_back(key);
}

QJsonValue JsonReader::take(const QString &key)
{
    see(key);
    return m_object.value(key);
}

void JsonReader::checkText(const QString &key, const QString &text) const
{
    if (const QString problem = textProblem(text); !problem.isEmpty())
        fail(key, problem);
}

void JsonReader::fail(const QString &key, const QString &problem) const
{
    throw InputError(m_file, key.isEmpty() ? m_path : pathOf(key), problem);
}

QJsonValue JsonReader::requireValue(const QString &key)
{
    const QJsonValue value = take(key);
    if (value.isUndefined())
        fail(key, Tr::tr("required field is missing"));
    return value;
}

QString JsonReader::requireString(const QString &key)
{
    const QJsonValue value = requireValue(key);
    if (!value.isString())
        fail(key, Tr::tr("expected a string, found %1").arg(typeName(value)));
    if (value.toString().trimmed().isEmpty())
        fail(key, Tr::tr("must not be empty"));
    checkText(key, value.toString());
    return value.toString();
}

std::optional<QString> JsonReader::optionalString(const QString &key)
{
    if (!has(key)) {
        see(key);
        return std::nullopt;
    }
    return requireString(key);
}

qint64 JsonReader::requireInteger(const QString &key)
{
    const QJsonValue value = requireValue(key);
    const double number = value.toDouble();
    if (!value.isDouble() || std::floor(number) != number)
        fail(key, Tr::tr("expected a whole number, found %1").arg(typeName(value)));
    // A JSON number is a double: beyond 2^53 it is no longer exact, and beyond 2^63 the
    // conversion itself would be undefined. Counts never come near.
    constexpr double exact = 9007199254740992.0;
    if (number > exact || number < -exact)
        fail(key, Tr::tr("must be a whole number from -%1 to %1").arg(qint64(exact)));
    return static_cast<qint64>(number);
}

Instant JsonReader::requireInstant(const QString &key)
{
    const QString text = requireString(key);
    const auto instant = parseInstant(text);
    if (!instant)
        fail(key,
             Tr::tr("\"%1\" is not an ISO 8601 instant with a zone, such as "
                    "2026-03-09T13:30:00Z")
                 .arg(InputError::excerpt(text)));
    return *instant;
}

std::optional<qint64> JsonReader::optionalInteger(const QString &key)
{
    if (!has(key)) {
        see(key);
        return std::nullopt;
    }
    return requireInteger(key);
}

std::optional<double> JsonReader::optionalNumber(const QString &key)
{
    const QJsonValue value = take(key);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isDouble())
        fail(key, Tr::tr("expected a number, found %1").arg(typeName(value)));
    return value.toDouble();
}

std::optional<bool> JsonReader::optionalBool(const QString &key)
{
    const QJsonValue value = take(key);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isBool())
        fail(key, Tr::tr("expected true or false, found %1").arg(typeName(value)));
    return value.toBool();
}

QJsonArray JsonReader::requireArray(const QString &key)
{
    const QJsonValue value = requireValue(key);
    if (!value.isArray())
        fail(key, Tr::tr("expected an array, found %1").arg(typeName(value)));
    return value.toArray();
}

QJsonArray JsonReader::optionalArray(const QString &key)
{
    if (!has(key)) {
        see(key);
        return {};
    }
    return requireArray(key);
}

JsonReader JsonReader::requireObject(const QString &key)
{
    const QJsonValue value = requireValue(key);
    if (!value.isObject())
        fail(key, Tr::tr("expected an object, found %1").arg(typeName(value)));
    return JsonReader(m_file, pathOf(key), value.toObject());
}

std::optional<JsonReader> JsonReader::optionalObject(const QString &key)
{
    if (!has(key)) {
        see(key);
        return std::nullopt;
    }
    return requireObject(key);
}

JsonReader JsonReader::objectAt(const QJsonArray &array, const QString &key, qsizetype index) const
{
    const QString path = pathOf(key) + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
    const QJsonValue value = array.at(index);
    if (!value.isObject())
        throw InputError(m_file, path, Tr::tr("expected an object, found %1").arg(typeName(value)));
    return JsonReader(m_file, path, value.toObject());
}

QString JsonReader::stringAt(const QJsonArray &array, const QString &key, qsizetype index) const
{
    const QString path = pathOf(key) + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
    const QJsonValue value = array.at(index);
    if (!value.isString())
        throw InputError(m_file, path, Tr::tr("expected a string, found %1").arg(typeName(value)));
    if (const QString problem = textProblem(value.toString()); !problem.isEmpty())
        throw InputError(m_file, path, problem);
    return value.toString();
}

QStringList JsonReader::keys()
{
    m_allSeen = true;
    return m_object.keys();
}

void JsonReader::finish() const
{
    if (m_allSeen)
        return;
    QStringList unknown;
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (std::find(m_seen.begin(), m_seen.end(), it.key()) == m_seen.end())
            unknown.append(it.key());
    }
    if (unknown.isEmpty())
        return;
    std::sort(unknown.begin(), unknown.end());
    fail(unknown.first(), Tr::tr("unknown field (is it misspelt?)"));
}

} // namespace hourglass
