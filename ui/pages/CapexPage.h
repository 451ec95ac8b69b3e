#pragma once
// The capex and ROIC page (MODEL.md §4): ROIC by year against the WACC,
// where each year's revenue goes, cumulative cash flow with the payback,
// the capex split, implied P/E against ROIC and the industry check.

#include <array>

#include "charts/ChartWidget.h"
#include "pages/ModelPage.h"

namespace leverboard::ui {

class BarChartWidget;
class KpiStrip;

class CapexPage : public ModelPage {
    Q_OBJECT
public:
    static constexpr int kMaxScenarios = 4;

    explicit CapexPage(QWidget* parent = nullptr);

    QString pageTitle() const override { return tr("Capex & ROIC"); }
    ModelGroup group() const override { return ModelGroup::Capex; }
    void showResults(const std::vector<ScenarioView>& views) override;
    QList<ChartWidget*> charts() const override { return charts_; }
    // The category charts (revenue split, capex split, industry check).
    QList<BarChartWidget*> barCharts() const { return barCharts_; }

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
    using SlotSeries = std::array<SeriesHandle, kMaxScenarios>;

    void buildRoicChart();
    void buildRevenueChart();
    void buildCashFlowChart();
    void buildCapexSplitChart();
    void buildValuationChart();
    void buildIndustryChart();
    void applyCompareMode(bool compare);
    void showSlot(ChartWidget* chart, SeriesHandle series, bool shown, bool inLegend);

    void showRoic(const std::vector<ScenarioView>& views);
    void showRevenueSplit(const ScenarioView& active, bool compare);
    void showCashFlow(const std::vector<ScenarioView>& views);
    void showCapexSplit(const std::vector<ScenarioView>& views);
    void showValuation(const std::vector<ScenarioView>& views);
    void showIndustry(const std::vector<ScenarioView>& views);

    QList<KpiStrip*> kpiStrips_;
    QList<ChartWidget*> charts_;
    QList<BarChartWidget*> barCharts_;
    int compareMode_ = -1;       // the mode the series are styled for
    int shownSlotsCache_ = -1;  // how many scenarios the series show

    ChartWidget* roicChart_ = nullptr;
    SlotSeries roicBook_{};
    SlotSeries roicEconomic_{};
    SeriesHandle roicWacc_;

    BarChartWidget* revenueChart_ = nullptr;

    ChartWidget* cashFlowChart_ = nullptr;
    SlotSeries cumulativeCash_{};
    SeriesHandle cashZero_;
    SeriesHandle payback_;

    BarChartWidget* capexSplitChart_ = nullptr;
    int gpuCapexSet_ = -1;
    int facilityCapexSet_ = -1;

    ChartWidget* valuationChart_ = nullptr;
    SlotSeries peCurve_{};
    SlotSeries scenarioPe_{};
    SeriesHandle valuationWacc_;

    BarChartWidget* industryChart_ = nullptr;
    int industryCapexSet_ = -1;
    int appRevenueSet_ = -1;
    int requiredRevenueSet_ = -1;
};

}  // namespace leverboard::ui
