// Draws a queue countdown: time left or overdue, a bar of the share elapsed, coloured by
// warning level; paused clocks grey; no bar where there is no clock.
#include "countdowndelegate.h"

#include "models/ticketqueuemodel.h"

#include <QApplication>
#include <QPainter>

namespace hourglass {

CountdownDelegate::CountdownDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QColor CountdownDelegate::colourFor(int clockState, int warningLevel, int warningLevels)
{
    switch (ClockState(clockState)) {
    case ClockState::Breached:
        return QColor(0xc6, 0x28, 0x28);
    case ClockState::Paused:
        return QColor(0x90, 0x90, 0x90);
    case ClockState::Running:
        if (warningLevel > 0 && warningLevel >= warningLevels)
            return QColor(0xef, 0x6c, 0x00);
        if (warningLevel > 0)
            return QColor(0xf9, 0xa8, 0x25);
        return QColor(0x2e, 0x7d, 0x32);
    default:
        return QColor(0x60, 0x7d, 0x8b);
    }
}

void CountdownDelegate::paint(QPainter *painter,
                              const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    const QVariant percent = index.data(TicketQueueModel::ElapsedPercentRole);
    if (!percent.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QColor colour = colourFor(index.data(TicketQueueModel::ClockStateRole).toInt(),
                                    index.data(TicketQueueModel::WarningLevelRole).toInt(),
                                    index.data(TicketQueueModel::WarningLevelsRole).toInt());
    const QRect cell = option.rect.adjusted(4, 3, -4, -3);
    const QRect track(cell.left(), cell.bottom() - 3, cell.width(), 4);
    const double share = std::clamp(percent.toDouble(), 0.0, 100.0) / 100.0;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour.lighter(180));
    painter->drawRoundedRect(track, 2, 2);
    painter->setBrush(colour);
    painter->drawRoundedRect(QRect(track.left(),
                                   track.top(),
                                   int(track.width() * share),
                                   track.height()),
                             2,
                             2);
    QFont font = opt.font;
    font.setBold(ClockState(index.data(TicketQueueModel::ClockStateRole).toInt())
                 == ClockState::Breached);
    painter->setFont(font);
    painter->setPen(option.state & QStyle::State_Selected ? opt.palette.highlightedText().color()
                                                          : colour.darker(130));
    const QRect textRect = cell.adjusted(0, 0, 0, -5);
    painter->drawText(textRect,
                      Qt::AlignVCenter | Qt::AlignLeft,
                      painter->fontMetrics().elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

} // namespace hourglass
