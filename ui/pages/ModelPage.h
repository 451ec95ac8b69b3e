#pragma once
// One page of the dashboard: a model's KPI cards and charts. Pages only read
// results; they never compute a model.

#include <QList>
#include <QString>
#include <QWidget>
#include <memory>
#include <vector>

#include "charts/BarChartWidget.h"
#include "charts/ChartWidget.h"

#include "document/EvaluationScheduler.h"
#include "params/ParameterRegistry.h"

namespace leverboard::ui {

// What a model page offers the Overview: one small live chart of its model,
// built and updated by the page's own code (the registry's PageSpec::headline
// makes it). The Overview puts it in the model's tile beside the model's
// headline KPI cards (KpiSpec::headline).
class PageHeadline {
public:
    virtual ~PageHeadline() = default;
    virtual ChartWidget* chart() const = 0;  // parented to the widget the factory was given
    // views[0] is the active scenario, as in ModelPage::showResults.
    virtual void showResults(const std::vector<ScenarioView>& views) = 0;
};

class ModelPage : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString pageTitle() const = 0;
    virtual ModelGroup group() const = 0;  // Global for the Overview
    // views[0] is the active scenario; more entries in compare mode. Update
    // series in place: replace data, never rebuild.
    virtual void showResults(const std::vector<ScenarioView>& views) = 0;
    // Every chart of the page, line and bar alike, in the order the page
    // reads (and built them); hidden ones too. The one way to enumerate a
    // page's charts: exports, the report and presentation mode go through it.
    virtual QList<Chart*> charts() const = 0;
    // charts() of one kind.
    QList<ChartWidget*> lineCharts() const { return chartsOf<ChartWidget>(); }
    QList<BarChartWidget*> barCharts() const { return chartsOf<BarChartWidget>(); }

signals:
    // Asks the window to show another page, by page registry id (PageSpec::id);
    // the Overview's tiles do it when clicked.
    void pageRequested(const QString& pageId);

private:
    template <class Kind>
    QList<Kind*> chartsOf() const {
        QList<Kind*> kind;
        for (Chart* chart : charts())
            if (auto* typed = qobject_cast<Kind*>(chart)) kind.append(typed);
        return kind;
    }
};

}  // namespace leverboard::ui
