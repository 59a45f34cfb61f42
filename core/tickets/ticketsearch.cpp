// Finding tickets: the scopes a view or a search covers, and a search's ranked hits with the
// matching words marked for the caller to render.
#include "tickets/ticketsearch.h"

namespace hourglass {

QString scopeKey(TicketScope scope)
{
    switch (scope) {
    case TicketScope::Open:
        return QStringLiteral("open");
    case TicketScope::Resolved:
        return QStringLiteral("resolved");
    case TicketScope::All:
        return QStringLiteral("all");
    }
    return QString();
}

std::optional<TicketScope> ticketScopeFromKey(const QString &key)
{
    for (const TicketScope scope : {TicketScope::Open, TicketScope::Resolved, TicketScope::All}) {
        if (key == scopeKey(scope))
            return scope;
    }
    return std::nullopt;
}

HighlightedText HighlightedText::fromMarked(const QString &marked, QChar open, QChar close)
{
    HighlightedText result;
    result.text.reserve(marked.size());
    qsizetype start = -1;
    for (const QChar c : marked) {
        if (c == open) {
            if (start < 0)
                start = result.text.size();
        } else if (c == close) {
            if (start >= 0 && result.text.size() > start) {
                // Adjacent matches ("[a][b]") read as one stretch.
                if (!result.matches.isEmpty()
                    && result.matches.constLast().start + result.matches.constLast().length == start)
                    result.matches.last().length += result.text.size() - start;
                else
                    result.matches.append({start, result.text.size() - start});
            }
            start = -1;
        } else {
            result.text.append(c);
        }
    }
    return result;
}

QString HighlightedText::bracketed(const QString &open, const QString &close) const
{
    QString out;
    qsizetype from = 0;
    for (const Range &range : matches) {
        out += text.mid(from, range.start - from) + open + text.mid(range.start, range.length)
               + close;
        from = range.start + range.length;
    }
    return out + text.mid(from);
}

} // namespace hourglass
