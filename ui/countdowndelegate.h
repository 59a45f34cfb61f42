// Draws a queue countdown: time left or overdue, a bar of the share elapsed, coloured by
// warning level; paused clocks grey; no bar where there is no clock.
#pragma once

#include <QStyledItemDelegate>

namespace hourglass {

class CountdownDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountdownDelegate)

public:
    explicit CountdownDelegate(QObject *parent = nullptr);
    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // The colour for a clock's state and warning level; shared with the ticket view.
    static QColor colourFor(int clockState, int warningLevel, int warningLevels);
};

} // namespace hourglass
