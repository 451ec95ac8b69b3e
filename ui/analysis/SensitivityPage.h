#pragma once
// Sensitivity (tornado), MODEL.md "Analysis on top of any model": which
// assumption matters most for a KPI. One bar per parameter from the KPI at
// the scenario to the KPI with that parameter at the low and at the high end
// of its band (±20% by default, or its distribution's P10–P90), sorted by
// swing; parameters whose KPI is null at an end are listed under the chart.
// The sweep is core code (analysis::sensitivity) run off the GUI thread, the
// latest request winning, after every evaluation of the scenario.

#include <QString>
#include <optional>
#include <vector>

#include "analysis/Sensitivity.h"
#include "pages/ModelPage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace leverboard::ui {

class LatestJob;
class TornadoChart;
class WorkspaceDocument;

class SensitivityPage : public ModelPage {
    Q_OBJECT
public:
    explicit SensitivityPage(WorkspaceDocument* document, QWidget* parent = nullptr);
    ~SensitivityPage() override;

    QString pageTitle() const override;
    ModelGroup group() const override { return ModelGroup::Global; }
    void showResults(const std::vector<ScenarioView>& views) override;
    // The tornado is for the screen: not part of the exports or the report.
    QList<Chart*> charts() const override { return {}; }

    // Chooses the KPI by id (nothing happens for an id not in the list).
    void setKpi(const QString& kpiId);
    QString kpi() const;

    QComboBox* kpiBox() const { return kpiBox_; }
    QSpinBox* bandBox() const { return bandBox_; }
    QCheckBox* distributionsBox() const { return distributions_; }
    TornadoChart* tornado() const { return tornado_; }
    QLabel* nullList() const { return nullList_; }
    // The parameter of each bar of the tornado, top to bottom.
    const std::vector<ParamId>& barParameters() const { return barParams_; }
    // The last result shown (tests read it back against the core).
    const analysis::SensitivityResult& result() const { return result_; }
    bool isComputing() const;
    // Blocks until the running sweep is done and shown (tests).
    void waitForResult();

    // At most this many bars: the rest are counted under the chart.
    static constexpr int kMaxBars = 16;
    // At most this many parameters named under it for a null end; the rest are counted.
    static constexpr int kMaxListed = 8;

signals:
    // A bar was clicked: select this parameter's slider.
    void parameterRequested(leverboard::ParamId param);
    void resultShown();

protected:
    void changeEvent(QEvent* event) override;

private:
    void refreshKpiList();
    void recompute();
    void show(analysis::SensitivityResult result);
    void retranslate();

    WorkspaceDocument* document_;
    int scenarioIndex_ = -1;  // the active scenario of the last views
    QLabel* kpiLabel_;
    QComboBox* kpiBox_;
    QLabel* bandLabel_;
    QSpinBox* bandBox_;
    QCheckBox* distributions_;
    QLabel* status_;
    TornadoChart* tornado_;
    QLabel* nullList_;
    LatestJob* job_;
    analysis::SensitivityResult result_;
    std::vector<ParamId> barParams_;
};

}  // namespace leverboard::ui
