// A rotation's shifts over a week or a month, painted: a row per person, a bar per shift in the
// viewer's zone (the rotation's zone in the tooltip), overrides and lint findings marked, now
// drawn as a line.
#pragma once

#include "oncall/oncallanswer.h"
#include "time/instant.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QWidget>

#include <vector>

namespace hourglass {

class OnCallTimeline final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OnCallTimeline)

public:
    explicit OnCallTimeline(QWidget *parent = nullptr);

    struct Row
    {
        QString login;
        QString name;
    };
    // [from, to) drawn across the width; `zone` is the rotation's, for the tooltips.
    void setRange(Instant from, Instant to);
    void setContents(QList<Row> rows,
                     std::vector<OnCallShift> shifts,
                     QList<std::pair<Instant, Instant>> findings,
                     const QString &zone);
    void setNow(Instant now);

    Instant from() const { return m_from; }
    Instant to() const { return m_to; }
    const QList<Row> &rows() const { return m_rows; }
    const std::vector<OnCallShift> &shifts() const { return m_shifts; }
    // Where shift `index` is drawn (empty when outside the range or its row).
    QRect barRect(std::size_t index) const;
    // What hovering over a shift says: person, role, times in both zones, length, override.
    QString describe(const OnCallShift &shift) const;
    // The shift under a point, or -1.
    int shiftAt(QPoint point) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // A bar double-clicked: an override for that person from that shift on.
    void shiftActivated(const hourglass::OnCallShift &shift);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    int xOf(Instant t) const;
    int nameWidth() const;
    int headerHeight() const;
    int rowHeight() const;
    QString roleLabel(const OnCallShift &shift) const;

    Instant m_from;
    Instant m_to;
    Instant m_now;
    QList<Row> m_rows;
    QHash<QString, int> m_rowOf;
    std::vector<OnCallShift> m_shifts;
    QList<std::pair<Instant, Instant>> m_findings;
    QString m_zone;
};

} // namespace hourglass
