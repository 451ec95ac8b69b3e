#pragma once
// What export, the report, presentation mode and the headless render see of
// the dashboard's pages: the pages themselves (built by one factory, in the
// dashboard's order) and every chart on a page, line or bar alike.

#include <QImage>
#include <QList>
#include <QRectF>
#include <QSize>
#include <QString>
#include <memory>
#include <vector>

#include "document/EvaluationScheduler.h"

class QPainter;
class QWidget;

namespace leverboard::ui {

class ModelPage;
class ChartWidget;
class BarChartWidget;

// One chart of a page: a ChartWidget or a BarChartWidget behind one face.
class PageChart {
public:
    explicit PageChart(ChartWidget* chart) : line_(chart) {}
    explicit PageChart(BarChartWidget* chart) : bar_(chart) {}

    QWidget* widget() const;
    QString title() const;
    // Lays the chart out at target's size and paints it there (vector output
    // on vector devices), independent of the size it has on screen.
    void render(QPainter* painter, const QRectF& target) const;
    QImage toImage(const QSize& logicalSize, qreal devicePixelRatio) const;

private:
    ChartWidget* line_ = nullptr;
    BarChartWidget* bar_ = nullptr;
};

// Every chart of the page in the order the page built them (reading order),
// line and bar charts interleaved; charts a page hid on purpose are skipped.
QList<PageChart> pageCharts(const ModelPage* page);

// The dashboard's pages, in its tab order: Overview, Cost, Leverage, Half-life, Capex.
QList<ModelPage*> createModelPages();

// "overview", "cost", "leverage", "half_life", "capex": file names and CSV names.
QString pageSlug(const ModelPage* page);
// A file-name-safe form of a title: "Price path" → "price-path".
QString fileSlug(const QString& text);

// The pages built once more, never shown, for the report and the headless
// render: a light palette whatever the desktop theme (paper is white), fed
// the same views the dashboard shows.
class OffscreenPages {
public:
    OffscreenPages();
    ~OffscreenPages();
    OffscreenPages(const OffscreenPages&) = delete;
    OffscreenPages& operator=(const OffscreenPages&) = delete;

    void showResults(const std::vector<ScenarioView>& views);
    const QList<ModelPage*>& pages() const { return pages_; }

private:
    std::unique_ptr<QWidget> host_;  // parent of the pages
    QList<ModelPage*> pages_;
};

}  // namespace leverboard::ui
