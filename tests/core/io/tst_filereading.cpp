// The one reader of whole files: at most FileReading::limitBytes, endless inputs refused,
// every failure an InputError naming the file.
#include "io/filereading.h"
#include "io/inputerror.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace hourglass;

class TestFileReading : public QObject
{
    Q_OBJECT

private slots:
    void readsAFileWhole();
    void readsAResource();
    void readsAFileOfExactlyTheLimit();
    void refusesAFileLargerThanTheLimitWithoutReadingIt();
    void refusesAnEndlessDevice();
    void refusesAMissingFile();
    void refusesAnEmptyNameWithoutAWarningOfQt();

private:
    // A file of `size` bytes that takes no room on disk.
    QString sparseFile(const char *name, qint64 size);
    static QString refusal(const QString &fileName);
    QTemporaryDir m_dir;
};

QString TestFileReading::sparseFile(const char *name, qint64 size)
{
    const QString path = m_dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.resize(size))
        qFatal("cannot make %s", qPrintable(path));
    return path;
}

QString TestFileReading::refusal(const QString &fileName)
{
    try {
        FileReading::read(fileName);
    } catch (const InputError &error) {
        return error.message();
    }
    return QStringLiteral("(accepted)");
}

void TestFileReading::readsAFileWhole()
{
    const QString path = m_dir.filePath(QStringLiteral("small.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray bytes("2026-03-06T15:00:00Z 60\n\0tail", 29);
    file.write(bytes);
    file.close();
    QCOMPARE(FileReading::read(path), bytes);
    // "-" is a file's name unless the caller says it is standard input.
    QVERIFY(refusal(QStringLiteral("-")).contains(QStringLiteral("cannot be read")));
}

void TestFileReading::readsAResource()
{
    QVERIFY(FileReading::read(QStringLiteral(":/calendars/24x7.json")).startsWith("{"));
}

void TestFileReading::readsAFileOfExactlyTheLimit()
{
    const QString path = sparseFile("limit.bin", FileReading::limitBytes);
    QCOMPARE(FileReading::read(path).size(), FileReading::limitBytes);
    QFile::remove(path);
}

void TestFileReading::refusesAFileLargerThanTheLimitWithoutReadingIt()
{
    const QString path = sparseFile("huge.bin", 64 * FileReading::limitBytes);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(refusal(path), path + QStringLiteral(": larger than 256 MiB"));
    // Told by its size: 16 GiB of zeros are not read first.
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

void TestFileReading::refusesAnEndlessDevice()
{
    // A device has no size to tell: read until the limit, then refused rather than read until
    // memory runs out (std::bad_alloc, once).
    QCOMPARE(refusal(QStringLiteral("/dev/zero")), QStringLiteral("/dev/zero: larger than 256 MiB"));
}

void TestFileReading::refusesAMissingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("missing.json"));
    QVERIFY2(refusal(path).startsWith(path + QStringLiteral(": cannot be read: ")),
             qPrintable(refusal(path)));
}

void TestFileReading::refusesAnEmptyNameWithoutAWarningOfQt()
{
    // Qt says "QFSFileEngine::open: No file name specified" on stderr for an empty name: a
    // second line after the CLI's own message.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    QCOMPARE(refusal(QString()), QStringLiteral("the file name is empty"));
}

QTEST_GUILESS_MAIN(TestFileReading)
#include "tst_filereading.moc"
