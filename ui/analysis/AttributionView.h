#pragma once
// Why do two scenarios differ? The Compare page's attribution waterfall: a
// KPI and two scenarios (by default the active one and the first other
// compared one), k(A) through one bar per differing parameter (its Shapley
// value, core analysis::attribute, on a worker thread) to k(B). The bars add
// up exactly. Where the KPI is null in some coalition, no bars: a plain
// sentence names those coalitions instead.

#include <QWidget>
#include <memory>
#include <string>
#include <vector>

#include "document/EvaluationScheduler.h"

class QComboBox;
class QLabel;

namespace leverboard::analysis {
struct AttributionResult;
}

namespace leverboard::ui {

class LatestJob;
class WaterfallChart;
class WorkspaceDocument;

class AttributionView : public QWidget {
    Q_OBJECT
public:
    explicit AttributionView(WorkspaceDocument* document, QWidget* parent = nullptr);
    ~AttributionView() override;

    // The compared scenarios (views[0] active): offers every scenario, picks
    // the defaults when the compared set changes, and recomputes.
    void showScenarios(const std::vector<ScenarioView>& views);
    void setKpi(const std::string& kpi);
    void setScenarios(int from, int to);  // workspace indices
    std::string kpi() const;
    int fromScenario() const;
    int toScenario() const;

    QComboBox* kpiChooser() const { return kpiChooser_; }
    QComboBox* fromChooser() const { return fromChooser_; }
    QComboBox* toChooser() const { return toChooser_; }
    WaterfallChart* chart() const { return chart_; }
    QLabel* messageLabel() const { return message_; }
    // The attribution shown (null before the first arrives).
    const analysis::AttributionResult* result() const { return result_.get(); }
    void waitForResult();  // tests

private:
    void refresh();
    void showResult(std::shared_ptr<const analysis::AttributionResult> result);
    void fillScenarioChoosers();

    WorkspaceDocument* document_;
    QComboBox* kpiChooser_;
    QComboBox* fromChooser_;
    QComboBox* toChooser_;
    QLabel* message_;
    WaterfallChart* chart_;
    LatestJob* job_;
    std::shared_ptr<const analysis::AttributionResult> result_;
    std::vector<int> lastVisible_;
    std::vector<QColor> colors_;  // per workspace scenario: its chart colour where visible
};

}  // namespace leverboard::ui
