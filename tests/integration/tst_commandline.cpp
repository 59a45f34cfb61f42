// The executables as a user runs them: first run on demo data, screenshots, wrong URLs.
#include "consolepages.h"
#include "testenvironment.h"

#include <QImage>
#include <QProcess>
#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void firstGuiRunCreatesEmbeddedDemoDatabase();
    void cliReportsDatabase();
    void cliDemoFillsOnlyEmptyDatabases();
    void wrongUrlGetsOneLineError_data();
    void wrongUrlGetsOneLineError();
    void guiWithoutDisplaySaysHowToProceed();
    void guiRefusesUnknownLanguage();
    void guiViewIsOneOfThePages();

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

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
