#pragma once
// The power page (MODEL.md §6): how many GPUs a site's power buys and what
// they cost, against site power; years to first compute on the grid against
// on-site generation; the yearly cost split against the electricity price;
// the energy share of cost against utilization; training runs per year
// against site power.

#include "charts/ChartWidget.h"
#include "pages/ModelPage.h"
#include "pages/ScenarioSeries.h"

namespace leverboard::ui {

class BarChartWidget;
class KpiStrip;

class PowerPage : public ModelPage {
    Q_OBJECT
public:
    explicit PowerPage(QWidget* parent = nullptr);
    // The Overview's tile for this model: its small live chart (PageRegistry).
    static std::unique_ptr<PageHeadline> headline(QWidget* parent);

    QString pageTitle() const override { return tr("Power"); }
    ModelGroup group() const override { return ModelGroup::Power; }
    void showResults(const std::vector<ScenarioView>& views) override;
    QList<Chart*> charts() const override { return charts_; }

    QList<KpiStrip*> kpiStrips() const { return kpiStrips_; }
    ChartWidget* gpusChart() const { return gpusChart_; }
    ChartWidget* buildCostChart() const { return buildCostChart_; }
    BarChartWidget* yearsChart() const { return yearsChart_; }
    ChartWidget* costSplitChart() const { return costSplitChart_; }
    ChartWidget* energyShareChart() const { return energyShareChart_; }
    ChartWidget* runsChart() const { return runsChart_; }

    // The sets of the years-to-first-compute bars, in order.
    enum YearsSet { GridWait, Build, Chips, Generation, YearsSetCount };

private:
    void buildSiteCharts();
    void buildYearsChart();
    void buildCostSplitChart();
    void buildEnergyShareChart();
    void buildRunsChart();

    void showSite(const std::vector<ScenarioView>& views);
    void showYears(const std::vector<ScenarioView>& views);
    void showCostSplit(const std::vector<ScenarioView>& views);
    void showEnergyShare(const std::vector<ScenarioView>& views);
    void showRuns(const std::vector<ScenarioView>& views);

    QList<KpiStrip*> kpiStrips_;
    QList<Chart*> charts_;

    ChartWidget* gpusChart_ = nullptr;
    ScenarioSeries gpus_;
    SeriesHandle gpusSite_;

    ChartWidget* buildCostChart_ = nullptr;
    ScenarioSeries buildCost_;
    SeriesHandle buildCostSite_;

    BarChartWidget* yearsChart_ = nullptr;

    ChartWidget* costSplitChart_ = nullptr;
    ScenarioSeries capitalCharge_;
    ScenarioSeries energyCost_;
    SeriesHandle costSplitPrice_;

    ChartWidget* energyShareChart_ = nullptr;
    ScenarioSeries energyShare_;
    SeriesHandle energyShareUtilization_;

    ChartWidget* runsChart_ = nullptr;
    ScenarioSeries runs_;
    SeriesHandle runsSite_;
};

}  // namespace leverboard::ui
