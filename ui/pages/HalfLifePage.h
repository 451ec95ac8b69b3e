#pragma once
// Model half-life (MODEL.md §3): pretrain a bigger model once, or think
// longer at inference on every query — which wins depends on how long the
// model stays in demand.

#include <array>

#include "charts/ChartWidget.h"
#include "charts/MoneyScale.h"
#include "pages/ModelPage.h"
#include "scenario/Workspace.h"

namespace leverboard::ui {

class KpiStrip;

class HalfLifePage : public ModelPage {
    Q_OBJECT
public:
    explicit HalfLifePage(QWidget* parent = nullptr);

    QString pageTitle() const override { return tr("Model half-life"); }
    ModelGroup group() const override { return ModelGroup::HalfLife; }
    void showResults(const std::vector<ScenarioView>& views) override;
    QList<ChartWidget*> charts() const override { return charts_; }

    KpiStrip* kpiStrip() const { return kpis_; }
    // Dollars per unit of each money axis ($ millions → 1e6).
    double cumulativeDivisor() const { return cumulativeScale_.divisor(); }
    double pvDivisor() const { return pvScale_.divisor(); }
    double replicationDivisor() const { return replicationScale_.divisor(); }

private:
    using SlotHandles = std::array<SeriesHandle, kMaxCompared>;

    void buildCumulativeChart();
    void buildPvChart();
    void buildDemandChart();
    void buildReplicationChart();

    void showCumulative(const std::vector<ScenarioView>& views, bool compare);
    void showPv(const std::vector<ScenarioView>& views, bool compare);
    void showDemand(const std::vector<ScenarioView>& views, bool compare);
    void showReplication(const std::vector<ScenarioView>& views, bool compare);

    KpiStrip* kpis_ = nullptr;
    QList<ChartWidget*> charts_;

    ChartWidget* cumulativeChart_ = nullptr;
    SlotHandles cumulativeInference_;
    SlotHandles cumulativePretrain_;
    SeriesHandle crossoverMarker_;
    MoneyScale cumulativeScale_;

    ChartWidget* pvChart_ = nullptr;
    SlotHandles pvCurve_;
    SlotHandles pvAtScenario_;
    SeriesHandle pretrainCostMarker_;
    SeriesHandle breakevenPoint_;
    SeriesHandle halfLifeMarker_;
    MoneyScale pvScale_;

    ChartWidget* demandChart_ = nullptr;
    SlotHandles retained_;
    SlotHandles demand_;
    SeriesHandle demandHalfLifeMarker_;

    ChartWidget* replicationChart_ = nullptr;
    SlotHandles replication_;
    SeriesHandle tenPercentMarker_;
    SeriesHandle replicateMonthMarker_;
    MoneyScale replicationScale_;
};

}  // namespace leverboard::ui
