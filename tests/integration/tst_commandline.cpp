// The executables as a user runs them: first run on demo data, screenshots, wrong URLs, help.
#include "cli/commandtable.h"
#include "consolepages.h"
#include "hourglassversion.h"
#include "testenvironment.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void firstGuiRunCreatesEmbeddedDemoDatabase();
    void cliReportsDatabase();
    void cliRefusesArgumentsThatAreNotUtf8();
    void cliDemoFillsOnlyEmptyDatabases();
    void emptyDatabaseUrlIsRefused_data();
    void emptyDatabaseUrlIsRefused();
    void wrongUrlGetsOneLineError_data();
    void wrongUrlGetsOneLineError();
    void guiWithoutDisplaySaysHowToProceed();
    void guiRefusesUnknownLanguage();
    void guiViewIsOneOfThePages();
    void cliHelpListsEveryCommand();
    void cliDispatchesEveryCommandOfTheTable();
    void cliCommandHelp_data();
    void cliCommandHelp();
    void cliHelpNeedsNoOptionsNorDatabase_data();
    void cliHelpNeedsNoOptionsNorDatabase();
    void cliHelpOfUnknownCommandIsUsageError_data();
    void cliHelpOfUnknownCommandIsUsageError();
    void cliPrintsVersion();
    void cliManPageListsEveryCommand();
    void guiHelpNeedsNoDisplayAndMatchesManPage();

private:
    using Result = hourglass::test::ProcessResult;
    Result run(const QString &program,
               const QStringList &arguments,
               const QProcessEnvironment &environment);
    QProcessEnvironment environment() const;

    std::unique_ptr<QTemporaryDir> m_home;
};

void TestCommandLine::init()
{
    m_home = std::make_unique<QTemporaryDir>();
}

QProcessEnvironment TestCommandLine::environment() const
{
    // A fresh HOME and XDG folders make every run a first run, away from the user's data.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home->path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home->path()); // private (0700) as required
    return env;
}

TestCommandLine::Result TestCommandLine::run(const QString &program,
                                             const QStringList &arguments,
                                             const QProcessEnvironment &environment)
{
    return hourglass::test::runProcess(program, arguments, environment);
}

void TestCommandLine::firstGuiRunCreatesEmbeddedDemoDatabase()
{
    const QString shot = m_home->filePath(QStringLiteral("shot.png"));
    QProcessEnvironment env = environment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const Result gui = run(QStringLiteral(HOURGLASS_GUI_PATH),
                           {QStringLiteral("--screenshot"),
                            shot,
                            QStringLiteral("--language"),
                            QStringLiteral("en")},
                           env);
    QVERIFY2(gui.exitCode == 0, qPrintable(gui.err));
    const QImage image(shot);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 800 && image.height() >= 500);

    const QString embedded = m_home->filePath(
        QStringLiteral("data/Hourglass/Hourglass/hourglass.sqlite"));
    QVERIFY2(QFile::exists(embedded), qPrintable(embedded));
    const Result info = run(QStringLiteral(HOURGLASS_CLI_PATH),
                            {QStringLiteral("--json"), QStringLiteral("info")},
                            environment());
    QVERIFY2(info.exitCode == 0, qPrintable(info.err));
    QVERIFY2(info.out.contains(QStringLiteral("\"database\":\"sqlite:") + embedded),
             qPrintable(info.out));
    QVERIFY(!info.out.contains(QStringLiteral("\"tickets\":0")));
}

void TestCommandLine::cliReportsDatabase()
{
    const QString url = QStringLiteral("sqlite:") + m_home->filePath(QStringLiteral("x.sqlite"));
    const Result info = run(QStringLiteral(HOURGLASS_CLI_PATH),
                            {QStringLiteral("--database"), url, QStringLiteral("info")},
                            environment());
    QCOMPARE(info.exitCode, 0);
    QVERIFY(info.out.contains(QStringLiteral("database: ") + url));
    QVERIFY(info.out.contains(QStringLiteral("tickets: 0")));
}

// A byte that is not UTF-8 (a title typed in a Latin-1 terminal) is refused before anything
// runs, rather than stored as U+FFFD: the database is not even created.
void TestCommandLine::cliRefusesArgumentsThatAreNotUtf8()
{
    const QString file = m_home->filePath(QStringLiteral("u.sqlite"));
    const Result create = run(QStringLiteral("/bin/sh"),
                              {QStringLiteral("-c"),
                               QStringLiteral("exec \"$0\" --database \"sqlite:$1\" ticket create "
                                              "--customer 1 --title \"$(printf 'Caf\\351')\""),
                               QStringLiteral(HOURGLASS_CLI_PATH),
                               file},
                              environment());
    QCOMPARE(create.exitCode, 2);
    QVERIFY2(create.err.contains(QStringLiteral("argument 8 (\"Caf\uFFFD\") is not UTF-8 text")),
             qPrintable(create.err));
    QVERIFY(!QFile::exists(file));

    // The console refuses it alike, before it looks for a display or opens a database.
    const Result gui = run(QStringLiteral("/bin/sh"),
                           {QStringLiteral("-c"),
                            QStringLiteral("exec \"$0\" --database \"sqlite:$1$(printf '\\377')\""),
                            QStringLiteral(HOURGLASS_GUI_PATH),
                            file},
                           environment());
    QCOMPARE(gui.exitCode, 2);
    QVERIFY2(gui.err.contains(QStringLiteral("argument 2 (")), qPrintable(gui.err));
    QVERIFY2(gui.err.contains(QStringLiteral("is not UTF-8 text")), qPrintable(gui.err));
    QVERIFY(!QFile::exists(file));
}

void TestCommandLine::cliDemoFillsOnlyEmptyDatabases()
{
    const QString url = QStringLiteral("sqlite:") + m_home->filePath(QStringLiteral("d.sqlite"));
    const QStringList args = {QStringLiteral("--database"),
                              url,
                              QStringLiteral("--json"),
                              QStringLiteral("demo")};
    const Result first = run(QStringLiteral(HOURGLASS_CLI_PATH), args, environment());
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY(first.out.contains(QStringLiteral("\"tickets\":")));
    const Result second = run(QStringLiteral(HOURGLASS_CLI_PATH), args, environment());
    QCOMPARE(second.exitCode, 1);
    QVERIFY(second.err.contains(QStringLiteral("already holds data")));
}

void TestCommandLine::emptyDatabaseUrlIsRefused_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString cli = QStringLiteral(HOURGLASS_CLI_PATH);
    const QString gui = QStringLiteral(HOURGLASS_GUI_PATH);
    QTest::newRow("cli info") << cli << QStringList{"--database", "", "info"}
                              << "hourglass-cli: --database: must not be empty\n";
    QTest::newRow("cli --database=") << cli << QStringList{"--database=", "ticket", "list"}
                                     << "hourglass-cli: --database: must not be empty\n";
    QTest::newRow("cli migrate") << cli << QStringList{"migrate", "--database", ""}
                                 << "hourglass-cli: --database: must not be empty\n";
    QTest::newRow("cli demo") << cli << QStringList{"--database", "", "demo"}
                              << "hourglass-cli: --database: must not be empty\n";
    QTest::newRow("gui") << gui << QStringList{"--database", ""}
                         << "hourglass: --database: must not be empty\n";
}

// An empty URL opened (and created, and for demo filled) the embedded database in HOME: a
// script whose variable was unset wrote somewhere else than it meant to.
void TestCommandLine::emptyDatabaseUrlIsRefused()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const Result result = run(program, arguments, env);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err, message);
    QCOMPARE(result.out, QString());
    QVERIFY(!QFile::exists(
        m_home->filePath(QStringLiteral("data/Hourglass/Hourglass/hourglass.sqlite"))));
}

void TestCommandLine::wrongUrlGetsOneLineError_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("problem");
    for (const QString &program :
         {QStringLiteral(HOURGLASS_CLI_PATH), QStringLiteral(HOURGLASS_GUI_PATH)}) {
        const QString name = program.section(u'/', -1);
        QTest::addRow("%s scheme", qPrintable(name)) << program << "mysql://h/db"
                                                     << "unsupported scheme";
        QTest::addRow("%s port", qPrintable(name)) << program << "postgresql://u@h:0/db"
                                                   << "port \"0\"";
        QTest::addRow("%s unreachable", qPrintable(name))
            << program << "postgresql://u@127.0.0.1:1/db?connect_timeout=2"
            << "cannot connect";
    }
}

void TestCommandLine::wrongUrlGetsOneLineError()
{
    QFETCH(QString, program);
    QFETCH(QString, url);
    QFETCH(QString, problem);
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QStringList args = program.endsWith(QStringLiteral("-cli"))
                                 ? QStringList{QStringLiteral("--database"),
                                               url,
                                               QStringLiteral("info")}
                                 : QStringList{QStringLiteral("--database"), url};
    const Result result = run(program, args, env);
    QVERIFY(result.exitCode != 0);
    QCOMPARE(result.err.count(u'\n'), 1);
    QVERIFY2(result.err.contains(problem), qPrintable(result.err));
}

void TestCommandLine::guiWithoutDisplaySaysHowToProceed()
{
    QProcessEnvironment env = environment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const Result result = run(QStringLiteral(HOURGLASS_GUI_PATH), {}, env);
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains(QStringLiteral("no display")));
    QVERIFY(result.err.contains(QStringLiteral("--screenshot")));
}

void TestCommandLine::guiRefusesUnknownLanguage()
{
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const Result result = run(QStringLiteral(HOURGLASS_GUI_PATH),
                              {QStringLiteral("--language"), QStringLiteral("de")},
                              env);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(QStringLiteral("--language")));
}

void TestCommandLine::guiViewIsOneOfThePages()
{
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QString url = QStringLiteral("sqlite:") + m_home->filePath(QStringLiteral("v.sqlite"));
    const Result refused = run(QStringLiteral(HOURGLASS_GUI_PATH),
                               {QStringLiteral("--database"),
                                url,
                                QStringLiteral("--view"),
                                QStringLiteral("archive")},
                               env);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("--view: unknown view \"archive\"")),
             qPrintable(refused.err));
    // The message lists the pages the registry has, whatever they are.
    const QString ids = hourglass::consolePages().ids().join(QStringLiteral(", "));
    QVERIFY2(refused.err.contains(ids), qPrintable(refused.err));
    QVERIFY(ids.contains(QStringLiteral("oncall")));

    // Two known pages start, and show different things.
    QList<QImage> shots;
    for (const QString &view : {QStringLiteral("oncall"), QStringLiteral("settings")}) {
        const QString shot = m_home->filePath(view + QLatin1String(".png"));
        const Result shown = run(QStringLiteral(HOURGLASS_GUI_PATH),
                                 {QStringLiteral("--database"),
                                  url,
                                  QStringLiteral("--language"),
                                  QStringLiteral("en"),
                                  QStringLiteral("--view"),
                                  view,
                                  QStringLiteral("--screenshot"),
                                  shot},
                                 env);
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        shots.append(QImage(shot));
        QVERIFY(!shots.last().isNull());
    }
    QVERIFY(shots.at(0) != shots.at(1));
}

namespace {

using hourglass::cli::Command;
using hourglass::cli::commandTable;

QString cli()
{
    return QStringLiteral(HOURGLASS_CLI_PATH);
}

// The first line of each synopsis form: what a reader of the help looks for.
QStringList formHeads(const Command &command)
{
    QStringList heads;
    for (const char *form : command.synopsis)
        heads.append(QString::fromLatin1(form).section(u'\n', 0, 0));
    return heads;
}

QString readSource(const char *path)
{
    QFile file(QString::fromLatin1(path));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

} // namespace

void TestCommandLine::cliHelpListsEveryCommand()
{
    QVERIFY(commandTable().size() >= 9);
    for (const QStringList &arguments : {QStringList{QStringLiteral("--help")},
                                         QStringList{QStringLiteral("help")},
                                         QStringList{QStringLiteral("-h")}}) {
        const Result help = run(cli(), arguments, environment());
        QCOMPARE(help.exitCode, 0);
        QCOMPARE(help.err, QString());
        for (const Command &command : commandTable()) {
            for (const QString &head : formHeads(command))
                QVERIFY2(help.out.contains(QStringLiteral("\n  ") + head),
                         qPrintable(arguments.first() + QLatin1String(" lacks ") + head));
        }
        for (const char *option : {"--database URL", "--user LOGIN", "--json", "--version"})
            QVERIFY2(help.out.contains(QLatin1String(option)), option);
        for (const char *status : {"\n  0  ", "\n  1  ", "\n  2  ", "\n  3  "})
            QVERIFY2(help.out.contains(QLatin1String(status)), status);
        // A terminal of 80 columns shows every line whole.
        for (const QString &line : help.out.split(u'\n'))
            QVERIFY2(line.size() <= 79, qPrintable(line));
    }
}

void TestCommandLine::cliDispatchesEveryCommandOfTheTable()
{
    // Every row runs: its own usage error, never "unknown command". A bad option stops each
    // before it opens a database.
    for (const Command &command : commandTable()) {
        QVERIFY2(command.run, command.name);
        const Result result = run(cli(),
                                  {QString::fromLatin1(command.name),
                                   QStringLiteral("--no-such-option")},
                                  environment());
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(!result.err.contains(QStringLiteral("unknown command")), qPrintable(result.err));
    }
    const Result unknown = run(cli(), {QStringLiteral("frobnicate")}, environment());
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QStringLiteral("unknown command \"frobnicate\"")),
             qPrintable(unknown.err));
    // And nothing runs but the table's rows: the dispatcher calls no command function itself.
    const QString main = readSource(HOURGLASS_CLI_MAIN_SOURCE);
    QVERIFY(main.contains(QStringLiteral("findCommand(")));
    const QRegularExpression direct(QStringLiteral("\\brun[A-Z]\\w*Command\\s*\\("));
    QVERIFY2(!direct.match(main).hasMatch(), qPrintable(direct.match(main).captured()));
}

void TestCommandLine::cliCommandHelp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("row");
    for (int i = 0; i < int(commandTable().size()); ++i) {
        const QString name = QString::fromLatin1(commandTable()[i].name);
        QTest::addRow("%s --help", qPrintable(name))
            << QStringList{name, QStringLiteral("--help")} << i;
        QTest::addRow("help %s", qPrintable(name))
            << QStringList{QStringLiteral("help"), name} << i;
    }
    const int ticket = int(hourglass::cli::findCommand(QStringLiteral("ticket"))
                           - commandTable().data());
    QTest::addRow("ticket update --help")
        << QStringList{QStringLiteral("ticket"), QStringLiteral("update"), QStringLiteral("--help")}
        << ticket;
    const int calendar = int(hourglass::cli::findCommand(QStringLiteral("calendar"))
                             - commandTable().data());
    QTest::addRow("--json calendar add -h") << QStringList{QStringLiteral("--json"),
                                                           QStringLiteral("calendar"),
                                                           QStringLiteral("add"),
                                                           QStringLiteral("-h")}
                                            << calendar;
}

void TestCommandLine::cliCommandHelp()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, row);
    const Command &command = commandTable()[std::size_t(row)];
    QVERIFY(*command.summary && *command.description && *command.example);
    QVERIFY(!command.synopsis.empty() && !command.exitStatuses.empty());

    const Result help = run(cli(), arguments, environment());
    QCOMPARE(help.exitCode, 0);
    QCOMPARE(help.err, QString());
    QVERIFY2(help.out.startsWith(QStringLiteral("Usage:\n")), qPrintable(help.out));
    for (const QString &head : formHeads(command))
        QVERIFY2(help.out.contains(QStringLiteral("  hourglass-cli ") + head), qPrintable(head));
    // One command's page: no other command's synopsis.
    for (const Command &other : commandTable()) {
        if (&other != &command)
            QVERIFY2(!help.out.contains(QStringLiteral("hourglass-cli ") + formHeads(other).first()),
                     other.name);
    }
    const qsizetype options = help.out.indexOf(QStringLiteral("\nOptions:\n"));
    const qsizetype exits = help.out.indexOf(QStringLiteral("\nExit status:\n"));
    const qsizetype example = help.out.indexOf(QStringLiteral("\nExample:\n"));
    QVERIFY(options > 0 && exits > options && example > exits);
    const QString optionPart = help.out.mid(options, exits - options);
    for (const hourglass::cli::CommandOption &option : command.options) {
        QString head = QStringLiteral("\n  --") + QLatin1String(option.name);
        if (*option.argument)
            head += u' ' + QLatin1String(option.argument);
        QVERIFY2(optionPart.contains(head), qPrintable(head));
    }
    QVERIFY(optionPart.contains(QStringLiteral("\n  --help")));
    const QString exitPart = help.out.mid(exits, example - exits);
    for (const int status : command.exitStatuses)
        QVERIFY2(exitPart.contains(QStringLiteral("\n  %1  ").arg(status)),
                 qPrintable(QString::number(status)));
    QVERIFY(
        help.out.mid(example).contains(QString::fromLatin1(command.example).section(u'\n', 0, 0)));
    QVERIFY(QString::fromLatin1(command.example).startsWith(QStringLiteral("hourglass-cli ")));
    for (const QString &line : help.out.split(u'\n'))
        QVERIFY2(line.size() <= 79, qPrintable(line));
}

void TestCommandLine::cliHelpNeedsNoOptionsNorDatabase_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("heading");
    // A server that does not answer: opening it would fail after a timeout, not print help.
    const QString nowhere = QStringLiteral("postgresql://u@127.0.0.1:1/db?connect_timeout=2");
    QTest::addRow("required options missing")
        << QStringList{QStringLiteral("calendar"), QStringLiteral("add"), QStringLiteral("--help")}
        << QStringLiteral("calendar add --calendar FILE");
    QTest::addRow("option value missing") << QStringList{QStringLiteral("ticket"),
                                                         QStringLiteral("update"),
                                                         QStringLiteral("7"),
                                                         QStringLiteral("--version"),
                                                         QStringLiteral("--help")}
                                          << QStringLiteral("ticket update ID");
    QTest::addRow("unreachable database") << QStringList{QStringLiteral("--database"),
                                                         nowhere,
                                                         QStringLiteral("info"),
                                                         QStringLiteral("--help")}
                                          << QStringLiteral("hourglass-cli info");
    QTest::addRow("unreachable database, watch") << QStringList{QStringLiteral("watch"),
                                                                QStringLiteral("--database"),
                                                                nowhere,
                                                                QStringLiteral("--help")}
                                                 << QStringLiteral("hourglass-cli watch");
    QTest::addRow("embedded database, demo")
        << QStringList{QStringLiteral("demo"), QStringLiteral("--help")}
        << QStringLiteral("hourglass-cli demo");
}

void TestCommandLine::cliHelpNeedsNoOptionsNorDatabase()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, heading);
    const Result help = run(cli(), arguments, environment());
    QCOMPARE(help.exitCode, 0);
    QCOMPARE(help.err, QString());
    QVERIFY2(help.out.contains(heading), qPrintable(help.out));
    // The embedded database would have been created in the data folder.
    QVERIFY(!QFile::exists(m_home->filePath(QStringLiteral("data"))));
}

void TestCommandLine::cliHelpOfUnknownCommandIsUsageError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("--help") << QStringList{QStringLiteral("frobnicate"), QStringLiteral("--help")};
    QTest::addRow("help") << QStringList{QStringLiteral("help"), QStringLiteral("frobnicate")};
}

void TestCommandLine::cliHelpOfUnknownCommandIsUsageError()
{
    QFETCH(QStringList, arguments);
    const Result help = run(cli(), arguments, environment());
    QCOMPARE(help.exitCode, 2);
    QCOMPARE(help.out, QString());
    QVERIFY2(help.err.contains(QStringLiteral("unknown command \"frobnicate\"")),
             qPrintable(help.err));
}

void TestCommandLine::cliPrintsVersion()
{
    const QString expected = QStringLiteral("hourglass-cli " HOURGLASS_VERSION "\n");
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("--version")},
          QStringList{QStringLiteral("--json"), QStringLiteral("--version")}}) {
        const Result version = run(cli(), arguments, environment());
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out, expected);
    }
    // The program's --version takes no word: "extra" was ignored and the version printed.
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("--version"), QStringLiteral("extra")},
          QStringList{QStringLiteral("--version"), QStringLiteral("--json"), QStringLiteral("info")},
          QStringList{QStringLiteral("--database"),
                      QStringLiteral("sqlite:/nonexistent/x.sqlite"),
                      QStringLiteral("--version"),
                      QStringLiteral("--user"),
                      QStringLiteral("someone"),
                      QStringLiteral("extra")}}) {
        const Result extra = run(cli(), arguments, environment());
        QCOMPARE(extra.exitCode, 2);
        QCOMPARE(extra.out, QString());
        QVERIFY2(extra.err.startsWith(QStringLiteral("hourglass-cli: unexpected argument \""))
                     && extra.err.endsWith(QStringLiteral("\" after --version\n")),
                 qPrintable(extra.err));
    }
    // After the command word, --version is ticket update's option and needs its value.
    const Result update = run(cli(),
                              {QStringLiteral("ticket"),
                               QStringLiteral("update"),
                               QStringLiteral("7"),
                               QStringLiteral("--version")},
                              environment());
    QCOMPARE(update.exitCode, 2);
    QVERIFY2(update.err.contains(QStringLiteral("--version needs a value")), qPrintable(update.err));
}

void TestCommandLine::cliManPageListsEveryCommand()
{
    const QString page = readSource(HOURGLASS_CLI_MAN_PAGE);
    QVERIFY2(!page.isEmpty(), HOURGLASS_CLI_MAN_PAGE);
    const auto section = [&page](const QString &name) {
        const qsizetype start = page.indexOf(QStringLiteral("\n.SH ") + name + u'\n');
        const qsizetype end = page.indexOf(QStringLiteral("\n.SH "), start + 1);
        return start < 0 ? QString() : page.mid(start, end - start);
    };
    const QString commands = section(QStringLiteral("COMMANDS"));
    const QString common = section(QStringLiteral("OPTIONS"));
    QVERIFY(!commands.isEmpty() && !common.isEmpty());

    // The man page's commands are the table's, in its order, one subsection each.
    QStringList documented;
    QHash<QString, QString> subsections;
    const QStringList parts = commands.split(QStringLiteral("\n.SS "));
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString name = parts.at(i).section(u'\n', 0, 0).trimmed();
        documented.append(name);
        subsections.insert(name, parts.at(i));
    }
    QStringList table;
    for (const Command &command : commandTable())
        table.append(QString::fromLatin1(command.name));
    QCOMPARE(documented, table);

    for (const Command &command : commandTable()) {
        const QString text = subsections.value(QString::fromLatin1(command.name));
        // Each form of the command, and each of its options here or among the common ones.
        for (const QString &head : formHeads(command)) {
            const QString words = head.section(u' ', 0, 1).section(u'|', 0, 0);
            QVERIFY2(text.contains(QStringLiteral("\\fB") + words), qPrintable(head));
        }
        for (const hourglass::cli::CommandOption &option : command.options) {
            const QString roff = QStringLiteral("\\-\\-") + QLatin1String(option.name);
            QVERIFY2(text.contains(roff) || common.contains(roff),
                     qPrintable(QLatin1String(command.name) + QLatin1String(": ") + roff));
        }
    }
    const QString exits = section(QStringLiteral("EXIT STATUS"));
    for (const int status : {0, 1, 2, 3})
        QVERIFY2(exits.contains(QStringLiteral("\n.B %1\n").arg(status))
                     || exits.contains(QStringLiteral("\n.IP %1\n").arg(status)),
                 qPrintable(QString::number(status)));
}

void TestCommandLine::guiHelpNeedsNoDisplayAndMatchesManPage()
{
    QProcessEnvironment env = environment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const Result version = run(QStringLiteral(HOURGLASS_GUI_PATH),
                               {QStringLiteral("--version")},
                               env);
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.contains(QStringLiteral(HOURGLASS_VERSION)), qPrintable(version.out));
    const Result help = run(QStringLiteral(HOURGLASS_GUI_PATH), {QStringLiteral("--help")}, env);
    QCOMPARE(help.exitCode, 0);
    QVERIFY(!QFile::exists(m_home->filePath(QStringLiteral("data"))));

    // Every option the program lists is in its man page.
    const QString page = readSource(HOURGLASS_GUI_MAN_PAGE);
    QVERIFY2(!page.isEmpty(), HOURGLASS_GUI_MAN_PAGE);
    QStringList options;
    const QRegularExpression option(QStringLiteral("^\\s+(?:-\\w, )?--([a-z][a-z-]*)"),
                                    QRegularExpression::MultilineOption);
    for (auto it = option.globalMatch(help.out); it.hasNext();)
        options.append(it.next().captured(1));
    QVERIFY2(options.size() >= 6, qPrintable(help.out));
    for (const QString &name : options) {
        if (name == QLatin1String("help-all")) // Qt's, listing Qt's own options
            continue;
        // Roff writes every hyphen of an option as \-.
        const QString roff = QStringLiteral("\\-\\-")
                             + QString(name).replace(u'-', QStringLiteral("\\-"));
        QVERIFY2(page.contains(roff), qPrintable(name));
    }
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
