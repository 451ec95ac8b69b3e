#pragma once
// The two-parameter map (MODEL.md "Analysis on top of any model"): a KPI over
// two parameters' ranges, all else at the active scenario's values, as a
// heatmap diverging at the KPI's natural threshold with its contour line. The
// map is computed in core (analysis::parameterMap) on worker threads: a coarse
// 16 × 16 pass first, then the full 64 × 64, the latest slider change winning.
// A click on a cell sets both parameters as one undoable edit.

#include <memory>
#include <string>

#include "pages/ModelPage.h"

class QComboBox;
class QLabel;

namespace leverboard {
struct Scenario;
namespace analysis {
struct ParameterMapResult;
}
}  // namespace leverboard

namespace leverboard::ui {

class HeatmapWidget;
class LatestJob;
class WorkspaceDocument;

class MapPage : public ModelPage {
    Q_OBJECT
public:
    static constexpr int kCoarseSize = 16;
    static constexpr int kFineSize = 64;

    explicit MapPage(WorkspaceDocument* document, QWidget* parent = nullptr);
    ~MapPage() override;

    QString pageTitle() const override { return tr("Two-Parameter Map"); }
    ModelGroup group() const override { return ModelGroup::Global; }
    void showResults(const std::vector<ScenarioView>& views) override;
    QList<Chart*> charts() const override { return {}; }

    // The KPI and axes, by id ("capex.npv", "capex.utilization").
    void setKpi(const std::string& kpi);
    void setAxes(ParamId x, ParamId y);
    std::string kpi() const;
    ParamId xParameter() const;
    ParamId yParameter() const;

    HeatmapWidget* heatmap() const { return heatmap_; }
    QComboBox* kpiChooser() const { return kpiChooser_; }
    QComboBox* xChooser() const { return xChooser_; }
    QComboBox* yChooser() const { return yChooser_; }
    QLabel* statusLabel() const { return status_; }
    // The map on screen (null before the first one arrives) and whether it is
    // the full-size one for the latest change.
    const analysis::ParameterMapResult* shownMap() const { return shown_.get(); }
    bool isRefined() const;
    // Blocks until the running passes are done and delivered (tests).
    void waitForMap();

private:
    void fillKpiChooser(const Scenario& scenario);
    void refresh();
    void showMap(std::shared_ptr<const analysis::ParameterMapResult> map, bool refined);
    void onCellClicked(double x, double y);

    WorkspaceDocument* document_;
    QComboBox* kpiChooser_;
    QComboBox* xChooser_;
    QComboBox* yChooser_;
    QLabel* status_;
    HeatmapWidget* heatmap_;
    LatestJob* coarseJob_;
    LatestJob* fineJob_;
    std::shared_ptr<const analysis::ParameterMapResult> shown_;
    quint64 request_ = 0;
    quint64 refinedRequest_ = 0;  // the request whose full map is shown
    bool hasScenario_ = false;
};

}  // namespace leverboard::ui
