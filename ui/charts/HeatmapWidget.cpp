#include "charts/HeatmapWidget.h"

#include <QEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <algorithm>
#include <cmath>

#include "style/Palette.h"

namespace leverboard::ui {
namespace {

constexpr double kMarginTop = 8;
constexpr double kMarginBottom = 44;  // tick labels and the x title
constexpr double kMarginLeft = 72;    // tick labels and the y title
constexpr double kLegendGap = 14;

double fromAxisValue(double axis, HeatmapData::AxisScale scale) {
    switch (scale) {
    case HeatmapData::AxisScale::Log: return std::pow(10.0, axis);
    case HeatmapData::AxisScale::LogOnePlus: return std::pow(10.0, axis) - 1;
    case HeatmapData::AxisScale::Linear: break;
    }
    return axis;
}

// Round steps (1, 2, 5 × 10^k) giving about `count` ticks over [low, high].
std::vector<double> niceTicks(double low, double high, int count) {
    std::vector<double> ticks;
    if (!(high > low)) return {low};
    const double raw = (high - low) / count;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (const double factor : {1.0, 2.0, 5.0, 10.0})
        if (factor * magnitude >= raw) {
            step = factor * magnitude;
            break;
        }
    for (double tick = std::ceil(low / step) * step; tick <= high + step * 1e-9; tick += step)
        ticks.push_back(std::fabs(tick) < step * 1e-9 ? 0.0 : tick);
    return ticks;
}

// Tick values (in the axis's own numbers) for a grid from low to high.
std::vector<double> axisTicks(double low, double high, HeatmapData::AxisScale scale) {
    if (scale == HeatmapData::AxisScale::Linear) return niceTicks(low, high, 5);
    const double offset = scale == HeatmapData::AxisScale::LogOnePlus ? 1 : 0;
    const double lo = low + offset;
    const double hi = high + offset;
    if (!(lo > 0)) return niceTicks(low, high, 5);
    for (const std::vector<double>& factors : {std::vector<double>{1, 2, 5}, std::vector<double>{1}}) {
        std::vector<double> ticks;
        if (offset > 0 && low <= 0) ticks.push_back(0);
        for (int exponent = int(std::floor(std::log10(lo))); exponent <= int(std::ceil(std::log10(hi))); ++exponent)
            for (const double factor : factors) {
                const double tick = factor * std::pow(10.0, exponent);
                if (tick >= lo * (1 - 1e-9) && tick <= hi * (1 + 1e-9)) ticks.push_back(tick - offset);
            }
        if (ticks.size() <= 7 && ticks.size() >= 2) return ticks;
        if (ticks.size() > 7) continue;
        break;
    }
    // Less than a decade: round values, placed on the log axis.
    return niceTicks(low, high, 4);
}

void fillHatched(QPainter& painter, const QRectF& rect, const QColor& background, const QColor& lines) {
    painter.fillRect(rect, background);
    QBrush hatch(lines, Qt::BDiagPattern);
    painter.fillRect(rect, hatch);
}

}  // namespace

HeatmapWidget::HeatmapWidget(QWidget* parent) : QWidget(parent) {
    setMinimumSize(320, 240);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setCursor(Qt::CrossCursor);
}

void HeatmapWidget::setData(HeatmapData data) {
    data_ = std::move(data);
    computeColors();
    computeContour();
    cacheValid_ = false;
    update();
}

// Values that differ only by rounding (a KPI the two axes do not move) are one
// colour, not noise stretched over the whole scale.
bool HeatmapWidget::uniform() const {
    return !(maxValue_ - minValue_ > 1e-9 * std::max(std::fabs(maxValue_), std::fabs(minValue_)));
}

QStringList HeatmapWidget::legendLabels() const {
    QStringList labels;
    if (data_.categorical() || colors_.empty() || !std::isfinite(minValue_)) return labels;
    auto format = [&](double v) { return data_.formatValue ? data_.formatValue(v) : QString::number(v); };
    if (diverging_ && constantThreshold_) {
        double threshold = 0;
        for (const auto& t : data_.thresholds)
            if (t) {
                threshold = *t;
                break;
            }
        const double sign = data_.goodAbove ? 1 : -1;
        labels << format(threshold + sign * goodScale_) << format(threshold) << format(threshold - sign * badScale_);
    } else if (diverging_) {
        labels << tr("better by %1").arg(format(goodScale_)) << tr("at the threshold")
               << tr("worse by %1").arg(format(badScale_));
    } else if (uniform()) {
        labels << format(maxValue_);
    } else {
        labels << format(maxValue_) << format(minValue_);
    }
    return labels;
}

bool HeatmapWidget::darkTheme() const { return palette().color(QPalette::Window).lightness() < 128; }

double HeatmapWidget::toAxis(double value, HeatmapData::AxisScale scale) const {
    switch (scale) {
    case HeatmapData::AxisScale::Log: return std::log10(std::max(value, 1e-300));
    case HeatmapData::AxisScale::LogOnePlus: return std::log10(1 + std::max(value, -1 + 1e-300));
    case HeatmapData::AxisScale::Linear: break;
    }
    return value;
}

std::vector<double> HeatmapWidget::edges(const std::vector<double>& grid, HeatmapData::AxisScale scale) const {
    std::vector<double> axis;
    axis.reserve(grid.size());
    for (const double value : grid) axis.push_back(toAxis(value, scale));
    std::vector<double> result;
    if (axis.empty()) return result;
    if (axis.size() == 1) return {axis[0] - 0.5, axis[0] + 0.5};
    result.push_back(axis[0] - (axis[1] - axis[0]) / 2);
    for (std::size_t i = 0; i + 1 < axis.size(); ++i) result.push_back((axis[i] + axis[i + 1]) / 2);
    result.push_back(axis.back() + (axis.back() - axis[axis.size() - 2]) / 2);
    return result;
}

QRectF HeatmapWidget::plotRectIn(const QRectF& bounds) const {
    const QFontMetricsF metrics(font());
    double legend = 96;
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    const QFontMetricsF smallMetrics(small);
    for (const QString& label : legendLabels())
        legend = std::max(legend, std::min(220.0, smallMetrics.horizontalAdvance(label) + 26));
    if (data_.categorical()) {
        double widest = 0;
        for (const QString& name : data_.categories) widest = std::max(widest, metrics.horizontalAdvance(name));
        legend = std::max(legend, widest + 28);
    }
    const QRectF plot = bounds.adjusted(kMarginLeft, kMarginTop, -(legend + kLegendGap), -kMarginBottom);
    return plot.isValid() ? plot : QRectF(bounds.topLeft(), QSizeF(1, 1));
}

QRectF HeatmapWidget::plotRect() const { return plotRectIn(QRectF(rect())); }

double HeatmapWidget::xToPixel(double axisValue, const QRectF& plot) const {
    const std::vector<double> e = edges(data_.xs, data_.xScale);
    if (e.size() < 2) return plot.left();
    return plot.left() + (axisValue - e.front()) / (e.back() - e.front()) * plot.width();
}

double HeatmapWidget::yToPixel(double axisValue, const QRectF& plot) const {
    const std::vector<double> e = edges(data_.ys, data_.yScale);
    if (e.size() < 2) return plot.bottom();
    return plot.bottom() - (axisValue - e.front()) / (e.back() - e.front()) * plot.height();
}

QPointF HeatmapWidget::cellCenter(int ix, int iy) const {
    const QRectF plot = plotRect();
    return {xToPixel(toAxis(data_.xs.at(std::size_t(ix)), data_.xScale), plot),
            yToPixel(toAxis(data_.ys.at(std::size_t(iy)), data_.yScale), plot)};
}

std::pair<int, int> HeatmapWidget::cellAt(const QPointF& point) const {
    const QRectF plot = plotRect();
    if (!plot.contains(point) || data_.xs.empty() || data_.ys.empty()) return {-1, -1};
    const std::vector<double> ex = edges(data_.xs, data_.xScale);
    const std::vector<double> ey = edges(data_.ys, data_.yScale);
    int ix = -1;
    int iy = -1;
    for (std::size_t i = 0; i + 1 < ex.size(); ++i)
        if (point.x() >= xToPixel(ex[i], plot) && point.x() <= xToPixel(ex[i + 1], plot)) ix = int(i);
    for (std::size_t i = 0; i + 1 < ey.size(); ++i)
        if (point.y() <= yToPixel(ey[i], plot) && point.y() >= yToPixel(ey[i + 1], plot)) iy = int(i);
    if (ix < 0 || iy < 0) return {-1, -1};
    return {ix, iy};
}

QString HeatmapWidget::cellText(int ix, int iy) const {
    if (ix < 0 || iy < 0 || std::size_t(ix) >= data_.xs.size() || std::size_t(iy) >= data_.ys.size()) return {};
    const std::size_t cell = std::size_t(iy) * data_.xs.size() + std::size_t(ix);
    const double x = data_.xs[std::size_t(ix)];
    const double y = data_.ys[std::size_t(iy)];
    QString value = tr("no value");
    if (data_.categorical()) {
        const int category = cell < data_.categoryOf.size() ? data_.categoryOf[cell] : -1;
        if (category >= 0 && category < data_.categories.size()) value = data_.categories[category];
    } else if (cell < data_.values.size() && data_.values[cell]) {
        value = data_.formatValue ? data_.formatValue(*data_.values[cell]) : QString::number(*data_.values[cell]);
    }
    const QString xText = data_.formatX ? data_.formatX(x) : QString::number(x);
    const QString yText = data_.formatY ? data_.formatY(y) : QString::number(y);
    return tr("%1: %2\n%3: %4\n%5: %6")
        .arg(data_.xTitle, xText, data_.yTitle, yText, data_.valueTitle, value);
}

QColor HeatmapWidget::cellColor(int ix, int iy) const {
    const std::size_t cell = std::size_t(iy) * data_.xs.size() + std::size_t(ix);
    return cell < colors_.size() ? colors_[cell] : QColor();
}

void HeatmapWidget::computeColors() {
    const std::size_t cells = data_.xs.size() * data_.ys.size();
    colors_.assign(cells, QColor());
    const bool dark = darkTheme();
    if (data_.categorical()) {
        for (std::size_t cell = 0; cell < cells && cell < data_.categoryOf.size(); ++cell)
            if (data_.categoryOf[cell] >= 0) colors_[cell] = categoryColor(data_.categoryOf[cell]);
        return;
    }
    diverging_ = false;
    constantThreshold_ = true;
    std::optional<double> firstThreshold;
    goodScale_ = badScale_ = 0;
    minValue_ = std::numeric_limits<double>::infinity();
    maxValue_ = -minValue_;
    for (std::size_t cell = 0; cell < cells && cell < data_.values.size(); ++cell) {
        if (!data_.values[cell]) continue;
        const double value = *data_.values[cell];
        minValue_ = std::min(minValue_, value);
        maxValue_ = std::max(maxValue_, value);
        if (cell < data_.thresholds.size() && data_.thresholds[cell]) {
            diverging_ = true;
            const double threshold = *data_.thresholds[cell];
            if (!firstThreshold) firstThreshold = threshold;
            if (threshold != *firstThreshold) constantThreshold_ = false;
            const double goodness = data_.goodAbove ? value - threshold : threshold - value;
            if (goodness > 0) goodScale_ = std::max(goodScale_, goodness);
            if (goodness < 0) badScale_ = std::max(badScale_, -goodness);
        }
    }
    for (std::size_t cell = 0; cell < cells && cell < data_.values.size(); ++cell) {
        if (!data_.values[cell]) continue;
        const double value = *data_.values[cell];
        if (diverging_) {
            double t = 0;
            if (cell < data_.thresholds.size() && data_.thresholds[cell]) {
                const double threshold = *data_.thresholds[cell];
                const double goodness = data_.goodAbove ? value - threshold : threshold - value;
                if (goodness > 0) t = goodness / goodScale_;
                if (goodness < 0) t = goodness / badScale_;
            }
            colors_[cell] = divergingColor(t, dark);
        } else {
            colors_[cell] = sequentialColor(uniform() ? 0.5 : (value - minValue_) / (maxValue_ - minValue_));
        }
    }
}

// Marching squares over the grid points on f = distance to the threshold
// (positive on the good side); squares with a null corner have no line.
void HeatmapWidget::computeContour() {
    contour_.clear();
    if (data_.categorical() || data_.thresholds.empty()) return;
    const std::size_t nx = data_.xs.size();
    const std::size_t ny = data_.ys.size();
    auto goodness = [&](std::size_t ix, std::size_t iy) -> std::optional<double> {
        const std::size_t cell = iy * nx + ix;
        if (cell >= data_.values.size() || cell >= data_.thresholds.size() || !data_.values[cell] ||
            !data_.thresholds[cell])
            return std::nullopt;
        const double difference = *data_.values[cell] - *data_.thresholds[cell];
        return data_.goodAbove ? difference : -difference;
    };
    auto point = [&](double ax, double ay) {
        return QPointF(fromAxisValue(ax, data_.xScale), fromAxisValue(ay, data_.yScale));
    };
    for (std::size_t iy = 0; iy + 1 < ny; ++iy) {
        for (std::size_t ix = 0; ix + 1 < nx; ++ix) {
            const auto f00 = goodness(ix, iy), f10 = goodness(ix + 1, iy);
            const auto f11 = goodness(ix + 1, iy + 1), f01 = goodness(ix, iy + 1);
            if (!f00 || !f10 || !f11 || !f01) continue;
            const double x0 = toAxis(data_.xs[ix], data_.xScale), x1 = toAxis(data_.xs[ix + 1], data_.xScale);
            const double y0 = toAxis(data_.ys[iy], data_.yScale), y1 = toAxis(data_.ys[iy + 1], data_.yScale);
            // Corners in order around the square: 00, 10, 11, 01; edges between them.
            const double f[4] = {*f00, *f10, *f11, *f01};
            const double cx[4] = {x0, x1, x1, x0};
            const double cy[4] = {y0, y0, y1, y1};
            QPointF crossing[4];
            bool crosses[4] = {};
            int count = 0;
            for (int e = 0; e < 4; ++e) {
                const int a = e;
                const int b = (e + 1) % 4;
                if ((f[a] >= 0) == (f[b] >= 0)) continue;
                const double t = f[a] / (f[a] - f[b]);
                crossing[e] = point(cx[a] + (cx[b] - cx[a]) * t, cy[a] + (cy[b] - cy[a]) * t);
                crosses[e] = true;
                ++count;
            }
            if (count == 2) {
                QPointF ends[2];
                int n = 0;
                for (int e = 0; e < 4; ++e)
                    if (crosses[e]) ends[n++] = crossing[e];
                contour_.push_back({ends[0], ends[1]});
            } else if (count == 4) {
                // A saddle: the centre's side decides which corners connect.
                const double centre = (f[0] + f[1] + f[2] + f[3]) / 4;
                if ((centre >= 0) == (f[0] >= 0)) {
                    contour_.push_back({crossing[0], crossing[1]});
                    contour_.push_back({crossing[2], crossing[3]});
                } else {
                    contour_.push_back({crossing[0], crossing[3]});
                    contour_.push_back({crossing[1], crossing[2]});
                }
            }
        }
    }
}

QImage HeatmapWidget::renderCells(const QSize& size) const {
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette().color(QPalette::Base));
    if (data_.xs.empty() || data_.ys.empty()) return image;
    QPainter painter(&image);
    const QRectF plot(QPointF(0, 0), QSizeF(size));
    const std::vector<double> ex = edges(data_.xs, data_.xScale);
    const std::vector<double> ey = edges(data_.ys, data_.yScale);
    const QColor hatchBackground = palette().color(QPalette::Base);
    const QColor hatchLines = darkTheme() ? QColor(0x90, 0x90, 0x90) : QColor(0x80, 0x80, 0x80);
    for (std::size_t iy = 0; iy < data_.ys.size(); ++iy) {
        const double top = std::floor(yToPixel(ey[iy + 1], plot));
        const double bottom = std::ceil(yToPixel(ey[iy], plot));
        for (std::size_t ix = 0; ix < data_.xs.size(); ++ix) {
            const double left = std::floor(xToPixel(ex[ix], plot));
            const double right = std::ceil(xToPixel(ex[ix + 1], plot));
            const QRectF cell(QPointF(left, top), QPointF(right, bottom));
            const QColor color = colors_[iy * data_.xs.size() + ix];
            if (color.isValid())
                painter.fillRect(cell, color);
            else
                fillHatched(painter, cell, hatchBackground, hatchLines);
        }
    }
    return image;
}

void HeatmapWidget::paintAxes(QPainter& painter, const QRectF& plot) const {
    const QColor text = palette().color(QPalette::WindowText);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    painter.setFont(small);
    const QFontMetricsF metrics(small);
    painter.setPen(QPen(text, 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(plot);
    if (data_.xs.empty() || data_.ys.empty()) return;

    for (const double tick : axisTicks(data_.xs.front(), data_.xs.back(), data_.xScale)) {
        const double x = xToPixel(toAxis(tick, data_.xScale), plot);
        if (x < plot.left() - 0.5 || x > plot.right() + 0.5) continue;
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4));
        const QString label = data_.formatX ? data_.formatX(tick) : QString::number(tick);
        const double width = metrics.horizontalAdvance(label);
        painter.drawText(QPointF(x - width / 2, plot.bottom() + 6 + metrics.ascent()), label);
    }
    for (const double tick : axisTicks(data_.ys.front(), data_.ys.back(), data_.yScale)) {
        const double y = yToPixel(toAxis(tick, data_.yScale), plot);
        if (y < plot.top() - 0.5 || y > plot.bottom() + 0.5) continue;
        painter.drawLine(QPointF(plot.left() - 4, y), QPointF(plot.left(), y));
        const QString label = data_.formatY ? data_.formatY(tick) : QString::number(tick);
        const double width = metrics.horizontalAdvance(label);
        painter.drawText(QPointF(plot.left() - 6 - width, y + metrics.ascent() / 2 - 1), label);
    }
    // Titles: below the x ticks, and up the left side.
    painter.drawText(QRectF(plot.left(), plot.bottom() + 6 + metrics.height(), plot.width(), metrics.height() + 4),
                     Qt::AlignHCenter | Qt::AlignTop, metrics.elidedText(data_.xTitle, Qt::ElideRight, plot.width()));
    painter.save();
    painter.translate(plot.left() - kMarginLeft + 2, plot.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-plot.height() / 2, 0, plot.height(), metrics.height() + 2), Qt::AlignHCenter | Qt::AlignTop,
                     metrics.elidedText(data_.yTitle, Qt::ElideRight, plot.height()));
    painter.restore();
}

void HeatmapWidget::paintLegend(QPainter& painter, const QRectF& bounds, const QRectF& plot) const {
    const QColor text = palette().color(QPalette::WindowText);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    painter.setFont(small);
    const QFontMetricsF metrics(small);
    const double left = plot.right() + kLegendGap;
    const double width = bounds.right() - left - 2;
    painter.setPen(text);
    const QRectF titleBox(left, plot.top(), width, metrics.height() * 3);
    painter.drawText(titleBox, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, data_.valueTitle);
    const QRectF titleUsed = painter.boundingRect(titleBox, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                                                  data_.valueTitle);
    double y = titleUsed.bottom() + 6;
    const bool anyNull = std::any_of(colors_.begin(), colors_.end(), [](const QColor& c) { return !c.isValid(); });

    if (data_.categorical()) {
        for (int i = 0; i < data_.categories.size(); ++i) {
            painter.fillRect(QRectF(left, y + 2, 12, 12), categoryColor(i));
            painter.setPen(text);
            painter.drawText(QPointF(left + 18, y + metrics.ascent()), data_.categories[i]);
            y += std::max(16.0, metrics.height() + 2);
        }
    } else if (!colors_.empty() && std::isfinite(minValue_)) {
        const double barHeight = std::max(40.0, std::min(plot.height() * 0.55, plot.bottom() - y - 60));
        const QRectF bar(left, y, 14, barHeight);
        const bool dark = darkTheme();
        for (int row = 0; row < int(barHeight); ++row) {
            const double t = 1 - (row + 0.5) / barHeight;  // top = 1
            const QColor color = diverging_ ? divergingColor(2 * t - 1, dark) : sequentialColor(uniform() ? 0.5 : t);
            painter.fillRect(QRectF(bar.left(), bar.top() + row, bar.width(), 1.0), color);
        }
        painter.setPen(QPen(text, 1));
        painter.drawRect(bar);
        auto label = [&](double at, const QString& textLabel) {
            painter.drawLine(QPointF(bar.right(), at), QPointF(bar.right() + 3, at));
            painter.drawText(QRectF(bar.right() + 5, at - metrics.height() / 2, width - 20, metrics.height()),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             metrics.elidedText(textLabel, Qt::ElideRight, width - 20));
        };
        const QStringList labels = legendLabels();
        if (labels.size() == 3) {
            label(bar.top(), labels[0]);
            label(bar.center().y(), labels[1]);
            label(bar.bottom(), labels[2]);
        } else if (labels.size() == 2) {
            label(bar.top(), labels[0]);
            label(bar.bottom(), labels[1]);
        } else if (labels.size() == 1) {
            label(bar.center().y(), labels[0]);
        }
        y = bar.bottom() + metrics.height() / 2 + 6;
        if (diverging_) {
            painter.setPen(QPen(text, 2));
            painter.drawLine(QPointF(left, y + 7), QPointF(left + 14, y + 7));
            painter.setPen(text);
            painter.drawText(QPointF(left + 18, y + metrics.ascent()), tr("threshold"));
            y += std::max(16.0, metrics.height() + 2);
        }
    }
    if (anyNull) {
        fillHatched(painter, QRectF(left, y + 2, 12, 12), palette().color(QPalette::Base), QColor(0x80, 0x80, 0x80));
        painter.setPen(text);
        painter.drawText(QPointF(left + 18, y + metrics.ascent()), tr("no value"));
        y += std::max(16.0, metrics.height() + 2);
    }
    if (data_.marker) {
        painter.setPen(QPen(text, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(QPointF(left + 6, y + 8), 5, 5);
        painter.setPen(text);
        painter.drawText(QPointF(left + 18, y + metrics.ascent()), tr("this scenario"));
    }
}

void HeatmapWidget::paintMap(QPainter& painter, const QRectF& bounds, bool useCache) const {
    const QRectF plot = plotRectIn(bounds);
    const QSize cellsSize(std::max(1, int(std::round(plot.width()))), std::max(1, int(std::round(plot.height()))));
    if (useCache) {
        if (!cacheValid_ || cache_.size() != cellsSize) {
            cache_ = renderCells(cellsSize);
            cacheValid_ = true;
        }
        painter.drawImage(plot.topLeft(), cache_);
    } else {
        painter.drawImage(plot, renderCells(cellsSize));
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.save();
    painter.setClipRect(plot);
    const QColor line = darkTheme() ? QColor(0xf0, 0xf0, 0xf0) : QColor(0x1f, 0x23, 0x28);
    if (!contour_.empty()) {
        QPainterPath path;
        for (const Segment& segment : contour_) {
            path.moveTo(xToPixel(toAxis(segment.from.x(), data_.xScale), plot),
                        yToPixel(toAxis(segment.from.y(), data_.yScale), plot));
            path.lineTo(xToPixel(toAxis(segment.to.x(), data_.xScale), plot),
                        yToPixel(toAxis(segment.to.y(), data_.yScale), plot));
        }
        painter.strokePath(path, QPen(line, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    }
    if (data_.marker) {
        const QPointF at(xToPixel(toAxis(data_.marker->x(), data_.xScale), plot),
                         yToPixel(toAxis(data_.marker->y(), data_.yScale), plot));
        const QColor halo = darkTheme() ? QColor(0x1f, 0x23, 0x28) : QColor(0xff, 0xff, 0xff);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(halo, 5));
        painter.drawEllipse(at, 6, 6);
        painter.setPen(QPen(line, 2));
        painter.drawEllipse(at, 6, 6);
        painter.drawPoint(at);
    }
    painter.restore();
    painter.setRenderHint(QPainter::Antialiasing, false);
    paintAxes(painter, plot);
    paintLegend(painter, bounds, plot);
}

void HeatmapWidget::render(QPainter* painter, const QRectF& target) const {
    painter->save();
    painter->fillRect(target, palette().color(QPalette::Window));
    paintMap(*painter, target, false);
    painter->restore();
}

void HeatmapWidget::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    paintMap(painter, QRectF(rect()), true);
}

void HeatmapWidget::resizeEvent(QResizeEvent* event) {
    cacheValid_ = false;
    QWidget::resizeEvent(event);
}

void HeatmapWidget::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        computeColors();
        cacheValid_ = false;
        update();
    }
    QWidget::changeEvent(event);
}

bool HeatmapWidget::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const auto [ix, iy] = cellAt(help->pos());
        if (ix >= 0)
            QToolTip::showText(help->globalPos(), cellText(ix, iy), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void HeatmapWidget::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) {
        const auto [ix, iy] = cellAt(event->position());
        if (ix >= 0) emit cellClicked(data_.xs[std::size_t(ix)], data_.ys[std::size_t(iy)]);
    }
    QWidget::mouseReleaseEvent(event);
}

}  // namespace leverboard::ui
