#pragma once
// A heatmap of one value over two axes (the two-parameter map), painted with
// QPainter into a cached image: Qt Charts has no heatmap, and none of its
// types is needed here. Numeric maps diverge at a threshold (per cell, so a
// threshold that moves with an axis works) with the threshold's contour
// drawn by marching squares; without a threshold they are sequential. Text
// values are categories with their own colours and a legend. Null cells are
// hatched; the scenario's point is marked; log axes are labelled in the
// axis's own numbers.

#include <QImage>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QWidget>
#include <functional>
#include <optional>
#include <vector>

namespace leverboard::ui {

struct HeatmapData {
    enum class AxisScale { Linear, Log, LogOnePlus };

    std::vector<double> xs;  // grid points, ascending; cell centres
    std::vector<double> ys;
    AxisScale xScale = AxisScale::Linear;
    AxisScale yScale = AxisScale::Linear;
    QString xTitle;  // "Utilization (fraction)"
    QString yTitle;
    QString valueTitle;
    // Numeric maps: row-major values[iy * xs.size() + ix] (nullopt: null).
    std::vector<std::optional<double>> values;
    // The threshold per cell (empty, or nullopt everywhere: sequential map).
    std::vector<std::optional<double>> thresholds;
    bool goodAbove = true;  // the good side of the threshold
    // Categorical maps (text values): each cell's index into categories, −1 for null.
    std::vector<int> categoryOf;
    QStringList categories;
    // Text for people: an axis value, a map value (with its unit).
    std::function<QString(double)> formatX;
    std::function<QString(double)> formatY;
    std::function<QString(double)> formatValue;
    std::optional<QPointF> marker;  // the scenario's point (x, y in values)

    bool categorical() const { return !categories.isEmpty(); }
};

class HeatmapWidget : public QWidget {
    Q_OBJECT
public:
    explicit HeatmapWidget(QWidget* parent = nullptr);

    void setData(HeatmapData data);
    const HeatmapData& data() const { return data_; }

    // The contour of value = threshold, as segments in axis values (x, y).
    struct Segment {
        QPointF from;
        QPointF to;
    };
    const std::vector<Segment>& contour() const { return contour_; }

    // Geometry, for clicks and tests: the plot's rectangle, the widget point
    // at a grid point's centre, and the grid cell under a point (−1 outside).
    QRectF plotRect() const;
    QPointF cellCenter(int ix, int iy) const;
    std::pair<int, int> cellAt(const QPointF& point) const;
    // What the hover tooltip says for a cell: x, y and the value.
    QString cellText(int ix, int iy) const;
    // The colour a cell is filled with (invalid for a hatched null cell).
    QColor cellColor(int ix, int iy) const;

    // Paints the map at target's size (exports and the report).
    void render(QPainter* painter, const QRectF& target) const;

signals:
    // A click on a cell: that grid point's x and y values.
    void cellClicked(double x, double y);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRectF plotRectIn(const QRectF& bounds) const;
    double toAxis(double value, HeatmapData::AxisScale scale) const;
    // Cell boundaries on the axis scale: midpoints between grid points.
    std::vector<double> edges(const std::vector<double>& grid, HeatmapData::AxisScale scale) const;
    double xToPixel(double axisValue, const QRectF& plot) const;
    double yToPixel(double axisValue, const QRectF& plot) const;
    void computeColors();
    void computeContour();
    void paintMap(QPainter& painter, const QRectF& bounds, bool useCache) const;
    QImage renderCells(const QSize& size) const;
    void paintAxes(QPainter& painter, const QRectF& plot) const;
    void paintLegend(QPainter& painter, const QRectF& bounds, const QRectF& plot) const;
    bool darkTheme() const;
    bool uniform() const;
    // The colour bar's labels, top to bottom (the legend's width follows them).
    QStringList legendLabels() const;

    HeatmapData data_;
    std::vector<QColor> colors_;  // per cell; invalid = null (hatched)
    std::vector<Segment> contour_;
    double goodScale_ = 1;  // largest distance to the threshold on the good side
    double badScale_ = 1;
    double minValue_ = 0;
    double maxValue_ = 0;
    bool diverging_ = false;
    bool constantThreshold_ = false;
    mutable QImage cache_;  // the cells at the plot's size
    mutable bool cacheValid_ = false;
};

}  // namespace leverboard::ui
