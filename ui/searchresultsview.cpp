// What a full-text search found, in place of the queue: tickets best first, each with its
// title and the passage that matched, the matching words marked. Open and resolved alike.
#include "searchresultsview.h"

#include "conversationview.h"
#include "scopechoice.h"
#include "sla/explaintext.h"
#include "time/datetext.h"

#include <QAbstractTextDocumentLayout>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

namespace hourglass {

namespace {

// Each hit as a short rich-text paragraph, as tall as it needs at the list's width.
class HitDelegate final : public QStyledItemDelegate
{
public:
    explicit HitDelegate(QListWidget *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QTextDocument document;
        prepare(document, option, index);
        return QSize(width(), int(std::ceil(document.size().height())) + 2);
    }

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        // The row chosen is tinted and barred, not filled: its marks and facts stay readable.
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        const bool selected = option.state & QStyle::State_Selected;
        background.state &= ~QStyle::State_Selected;
        m_view->style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, m_view);
        if (selected) {
            QColor tint = option.palette.color(QPalette::Highlight);
            painter->fillRect(option.rect, QColor(tint.red(), tint.green(), tint.blue(), 40));
            painter->fillRect(QRect(option.rect.topLeft(), QSize(4, option.rect.height())), tint);
        }
        QTextDocument document;
        prepare(document, option, index);
        painter->save();
        painter->translate(option.rect.topLeft());
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, option.palette.color(QPalette::Text));
        document.documentLayout()->draw(painter, context);
        painter->restore();
    }

private:
    int width() const { return std::max(160, m_view->viewport()->width() - 2); }
    void prepare(QTextDocument &document,
                 const QStyleOptionViewItem &option,
                 const QModelIndex &index) const
    {
        document.setDefaultFont(option.font);
        document.setDocumentMargin(6);
        document.setHtml(index.data(SearchResultsView::HtmlRole).toString());
        document.setTextWidth(width());
    }

    QListWidget *m_view;
};

QString scopeText(TicketScope scope)
{
    switch (scope) {
    case TicketScope::Open:
        return SearchResultsView::tr("open tickets");
    case TicketScope::Resolved:
        return SearchResultsView::tr("resolved tickets");
    case TicketScope::All:
        break;
    }
    return SearchResultsView::tr("open and resolved tickets");
}

} // namespace

SearchResultsView::SearchResultsView(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_scopeBox(new QComboBox(this))
    , m_back(new QPushButton(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("searchResults"));
    m_heading->setObjectName(QStringLiteral("searchHeading"));
    m_scopeBox->setObjectName(QStringLiteral("searchScope"));
    m_back->setObjectName(QStringLiteral("searchBackButton"));
    m_list->setObjectName(QStringLiteral("searchResultsList"));
    m_heading->setTextFormat(Qt::PlainText); // the words typed are shown as typed
    m_heading->setWordWrap(true);
    m_list->setItemDelegate(new HitDelegate(m_list));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setAlternatingRowColors(true);
    m_list->installEventFilter(this);

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_scopeBox);
    top->addWidget(m_back);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);

    connect(m_back, &QPushButton::clicked, this, &SearchResultsView::closed);
    m_scopeBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_scopeBox, &QComboBox::activated, this, [this] {
        emit searchRequested(m_text, ScopeChoice::chosen(m_scopeBox));
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (const qint64 id = currentTicket())
            emit ticketChosen(id);
    });
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit ticketActivated(item->data(TicketIdRole).toLongLong());
    });
    retranslateUi();
}

qint64 SearchResultsView::currentTicket() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(TicketIdRole).toLongLong() : 0;
}

bool SearchResultsView::contains(qint64 ticketId) const
{
    return std::any_of(m_hits.cbegin(), m_hits.cend(), [ticketId](const TicketSearchHit &hit) {
        return hit.ticket.id == ticketId;
    });
}

QString SearchResultsView::markedHtml(const HighlightedText &text)
{
    QString html;
    qsizetype at = 0;
    for (const HighlightedText::Range &range : text.matches) {
        if (range.start < at || range.start + range.length > text.text.size())
            continue; // not the text's own: shown unmarked rather than cut
        html += text.text.mid(at, range.start - at).toHtmlEscaped();
        // Marked in colour and in weight, so it shows without colour too; dark on its yellow,
        // whether the row is selected or not.
        html += QLatin1String(
                    "<span style=\"background-color:#ffe27a; color:#1a1a1a; font-weight:600\">")
                + text.text.mid(range.start, range.length).toHtmlEscaped()
                + QLatin1String("</span>");
        at = range.start + range.length;
    }
    html += text.text.mid(at).toHtmlEscaped();
    return html;
}

void SearchResultsView::setResults(const QString &text,
                                   TicketScope scope,
                                   const QList<TicketSearchHit> &hits)
{
    m_text = text;
    m_scope = scope;
    m_hits = hits;
    m_failure.clear();
    ScopeChoice::fill(m_scopeBox, scope);
    fill();
}

void SearchResultsView::setFailure(const QString &text, const QString &why)
{
    m_text = text;
    m_hits.clear();
    m_failure = why;
    fill();
}

void SearchResultsView::fill()
{
    const QString &words = m_text;
    if (words.isEmpty()) {
        m_heading->clear(); // no search yet
    } else if (!m_failure.isEmpty()) {
        m_heading->setText(tr("Could not search for “%1”: %2").arg(words, m_failure));
    } else if (m_hits.isEmpty()) {
        m_heading->setText(tr("No ticket mentions “%1” (%2).").arg(words, scopeText(m_scope)));
    } else if (m_hits.size() >= shownHits) {
        m_heading->setText(
            tr("The %n tickets that best match “%1” (%2).", nullptr, int(m_hits.size()))
                .arg(words, scopeText(m_scope)));
    } else {
        m_heading->setText(
            tr("%n ticket(s) match “%1” (%2), best first.", nullptr, int(m_hits.size()))
                .arg(words, scopeText(m_scope)));
    }
    // Filling is not the agent moving: the pane stays on its ticket.
    const QSignalBlocker blocker(m_list);
    const qint64 current = currentTicket();
    m_list->clear();
    for (const TicketSearchHit &hit : std::as_const(m_hits)) {
        const TicketRecord &ticket = hit.ticket;
        const QString title = hit.title.text.isEmpty() ? ticket.title.toHtmlEscaped()
                                                       : markedHtml(hit.title);
        const QString where = hit.messageKind ? ConversationView::kindName(*hit.messageKind)
                                              : tr("title", "where a search matched");
        const QString status = ticket.unreadable.isEmpty() ? ExplainText::statusName(ticket.status)
                                                           : tr("unreadable");
        const QString facts
            = QStringLiteral("%1 · %2 · %3 · %4")
                  .arg(ticket.customer,
                       status,
                       tr("found in: %1").arg(where),
                       tr("updated %1").arg(DateText::inViewerZone(ticket.updatedAt)));
        QString html = QStringLiteral(
                           "<b>#%1</b>&nbsp; %2<br><span style=\"color:#5f6368\">%3</span>")
                           .arg(QString::number(ticket.id), title, facts.toHtmlEscaped());
        if (!hit.snippet.text.isEmpty())
            html += QLatin1String("<br>") + markedHtml(hit.snippet);
        // The plain text for screen readers and copying: the same facts without marks.
        auto *item = new QListWidgetItem(QStringLiteral("#%1 %2\n%3\n%4")
                                             .arg(QString::number(ticket.id),
                                                  ticket.title,
                                                  facts,
                                                  hit.snippet.text),
                                         m_list);
        item->setData(TicketIdRole, ticket.id);
        item->setData(HtmlRole, html);
        if (ticket.id == current)
            m_list->setCurrentItem(item);
    }
}

bool SearchResultsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        emit closed();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void SearchResultsView::retranslateUi()
{
    ScopeChoice::fill(m_scopeBox, m_scope);
    m_back->setText(tr("Back to the queue"));
    m_back->setToolTip(tr("Back to the queue (Esc)"));
    fill();
}

void SearchResultsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace hourglass
