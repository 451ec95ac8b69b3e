#include "charts/BarChartWidget.h"

#include "format/PeopleNumbers.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QFontMetricsF>
#include <QLegend>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace leverboard::ui {
namespace {

constexpr int kValueTicks = 6;

// The same round-number ranges as ChartWidget's linear axes, so bar and line
// charts side by side read alike.
double niceStep(double rough) {
    if (!(rough > 0) || !std::isfinite(rough)) return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    const double fraction = rough / magnitude;
    const double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
    return nice * magnitude;
}

QPair<double, double> niceRange(double min, double max) {
    if (min == max) max = min + (min == 0 ? 1 : std::fabs(min));
    double step = niceStep((max - min) / (kValueTicks - 1));
    for (int attempt = 0; attempt < 8; ++attempt) {
        const double lo = std::floor(min / step) * step;
        const double hi = lo + step * (kValueTicks - 1);
        if (hi >= max - 1e-12 * std::fabs(max)) return {lo, hi};
        step = niceStep(step * 1.0001 * 1.5);
    }
    return {min, max};
}


double drawable(double value) { return std::isfinite(value) ? value : 0.0; }

}  // namespace

BarChartWidget::BarChartWidget(const QString& title, const AxisSpec& y, QWidget* parent)
    : Chart(title, parent), ySpec_(y) {
    xAxis_ = new QBarCategoryAxis;
    yAxis_ = new QValueAxis;
    yAxis_->setTickCount(kValueTicks);
    yAxis_->setLabelFormat(y.labelFormat);
    yAxis_->setTitleText(y.title);
    setAccessibleDescription(y.title);
    chart_->addAxis(xAxis_, Qt::AlignBottom);
    chart_->addAxis(yAxis_, Qt::AlignLeft);
    yAxis_->setRange(yMin_, yMax_);

    attachSeries(new QBarSeries);

    connect(chart_, &QChart::plotAreaChanged, this, [this] { fitCategoryLabels(); });
    applyTheme();
}

BarChartWidget::~BarChartWidget() = default;

void BarChartWidget::attachSeries(QAbstractBarSeries* series) {
    series_ = series;
    chart_->addSeries(series_);
    series_->attachAxis(xAxis_);
    series_->attachAxis(yAxis_);
    connect(series_, &QAbstractBarSeries::hovered, this, &BarChartWidget::showHoverTip);
}

void BarChartWidget::setCategoryTitle(const QString& title) { xAxis_->setTitleText(title); }

void BarChartWidget::setCategories(const QStringList& categories) {
    if (categories == categories_) return;
    categories_ = categories;
    const auto count = static_cast<int>(categories_.size());
    // Keep every set at one value per category, so bars never outnumber labels.
    for (Set& set : sets_) {
        const int have = set.bars->count();
        if (have > count) set.bars->remove(count, have - count);
        for (int i = have; i < count; ++i) set.bars->append(0.0);
    }
    xAxis_->setCategories(categories_);
    fitCategoryLabels();
}

// Qt elides category labels that are wider than their slot ("1 2 3 … …"):
// turn them upright when the longest one does not fit across.
void BarChartWidget::fitCategoryLabels() {
    if (categories_.isEmpty() || chart_->plotArea().width() <= 0) return;
    const QFontMetricsF metrics(xAxis_->labelsFont());
    double widest = 0;
    for (const QString& category : categories_) widest = std::max(widest, metrics.horizontalAdvance(category));
    const double slot = chart_->plotArea().width() / static_cast<double>(categories_.size());
    // Hysteresis keeps a label that just fits from flipping back and forth.
    const bool upright = labelsUpright_ ? widest + 4 > slot * 0.9 : widest + 4 > slot;
    if (upright == labelsUpright_) return;
    labelsUpright_ = upright;
    xAxis_->setLabelsAngle(upright ? -90 : 0);
}

QStringList BarChartWidget::categories() const { return categories_; }

int BarChartWidget::addSet(const QString& name, const QColor& color) {
    auto* bars = new QBarSet(name);
    for (qsizetype i = 0; i < categories_.size(); ++i) bars->append(0.0);
    sets_.push_back(Set{bars, color, {}});
    series_->append(bars);
    applyColors();
    return setCount() - 1;
}

void BarChartWidget::setValues(int set, const QList<double>& values) {
    if (set < 0 || set >= setCount()) return;
    QBarSet* bars = sets_[static_cast<std::size_t>(set)].bars;
    for (int i = 0; i < bars->count(); ++i) {
        const double value = i < values.size() ? drawable(values[i]) : 0.0;
        if (bars->at(i) != value) bars->replace(i, value);  // each replace repaints: skip equal ones
    }
}

void BarChartWidget::setSetName(int set, const QString& name) {
    if (set < 0 || set >= setCount()) return;
    QBarSet* bars = sets_[static_cast<std::size_t>(set)].bars;
    if (bars->label() != name) bars->setLabel(name);
}

void BarChartWidget::setSetColor(int set, const QColor& color) {
    if (set < 0 || set >= setCount()) return;
    sets_[static_cast<std::size_t>(set)].color = color;
    applyColors();
}

void BarChartWidget::setSetDescription(int set, const QString& description) {
    if (set < 0 || set >= setCount()) return;
    sets_[static_cast<std::size_t>(set)].description = description;
}

void BarChartWidget::setStacked(bool stacked) {
    if (stacked == stacked_) return;
    stacked_ = stacked;
    // A rare, structural change (not on the update path): move the sets into
    // a series of the other kind.
    QAbstractBarSeries* old = series_;
    QList<QBarSet*> bars = old->barSets();
    for (QBarSet* set : bars) old->take(set);
    chart_->removeSeries(old);
    delete old;
    attachSeries(stacked ? static_cast<QAbstractBarSeries*>(new QStackedBarSeries)
                         : static_cast<QAbstractBarSeries*>(new QBarSeries));
    series_->append(bars);
    applyColors();
}

void BarChartWidget::setLegendAlignment(Qt::Alignment alignment) { chart_->legend()->setAlignment(alignment); }

void BarChartWidget::updateRanges() {
    double lo = 0, hi = 0;  // bars grow from zero
    const auto count = static_cast<int>(categories_.size());
    for (int i = 0; i < count; ++i) {
        double positive = 0, negative = 0;
        for (const Set& set : sets_) {
            const double value = i < set.bars->count() ? set.bars->at(i) : 0.0;
            if (stacked_) {
                (value >= 0 ? positive : negative) += value;
            } else {
                positive = std::max(positive, value);
                negative = std::min(negative, value);
            }
        }
        lo = std::min(lo, negative);
        hi = std::max(hi, positive);
    }
    if (ySpec_.fixedMin) lo = std::min(lo, *ySpec_.fixedMin);
    if (ySpec_.fixedMax) hi = std::max(hi, *ySpec_.fixedMax);

    const bool outside = !rangeSet_ || lo < yMin_ || hi > yMax_;
    const bool shrink = rangeSet_ && (hi - lo) < 0.35 * (yMax_ - yMin_);
    if (!outside && !shrink) return;
    QPair<double, double> wanted = niceRange(lo, hi);
    if (ySpec_.fixedMin) wanted.first = *ySpec_.fixedMin;
    if (ySpec_.fixedMax) wanted.second = *ySpec_.fixedMax;
    yMin_ = wanted.first;
    yMax_ = wanted.second;
    yAxis_->setRange(yMin_, yMax_);
    rangeSet_ = true;
}

int BarChartWidget::findSet(const QString& name) const {
    for (int i = 0; i < setCount(); ++i)
        if (setName(i) == name) return i;
    return -1;
}

QString BarChartWidget::setName(int set) const {
    if (set < 0 || set >= setCount()) return {};
    return sets_[static_cast<std::size_t>(set)].bars->label();
}

QList<double> BarChartWidget::values(int set) const {
    QList<double> result;
    if (set < 0 || set >= setCount()) return result;
    const QBarSet* bars = sets_[static_cast<std::size_t>(set)].bars;
    result.reserve(bars->count());
    for (int i = 0; i < bars->count(); ++i) result.append(bars->at(i));
    return result;
}

QList<QAbstractAxis*> BarChartWidget::themedAxes() const { return {xAxis_, yAxis_}; }

void BarChartWidget::applyColors() {
    for (Set& set : sets_) {
        set.bars->setColor(set.color);
        set.bars->setBorderColor(set.color.darker(125));
    }
}

void BarChartWidget::showHoverTip(bool state, int index, QBarSet* bars) {
    if (!state || !bars || index < 0 || index >= bars->count()) {
        QToolTip::hideText();
        return;
    }
    QString description;
    for (const Set& set : sets_)
        if (set.bars == bars) description = set.description;
    const QString category = index < categories_.size() ? categories_[index] : QString();
    QString tip = QStringLiteral("<b>%1</b><br>%2: %3 (%4)")
                      .arg(bars->label().toHtmlEscaped(), category.toHtmlEscaped(),
                           formatSignificant(bars->at(index), 4), ySpec_.title.toHtmlEscaped());
    if (!description.isEmpty()) tip += QStringLiteral("<br><i>%1</i>").arg(description.toHtmlEscaped());
    QToolTip::showText(QCursor::pos(), tip, view_);
}

}  // namespace leverboard::ui
