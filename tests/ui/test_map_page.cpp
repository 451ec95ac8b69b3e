// The two-parameter map page (issue 13): its cells read back against core's
// parameterMap and against plain evaluations, a click on a cell sets both
// parameters as one undoable edit, the threshold's contour runs between the
// grid points where NPV changes sign, a threshold that moves with an axis
// (economic ROIC against the WACC) is taken per cell, and the map follows
// other parameters as they change.

#include <QComboBox>
#include <QUndoStack>
#include <QtTest>
#include <cmath>

#include "analysis/MapPage.h"
#include "analysis/ParameterMap.h"
#include "charts/HeatmapWidget.h"
#include "document/WorkspaceDocument.h"
#include "models/Engine.h"
#include "text/RegistryText.h"
#include "widgets/ParameterEditor.h"
#include "workspace/FileController.h"

using namespace leverboard;
using namespace leverboard::ui;

namespace {

std::optional<double> npvAt(Scenario scenario, double utilization, double price) {
    scenario[ParamId::CapexUtilization] = utilization;
    scenario[ParamId::CapexRentalPrice] = price;
    const Results results = evaluate(scenario);
    const Kpi* kpi = results.kpi("capex.npv");
    return kpi ? kpi->value : std::nullopt;
}

}  // namespace

class TestMapPage : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void defaultsAreUtilizationTimesPriceToNpv();
    void cellsMatchCoreAndPlainEvaluations();
    void clickSetsBothParametersOneUndoRestoresBoth();
    void contourSeparatesTheSignsOfNpv();
    void perCellThresholdFollowsTheWaccAxis();
    void followsOtherParameters();
    void textKpiIsCategorical();
    void logParametersHaveLogAxes();

private:
    void showMap();
    std::unique_ptr<WorkspaceDocument> document_;
    std::unique_ptr<MapPage> page_;
};

void TestMapPage::init() {
    document_ = std::make_unique<WorkspaceDocument>();
    document_->reset(FileController::bundledDefaultWorkspace(), QString());
    page_ = std::make_unique<MapPage>(document_.get());
    page_->resize(900, 600);
    page_->show();
    QVERIFY(QTest::qWaitForWindowExposed(page_.get()));
    showMap();
}

void TestMapPage::cleanup() {
    page_.reset();
    document_.reset();
}

void TestMapPage::showMap() {
    page_->showResults({});
    page_->waitForMap();
    QVERIFY(page_->shownMap());
    QVERIFY(page_->isRefined());
}

void TestMapPage::defaultsAreUtilizationTimesPriceToNpv() {
    QCOMPARE(page_->kpi(), std::string("capex.npv"));
    QCOMPARE(page_->xParameter(), ParamId::CapexUtilization);
    QCOMPARE(page_->yParameter(), ParamId::CapexRentalPrice);
    const analysis::ParameterMapResult& map = *page_->shownMap();
    QCOMPARE(int(map.xs.size()), MapPage::kFineSize);
    QCOMPARE(int(map.ys.size()), MapPage::kFineSize);
    // Both ends of each range are grid points.
    QCOMPARE(map.xs.front(), spec(ParamId::CapexUtilization).min);
    QCOMPARE(map.xs.back(), spec(ParamId::CapexUtilization).max);
    QCOMPARE(map.ys.front(), spec(ParamId::CapexRentalPrice).min);
    QCOMPARE(map.ys.back(), spec(ParamId::CapexRentalPrice).max);
    // The scenario's point is marked at its own values.
    QVERIFY(page_->heatmap()->data().marker);
    QCOMPARE(page_->heatmap()->data().marker->x(), document_->activeScenario()[ParamId::CapexUtilization]);
    QCOMPARE(page_->heatmap()->data().marker->y(), document_->activeScenario()[ParamId::CapexRentalPrice]);
}

void TestMapPage::cellsMatchCoreAndPlainEvaluations() {
    const analysis::ParameterMapResult& shown = *page_->shownMap();
    const analysis::ParameterMapResult core = analysis::parameterMap(
        document_->activeScenario(), "capex.npv", ParamId::CapexUtilization, ParamId::CapexRentalPrice);
    QCOMPARE(shown.xs, core.xs);
    QCOMPARE(shown.ys, core.ys);
    QCOMPARE(shown.values, core.values);
    // What the heatmap paints is that map.
    QCOMPARE(page_->heatmap()->data().values, core.values);
    // A few cells re-evaluated by hand: the scenario with both parameters set.
    for (const auto& [ix, iy] : {std::pair{0, 0}, std::pair{63, 63}, std::pair{17, 42}, std::pair{40, 5}}) {
        const auto expected = npvAt(document_->activeScenario(), shown.xs[std::size_t(ix)], shown.ys[std::size_t(iy)]);
        const auto cell = shown.values[std::size_t(iy) * shown.xs.size() + std::size_t(ix)];
        QCOMPARE(cell.has_value(), expected.has_value());
        if (expected) QCOMPARE(*cell, *expected);
    }
}

void TestMapPage::clickSetsBothParametersOneUndoRestoresBoth() {
    const Scenario before = document_->activeScenario();
    const analysis::ParameterMapResult& map = *page_->shownMap();
    const int ix = 10;
    const int iy = 50;
    const double x = map.xs[ix];
    const double y = map.ys[iy];
    QVERIFY(x != before[ParamId::CapexUtilization]);
    QVERIFY(y != before[ParamId::CapexRentalPrice]);
    const int steps = document_->undoStack()->count();

    HeatmapWidget* heatmap = page_->heatmap();
    QCOMPARE(heatmap->cellAt(heatmap->cellCenter(ix, iy)), std::make_pair(ix, iy));
    // The hover tip names both parameters with their values and the KPI with its value.
    const QString tip = heatmap->cellText(ix, iy);
    QVERIFY2(tip.contains(formatParameterNumber(x)) && tip.contains(formatParameterNumber(y)), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Utilization")) && tip.contains(QStringLiteral("Rental price")) &&
                 tip.contains(QStringLiteral("NPV")),
             qPrintable(tip));
    QTest::mouseClick(heatmap, Qt::LeftButton, {}, heatmap->cellCenter(ix, iy).toPoint());

    QCOMPARE(document_->activeScenario()[ParamId::CapexUtilization], x);
    QCOMPARE(document_->activeScenario()[ParamId::CapexRentalPrice], y);
    QCOMPARE(document_->undoStack()->count(), steps + 1);  // one step for both

    document_->undoStack()->undo();
    QCOMPARE(document_->activeScenario()[ParamId::CapexUtilization], before[ParamId::CapexUtilization]);
    QCOMPARE(document_->activeScenario()[ParamId::CapexRentalPrice], before[ParamId::CapexRentalPrice]);
    QVERIFY(document_->activeScenario() == before);

    // A slider drag that follows is a step of its own (the map's edit never merges).
    document_->undoStack()->redo();
    const int session = WorkspaceDocument::newDragSession();
    document_->setParameter(ParamId::CapexRentalPrice, y * 1.01, session);
    QCOMPARE(document_->undoStack()->count(), steps + 2);
}

void TestMapPage::contourSeparatesTheSignsOfNpv() {
    const analysis::ParameterMapResult& map = *page_->shownMap();
    HeatmapWidget* heatmap = page_->heatmap();
    QVERIFY(!heatmap->contour().empty());
    const std::size_t nx = map.xs.size();
    // A row where NPV turns from negative to positive between two grid points:
    // the contour crosses that row's edge between them, and the two cells are
    // on opposite sides (red- and blue-dominant).
    bool found = false;
    for (std::size_t iy = 0; iy < map.ys.size() && !found; ++iy) {
        for (std::size_t ix = 0; ix + 1 < nx && !found; ++ix) {
            const auto a = map.values[iy * nx + ix];
            const auto b = map.values[iy * nx + ix + 1];
            if (!a || !b || !(*a < 0 && *b > 0)) continue;
            found = true;
            // NPV's threshold is 0 in every cell.
            QCOMPARE(*map.thresholds[iy * nx + ix], 0.0);
            const QColor bad = heatmap->cellColor(int(ix), int(iy));
            const QColor good = heatmap->cellColor(int(ix + 1), int(iy));
            QVERIFY2(bad.red() > bad.blue(), qPrintable(bad.name()));
            QVERIFY2(good.blue() > good.red(), qPrintable(good.name()));
            bool crossed = false;
            for (const HeatmapWidget::Segment& segment : heatmap->contour())
                for (const QPointF& point : {segment.from, segment.to})
                    if (std::fabs(point.y() - map.ys[iy]) <= 1e-9 * std::fabs(map.ys[iy]) &&
                        point.x() > map.xs[ix] && point.x() < map.xs[ix + 1])
                        crossed = true;
            QVERIFY(crossed);
        }
    }
    QVERIFY2(found, "the default map has no NPV sign change along a row");
}

void TestMapPage::perCellThresholdFollowsTheWaccAxis() {
    page_->setKpi("capex.roic_economic");
    page_->setAxes(ParamId::CapexWacc, ParamId::CapexUtilization);
    page_->waitForMap();
    QVERIFY(page_->isRefined());
    const analysis::ParameterMapResult& map = *page_->shownMap();
    QCOMPARE(map.x, ParamId::CapexWacc);
    const std::size_t nx = map.xs.size();
    for (const std::size_t iy : {std::size_t(0), map.ys.size() - 1})
        for (const std::size_t ix : {std::size_t(0), nx / 2, nx - 1}) {
            const auto threshold = page_->heatmap()->data().thresholds[iy * nx + ix];
            QVERIFY(threshold);
            QCOMPARE(*threshold, map.xs[ix]);  // ROIC against this cell's WACC
        }
}

void TestMapPage::followsOtherParameters() {
    const auto before = page_->shownMap()->values;
    document_->setParameter(ParamId::CapexGpuPrice, document_->activeScenario()[ParamId::CapexGpuPrice] * 1.5);
    showMap();
    const analysis::ParameterMapResult core = analysis::parameterMap(
        document_->activeScenario(), "capex.npv", ParamId::CapexUtilization, ParamId::CapexRentalPrice);
    QCOMPARE(page_->shownMap()->values, core.values);
    QVERIFY(page_->shownMap()->values != before);
}

void TestMapPage::textKpiIsCategorical() {
    page_->setKpi("chips.best");
    page_->setAxes(ParamId::ChipsShiftHazard, ParamId::ChipsAsicPerfPerDollar);
    page_->waitForMap();
    const analysis::ParameterMapResult& map = *page_->shownMap();
    QVERIFY(map.textKpi);
    const HeatmapData& data = page_->heatmap()->data();
    QVERIFY(data.categorical());
    QVERIFY(data.thresholds.empty());
    QCOMPARE(data.categoryOf.size(), map.texts.size());
    // Each cell's category is its own text as people read it; nulls have none.
    for (std::size_t cell = 0; cell < map.texts.size(); ++cell) {
        if (map.texts[cell].empty()) {
            QCOMPARE(data.categoryOf[cell], -1);
            continue;
        }
        QVERIFY(data.categoryOf[cell] >= 0);
        QCOMPARE(data.categories.at(data.categoryOf[cell]), kpiTextValue(map.texts[cell]));
    }
    QVERIFY(page_->heatmap()->contour().empty());
}

void TestMapPage::logParametersHaveLogAxes() {
    QCOMPARE(spec(ParamId::CostFrontierPrice).scale, Scale::Log);
    page_->setKpi("cost.total_decline");
    page_->setAxes(ParamId::CostFrontierPrice, ParamId::CapexUtilization);
    page_->waitForMap();
    const HeatmapData& data = page_->heatmap()->data();
    QCOMPARE(data.xScale, HeatmapData::AxisScale::Log);
    QCOMPARE(data.yScale, HeatmapData::AxisScale::Linear);
    // Log-spaced: equal ratios between neighbours, equal widths on screen.
    const double ratio = data.xs[1] / data.xs[0];
    for (std::size_t i = 1; i + 1 < data.xs.size(); ++i)
        QVERIFY(std::fabs(data.xs[i + 1] / data.xs[i] - ratio) <= 1e-9 * ratio);
    HeatmapWidget* heatmap = page_->heatmap();
    const double first = heatmap->cellCenter(1, 0).x() - heatmap->cellCenter(0, 0).x();
    const double last = heatmap->cellCenter(63, 0).x() - heatmap->cellCenter(62, 0).x();
    QVERIFY(std::fabs(first - last) < 1e-6);
}

QTEST_MAIN(TestMapPage)
#include "test_map_page.moc"
