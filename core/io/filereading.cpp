// Every file Hourglass reads whole is read here, up to a limit.
#include "io/filereading.h"

#include "io/inputerror.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace hourglass::FileReading {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::FileReading)
};

[[noreturn]] void tooLarge(const QString &fileName)
{
    throw InputError(fileName, QString(), Tr::tr("larger than %1 MiB").arg(limitMiB));
}

} // namespace

QByteArray read(const QString &fileName, Dash dash)
{
    // Checked here too, not only by the callers naming their option: Qt would print a warning
    // of its own on stderr for an empty name.
    if (fileName.isEmpty())
        throw InputError(QString(), QString(), Tr::tr("the file name is empty"));
    QFile file;
    const bool opened = dash == Dash::StandardInput && fileName == QLatin1String("-")
                            ? file.open(stdin, QIODevice::ReadOnly)
                            : (file.setFileName(fileName), file.open(QIODevice::ReadOnly));
    if (!opened)
        throw InputError(fileName, QString(), Tr::tr("cannot be read: %1").arg(file.errorString()));
    // A regular file says its size; a pipe, a FIFO or a device is read until the limit.
    if (!file.isSequential() && file.size() > limitBytes)
        tooLarge(fileName);
    QByteArray bytes;
    if (!file.isSequential())
        bytes.reserve(file.size());
    char chunk[1 << 16];
    for (;;) {
        const qint64 n = file.read(chunk, sizeof chunk);
        if (n < 0)
            throw InputError(fileName,
                             QString(),
                             Tr::tr("cannot be read: %1").arg(file.errorString()));
        if (n == 0)
            break;
        if (bytes.size() + n > limitBytes)
            tooLarge(fileName);
        bytes.append(chunk, n);
    }
    return bytes;
}

} // namespace hourglass::FileReading
