// hourglass-cli's commands in one table: what runs each, and all the help about it.
#pragma once

#include "cli/cliarguments.h"

#include <QSet>
#include <QString>

#include <vector>

namespace hourglass::cli {

struct CommandOption
{
    const char *name = "";        // without the leading "--"
    const char *argument = "";    // the value's placeholder ("FILE"); empty for a flag
    const char *description = ""; // one sentence, lowercase, no final full stop
    // An empty value is refused unless it means something, said in the description.
    bool emptyAllowed = false;
};

// The dispatcher runs only what this table lists, and --help, the overview and the test of the
// man page read the same rows, so a command cannot exist without its help.
struct Command
{
    const char *name = "";
    int (*run)(const CliArguments &arguments) = nullptr;
    // Each form of the command line, without the leading "hourglass-cli", in lines of at most
    // 62 characters; a line break and four spaces continue a form.
    std::vector<const char *> synopsis;
    const char *summary = "";     // the overview's line
    const char *description = ""; // the command's page, wrapped when printed
    std::vector<CommandOption> options;
    std::vector<int> exitStatuses;
    // A whole command line starting with "hourglass-cli"; " \\" and a line break continue it.
    const char *example = "";
};

const std::vector<Command> &commandTable();
// The row of a command word; nullptr for a word the table lacks.
const Command *findCommand(const QString &name);
// Every option some command reads a value for: how the command line is split.
QSet<QString> valueOptions();
// The value options whose empty value means something ("--assignee ''" unassigns).
QSet<QString> emptyValueOptions();
// What an exit status means, the same for every command.
const char *exitStatusMeaning(int status);

} // namespace hourglass::cli
