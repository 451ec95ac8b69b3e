#include "charts/WaterfallChart.h"

#include <QPainter>
#include <algorithm>
#include <cmath>

#include "style/Palette.h"

namespace leverboard::ui {
namespace {

constexpr double kRowHeight = 22;
constexpr double kBarHeight = 14;

}  // namespace

WaterfallChart::WaterfallChart(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMinimumHeight(int(kRowHeight * 4));
}

void WaterfallChart::setData(WaterfallData data) {
    data_ = std::move(data);
    // Every row readable: the page scrolls or its splitter gives way, not the rows.
    // (at most 300 px, so that many bars never push the window past a small screen).
    setMinimumHeight(std::min(300, int(kRowHeight * 0.8 * double(data_.steps.size() + 2) + 12)));
    updateGeometry();
    update();
}

void WaterfallChart::clear() { setData({}); }

double WaterfallChart::stepFrom(int step) const {
    double total = data_.start;
    for (int i = 0; i < step && i < int(data_.steps.size()); ++i) total += data_.steps[std::size_t(i)].value;
    return total;
}

QString WaterfallChart::stepText(int step) const {
    const WaterfallData::Step& s = data_.steps.at(std::size_t(step));
    QString text = data_.formatChange ? data_.formatChange(s.value) : QString::number(s.value);
    if (s.error) {
        const QString error = data_.formatTotal ? data_.formatTotal(*s.error) : QString::number(*s.error);
        text = tr("%1 ± %2").arg(text, error);
    }
    return text;
}

QSize WaterfallChart::sizeHint() const {
    return {480, int(kRowHeight * double(data_.steps.size() + 2) + 24)};
}

void WaterfallChart::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    paint(painter, QRectF(rect()));
}

void WaterfallChart::render(QPainter* painter, const QRectF& target) const {
    painter->save();
    paint(*painter, target);
    painter->restore();
}

void WaterfallChart::paint(QPainter& painter, const QRectF& bounds) const {
    if (data_.steps.empty() && data_.startLabel.isEmpty()) return;
    const QColor text = palette().color(QPalette::WindowText);
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QFontMetricsF metrics(font());
    const int rows = int(data_.steps.size()) + 2;
    const double rowHeight = std::min(kRowHeight * 1.6, std::max(metrics.height() + 1, (bounds.height() - 8) / rows));

    // Labels on the left, values to the right of the bars.
    double labelWidth = metrics.horizontalAdvance(data_.startLabel);
    labelWidth = std::max(labelWidth, metrics.horizontalAdvance(data_.endLabel));
    for (const auto& step : data_.steps) labelWidth = std::max(labelWidth, metrics.horizontalAdvance(step.label));
    labelWidth = std::min(labelWidth + 8, bounds.width() * 0.38);
    double valueWidth = 0;
    auto total = [&](double v) { return data_.formatTotal ? data_.formatTotal(v) : QString::number(v); };
    valueWidth = std::max(metrics.horizontalAdvance(total(data_.start)), metrics.horizontalAdvance(total(data_.end)));
    for (int i = 0; i < int(data_.steps.size()); ++i) valueWidth = std::max(valueWidth, metrics.horizontalAdvance(stepText(i)));
    valueWidth += 8;
    const double plotLeft = bounds.left() + labelWidth;
    const double plotRight = bounds.right() - valueWidth;
    if (plotRight <= plotLeft + 10) return;

    // The value range: every running total, and zero (totals are bars from zero).
    double low = std::min(0.0, std::min(data_.start, data_.end));
    double high = std::max(0.0, std::max(data_.start, data_.end));
    for (int i = 0; i < int(data_.steps.size()); ++i) {
        const double error = data_.steps[std::size_t(i)].error.value_or(0);
        low = std::min({low, stepFrom(i), stepTo(i) - error});
        high = std::max({high, stepFrom(i), stepTo(i) + error});
    }
    if (!(high > low)) high = low + 1;
    auto px = [&](double v) { return plotLeft + (v - low) / (high - low) * (plotRight - plotLeft); };

    painter.setRenderHint(QPainter::Antialiasing, false);
    const double zero = px(0);
    painter.setPen(QPen(QColor(0x80, 0x80, 0x80), 1));
    painter.drawLine(QPointF(zero, bounds.top() + 2), QPointF(zero, bounds.top() + rows * rowHeight + 2));

    auto drawRow = [&](int row, const QString& label, double from, double to, const QColor& fill,
                       const QString& value, std::optional<double> error) {
        const double centre = bounds.top() + 4 + (row + 0.5) * rowHeight;
        painter.setPen(text);
        painter.drawText(QRectF(bounds.left(), centre - rowHeight / 2, labelWidth - 6, rowHeight),
                         Qt::AlignRight | Qt::AlignVCenter, metrics.elidedText(label, Qt::ElideMiddle, labelWidth - 6));
        const double left = std::min(px(from), px(to));
        const double right = std::max(px(from), px(to));
        const QRectF bar(left, centre - kBarHeight / 2, std::max(1.0, right - left), kBarHeight);
        painter.fillRect(bar, fill);
        double valueAt = right;
        if (error) {
            const double e0 = px(to - *error);
            const double e1 = px(to + *error);
            painter.setPen(QPen(text, 1));
            painter.drawLine(QPointF(e0, centre), QPointF(e1, centre));
            painter.drawLine(QPointF(e0, centre - 4), QPointF(e0, centre + 4));
            painter.drawLine(QPointF(e1, centre - 4), QPointF(e1, centre + 4));
            valueAt = std::max(valueAt, e1);
        }
        painter.setPen(text);
        painter.drawText(QRectF(valueAt + 4, centre - rowHeight / 2, bounds.right() - valueAt - 4, rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, value);
        return centre;
    };

    const QColor startColor = data_.startColor.isValid() ? data_.startColor : scenarioColor(0);
    const QColor endColor = data_.endColor.isValid() ? data_.endColor : scenarioColor(1);
    double previousCentre = drawRow(0, data_.startLabel, 0, data_.start, startColor, total(data_.start), std::nullopt);
    double running = data_.start;
    for (int i = 0; i < int(data_.steps.size()); ++i) {
        const auto& step = data_.steps[std::size_t(i)];
        const bool good = (step.value >= 0) == data_.higherIsBetter;
        const double centre = drawRow(i + 1, step.label, running, running + step.value,
                                      divergingColor(good ? 0.75 : -0.75, dark), stepText(i), step.error);
        // A thin connector from the previous bar's end to this bar's start.
        painter.setPen(QPen(QColor(0x80, 0x80, 0x80), 1));
        painter.drawLine(QPointF(px(running), previousCentre + kBarHeight / 2), QPointF(px(running), centre - kBarHeight / 2));
        previousCentre = centre;
        running += step.value;
    }
    const double centre = drawRow(rows - 1, data_.endLabel, 0, data_.end, endColor, total(data_.end), std::nullopt);
    painter.setPen(QPen(QColor(0x80, 0x80, 0x80), 1));
    painter.drawLine(QPointF(px(running), previousCentre + kBarHeight / 2), QPointF(px(running), centre - kBarHeight / 2));
}

}  // namespace leverboard::ui
