// RFC 4180 CSV: quoted fields with commas, quotes and line breaks; UTF-8 with or without BOM.
#include "io/csv.h"

#include "io/inputerror.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace hourglass::Csv {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::Csv)
};

QString place(qsizetype line, qsizetype column)
{
    return Tr::tr("line %1, column %2").arg(line).arg(column);
}

} // namespace

QList<Row> parse(const QString &fileName, const QByteArray &bytes)
{
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(data);
    if (decoder.hasError()) {
        // Find the first line that does not decode, to say where.
        qsizetype line = 1;
        for (const QByteArray &raw : data.split('\n')) {
            QStringDecoder check(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            (void) QString(check.decode(raw));
            if (check.hasError())
                break;
            ++line;
        }
        throw InputError(fileName, Tr::tr("line %1").arg(line), Tr::tr("not valid UTF-8"));
    }

    QList<Row> rows;
    Row row;
    QString field;
    qsizetype line = 1;
    qsizetype column = 1; // counted in characters on the current line
    qsizetype fieldLine = 1;
    qsizetype fieldColumn = 1;
    bool quoted = false;     // inside a quoted field
    bool afterQuote = false; // just after a quoted field's closing quote
    bool rowStarted = false;
    const auto endField = [&] {
        row.fields.append(field);
        field.clear();
        afterQuote = false;
    };
    const auto endRow = [&] {
        endField();
        if (!rows.isEmpty() && row.fields.size() != rows.first().fields.size())
            throw InputError(fileName,
                             Tr::tr("line %1").arg(row.line),
                             Tr::tr("%1 fields where the header has %2")
                                 .arg(row.fields.size())
                                 .arg(rows.first().fields.size()));
        rows.append(row);
        row = Row{};
        rowStarted = false;
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!rowStarted) {
            row.line = line;
            rowStarted = true;
        }
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                    column += 2;
                    continue;
                }
                quoted = false;
                afterQuote = true;
            } else {
                field += c;
                if (c == u'\n') {
                    ++line;
                    column = 0;
                }
            }
            ++column;
            continue;
        }
        if (c == u',') {
            endField();
            fieldLine = line;
            fieldColumn = column + 1;
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            // CRLF: the LF ends the record.
        } else if (c == u'\n') {
            endRow();
            ++line;
            column = 0;
        } else if (c == u'"') {
            if (!field.isEmpty() || afterQuote)
                throw InputError(fileName,
                                 place(line, column),
                                 Tr::tr("a quote inside a field that is not quoted"));
            quoted = true;
            fieldLine = line;
            fieldColumn = column;
        } else {
            if (afterQuote)
                throw InputError(fileName,
                                 place(line, column),
                                 Tr::tr("text after the closing quote of a field"));
            field += c;
        }
        ++column;
    }
    if (quoted)
        throw InputError(fileName,
                         place(fieldLine, fieldColumn),
                         Tr::tr("a quoted field that is never closed"));
    if (rowStarted)
        endRow();
    return rows;
}

QByteArray format(const QList<QStringList> &records)
{
    QString out;
    for (const QStringList &record : records) {
        for (qsizetype i = 0; i < record.size(); ++i) {
            if (i > 0)
                out += u',';
            const QString &value = record.at(i);
            if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n')
                || value.contains(u'\r')) {
                QString escaped = value;
                escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
                out += u'"' + escaped + u'"';
            } else {
                out += value;
            }
        }
        out += QLatin1String("\r\n");
    }
    return out.toUtf8();
}

QString spreadsheetText(const QString &text)
{
    if (text.isEmpty() || !QStringLiteral("=+-@\t\r").contains(text.front()))
        return text;
    return QLatin1Char('\'') + text;
}

} // namespace hourglass::Csv
