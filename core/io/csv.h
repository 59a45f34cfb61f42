// RFC 4180 CSV: quoted fields with commas, quotes and line breaks; UTF-8 with or without BOM.
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace hourglass::Csv {

struct Row
{
    qsizetype line = 0; // where the record starts, 1-based
    QStringList fields;
};

// Every record of the file. Throws InputError naming "line L, column C" and the problem at the
// first malformed spot (a stray quote, an unclosed quoted field, invalid UTF-8, a record whose
// field count differs from the first record's).
QList<Row> parse(const QString &fileName, const QByteArray &bytes);
// Records back to text: fields quoted when they need it, CRLF line ends, no BOM.
QByteArray format(const QList<QStringList> &records);
// A cell for a file people open in a spreadsheet: text that starts with = + - @, a tab or a
// carriage return would run as a formula there, so it is kept as text with a leading
// apostrophe. Everything else is returned as it is.
QString spreadsheetText(const QString &text);

} // namespace hourglass::Csv
