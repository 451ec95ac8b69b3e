// The Compute leverage page: every chart shows the engine's numbers, moves
// with a parameter change, and overlays one series per scenario in compare mode.

#include <QDir>
#include <QtTest>
#include <cmath>

#include "charts/BarChartWidget.h"
#include "ChartProbe.h"
#include "charts/ChartWidget.h"
#include "document/EvaluationScheduler.h"
#include "document/WorkspaceDocument.h"
#include "models/Engine.h"
#include "models/LeverageModel.h"
#include "pages/LeveragePage.h"
#include "widgets/KpiCard.h"

using namespace leverboard;
using namespace leverboard::ui;
using namespace chart_probe;

namespace {

// Chart indices in LeveragePage::charts().
enum ChartIndex { Headcount, Team, Cost, PathHeadcount, PathCompute };

// What the headcount chart must draw for a scenario: N_req at 1 + C as steps.
QList<QPointF> expectedHeadcountSteps(const LeverageResults& lev) {
    QList<QPointF> points;
    for (std::size_t i = 0; i < lev.computeGrid.size(); ++i)
        if (lev.headcountAtCompute[i]) points.append(QPointF(1.0 + lev.computeGrid[i], *lev.headcountAtCompute[i]));
    return stepPoints(points);
}

QList<QPointF> expectedCost(const LeverageResults& lev, double divisor) {
    QList<QPointF> points;
    for (std::size_t i = 0; i < lev.computeGrid.size(); ++i)
        if (lev.costAtCompute[i]) points.append(QPointF(1.0 + lev.computeGrid[i], *lev.costAtCompute[i] / divisor));
    return points;
}

QList<QPointF> expectedPath(const LeverageResults& lev, const std::vector<MaybeNumber>& path) {
    QList<QPointF> points;
    for (std::size_t i = 0; i < lev.month.size(); ++i)
        if (path[i]) points.append(QPointF(lev.month[i], *path[i]));
    return stepPoints(points);
}

bool samePoints(const QList<QPointF>& actual, const QList<QPointF>& expected) {
    if (actual.size() != expected.size()) {
        qWarning() << "size" << actual.size() << "expected" << expected.size();
        return false;
    }
    for (qsizetype i = 0; i < actual.size(); ++i)
        if (!qFuzzyCompare(actual[i].x(), expected[i].x()) ||
            !(qFuzzyCompare(actual[i].y(), expected[i].y()) ||
              std::fabs(actual[i].y() - expected[i].y()) < 1e-12)) {
            qWarning() << "point" << i << actual[i] << "expected" << expected[i];
            return false;
        }
    return true;
}

// Time per stage with AI, straight from MODEL.md §2 (before saturation):
// share / min((1 + C)^p, cap), in % of the no-AI total.
double stagePercentAfter(double share, double compute, double p, double cap) {
    return 100.0 * share / std::min(std::pow(1.0 + compute, p), cap);
}

}  // namespace

class TestLeveragePage : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void everyChartHasData();
    void headcountStepsMatchEngineAndWorkedCheck();
    void teamChartShowsUslPeakAndTarget();
    void costChartShowsOptimum();
    void optimalPathsMatchEngine();
    void stageBarsShowBucketEffect();
    void kpiCardsFollowResults();
    void computeChangeMovesSeriesAndMarkers();
    void unreachableTargetLeavesNote();
    void chartsThatNeverHadDataReadDistinctLabels();
    void compareModeOverlaysOneSeriesPerScenario();
    void screenshot();

private:
    void show() { page_->showResults(scheduler_->views()); }
    const LeverageResults& engine() const { return scheduler_->activeResults().get<LeverageResults>(); }
    ChartWidget* chart(ChartIndex index) const { return page_->lineCharts().at(index); }

    WorkspaceDocument* document_ = nullptr;
    EvaluationScheduler* scheduler_ = nullptr;
    LeveragePage* page_ = nullptr;
};

void TestLeveragePage::init() {
    document_ = new WorkspaceDocument;
    scheduler_ = new EvaluationScheduler(document_);
    page_ = new LeveragePage;
    page_->resize(1000, 620);
    show();
}

void TestLeveragePage::cleanup() {
    delete page_;
    delete scheduler_;
    delete document_;
}

void TestLeveragePage::everyChartHasData() {
    QCOMPARE(page_->lineCharts().size(), 5);
    for (ChartWidget* chart : page_->lineCharts()) {
        int nonEmpty = 0;
        for (SeriesHandle handle : chart->allSeries())
            if (chart->seriesVisible(handle) && !chart->points(handle).isEmpty()) ++nonEmpty;
        QVERIFY2(nonEmpty > 0, qPrintable(chart->title()));
    }
    BarChartWidget* bars = page_->stageChart();
    QVERIFY(bars);
    QCOMPARE(bars->setCount(), 3);
    QCOMPARE(bars->categories().size(), 2);
    for (int set = 0; set < bars->setCount(); ++set) QVERIFY(bars->values(set).at(0) > 0);
}

void TestLeveragePage::headcountStepsMatchEngineAndWorkedCheck() {
    ChartWidget* headcount = chart(Headcount);
    QCOMPARE(headcount->xAxisSpec().scale, AxisScale::Log);
    const SeriesHandle line = onlyVisible(headcount, QStringLiteral("Required headcount"));
    QVERIFY(samePoints(headcount->points(line), expectedHeadcountSteps(engine())));

    // MODEL.md's worked check: eight people without AI (C = 0, drawn at 1 + C = 1) …
    const QList<QPointF> steps = headcount->points(line);
    QCOMPARE(steps.front(), QPointF(1.0, 8.0));
    // … four with C = 10, the scenario's compute, marked at 1 + C = 11.
    QCOMPARE(markerX(headcount, QStringLiteral("Your compute")), 11.0);
    const QList<QPointF> atScenario = headcount->points(onlyVisible(headcount, QStringLiteral("At your compute")));
    QCOMPARE(atScenario, (QList<QPointF>{QPointF(11.0, 4.0)}));
    QVERIFY(headcount->xRange().first <= 1.0);
    QCOMPARE(headcount->yRange().first, 0.0);
}

void TestLeveragePage::teamChartShowsUslPeakAndTarget() {
    ChartWidget* team = chart(Team);
    const LeverageResults& lev = engine();
    const SeriesHandle withAi = onlyVisible(team, QStringLiteral("With AI"));
    const SeriesHandle noAi = onlyVisible(team, QStringLiteral("No AI"));
    const QList<QPointF> output = team->points(withAi);
    QCOMPARE(output.size(), qsizetype(lev.teamSize.size()));
    for (qsizetype i = 0; i < output.size(); ++i) {
        QCOMPARE(output[i].x(), lev.teamSize[std::size_t(i)]);
        QCOMPARE(output[i].y(), lev.teamOutput[std::size_t(i)]);
        QCOMPARE(team->points(noAi)[i].y(), lev.teamOutputNoAi[std::size_t(i)]);
    }
    // USL by hand: X(N) = N / (1 + σ(N − 1) + κN(N − 1)); no AI, m = 1.
    const double sigma = 0.05, kappa = 0.005, f = std::cbrt(0.8 * 0.8 * 0.9);
    const double n = 5;
    QVERIFY(qFuzzyCompare(team->points(noAi)[4].y(), 2.5 * n / (1 + sigma * (n - 1) + kappa * n * (n - 1)) * f));

    QVERIFY(qFuzzyCompare(markerX(team, QStringLiteral("Peak")), std::sqrt((1 - sigma) / kappa)));
    QCOMPARE(markerX(team, QStringLiteral("Peak")), *lev.teamPeak);
    QCOMPARE(markerY(team, QStringLiteral("Target")), 10.0);
    QCOMPARE(markerY(team, QStringLiteral("Target")), lev.targetWork);
}

void TestLeveragePage::costChartShowsOptimum() {
    ChartWidget* cost = chart(Cost);
    const LeverageResults& lev = engine();
    // 4 people × (salary / 4 + 3 × C × unit price) = 4 × (50,000 + 3,000) = $212K a quarter.
    QCOMPARE(page_->costDivisor(), 1e3);
    QVERIFY(cost->yAxisSpec().title.contains(QStringLiteral("$ thousands")));
    const QList<QPointF> line = cost->points(onlyVisible(cost, QStringLiteral("Cost")));
    QVERIFY(samePoints(line, expectedCost(lev, 1e3)));
    const auto atScenario = std::find_if(line.begin(), line.end(), [](const QPointF& p) { return p.x() == 11.0; });
    QVERIFY(atScenario != line.end());
    QCOMPARE(atScenario->y(), 212.0);

    const QList<QPointF> optimum = cost->points(onlyVisible(cost, QStringLiteral("Optimum")));
    QCOMPARE(optimum.size(), 1);
    QCOMPARE(optimum.front().x(), 1.0 + *lev.optimalCompute);
    QCOMPARE(optimum.front().y(), *lev.optimalCostPerQuarter / 1e3);
    // The optimum is no dearer than any point of the curve.
    for (const QPointF& p : line) QVERIFY(optimum.front().y() <= p.y() * (1 + 1e-12));
}

void TestLeveragePage::optimalPathsMatchEngine() {
    const LeverageResults& lev = engine();
    ChartWidget* headcount = chart(PathHeadcount);
    ChartWidget* compute = chart(PathCompute);
    QVERIFY(samePoints(headcount->points(onlyVisible(headcount, QStringLiteral("Optimal headcount"))),
                       expectedPath(lev, lev.optimalHeadcountPath)));
    QVERIFY(samePoints(compute->points(onlyVisible(compute, QStringLiteral("Optimal compute"))),
                       expectedPath(lev, lev.optimalComputePath)));
    // The path spans the horizon: months 0 … 60 by default.
    QCOMPARE(headcount->points(onlyVisible(headcount, QStringLiteral("Optimal headcount"))).back().x(), 60.0);
}

void TestLeveragePage::stageBarsShowBucketEffect() {
    BarChartWidget* bars = page_->stageChart();
    QCOMPARE(bars->categories(), (QStringList{QStringLiteral("Before AI"), QStringLiteral("With AI")}));
    const QList<double> generate = bars->values(bars->findSet(QStringLiteral("Generate")));
    const QList<double> review = bars->values(bars->findSet(QStringLiteral("Review")));
    const QList<double> other = bars->values(bars->findSet(QStringLiteral("Other")));
    // Before AI: the shares, 40 / 30 / 30 %.
    QVERIFY(qFuzzyCompare(generate[0], 40.0));
    QVERIFY(qFuzzyCompare(review[0], 30.0));
    QVERIFY(qFuzzyCompare(other[0], 30.0));
    // With C = 10: L = 11^0.5 ≈ 3.32 speeds generation by 3.32, review by its cap 2, the rest not at all.
    QVERIFY(qFuzzyCompare(generate[1], stagePercentAfter(0.4, 10, 0.5, 10)));
    QVERIFY(qFuzzyCompare(review[1], stagePercentAfter(0.3, 10, 0.5, 2)));
    QVERIFY(qFuzzyCompare(other[1], 30.0));
    // The bar's height is 1 / m.
    QVERIFY(qFuzzyCompare(generate[1] + review[1] + other[1], 100.0 / engine().multiplier));
}

void TestLeveragePage::kpiCardsFollowResults() {
    const QList<KpiCard*> cards = page_->kpiStrip()->cards();
    QCOMPARE(cards.size(), 9);
    QCOMPARE(cards.front()->kpiId(), QStringLiteral("lev.required_headcount"));
    QCOMPARE(cards.back()->kpiId(), QStringLiteral("lev.optimal_headcount_horizon"));
    QCOMPARE(cards[0]->valueText(), QStringLiteral("4"));
    QCOMPARE(cards[1]->valueText(), QStringLiteral("8"));
    document_->setParameter(ParamId::LevComputePerPerson, 0);
    scheduler_->evaluateNow();
    show();
    QCOMPARE(cards[0]->valueText(), QStringLiteral("8"));
}

void TestLeveragePage::computeChangeMovesSeriesAndMarkers() {
    const QList<QPointF> stepsBefore = chart(Headcount)->points(onlyVisible(chart(Headcount), QStringLiteral("Required headcount")));
    document_->setParameter(ParamId::LevComputePerPerson, 100);
    scheduler_->evaluateNow();
    show();
    const LeverageResults& lev = engine();
    QCOMPARE(lev.compute, 100.0);

    ChartWidget* headcount = chart(Headcount);
    QCOMPARE(markerX(headcount, QStringLiteral("Your compute")), 101.0);
    QCOMPARE(headcount->points(onlyVisible(headcount, QStringLiteral("At your compute"))),
             (QList<QPointF>{QPointF(101.0, *lev.requiredHeadcount)}));
    // The grid gains the new C and loses the old one.
    const QList<QPointF> steps = headcount->points(onlyVisible(headcount, QStringLiteral("Required headcount")));
    QVERIFY(samePoints(steps, expectedHeadcountSteps(lev)));
    QVERIFY(steps != stepsBefore);
    QVERIFY(std::any_of(steps.begin(), steps.end(), [](const QPointF& p) { return p.x() == 101.0; }));

    ChartWidget* team = chart(Team);
    QCOMPARE(team->points(onlyVisible(team, QStringLiteral("With AI")))[3].y(), lev.teamOutput[3]);
    QCOMPARE(markerX(chart(Cost), QStringLiteral("Your compute")), 101.0);

    // Past review's cap only generation still speeds up: 40/10 + 30/2 + 30 = 49 % of the no-AI time.
    BarChartWidget* bars = page_->stageChart();
    QVERIFY(qFuzzyCompare(bars->values(bars->findSet(QStringLiteral("Generate")))[1], 4.0));
    QVERIFY(qFuzzyCompare(bars->values(bars->findSet(QStringLiteral("Review")))[1], 15.0));
}

void TestLeveragePage::unreachableTargetLeavesNote() {
    // 1000 features a quarter is beyond any team at the USL peak.
    document_->setParameter(ParamId::LevTargetWork, 1000);
    scheduler_->evaluateNow();
    show();
    QVERIFY(!engine().requiredHeadcount);
    ChartWidget* headcount = chart(Headcount);
    QVERIFY(headcount->points(onlyVisible(headcount, QStringLiteral("Required headcount"))).isEmpty());
    QVERIFY(headcount->points(onlyVisible(headcount, QStringLiteral("At your compute"))).isEmpty());
    QCOMPARE(markerY(chart(Team), QStringLiteral("Target")), 1000.0);
    QVERIFY(!page_->kpiStrip()->cards().front()->isReachable());
}

// A page opened on an unreachable target has charts with no data at all:
// their axes still read distinct round numbers, not Qt's 0 … 1 through a
// whole-number format ("0, 0, 0, 1, 1, 1").
void TestLeveragePage::chartsThatNeverHadDataReadDistinctLabels() {
    delete page_;
    document_->setParameter(ParamId::LevTargetWork, 1000);
    scheduler_->evaluateNow();
    page_ = new LeveragePage;
    page_->resize(1000, 620);
    show();
    QVERIFY(!engine().requiredHeadcount);
    int checked = 0;
    for (ChartWidget* c : page_->lineCharts()) {
        for (Qt::Orientation o : {Qt::Horizontal, Qt::Vertical}) {
            const QStringList labels = c->linearAxisLabels(o);
            if (labels.isEmpty()) continue;
            QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), labels.size());
            ++checked;
        }
    }
    QVERIFY(checked >= 4);  // the optimal paths' month and value axes, the headcount axis, …
}

void TestLeveragePage::compareModeOverlaysOneSeriesPerScenario() {
    const QStringList roles = {QStringLiteral("Required headcount"), QStringLiteral("With AI"), QStringLiteral("Cost"),
                               QStringLiteral("Optimal headcount")};
    // One scenario: each role names one line (compare mode renames it below).
    for (const QString& role : roles) {
        int charts = 0;
        for (ChartWidget* c : page_->lineCharts()) charts += noneVisibleNamed(c, role) ? 0 : 1;
        QVERIFY2(charts == 1, qPrintable(role));
    }
    document_->setCompareEnabled(true);
    scheduler_->evaluateNow();
    show();
    const std::vector<ScenarioView>& views = scheduler_->views();
    QVERIFY(views.size() >= 2);
    for (const ScenarioView& view : views) {
        const Results expected = evaluate(document_->workspace().scenarios.at(std::size_t(view.scenarioIndex)));
        const LeverageResults& lev = expected.get<LeverageResults>();
        const SeriesHandle headcount = onlyVisible(chart(Headcount), view.name);
        QVERIFY2(headcount.valid(), qPrintable(view.name));
        QVERIFY(samePoints(chart(Headcount)->points(headcount), expectedHeadcountSteps(lev)));
        QVERIFY(onlyVisible(chart(Team), view.name).valid());
        QVERIFY(onlyVisible(chart(Team), view.name + QStringLiteral(" (no AI)")).valid());
        const SeriesHandle cost = onlyVisible(chart(Cost), view.name);
        QVERIFY(samePoints(chart(Cost)->points(cost), expectedCost(lev, page_->costDivisor())));
        QVERIFY(samePoints(chart(PathHeadcount)->points(onlyVisible(chart(PathHeadcount), view.name)),
                           expectedPath(lev, lev.optimalHeadcountPath)));
        QVERIFY(onlyVisible(chart(PathCompute), view.name).valid());
    }
    // Unused slots and single-scenario role names are gone.
    for (ChartWidget* c : page_->lineCharts())
        for (const QString& role : roles) QVERIFY(noneVisibleNamed(c, role));
    // The presets share their stage shares: one no-AI bar, then one bar per scenario.
    const QStringList categories = page_->stageChart()->categories();
    QCOMPARE(categories.size(), qsizetype(views.size()) + 1);
    QCOMPARE(categories.front(), QStringLiteral("No AI"));
    QCOMPARE(categories.at(1), QStringLiteral("Base"));
    QCOMPARE(categories.at(2), QStringLiteral("Bear"));

    // Back to one scenario: role names return, the other slots hide.
    document_->setCompareEnabled(false);
    scheduler_->evaluateNow();
    show();
    QVERIFY(onlyVisible(chart(Headcount), QStringLiteral("Required headcount")).valid());
    for (const ScenarioView& view : views) QVERIFY(noneVisibleNamed(chart(Headcount), view.name));
    QCOMPARE(page_->stageChart()->categories().size(), 2);
}

void TestLeveragePage::screenshot() {
    // Saved only when asked (a person looks at it; nothing is committed).
    const QString dir = qEnvironmentVariable("LEVERBOARD_SCREENSHOT_DIR");
    if (dir.isEmpty()) QSKIP("set LEVERBOARD_SCREENSHOT_DIR to save the page as PNG");
    page_->show();
    QVERIFY(page_->grab().save(QDir(dir).filePath(QStringLiteral("leverage.png"))));
    document_->setCompareEnabled(true);
    scheduler_->evaluateNow();
    show();
    QVERIFY(page_->grab().save(QDir(dir).filePath(QStringLiteral("leverage-compare.png"))));
}

QTEST_MAIN(TestLeveragePage)
#include "test_leverage_page.moc"
