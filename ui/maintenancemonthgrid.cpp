// One month of the maintenance calendar, painted: a cell a day, each window on its days as a
// coloured strip with words (the platform and the time), today outlined.
#include "maintenancemonthgrid.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace hourglass {

MaintenanceMonthGrid::MaintenanceMonthGrid(QWidget *parent)
    : QWidget(parent)
    , m_month(QDate::currentDate())
{
    setObjectName(QStringLiteral("maintenanceMonthGrid"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setFocusPolicy(Qt::StrongFocus);
}

void MaintenanceMonthGrid::setMonth(QDate month)
{
    const QDate first(month.year(), month.month(), 1);
    if (first == m_month)
        return;
    m_month = first;
    update();
}

void MaintenanceMonthGrid::setToday(QDate today)
{
    if (today == m_today)
        return;
    m_today = today;
    update();
}

void MaintenanceMonthGrid::setEntries(QList<Entry> entries)
{
    m_entries = std::move(entries);
    update();
}

QStringList MaintenanceMonthGrid::textsOn(QDate day) const
{
    QStringList texts;
    for (const Entry &entry : m_entries) {
        if (entry.day == day)
            texts.append(entry.time.isEmpty() ? entry.label : entry.time + u' ' + entry.label);
    }
    return texts;
}

QDate MaintenanceMonthGrid::firstShown() const
{
    const QDate first(m_month.year(), m_month.month(), 1);
    // Weeks start on the locale's first day (Monday in France, Sunday in the US).
    const int weekStart = int(QLocale().firstDayOfWeek());
    return first.addDays(-((first.dayOfWeek() - weekStart + 7) % 7));
}

QSize MaintenanceMonthGrid::sizeHint() const
{
    return {7 * 110, headerHeight() + 6 * 90};
}

QSize MaintenanceMonthGrid::minimumSizeHint() const
{
    return {7 * 60, headerHeight() + 6 * 56};
}

int MaintenanceMonthGrid::headerHeight() const
{
    return fontMetrics().height() + 8;
}

QRect MaintenanceMonthGrid::cellRect(int index) const
{
    const int top = headerHeight();
    const int w = width() / 7;
    const int h = (height() - top) / 6;
    return {(index % 7) * w, top + (index / 7) * h, w, h};
}

QDate MaintenanceMonthGrid::dayAt(const QPoint &point) const
{
    for (int i = 0; i < 42; ++i) {
        if (cellRect(i).contains(point))
            return firstShown().addDays(i);
    }
    return {};
}

void MaintenanceMonthGrid::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &colours = palette();
    painter.fillRect(rect(), colours.base());
    const QLocale locale;
    const QDate first = firstShown();
    const int w = width() / 7;

    // Weekday names over the columns.
    QFont headerFont = font();
    headerFont.setBold(true);
    painter.setFont(headerFont);
    painter.setPen(colours.color(QPalette::WindowText));
    for (int column = 0; column < 7; ++column) {
        const QRect header(column * w, 0, w, headerHeight());
        painter.drawText(header,
                         Qt::AlignCenter,
                         locale.dayName(first.addDays(column).dayOfWeek(), QLocale::ShortFormat));
    }

    const QFontMetrics metrics(font());
    const int line = metrics.height() + 4;
    for (int i = 0; i < 42; ++i) {
        const QDate day = first.addDays(i);
        const QRect cell = cellRect(i);
        const bool inMonth = day.month() == m_month.month();
        painter.fillRect(cell.adjusted(0, 0, -1, -1),
                         inMonth ? colours.base() : colours.alternateBase());
        painter.setPen(colours.color(QPalette::Mid));
        painter.drawRect(cell.adjusted(0, 0, -1, -1));

        // Today: outlined and its number on a filled disc, which read without colour too.
        QFont dayFont = font();
        const QRect number(cell.left() + 4, cell.top() + 2, metrics.height() + 10, line);
        if (day == m_today) {
            painter.setPen(QPen(colours.color(QPalette::Highlight), 2));
            painter.drawRect(cell.adjusted(1, 1, -2, -2));
            painter.setPen(Qt::NoPen);
            painter.setBrush(colours.highlight());
            painter.drawRoundedRect(number, 4, 4);
            painter.setBrush(Qt::NoBrush);
            painter.setPen(colours.color(QPalette::HighlightedText));
            dayFont.setBold(true);
        } else {
            painter.setPen(colours.color(inMonth ? QPalette::Text : QPalette::PlaceholderText));
        }
        painter.setFont(dayFont);
        painter.drawText(number, Qt::AlignCenter, QString::number(day.day()));
        painter.setFont(font());

        // The windows of the day, one strip each, as many as fit; then how many more.
        int y = cell.top() + line + 4;
        const QStringList texts = textsOn(day);
        int drawn = 0;
        for (const Entry &entry : std::as_const(m_entries)) {
            if (entry.day != day)
                continue;
            // Words too long for the width wrap, the time kept whole on the first line, up to
            // three lines; what still does not fit ends in an ellipsis (the tooltip says all).
            QString time = entry.time;
            time.replace(u' ', QChar::Nbsp);
            const QString words = time.isEmpty() ? entry.label : time + u' ' + entry.label;
            const int width = cell.width() - 15;
            const bool wraps = metrics.horizontalAdvance(words) > width;
            const int lines = wraps ? std::min(3,
                                               metrics.boundingRect(QRect(0, 0, width, 1000),
                                                                    Qt::TextWordWrap,
                                                                    words)
                                                       .height()
                                                   / metrics.height())
                                    : 1;
            const int height = lines * metrics.height() + 4;
            if (y + height > cell.bottom() - 2 && drawn < texts.size()) {
                painter.setPen(colours.color(QPalette::Text));
                painter.drawText(QRect(cell.left() + 4, y, cell.width() - 8, line),
                                 Qt::AlignLeft | Qt::AlignVCenter,
                                 tr("+%n more",
                                    "maintenance windows on a day",
                                    int(texts.size() - drawn)));
                break;
            }
            const QRect strip(cell.left() + 3, y, cell.width() - 6, height);
            QColor fill = entry.colour;
            fill.setAlpha(60);
            painter.setPen(Qt::NoPen);
            painter.setBrush(fill);
            painter.drawRoundedRect(strip, 3, 3);
            painter.setBrush(entry.colour);
            painter.drawRect(QRect(strip.left(), strip.top(), 4, strip.height()));
            painter.setBrush(Qt::NoBrush);
            painter.setPen(colours.color(QPalette::Text));
            const QRect area = strip.adjusted(7, 2, -2, -2);
            if (lines == 1) {
                painter.drawText(area,
                                 Qt::AlignLeft | Qt::AlignVCenter,
                                 metrics.elidedText(words, Qt::ElideRight, area.width()));
            } else {
                painter.save();
                painter.setClipRect(area);
                painter.drawText(area, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, words);
                painter.restore();
            }
            y += height + 2;
            ++drawn;
        }
    }
}

void MaintenanceMonthGrid::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QDate day = dayAt(event->position().toPoint());
    if (day.isValid()) {
        const auto first = std::find_if(m_entries.cbegin(),
                                        m_entries.cend(),
                                        [day](const Entry &e) { return e.day == day; });
        emit dayActivated(day, first == m_entries.cend() ? 0 : first->windowId);
    }
    QWidget::mouseDoubleClickEvent(event);
}

bool MaintenanceMonthGrid::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QDate day = dayAt(help->pos());
        QStringList tips;
        for (const Entry &entry : std::as_const(m_entries)) {
            if (entry.day == day && day.isValid())
                tips.append(entry.toolTip.isEmpty() ? entry.label : entry.toolTip);
        }
        if (tips.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tips.join(QStringLiteral("\n\n")), this);
        return true;
    }
    return QWidget::event(event);
}

void MaintenanceMonthGrid::changeEvent(QEvent *event)
{
    // Weekday names and the first day of the week follow the language.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        update();
    QWidget::changeEvent(event);
}

} // namespace hourglass
