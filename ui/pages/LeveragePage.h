#pragma once
// Compute leverage (MODEL.md §2): how many people a goal needs as compute per
// person grows, what the team costs, and where the cheapest mix lies.

#include <array>

#include "charts/ChartWidget.h"
#include "charts/MoneyScale.h"
#include "pages/ModelPage.h"
#include "pages/ScenarioSeries.h"
#include "scenario/Workspace.h"

namespace leverboard::ui {

class BarChartWidget;
class KpiStrip;

class LeveragePage : public ModelPage {
    Q_OBJECT
public:
    explicit LeveragePage(QWidget* parent = nullptr);
    // The Overview's tile for this model: its small live chart (PageRegistry).
    static std::unique_ptr<PageHeadline> headline(QWidget* parent);

    QString pageTitle() const override { return tr("Compute leverage"); }
    ModelGroup group() const override { return ModelGroup::Leverage; }
    void showResults(const std::vector<ScenarioView>& views) override;
    QList<Chart*> charts() const override { return charts_; }

    // The bucket-effect bars.
    BarChartWidget* stageChart() const { return stageChart_; }
    KpiStrip* kpiStrip() const { return kpis_; }
    // Dollars per unit of the cost chart's value axis ($ thousands → 1000).
    double costDivisor() const { return costScale_.divisor(); }

private:
    void buildHeadcountChart();
    void buildTeamChart();
    void buildCostChart();
    void buildPathCharts();
    void buildStageChart();

    void showHeadcount(const std::vector<ScenarioView>& views);
    void showTeam(const std::vector<ScenarioView>& views);
    void showCost(const std::vector<ScenarioView>& views);
    void showPaths(const std::vector<ScenarioView>& views);
    void showStages(const std::vector<ScenarioView>& views);

    KpiStrip* kpis_ = nullptr;
    QList<Chart*> charts_;

    ChartWidget* headcountChart_ = nullptr;
    ScenarioSeries headcountLine_;
    ScenarioSeries headcountAtScenario_;
    SeriesHandle headcountComputeMarker_;

    ChartWidget* teamChart_ = nullptr;
    ScenarioSeries teamOutput_;
    ScenarioSeries teamOutputNoAi_;
    SeriesHandle peakMarker_;
    SeriesHandle targetMarker_;

    ChartWidget* costChart_ = nullptr;
    ScenarioSeries costLine_;
    ScenarioSeries costOptimum_;
    SeriesHandle costComputeMarker_;
    MoneyScale costScale_;

    ChartWidget* pathHeadcountChart_ = nullptr;
    ScenarioSeries pathHeadcount_;
    ChartWidget* pathComputeChart_ = nullptr;
    ScenarioSeries pathCompute_;

    BarChartWidget* stageChart_ = nullptr;
    std::array<int, 3> stageSets_{};  // generate, review, other
};

}  // namespace leverboard::ui
