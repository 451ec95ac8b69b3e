// The cost-curve page: every chart shows what the engine computes (checked
// against the closed forms of MODEL.md §1 too), follows edits of parameters
// and of the application list, and overlays scenarios in compare mode.

#include <QImage>
#include <QSet>
#include <QtTest>
#include <cmath>

#include "ChartProbe.h"
#include "charts/ChartWidget.h"
#include "document/EvaluationScheduler.h"
#include "document/WorkspaceDocument.h"
#include "models/CostCurveModel.h"
#include "models/Engine.h"
#include "pages/CostPage.h"
#include "widgets/KpiCard.h"

using namespace leverboard;
using namespace leverboard::ui;
using namespace chart_probe;

namespace {

bool near(double actual, double expected, double relative = 1e-9) {
    return std::fabs(actual - expected) <= relative * std::max(std::fabs(expected), 1e-300);
}

// MODEL.md §1, exponential law: If(t) = d^(−t/12) up to Tc, then the
// commodity decline from If(Tc).
double frontierIndexClosedForm(double t, double frontierDecline, double tc, double commodityDecline) {
    if (t <= tc) return std::pow(frontierDecline, -t / 12.0);
    return std::pow(frontierDecline, -tc / 12.0) * std::pow(commodityDecline, -(t - tc) / 12.0);
}

// First month the index falls to `level` (the same two segments, inverted).
double monthIndexReachesClosedForm(double level, double frontierDecline, double tc, double commodityDecline) {
    if (level >= 1) return 0;
    const double frontierMonth = 12.0 * std::log(1.0 / level) / std::log(frontierDecline);
    if (frontierMonth <= tc) return frontierMonth;
    const double atKink = std::pow(frontierDecline, -tc / 12.0);
    return tc + 12.0 * std::log(atKink / level) / std::log(commodityDecline);
}

QList<SeriesHandle> visibleSeries(const ChartWidget* chart) {
    QList<SeriesHandle> shown;
    for (SeriesHandle s : chart->allSeries())
        if (chart->seriesVisible(s)) shown.append(s);
    return shown;
}

void compareSeries(const QList<QPointF>& actual, const std::vector<double>& x, const std::vector<double>& y,
                   const char* what) {
    QVERIFY2(!actual.isEmpty(), what);
    QCOMPARE(std::size_t(actual.size()), x.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        const auto k = static_cast<std::size_t>(i);
        QVERIFY2(actual[i].x() == x[k], qPrintable(QStringLiteral("%1: x at %2").arg(what).arg(i)));
        QVERIFY2(near(actual[i].y(), y[k]), qPrintable(QStringLiteral("%1: y at %2 is %3, engine %4")
                                                           .arg(what).arg(i).arg(actual[i].y()).arg(y[k])));
    }
}

Application makeApp(const std::string& id, double tokens, double value) {
    return Application{id, "App " + id, tokens, value};
}

}  // namespace

class TestCostPage : public QObject {
    Q_OBJECT

private:
    using Fixture = PageFixture<CostPage>;

private slots:
    void everyChartHasData();
    void pricePathMatchesEngineAndClosedForm();
    void kinkMarkedAtCommoditizeMonth();
    void kinkHiddenBeyondHorizon();
    void costPerTaskAndUnlockMonths();
    void indicesMatchEngine();
    void parameterChangeRedrawsWithNewEngineValues();
    void applicationListEditChangesSeriesAndCards();
    void tooManyApplicationsShowsTheFirstEight();
    void compareOverlaysOneLinePerScenario();
    void kpiStripShowsCostKpis();
    void grabAtLaptopSize();
    void seriesLookupsFailOnAMissingName();
};

void TestCostPage::everyChartHasData() {
    Fixture f;
    QCOMPARE(f.page.lineCharts().size(), 3);
    for (ChartWidget* chart : f.page.lineCharts()) {
        bool hasData = false;
        for (SeriesHandle s : visibleSeries(chart)) hasData = hasData || !chart->points(s).isEmpty();
        QVERIFY2(hasData, qPrintable(chart->title()));
    }
}

void TestCostPage::pricePathMatchesEngineAndClosedForm() {
    Fixture f;
    const Results expected = evaluate(f.document.activeScenario());
    const SeriesHandle price = onlyVisible(f.page.priceChart(), QStringLiteral("Price"));
    QVERIFY(price.valid());
    const QList<QPointF> points = f.page.priceChart()->points(price);
    compareSeries(points, expected.get<CostResults>().month, expected.get<CostResults>().price, "price path");

    // Defaults: P0 = 10, 7×/yr for 18 months, then 40×/yr; 5 years = 61 months.
    QCOMPARE(points.size(), 61);
    for (const QPointF& p : points)
        QVERIFY(near(p.y(), 10.0 * frontierIndexClosedForm(p.x(), 7, 18, 40), 1e-9));
    QVERIFY(f.page.priceChart()->yAxisSpec().scale == AxisScale::Log);
}

void TestCostPage::kinkMarkedAtCommoditizeMonth() {
    Fixture f;
    ChartWidget* chart = f.page.priceChart();
    const SeriesHandle marker = onlyVisible(chart, QStringLiteral("Commoditized (Tc)"));
    QVERIFY(marker.valid());
    const QList<QPointF> line = chart->points(marker);
    QCOMPARE(line.size(), 2);
    QCOMPARE(line[0].x(), 18.0);
    QCOMPARE(line[1].x(), 18.0);
    QVERIFY(line[0].y() <= 10.0 * std::pow(7.0, -1.5) && line[1].y() >= 10.0 * std::pow(7.0, -1.5));

    const QList<QPointF> kink = chart->points(chart->findSeries(QStringLiteral("Kink P(Tc)")));
    QCOMPARE(kink.size(), 1);
    QCOMPARE(kink[0].x(), 18.0);
    QVERIFY(near(kink[0].y(), 10.0 * std::pow(7.0, -1.5)));

    // Moving Tc moves both.
    f.document.setParameter(ParamId::CostCommoditizeMonths, 30);
    f.refresh();
    QCOMPARE(chart->points(marker)[0].x(), 30.0);
    QVERIFY(near(chart->points(chart->findSeries(QStringLiteral("Kink P(Tc)")))[0].y(),
                 10.0 * std::pow(7.0, -30.0 / 12.0)));
}

void TestCostPage::kinkHiddenBeyondHorizon() {
    Fixture f;
    f.document.setParameter(ParamId::HorizonYears, 1);  // H = 12 < Tc = 18
    f.refresh();
    ChartWidget* chart = f.page.priceChart();
    QVERIFY(!chart->seriesVisible(chart->findSeries(QStringLiteral("Commoditized (Tc)"))));
    QVERIFY(chart->points(chart->findSeries(QStringLiteral("Kink P(Tc)"))).isEmpty());
    QCOMPARE(chart->points(onlyVisible(chart, QStringLiteral("Price"))).size(), 13);
}

void TestCostPage::costPerTaskAndUnlockMonths() {
    Fixture f;
    const Results expected = evaluate(f.document.activeScenario());
    ChartWidget* chart = f.page.costPerTaskChart();
    QCOMPARE(expected.get<CostResults>().applications.size(), std::size_t(4));
    QList<QPointF> expectedUnlocks;
    for (const ApplicationCurve& app : expected.get<CostResults>().applications) {
        const QString name = QString::fromStdString(app.name);
        const SeriesHandle cost = onlyVisible(chart, name);
        QVERIFY2(cost.valid(), qPrintable(name));
        compareSeries(chart->points(cost), expected.get<CostResults>().month, app.costPerTask, app.id.c_str());
        // Cost per task is the price path times tokens per task.
        for (const QPointF& p : chart->points(cost))
            QVERIFY(near(p.y(), 10.0 * frontierIndexClosedForm(p.x(), 7, 18, 40) * app.tokensPerTask, 1e-9));

        // Threshold: max_cost_share (0.1) × value per task, across the horizon.
        const QList<QPointF> threshold = chart->points(onlyVisible(chart, name + QStringLiteral(": threshold")));
        QCOMPARE(threshold.size(), 2);
        QVERIFY(near(threshold[0].y(), 0.1 * app.valuePerTask));
        QVERIFY(near(threshold[1].y(), 0.1 * app.valuePerTask));
        QCOMPARE(threshold[0].x(), 0.0);
        QCOMPARE(threshold[1].x(), 60.0);

        // Unlock month from the closed form: cost(0) × If(t) = threshold.
        const double level = 0.1 * app.valuePerTask / (10.0 * app.tokensPerTask);
        const double unlock = monthIndexReachesClosedForm(level, 7, 18, 40);
        QVERIFY(app.unlockMonth.has_value());
        QVERIFY(near(*app.unlockMonth, unlock, 1e-9));
        expectedUnlocks.append(QPointF(unlock, 0.1 * app.valuePerTask));
    }
    const QList<QPointF> unlocks = chart->points(onlyVisible(chart, QStringLiteral("Unlock month")));
    QCOMPARE(unlocks.size(), expectedUnlocks.size());
    for (qsizetype i = 0; i < unlocks.size(); ++i) {
        QVERIFY(near(unlocks[i].x(), expectedUnlocks[i].x(), 1e-9));
        QVERIFY(near(unlocks[i].y(), expectedUnlocks[i].y(), 1e-12));
    }
    // Worked numbers: chat unlocks when If = 0.25 (12 ln 4 / ln 7 ≈ 8.55 months).
    QVERIFY(near(unlocks[0].x(), 12.0 * std::log(4.0) / std::log(7.0), 1e-9));
}

void TestCostPage::indicesMatchEngine() {
    Fixture f;
    const Results expected = evaluate(f.document.activeScenario());
    ChartWidget* chart = f.page.indexChart();
    const QList<QPointF> frontier = chart->points(onlyVisible(chart, QStringLiteral("Frontier If")));
    const QList<QPointF> hardware = chart->points(onlyVisible(chart, QStringLiteral("Hardware Ih")));
    compareSeries(frontier, expected.get<CostResults>().month, expected.get<CostResults>().frontierIndex, "If");
    compareSeries(hardware, expected.get<CostResults>().month, expected.get<CostResults>().hardwareIndex, "Ih");
    QCOMPARE(frontier[0].y(), 1.0);
    QCOMPARE(hardware[0].y(), 1.0);
    // Ih halves every 2.5 years.
    QVERIFY(near(hardware[30].y(), 0.5));
    QVERIFY(near(hardware[60].y(), 0.25));
    QVERIFY(near(frontier[12].y(), 1.0 / 7.0));
}

void TestCostPage::parameterChangeRedrawsWithNewEngineValues() {
    Fixture f;
    ChartWidget* chart = f.page.priceChart();
    const SeriesHandle price = onlyVisible(chart, QStringLiteral("Price"));
    const QList<QPointF> before = chart->points(price);

    f.document.setParameter(ParamId::CostFrontierDecline, 10);
    f.refresh();
    const Results expected = evaluate(f.document.activeScenario());
    const QList<QPointF> after = chart->points(price);
    QVERIFY(after != before);
    compareSeries(after, expected.get<CostResults>().month, expected.get<CostResults>().price, "price path after the edit");
    QVERIFY(near(after[12].y(), 1.0));  // 10 × 10^(−1)

    // The other charts follow too.
    const QList<QPointF> frontier =
        f.page.indexChart()->points(onlyVisible(f.page.indexChart(), QStringLiteral("Frontier If")));
    compareSeries(frontier, expected.get<CostResults>().month, expected.get<CostResults>().frontierIndex, "If after the edit");
    const ApplicationCurve& review = expected.get<CostResults>().applications[1];
    compareSeries(
        f.page.costPerTaskChart()->points(onlyVisible(f.page.costPerTaskChart(), QString::fromStdString(review.name))),
        expected.get<CostResults>().month, review.costPerTask, "review after the edit");
    // Review unlocks when If = 0.4: 12 ln 2.5 / ln 10 months.
    const QList<QPointF> unlocks =
        f.page.costPerTaskChart()->points(onlyVisible(f.page.costPerTaskChart(), QStringLiteral("Unlock month")));
    QVERIFY(near(unlocks[1].x(), 12.0 * std::log(2.5) / std::log(10.0), 1e-9));

    f.document.setParameter(ParamId::CostHwDoublingYears, 1);
    f.refresh();
    const QList<QPointF> hardware =
        f.page.indexChart()->points(onlyVisible(f.page.indexChart(), QStringLiteral("Hardware Ih")));
    QVERIFY(near(hardware[12].y(), 0.5));
    QVERIFY(near(hardware[24].y(), 0.25));
}

void TestCostPage::applicationListEditChangesSeriesAndCards() {
    Fixture f;
    QVERIFY(onlyVisible(f.page.costPerTaskChart(), QStringLiteral("Chat answer")).valid());  // gone below
    std::vector<Application> apps{makeApp("a", 0.01, 1), makeApp("b", 0.1, 1), makeApp("c", 1, 100),
                                  makeApp("d", 10, 10), makeApp("e", 1000, 10)};
    f.document.setApplications(apps, QStringLiteral("five apps"));
    f.refresh();
    const Results expected = evaluate(f.document.activeScenario());
    ChartWidget* chart = f.page.costPerTaskChart();

    int costSeries = 0;
    for (SeriesHandle s : visibleSeries(chart)) {
        const QString name = chart->seriesName(s);
        if (name.startsWith(QStringLiteral("App ")) && !name.endsWith(QStringLiteral(": threshold"))) ++costSeries;
    }
    QCOMPARE(costSeries, 5);
    // Four default apps' names are gone from the chart.
    QVERIFY(noneVisibleNamed(chart, QStringLiteral("Chat answer")));
    for (std::size_t i = 0; i < apps.size(); ++i) {
        const ApplicationCurve& curve = expected.get<CostResults>().applications[i];
        compareSeries(chart->points(onlyVisible(chart, QString::fromStdString(apps[i].name))), expected.get<CostResults>().month,
                      curve.costPerTask, apps[i].id.c_str());
        QVERIFY(near(chart->points(onlyVisible(chart, QString::fromStdString(apps[i].name)))[0].y(),
                     10.0 * apps[i].tokensPerTask));
    }
    // Unlock points: one per app that unlocks within the horizon.
    int unlocking = 0;
    for (const auto& curve : expected.get<CostResults>().applications) unlocking += curve.unlockMonth ? 1 : 0;
    QCOMPARE(chart->points(onlyVisible(chart, QStringLiteral("Unlock month"))).size(), unlocking);
    // App a: 0.1 $ per task ≤ 0.1 × 1 → viable today (month 0).
    const QPointF first = chart->points(onlyVisible(chart, QStringLiteral("Unlock month")))[0];
    QVERIFY(first.x() >= 0 && first.x() < 1e-9);
    QVERIFY(near(first.y(), 0.1));

    int unlockCards = 0;
    for (KpiCard* card : f.page.kpiStrip()->cards())
        if (card->kpiId().startsWith(QStringLiteral("cost.unlock_month."))) {
            ++unlockCards;
            QVERIFY(!card->valueText().isEmpty());
        }
    QCOMPARE(unlockCards, 5);
    QCOMPARE(f.page.kpiStrip()->cards().size(), 3 + 5);

    // Undo brings the four default applications back.
    f.document.undoStack()->undo();
    f.refresh();
    QVERIFY(onlyVisible(chart, QStringLiteral("Chat answer")).valid());
    QVERIFY(noneVisibleNamed(chart, QStringLiteral("App a")));
}

void TestCostPage::tooManyApplicationsShowsTheFirstEight() {
    Fixture f;
    std::vector<Application> apps;
    for (int i = 0; i < 11; ++i) apps.push_back(makeApp(QStringLiteral("x%1").arg(i).toStdString(), 0.1 * (i + 1), 5));
    f.document.setApplications(apps, QStringLiteral("eleven apps"));
    f.refresh();
    ChartWidget* chart = f.page.costPerTaskChart();
    for (int i = 0; i < 11; ++i) {
        const QString name = QStringLiteral("App x%1").arg(i);
        if (i < CostPage::kMaxApplications)
            QVERIFY(onlyVisible(chart, name).valid());
        else
            QVERIFY2(noneVisibleNamed(chart, name), qPrintable(name));
    }
    // Back to two: the other six slots are hidden again.
    f.document.setApplications({makeApp("p", 1, 1), makeApp("q", 2, 2)}, QStringLiteral("two apps"));
    f.refresh();
    int costSeries = 0;
    for (SeriesHandle s : visibleSeries(chart)) {
        const QString name = chart->seriesName(s);
        if (name.startsWith(QStringLiteral("App ")) && !name.endsWith(QStringLiteral(": threshold"))) ++costSeries;
    }
    QCOMPARE(costSeries, 2);
}

void TestCostPage::compareOverlaysOneLinePerScenario() {
    Fixture f;
    f.document.setCompareEnabled(true);
    f.refresh();
    const auto& views = f.scheduler.views();
    QVERIFY(views.size() >= 3);  // Base, Bear, Bull in the default workspace
    ChartWidget* price = f.page.priceChart();
    ChartWidget* indices = f.page.indexChart();
    QSet<QString> names;
    for (const ScenarioView& view : views) {
        const Scenario& scenario = f.document.workspace().scenarios.at(std::size_t(view.scenarioIndex));
        QCOMPARE(view.name, QString::fromStdString(scenario.name));
        const Results expected = evaluate(scenario);
        compareSeries(price->points(onlyVisible(price, view.name)), expected.get<CostResults>().month, expected.get<CostResults>().price,
                      scenario.name.c_str());
        compareSeries(indices->points(onlyVisible(indices, view.name)), expected.get<CostResults>().month,
                      expected.get<CostResults>().frontierIndex, scenario.name.c_str());
        names.insert(view.name);
    }
    QCOMPARE(names.size(), int(views.size()));
    // Price lines: exactly one per scenario (plus the kink marker and point).
    int priceLines = 0;
    for (SeriesHandle s : visibleSeries(price)) priceLines += names.contains(price->seriesName(s)) ? 1 : 0;
    QCOMPARE(priceLines, int(views.size()));
    QVERIFY(noneVisibleNamed(price, QStringLiteral("Price")));  // shown again below, compare off
    // The bull case (frontier decline 10) differs from the base at month 12.
    const Results bull = evaluate(f.document.workspace().scenarios.at(std::size_t(views[2].scenarioIndex)));
    QVERIFY(price->points(onlyVisible(price, views[2].name))[12].y() == bull.get<CostResults>().price[12]);

    QVERIFY(f.page.costPerTaskChart()->title().contains(QStringLiteral("active scenario")));

    f.document.setCompareEnabled(false);
    f.refresh();
    QCOMPARE(visibleNamed(price, QStringLiteral("Price")).size(), 1);
    for (const QString& name : names) QVERIFY(noneVisibleNamed(price, name));
    QVERIFY(!f.page.costPerTaskChart()->title().contains(QStringLiteral("active scenario")));
}

void TestCostPage::kpiStripShowsCostKpis() {
    Fixture f;
    QStringList ids;
    for (KpiCard* card : f.page.kpiStrip()->cards()) ids << card->kpiId();
    QCOMPARE(ids, (QStringList{"cost.price_1y", "cost.price_horizon", "cost.total_decline", "cost.unlock_month.chat",
                               "cost.unlock_month.review", "cost.unlock_month.agent", "cost.unlock_month.worker"}));
    // Price in one year: 10 / 7 ≈ $1.43.
    QCOMPARE(f.page.kpiStrip()->cards()[0]->valueText(), QStringLiteral("$1.43"));
    f.document.setParameter(ParamId::CostFrontierPrice, 70);
    f.refresh();
    QCOMPARE(f.page.kpiStrip()->cards()[0]->valueText(), QStringLiteral("$10"));
}

void TestCostPage::grabAtLaptopSize() {
    // Not an assertion on looks: renders the page so a person can check it
    // (LEVERBOARD_SCREENSHOT_DIR), and proves painting at 1000×620 works.
    Fixture f;
    f.page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.page));
    const QImage image = f.page.grab().toImage();
    QCOMPARE(image.size(), QSize(1000, 620));
    const QString dir = qEnvironmentVariable("LEVERBOARD_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        image.save(dir + QStringLiteral("/cost_page.png"));
        f.document.setCompareEnabled(true);
        f.refresh();
        f.page.grab().save(dir + QStringLiteral("/cost_page_compare.png"));
    }
}

// The ChartProbe lookups every page test relies on: a name the chart does
// not have is an error naming it and what the chart has, so "the marker is
// hidden" cannot pass for a series that was renamed or never added.
void TestCostPage::seriesLookupsFailOnAMissingName() {
    ChartWidget chart(QStringLiteral("Probe"), AxisSpec(), AxisSpec());
    const SeriesHandle line = chart.addLine(QStringLiteral("Line"), Qt::black);
    const SeriesHandle marker = chart.addVerticalMarker(QStringLiteral("Marker"), Qt::red);
    chart.addLine(QStringLiteral("Twin"), Qt::blue);
    chart.addLine(QStringLiteral("Twin"), Qt::green);
    chart.setMarker(marker, std::nullopt);  // hidden

    const NamedLookup missing = lookUpNamed(&chart, QStringLiteral("Lnie"));
    QVERIFY(!missing.ok());
    QVERIFY(missing.visible.isEmpty());
    QCOMPARE(missing.error, QStringLiteral("no series named \"Lnie\" in chart \"Probe\"; it has \"Line\", "
                                           "\"Marker\" (hidden), \"Twin\", \"Twin\""));
    QCOMPARE(lookUpOnlyVisible(&chart, QStringLiteral("Lnie")).error, missing.error);
    QVERIFY(!lookUpOnlyVisible(&chart, QStringLiteral("Lnie")).handle.valid());

    // Hidden is found, and empty: the one case where "nothing visible" is an answer.
    const NamedLookup hidden = lookUpNamed(&chart, QStringLiteral("Marker"));
    QVERIFY(hidden.ok());
    QVERIFY(hidden.visible.isEmpty());
    QCOMPARE(lookUpOnlyVisible(&chart, QStringLiteral("Marker")).error,
             QStringLiteral("expected one visible series named \"Marker\" in chart \"Probe\", found 0; it has "
                            "\"Line\", \"Marker\" (hidden), \"Twin\", \"Twin\""));
    QVERIFY(!lookUpOnlyVisible(&chart, QStringLiteral("Twin")).ok());  // two of them

    const OnlyVisibleLookup found = lookUpOnlyVisible(&chart, QStringLiteral("Line"));
    QVERIFY(found.ok());
    QCOMPARE(found.handle.index, line.index);
    QCOMPARE(lookUpNamed(&chart, QStringLiteral("Twin")).visible.size(), 2);
}

QTEST_MAIN(TestCostPage)
#include "test_cost_page.moc"
