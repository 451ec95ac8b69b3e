#pragma once
// Writing charts and time series to files: PNG (2× pixels), SVG, PDF and CSV.
// No dialogs here: the GUI's ChartExporter, the report and the headless
// render all come through these functions.

#include <QSize>
#include <QString>
#include <QStringList>
#include <vector>

#include "document/EvaluationScheduler.h"
#include "params/ParameterRegistry.h"

namespace leverboard::ui {

class ModelPage;
class Chart;

namespace chart_export {

// Pixels per logical pixel of exported PNGs and clipboard images.
inline constexpr qreal kImageScale = 2.0;
// The size charts are laid out at when they have no on-screen size of their
// own (the headless render, charts of pages not shown yet).
inline constexpr QSize kDefaultChartSize{960, 600};

// The size a chart is exported at: its size on screen, or kDefaultChartSize
// when it has not been laid out yet.
QSize exportSize(Chart* chart);

// Each returns false with a one-line, user-readable error.
bool writePng(Chart* chart, const QSize& logicalSize, const QString& path, QString* error);
bool writeSvg(Chart* chart, const QSize& logicalSize, const QString& path, QString* error);
bool writePdf(Chart* chart, const QSize& logicalSize, const QString& path, QString* error);
void copyToClipboard(Chart* chart, const QSize& logicalSize);

// Every chart of a page as "<page>-<n>-<title>.png" in directory, numbered
// from 1 in the page's order, at logicalSize (an invalid size: each chart at
// its exportSize). Appends the paths written.
QStringList pageChartFileNames(const ModelPage* page);
bool writePageCharts(const ModelPage* page, const QSize& logicalSize, const QString& directory,
                     QStringList* written, QString* error);

// One model's time series as CSV (core seriesTable/toCsv). With several
// scenarios the rows of each follow one another under a leading "scenario"
// column, so a spreadsheet can filter or pivot them.
QString modelCsv(const std::vector<ScenarioView>& views, ModelGroup group);
// Every model of the registry as <directory>/<model id>.csv, in registry order.
QStringList modelCsvFileNames();
bool writeModelCsvs(const std::vector<ScenarioView>& views, const QString& directory, QStringList* written,
                    QString* error);

// Writes bytes to path atomically (QSaveFile); false with an error naming the file.
bool writeFile(const QString& path, const QByteArray& bytes, QString* error);

}  // namespace chart_export
}  // namespace leverboard::ui
