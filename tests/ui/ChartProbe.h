#pragma once

// Looking up what a ChartWidget draws, by series name, for the page tests:
// the shared lookups every page test uses to find a line or marker before
// checking its points against the engine, and the page-under-test fixture.

#include <QDebug>
#include <QList>
#include <QPointF>
#include <QString>
#include <cmath>

#include "charts/ChartWidget.h"
#include "document/EvaluationScheduler.h"
#include "document/WorkspaceDocument.h"

namespace chart_probe {

using leverboard::ui::ChartWidget;
using leverboard::ui::SeriesHandle;

// Every visible series with this name: one per scenario in compare mode, none
// when the chart hides it.
inline QList<SeriesHandle> visibleNamed(const ChartWidget* chart, const QString& name) {
    QList<SeriesHandle> found;
    for (SeriesHandle handle : chart->allSeries())
        if (chart->seriesVisible(handle) && chart->seriesName(handle) == name) found.append(handle);
    return found;
}

// The one visible series with this name; an invalid handle (and a warning
// saying what was found) otherwise, so the caller's check on its points fails.
inline SeriesHandle onlyVisible(const ChartWidget* chart, const QString& name) {
    const QList<SeriesHandle> found = visibleNamed(chart, name);
    if (found.size() != 1) {
        qWarning() << "expected one visible series named" << name << "in" << chart->title() << "found"
                   << found.size();
        return {};
    }
    return found.front();
}

// Where a marker drawn as the named series sits: the x or y of its first
// point, NaN when the marker is missing (so any comparison with it fails).
inline double markerX(const ChartWidget* chart, const QString& name) {
    const QList<QPointF> points = chart->points(onlyVisible(chart, name));
    return points.isEmpty() ? std::nan("") : points.front().x();
}

inline double markerY(const ChartWidget* chart, const QString& name) {
    const QList<QPointF> points = chart->points(onlyVisible(chart, name));
    return points.isEmpty() ? std::nan("") : points.front().y();
}

// One model page showing the default workspace's results at laptop size
// (1000×620); refresh() after editing the document shows the new results.
template <typename Page>
struct PageFixture {
    leverboard::ui::WorkspaceDocument document;
    leverboard::ui::EvaluationScheduler scheduler{&document};
    Page page;

    PageFixture() {
        page.resize(1000, 620);
        refresh();
    }
    void refresh() {
        scheduler.evaluateNow();
        page.showResults(scheduler.views());
    }
};

}  // namespace chart_probe
