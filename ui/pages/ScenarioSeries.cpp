#include "pages/ScenarioSeries.h"

#include "style/Palette.h"

namespace leverboard::ui {

ScenarioSeries::ScenarioSeries(ChartWidget* chart, bool points, const QString& name, qreal size, LineStyle style)
    : chart_(chart), points_(points), size_(size), lineStyle_(style), singleName_(name) {}

ScenarioSeries ScenarioSeries::declareLines(ChartWidget* chart, const QString& name, qreal width, LineStyle style) {
    return ScenarioSeries(chart, false, name, width, style);
}

ScenarioSeries ScenarioSeries::declarePoints(ChartWidget* chart, const QString& name, qreal size) {
    return ScenarioSeries(chart, true, name, size, LineStyle::Solid);
}

ScenarioSeries ScenarioSeries::lines(ChartWidget* chart, const QString& name, qreal width, LineStyle style) {
    ScenarioSeries series = declareLines(chart, name, width, style);
    addSlotBySlot({&series});
    return series;
}

ScenarioSeries ScenarioSeries::points(ChartWidget* chart, const QString& name, qreal size) {
    ScenarioSeries series = declarePoints(chart, name, size);
    addSlotBySlot({&series});
    return series;
}

void ScenarioSeries::addSlotBySlot(std::initializer_list<ScenarioSeries*> roles) {
    for (int slot = 0; slot < kMaxCompared; ++slot)
        for (ScenarioSeries* role : roles) role->add(slot);
}

void ScenarioSeries::add(int slot) {
    const QColor color = scenarioColor(slot);
    handles_[std::size_t(slot)] = points_ ? chart_->addPoints(singleName_, color, size_)
                                          : chart_->addLine(singleName_, color, size_, lineStyle_);
}

ScenarioSeries& ScenarioSeries::singleColor(const QColor& color) {
    singleColor_ = color;
    return *this;
}

ScenarioSeries& ScenarioSeries::legend(Legend rule) {
    legend_ = rule;
    return *this;
}

ScenarioSeries& ScenarioSeries::names(const QString& single, const QString& comparePattern) {
    singleName_ = single;
    comparePattern_ = comparePattern;
    return *this;
}

void ScenarioSeries::style(int slot, const ScenarioView& view, bool compare) {
    const SeriesHandle handle = handles_[std::size_t(slot)];
    // Both are no-ops when unchanged.
    chart_->setSeriesColor(handle, compare || !singleColor_ ? view.color : *singleColor_);
    const bool byScenario = (compare || singleName_.isNull()) && !comparePattern_.isNull();
    chart_->setSeriesName(handle, byScenario ? comparePattern_.arg(view.name) : singleName_);
}

void ScenarioSeries::setShown(int slot, bool shown, bool compare) {
    const auto i = std::size_t(slot);
    if (shown_[i] != int(shown)) {
        chart_->setSeriesVisible(handles_[i], shown);
        shown_[i] = int(shown);
        inLegend_[i] = -1;  // showing a series shows its legend entry
    }
    bool inLegend = shown;
    switch (legend_) {
    case Legend::Always: return;  // the entry follows the series
    case Legend::Never: inLegend = false; break;
    case Legend::SingleOnly: inLegend = shown && !compare; break;
    case Legend::CompareOnly: inLegend = shown && compare; break;
    case Legend::FirstOnly: inLegend = shown && slot == 0; break;
    }
    if (inLegend_[i] != int(inLegend)) {
        chart_->setInLegend(handles_[i], inLegend);
        inLegend_[i] = int(inLegend);
    }
}

}  // namespace leverboard::ui
