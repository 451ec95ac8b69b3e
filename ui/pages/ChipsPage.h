#pragma once
// Chip bets under paradigm risk (MODEL.md §7): every chip is a bet on what
// intelligence will need. A GPU bets that the future stays open, a TPU that
// computation converges on matrix maths, an inference ASIC that inference
// wins and stops changing — and a paradigm shift strands it.

#include <memory>

#include "charts/ChartWidget.h"
#include "pages/ModelPage.h"
#include "pages/ScenarioSeries.h"

class QTableWidget;

namespace leverboard::ui {

class KpiStrip;

class ChipsPage : public ModelPage {
    Q_OBJECT
public:
    explicit ChipsPage(QWidget* parent = nullptr);
    // The Overview's tile for this model: its small live chart (PageRegistry).
    static std::unique_ptr<PageHeadline> headline(QWidget* parent);

    QString pageTitle() const override { return tr("Chip bets"); }
    ModelGroup group() const override { return ModelGroup::Chips; }
    void showResults(const std::vector<ScenarioView>& views) override;
    QList<Chart*> charts() const override { return charts_; }

    KpiStrip* kpiStrip() const { return kpis_; }
    ChartWidget* valueChart() const { return valueChart_; }
    ChartWidget* perfChart() const { return perfChart_; }
    // The essays' table: rows GPU, TPU, ASIC; columns worldview, strategy, moat, risk.
    QTableWidget* essaysTable() const { return essays_; }
    // The value chart's note: break-evens beyond the axis, compare-mode line styles.
    const QString& valueNote() const { return valueNote_; }

private:
    void buildValueChart();
    void buildPerfChart();
    void buildEssaysTable();
    void showValue(const std::vector<ScenarioView>& views);
    void showPerf(const std::vector<ScenarioView>& views);

    KpiStrip* kpis_ = nullptr;
    QList<Chart*> charts_;

    ChartWidget* valueChart_ = nullptr;
    ScenarioSeries gpu_;
    ScenarioSeries tpu_;
    ScenarioSeries asic_;
    SeriesHandle hazardMarker_;
    SeriesHandle tpuBreakeven_;
    SeriesHandle asicBreakeven_;

    ChartWidget* perfChart_ = nullptr;
    ScenarioSeries asicAtPerf_;
    ScenarioSeries asicAtScenario_;
    SeriesHandle gpuLevel_;
    SeriesHandle tpuLevel_;
    SeriesHandle perfMarker_;

    QTableWidget* essays_ = nullptr;
    QString valueNote_;
};

}  // namespace leverboard::ui
