#pragma once
// One page of the dashboard: a model's KPI cards and charts. Pages only read
// results; they never compute a model.

#include <QColor>
#include <QList>
#include <QString>
#include <QWidget>
#include <optional>
#include <vector>

#include "charts/ChartWidget.h"

#include "document/EvaluationScheduler.h"
#include "params/ParameterRegistry.h"

namespace leverboard::ui {

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

protected:
    // Declares that `series` draws the scenario in view `slot`: it takes that
    // scenario's colour (views[slot].color, stable while the active scenario
    // changes). With one scenario shown, `singleColor` (a role colour such as
    // "hardware index") is used instead when given.
    void colorByScenario(ChartWidget* chart, SeriesHandle series, int slot,
                         std::optional<QColor> singleColor = std::nullopt) {
        scenarioColored_.push_back({chart, series, slot, singleColor});
    }
    // Call first in showResults.
    void applyScenarioColors(const std::vector<ScenarioView>& views) {
        const bool compare = views.size() > 1;
        for (const ScenarioColored& entry : scenarioColored_) {
            if (entry.slot >= int(views.size())) continue;
            const QColor color = !compare && entry.singleColor ? *entry.singleColor
                                                               : views[std::size_t(entry.slot)].color;
            entry.chart->setSeriesColor(entry.series, color);  // a no-op when unchanged
        }
    }

private:
    struct ScenarioColored {
        ChartWidget* chart;
        SeriesHandle series;
        int slot;
        std::optional<QColor> singleColor;
    };
    std::vector<ScenarioColored> scenarioColored_;
};

}  // namespace leverboard::ui
