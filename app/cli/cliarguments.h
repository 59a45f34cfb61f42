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
    // Options that take a value; every other "--name" is a flag. A value option given an empty
    // value is refused (InputError naming it) unless it is one of `emptyAllowed`, whose empty
    // value means something ("--assignee ''" unassigns): an empty value is never "not given".
    // A value option given twice is refused too.
    CliArguments(const QStringList &arguments,
                 const QSet<QString> &valueOptions,
                 const QSet<QString> &emptyAllowed = {});

    const QStringList &words() const { return m_words; }
    bool flag(const QString &name) const { return m_flags.contains(name); }
    bool has(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const { return m_values.value(name); }
    // The value of a required option; UsageError naming it when absent.
    QString require(const QString &name) const;
    // A required ISO 8601 instant with a zone; InputError naming the option when malformed or
    // outside the years calendars answer for.
    Instant requireInstant(const QString &name) const;
    // A required day (2026-01-31: from its midnight in `zone`, or with `wholeDay` up to the
    // next midnight) or an ISO 8601 instant with a zone; InputError naming the option otherwise.
    Instant requireDayOrInstant(const QString &name,
                                bool wholeDay,
                                const QString &zone = QStringLiteral("UTC")) const;
    // A required option holding a whole number (parseWholeNumber: an optional '-' and ASCII
    // digits, nothing else) from minimum to maximum; InputError naming the option otherwise.
    qint64 requireWholeNumber(const QString &name, qint64 minimum, qint64 maximum) const;
    // Refuses options a command does not take.
    void allowOnly(const QSet<QString> &names) const;
    // Refuses words beyond the first `count` (the command's own and its positional arguments),
    // quoting the first one; a word right after a flag is said to be the flag's stray value.
    void allowWords(qsizetype count) const;

private:
    QStringList m_words;
    QHash<qsizetype, QString> m_flagBeforeWord; // word index -> the flag given just before it
    QSet<QString> m_flags;
    QHash<QString, QString> m_values;
};

// What a command reads whole (a batch, a CSV or policy file named by a positional argument):
// the bytes of the file, or of standard input for "-", through the one bounded reader
// (FileReading::read). An empty name is refused naming `place` (an option or the command).
QByteArray readFileOrStdin(const QString &place, const QString &fileName);

} // namespace hourglass::cli
