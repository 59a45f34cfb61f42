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
