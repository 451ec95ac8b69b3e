#include "charts/ChartWidget.h"

#include "format/PeopleNumbers.h"

#include <QAreaSeries>
#include <QChart>
#include <QGraphicsLayout>
#include <QChartView>
#include <QCursor>
#include <QFontMetricsF>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <limits>

namespace leverboard::ui {
namespace {

// Smallest value drawn on a log axis: one value ≤ 0 would hide the whole series.
constexpr double kLogFloor = 1e-12;
constexpr int kLinearTicks = 6;

double niceStep(double rough) {
    if (!(rough > 0) || !std::isfinite(rough)) return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    const double fraction = rough / magnitude;
    const double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
    return nice * magnitude;
}

struct AxisRange {
    double lo;
    double hi;
    int ticks = kLinearTicks;  // linear axes only
    int decadesPerLabel = 1;   // log axes only: a label every 10^k (a short axis has room for few)
};

// A range [lo, hi] covering [min, max] with ticks at round values: 6 ticks
// unless 5 or 7 fit the data more tightly (0 … 60 months reads 0, 10, …, 60
// rather than 0, 20, …, 100 with 40% of the plot empty).
// minStep keeps labels distinct when the format shows no decimals ("%.0f":
// a 0.5 step would print 0, 1, 1, 2, 2, 3 for a headcount axis).
// maxTicks: as many labels as the axis has room for (a small chart's axis:
// more would overlap, and Qt Charts draws overlapping labels as "…").
AxisRange niceLinearRange(double min, double max, double minStep, int maxTicks = kLinearTicks + 1) {
    if (min == max) {
        const double pad = min == 0 ? 1 : std::fabs(min) * 0.5;
        min -= pad;
        max += pad;
        if (min < 0 && max > 0 && std::fabs(min) < 1e-300) min = 0;
    }
    AxisRange best{min, max, kLinearTicks};
    bool found = false;
    for (int ticks : {kLinearTicks, kLinearTicks - 1, kLinearTicks + 1}) {
        if (ticks > maxTicks) ticks = std::max(2, maxTicks - (kLinearTicks + 1 - ticks));
        double step = std::max(minStep, niceStep((max - min) / (ticks - 1)));
        for (int attempt = 0; attempt < 8; ++attempt) {
            const double lo = std::floor(min / step) * step;
            const double hi = lo + step * (ticks - 1);
            if (hi >= max - 1e-12 * std::fabs(max)) {
                if (!found || hi - lo < (best.hi - best.lo) * (1 - 1e-9)) best = {lo, hi, ticks};
                found = true;
                break;
            }
            step = niceStep(step * 1.0001 * 1.5);
        }
    }
    return best;
}

Qt::PenStyle penStyle(LineStyle style) {
    switch (style) {
    case LineStyle::Solid: return Qt::SolidLine;
    case LineStyle::Dashed: return Qt::DashLine;
    case LineStyle::Dotted: return Qt::DotLine;
    }
    return Qt::SolidLine;
}

constexpr double kMaxDecadesWithMinorTicks = 4;


QAbstractAxis* makeAxis(const AxisSpec& spec) {
    if (spec.scale == AxisScale::Log) {
        auto* axis = new QLogValueAxis;
        axis->setBase(10);
        axis->setLabelFormat(spec.labelFormat);
        axis->setMinorTickCount(0);  // setAxisRange adds them for short ranges
        axis->setTitleText(spec.title);
        return axis;
    }
    auto* axis = new QValueAxis;
    axis->setTickCount(kLinearTicks);
    axis->setLabelFormat(spec.labelFormat);
    axis->setTitleText(spec.title);
    return axis;
}

void setAxisRange(QAbstractAxis* axis, const AxisRange& range) {
    if (auto* linear = qobject_cast<QValueAxis*>(axis); linear && linear->tickCount() != range.ticks)
        linear->setTickCount(range.ticks);
    if (auto* log = qobject_cast<QLogValueAxis*>(axis)) {
        const double base = std::pow(10.0, range.decadesPerLabel);
        if (log->base() != base) log->setBase(base);
        // Minor grid lines (2…9 per decade) help read a short range; over
        // many decades they are a grey wash and a sixth of the frame's time.
        // With a label every few decades there are none (Qt would draw base − 2).
        const int minor =
            range.decadesPerLabel == 1 && std::log10(range.hi / range.lo) <= kMaxDecadesWithMinorTicks ? -1 : 0;
        if (log->minorTickCount() != minor) log->setMinorTickCount(minor);
    }
    axis->setRange(range.lo, range.hi);
}

}  // namespace

ChartWidget::ChartWidget(const QString& title, const AxisSpec& x, const AxisSpec& y, QWidget* parent)
    : Chart(title, parent), xSpec_(x), ySpec_(y) {
    xAxis_ = makeAxis(x);
    yAxis_ = makeAxis(y);
    chart_->addAxis(xAxis_, Qt::AlignBottom);
    chart_->addAxis(yAxis_, Qt::AlignLeft);
    connect(chart_, &QChart::plotAreaChanged, this, &ChartWidget::refitLabels, Qt::QueuedConnection);
    applyTheme();
    setAccessibleDescription(tr("%1 against %2").arg(y.title, x.title));
}

ChartWidget::~ChartWidget() = default;

void ChartWidget::setYAxisTitle(const QString& title) {
    if (title == ySpec_.title) return;
    ySpec_.title = title;
    yAxis_->setTitleText(title);
    setAccessibleDescription(tr("%1 against %2").arg(ySpec_.title, xSpec_.title));
}

void ChartWidget::attach(QObject* seriesObject) {
    auto* series = qobject_cast<QAbstractSeries*>(seriesObject);
    chart_->addSeries(series);
    series->attachAxis(xAxis_);
    series->attachAxis(yAxis_);
}

SeriesHandle ChartWidget::addEntry(Entry entry, const QString& name) {
    const int index = static_cast<int>(entries_.size());
    QObject* seriesObject = nullptr;
    if (entry.kind == Kind::Area) {
        auto* upper = new QLineSeries(this);
        auto* lower = new QLineSeries(this);
        auto* area = new QAreaSeries(upper, lower);
        area->setName(name);
        entry.series = upper;
        entry.lower = lower;
        entry.owner = area;
        seriesObject = area;
        connect(area, &QAreaSeries::hovered, this, [this, index](const QPointF& p, bool state) {
            showHoverTip(seriesName(SeriesHandle{index}), p, state);
        });
    } else {
        QXYSeries* series = nullptr;
        if (entry.kind == Kind::Points) {
            auto* scatter = new QScatterSeries;
            scatter->setMarkerSize(entry.width);
            series = scatter;
        } else {
            series = new QLineSeries;
        }
        series->setName(name);
        entry.series = series;
        entry.owner = series;
        seriesObject = series;
        if (entry.kind == Kind::Line || entry.kind == Kind::Points) {
            connect(series, &QXYSeries::hovered, this, [this, index](const QPointF& p, bool state) {
                showHoverTip(seriesName(SeriesHandle{index}), p, state);
            });
        }
    }
    entries_.push_back(std::move(entry));
    attach(seriesObject);
    applyColors();
    // A marker stays hidden until a position is set; it is not switched off
    // (setSeriesVisible), so setMarker alone shows it.
    if (entries_.back().kind == Kind::VerticalMarker || entries_.back().kind == Kind::HorizontalMarker)
        qobject_cast<QAbstractSeries*>(entries_.back().owner)->setVisible(false);
    return SeriesHandle{index};
}

SeriesHandle ChartWidget::addLine(const QString& name, const QColor& color, qreal width, LineStyle style) {
    return addEntry(Entry{Kind::Line, nullptr, nullptr, nullptr, color, width, style, {}, true, true, {}}, name);
}

SeriesHandle ChartWidget::addArea(const QString& name, const QColor& color, AreaFill fill) {
    Entry entry{Kind::Area, nullptr, nullptr, nullptr, color, 1.5, LineStyle::Solid, {}, true, true, {}};
    entry.fill = fill;
    return addEntry(std::move(entry), name);
}

SeriesHandle ChartWidget::addPoints(const QString& name, const QColor& color, qreal size) {
    return addEntry(Entry{Kind::Points, nullptr, nullptr, nullptr, color, size, LineStyle::Solid, {}, true, true, {}},
                    name);
}

SeriesHandle ChartWidget::addVerticalMarker(const QString& name, const QColor& color, LineStyle style) {
    return addEntry(Entry{Kind::VerticalMarker, nullptr, nullptr, nullptr, color, 1.5, style, {}, true, true, {}},
                    name);
}

SeriesHandle ChartWidget::addHorizontalMarker(const QString& name, const QColor& color, LineStyle style) {
    return addEntry(Entry{Kind::HorizontalMarker, nullptr, nullptr, nullptr, color, 1.5, style, {}, true, true, {}},
                    name);
}

double ChartWidget::clampForAxis(double value, const AxisSpec& spec) const {
    if (spec.scale == AxisScale::Log) return std::max(value, kLogFloor);
    return value;
}

void ChartWidget::setPoints(SeriesHandle handle, const QList<QPointF>& points) {
    if (!handle.valid()) return;
    Entry& entry = entries_[static_cast<std::size_t>(handle.index)];
    QList<QPointF> clean;
    clean.reserve(points.size());
    for (const QPointF& p : points) {
        if (!std::isfinite(p.x()) || !std::isfinite(p.y())) continue;
        if (xSpec_.scale == AxisScale::Log && p.x() <= 0) continue;
        clean.append(QPointF(p.x(), clampForAxis(p.y(), ySpec_)));
    }
    // The same points again (a slider that moves only a marker, e.g. the
    // cluster size along curves drawn against cluster size): Qt Charts would
    // rebuild the series' geometry for nothing.
    if (clean == entry.data && entry.series->count() == clean.size()) return;
    entry.data = clean;
    entry.series->replace(clean);
    if (entry.kind == Kind::Area) {
        // The floor is a straight line: its two ends close the same filled
        // shape as one floor point per x, without a second geometry (and hover
        // shape) of every point, far below a log axis, on each update.
        QList<QPointF> base;
        const double floor = ySpec_.scale == AxisScale::Log ? kLogFloor : 0.0;
        if (!clean.isEmpty()) base = {QPointF(clean.front().x(), floor), QPointF(clean.back().x(), floor)};
        entry.lower->replace(base);
    }
}

void ChartWidget::setMarker(SeriesHandle handle, std::optional<double> position) {
    if (!handle.valid()) return;
    Entry& entry = entries_[static_cast<std::size_t>(handle.index)];
    if (position && !std::isfinite(*position)) position.reset();
    entry.markerPosition = position;
    auto* series = qobject_cast<QAbstractSeries*>(entry.owner);
    series->setVisible(entry.visible && position.has_value());
}

void ChartWidget::setSeriesName(SeriesHandle handle, const QString& name) {
    if (!handle.valid()) return;
    qobject_cast<QAbstractSeries*>(entries_[static_cast<std::size_t>(handle.index)].owner)->setName(name);
}

void ChartWidget::setSeriesColor(SeriesHandle handle, const QColor& color) {
    if (!handle.valid()) return;
    QColor& current = entries_[static_cast<std::size_t>(handle.index)].color;
    if (current == color) return;  // pages set colours on every update: re-styling all series is not free
    current = color;
    applyColors();
}

void ChartWidget::setSeriesVisible(SeriesHandle handle, bool visible) {
    if (!handle.valid()) return;
    Entry& entry = entries_[static_cast<std::size_t>(handle.index)];
    entry.visible = visible;
    const bool isMarker = entry.kind == Kind::VerticalMarker || entry.kind == Kind::HorizontalMarker;
    qobject_cast<QAbstractSeries*>(entry.owner)
        ->setVisible(visible && (!isMarker || entry.markerPosition.has_value()));
}

void ChartWidget::setInLegend(SeriesHandle handle, bool inLegend) {
    if (!handle.valid()) return;
    Entry& entry = entries_[static_cast<std::size_t>(handle.index)];
    entry.inLegend = inLegend;
    auto* series = qobject_cast<QAbstractSeries*>(entry.owner);
    for (QLegendMarker* marker : chart_->legend()->markers(series)) marker->setVisible(inLegend);
}

void ChartWidget::setMarkerAffectsRange(SeriesHandle handle, bool affects) {
    if (handle.valid()) entries_[static_cast<std::size_t>(handle.index)].affectsRange = affects;
}

void ChartWidget::addBandSource(const QString& model, const QString& column, double scale, const QColor& color) {
    bandSources_.append(BandSource{model, column, scale, color});
}

void ChartWidget::setBandSources(const QList<BandSource>& sources) {
    if (sources == bandSources_) return;
    auto columns = [](const QList<BandSource>& list) {
        QList<QPair<QString, QString>> refs;
        for (const BandSource& source : list) refs.append({source.model, source.column});
        return refs;
    };
    const bool changed = columns(sources) != columns(bandSources_);
    bandSources_ = sources;
    for (Band& band : bands_) {
        const bool declared = std::any_of(sources.begin(), sources.end(),
                                          [&](const BandSource& source) { return source.column == band.key; });
        if (declared || !band.visible) continue;
        band.visible = false;
        qobject_cast<QAbstractSeries*>(band.area)->setVisible(false);
        band.median->setVisible(false);
    }
    if (changed) emit bandSourcesChanged();
}

void ChartWidget::setBandScale(const QString& column, double scale) {
    for (BandSource& source : bandSources_) {
        if (source.column != column || source.scale == scale) continue;
        const double ratio = scale / source.scale;
        source.scale = scale;
        for (Band& band : bands_) {
            if (band.key != column) continue;
            for (QList<QPointF>* points : {&band.p10, &band.p50, &band.p90})
                for (QPointF& p : *points) p.setY(clampForAxis(p.y() * ratio, ySpec_));
            band.lower->replace(band.p10);
            band.upper->replace(band.p90);
            band.median->replace(band.p50);
        }
    }
}

void ChartWidget::styleBand(Band& band) {
    QColor fill = band.color;
    fill.setAlphaF(0.2f);
    auto* area = static_cast<QAreaSeries*>(band.area);
    area->setBrush(fill);
    area->setPen(Qt::NoPen);
    QPen pen(band.color, 1.0);
    pen.setCapStyle(Qt::FlatCap);
    band.median->setPen(pen);
}

void ChartWidget::setBand(const QString& key, const QList<double>& xs, const QList<std::optional<double>>& p10,
                          const QList<std::optional<double>>& p50, const QList<std::optional<double>>& p90,
                          const QColor& color) {
    auto it = std::find_if(bands_.begin(), bands_.end(), [&](const Band& b) { return b.key == key; });
    if (it == bands_.end()) {
        // Created once, on first use; from then on updated in place like every series.
        Band band;
        band.key = key;
        auto* upper = new QLineSeries(this);
        auto* lower = new QLineSeries(this);
        band.upper = upper;
        band.lower = lower;
        auto* area = new QAreaSeries(upper, lower);
        area->setName(tr("P10–P90"));
        band.area = area;
        band.median = new QLineSeries;
        band.median->setName(tr("P50"));
        band.color = color;
        attach(area);
        attach(band.median);
        // One legend entry for the fan, whatever the number of bands.
        for (QLegendMarker* marker : chart_->legend()->markers(band.median)) marker->setVisible(false);
        if (!bands_.empty() || !bandsInLegend_)
            for (QLegendMarker* marker : chart_->legend()->markers(area)) marker->setVisible(false);
        bands_.push_back(std::move(band));
        it = bands_.end() - 1;
        styleBand(*it);
    }
    Band& band = *it;
    if (band.color != color) {
        band.color = color;
        styleBand(band);
    }
    band.p10.clear();
    band.p50.clear();
    band.p90.clear();
    const qsizetype rows = std::min({xs.size(), p10.size(), p50.size(), p90.size()});
    for (qsizetype i = 0; i < rows; ++i) {
        const double x = xs[i];
        if (!std::isfinite(x) || (xSpec_.scale == AxisScale::Log && x <= 0)) continue;
        if (p10[i] && p90[i] && std::isfinite(*p10[i]) && std::isfinite(*p90[i])) {
            band.p10.append(QPointF(x, clampForAxis(*p10[i], ySpec_)));
            band.p90.append(QPointF(x, clampForAxis(*p90[i], ySpec_)));
        }
        if (p50[i] && std::isfinite(*p50[i])) band.p50.append(QPointF(x, clampForAxis(*p50[i], ySpec_)));
    }
    band.lower->replace(band.p10);
    band.upper->replace(band.p90);
    band.median->replace(band.p50);
    if (!band.visible) {
        band.visible = true;
        qobject_cast<QAbstractSeries*>(band.area)->setVisible(true);
        band.median->setVisible(true);
    }
}

void ChartWidget::hideBands() {
    for (Band& band : bands_) {
        if (!band.visible) continue;
        band.visible = false;
        qobject_cast<QAbstractSeries*>(band.area)->setVisible(false);
        band.median->setVisible(false);
    }
}

ChartWidget::BandPoints ChartWidget::band(const QString& key) const {
    for (const Band& band : bands_)
        if (band.key == key) return BandPoints{band.lower->points(), band.median->points(), band.upper->points(), band.visible};
    return {};
}

QStringList ChartWidget::bandKeys() const {
    QStringList keys;
    for (const Band& band : bands_) keys.append(band.key);
    return keys;
}

void ChartWidget::updateRanges() {
    double xLo = std::numeric_limits<double>::infinity(), xHi = -xLo;
    double yLo = xLo, yHi = -xLo;
    for (const Entry& entry : entries_) {
        if (!entry.visible) continue;
        if (entry.kind == Kind::VerticalMarker) {
            if (entry.affectsRange && entry.markerPosition) {
                xLo = std::min(xLo, *entry.markerPosition);
                xHi = std::max(xHi, *entry.markerPosition);
            }
            continue;
        }
        if (entry.kind == Kind::HorizontalMarker) {
            if (entry.affectsRange && entry.markerPosition) {
                yLo = std::min(yLo, clampForAxis(*entry.markerPosition, ySpec_));
                yHi = std::max(yHi, clampForAxis(*entry.markerPosition, ySpec_));
            }
            continue;
        }
        for (const QPointF& p : entry.data) {
            xLo = std::min(xLo, p.x());
            xHi = std::max(xHi, p.x());
            yLo = std::min(yLo, p.y());
            yHi = std::max(yHi, p.y());
        }
    }
    for (const Band& band : bands_) {
        if (!band.visible) continue;
        for (const QList<QPointF>* points : {&band.p10, &band.p90}) {
            for (const QPointF& p : *points) {
                xLo = std::min(xLo, p.x());
                xHi = std::max(xHi, p.x());
                yLo = std::min(yLo, p.y());
                yHi = std::max(yHi, p.y());
            }
        }
    }
    auto choose = [this](const AxisSpec& spec, double lo, double hi, double curLo, double curHi, bool haveCurrent,
                         bool valueAxis, Qt::Orientation orientation) -> std::optional<AxisRange> {
        if (!std::isfinite(lo) || !std::isfinite(hi)) {
            // Nothing to show on this axis (every value null: "No team reaches
            // the target"). Keep the range it had; a chart that never had data
            // gets a plain one, not Qt's 0 … 1, which a whole-number format
            // labels "0, 0, 0, 1, 1, 1".
            if (haveCurrent) return std::nullopt;
            lo = spec.scale == AxisScale::Log ? 1.0 : 0.0;
            hi = spec.scale == AxisScale::Log ? 10.0 : 1.0;
        }
        if (spec.fixedMin) lo = std::min(lo, *spec.fixedMin);
        if (spec.fixedMax) hi = std::max(hi, *spec.fixedMax);
        AxisRange wanted{};
        bool shrink = false;
        if (spec.scale == AxisScale::Log) {
            lo = std::max(lo, kLogFloor);
            hi = std::max(hi, lo);
            double decLo = std::floor(std::log10(lo));
            double decHi = std::ceil(std::log10(hi));
            if (decHi <= decLo) decHi = decLo + 1;
            wanted = {std::pow(10.0, decLo), std::pow(10.0, decHi), kLinearTicks};
            const int room = labelRoom(orientation, spec, wanted.lo, wanted.hi);
            wanted.decadesPerLabel = std::max(1, int(std::ceil((decHi - decLo) / std::max(1, room - 1))));
            shrink = haveCurrent && std::log10(curHi / curLo) > (decHi - decLo) + 2.5;
        } else {
            const bool wholeNumbers = spec.labelFormat == QLatin1String("%.0f") ||
                                      spec.labelFormat == QLatin1String("%d") ||
                                      spec.labelFormat == QLatin1String("%i");
            // Counts step flat along their maximum, which would hide in the
            // frame at the top edge: leave 4% headroom on whole-number axes.
            const double headroom = valueAxis && wholeNumbers && hi > lo ? 0.04 * (hi - lo) : 0.0;
            const double slack = spec.slack * (hi - lo);
            const double wantLo = lo - slack, wantHi = hi + headroom + slack;
            wanted = niceLinearRange(wantLo, wantHi, wholeNumbers ? 1.0 : 0.0,
                                     labelRoom(orientation, spec, wantLo, wantHi));
            shrink = haveCurrent && (hi - lo) < 0.35 * (curHi - curLo);
        }
        if (spec.fixedMin) wanted.lo = *spec.fixedMin;
        if (spec.fixedMax) wanted.hi = *spec.fixedMax;
        const bool outside = !haveCurrent || lo < curLo || hi > curHi;
        if (outside || shrink) return wanted;
        return std::nullopt;
    };
    bool rangeChanged = false;
    if (auto x = choose(xSpec_, xLo, xHi, xMin_, xMax_, rangeSet_, false, Qt::Horizontal)) {
        rangeChanged = rangeChanged || x->lo != xMin_ || x->hi != xMax_;
        xMin_ = x->lo;
        xMax_ = x->hi;
        setAxisRange(xAxis_, *x);
    }
    if (auto y = choose(ySpec_, yLo, yHi, yMin_, yMax_, rangeSet_, true, Qt::Vertical)) {
        rangeChanged = rangeChanged || y->lo != yMin_ || y->hi != yMax_;
        yMin_ = y->lo;
        yMax_ = y->hi;
        setAxisRange(yAxis_, *y);
    }
    // A new range relayouts the chart (new tick labels). Qt Charts posts that
    // layout for a later event-loop pass, which paints the chart a second
    // time; laid out now, the one paint of this pass shows it.
    if (rangeChanged && isVisible()) chart_->layout()->activate();
    rangeSet_ = rangeSet_ || (std::isfinite(xLo) && std::isfinite(yLo));
    layoutMarkers();
    // A legend with no entry shown (one line named by the title) still takes
    // its height: on a short chart (the Overview's tiles) that squeezes the
    // axes until their labels elide to "…". Hidden then; the entries are
    // counted from what was asked (the markers of a hidden legend are hidden).
    bool anyEntry = bandsInLegend_ &&
                    std::any_of(bands_.begin(), bands_.end(), [](const Band& band) { return band.visible; });
    for (const Entry& entry : entries_) {
        const bool isMarker = entry.kind == Kind::VerticalMarker || entry.kind == Kind::HorizontalMarker;
        anyEntry = anyEntry || (entry.inLegend && entry.visible && (!isMarker || entry.markerPosition.has_value()));
    }
    if (chart_->legend()->isVisible() != anyEntry) chart_->legend()->setVisible(anyEntry);
}

void ChartWidget::layoutMarkers() {
    for (Entry& entry : entries_) {
        if (!entry.markerPosition) continue;
        const double at = *entry.markerPosition;
        if (entry.kind == Kind::VerticalMarker)
            entry.series->replace(QList<QPointF>{{at, yMin_}, {at, yMax_}});
        else if (entry.kind == Kind::HorizontalMarker)
            entry.series->replace(QList<QPointF>{{xMin_, clampForAxis(at, ySpec_)},
                                                 {xMax_, clampForAxis(at, ySpec_)}});
    }
}

int ChartWidget::seriesCount() const { return static_cast<int>(entries_.size()); }

SeriesHandle ChartWidget::findSeries(const QString& name) const {
    for (int i = 0; i < seriesCount(); ++i)
        if (seriesName(SeriesHandle{i}) == name) return SeriesHandle{i};
    return {};
}

QList<SeriesHandle> ChartWidget::allSeries() const {
    QList<SeriesHandle> handles;
    for (int i = 0; i < seriesCount(); ++i) handles.append(SeriesHandle{i});
    return handles;
}

QString ChartWidget::seriesName(SeriesHandle handle) const {
    if (!handle.valid() || handle.index >= seriesCount()) return {};
    return qobject_cast<QAbstractSeries*>(entries_[static_cast<std::size_t>(handle.index)].owner)->name();
}

QList<QPointF> ChartWidget::points(SeriesHandle handle) const {
    if (!handle.valid() || handle.index >= seriesCount()) return {};
    return entries_[static_cast<std::size_t>(handle.index)].series->points();
}

bool ChartWidget::seriesVisible(SeriesHandle handle) const {
    if (!handle.valid() || handle.index >= seriesCount()) return false;
    return qobject_cast<QAbstractSeries*>(entries_[static_cast<std::size_t>(handle.index)].owner)->isVisible();
}

QPair<double, double> ChartWidget::xRange() const { return {xMin_, xMax_}; }
QPair<double, double> ChartWidget::yRange() const { return {yMin_, yMax_}; }

int ChartWidget::labelRoom(Qt::Orientation orientation, const AxisSpec& spec, double lo, double hi) const {
    const QRectF plot = chart_->plotArea();
    if (plot.width() < 1 || plot.height() < 1) return 64;  // not laid out yet: no limit
    const QAbstractAxis* axis = orientation == Qt::Horizontal ? xAxis_ : yAxis_;
    const QFontMetricsF metrics(axis->labelsFont());
    // A label and a small gap each (Qt Charts elides a label longer than
    // its spacing): a fifth of a line vertically, half a character across.
    double per = metrics.height() * 1.2;
    double length = plot.height();
    if (orientation == Qt::Horizontal) {
        const QByteArray format = spec.labelFormat.toLatin1();
        double widest = 0;
        for (double v : {lo, hi, 0.5 * (lo + hi)})
            widest = std::max(widest, metrics.horizontalAdvance(QString::asprintf(format.constData(), v)));
        per = widest + 0.5 * metrics.averageCharWidth();
        length = plot.width();
    }
    // A linear axis never has more than 7 ticks; a log axis has one per decade when they fit.
    return std::clamp(int(length / per) + 1, 2, spec.scale == AxisScale::Log ? 64 : kLinearTicks + 1);
}

void ChartWidget::refitLabels() {
    // The room for labels changed (a resize): choose the ranges again if it
    // changes how many labels fit.
    const std::pair<int, int> room{labelRoom(Qt::Horizontal, xSpec_, xMin_, xMax_),
                                   labelRoom(Qt::Vertical, ySpec_, yMin_, yMax_)};
    if (room == labelRoom_) return;
    labelRoom_ = room;
    if (!rangeSet_) return;
    rangeSet_ = false;
    updateRanges();
}

QColor ChartWidget::areaFill(SeriesHandle area) const {
    if (!area.valid()) return {};
    const Entry& entry = entries_[static_cast<std::size_t>(area.index)];
    if (entry.kind != Kind::Area) return {};
    return static_cast<const QAreaSeries*>(entry.owner)->brush().color();
}

QStringList ChartWidget::linearAxisLabels(Qt::Orientation orientation) const {
    const auto* axis = qobject_cast<const QValueAxis*>(orientation == Qt::Horizontal ? xAxis_ : yAxis_);
    QStringList labels;
    if (!axis || axis->tickCount() < 2) return labels;
    const double step = (axis->max() - axis->min()) / (axis->tickCount() - 1);
    const QByteArray format = axis->labelFormat().toLatin1();
    for (int i = 0; i < axis->tickCount(); ++i)
        labels << QString::asprintf(format.constData(), axis->min() + step * i);
    return labels;
}

void ChartWidget::applyColors() {
    for (Band& band : bands_) styleBand(band);
    for (Entry& entry : entries_) {
        QPen pen(entry.color, entry.width, penStyle(entry.style));
        pen.setCapStyle(Qt::FlatCap);
        switch (entry.kind) {
        case Kind::Area: {
            auto* area = static_cast<QAreaSeries*>(entry.owner);
            constexpr float kAlpha = 0.45f;
            if (entry.fill == AreaFill::Stacked) {
                // The translucent colour as it shows over the chart's background, opaque.
                const QBrush background = chart_->backgroundBrush();
                const QColor under = background.style() == Qt::SolidPattern ? background.color()
                                                                            : palette().color(QPalette::Base);
                const auto mix = [&](float a, float b) { return kAlpha * a + (1 - kAlpha) * b; };
                area->setBrush(QColor::fromRgbF(mix(entry.color.redF(), under.redF()),
                                                mix(entry.color.greenF(), under.greenF()),
                                                mix(entry.color.blueF(), under.blueF())));
                area->setPen(Qt::NoPen);
                break;
            }
            QColor fill = entry.color;
            fill.setAlphaF(kAlpha);
            area->setBrush(fill);
            area->setPen(QPen(entry.color, 1.5));
            break;
        }
        case Kind::Points: {
            auto* scatter = static_cast<QScatterSeries*>(entry.series);
            scatter->setColor(entry.color);
            scatter->setBorderColor(entry.color.darker(140));
            scatter->setMarkerSize(entry.width);
            break;
        }
        default:
            entry.series->setPen(pen);
            break;
        }
    }
}

void ChartWidget::showHoverTip(const QString& name, const QPointF& point, bool state) {
    if (!state) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(),
                       QStringLiteral("<b>%1</b><br>%2: %3<br>%4: %5")
                           .arg(name.toHtmlEscaped(), xSpec_.title.toHtmlEscaped(), formatSignificant(point.x(), 4),
                                ySpec_.title.toHtmlEscaped(), formatSignificant(point.y(), 4)),
                       view_);
}

QList<QPointF> stepPoints(const QList<QPointF>& points) {
    QList<QPointF> steps;
    steps.reserve(points.size() * 2);
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (i > 0) steps.append(QPointF(points[i].x(), points[i - 1].y()));
        steps.append(points[i]);
    }
    return steps;
}

}  // namespace leverboard::ui
