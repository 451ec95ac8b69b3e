#pragma once

// Looking up what a ChartWidget draws, by series name, for the page tests:
// the shared lookups every page test uses to find a line or marker before
// checking its points against the engine, and the page-under-test fixture.
// A lookup of a name the chart does not have fails the test with the names it
// does have; lookUpNamed / lookUpOnlyVisible report the same without failing.

#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QTest>
#include <cmath>
#include <source_location>
#if !defined(__cpp_lib_source_location)
#include <experimental/source_location>  // clang 14 with libstdc++ 12 (the sanitizer build)
#endif

#include "charts/ChartWidget.h"
#include "document/EvaluationScheduler.h"
#include "document/WorkspaceDocument.h"

namespace chart_probe {

#if defined(__cpp_lib_source_location)
using SourceLocation = std::source_location;
#else
using SourceLocation = std::experimental::source_location;
#endif

using leverboard::ui::ChartWidget;
using leverboard::ui::SeriesHandle;

// What looking a series up by name found, without failing the test. A name
// the chart has no series for at all (visible or hidden) is an error naming
// it and the names the chart does have: a renamed or removed series must fail
// its lookup, not pass a check that it is hidden.
struct NamedLookup {
    QList<SeriesHandle> visible;  // every visible series with the name
    QString error;                // empty when the chart has a series with the name
    bool ok() const { return error.isEmpty(); }
};

inline QString seriesNamesOf(const ChartWidget* chart) {
    QStringList names;
    for (SeriesHandle handle : chart->allSeries()) {
        const QString name = QLatin1Char('"') + chart->seriesName(handle) + QLatin1Char('"');
        names.append(chart->seriesVisible(handle) ? name : name + QStringLiteral(" (hidden)"));
    }
    return names.isEmpty() ? QStringLiteral("no series") : names.join(QStringLiteral(", "));
}

inline NamedLookup lookUpNamed(const ChartWidget* chart, const QString& name) {
    NamedLookup result;
    bool exists = false;
    for (SeriesHandle handle : chart->allSeries()) {
        if (chart->seriesName(handle) != name) continue;
        exists = true;
        if (chart->seriesVisible(handle)) result.visible.append(handle);
    }
    if (!exists)
        result.error = QStringLiteral("no series named \"%1\" in chart \"%2\"; it has %3")
                           .arg(name, chart->title(), seriesNamesOf(chart));
    return result;
}

// The one visible series with this name, or an error saying what was found.
struct OnlyVisibleLookup {
    SeriesHandle handle;  // invalid unless exactly one visible series has the name
    QString error;
    bool ok() const { return error.isEmpty(); }
};

inline OnlyVisibleLookup lookUpOnlyVisible(const ChartWidget* chart, const QString& name) {
    const NamedLookup named = lookUpNamed(chart, name);
    if (!named.ok()) return {{}, named.error};
    if (named.visible.size() != 1)
        return {{},
                QStringLiteral("expected one visible series named \"%1\" in chart \"%2\", found %3; it has %4")
                    .arg(name, chart->title())
                    .arg(named.visible.size())
                    .arg(seriesNamesOf(chart))};
    return {named.visible.front(), {}};
}

// Records a test failure at the caller's line (the test goes on and is
// reported failed; the caller's own checks then see an empty result).
inline void failAt(const QString& message, const SourceLocation& where) {
    QTest::qFail(qPrintable(message), where.file_name(), int(where.line()));
}

// Every visible series with this name: one per scenario in compare mode, none
// when the chart hides it. Fails the test when the chart has no series with
// this name at all.
inline QList<SeriesHandle> visibleNamed(const ChartWidget* chart, const QString& name,
                                        const SourceLocation where = SourceLocation::current()) {
    const NamedLookup found = lookUpNamed(chart, name);
    if (!found.ok()) failAt(found.error, where);
    return found.visible;
}

// True when no visible series has this name, whether or not a hidden or
// renamed one does: for names that leave the chart by design (a deleted
// application, a single-scenario role renamed after a scenario in compare
// mode). A test using it must also show the name drawn in the other state,
// or the check passes for a name that was never there.
inline bool noneVisibleNamed(const ChartWidget* chart, const QString& name) {
    for (SeriesHandle handle : chart->allSeries())
        if (chart->seriesVisible(handle) && chart->seriesName(handle) == name) return false;
    return true;
}

// The one visible series with this name. Fails the test (naming what the
// chart has) and returns an invalid handle otherwise.
inline SeriesHandle onlyVisible(const ChartWidget* chart, const QString& name,
                                const SourceLocation where = SourceLocation::current()) {
    const OnlyVisibleLookup found = lookUpOnlyVisible(chart, name);
    if (!found.ok()) failAt(found.error, where);
    return found.handle;
}

// Where a marker drawn as the named series sits: the x or y of its first
// point, NaN when the marker is missing (so any comparison with it fails).
inline double markerX(const ChartWidget* chart, const QString& name,
                      const SourceLocation where = SourceLocation::current()) {
    const QList<QPointF> points = chart->points(onlyVisible(chart, name, where));
    return points.isEmpty() ? std::nan("") : points.front().x();
}

inline double markerY(const ChartWidget* chart, const QString& name,
                      const SourceLocation where = SourceLocation::current()) {
    const QList<QPointF> points = chart->points(onlyVisible(chart, name, where));
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
