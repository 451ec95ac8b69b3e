#pragma once
// What ChartWidget and BarChartWidget share around their QChart: the view
// set up for fast in-place updates, painting into any target (export, report),
// and the events that re-theme a chart. QtCharts types stay inside ui/charts/.

#include <QImage>
#include <QRectF>
#include <QSize>

class QChart;
class QChartView;
class QEvent;
class QPainter;
class QPalette;
class QWidget;

namespace leverboard::ui::chart_plumbing {

// A frameless view with antialiasing and full-viewport updates (PERFORMANCE.md:
// one rectangle to repaint is cheaper than the union of every series' bounds,
// whose many-rectangle clip the raster engine intersects span by span). Its
// context menu is left to the owning widget.
QChartView* makeView(QChart* chart, QWidget* parent);

// Lays the chart out at target's size, paints it there (vector output on
// vector devices) and restores its on-screen size.
void render(QChart* chart, QPainter* painter, const QRectF& target);
// The chart at logicalSize on its own background, devicePixelRatio pixels per point.
QImage toImage(QChart* chart, const QSize& logicalSize, qreal devicePixelRatio);

bool isDark(const QPalette& palette);
// Colours follow the system's light or dark appearance; fonts follow the
// widget (presentation mode scales them up).
bool changesAppearance(const QEvent* event);

}  // namespace leverboard::ui::chart_plumbing
