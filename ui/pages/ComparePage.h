#pragma once
// The Compare tab: the KPIs of the compared scenarios side by side and the
// parameters that differ among them. The charts of the other pages overlay
// the same scenarios in the same colours; this page has the exact numbers.

#include "pages/ModelPage.h"

class QLabel;
class QPushButton;
class QWidget;

namespace leverboard::ui {

class AttributionView;
class WorkspaceDocument;
class KpiCompareTable;
class ParameterDiffTable;

class ComparePage : public ModelPage {
    Q_OBJECT
public:
    explicit ComparePage(WorkspaceDocument* document, QWidget* parent = nullptr);

    QString pageTitle() const override { return tr("Compare"); }
    ModelGroup group() const override { return ModelGroup::Global; }
    void showResults(const std::vector<ScenarioView>& views) override;
    QList<Chart*> charts() const override { return {}; }

    KpiCompareTable* kpiTable() const { return kpiTable_; }
    ParameterDiffTable* parameterTable() const { return parameterTable_; }
    // Why two compared scenarios differ (shown when two or more are compared).
    AttributionView* attributionView() const { return attribution_; }
    QString hintText() const;  // empty when the page has scenarios to compare

private:
    WorkspaceDocument* document_;
    QWidget* hint_;
    QLabel* hintLabel_;
    QPushButton* compareButton_;
    KpiCompareTable* kpiTable_;
    ParameterDiffTable* parameterTable_;
    QLabel* noDifferences_;
    QWidget* attributionPane_;
    AttributionView* attribution_;
};

}  // namespace leverboard::ui
