// Buffered standard output for hourglass-cli: text lines or one JSON object per line.
#include "cli/output.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace hourglass::cli {

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

} // namespace hourglass::cli
