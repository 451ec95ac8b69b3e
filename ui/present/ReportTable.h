#pragma once
// A table on paper for the report: columns with fixed or shared widths, rows
// whose height follows their wrapped text, section rows that head a group,
// and a paginator that splits a sequence of tables over pages (the header
// row repeated on every page) before anything is painted, so the report
// knows its page count up front.

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <vector>

class QPainter;

namespace leverboard::ui::report {

// Fonts in pixel sizes of the report's device units (kReportDpi): their
// metrics are the same on every paint device, so a layout measured without
// a printer matches what the PDF paints.
inline constexpr int kReportDpi = 96;

struct ReportFonts {
    QFont title;      // the title page's title
    QFont subtitle;
    QFont heading;    // a page's heading
    QFont caption;    // a table's caption
    QFont body;       // table cells
    QFont bodyBold;   // header row, section rows
    QFont small;      // ids, sources, footers
};
const ReportFonts& reportFonts();

// Text broken into lines that fit width: at word boundaries where it can,
// anywhere in a word too long for a line. At most maxLines (0: no limit),
// the last one elided. Measuring and painting use the same lines, so a row
// is exactly as tall as what is painted in it.
QStringList wrapText(const QFont& font, double width, const QString& text, int maxLines = 0);
double textHeight(const QFont& font, int lineCount);
// Paints lines from box's top, each aligned horizontally as asked.
void drawTextLines(QPainter& painter, const QFont& font, const QRectF& box, Qt::Alignment alignment,
                   const QStringList& lines);

struct TableColumn {
    QString title;
    double fixedWidth = 0;  // device units; 0: takes a share of the room left
    double weight = 1;      // that share, relative to the other shared columns
    Qt::Alignment alignment = Qt::AlignLeft;
    bool small = false;     // secondary text (ids, sources)
    QColor swatch;          // a scenario column: underlined in its chart colour
    double width = 0;       // set by fitColumns
};

struct TableRow {
    QStringList cells;
    bool section = false;      // a group heading across the whole row (cells[0])
    bool highlighted = false;  // e.g. a parameter whose values differ between scenarios
};

class ReportTable {
public:
    QString caption;  // above the table on the page where it starts (and "(continued)" after)
    std::vector<TableColumn> columns;
    std::vector<TableRow> rows;

    // Gives the shared columns the room the fixed ones leave of totalWidth.
    void fitColumns(double totalWidth);
    double width() const;
    double captionHeight() const;
    double headerHeight() const;
    double rowHeight(int row) const;  // wrapped text plus padding

    void paintCaption(QPainter& painter, const QPointF& topLeft, bool continued) const;
    void paintHeader(QPainter& painter, const QPointF& topLeft) const;
    // shaded: alternate row banding.
    void paintRow(QPainter& painter, int row, const QPointF& topLeft, bool shaded) const;

private:
    const QFont& cellFont(int column) const;
};

// One table's rows [firstRow, endRow) on one page, starting at y = top.
struct TableSlice {
    int table = 0;
    int firstRow = 0;
    int endRow = 0;
    double top = 0;  // relative to the page's content top
    bool continued = false;  // the table started on an earlier page
};

// Lays the tables out one after another over pages of the given content
// height: a table starts on the page the previous one ended on when its
// caption, header and first rows fit there, and a section row is never left
// alone at the bottom of a page. Returns one list of slices per page.
std::vector<std::vector<TableSlice>> paginateTables(const std::vector<ReportTable>& tables,
                                                    double contentHeight);

}  // namespace leverboard::ui::report
