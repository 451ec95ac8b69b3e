#pragma once
// Compute leverage (MODEL.md §2): how many people a goal needs as compute per
// person grows, what the team costs, and where the cheapest mix lies.

#include <array>

#include "charts/ChartWidget.h"
#include "charts/MoneyScale.h"
#include "pages/ModelPage.h"
#include "scenario/Workspace.h"

namespace leverboard::ui {

class BarChartWidget;
class KpiStrip;

class LeveragePage : public ModelPage {
    Q_OBJECT
public:
    explicit LeveragePage(QWidget* parent = nullptr);

    QString pageTitle() const override { return tr("Compute leverage"); }
    ModelGroup group() const override { return ModelGroup::Leverage; }
    void showResults(const std::vector<ScenarioView>& views) override;
    QList<ChartWidget*> charts() const override { return charts_; }

    // The bucket-effect bars (not an XY chart, so not in charts()).
    BarChartWidget* stageChart() const { return stageChart_; }
    KpiStrip* kpiStrip() const { return kpis_; }
    // Dollars per unit of the cost chart's value axis ($ thousands → 1000).
    double costDivisor() const { return costScale_.divisor(); }

private:
    using SlotHandles = std::array<SeriesHandle, kMaxCompared>;

    void buildHeadcountChart();
    void buildTeamChart();
    void buildCostChart();
    void buildPathCharts();
    void buildStageChart();

    void showHeadcount(const std::vector<ScenarioView>& views, bool compare);
    void showTeam(const std::vector<ScenarioView>& views, bool compare);
    void showCost(const std::vector<ScenarioView>& views, bool compare);
    void showPaths(const std::vector<ScenarioView>& views, bool compare);
    void showStages(const std::vector<ScenarioView>& views);

    KpiStrip* kpis_ = nullptr;
    QList<ChartWidget*> charts_;

    ChartWidget* headcountChart_ = nullptr;
    SlotHandles headcountLine_;
    SlotHandles headcountAtScenario_;
    SeriesHandle headcountComputeMarker_;

    ChartWidget* teamChart_ = nullptr;
    SlotHandles teamOutput_;
    SlotHandles teamOutputNoAi_;
    SeriesHandle peakMarker_;
    SeriesHandle targetMarker_;

    ChartWidget* costChart_ = nullptr;
    SlotHandles costLine_;
    SlotHandles costOptimum_;
    SeriesHandle costComputeMarker_;
    MoneyScale costScale_;

    ChartWidget* pathHeadcountChart_ = nullptr;
    SlotHandles pathHeadcount_;
    ChartWidget* pathComputeChart_ = nullptr;
    SlotHandles pathCompute_;

    BarChartWidget* stageChart_ = nullptr;
    std::array<int, 3> stageSets_{};  // generate, review, other
};

}  // namespace leverboard::ui
