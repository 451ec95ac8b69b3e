#pragma once
// The compare overlay of one line of a chart: one series per compare slot
// (kMaxCompared), created once; each update shows one per scenario on view,
// in the scenario's colour, named and put in the legend by the rules the
// chart states once, and hides the other slots. Pages and the Overview's
// headline charts declare their per-scenario lines with it instead of
// looping over slots themselves.

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>
#include <array>
#include <initializer_list>
#include <optional>
#include <vector>

#include "charts/ChartWidget.h"
#include "document/EvaluationScheduler.h"
#include "scenario/Workspace.h"  // kMaxCompared

namespace leverboard::ui {

class ScenarioSeries {
public:
    // Which slots have a legend entry (a hidden slot never has one).
    enum class Legend {
        Always,       // every shown slot
        Never,        // a point the title or another series explains
        SingleOnly,   // one scenario: the line's role; compare: the note or line style explains it
        CompareOnly,  // compare: the scenario names; one scenario: the title says it
        FirstOnly,    // compare: one entry stands for all slots' points
    };

    ScenarioSeries() = default;

    // kMaxCompared lines (or points) on chart, named `name`, slot i first in scenarioColor(i).
    static ScenarioSeries lines(ChartWidget* chart, const QString& name, qreal width = 2.0,
                                LineStyle style = LineStyle::Solid);
    static ScenarioSeries points(ChartWidget* chart, const QString& name, qreal size = 9.0);

    // The same, declared only; addSlotBySlot adds them. A chart with several
    // lines per scenario adds them slot by slot, so that each scenario's lines
    // sit together in the legend and in the drawing order.
    static ScenarioSeries declareLines(ChartWidget* chart, const QString& name, qreal width = 2.0,
                                       LineStyle style = LineStyle::Solid);
    static ScenarioSeries declarePoints(ChartWidget* chart, const QString& name, qreal size = 9.0);
    static void addSlotBySlot(std::initializer_list<ScenarioSeries*> roles);

    // With one scenario shown the line takes this role colour instead of the
    // scenario's (told apart from the scenario's other line by colour).
    ScenarioSeries& singleColor(const QColor& color);
    ScenarioSeries& legend(Legend rule);
    // Names: `single` with one scenario shown; in compare mode `comparePattern`
    // with %1 the scenario's name. A null `single` uses the pattern always, a
    // null pattern `single` always.
    ScenarioSeries& names(const QString& single, const QString& comparePattern = QStringLiteral("%1"));

    SeriesHandle operator[](int slot) const { return handles_[std::size_t(slot)]; }
    ChartWidget* chart() const { return chart_; }

    // Shows views[i] in slot i with pointsOf(views[i]) as its points (a
    // QList<QPointF>); slots past the views are hidden. Call once per update,
    // before the chart's updateRanges().
    template <class PointsOf>
    void show(const std::vector<ScenarioView>& views, PointsOf&& pointsOf) {
        const bool compare = views.size() > 1;
        for (int slot = 0; slot < kMaxCompared; ++slot) {
            const bool shown = slot < int(views.size()) && views[std::size_t(slot)].results;
            if (shown) {
                const ScenarioView& view = views[std::size_t(slot)];
                chart_->setPoints(handles_[std::size_t(slot)], pointsOf(view));
                style(slot, view, compare);
            }
            setShown(slot, shown, compare);
        }
    }

private:
    ScenarioSeries(ChartWidget* chart, bool points, const QString& name, qreal size, LineStyle style);
    void add(int slot);
    void style(int slot, const ScenarioView& view, bool compare);
    void setShown(int slot, bool shown, bool compare);

    ChartWidget* chart_ = nullptr;
    bool points_ = false;
    qreal size_ = 2.0;  // a line's width or a point's size
    LineStyle lineStyle_ = LineStyle::Solid;
    std::array<SeriesHandle, kMaxCompared> handles_{};
    std::optional<QColor> singleColor_;
    Legend legend_ = Legend::Always;
    QString singleName_;
    QString comparePattern_ = QStringLiteral("%1");
    // What each slot was last set to (-1: not yet), so an update changes
    // visibility and legend entries only when they change.
    static constexpr std::array<int, kMaxCompared> unknown() {
        std::array<int, kMaxCompared> states{};
        states.fill(-1);
        return states;
    }
    std::array<int, kMaxCompared> shown_ = unknown();
    std::array<int, kMaxCompared> inLegend_ = unknown();
};

}  // namespace leverboard::ui
