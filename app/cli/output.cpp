// Buffered standard output for hourglass-cli: text lines or one JSON object per line.
#include "cli/output.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstdio>
#include <stdexcept>

namespace hourglass::cli {

QString named(const QHash<QString, QString> &names, const QString &login)
{
    const QString name = names.value(login);
    return name.isEmpty() || name == login ? login : QStringLiteral("%1 (%2)").arg(name, login);
}

void printLine(const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
}

void printJson(const QJsonObject &object)
{
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
}

void printObject(const QJsonObject &object, bool json)
{
    if (json) {
        printJson(object);
        return;
    }
    for (auto it = object.begin(); it != object.end(); ++it)
        printLine(it.key() + QLatin1String(": ") + it->toVariant().toString());
}

void writeWhole(const QString &fileName, const QByteArray &bytes)
{
    const QFileInfo info(fileName);
    QString error;
    if (info.exists() && !info.isFile()) {
        QFile file(fileName);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)
            || file.write(bytes) != bytes.size() || !file.flush())
            error = file.errorString();
    } else {
        QSaveFile file(fileName);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            error = file.errorString();
    }
    if (!error.isEmpty())
        throw std::runtime_error(
            QStringLiteral("%1: cannot be written: %2").arg(fileName, error).toStdString());
}

} // namespace hourglass::cli
