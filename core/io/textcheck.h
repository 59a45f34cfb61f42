// The one rule for text people will read (titles, names, messages): no character that would make
// it print or read other than it is.
#pragma once

#include <QString>
#include <QStringView>

namespace hourglass::TextCheck {

enum class Lines {
    One,  // a title, a name, a login: a single line
    Many, // a message, a note: line breaks (LF, CRLF) and tabs allowed
};

// Why the text cannot be stored, or an empty string when it can. Refused: the C0 controls
// (but tab and line breaks in Lines::Many), DEL and the C1 controls, which a terminal obeys
// (ESC starts its escape sequences, U+009B is one on its own); the bidirectional embeddings,
// overrides and isolates (U+202A–U+202E, U+2066–U+2069), which make a line read in another
// order than it is stored; a surrogate without its pair, which is no character at all; and the
// non-characters (U+FFFE, U+FFFF, U+FDD0–U+FDEF…), which Unicode reserves for no text.
QString problem(QStringView text, Lines lines);

} // namespace hourglass::TextCheck
