// Checks text for the characters that make it print or read other than it is.
#include "io/textcheck.h"

#include <QCoreApplication>

namespace hourglass::TextCheck {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::TextCheck)
};

QString codePoint(char32_t u)
{
    return QStringLiteral("U+%1").arg(
        QString::number(uint(u), 16).toUpper().rightJustified(4, QLatin1Char('0')));
}

} // namespace

QString problem(QStringView text, Lines lines)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            const char32_t full = QChar::surrogateToUcs4(c, text[i + 1]);
            if (QChar::isNonCharacter(full))
                return Tr::tr("contains the non-character %1").arg(codePoint(full));
            ++i;
            continue;
        }
        const char16_t u = c.unicode();
        if (c.isSurrogate())
            return Tr::tr("contains half of a character (%1 without its pair)").arg(codePoint(u));
        // A carriage return only as half of CRLF: alone it sends a terminal back to the start
        // of the line, to print over what came before.
        const bool lineBreak = u == u'\n'
                               || (u == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n');
        if (lines == Lines::Many && (lineBreak || u == u'\t'))
            continue;
        if (lineBreak)
            return Tr::tr("contains a line break; it must be one line");
        if (c.isNonCharacter())
            return Tr::tr("contains the non-character %1").arg(codePoint(u));
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f))
            return Tr::tr("contains the control character %1").arg(codePoint(u));
        if ((u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069))
            return Tr::tr("contains the bidirectional control %1, which would make it read in "
                          "another order")
                .arg(codePoint(u));
    }
    return QString();
}

} // namespace hourglass::TextCheck
