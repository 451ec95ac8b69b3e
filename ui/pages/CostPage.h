#pragma once
// The cost-curve page (MODEL.md §1): price path with the commoditization
// kink, cost per task of each application against its viability threshold
// with the unlock months, and the frontier and hardware indices.

#include <array>

#include "charts/ChartWidget.h"
#include "pages/ModelPage.h"

namespace leverboard::ui {

class KpiStrip;

class CostPage : public ModelPage {
    Q_OBJECT
public:
    // Applications get their own series up to this many; the rest are noted.
    static constexpr int kMaxApplications = 8;
    static constexpr int kMaxScenarios = 4;

    explicit CostPage(QWidget* parent = nullptr);

    QString pageTitle() const override { return tr("Cost curves"); }
    ModelGroup group() const override { return ModelGroup::Cost; }
    void showResults(const std::vector<ScenarioView>& views) override;
    QList<ChartWidget*> charts() const override { return charts_; }

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
    QList<ChartWidget*> charts_;

    ChartWidget* priceChart_ = nullptr;
    std::array<SeriesHandle, kMaxScenarios> pricePath_{};
    SeriesHandle kinkMarker_;
    SeriesHandle kinkPoint_;

    ChartWidget* taskChart_ = nullptr;
    std::array<SeriesHandle, kMaxApplications> costPerTask_{};
    std::array<SeriesHandle, kMaxApplications> threshold_{};
    SeriesHandle unlockPoints_;
    QString taskNote_;

    ChartWidget* indexChart_ = nullptr;
    std::array<SeriesHandle, kMaxScenarios> frontierIndex_{};
    std::array<SeriesHandle, kMaxScenarios> hardwareIndex_{};
    int indexRolesCompare_ = -1;  // the mode the index series are styled for
};

}  // namespace leverboard::ui
