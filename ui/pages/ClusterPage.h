#pragma once
// The cluster scaling page (MODEL.md §5), x = cluster size in GPUs (log, whole
// replicas from t × p to 2e6, the scenario's N marked): MFU and goodput; time
// per step split into compute, bubble and exposed communication (stacked);
// the compute / communication ratio with the exposure line (1 − b) / overlap;
// training days and run cost with the fastest size marked; job MTBF and the
// checkpoint interval.

#include <vector>

#include "charts/ChartWidget.h"
#include "models/ClusterModel.h"
#include "pages/ModelPage.h"
#include "pages/ScenarioSeries.h"

namespace leverboard::ui {

class KpiStrip;

class ClusterPage : public ModelPage {
    Q_OBJECT
public:
    explicit ClusterPage(QWidget* parent = nullptr);
    // The Overview's tile for this model: its small live chart (PageRegistry).
    static std::unique_ptr<PageHeadline> headline(QWidget* parent);

    QString pageTitle() const override { return tr("Cluster scaling"); }
    ModelGroup group() const override { return ModelGroup::Cluster; }
    void showResults(const std::vector<ScenarioView>& views) override;
    QList<Chart*> charts() const override { return charts_; }

    QList<KpiStrip*> kpiStrips() const { return kpiStrips_; }
    ChartWidget* utilizationChart() const { return utilizationChart_; }
    ChartWidget* stepChart() const { return stepChart_; }
    ChartWidget* ratioChart() const { return ratioChart_; }
    ChartWidget* daysChart() const { return daysChart_; }
    ChartWidget* costChart() const { return costChart_; }
    ChartWidget* failureChart() const { return failureChart_; }

    // The stacked step-time areas (the active scenario), bottom to top.
    SeriesHandle computeArea() const { return computeArea_; }
    SeriesHandle bubbleArea() const { return bubbleArea_; }
    SeriesHandle exposedArea() const { return exposedArea_; }
    // The markers: the scenario's N on every chart, the fastest size on days and cost.
    SeriesHandle scenarioMarker(ChartWidget* chart) const;
    SeriesHandle daysFastestMarker() const { return daysFastest_; }
    SeriesHandle costFastestMarker() const { return costFastest_; }

private:
    void showUtilization(const std::vector<ScenarioView>& views);
    void showStep(const std::vector<ScenarioView>& views);
    void showRatio(const std::vector<ScenarioView>& views);
    void showDaysAndCost(const std::vector<ScenarioView>& views);
    void showFailures(const std::vector<ScenarioView>& views);
    const std::vector<ClusterPoint>& pointsOf(const ScenarioView& view) const;

    QList<KpiStrip*> kpiStrips_;
    QList<Chart*> charts_;
    // The chart grid of each scenario on view, computed once per update.
    std::vector<const Results*> gridOwners_;
    std::vector<std::vector<ClusterPoint>> grids_;

    ChartWidget* utilizationChart_ = nullptr;
    ScenarioSeries mfu_;
    ScenarioSeries goodput_;

    ChartWidget* stepChart_ = nullptr;
    SeriesHandle exposedArea_;  // compute + bubble + exposed (drawn first, behind)
    SeriesHandle bubbleArea_;   // compute + bubble
    SeriesHandle computeArea_;  // compute
    ScenarioSeries stepTotal_;  // compare: each scenario's step time

    ChartWidget* ratioChart_ = nullptr;
    ScenarioSeries ratio_;
    ScenarioSeries exposure_;

    ChartWidget* daysChart_ = nullptr;
    ScenarioSeries days_;
    SeriesHandle daysFastest_;

    ChartWidget* costChart_ = nullptr;
    ScenarioSeries cost_;
    SeriesHandle costFastest_;

    ChartWidget* failureChart_ = nullptr;
    ScenarioSeries mtbf_;
    ScenarioSeries checkpoint_;

    QList<QPair<ChartWidget*, SeriesHandle>> scenarioMarkers_;
};

}  // namespace leverboard::ui
