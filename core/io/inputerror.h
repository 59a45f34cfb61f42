// The one error type for bad input: it names the file, the place in it and the problem.
#pragma once

#include <QString>

#include <stdexcept>

namespace hourglass {

class InputError : public std::runtime_error
{
public:
    // place is a JSON path ("targets[2].calendar"), "line 4, column 7", or a field name.
    InputError(const QString &file, const QString &place, const QString &problem)
        : std::runtime_error(compose(file, place, problem).toStdString())
        , m_file(file)
        , m_place(place)
        , m_problem(problem)
    {}

    QString file() const { return m_file; }
    QString place() const { return m_place; }
    QString problem() const { return m_problem; }
    QString message() const { return QString::fromStdString(what()); }

    // What a message quotes of an offending value: at most `limit` characters, then "…", with
    // control characters escaped as JSON escapes them. A message never repeats a megabyte-long
    // token, a NUL or a terminal escape sequence back at the user.
    static QString excerpt(QStringView value, qsizetype limit = 40)
    {
        QString text;
        qsizetype shown = 0;
        for (qsizetype i = 0; i < value.size(); ++i, ++shown) {
            if (shown == limit) {
                text += QChar(0x2026);
                break;
            }
            const QChar c = value[i];
            if (c.isHighSurrogate() && i + 1 < value.size() && value[i + 1].isLowSurrogate()) {
                text += c;
                text += value[++i];
            } else if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.isSurrogate()) {
                text += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            } else {
                text += c;
            }
        }
        return text;
    }

private:
    static QString compose(const QString &file, const QString &place, const QString &problem)
    {
        QString text;
        if (!file.isEmpty())
            text += file + QLatin1String(": ");
        if (!place.isEmpty())
            text += place + QLatin1String(": ");
        return text + problem;
    }

    QString m_file;
    QString m_place;
    QString m_problem;
};

} // namespace hourglass
