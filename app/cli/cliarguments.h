// hourglass-cli's command line: command words, then "--name value" options and flags.
#pragma once

#include "time/instant.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <stdexcept>

namespace hourglass::cli {

// A usage mistake: printed as "hourglass-cli: <message>", exit code 2.
class UsageError : public std::runtime_error
{
public:
    explicit UsageError(const QString &message)
        : std::runtime_error(message.toStdString())
    {}
    QString message() const { return QString::fromStdString(what()); }
};

class CliArguments
{
public:
    // Options that take a value; every other "--name" is a flag.
    CliArguments(const QStringList &arguments, const QSet<QString> &valueOptions);

    const QStringList &words() const { return m_words; }
    bool flag(const QString &name) const { return m_flags.contains(name); }
    bool has(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const { return m_values.value(name); }
    // The value of a required option; UsageError naming it when absent.
    QString require(const QString &name) const;
    // A required ISO 8601 instant with a zone; InputError naming the option when malformed or
    // outside the years calendars answer for.
    Instant requireInstant(const QString &name) const;
    // Refuses options a command does not take.
    void allowOnly(const QSet<QString> &names) const;

private:
    QStringList m_words;
    QSet<QString> m_flags;
    QHash<QString, QString> m_values;
};

// The bytes of a file, or of standard input for "-"; InputError naming the file otherwise.
QByteArray readFileOrStdin(const QString &fileName);

} // namespace hourglass::cli
