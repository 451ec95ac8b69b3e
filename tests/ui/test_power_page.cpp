// The power page: every chart reads back what the engine computes (and, where
// MODEL.md §6 gives a closed form, what it says), marks the scenario, follows
// parameter edits, says why the runs chart is empty and overlays scenarios in
// compare mode.

#include <QtTest>
#include <cmath>

#include "ChartProbe.h"
#include "charts/BarChartWidget.h"
#include "charts/ChartWidget.h"
#include "document/EvaluationScheduler.h"
#include "document/WorkspaceDocument.h"
#include "models/Engine.h"
#include "models/PowerModel.h"
#include "pages/PageRegistry.h"
#include "pages/PowerPage.h"
#include "widgets/KpiCard.h"

using namespace leverboard;
using namespace leverboard::ui;
using namespace chart_probe;

namespace {

constexpr double kBillion = 1e9;

bool near(double actual, double expected, double relative = 1e-9) {
    return std::fabs(actual - expected) <= relative * std::max(std::fabs(expected), 1e-12);
}

void comparePoints(const QList<QPointF>& actual, const QList<QPointF>& expected, const QString& what) {
    QVERIFY2(!expected.isEmpty(), qPrintable(what + QStringLiteral(": nothing expected")));
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        QVERIFY2(near(actual[i].x(), expected[i].x()), qPrintable(QStringLiteral("%1: x at %2").arg(what).arg(i)));
        QVERIFY2(near(actual[i].y(), expected[i].y()),
                 qPrintable(QStringLiteral("%1: y at %2 is %3, expected %4")
                                .arg(what).arg(i).arg(actual[i].y()).arg(expected[i].y())));
    }
}

void compareValues(const QList<double>& actual, const QList<double>& expected, const QString& what) {
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i)
        QVERIFY2(near(actual[i], expected[i]),
                 qPrintable(QStringLiteral("%1 at %2 is %3, expected %4").arg(what).arg(i).arg(actual[i]).arg(expected[i])));
}

QList<QPointF> pointsOf(const std::vector<double>& x, const std::vector<double>& y, double xScale = 1,
                        double yScale = 1) {
    QList<QPointF> points;
    for (std::size_t i = 0; i < std::min(x.size(), y.size()); ++i) points.append(QPointF(x[i] * xScale, y[i] * yScale));
    return points;
}

}  // namespace

class TestPowerPage : public QObject {
    Q_OBJECT

private:
    WorkspaceDocument* document_ = nullptr;
    EvaluationScheduler* scheduler_ = nullptr;
    PowerPage* page_ = nullptr;

    void refresh() {
        scheduler_->evaluateNow();
        page_->showResults(scheduler_->views());
    }
    Results engine() const { return evaluate(document_->activeScenario()); }

    // Every series of the single-scenario page against the engine's fields.
    void checkAgainstEngine(const Results& expected) {
        const PowerResults& power = expected.get<PowerResults>();
        const Scenario& s = document_->activeScenario();

        ChartWidget* gpus = page_->gpusChart();
        QVERIFY(gpus->xAxisSpec().scale == AxisScale::Log);
        QCOMPARE(gpus->xRange(), qMakePair(10.0, 20000.0));  // the grid's span, MODEL.md's site_mw range
        comparePoints(gpus->points(onlyVisible(gpus, QStringLiteral("GPUs"))),
                      pointsOf(power.siteGridMw, power.gpusAtSite), "GPUs");
        // n = ⌊site × 1000 / w + 1e-9⌋ at every point, from the parameters.
        const double w = s[ParamId::CapexPowerKw] * s[ParamId::CapexPue];
        for (const QPointF& p : gpus->points(onlyVisible(gpus, QStringLiteral("GPUs"))))
            QCOMPARE(p.y(), std::floor(p.x() * 1000.0 / w + 1e-9));
        QVERIFY(near(markerX(gpus, QStringLiteral("Scenario")), s[ParamId::PowerSiteMw]));

        ChartWidget* cost = page_->buildCostChart();
        QVERIFY(cost->xAxisSpec().scale == AxisScale::Log);
        comparePoints(cost->points(onlyVisible(cost, QStringLiteral("Build cost"))),
                      pointsOf(power.siteGridMw, power.capexAtSite, 1, 1 / kBillion), "build cost");
        for (const QPointF& p : cost->points(onlyVisible(cost, QStringLiteral("Build cost"))))
            QVERIFY(near(p.y(), std::floor(p.x() * 1000.0 / w + 1e-9) * s[ParamId::CapexGpuPrice] /
                                    s[ParamId::CapexGpuShare] / kBillion));
        QVERIFY(near(markerX(cost, QStringLiteral("Scenario")), s[ParamId::PowerSiteMw]));

        // Years to first compute: the grid path and the on-site path.
        BarChartWidget* years = page_->yearsChart();
        QCOMPARE(years->categories(), QStringList({"Grid", "On-site"}));
        compareValues(years->values(PowerPage::GridWait), {s[ParamId::PowerGridWaitYears], 0}, "grid wait");
        compareValues(years->values(PowerPage::Build), {s[ParamId::PowerBuildYears], s[ParamId::PowerBuildYears]},
                      "build");
        compareValues(years->values(PowerPage::Chips),
                      {s[ParamId::PowerChipWaitYears], s[ParamId::PowerChipWaitYears]}, "chips");
        compareValues(years->values(PowerPage::Generation), {0, s[ParamId::PowerOnsiteYears]}, "generation");
        // The longest bar of each path is its KPI.
        double gridLongest = 0, onsiteLongest = 0;
        for (int set = 0; set < PowerPage::YearsSetCount; ++set) {
            gridLongest = std::max(gridLongest, years->values(set)[0]);
            onsiteLongest = std::max(onsiteLongest, years->values(set)[1]);
        }
        QCOMPARE(gridLongest, *expected.kpi("power.years_grid")->value);
        QCOMPARE(onsiteLongest, *expected.kpi("power.years_onsite")->value);

        // Yearly cost against the electricity price: the charge is flat, energy
        // is E × 1000 × price, the scenario's price marked.
        ChartWidget* split = page_->costSplitChart();
        const QList<QPointF> charge = split->points(onlyVisible(split, QStringLiteral("Capital charge")));
        const QList<QPointF> energy = split->points(onlyVisible(split, QStringLiteral("Energy")));
        QCOMPARE(charge.size(), PowerModel::kPricePoints);
        comparePoints(energy, pointsOf(power.priceGrid, power.energyCostAtPrice, 1, 1 / kBillion), "energy cost");
        for (qsizetype i = 0; i < energy.size(); ++i) {
            QVERIFY(near(charge[i].y(), *expected.kpi("power.capital_charge")->value / kBillion));
            QVERIFY(near(energy[i].y(), power.energyMwh * 1000.0 * energy[i].x() / kBillion));
        }
        QCOMPARE(energy.front().x(), 0.01);
        QCOMPARE(energy.back().x(), 0.5);
        QVERIFY(near(markerX(split, QStringLiteral("Scenario")), s[ParamId::CapexElectricityPrice]));

        // Energy share against utilization, 5% to 100%, the scenario's marked.
        ChartWidget* share = page_->energyShareChart();
        const QList<QPointF> shares = share->points(onlyVisible(share, QStringLiteral("Energy share")));
        comparePoints(shares, pointsOf(power.utilizationGrid, power.energyShareAtUtilization, 100, 100), "energy share");
        QCOMPARE(shares.front().x(), 5.0);
        QCOMPARE(shares.back().x(), 100.0);
        for (const QPointF& p : shares) QVERIFY(p.y() > 0 && p.y() < 100);
        QVERIFY(near(markerX(share, QStringLiteral("Scenario")), 100 * s[ParamId::CapexUtilization]));

        ChartWidget* runs = page_->runsChart();
        QList<QPointF> expectedRuns;
        for (std::size_t i = 0; i < power.siteGridMw.size(); ++i)
            if (power.runsAtSite[i] && *power.runsAtSite[i] > 0)
                expectedRuns.append(QPointF(power.siteGridMw[i], *power.runsAtSite[i]));
        if (!expectedRuns.isEmpty())
            comparePoints(runs->points(onlyVisible(runs, QStringLiteral("Runs per year"))), expectedRuns, "runs");
        QVERIFY(near(markerX(runs, QStringLiteral("Scenario")), s[ParamId::PowerSiteMw]));
    }

private slots:
    void init() {
        document_ = new WorkspaceDocument;
        scheduler_ = new EvaluationScheduler(document_);
        page_ = new PowerPage;
        page_->resize(1000, 620);
        refresh();
    }

    void cleanup() {
        delete page_;
        delete scheduler_;
        delete document_;
    }

    void registeredAfterCapex() {
        const PageSpec* spec = findPageSpec("power");
        QVERIFY(spec);
        QCOMPARE(spec->group, ModelGroup::Power);
        QVERIFY(spec->headline);
        QVERIFY(spec - findPageSpec("capex") >= 1);
    }

    void everyChartHasDataAndEveryKpiACard() {
        QCOMPARE(page_->lineCharts().size(), 5);
        QCOMPARE(page_->barCharts().size(), 1);
        for (ChartWidget* chart : page_->lineCharts()) {
            int withData = 0;
            for (SeriesHandle s : chart->allSeries())
                if (chart->seriesVisible(s) && chart->points(s).size() > 2) ++withData;
            QVERIFY2(withData >= 1, qPrintable(chart->title()));
        }
        QStringList ids;
        for (KpiStrip* strip : page_->kpiStrips())
            for (KpiCard* card : strip->cards()) ids << card->kpiId();
        QStringList expected;
        for (const KpiSpec& spec : PowerModel::kpis()) expected << QString::fromUtf8(spec.id.data(), spec.id.size());
        QCOMPARE(ids, expected);
        QCOMPARE(expected.size(), 15);
    }

    void seriesEqualEngineValues() { checkAgainstEngine(engine()); }

    void siteAndPriceEditsRedraw() {
        document_->setParameter(ParamId::PowerSiteMw, 300);
        document_->setParameter(ParamId::CapexElectricityPrice, 0.2);
        document_->setParameter(ParamId::PowerOnsiteYears, 6);
        refresh();
        const Results expected = engine();
        checkAgainstEngine(expected);
        QCOMPARE(markerX(page_->gpusChart(), QStringLiteral("Scenario")), 300.0);
        QCOMPARE(page_->yearsChart()->values(PowerPage::Generation)[1], 6.0);
        QCOMPARE(*expected.kpi("power.years_onsite")->value, 6.0);
    }

    void runsChartEmptyWhenTheClusterRunIsInfeasible() {
        document_->setParameter(ParamId::ClusterGpus, 8);  // fewer than t × p = 128
        refresh();
        const Results expected = engine();
        QVERIFY(!expected.kpi("power.runs_per_year")->value);
        checkAgainstEngine(expected);
        QVERIFY(noneVisibleNamed(page_->runsChart(), QStringLiteral("Runs per year")) ||
                page_->runsChart()->points(onlyVisible(page_->runsChart(), QStringLiteral("Runs per year"))).isEmpty());
    }

    void compareModeOverlaysScenarios() {
        document_->setCompareEnabled(true);
        refresh();
        const std::vector<ScenarioView>& views = scheduler_->views();
        QVERIFY(views.size() >= 2);
        ChartWidget* share = page_->energyShareChart();
        for (const ScenarioView& view : views) {
            const Results expected = evaluate(document_->workspace().scenarios[std::size_t(view.scenarioIndex)]);
            const PowerResults& power = expected.get<PowerResults>();
            comparePoints(share->points(onlyVisible(share, view.name)),
                          pointsOf(power.utilizationGrid, power.energyShareAtUtilization, 100, 100),
                          view.name + " energy share");
            comparePoints(page_->gpusChart()->points(onlyVisible(page_->gpusChart(), view.name)),
                          pointsOf(power.siteGridMw, power.gpusAtSite), view.name + " GPUs");
            ChartWidget* split = page_->costSplitChart();
            comparePoints(split->points(onlyVisible(split, view.name + QStringLiteral(": energy"))),
                          pointsOf(power.priceGrid, power.energyCostAtPrice, 1, 1 / kBillion), view.name + " energy");
        }
        // Two bars per scenario in the years chart.
        QCOMPARE(page_->yearsChart()->categories().size(), qsizetype(2 * views.size()));

        document_->setCompareEnabled(false);
        refresh();
        checkAgainstEngine(engine());
        QCOMPARE(page_->yearsChart()->categories().size(), 2);
    }

    void overviewHeadlineFollowsTheScenario() {
        QWidget parent;
        const PageSpec* spec = findPageSpec("power");
        std::unique_ptr<PageHeadline> headline = spec->headline(&parent);
        headline->showResults(scheduler_->views());
        const PowerResults& power = scheduler_->activeResults().get<PowerResults>();
        ChartWidget* chart = headline->chart();
        comparePoints(chart->points(onlyVisible(chart, QStringLiteral("GPUs"))),
                      pointsOf(power.siteGridMw, power.gpusAtSite), "headline GPUs");
        QCOMPARE(markerX(chart, QStringLiteral("Scenario")), power.siteMw);
    }
};

QTEST_MAIN(TestPowerPage)
#include "test_power_page.moc"
