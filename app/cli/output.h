// Buffered standard output for hourglass-cli: text lines or one JSON object per line.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace hourglass::cli {

void printLine(const QString &line);
// "Ann Smith (ann)": a user as the command line prints them, by `names` (login → display
// name); the login alone when the name is unknown or the same.
QString named(const QHash<QString, QString> &names, const QString &login);
void printJson(const QJsonObject &object);
// "key: value" lines, or the object as one JSON line.
void printObject(const QJsonObject &object, bool json);
// The file holds all of `bytes` or is left as it was: written beside it and renamed over it.
// A device or a pipe (/dev/stdout, a FIFO) cannot be renamed over, and is written in place.
// Throws (exit 1) when any of it could not be written, a full disk included.
void writeWhole(const QString &fileName, const QByteArray &bytes);

} // namespace hourglass::cli
