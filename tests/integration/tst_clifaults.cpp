// hourglass-cli against faults of the file system and of its neighbours: a full disk, a closed
// pipe, a file size limit, SQLite URLs that are not plain paths, several writers on one file.
#include "testenvironment.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace hourglass;

class TestCliFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fullDiskIsAnError_data();
    void fullDiskIsAnError();
    void exportToAFullDiskFails();
    void closedPipeIsAnError_data();
    void closedPipeIsAnError();
    void exportCutShortLeavesTheFileAsItWas();
    void sqliteUrlTakesNoQuery();
    void sqliteFolderMustExist();
    void sqliteHomeIsExpanded();
    void twoWritersOnOneFileWaitForEachOther();
    void readOnlyDatabaseStillReads_data();
    void readOnlyDatabaseStillReads();

private:
    struct Run
    {
        int exitCode; // -1 when ended by a signal
        QByteArray out;
        QString err;
    };
    // hourglass-cli with `arguments`; stdout to `outputFile` when given. `childSetup` runs in
    // the child before exec (redirections, limits).
    Run cli(const QStringList &arguments,
            const QString &outputFile = QString(),
            const std::function<void()> &childSetup = {},
            bool asAnotherUser = false);
    QProcessEnvironment environment() const;

    QTemporaryDir m_home;
    QString m_url; // a demo database
};

QProcessEnvironment TestCliFaults::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.path());
    return env;
}

TestCliFaults::Run TestCliFaults::cli(const QStringList &arguments,
                                      const QString &outputFile,
                                      const std::function<void()> &childSetup,
                                      bool asAnotherUser)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    if (!outputFile.isEmpty())
        process.setStandardOutputFile(outputFile);
    if (childSetup)
        process.setChildProcessModifier(childSetup);
    // Permissions do not stop root: as root, the program runs as nobody.
    if (asAnotherUser && ::geteuid() == 0)
        process.start(QStringLiteral("setpriv"),
                      QStringList{QStringLiteral("--reuid=65534"),
                                  QStringLiteral("--regid=65534"),
                                  QStringLiteral("--clear-groups"),
                                  QStringLiteral(HOURGLASS_CLI_PATH)}
                          + arguments);
    else
        process.start(QStringLiteral(HOURGLASS_CLI_PATH), arguments);
    if (!process.waitForFinished(120000))
        qFatal("hourglass-cli did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestCliFaults::initTestCase()
{
    QVERIFY(m_home.isValid());
    m_url = QStringLiteral("sqlite:") + m_home.filePath(QStringLiteral("demo.sqlite"));
    const Run demo = cli({QStringLiteral("--database"), m_url, QStringLiteral("demo")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    QVERIFY(QFile::exists(QStringLiteral("/dev/full")));
}

void TestCliFaults::fullDiskIsAnError_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::newRow("ticket list") << QStringList{QStringLiteral("ticket"), QStringLiteral("list")};
    QTest::newRow("export tickets")
        << QStringList{QStringLiteral("export"), QStringLiteral("tickets")};
    QTest::newRow("info") << QStringList{QStringLiteral("info")};
    QTest::newRow("help") << QStringList{QStringLiteral("--help")};
}

void TestCliFaults::fullDiskIsAnError()
{
    QFETCH(QStringList, command);
    // /dev/full takes the open and refuses every write with ENOSPC, as a full disk does.
    const Run run = cli(QStringList{QStringLiteral("--database"), m_url} + command,
                        QStringLiteral("/dev/full"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("cannot write the output")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("No space left on device")), qPrintable(run.err));
}

void TestCliFaults::exportToAFullDiskFails()
{
    const Run run = cli({QStringLiteral("--database"),
                         m_url,
                         QStringLiteral("export"),
                         QStringLiteral("tickets"),
                         QStringLiteral("/dev/full")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("/dev/full: cannot be written")), qPrintable(run.err));
    // Still the device, not a file renamed over it.
    QVERIFY(!QFileInfo(QStringLiteral("/dev/full")).isFile());
}

void TestCliFaults::closedPipeIsAnError_data()
{
    fullDiskIsAnError_data();
}

void TestCliFaults::closedPipeIsAnError()
{
    QFETCH(QStringList, command);
    // A pipe whose reader is gone before the first byte, as `| head -1` is after its line: the
    // outcome does not depend on who runs first.
    int ends[2];
    QCOMPARE(::pipe(ends), 0);
    ::close(ends[0]);
    const int writeEnd = ends[1];
    const Run run = cli(QStringList{QStringLiteral("--database"), m_url} + command,
                        QString(),
                        [writeEnd] {
                            ::dup2(writeEnd, STDOUT_FILENO);
                            // As a shell starts it: SIGPIPE at its default, which kills.
                            std::signal(SIGPIPE, SIG_DFL);
                        });
    ::close(writeEnd);
    QVERIFY2(run.exitCode != -1, "hourglass-cli was killed (SIGPIPE) instead of reporting");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("cannot write the output")), qPrintable(run.err));
}

void TestCliFaults::exportCutShortLeavesTheFileAsItWas()
{
    // A file size limit below the export's size cuts the write short, as a disk filling up
    // does: the file keeps its former content whole, and nothing half-written is left beside.
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("tickets.csv"));
    {
        QFile before(path);
        QVERIFY(before.open(QIODevice::WriteOnly));
        before.write("id,title\n1,the former export\n");
    }
    // A connection held open keeps SQLite's -wal and -shm files at their size, so that the
    // limited process has nothing of its own to grow but the export.
    const auto holder = Database::open(DatabaseUrl::parse(m_url));
    const Run whole = cli(
        {QStringLiteral("--database"), m_url, QStringLiteral("export"), QStringLiteral("tickets")});
    QCOMPARE(whole.exitCode, 0);
    constexpr rlim_t limit = 16 * 1024;
    QVERIFY2(whole.out.size() > qsizetype(2 * limit), "the demo export is too small to cut");
    const Run cut = cli({QStringLiteral("--database"),
                         m_url,
                         QStringLiteral("export"),
                         QStringLiteral("tickets"),
                         path},
                        QString(),
                        [] {
                            const rlimit size{limit, limit};
                            ::setrlimit(RLIMIT_FSIZE, &size);
                            std::signal(SIGXFSZ, SIG_DFL);
                        });
    QVERIFY2(cut.exitCode != -1, "hourglass-cli was killed (SIGXFSZ) instead of reporting");
    QCOMPARE(cut.exitCode, 1);
    QVERIFY2(cut.err.contains(QStringLiteral("cannot be written")), qPrintable(cut.err));
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), QByteArray("id,title\n1,the former export\n"));
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("tickets.csv")});
    // Without the limit the same command writes it whole.
    const Run again = cli({QStringLiteral("--database"),
                           m_url,
                           QStringLiteral("export"),
                           QStringLiteral("tickets"),
                           path});
    QCOMPARE(again.exitCode, 0);
    after.close();
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), whole.out);
}

void TestCliFaults::sqliteUrlTakesNoQuery()
{
    const QString file = m_home.filePath(QStringLiteral("q.sqlite"));
    const Run run = cli({QStringLiteral("--database"),
                         QStringLiteral("sqlite:") + file + QStringLiteral("?mode=ro"),
                         QStringLiteral("info")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("takes no options")), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(file + QStringLiteral("?mode=ro")));
    QVERIFY(!QFileInfo::exists(file));
}

void TestCliFaults::sqliteFolderMustExist()
{
    const QString folder = m_home.filePath(QStringLiteral("no/such"));
    const Run run = cli({QStringLiteral("--database"),
                         QStringLiteral("sqlite:") + folder + QStringLiteral("/x.sqlite"),
                         QStringLiteral("info")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("the folder %1 does not exist").arg(folder)),
             qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(m_home.filePath(QStringLiteral("no"))));
    // The embedded default is the exception: its folder is made on first use.
    const Run embedded = cli({QStringLiteral("info")});
    QVERIFY2(embedded.exitCode == 0, qPrintable(embedded.err));
    QVERIFY(QFileInfo(m_home.filePath(QStringLiteral("data/Hourglass/Hourglass/hourglass.sqlite")))
                .isFile());
}

void TestCliFaults::sqliteHomeIsExpanded()
{
    const Run run = cli({QStringLiteral("--database"),
                         QStringLiteral("sqlite:~/home.sqlite"),
                         QStringLiteral("info")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(QFileInfo(m_home.filePath(QStringLiteral("home.sqlite"))).isFile());
    QVERIFY2(QString::fromUtf8(run.out).contains(QStringLiteral("database: sqlite:")
                                                 + m_home.filePath(QStringLiteral("home.sqlite"))),
             run.out.constData());
}

void TestCliFaults::twoWritersOnOneFileWaitForEachOther()
{
    QTemporaryDir folder;
    const QString url = QStringLiteral("sqlite:")
                        + folder.filePath(QStringLiteral("shared.sqlite"));
    const Run demo = cli({QStringLiteral("--database"), url, QStringLiteral("demo")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    const auto events = [&] {
        const Run info = cli({QStringLiteral("--database"), url, QStringLiteral("info")});
        const auto match = QRegularExpression(QStringLiteral("ticket_events: (\\d+)"))
                               .match(QString::fromUtf8(info.out));
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    };
    const int before = events();
    QVERIFY(before > 0);
    // Loops of separate processes, each opening the file, writing one event and closing, as
    // scripts on one machine do. Each round writes as a new profile, whose row the first write
    // of any creates.
    constexpr int perWriter = 25;
    const QString loop = QStringLiteral("i=0; while [ $i -lt %1 ]; do "
                                        "\"$0\" --database \"$1\" --user \"pat$i\" ticket event 1 "
                                        "--kind note --text \"$2 $i\" "
                                        ">/dev/null || exit 1; i=$((i+1)); done")
                             .arg(perWriter);
    QList<QProcess *> writers;
    const QStringList names = {QStringLiteral("first"),
                               QStringLiteral("second"),
                               QStringLiteral("third")};
    for (const QString &name : names) {
        auto *writer = new QProcess(this);
        writer->setProcessEnvironment(environment());
        writer->start(QStringLiteral("sh"),
                      {QStringLiteral("-c"), loop, QStringLiteral(HOURGLASS_CLI_PATH), url, name});
        writers.append(writer);
    }
    for (QProcess *writer : writers) {
        QVERIFY(writer->waitForFinished(240000));
        const QString err = QString::fromUtf8(writer->readAllStandardError());
        QVERIFY2(writer->exitCode() == 0, qPrintable(err));
        QVERIFY2(!err.contains(QStringLiteral("locked")), qPrintable(err));
        delete writer;
    }
    QCOMPARE(events(), before + int(names.size()) * perWriter);
}

void TestCliFaults::readOnlyDatabaseStillReads_data()
{
    QTest::addColumn<bool>("folderWritable");
    QTest::newRow("read-only folder") << false;
    QTest::newRow("read-only file") << true;
}

void TestCliFaults::readOnlyDatabaseStillReads()
{
    QFETCH(bool, folderWritable);
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("ro.sqlite"));
    const QString url = QStringLiteral("sqlite:") + path;
    const Run demo = cli({QStringLiteral("--database"), url, QStringLiteral("demo")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    const auto digest = [&path] {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    };
    const QByteArray before = digest();
    // The other user may enter the folder and read the file, and write nothing of it.
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    const QFile::Permissions enter = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup
                                     | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
    const QFile::Permissions writable = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    QVERIFY(QFile::setPermissions(folder.path(), folderWritable ? enter | writable : enter));
    QVERIFY(QFile::setPermissions(m_home.path(), enter | writable));
    const Run list
        = cli({QStringLiteral("--database"), url, QStringLiteral("ticket"), QStringLiteral("list")},
              QString(),
              {},
              true);
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QVERIFY(list.out.count('\n') > 5);
    const Run info = cli({QStringLiteral("--database"), url, QStringLiteral("info")},
                         QString(),
                         {},
                         true);
    QVERIFY2(info.exitCode == 0, qPrintable(info.err));
    QVERIFY(QString::fromUtf8(info.out).contains(QStringLiteral("tickets: ")));
    const Run write = cli({QStringLiteral("--database"),
                           url,
                           QStringLiteral("--user"),
                           QStringLiteral("zz"),
                           QStringLiteral("ticket"),
                           QStringLiteral("event"),
                           QStringLiteral("1"),
                           QStringLiteral("--kind"),
                           QStringLiteral("note"),
                           QStringLiteral("--text"),
                           QStringLiteral("not written")},
                          QString(),
                          {},
                          true);
    QCOMPARE(write.exitCode, 1);
    QVERIFY2(write.err.contains(QStringLiteral("the database is open read-only")),
             qPrintable(write.err));
    QFile::setPermissions(folder.path(), enter | writable);
    QCOMPARE(digest(), before);
}

QTEST_GUILESS_MAIN(TestCliFaults)
#include "tst_clifaults.moc"
