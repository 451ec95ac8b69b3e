#pragma once
// One page of the dashboard: a model's KPI cards and charts. Pages only read
// results; they never compute a model.

#include <QList>
#include <QString>
#include <QWidget>
#include <vector>

#include "document/EvaluationScheduler.h"
#include "params/ParameterRegistry.h"

namespace leverboard::ui {

class ChartWidget;

class ModelPage : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString pageTitle() const = 0;
    virtual ModelGroup group() const = 0;  // Global for the Overview
    // views[0] is the active scenario; more entries in compare mode. Update
    // series in place: replace data, never rebuild.
    virtual void showResults(const std::vector<ScenarioView>& views) = 0;
    virtual QList<ChartWidget*> charts() const = 0;
};

}  // namespace leverboard::ui
