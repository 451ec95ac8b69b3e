// The Model half-life page: every chart shows the engine's numbers (checked
// against MODEL.md §3 by hand where that is short), moves with a parameter
// change, and overlays one series per scenario in compare mode.

#include <QDir>
#include <QtTest>
#include <cmath>

#include "ChartProbe.h"
#include "charts/ChartWidget.h"
#include "document/EvaluationScheduler.h"
#include "document/WorkspaceDocument.h"
#include "models/Engine.h"
#include "models/HalfLifeModel.h"
#include "pages/HalfLifePage.h"
#include "widgets/KpiCard.h"

using namespace leverboard;
using namespace leverboard::ui;
using namespace chart_probe;

namespace {

// Chart indices in HalfLifePage::charts().
enum ChartIndex { Cumulative, Pv, Demand, Replication };

// The chart's points against an engine series scaled to the axis unit.
bool matches(const QList<QPointF>& actual, const std::vector<double>& x, const std::vector<double>& y, double scale) {
    if (actual.size() != qsizetype(x.size())) {
        qWarning() << "size" << actual.size() << "expected" << x.size();
        return false;
    }
    for (qsizetype i = 0; i < actual.size(); ++i) {
        const QPointF expected(x[std::size_t(i)], y[std::size_t(i)] * scale);
        if (!qFuzzyCompare(actual[i].x(), expected.x()) || !qFuzzyCompare(actual[i].y(), expected.y())) {
            qWarning() << "point" << i << actual[i] << "expected" << expected;
            return false;
        }
    }
    return true;
}

// MODEL.md §1 with the defaults (exponential law): 7× a year for 18 months,
// then 40× a year.
double frontierIndex(double month) {
    if (month <= 18) return std::pow(7.0, -month / 12.0);
    return std::pow(7.0, -18.0 / 12.0) * std::pow(40.0, -(month - 18.0) / 12.0);
}

// MODEL.md §3 with the defaults, a half-life h and a think multiplier: the
// first month whose undiscounted premium summed from month 0 reaches the
// pretraining cost ($100M), -1 if none within the 60 months.
int crossoverMonthByHand(double halfLife, double thinkMultiplier) {
    double sum = 0;
    for (int t = 0; t < 60; ++t) {
        sum += 2e9 * std::pow(1.05, t) * std::pow(2.0, -t / halfLife) * 1000 * (thinkMultiplier - 1) * 2.0 / 1e6 *
               frontierIndex(t);
        if (sum >= 1e8) return t;
    }
    return -1;
}

}  // namespace

class TestHalfLifePage : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void everyChartHasData();
    void cumulativeCostAndCrossover();
    void pvCurveWithPretrainLineAndBreakeven();
    void demandDecay();
    void replicationCostAndTenPercent();
    void kpiCardsFollowResults();
    void halfLifeChangeMovesSeriesAndMarkers();
    void moneyAxisFollowsMagnitude();
    void compareModeOverlaysOneSeriesPerScenario();
    void screenshot();

private:
    void show() { page_->showResults(scheduler_->views()); }
    const HalfLifeResults& engine() const { return scheduler_->activeResults().get<HalfLifeResults>(); }
    ChartWidget* chart(ChartIndex index) const { return page_->lineCharts().at(index); }

    WorkspaceDocument* document_ = nullptr;
    EvaluationScheduler* scheduler_ = nullptr;
    HalfLifePage* page_ = nullptr;
};

void TestHalfLifePage::init() {
    document_ = new WorkspaceDocument;
    scheduler_ = new EvaluationScheduler(document_);
    page_ = new HalfLifePage;
    page_->resize(1000, 620);
    show();
}

void TestHalfLifePage::cleanup() {
    delete page_;
    delete scheduler_;
    delete document_;
}

void TestHalfLifePage::everyChartHasData() {
    QCOMPARE(page_->lineCharts().size(), 4);
    for (ChartWidget* chart : page_->lineCharts()) {
        int nonEmpty = 0;
        for (SeriesHandle handle : chart->allSeries())
            if (chart->seriesVisible(handle) && !chart->points(handle).isEmpty()) ++nonEmpty;
        QVERIFY2(nonEmpty > 0, qPrintable(chart->title()));
    }
}

void TestHalfLifePage::cumulativeCostAndCrossover() {
    ChartWidget* cumulative = chart(Cumulative);
    const HalfLifeResults& life = engine();
    // $100M of pretraining: the axis reads in $ millions.
    QCOMPARE(page_->cumulativeDivisor(), 1e6);
    QVERIFY(cumulative->yAxisSpec().title.contains(QStringLiteral("$ millions")));
    QVERIFY(matches(cumulative->points(onlyVisible(cumulative, QStringLiteral("Think longer"))), life.month,
                    life.cumulativeInference, 1e-6));
    const QList<QPointF> pretrain = cumulative->points(onlyVisible(cumulative, QStringLiteral("Pretrain once")));
    QVERIFY(!pretrain.isEmpty());
    for (const QPointF& p : pretrain) QCOMPARE(p.y(), 100.0);

    // By default the premium (16M $ a month, shrinking ~20% a month) never
    // adds up to the $100M: no crossover, no marker.
    QCOMPARE(crossoverMonthByHand(6, 5), -1);
    QVERIFY(!life.crossoverMonth);
    QVERIFY(visibleNamed(cumulative, QStringLiteral("Crossover")).isEmpty());

    // Thinking 10× as long: 36M $ in month 0, and the sum passes $100M in month 3.
    document_->setParameter(ParamId::LifeThinkMultiplier, 10);
    scheduler_->evaluateNow();
    show();
    const int byHand = crossoverMonthByHand(6, 10);
    QCOMPARE(byHand, 3);
    QCOMPARE(markerX(cumulative, QStringLiteral("Crossover")), double(byHand));
    QCOMPARE(markerX(cumulative, QStringLiteral("Crossover")), *engine().crossoverMonth);
}

void TestHalfLifePage::pvCurveWithPretrainLineAndBreakeven() {
    ChartWidget* pv = chart(Pv);
    const HalfLifeResults& life = engine();
    QCOMPARE(pv->xAxisSpec().scale, AxisScale::Log);
    const double scale = 1.0 / page_->pvDivisor();
    QCOMPARE(page_->pvDivisor(), 1e6);
    QVERIFY(matches(pv->points(onlyVisible(pv, QStringLiteral("PV premium"))), life.halfLifeGrid,
                    life.pvPremiumAtHalfLife, scale));
    QCOMPARE(markerY(pv, QStringLiteral("Pretraining cost")), 100.0);
    QCOMPARE(markerX(pv, QStringLiteral("Your half-life")), 6.0);
    const QList<QPointF> atScenario = pv->points(onlyVisible(pv, QStringLiteral("At your half-life")));
    QCOMPARE(atScenario.size(), 1);
    QCOMPARE(atScenario.front(), QPointF(6.0, life.pvPremium * scale));

    QVERIFY(life.breakevenHalfLife);
    const QList<QPointF> breakeven = pv->points(onlyVisible(pv, QStringLiteral("Break-even")));
    QCOMPARE(breakeven, (QList<QPointF>{QPointF(*life.breakevenHalfLife, 100.0)}));
    // The break-even lies where the PV curve crosses the pretraining line.
    const QList<QPointF> curve = pv->points(onlyVisible(pv, QStringLiteral("PV premium")));
    for (const QPointF& p : curve) {
        if (p.x() < *life.breakevenHalfLife - 0.01) QVERIFY(p.y() < 100.0);
        if (p.x() > *life.breakevenHalfLife + 0.01) QVERIFY(p.y() > 100.0);
    }
}

void TestHalfLifePage::demandDecay() {
    ChartWidget* demand = chart(Demand);
    const QList<QPointF> retained = demand->points(onlyVisible(demand, QStringLiteral("Value retained")));
    QCOMPARE(retained.size(), 61);
    for (const QPointF& p : retained) QVERIFY(qFuzzyCompare(p.y(), 100.0 * std::pow(2.0, -p.x() / 6.0)));
    // Demand with 5% a month of growth: 100 × 1.05^t × 2^(−t/6) % of today.
    const QList<QPointF> grown = demand->points(onlyVisible(demand, QStringLiteral("Demand with growth")));
    QVERIFY(qFuzzyCompare(grown[12].y(), 100.0 * std::pow(1.05, 12) * std::pow(2.0, -2.0)));
    QCOMPARE(markerX(demand, QStringLiteral("Half-life")), 6.0);
}

void TestHalfLifePage::replicationCostAndTenPercent() {
    ChartWidget* replication = chart(Replication);
    const HalfLifeResults& life = engine();
    QCOMPARE(replication->yAxisSpec().scale, AxisScale::Log);
    const QList<QPointF> cost = replication->points(onlyVisible(replication, QStringLiteral("Replication cost")));
    QVERIFY(matches(cost, life.month, life.replicationCost, 1.0 / page_->replicationDivisor()));
    QVERIFY(qFuzzyCompare(cost[24].y(), 100.0 * frontierIndex(24)));
    QCOMPARE(markerY(replication, QStringLiteral("10% of your cost")), 10.0);
    // 7^(−t/12) = 0.1 → t = 12 ln 10 / ln 7 ≈ 14.2 months (before commoditization at 18).
    QVERIFY(std::fabs(markerX(replication, QStringLiteral("Month it is reached")) - 12 * std::log(10.0) / std::log(7.0)) <
            1e-6);
}

void TestHalfLifePage::kpiCardsFollowResults() {
    const QList<KpiCard*> cards = page_->kpiStrip()->cards();
    QCOMPARE(cards.size(), 6);
    QCOMPARE(cards.front()->kpiId(), QStringLiteral("life.pv_premium"));
    QCOMPARE(cards.back()->kpiId(), QStringLiteral("life.better_strategy"));
    const QString before = cards.front()->valueText();
    document_->setParameter(ParamId::LifeHalfLifeMonths, 12);
    scheduler_->evaluateNow();
    show();
    QVERIFY(cards.front()->valueText() != before);
}

void TestHalfLifePage::halfLifeChangeMovesSeriesAndMarkers() {
    document_->setParameter(ParamId::LifeThinkMultiplier, 7);  // a crossover (month 8 by hand)
    scheduler_->evaluateNow();
    show();
    const double crossoverBefore = markerX(chart(Cumulative), QStringLiteral("Crossover"));
    QCOMPARE(crossoverBefore, double(crossoverMonthByHand(6, 7)));
    document_->setParameter(ParamId::LifeHalfLifeMonths, 12);
    scheduler_->evaluateNow();
    show();
    const HalfLifeResults& life = engine();
    ChartWidget* pv = chart(Pv);
    QCOMPARE(markerX(pv, QStringLiteral("Your half-life")), 12.0);
    QCOMPARE(pv->points(onlyVisible(pv, QStringLiteral("At your half-life"))),
             (QList<QPointF>{QPointF(12.0, life.pvPremium / page_->pvDivisor())}));
    QCOMPARE(markerX(chart(Demand), QStringLiteral("Half-life")), 12.0);
    const QList<QPointF> retained = chart(Demand)->points(onlyVisible(chart(Demand), QStringLiteral("Value retained")));
    QVERIFY(qFuzzyCompare(retained[12].y(), 50.0));

    ChartWidget* cumulative = chart(Cumulative);
    QVERIFY(matches(cumulative->points(onlyVisible(cumulative, QStringLiteral("Think longer"))), life.month,
                    life.cumulativeInference, 1.0 / page_->cumulativeDivisor()));
    // Slower decay: the premium adds up to the pretraining cost no later.
    const double crossover = markerX(cumulative, QStringLiteral("Crossover"));
    QCOMPARE(crossover, double(crossoverMonthByHand(12, 7)));
    QVERIFY(crossover < crossoverBefore);
}

void TestHalfLifePage::moneyAxisFollowsMagnitude() {
    // $20B of pretraining: money axes switch to $ billions and the lines follow.
    document_->setParameter(ParamId::LifePretrainCost, 2e10);
    scheduler_->evaluateNow();
    show();
    QCOMPARE(page_->pvDivisor(), 1e9);
    QVERIFY(chart(Pv)->yAxisSpec().title.contains(QStringLiteral("$ billions")));
    QCOMPARE(markerY(chart(Pv), QStringLiteral("Pretraining cost")), 20.0);
    QCOMPARE(markerY(chart(Replication), QStringLiteral("10% of your cost")), 2.0);
    const QList<QPointF> pretrain = chart(Cumulative)->points(onlyVisible(chart(Cumulative), QStringLiteral("Pretrain once")));
    QCOMPARE(pretrain.front().y(), 20.0);
    // A small step back across the band edge keeps the unit (no flicker) …
    document_->setParameter(ParamId::LifePretrainCost, 9e8);
    scheduler_->evaluateNow();
    show();
    QCOMPARE(page_->pvDivisor(), 1e9);
    QCOMPARE(markerY(chart(Pv), QStringLiteral("Pretraining cost")), 0.9);
    // … a large one changes it.
    document_->setParameter(ParamId::LifePretrainCost, 1e8);
    scheduler_->evaluateNow();
    show();
    QCOMPARE(page_->pvDivisor(), 1e6);
    QCOMPARE(markerY(chart(Pv), QStringLiteral("Pretraining cost")), 100.0);
}

void TestHalfLifePage::compareModeOverlaysOneSeriesPerScenario() {
    const QStringList roles = {QStringLiteral("Think longer"), QStringLiteral("PV premium"),
                               QStringLiteral("Value retained"), QStringLiteral("Replication cost")};
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
        const HalfLifeResults& life = expected.get<HalfLifeResults>();
        QVERIFY2(onlyVisible(chart(Cumulative), view.name + QStringLiteral(": think longer")).valid(),
                 qPrintable(view.name));
        QVERIFY(matches(chart(Cumulative)->points(onlyVisible(chart(Cumulative), view.name + QStringLiteral(": think longer"))),
                        life.month, life.cumulativeInference, 1.0 / page_->cumulativeDivisor()));
        QVERIFY(onlyVisible(chart(Cumulative), view.name + QStringLiteral(": pretrain")).valid());
        QVERIFY(matches(chart(Pv)->points(onlyVisible(chart(Pv), view.name)), life.halfLifeGrid,
                        life.pvPremiumAtHalfLife, 1.0 / page_->pvDivisor()));
        QVERIFY(matches(chart(Demand)->points(onlyVisible(chart(Demand), view.name)), life.month, life.retained, 100.0));
        QVERIFY(matches(chart(Replication)->points(onlyVisible(chart(Replication), view.name)), life.month,
                        life.replicationCost, 1.0 / page_->replicationDivisor()));
    }
    for (ChartWidget* c : page_->lineCharts())
        for (const QString& role : roles) QVERIFY(noneVisibleNamed(c, role));
    // The presets differ in half-life (Bear 4, Bull 12 months): their retained curves differ.
    QVERIFY(chart(Demand)->points(onlyVisible(chart(Demand), views[0].name)) !=
            chart(Demand)->points(onlyVisible(chart(Demand), views[1].name)));
}

void TestHalfLifePage::screenshot() {
    // Saved only when asked (a person looks at it; nothing is committed).
    const QString dir = qEnvironmentVariable("LEVERBOARD_SCREENSHOT_DIR");
    if (dir.isEmpty()) QSKIP("set LEVERBOARD_SCREENSHOT_DIR to save the page as PNG");
    page_->show();
    QVERIFY(page_->grab().save(QDir(dir).filePath(QStringLiteral("half-life.png"))));
    document_->setCompareEnabled(true);
    scheduler_->evaluateNow();
    show();
    QVERIFY(page_->grab().save(QDir(dir).filePath(QStringLiteral("half-life-compare.png"))));
}

QTEST_MAIN(TestHalfLifePage)
#include "test_half_life_page.moc"
