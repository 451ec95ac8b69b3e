#include "present/ReportTable.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QTextLayout>
#include <algorithm>

namespace leverboard::ui::report {
namespace {

constexpr double kPadX = 6;
constexpr double kPadY = 4;
constexpr double kSwatchBar = 3;
constexpr double kSectionTopGap = 6;
constexpr double kCaptionGap = 4;
constexpr double kGapBetweenTables = 20;
// Lines are broken a little short of the column: the PDF's unhinted metrics
// may run a hair wider than the measurement.
constexpr double kMeasureSlack = 3;

const QColor kRule{0x9a, 0xa3, 0xad};
const QColor kBand{0xf3, 0xf5, 0xf7};
const QColor kHighlight{0xff, 0xf3, 0xc4};
const QColor kText{0x1f, 0x23, 0x28};
const QColor kSecondaryText{0x5a, 0x63, 0x6e};

QFont pixelFont(int pixels, bool bold = false) {
    QFont font = QGuiApplication::font();
    font.setPixelSize(pixels);
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);  // the same metrics on screen and paper
    return font;
}

double wrappedHeight(const QFont& font, double width, const QString& text) {
    return textHeight(font, std::max<qsizetype>(1, wrapText(font, width, text).size()));
}

QString continuedCaption(const QString& caption) {
    return QCoreApplication::translate("Report", "%1 (continued)").arg(caption);
}

}  // namespace

QStringList wrapText(const QFont& font, double width, const QString& text, int maxLines) {
    QStringList lines;
    if (text.isEmpty()) return lines;
    QString prepared = text;
    prepared.replace(QLatin1Char('\n'), QChar::LineSeparator);
    const double room = std::max(10.0, width - kMeasureSlack);
    QTextLayout layout(prepared, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(room);
        if (maxLines > 0 && lines.size() == maxLines - 1) {
            // The last line allowed: whatever is left, elided to fit.
            const QString rest = prepared.mid(line.textStart()).replace(QChar::LineSeparator, QLatin1Char(' '));
            lines << QFontMetricsF(font).elidedText(rest.simplified(), Qt::ElideRight, room);
            break;
        }
        lines << prepared.mid(line.textStart(), line.textLength()).remove(QChar::LineSeparator).trimmed();
    }
    layout.endLayout();
    return lines;
}

double textHeight(const QFont& font, int lineCount) {
    const QFontMetricsF metrics(font);
    return lineCount <= 0 ? 0 : metrics.height() + (lineCount - 1) * metrics.lineSpacing();
}

void drawTextLines(QPainter& painter, const QFont& font, const QRectF& box, Qt::Alignment alignment,
                   const QStringList& lines) {
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    double y = box.top();
    for (const QString& line : lines) {
        painter.drawText(QRectF(box.left(), y, box.width(), metrics.height()),
                         int(alignment & Qt::AlignHorizontal_Mask) | Qt::AlignTop | Qt::TextDontClip, line);
        y += metrics.lineSpacing();
    }
}

const ReportFonts& reportFonts() {
    static const ReportFonts fonts{pixelFont(34, true), pixelFont(18), pixelFont(20, true), pixelFont(14, true),
                                   pixelFont(12),       pixelFont(12, true), pixelFont(10)};
    return fonts;
}

void ReportTable::fitColumns(double totalWidth) {
    double fixed = 0, weights = 0;
    for (const TableColumn& column : columns) {
        if (column.fixedWidth > 0) fixed += column.fixedWidth;
        else weights += column.weight;
    }
    const double room = std::max(0.0, totalWidth - fixed);
    for (TableColumn& column : columns)
        column.width = column.fixedWidth > 0 ? column.fixedWidth : (weights > 0 ? room * column.weight / weights : 0);
}

double ReportTable::width() const {
    double total = 0;
    for (const TableColumn& column : columns) total += column.width;
    return total;
}

const QFont& ReportTable::cellFont(int column) const {
    return columns[std::size_t(column)].small ? reportFonts().small : reportFonts().body;
}

double ReportTable::captionHeight() const {
    return caption.isEmpty() ? 0 : QFontMetricsF(reportFonts().caption).height() + kCaptionGap;
}

double ReportTable::headerHeight() const {
    double height = 0;
    for (const TableColumn& column : columns)
        height = std::max(height, wrappedHeight(reportFonts().bodyBold, column.width - 2 * kPadX, column.title));
    return height + 2 * kPadY + kSwatchBar;
}

double ReportTable::rowHeight(int row) const {
    const TableRow& r = rows[std::size_t(row)];
    if (r.section)
        return kSectionTopGap + wrappedHeight(reportFonts().bodyBold, width() - 2 * kPadX, r.cells.value(0)) + 2 * kPadY;
    double height = 0;
    for (int c = 0; c < int(columns.size()); ++c)
        height = std::max(height, wrappedHeight(cellFont(c), columns[std::size_t(c)].width - 2 * kPadX, r.cells.value(c)));
    return height + 2 * kPadY;
}

void ReportTable::paintCaption(QPainter& painter, const QPointF& topLeft, bool continued) const {
    if (caption.isEmpty()) return;
    painter.setFont(reportFonts().caption);
    painter.setPen(kText);
    const QRectF box(topLeft, QSizeF(width(), captionHeight() - kCaptionGap));
    painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, continued ? continuedCaption(caption) : caption);
}

void ReportTable::paintHeader(QPainter& painter, const QPointF& topLeft) const {
    const double height = headerHeight();
    const double bottom = topLeft.y() + height;
    painter.setFont(reportFonts().bodyBold);
    painter.setPen(kText);
    double x = topLeft.x();
    for (const TableColumn& column : columns) {
        // Titles sit on the rule: a one-line title beside a wrapped one lines up at the bottom.
        const QStringList lines = wrapText(reportFonts().bodyBold, column.width - 2 * kPadX, column.title);
        const double textBottom = topLeft.y() + height - kPadY - kSwatchBar;
        const double textTop = textBottom - textHeight(reportFonts().bodyBold, int(lines.size()));
        drawTextLines(painter, reportFonts().bodyBold, QRectF(x + kPadX, textTop, column.width - 2 * kPadX, 0),
                      column.alignment, lines);
        x += column.width;
    }
    painter.setPen(QPen(kRule, 1.2));
    painter.drawLine(QPointF(topLeft.x(), bottom), QPointF(topLeft.x() + width(), bottom));
    // A scenario's column is underlined in its chart colour: the key between
    // the tables and the charts, whatever the title's wrapping.
    x = topLeft.x();
    for (const TableColumn& column : columns) {
        if (column.swatch.isValid())
            painter.fillRect(QRectF(x + kPadX, bottom - kSwatchBar, column.width - 2 * kPadX, kSwatchBar), column.swatch);
        x += column.width;
    }
}

void ReportTable::paintRow(QPainter& painter, int row, const QPointF& topLeft, bool shaded) const {
    const TableRow& r = rows[std::size_t(row)];
    const double height = rowHeight(row);
    if (r.section) {
        painter.setPen(kText);
        drawTextLines(painter, reportFonts().bodyBold,
                      QRectF(topLeft.x() + kPadX, topLeft.y() + kSectionTopGap + kPadY, width() - 2 * kPadX, 0),
                      Qt::AlignLeft, wrapText(reportFonts().bodyBold, width() - 2 * kPadX, r.cells.value(0)));
        painter.setPen(QPen(kRule, 0.6));
        painter.drawLine(QPointF(topLeft.x(), topLeft.y() + height), QPointF(topLeft.x() + width(), topLeft.y() + height));
        return;
    }
    const QRectF band(topLeft, QSizeF(width(), height));
    if (r.highlighted) painter.fillRect(band, kHighlight);
    else if (shaded) painter.fillRect(band, kBand);
    double x = topLeft.x();
    for (int c = 0; c < int(columns.size()); ++c) {
        const TableColumn& column = columns[std::size_t(c)];
        painter.setPen(column.small ? kSecondaryText : kText);
        const QRectF text(x + kPadX, topLeft.y() + kPadY, column.width - 2 * kPadX, 0);
        drawTextLines(painter, cellFont(c), text, column.alignment,
                      wrapText(cellFont(c), column.width - 2 * kPadX, r.cells.value(c)));
        x += column.width;
    }
}

std::vector<std::vector<TableSlice>> paginateTables(const std::vector<ReportTable>& tables, double contentHeight) {
    std::vector<std::vector<TableSlice>> pages(1);
    double y = 0;
    for (int t = 0; t < int(tables.size()); ++t) {
        const ReportTable& table = tables[std::size_t(t)];
        const int rowCount = int(table.rows.size());
        const double top = table.captionHeight() + table.headerHeight();

        // Start on this page only if the caption, the header and a few rows fit.
        double start = y > 0 ? kGapBetweenTables + top : top;
        for (int r = 0; r < std::min(rowCount, 3); ++r) start += table.rowHeight(r);
        if (y > 0 && y + start > contentHeight) {
            pages.emplace_back();
            y = 0;
        }
        if (y > 0) y += kGapBetweenTables;

        TableSlice slice{t, 0, 0, y, false};
        y += top;
        for (int r = 0; r < rowCount; ++r) {
            const double height = table.rowHeight(r);
            // A section row goes with the row after it.
            const double needed =
                height + (table.rows[std::size_t(r)].section && r + 1 < rowCount ? table.rowHeight(r + 1) : 0);
            if (y + needed > contentHeight && slice.endRow > slice.firstRow) {
                pages.back().push_back(slice);
                pages.emplace_back();
                y = 0;
                slice = TableSlice{t, r, r, y, true};
                y += top;
            }
            slice.endRow = r + 1;
            y += height;
        }
        pages.back().push_back(slice);
    }
    return pages;
}

}  // namespace leverboard::ui::report
