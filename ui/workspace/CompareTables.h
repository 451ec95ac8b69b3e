#pragma once
// The two tables of compare mode: every KPI side by side for the visible
// scenarios, and the parameters whose values differ among them. Columns are
// the scenarios in compare-slot order, headed by their chart colour.

#include <QTableWidget>
#include <span>
#include <vector>

#include "document/EvaluationScheduler.h"
#include "scenario/Workspace.h"

namespace leverboard::ui {

// Parameters (registry order) whose values are not all equal across the scenarios.
std::vector<ParamId> differingParameters(std::span<const Scenario* const> scenarios);
bool applicationsDiffer(std::span<const Scenario* const> scenarios);

// Text of a KPI cell: the formatted value and its unit, as the KPI cards show it.
QString kpiCellText(const Kpi& kpi);

// Shared look: label and unit columns, then one column per scenario.
class ScenarioColumnsTable : public QTableWidget {
    Q_OBJECT
public:
    static constexpr int kLabelColumn = 0;
    static constexpr int kUnitColumn = 1;
    static constexpr int kFirstScenarioColumn = 2;
    static constexpr int kRowKeyRole = Qt::UserRole;  // the KPI or parameter id of a row

    explicit ScenarioColumnsTable(QWidget* parent = nullptr);

    int scenarioColumnCount() const { return columnCount() - kFirstScenarioColumn; }
    QString rowKey(int row) const;  // id stored in the label cell
    QString cellText(int row, int scenarioColumn) const;

protected:
    void setScenarioColumns(const std::vector<ScenarioView>& views);
    // Creates the item on first use, then only updates it (no churn per tick).
    QTableWidgetItem* cell(int row, int column);
    void setRowHeader(int row, const QString& key, const QString& label, const QString& unit,
                      const QString& toolTip);
};

class KpiCompareTable : public ScenarioColumnsTable {
    Q_OBJECT
public:
    explicit KpiCompareTable(QWidget* parent = nullptr);
    void showScenarios(const std::vector<ScenarioView>& views);
};

class ParameterDiffTable : public ScenarioColumnsTable {
    Q_OBJECT
public:
    static inline const QString kApplicationsKey = QStringLiteral("applications");

    explicit ParameterDiffTable(QWidget* parent = nullptr);
    void showScenarios(const Workspace& workspace, const std::vector<ScenarioView>& views);
};

}  // namespace leverboard::ui
