#pragma once
// The cost-curve page (MODEL.md §1): price path with the commoditization
// kink, cost per task of each application against its viability threshold
// with the unlock months, and the frontier and hardware indices.

#include <array>

#include "charts/ChartWidget.h"
#include "pages/ModelPage.h"
#include "pages/ScenarioSeries.h"

namespace leverboard::ui {

class KpiStrip;

class CostPage : public ModelPage {
    Q_OBJECT
public:
    // Applications get their own series up to this many; the rest are noted.
    static constexpr int kMaxApplications = 8;

    explicit CostPage(QWidget* parent = nullptr);
    // The Overview's tile for this model: its small live chart (PageRegistry).
    static std::unique_ptr<PageHeadline> headline(QWidget* parent);

    QString pageTitle() const override { return tr("Cost curves"); }
    ModelGroup group() const override { return ModelGroup::Cost; }
    void showResults(const std::vector<ScenarioView>& views) override;
    QList<Chart*> charts() const override { return charts_; }

    KpiStrip* kpiStrip() const { return kpis_; }
    ChartWidget* priceChart() const { return priceChart_; }
    ChartWidget* costPerTaskChart() const { return taskChart_; }
    ChartWidget* indexChart() const { return indexChart_; }

private:
    void buildPriceChart();
    void buildTaskChart();
    void buildIndexChart();
    void showPricePaths(const std::vector<ScenarioView>& views);
    void showCostPerTask(const ScenarioView& active, bool compare);
    void showIndices(const std::vector<ScenarioView>& views);
    void applyIndexRoles(bool compare);
    static QString taskTitle(bool compare);

    KpiStrip* kpis_;
    QList<Chart*> charts_;

    ChartWidget* priceChart_ = nullptr;
    ScenarioSeries pricePath_;
    SeriesHandle kinkMarker_;
    SeriesHandle kinkPoint_;

    ChartWidget* taskChart_ = nullptr;
    std::array<SeriesHandle, kMaxApplications> costPerTask_{};
    std::array<SeriesHandle, kMaxApplications> threshold_{};
    SeriesHandle unlockPoints_;
    QString taskNote_;

    ChartWidget* indexChart_ = nullptr;
    ScenarioSeries frontierIndex_;
    ScenarioSeries hardwareIndex_;
    int indexRolesCompare_ = -1;  // the mode the index series are styled for
};

}  // namespace leverboard::ui
