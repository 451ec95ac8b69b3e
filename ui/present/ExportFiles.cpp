#include "present/ExportFiles.h"

#include <algorithm>

#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QImageWriter>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QWidget>

#include "io/AtomicFile.h"
#include "models/ModelRegistry.h"
#include "models/SeriesTables.h"
#include "pages/ModelPage.h"
#include "present/PageCharts.h"

namespace leverboard::ui::chart_export {
namespace {

QString csvField(const QString& text) {
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
        !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString fail(QString* error, const QString& message) {
    if (error) *error = message;
    return message;
}

// Vector output carries text in points: tell it the chart's own DPI so the
// text keeps the size the chart was laid out with.
int chartDpi(Chart* chart) {
    const int dpi = chart->logicalDpiY();
    return dpi > 0 ? dpi : 96;
}

}  // namespace

QSize exportSize(Chart* chart) {
    const QWidget* widget = chart;
    // A never-shown widget reports Qt's placeholder size (640×480) or its minimum.
    if (!widget->testAttribute(Qt::WA_WState_Created) || !widget->isVisible()) return kDefaultChartSize;
    const QSize size = widget->size();
    return size.width() >= 100 && size.height() >= 80 ? size : kDefaultChartSize;
}

bool writeFile(const QString& path, const QByteArray& bytes, QString* error) {
    QString cause;
    if (io::writeAtomically(path, bytes, &cause)) return true;
    fail(error, QCoreApplication::translate("ChartExport", "cannot write %1: %2")
                    .arg(QDir::toNativeSeparators(path), cause));
    return false;
}

bool writePng(Chart* chart, const QSize& logicalSize, const QString& path, QString* error) {
    const QImage image = chart->toImage(logicalSize, kImageScale);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    writer.setText(QStringLiteral("Title"), chart->title());
    writer.setText(QStringLiteral("Software"), QStringLiteral("Leverboard"));
    if (!writer.write(image)) {
        fail(error, QCoreApplication::translate("ChartExport", "cannot encode %1 as PNG: %2")
                        .arg(QDir::toNativeSeparators(path), writer.errorString()));
        return false;
    }
    return writeFile(path, bytes, error);
}

bool writeSvg(Chart* chart, const QSize& logicalSize, const QString& path, QString* error) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(logicalSize);
    generator.setViewBox(QRect(QPoint(0, 0), logicalSize));
    generator.setResolution(chartDpi(chart));
    generator.setTitle(chart->title());
    generator.setDescription(QStringLiteral("Leverboard chart"));
    {
        QPainter painter(&generator);
        painter.setRenderHint(QPainter::Antialiasing);
        chart->render(&painter, QRectF(QPointF(0, 0), QSizeF(logicalSize)));
    }
    return writeFile(path, bytes, error);
}

bool writePdf(Chart* chart, const QSize& logicalSize, const QString& path, QString* error) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        const int dpi = chartDpi(chart);
        QPdfWriter writer(&buffer);
        writer.setResolution(dpi);
        writer.setTitle(chart->title());
        writer.setCreator(QStringLiteral("Leverboard"));
        // One page exactly the chart's size: a figure to place in a document.
        const QSizeF points = QSizeF(logicalSize) * (72.0 / dpi);
        writer.setPageLayout(QPageLayout(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch),
                                         QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        QPainter painter;
        if (!painter.begin(&writer)) {
            fail(error, QCoreApplication::translate("ChartExport", "cannot create the PDF for %1")
                            .arg(QDir::toNativeSeparators(path)));
            return false;
        }
        painter.setRenderHint(QPainter::Antialiasing);
        chart->render(&painter, QRectF(QPointF(0, 0), QSizeF(logicalSize)));
    }
    return writeFile(path, bytes, error);
}

void copyToClipboard(Chart* chart, const QSize& logicalSize) {
    QGuiApplication::clipboard()->setImage(chart->toImage(logicalSize, kImageScale));
}

QStringList pageChartFileNames(const ModelPage* page) {
    QStringList names;
    const QList<Chart*> charts = pageCharts(page);
    const QString slug = pageSlug(page);
    for (qsizetype i = 0; i < charts.size(); ++i)
        names << QStringLiteral("%1-%2-%3.png").arg(slug).arg(i + 1).arg(fileSlug(charts[i]->title()));
    return names;
}

bool writePageCharts(const ModelPage* page, const QSize& logicalSize, const QString& directory,
                     QStringList* written, QString* error) {
    const QList<Chart*> charts = pageCharts(page);
    const QStringList names = pageChartFileNames(page);
    for (qsizetype i = 0; i < charts.size(); ++i) {
        const QString path = QDir(directory).filePath(names[i]);
        const QSize size = logicalSize.isValid() ? logicalSize : exportSize(charts[i]);
        if (!writePng(charts[i], size, path, error)) return false;
        if (written) written->append(path);
    }
    return true;
}

QString modelCsv(const std::vector<ScenarioView>& views, ModelGroup group) {
    std::vector<SeriesTable> tables;
    std::vector<QString> names;
    for (const ScenarioView& view : views) {
        if (!view.results) continue;
        tables.push_back(seriesTable(*view.results, modelSpec(group)));
        names.push_back(view.name);
    }
    if (tables.empty()) return {};
    if (tables.size() == 1) return QString::fromStdString(toCsv(tables.front()));

    // Scenarios may list different applications (cost_per_task.<id> columns):
    // one header with every column, each scenario's cells under their names,
    // empty where a scenario has no such column.
    std::vector<std::string> columns;
    for (const SeriesTable& table : tables)
        for (const std::string& column : table.columns)
            if (std::find(columns.begin(), columns.end(), column) == columns.end()) columns.push_back(column);

    QString csv;
    for (std::size_t t = 0; t < tables.size(); ++t) {
        SeriesTable aligned;
        aligned.columns = columns;
        for (const auto& row : tables[t].rows) {
            std::vector<MaybeNumber> cells(columns.size());
            for (std::size_t c = 0; c < tables[t].columns.size() && c < row.size(); ++c) {
                const auto at = std::find(columns.begin(), columns.end(), tables[t].columns[c]);
                cells[std::size_t(at - columns.begin())] = row[c];
            }
            aligned.rows.push_back(std::move(cells));
        }
        const QStringList lines = QString::fromStdString(toCsv(aligned)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i == 0) {
                if (t == 0) csv += QStringLiteral("scenario,") + lines[0] + QLatin1Char('\n');
                continue;
            }
            csv += csvField(names[t]) + QLatin1Char(',') + lines[i] + QLatin1Char('\n');
        }
    }
    return csv;
}

QStringList modelCsvFileNames() {
    QStringList names;
    for (const ModelSpec& model : models())
        names << QString::fromUtf8(model.id.data(), qsizetype(model.id.size())) + QStringLiteral(".csv");
    return names;
}

bool writeModelCsvs(const std::vector<ScenarioView>& views, const QString& directory, QStringList* written,
                    QString* error) {
    const QStringList names = modelCsvFileNames();  // in registry order
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString path = QDir(directory).filePath(names[i]);
        const ModelGroup group = models()[std::size_t(i)].group;
        if (!writeFile(path, modelCsv(views, group).toUtf8(), error)) return false;
        if (written) written->append(path);
    }
    return true;
}

}  // namespace leverboard::ui::chart_export
