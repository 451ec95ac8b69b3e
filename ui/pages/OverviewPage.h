#pragma once
// The Overview: the headline KPIs of all four models, one tile per model,
// each with one small chart (price path, team needed against compute,
// cumulative cost of the two half-life strategies, ROIC against WACC).

#include <array>

#include "charts/ChartWidget.h"
#include "pages/ModelPage.h"

class QLayout;

namespace leverboard::ui {

class KpiCard;

class OverviewPage : public ModelPage {
    Q_OBJECT
public:
    static constexpr int kMaxScenarios = 4;

    explicit OverviewPage(QWidget* parent = nullptr);

    QString pageTitle() const override { return tr("Overview"); }
    ModelGroup group() const override { return ModelGroup::Global; }
    void showResults(const std::vector<ScenarioView>& views) override;
    QList<ChartWidget*> charts() const override { return charts_; }

    QList<KpiCard*> cards() const { return cards_; }
    ChartWidget* priceChart() const { return priceChart_; }
    ChartWidget* headcountChart() const { return headcountChart_; }
    ChartWidget* halfLifeChart() const { return halfLifeChart_; }
    ChartWidget* roicChart() const { return roicChart_; }

private:
    using SlotSeries = std::array<SeriesHandle, kMaxScenarios>;

    QLayout* modelTile(const QString& heading, ModelGroup group, ChartWidget* chart);
    void buildCharts();
    void applyLegendRoles(bool compare);
    void showPrice(const std::vector<ScenarioView>& views);
    void showHeadcount(const std::vector<ScenarioView>& views);
    void showHalfLife(const std::vector<ScenarioView>& views);
    void showRoic(const std::vector<ScenarioView>& views);

    QList<KpiCard*> cards_;
    QList<ChartWidget*> charts_;
    int legendRolesCompare_ = -1;  // the mode the legends are set up for
    int shownSlots_ = -1;          // how many scenarios the series show

    ChartWidget* priceChart_ = nullptr;
    SlotSeries price_{};

    ChartWidget* headcountChart_ = nullptr;
    SlotSeries headcount_{};
    SlotSeries scenarioCompute_{};  // the scenario's C on its step line

    ChartWidget* halfLifeChart_ = nullptr;
    SlotSeries cumulativeInference_{};
    SlotSeries cumulativePretrain_{};
    SeriesHandle crossover_;

    ChartWidget* roicChart_ = nullptr;
    SlotSeries roicBook_{};
    SlotSeries roicEconomic_{};
    SeriesHandle wacc_;
};

}  // namespace leverboard::ui
