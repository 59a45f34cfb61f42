// A rotation's shifts over a week or a month, painted: a row per person, a bar per shift in the
// viewer's zone (the rotation's zone in the tooltip), overrides and lint findings marked, now
// drawn as a line.
#include "oncalltimeline.h"

#include "oncall/oncallservice.h"
#include "time/datetext.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace hourglass {

namespace {

// Overrides read without colour too: hatched, and their words say so.
const QColor overrideColour(230, 126, 34);
const QColor findingColour(192, 57, 43);

QString hours(Seconds d)
{
    const qint64 s = d.count();
    return s % 3600 == 0 ? QString::number(s / 3600) : QLocale().toString(double(s) / 3600, 'f', 1);
}

} // namespace

OnCallTimeline::OnCallTimeline(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("onCallTimeline"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void OnCallTimeline::setRange(Instant from, Instant to)
{
    m_from = from;
    m_to = std::max(to, from + Seconds{1});
    update();
}

void OnCallTimeline::setContents(QList<Row> rows,
                                 std::vector<OnCallShift> shifts,
                                 QList<std::pair<Instant, Instant>> findings,
                                 const QString &zone)
{
    m_rows = std::move(rows);
    m_rowOf.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i).login, i);
    m_shifts = std::move(shifts);
    m_findings = std::move(findings);
    m_zone = zone;
    updateGeometry();
    update();
}

void OnCallTimeline::setNow(Instant now)
{
    m_now = now;
    update();
}

int OnCallTimeline::nameWidth() const
{
    int widest = fontMetrics().horizontalAdvance(QStringLiteral("MMMMMMMMMM"));
    for (const Row &row : m_rows)
        widest = std::max(widest, fontMetrics().horizontalAdvance(row.name));
    return std::min(widest + 16, width() / 3);
}

int OnCallTimeline::headerHeight() const
{
    return fontMetrics().height() * 2 + 10;
}

int OnCallTimeline::rowHeight() const
{
    return fontMetrics().height() + 14;
}

QSize OnCallTimeline::sizeHint() const
{
    return {900, headerHeight() + rowHeight() * int(std::max<qsizetype>(5, m_rows.size())) + 8};
}

QSize OnCallTimeline::minimumSizeHint() const
{
    return {400, headerHeight() + rowHeight() * 3};
}

int OnCallTimeline::xOf(Instant t) const
{
    const int left = nameWidth();
    const double span = double((m_to - m_from).count());
    const double at = double((std::clamp(t, m_from, m_to) - m_from).count());
    return left + int((width() - left - 1) * at / span);
}

QRect OnCallTimeline::barRect(std::size_t index) const
{
    if (index >= m_shifts.size())
        return {};
    const OnCallShift &s = m_shifts[index];
    const auto row = m_rowOf.constFind(s.person);
    if (row == m_rowOf.constEnd() || s.end <= m_from || s.start >= m_to)
        return {};
    const int top = headerHeight() + *row * rowHeight() + 3;
    const int left = xOf(s.start);
    return QRect(left, top, std::max(2, xOf(s.end) - left), rowHeight() - 6);
}

int OnCallTimeline::shiftAt(QPoint point) const
{
    for (std::size_t i = 0; i < m_shifts.size(); ++i) {
        if (barRect(i).contains(point))
            return int(i);
    }
    return -1;
}

QString OnCallTimeline::roleLabel(const OnCallShift &shift) const
{
    return shift.position == 0 ? tr("Prime", "on-call role, short")
                               : tr("S%1", "on-call secondary, short").arg(shift.position);
}

QString OnCallTimeline::describe(const OnCallShift &shift) const
{
    QString name = shift.person;
    QString covered = shift.standingInFor;
    for (const Row &row : m_rows) {
        if (row.login == shift.person)
            name = row.name;
        if (row.login == shift.standingInFor)
            covered = row.name;
    }
    QStringList lines;
    lines.append(tr("%1, %2").arg(name, OnCallService::roleName(shift.position)));
    lines.append(tr("%1 to %2 (your time)")
                     .arg(DateText::inViewerZone(shift.start), DateText::inViewerZone(shift.end)));
    if (!m_zone.isEmpty())
        lines.append(tr("%1 to %2 (rotation's time, %3)")
                         .arg(DateText::inZone(shift.start, m_zone),
                              DateText::inZone(shift.end, m_zone),
                              m_zone));
    lines.append(tr("%1 h").arg(hours(shift.length())));
    if (shift.overrideId != 0)
        lines.append(tr("Override: covering for %1").arg(covered));
    return lines.join(QLatin1Char('\n'));
}

void OnCallTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette &colours = palette();
    painter.fillRect(rect(), colours.base());
    const QLocale locale;
    const int left = nameWidth();
    const int header = headerHeight();
    const int rowH = rowHeight();
    const int bottom = header + rowH * int(m_rows.size());

    // Lint findings: a band over the header where something is wrong, words in the list below.
    for (const auto &[start, end] : m_findings) {
        if (end <= m_from || start >= m_to)
            continue;
        const int x0 = xOf(start);
        painter.fillRect(QRect(x0, header - 6, std::max(3, xOf(end) - x0), 5), findingColour);
    }

    // Days in the viewer's zone: a line at each local midnight, a label per day.
    QDateTime day = QDateTime::fromSecsSinceEpoch(toEpoch(m_from)).toLocalTime();
    day = day.date().startOfDay();
    const qint64 span = (m_to - m_from).count();
    const bool month = span > 10 * 86400;
    QFont bold = font();
    bold.setBold(true);
    while (day.toSecsSinceEpoch() < toEpoch(m_to)) {
        const QDateTime next = day.date().addDays(1).startOfDay();
        const int x0 = xOf(fromEpoch(day.toSecsSinceEpoch()));
        const int x1 = xOf(fromEpoch(next.toSecsSinceEpoch()));
        const bool weekend = day.date().dayOfWeek() >= 6;
        if (weekend)
            painter.fillRect(QRect(x0, header, x1 - x0, bottom - header), colours.alternateBase());
        painter.setPen(colours.color(QPalette::Mid));
        painter.drawLine(x0, month && day.date().dayOfWeek() != 1 ? header : 0, x0, bottom);
        painter.setPen(colours.color(QPalette::WindowText));
        const QRect top(x0 + 2, 2, x1 - x0 - 4, header / 2 - 2);
        const QRect under(x0 + 2, header / 2, x1 - x0 - 4, header / 2 - 6);
        if (month) {
            // Mondays name their month; the first day too when no Monday follows soon.
            const bool firstShown = day.toSecsSinceEpoch() <= toEpoch(m_from);
            if (day.date().dayOfWeek() == 1 || (firstShown && day.date().dayOfWeek() <= 4)) {
                painter.setFont(bold);
                painter.drawText(QRect(x0 + 2, 2, 200, header / 2 - 2),
                                 Qt::AlignLeft | Qt::AlignVCenter,
                                 locale.toString(day.date(), QStringLiteral("d MMM")));
                painter.setFont(font());
            }
            painter.drawText(under, Qt::AlignCenter, QString::number(day.date().day()));
        } else {
            painter.setFont(bold);
            painter.drawText(top,
                             Qt::AlignCenter,
                             locale.dayName(day.date().dayOfWeek(), QLocale::ShortFormat));
            painter.setFont(font());
            painter.drawText(under,
                             Qt::AlignCenter,
                             locale.toString(day.date(), QLocale::ShortFormat));
        }
        day = next;
    }

    // People: a row each, names on the left.
    for (int i = 0; i < m_rows.size(); ++i) {
        const QRect row(0, header + i * rowH, width(), rowH);
        painter.setPen(colours.color(QPalette::Midlight));
        painter.drawLine(row.bottomLeft(), row.bottomRight());
        painter.setPen(colours.color(QPalette::WindowText));
        painter.drawText(QRect(6, row.top(), left - 10, rowH),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         fontMetrics().elidedText(m_rows.at(i).name, Qt::ElideRight, left - 10));
    }

    // Shifts: the prime strong, secondaries pale, overrides hatched; words say which.
    const QColor prime = colours.color(QPalette::Highlight);
    QColor secondary = prime;
    secondary.setAlpha(80);
    for (std::size_t i = 0; i < m_shifts.size(); ++i) {
        const QRect bar = barRect(i);
        if (bar.isEmpty())
            continue;
        const OnCallShift &s = m_shifts[i];
        const bool isOverride = s.overrideId != 0;
        painter.setPen(Qt::NoPen);
        painter.setBrush(isOverride ? overrideColour : s.position == 0 ? prime : secondary);
        painter.drawRect(bar);
        if (isOverride) {
            painter.setBrush(QBrush(overrideColour.darker(140), Qt::BDiagPattern));
            painter.drawRect(bar);
        }
        QString label = roleLabel(s);
        if (isOverride)
            label = tr("%1 (override)").arg(label);
        // A shift the clocks lengthen or shorten says so (23 h, 167 h, 25 h…).
        const qint64 rest = s.length().count() % 86400;
        if ((rest == 3600 || rest == 82800) && s.start >= m_from && s.end <= m_to)
            label += QStringLiteral(" · ") + tr("%1 h").arg(hours(s.length()));
        painter.setPen(s.position == 0 || isOverride ? colours.color(QPalette::HighlightedText)
                                                     : colours.color(QPalette::Text));
        if (fontMetrics().horizontalAdvance(label) + 6 <= bar.width())
            painter.drawText(bar.adjusted(4, 0, -2, 0), Qt::AlignLeft | Qt::AlignVCenter, label);
    }

    // Now.
    if (m_now >= m_from && m_now < m_to) {
        const int x = xOf(m_now);
        painter.setPen(QPen(findingColour, 2));
        painter.drawLine(x, header - 8, x, bottom);
    }
}

bool OnCallTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = shiftAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), describe(m_shifts[std::size_t(index)]), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void OnCallTimeline::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int index = shiftAt(event->position().toPoint());
    if (index >= 0)
        emit shiftActivated(m_shifts[std::size_t(index)]);
}

} // namespace hourglass
