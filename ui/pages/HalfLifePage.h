#pragma once
// Model half-life (MODEL.md §3): pretrain a bigger model once, or think
// longer at inference on every query — which wins depends on how long the
// model stays in demand.

#include <array>

#include "charts/ChartWidget.h"
#include "charts/MoneyScale.h"
#include "pages/ModelPage.h"
#include "pages/ScenarioSeries.h"
#include "scenario/Workspace.h"

namespace leverboard::ui {

class KpiStrip;

class HalfLifePage : public ModelPage {
    Q_OBJECT
public:
    explicit HalfLifePage(QWidget* parent = nullptr);
    // The Overview's tile for this model: its small live chart (PageRegistry).
    static std::unique_ptr<PageHeadline> headline(QWidget* parent);

    QString pageTitle() const override { return tr("Model half-life"); }
    ModelGroup group() const override { return ModelGroup::HalfLife; }
    void showResults(const std::vector<ScenarioView>& views) override;
    QList<Chart*> charts() const override { return charts_; }

    KpiStrip* kpiStrip() const { return kpis_; }
    // Dollars per unit of each money axis ($ millions → 1e6).
    double cumulativeDivisor() const { return cumulativeScale_.divisor(); }
    double pvDivisor() const { return pvScale_.divisor(); }
    double replicationDivisor() const { return replicationScale_.divisor(); }

private:
    void buildCumulativeChart();
    void buildPvChart();
    void buildDemandChart();
    void buildReplicationChart();

    void showCumulative(const std::vector<ScenarioView>& views);
    void showPv(const std::vector<ScenarioView>& views);
    void showDemand(const std::vector<ScenarioView>& views);
    void showReplication(const std::vector<ScenarioView>& views);

    KpiStrip* kpis_ = nullptr;
    QList<Chart*> charts_;

    ChartWidget* cumulativeChart_ = nullptr;
    ScenarioSeries cumulativeInference_;
    ScenarioSeries cumulativePretrain_;
    SeriesHandle crossoverMarker_;
    MoneyScale cumulativeScale_;

    ChartWidget* pvChart_ = nullptr;
    ScenarioSeries pvCurve_;
    ScenarioSeries pvAtScenario_;
    SeriesHandle pretrainCostMarker_;
    SeriesHandle breakevenPoint_;
    SeriesHandle halfLifeMarker_;
    MoneyScale pvScale_;

    ChartWidget* demandChart_ = nullptr;
    ScenarioSeries retained_;
    ScenarioSeries demand_;
    SeriesHandle demandHalfLifeMarker_;

    ChartWidget* replicationChart_ = nullptr;
    ScenarioSeries replication_;
    SeriesHandle tenPercentMarker_;
    SeriesHandle replicateMonthMarker_;
    MoneyScale replicationScale_;
};

}  // namespace leverboard::ui
