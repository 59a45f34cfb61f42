// Buffered standard output for hourglass-cli: text lines or one JSON object per line.
#pragma once

#include <QJsonObject>
#include <QString>

namespace hourglass::cli {

void printLine(const QString &line);
void printJson(const QJsonObject &object);
// "key: value" lines, or the object as one JSON line.
void printObject(const QJsonObject &object, bool json);

} // namespace hourglass::cli
