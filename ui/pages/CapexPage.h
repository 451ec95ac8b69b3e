#pragma once
// The capex and ROIC page (MODEL.md §4): ROIC by year against the WACC,
// where each year's revenue goes, cumulative cash flow with the payback,
// the capex split, implied P/E against ROIC and the industry check.

#include <array>

#include "charts/ChartWidget.h"
#include "pages/ModelPage.h"
#include "pages/ScenarioSeries.h"

namespace leverboard::ui {

class BarChartWidget;
class KpiStrip;

class CapexPage : public ModelPage {
    Q_OBJECT
public:
    explicit CapexPage(QWidget* parent = nullptr);
    // The Overview's tile for this model: its small live chart (PageRegistry).
    static std::unique_ptr<PageHeadline> headline(QWidget* parent);

    QString pageTitle() const override { return tr("Capex & ROIC"); }
    ModelGroup group() const override { return ModelGroup::Capex; }
    void showResults(const std::vector<ScenarioView>& views) override;
    QList<Chart*> charts() const override { return charts_; }

    QList<KpiStrip*> kpiStrips() const { return kpiStrips_; }
    ChartWidget* roicChart() const { return roicChart_; }
    BarChartWidget* revenueChart() const { return revenueChart_; }
    ChartWidget* cashFlowChart() const { return cashFlowChart_; }
    BarChartWidget* capexSplitChart() const { return capexSplitChart_; }
    ChartWidget* valuationChart() const { return valuationChart_; }
    BarChartWidget* industryChart() const { return industryChart_; }

    // The set indices of the revenue split, in stacking order.
    enum RevenueSet { Energy, Opex, Sbc, Depreciation, Tax, Profit, Loss, RevenueSetCount };

private:
    void buildRoicChart();
    void buildRevenueChart();
    void buildCashFlowChart();
    void buildCapexSplitChart();
    void buildValuationChart();
    void buildIndustryChart();
    void applyCompareMode(bool compare);

    void showRoic(const std::vector<ScenarioView>& views);
    void showRevenueSplit(const ScenarioView& active, bool compare);
    void showCashFlow(const std::vector<ScenarioView>& views);
    void showCapexSplit(const std::vector<ScenarioView>& views);
    void showValuation(const std::vector<ScenarioView>& views);
    void showIndustry(const std::vector<ScenarioView>& views);

    QList<KpiStrip*> kpiStrips_;
    QList<Chart*> charts_;
    int compareMode_ = -1;  // the mode the titles are set for

    ChartWidget* roicChart_ = nullptr;
    ScenarioSeries roicBook_;
    ScenarioSeries roicEconomic_;
    SeriesHandle roicWacc_;

    BarChartWidget* revenueChart_ = nullptr;

    ChartWidget* cashFlowChart_ = nullptr;
    ScenarioSeries cumulativeCash_;
    SeriesHandle cashZero_;
    SeriesHandle payback_;

    BarChartWidget* capexSplitChart_ = nullptr;
    int gpuCapexSet_ = -1;
    int facilityCapexSet_ = -1;

    ChartWidget* valuationChart_ = nullptr;
    ScenarioSeries peCurve_;
    ScenarioSeries scenarioPe_;
    SeriesHandle valuationWacc_;

    BarChartWidget* industryChart_ = nullptr;
    int industryCapexSet_ = -1;
    int appRevenueSet_ = -1;
    int requiredRevenueSet_ = -1;
};

}  // namespace leverboard::ui
