// hourglass-cli --help: the overview and each command's page, printed from the command table.
#include "cli/help.h"

#include "io/inputerror.h"

#include <QSet>

namespace hourglass::cli {

namespace {

constexpr qsizetype lineWidth = 79;
// Where descriptions start, after an option or a short synopsis.
constexpr qsizetype column = 26;

bool isHelpFlag(const QString &argument)
{
    return argument == QLatin1String("--help") || argument == QLatin1String("-h");
}

// Words filled into lines of at most lineWidth: the first line continues `start` (whose last
// line may be partly filled), the next ones start with `indent` spaces.
QString wrap(const QString &start, const QString &text, qsizetype indent)
{
    const qsizetype lastBreak = start.lastIndexOf(u'\n');
    QString out = start.left(lastBreak + 1);
    QString line = start.mid(lastBreak + 1);
    bool lineHasWord = false;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (lineHasWord && line.size() + 1 + word.size() > lineWidth) {
            out += line + u'\n';
            line = QString(indent, u' ');
            lineHasWord = false;
        }
        if (lineHasWord)
            line += u' ';
        line += word;
        lineHasWord = true;
    }
    return out + line + u'\n';
}

// "  --name ARG" then the description at `column`, or below it when the name is too long.
QString optionLine(const CommandOption &option)
{
    QString head = QStringLiteral("  --") + QLatin1String(option.name);
    if (*option.argument)
        head += u' ' + QLatin1String(option.argument);
    if (head.size() + 1 > column)
        head += u'\n' + QString(column, u' ');
    else
        head = head.leftJustified(column);
    return wrap(head, QLatin1String(option.description), column);
}

QString exitStatusLines(const std::vector<int> &statuses)
{
    QString out;
    for (const int status : statuses)
        out += wrap(QStringLiteral("  %1  ").arg(status),
                    QLatin1String(exitStatusMeaning(status)),
                    5);
    return out;
}

// A synopsis form's continuation lines are indented for the start of the form; `prefix` is
// what the first line gets and the others get as many spaces.
QString synopsisLines(const char *form, const QString &prefix)
{
    QString out;
    const QStringList lines = QString::fromLatin1(form).split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i)
        out += (i == 0 ? prefix : QString(prefix.size(), u' ')) + lines.at(i) + u'\n';
    return out;
}

const CommandOption *findOption(const char *name)
{
    for (const Command &command : commandTable()) {
        for (const CommandOption &option : command.options) {
            if (qstrcmp(option.name, name) == 0)
                return &option;
        }
    }
    return nullptr;
}

const CommandOption helpOption{"help", "", "this help"};

} // namespace

std::optional<QStringList> helpRequest(const QStringList &arguments)
{
    const QSet<QString> values = valueOptions();
    QStringList words;
    bool help = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (isHelpFlag(argument)) {
            help = true;
        } else if (argument.startsWith(QLatin1String("--")) && argument != QLatin1String("--")) {
            // Skips an option's value, unless the value is missing and the help flag stands
            // in its place; before the command, --version is the program's own flag.
            const QString name = argument.mid(2);
            const bool programVersion = name == QLatin1String("version") && words.isEmpty();
            if (values.contains(name) && !programVersion && i + 1 < arguments.size()
                && !isHelpFlag(arguments.at(i + 1)))
                ++i;
        } else {
            words.append(argument);
        }
    }
    if (words.value(0) == QLatin1String("help")) {
        help = true;
        words.removeFirst();
    }
    if (!help)
        return std::nullopt;
    return words;
}

bool versionRequest(const QStringList &arguments)
{
    const QSet<QString> values = valueOptions();
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--version")) {
            // The program's version takes no word: "--version extra" is a mistake to report,
            // not a command line that did what was asked.
            for (qsizetype j = i + 1; j < arguments.size(); ++j) {
                const QString &later = arguments.at(j);
                if (!later.startsWith(QLatin1String("--")) || later == QLatin1String("--"))
                    throw UsageError(QStringLiteral("unexpected argument \"%1\" after --version")
                                         .arg(InputError::excerpt(later)));
                if (values.contains(later.mid(2)))
                    ++j;
            }
            return true;
        }
        if (!argument.startsWith(QLatin1String("--")) || argument == QLatin1String("--"))
            return false; // the command word: a later --version is its option
        if (values.contains(argument.mid(2)))
            ++i;
    }
    return false;
}

QString overviewText()
{
    QString out = QStringLiteral(
        "Usage: hourglass-cli [--database URL] [--user LOGIN] [--json] COMMAND [ARGS]\n"
        "       hourglass-cli COMMAND --help      (also: hourglass-cli help COMMAND)\n"
        "       hourglass-cli --help | --version\n"
        "\n"
        "Commands (see \"hourglass-cli COMMAND --help\" and man hourglass-cli):\n");
    for (const Command &command : commandTable()) {
        QString lines;
        for (const char *form : command.synopsis)
            lines += synopsisLines(form, QStringLiteral("  "));
        lines.chop(1);
        const qsizetype lastLine = lines.size() - lines.lastIndexOf(u'\n') - 1;
        if (lastLine + 1 > column)
            lines += u'\n' + QString(column, u' ');
        else
            lines = lines.leftJustified(lines.size() - lastLine + column);
        out += wrap(lines, QLatin1String(command.summary), column);
    }
    out += QStringLiteral("\nOptions:\n");
    for (const char *name : {"database", "user", "json"}) {
        if (const CommandOption *option = findOption(name))
            out += optionLine(*option);
    }
    out += optionLine(helpOption);
    out += optionLine({"version", "", "the program's version"});
    out += QStringLiteral("\nExit status:\n") + exitStatusLines({0, 1, 2, 3});
    return out;
}

QString commandHelpText(const Command &command)
{
    QString out = QStringLiteral("Usage:\n");
    for (const char *form : command.synopsis)
        out += synopsisLines(form, QStringLiteral("  hourglass-cli "));
    out += u'\n' + wrap(QString(), QLatin1String(command.description), 0);
    out += QStringLiteral("\nOptions:\n");
    for (const CommandOption &option : command.options)
        out += optionLine(option);
    out += optionLine(helpOption);
    out += QStringLiteral("\nExit status:\n") + exitStatusLines(command.exitStatuses);
    out += QStringLiteral("\nExample:\n") + synopsisLines(command.example, QStringLiteral("  "));
    return out;
}

} // namespace hourglass::cli
