// A ticket's conversation as a thread: the customer's words on one side, ours on the other,
// internal notes set apart as notes for us only, each with its author and time.
#include "conversationview.h"

#include "time/datetext.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTextLayout>

namespace hourglass {

namespace {

constexpr int padding = 8;     // inside a bubble
constexpr int gap = 5;         // between bubbles
constexpr double reach = 0.82; // of the width, for one side's bubbles: the other side shows

enum class Side { Customer, Us, Note };

Side sideOf(TicketMessage::Kind kind)
{
    switch (kind) {
    case TicketMessage::Kind::Description:
    case TicketMessage::Kind::Customer:
        return Side::Customer;
    case TicketMessage::Kind::Reply:
    case TicketMessage::Kind::Update:
        return Side::Us;
    case TicketMessage::Kind::Note:
        break;
    }
    return Side::Note;
}

// A message's text laid out to a width: words kept whole unless one is wider than the bubble,
// the writer's line breaks kept.
class Paragraph
{
public:
    Paragraph(const QString &text, const QFont &font, int width)
        : m_layout(QString(text).replace(u'\n', QChar::LineSeparator), font)
    {
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        m_layout.setTextOption(option);
        m_layout.beginLayout();
        qreal y = 0;
        for (QTextLine line = m_layout.createLine(); line.isValid(); line = m_layout.createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        m_layout.endLayout();
        m_height = int(std::ceil(y));
    }
    int height() const { return m_height; }
    void draw(QPainter *painter, QPoint at) const { m_layout.draw(painter, at); }

private:
    QTextLayout m_layout;
    int m_height = 0;
};

class BubbleDelegate final : public QStyledItemDelegate
{
public:
    explicit BubbleDelegate(QListWidget *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {}

    // Where the bubble goes in a row of the given width.
    static QRect bubble(const QRect &row, Side side)
    {
        const int width = side == Side::Note ? row.width() : int(row.width() * reach);
        const int left = side == Side::Us ? row.right() - width + 1 : row.left();
        return QRect(left, row.top() + gap / 2, width, row.height() - gap);
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int row = rowWidth();
        const QRect box = bubble(QRect(0, 0, row, 0), side(index));
        const int text = std::max(40, box.width() - 2 * padding);
        const Paragraph heading(index.data(ConversationView::HeadingRole).toString(),
                                headingFont(option.font),
                                text);
        const Paragraph body(index.data(ConversationView::BodyRole).toString(), option.font, text);
        return QSize(row, gap + 2 * padding + heading.height() + 3 + body.height());
    }

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const Side s = side(index);
        const QRect box = bubble(option.rect, s);
        QColor fill;
        QColor edge;
        switch (s) {
        case Side::Customer:
            fill = QColor(0xee, 0xf3, 0xfb);
            edge = QColor(0xa8, 0xbc, 0xdc);
            break;
        case Side::Us:
            fill = QColor(0xe8, 0xf5, 0xea);
            edge = QColor(0x9c, 0xcc, 0xa8);
            break;
        case Side::Note:
            fill = QColor(0xff, 0xf3, 0xcd);
            edge = QColor(0xe0, 0xb2, 0x52);
            break;
        }
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QPainterPath path;
        path.addRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
        painter->fillPath(path, fill);
        const bool current = option.state & QStyle::State_Selected;
        QPen pen(current ? option.palette.color(QPalette::Highlight) : edge, current ? 2 : 1);
        if (s == Side::Note && !current)
            pen.setStyle(Qt::DashLine); // for us only, and it shows without colour
        painter->setPen(pen);
        painter->drawPath(path);
        painter->setPen(option.palette.color(QPalette::Text));
        const QRect inner = box.adjusted(padding, padding, -padding, -padding);
        // Who, what and when whole, on two lines if the pane is narrow: never cut.
        const int width = std::max(40, inner.width());
        const Paragraph heading(index.data(ConversationView::HeadingRole).toString(),
                                headingFont(option.font),
                                width);
        heading.draw(painter, inner.topLeft());
        const Paragraph body(index.data(ConversationView::BodyRole).toString(), option.font, width);
        body.draw(painter, QPoint(inner.left(), inner.top() + heading.height() + 3));
        painter->restore();
    }

private:
    static Side side(const QModelIndex &index)
    {
        return sideOf(TicketMessage::Kind(index.data(ConversationView::KindRole).toInt()));
    }
    static QFont headingFont(QFont font)
    {
        font.setBold(true);
        return font;
    }
    int rowWidth() const { return std::max(120, m_view->viewport()->width() - 2); }

    QListWidget *m_view;
};

} // namespace

ConversationView::ConversationView(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("conversationList"));
    setItemDelegate(new BubbleDelegate(this));
    // Each message as tall as its text at the width there is, laid out again on a resize.
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(false);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWordWrap(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    verticalScrollBar()->setSingleStep(fontMetrics().height());
}

QString ConversationView::kindName(TicketMessage::Kind kind)
{
    switch (kind) {
    case TicketMessage::Kind::Description:
        return tr("description", "conversation: what the customer asked first");
    case TicketMessage::Kind::Customer:
        return tr("customer message", "conversation");
    case TicketMessage::Kind::Reply:
        return tr("public reply", "conversation");
    case TicketMessage::Kind::Update:
        return tr("public update", "conversation");
    case TicketMessage::Kind::Note:
        return tr("internal note, not seen by the customer", "conversation");
    }
    return QString();
}

void ConversationView::setMessages(const QList<TicketMessage> &messages)
{
    m_messages = messages;
    clear();
    for (const TicketMessage &message : messages) {
        const QString author = message.author.isEmpty() ? tr("customer or system") : message.author;
        const QString heading = QStringLiteral("%1 · %2 · %3")
                                    .arg(author,
                                         kindName(message.kind),
                                         DateText::inViewerZone(message.at));
        // The display text is the whole message, for screen readers, copying and tests.
        auto *item = new QListWidgetItem(heading + u'\n' + message.text, this);
        item->setData(KindRole, int(message.kind));
        item->setData(HeadingRole, heading);
        item->setData(BodyRole, message.text);
        item->setToolTip(heading);
    }
    // The newest message in sight: laid out now, so the heights are known, and again once the
    // pane has its final width.
    doItemsLayout();
    scrollToBottom();
    QMetaObject::invokeMethod(this, &QListWidget::scrollToBottom, Qt::QueuedConnection);
}

void ConversationView::changeEvent(QEvent *event)
{
    // Kinds and dates in the new language; the messages themselves are as they were written.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        setMessages(QList<TicketMessage>(m_messages));
    QListWidget::changeEvent(event);
}

} // namespace hourglass
