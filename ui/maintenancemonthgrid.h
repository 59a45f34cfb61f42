// One month of the maintenance calendar, painted: a cell a day, each window on its days as a
// coloured strip with words (the platform and the time), today outlined.
#pragma once

#include <QColor>
#include <QDate>
#include <QList>
#include <QString>
#include <QWidget>

namespace hourglass {

class MaintenanceMonthGrid final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MaintenanceMonthGrid)

public:
    // One window on one day: its words are always drawn with its colour, never colour alone.
    struct Entry
    {
        QDate day;
        QString time;  // when it starts that day, or empty on the days it goes on
        QString label; // the platform

        QColor colour;
        QString toolTip;
        qint64 windowId = 0;
    };

    explicit MaintenanceMonthGrid(QWidget *parent = nullptr);

    // Any day of the month to show.
    void setMonth(QDate month);
    QDate month() const { return m_month; }
    void setToday(QDate today);
    QDate today() const { return m_today; }
    void setEntries(QList<Entry> entries);
    // The words drawn on a day, in order ("00:00 NUP"): what tests read.
    QStringList textsOn(QDate day) const;
    // The first day the grid shows (the start of the week of the 1st) and the one after the last.
    QDate firstShown() const;
    QDate endShown() const { return firstShown().addDays(42); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // A day double-clicked: the window first drawn on it (0 when none).
    void dayActivated(QDate day, qint64 windowId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QRect cellRect(int index) const;
    int headerHeight() const;
    QDate dayAt(const QPoint &point) const;

    QDate m_month;
    QDate m_today;
    QList<Entry> m_entries;
};

} // namespace hourglass
