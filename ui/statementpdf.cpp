// The statement laid out on A4 with QPdfWriter: heading, the month's lines as a table, totals.
#include "statementpdf.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <stdexcept>

namespace hourglass::StatementPdf {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::StatementPdf)
};

// Shares of the page's width for the columns: date, expert, assignment, language, duration,
// taken from.
constexpr double columnShares[] = {0.12, 0.17, 0.33, 0.10, 0.10, 0.18};

} // namespace

void write(const StatementDocument &d, const QString &fileName)
{
    // Written beside the file and renamed over it: a failure leaves the old one as it was.
    QSaveFile out(fileName);
    if (!out.open(QIODevice::WriteOnly))
        throw std::runtime_error(Tr::tr("%1: cannot write the statement: %2")
                                     .arg(fileName, out.errorString())
                                     .toStdString());
    {
        QPdfWriter pdf(&out);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        pdf.setResolution(300);
        pdf.setTitle(d.product + QLatin1String(" — ") + d.title);
        pdf.setCreator(d.product);
        QPainter p(&pdf);
        const QRectF page = p.viewport();
        const double width = page.width();
        double y = 0;
        const auto font = [&](double points, bool bold) {
            QFont f(QStringLiteral("DejaVu Sans"));
            f.setPointSizeF(points);
            f.setBold(bold);
            p.setFont(f);
            return QFontMetricsF(f, &pdf);
        };
        const auto line = [&](const QString &text, double points, bool bold, double after = 0.4) {
            const QFontMetricsF m = font(points, bold);
            const QRectF box(0, y, width, m.height() * 3);
            QRectF used;
            p.drawText(box, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text, &used);
            y += used.height() + m.height() * after;
        };
        const auto newPageIfBelow = [&](double needed) {
            if (y + needed > page.height()) {
                pdf.newPage();
                y = 0;
            }
        };

        line(d.product, 20, true, 0.1);
        line(d.title, 14, true, 0.8);
        line(d.customer, 10, false, 0.1);
        line(d.period, 10, false, 0.1);
        line(d.tier, 10, false, 0.1);
        line(d.generated, 10, false, 1.0);

        // The table: a header row, then one row per line, wrapped within its column.
        const auto row = [&](const QStringList &cells, bool bold) {
            const QFontMetricsF m = font(8.5, bold);
            double x = 0;
            double height = m.height();
            QList<QRectF> boxes;
            for (qsizetype c = 0; c < cells.size(); ++c) {
                const double w = width * columnShares[c];
                const QRectF need = m.boundingRect(QRectF(0, 0, w - 20, 10000),
                                                   Qt::TextWordWrap,
                                                   cells.at(c));
                height = std::max(height, need.height());
                boxes.append(QRectF(x, 0, w - 20, 0));
                x += w;
            }
            newPageIfBelow(height + m.height());
            for (qsizetype c = 0; c < cells.size(); ++c) {
                QRectF box = boxes.at(c);
                box.moveTop(y);
                box.setHeight(height);
                const Qt::Alignment align = c == 4 ? Qt::AlignRight : Qt::AlignLeft;
                p.drawText(box, Qt::TextWordWrap | align | Qt::AlignTop, cells.at(c));
            }
            y += height + m.height() * 0.35;
            if (bold) {
                p.drawLine(QPointF(0, y - m.height() * 0.2), QPointF(width, y - m.height() * 0.2));
                y += m.height() * 0.2;
            }
        };
        row(d.columns, true);
        if (d.rows.isEmpty())
            line(d.empty, 9, false, 0.8);
        for (const QStringList &cells : d.rows)
            row(cells, false);

        y += 60;
        newPageIfBelow(double(d.totals.size() + 3) * 60);
        for (const auto &[label, value] : d.totals) {
            const QFontMetricsF m = font(10, false);
            p.drawText(QRectF(0, y, width * 0.6, m.height()), Qt::AlignLeft, label);
            p.setFont(QFont(p.font().family(), 10, QFont::Bold));
            p.drawText(QRectF(width * 0.6, y, width * 0.2, m.height()), Qt::AlignRight, value);
            y += m.height() * 1.3;
        }
        y += 60;
        line(d.footer, 8, false);
        if (!p.end())
            throw std::runtime_error(
                Tr::tr("%1: cannot lay out the statement").arg(fileName).toStdString());
    }
    if (!out.commit())
        throw std::runtime_error(Tr::tr("%1: cannot write the statement: %2")
                                     .arg(fileName, out.errorString())
                                     .toStdString());
}

} // namespace hourglass::StatementPdf
