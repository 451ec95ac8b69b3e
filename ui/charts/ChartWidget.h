#pragma once
// Our own small XY chart class. Qt Charts types stay inside ui/charts so a
// later move to Qt Graphs touches one folder. Series are created once and
// their data replaced in place (PERFORMANCE.md): no rebuilds, no animation,
// axis ranges that move only when the data leaves them.

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

#include "charts/Chart.h"

class QAbstractAxis;
class QXYSeries;

namespace leverboard::ui {

enum class AxisScale { Linear, Log };

struct AxisSpec {
    // A constructor rather than an aggregate: callers name only what they need.
    AxisSpec(QString axisTitle = {}, AxisScale axisScale = AxisScale::Linear,
             QString format = QStringLiteral("%.3g"), std::optional<double> min = std::nullopt,
             std::optional<double> max = std::nullopt)
        : title(std::move(axisTitle)), scale(axisScale), labelFormat(std::move(format)), fixedMin(min),
          fixedMax(max) {}

    QString title;                 // with its unit, e.g. "Price ($ / 1M tokens)"
    AxisScale scale = AxisScale::Linear;
    QString labelFormat = QStringLiteral("%.3g");
    std::optional<double> fixedMin;  // pin one end (e.g. 0 for counts)
    std::optional<double> fixedMax;
    // Linear axes: when the data leaves the range, the new one leaves this
    // share of the data's span free on each side. For data that moves along
    // the axis as a slider moves (a histogram of a KPI): each range change
    // relayouts the chart (8–10 ms), and with room to move they come seldom.
    double slack = 0.0;
};

enum class LineStyle { Solid, Dashed, Dotted };

struct SeriesHandle {
    int index = -1;
    bool valid() const { return index >= 0; }
};

class ChartWidget : public Chart {
    Q_OBJECT
public:
    ChartWidget(const QString& title, const AxisSpec& x, const AxisSpec& y, QWidget* parent = nullptr);
    ~ChartWidget() override;

    // Retitles the value axis (e.g. a money axis moving from $ millions to $ billions).
    void setYAxisTitle(const QString& title);

    // Series are created once, at page construction.
    SeriesHandle addLine(const QString& name, const QColor& color, qreal width = 2.0,
                         LineStyle style = LineStyle::Solid);
    // Filled down to the x axis. Translucent: areas that may overlap (histograms
    // of compared scenarios) show through each other, with an outline.
    // Stacked: areas added largest first (each one's top the sum of those
    // under it), opaque and without an outline: the same colours where they do
    // not overlap, and about half the drawing time (no blending, no stroking).
    enum class AreaFill { Translucent, Stacked };
    SeriesHandle addArea(const QString& name, const QColor& color, AreaFill fill = AreaFill::Translucent);
    SeriesHandle addPoints(const QString& name, const QColor& color, qreal size = 9.0);
    // A reference line across the whole plot (kept spanning the axis range).
    SeriesHandle addVerticalMarker(const QString& name, const QColor& color,
                                   LineStyle style = LineStyle::Dashed);
    SeriesHandle addHorizontalMarker(const QString& name, const QColor& color,
                                     LineStyle style = LineStyle::Dashed);

    // Replaces the whole point list (QXYSeries::replace). Non-finite points
    // are dropped; on a log axis, values ≤ 0 are clamped to a tiny positive.
    void setPoints(SeriesHandle series, const QList<QPointF>& points);
    void setMarker(SeriesHandle marker, std::optional<double> position);  // nullopt hides it
    void setSeriesName(SeriesHandle series, const QString& name);
    void setSeriesColor(SeriesHandle series, const QColor& color);
    void setSeriesVisible(SeriesHandle series, bool visible);
    void setInLegend(SeriesHandle series, bool inLegend);
    // Marker positions count towards the axis range only when asked.
    void setMarkerAffectsRange(SeriesHandle marker, bool affects);

    // ---- Monte Carlo fan bands (MODEL.md, "Uncertainty") ----------------
    // Which series-table columns (ModelSpec::seriesTable) this chart can band,
    // declared once by the page: the model id, the column and the factor from
    // the table's unit to the chart's (e.g. 1e-9 for $ billions, 100 for %),
    // and the colour of the line it belongs to when one scenario is shown
    // (invalid: the scenario's colour, as in compare mode).
    struct BandSource {
        QString model;
        QString column;
        double scale = 1.0;
        QColor color;
        bool colorInCompare = false;  // keep `color` in compare mode too (lines of the active scenario only)
        bool operator==(const BandSource&) const = default;
    };
    void addBandSource(const QString& model, const QString& column, double scale = 1.0, const QColor& color = {});
    // Replaces the declaration, for a chart whose lines follow the data (one per
    // application). A band whose column is no longer declared is hidden.
    // Emits bandSourcesChanged when a model or column changed.
    void setBandSources(const QList<BandSource>& sources);
    const QList<BandSource>& bandSources() const { return bandSources_; }
    // A chart whose unit follows its data (a MoneyScale) changes the factor of
    // the column's source with its lines. A band already drawn is redrawn in
    // the new unit at once: it never shows in the old unit beside the lines.
    void setBandScale(const QString& column, double scale);
    // Whether the fan has its "P10–P90" legend entry (default: yes). A chart
    // whose legend has room for its lines' names only leaves it to the page's
    // other charts.
    void setBandsInLegend(bool inLegend) { bandsInLegend_ = inLegend; }
    // The P10–P90 range as a translucent area and the P50 as a thin line, under
    // a key (e.g. the column): created on first use, then updated in place.
    // Rows whose P10 or P90 is null are left out of the area, rows whose P50
    // is null out of the line. Bands count towards the axis ranges.
    void setBand(const QString& key, const QList<double>& xs, const QList<std::optional<double>>& p10,
                 const QList<std::optional<double>>& p50, const QList<std::optional<double>>& p90,
                 const QColor& color);
    void hideBands();
    struct BandPoints {
        QList<QPointF> p10, p50, p90;
        bool visible = false;
    };
    BandPoints band(const QString& key) const;  // read-back for tests and the report
    QStringList bandKeys() const;

    // Recomputes axis ranges from the visible data, with hysteresis. Call once
    // after a batch of setPoints (the page does it at the end of its update).
    void updateRanges();

    // Read-back for tests, export and the report.
    int seriesCount() const;
    SeriesHandle findSeries(const QString& name) const;  // first series with this name
    QList<SeriesHandle> allSeries() const;
    QString seriesName(SeriesHandle series) const;
    QList<QPointF> points(SeriesHandle series) const;
    QColor areaFill(SeriesHandle area) const;  // an area's fill colour; invalid for other series
    bool seriesVisible(SeriesHandle series) const;
    QPair<double, double> xRange() const;
    QPair<double, double> yRange() const;
    // The labels a linear axis reads (its ticks through its label format);
    // empty for a log axis.
    QStringList linearAxisLabels(Qt::Orientation orientation) const;
    const AxisSpec& xAxisSpec() const { return xSpec_; }
    const AxisSpec& yAxisSpec() const { return ySpec_; }

signals:
    // The columns to band changed (setBandSources): the uncertainty needs follow.
    void bandSourcesChanged();

protected:
    QList<QAbstractAxis*> themedAxes() const override { return {xAxis_, yAxis_}; }
    void applyColors() override;

private:
    enum class Kind { Line, Area, Points, VerticalMarker, HorizontalMarker };
    struct Entry {
        Kind kind;
        QXYSeries* series = nullptr;   // for Area: the upper line
        QXYSeries* lower = nullptr;    // Area only
        QObject* owner = nullptr;      // the QAreaSeries for Area
        QColor color;
        qreal width = 2;
        LineStyle style = LineStyle::Solid;
        std::optional<double> markerPosition;
        bool visible = true;
        bool affectsRange = true;
        QList<QPointF> data;           // what the caller set (after clamping)
        bool inLegend = true;          // setInLegend
        AreaFill fill = AreaFill::Translucent;  // Area only
    };

    SeriesHandle addEntry(Entry entry, const QString& name);
    void attach(QObject* seriesObject);
    void layoutMarkers();
    void showHoverTip(const QString& name, const QPointF& point, bool state);
    double clampForAxis(double value, const AxisSpec& spec) const;
    // How many tick labels fit along the axis for a range lo … hi (at least 2;
    // at most 7 on a linear axis).
    int labelRoom(Qt::Orientation orientation, const AxisSpec& spec, double lo, double hi) const;
    void refitLabels();

    AxisSpec xSpec_;
    AxisSpec ySpec_;
    QAbstractAxis* xAxis_ = nullptr;
    QAbstractAxis* yAxis_ = nullptr;
    std::vector<Entry> entries_;
    std::pair<int, int> labelRoom_{0, 0};  // horizontal, vertical: as last fitted
    struct Band {
        QString key;
        QXYSeries* upper = nullptr;   // P90, the area's top
        QXYSeries* lower = nullptr;   // P10
        QObject* area = nullptr;      // the QAreaSeries
        QXYSeries* median = nullptr;  // P50
        QColor color;
        bool visible = false;
        QList<QPointF> p10, p50, p90;
    };
    void styleBand(Band& band);
    QList<BandSource> bandSources_;
    std::vector<Band> bands_;
    bool bandsInLegend_ = true;
    double xMin_ = 0, xMax_ = 1, yMin_ = 0, yMax_ = 1;
    bool rangeSet_ = false;
};

// Points for a step plot (value held until the next x): (x0,y0),(x1,y0),(x1,y1),…
QList<QPointF> stepPoints(const QList<QPointF>& points);

}  // namespace leverboard::ui
