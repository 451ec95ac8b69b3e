// The Overview page: every headline KPI as a card, grouped by model, and one
// small chart per model whose series equal what the engine computes.

#include <QApplication>
#include <QChartView>
#include <QFontInfo>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QImage>
#include <QLogValueAxis>
#include <QValueAxis>
#include <QSet>
#include <QSignalSpy>
#include <QtTest>
#include <cmath>

#include "ChartProbe.h"
#include "charts/ChartWidget.h"
#include "document/EvaluationScheduler.h"
#include "document/WorkspaceDocument.h"
#include "models/CapexModel.h"
#include "models/CostCurveModel.h"
#include "models/Engine.h"
#include "models/HalfLifeModel.h"
#include "models/LeverageModel.h"
#include "pages/OverviewPage.h"
#include "pages/PageRegistry.h"
#include "params/KpiRegistry.h"
#include "widgets/KpiCard.h"

using namespace leverboard;
using namespace leverboard::ui;
using namespace chart_probe;

namespace {

bool near(double actual, double expected, double relative = 1e-9) {
    return std::fabs(actual - expected) <= relative * std::max(std::fabs(expected), 1e-300);
}

void comparePoints(const QList<QPointF>& actual, const QList<QPointF>& expected, const char* what) {
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        QVERIFY2(actual[i].x() == expected[i].x(), qPrintable(QStringLiteral("%1: x at %2").arg(what).arg(i)));
        QVERIFY2(near(actual[i].y(), expected[i].y()),
                 qPrintable(QStringLiteral("%1: y at %2 is %3, engine %4").arg(what).arg(i).arg(actual[i].y())
                                .arg(expected[i].y())));
    }
}

QList<QPointF> zip(const std::vector<double>& x, const std::vector<double>& y, double scale = 1) {
    QList<QPointF> points;
    for (std::size_t i = 0; i < std::min(x.size(), y.size()); ++i) points.append(QPointF(x[i], y[i] / scale));
    return points;
}

// The engine's required headcount as a step line on a log x axis: C > 0 and
// feasible only.
QList<QPointF> expectedHeadcountSteps(const LeverageResults& lev) {
    QList<QPointF> feasible;
    for (std::size_t k = 0; k < std::min(lev.computeGrid.size(), lev.headcountAtCompute.size()); ++k)
        if (lev.headcountAtCompute[k]) feasible.append(QPointF(1.0 + lev.computeGrid[k], *lev.headcountAtCompute[k]));
    return stepPoints(feasible);
}

// Headline KPIs of the models that have a page in the registry (a model's
// page may land after its core) and of the global group.
bool onOverview(const KpiSpec& spec) {
    if (!spec.headline) return false;
    if (spec.group == ModelGroup::Global) return true;
    for (const PageSpec& page : modelPageSpecs())
        if (page.group == spec.group) return true;
    return false;
}

int headlineCount() {
    int count = 0;
    for (const KpiSpec& spec : kpiSpecs()) count += onOverview(spec) ? 1 : 0;
    return count;
}

}  // namespace

class TestOverviewPage : public QObject {
    Q_OBJECT

private:
    using Fixture = PageFixture<OverviewPage>;

private slots:
    void everyHeadlineKpiHasACard();
    void fourChartsWithData();
    void priceChartMatchesEngine();
    void headcountChartMatchesEngine();
    void halfLifeChartMatchesEngineAndClosedForm();
    void roicChartMatchesEngine();
    void parameterChangeRedrawsCardsAndCharts();
    void compareOverlaysScenarios();
    void grabAtLaptopSize();
    void everyAxisLabelFitsItsSpacing();
    void rootChartKeepsItsLabelsInAnyScript();
    void oneTilePerModelPage();
    void arrowsJoinRegisteredPairs();
    void clickOpensThePage();
};

void TestOverviewPage::everyHeadlineKpiHasACard() {
    Fixture f;
    QCOMPARE(f.page.cards().size(), headlineCount());
    QCOMPARE(f.page.findChildren<KpiCard*>().size(), headlineCount());
    QSet<QString> expected;
    for (const KpiSpec& spec : kpiSpecs())
        if (onOverview(spec)) expected.insert(QString::fromUtf8(spec.id.data(), qsizetype(spec.id.size())));
    QSet<QString> shown;
    for (KpiCard* card : f.page.cards()) {
        shown.insert(card->kpiId());
        QVERIFY2(!card->valueText().isEmpty(), qPrintable(card->kpiId()));
        QVERIFY2(!card->labelText().isEmpty(), qPrintable(card->kpiId()));
    }
    QCOMPARE(shown, expected);
    // A worked value: price in one year 10 / 7 ≈ $1.43.
    for (KpiCard* card : f.page.cards())
        if (card->kpiId() == QStringLiteral("cost.price_1y")) QCOMPARE(card->valueText(), QStringLiteral("$1.43"));
}

void TestOverviewPage::fourChartsWithData() {
    Fixture f;
    const Results expected = evaluate(f.document.activeScenario());
    // One chart per model page of the registry (four models here; the others check themselves).
    QCOMPARE(f.page.lineCharts().size(), qsizetype(modelPageSpecs().size()));
    const char* const ids[] = {"cost", "leverage", "half_life", "capex"};
    const bool engineHasData[] = {
        !expected.get<CostResults>().price.empty(),
        !expectedHeadcountSteps(expected.get<LeverageResults>()).isEmpty(),
        !expected.get<HalfLifeResults>().cumulativeInference.empty(),
        std::any_of(expected.get<CapexResults>().years.begin(), expected.get<CapexResults>().years.end(),
                    [](const CapexYear& y) { return y.roicBook.has_value(); }),
    };
    // Cost and half-life are always there; leverage and capex whenever the engine fills them.
    QVERIFY(engineHasData[0]);
    QVERIFY(engineHasData[2]);
    for (int i = 0; i < 4; ++i) {
        ChartWidget* chart = f.page.headlineChart(ids[i]);
        bool hasData = false;
        for (SeriesHandle s : chart->allSeries())
            hasData = hasData || (chart->seriesVisible(s) && !chart->points(s).isEmpty());
        QCOMPARE(hasData, engineHasData[i]);
    }
}

void TestOverviewPage::priceChartMatchesEngine() {
    Fixture f;
    const Results expected = evaluate(f.document.activeScenario());
    ChartWidget* chart = f.page.headlineChart("cost");
    const QList<QPointF> points = chart->points(onlyVisible(chart, QStringLiteral("Base")));
    comparePoints(points, zip(expected.get<CostResults>().month, expected.get<CostResults>().price), "price");
    QVERIFY(near(points[12].y(), 10.0 / 7.0));
    QVERIFY(chart->yAxisSpec().scale == AxisScale::Log);
}

void TestOverviewPage::headcountChartMatchesEngine() {
    Fixture f;
    const Results expected = evaluate(f.document.activeScenario());
    ChartWidget* chart = f.page.headlineChart("leverage");
    QVERIFY(chart->xAxisSpec().scale == AxisScale::Log);
    const SeriesHandle steps = onlyVisible(chart, QStringLiteral("Required headcount"));
    QVERIFY(steps.valid());
    comparePoints(chart->points(steps), expectedHeadcountSteps(expected.get<LeverageResults>()), "headcount");
    const QList<QPointF> marked = chart->points(onlyVisible(chart, QStringLiteral("Your compute")));
    if (expected.get<LeverageResults>().requiredHeadcount) {
        QCOMPARE(marked.size(), 1);
        QCOMPARE(marked[0].x(), 1.0 + expected.get<LeverageResults>().compute);  // the axis is 1 + C
        QCOMPARE(marked[0].y(), *expected.get<LeverageResults>().requiredHeadcount);
        // MODEL.md worked check: four people at C = 10 (once the model has landed).
        QCOMPARE(marked[0], QPointF(11, 4));
    } else {
        QVERIFY(marked.isEmpty());
    }
}

void TestOverviewPage::halfLifeChartMatchesEngineAndClosedForm() {
    Fixture f;
    const Results expected = evaluate(f.document.activeScenario());
    ChartWidget* chart = f.page.headlineChart("half_life");
    const QList<QPointF> inference = chart->points(onlyVisible(chart, QStringLiteral("Think longer")));
    const QList<QPointF> pretrain = chart->points(onlyVisible(chart, QStringLiteral("Pretrain once")));
    comparePoints(inference, zip(expected.get<HalfLifeResults>().month, expected.get<HalfLifeResults>().cumulativeInference, 1e6), "inference");
    comparePoints(pretrain, zip(expected.get<HalfLifeResults>().month, expected.get<HalfLifeResults>().cumulativePretrain, 1e6), "pretrain");
    // In $ millions: pretraining costs 100; month 0's premium is
    // 2e9 queries × 1000 tokens × (5 − 1) × $2 / 1M = $16M.
    for (const QPointF& p : pretrain) QVERIFY(near(p.y(), 100));
    QVERIFY(near(inference[0].y(), 16));

    const SeriesHandle crossover = chart->findSeries(QStringLiteral("Crossover"));
    QCOMPARE(chart->seriesVisible(crossover), expected.get<HalfLifeResults>().crossoverMonth.has_value());
}

void TestOverviewPage::roicChartMatchesEngine() {
    Fixture f;
    const Results expected = evaluate(f.document.activeScenario());
    ChartWidget* chart = f.page.headlineChart("capex");
    QList<QPointF> book;
    QList<QPointF> economic;
    for (const CapexYear& year : expected.get<CapexResults>().years) {
        if (year.roicBook) book.append(QPointF(year.year, *year.roicBook * 100));
        if (year.roicEconomic) economic.append(QPointF(year.year, *year.roicEconomic * 100));
    }
    comparePoints(chart->points(onlyVisible(chart, QStringLiteral("Book"))), book, "ROIC book");
    comparePoints(chart->points(onlyVisible(chart, QStringLiteral("Economic"))), economic, "ROIC economic");
    const SeriesHandle wacc = chart->findSeries(QStringLiteral("WACC"));
    QCOMPARE(chart->seriesVisible(wacc), !expected.get<CapexResults>().years.empty());
    if (!expected.get<CapexResults>().years.empty()) {
        // The WACC line sits at 9% across the plot.
        const QList<QPointF> line = chart->points(wacc);
        QCOMPARE(line.size(), 2);
        QVERIFY(near(line[0].y(), 9.0));
        QVERIFY(near(line[1].y(), 9.0));
    }
}

void TestOverviewPage::parameterChangeRedrawsCardsAndCharts() {
    Fixture f;
    ChartWidget* chart = f.page.headlineChart("half_life");
    f.document.setParameter(ParamId::LifePretrainCost, 5e7);
    f.document.setParameter(ParamId::CostFrontierDecline, 10);
    f.refresh();
    const Results expected = evaluate(f.document.activeScenario());

    const QList<QPointF> pretrain = chart->points(onlyVisible(chart, QStringLiteral("Pretrain once")));
    for (const QPointF& p : pretrain) QVERIFY(near(p.y(), 50));
    comparePoints(chart->points(onlyVisible(chart, QStringLiteral("Think longer"))),
                  zip(expected.get<HalfLifeResults>().month, expected.get<HalfLifeResults>().cumulativeInference, 1e6), "inference");
    // $50M is reached within the horizon: the crossover is marked at the engine's month.
    QVERIFY(expected.get<HalfLifeResults>().crossoverMonth.has_value());
    const QList<QPointF> crossover = chart->points(onlyVisible(chart, QStringLiteral("Crossover")));
    QCOMPARE(crossover.size(), 2);
    QCOMPARE(crossover[0].x(), *expected.get<HalfLifeResults>().crossoverMonth);

    const QList<QPointF> price = f.page.headlineChart("cost")->points(onlyVisible(f.page.headlineChart("cost"), QStringLiteral("Base")));
    comparePoints(price, zip(expected.get<CostResults>().month, expected.get<CostResults>().price), "price after the edit");
    QVERIFY(near(price[12].y(), 1.0));
    for (KpiCard* card : f.page.cards())
        if (card->kpiId() == QStringLiteral("cost.price_1y")) QCOMPARE(card->valueText(), QStringLiteral("$1"));
}

void TestOverviewPage::compareOverlaysScenarios() {
    Fixture f;
    f.document.setCompareEnabled(true);
    f.refresh();
    const std::vector<ScenarioView> views = f.scheduler.views();  // a copy: names outlive the refresh
    QVERIFY(views.size() >= 3);
    for (const ScenarioView& view : views) {
        const Scenario& scenario = f.document.workspace().scenarios.at(std::size_t(view.scenarioIndex));
        const Results expected = evaluate(scenario);
        comparePoints(f.page.headlineChart("cost")->points(onlyVisible(f.page.headlineChart("cost"), view.name)),
                      zip(expected.get<CostResults>().month, expected.get<CostResults>().price), scenario.name.c_str());
        comparePoints(f.page.headlineChart("half_life")->points(onlyVisible(f.page.headlineChart("half_life"), view.name)),
                      zip(expected.get<HalfLifeResults>().month, expected.get<HalfLifeResults>().cumulativeInference, 1e6), scenario.name.c_str());
        comparePoints(f.page.headlineChart("leverage")->points(onlyVisible(f.page.headlineChart("leverage"), view.name)),
                      expectedHeadcountSteps(expected.get<LeverageResults>()), scenario.name.c_str());
        QList<QPointF> book;
        for (const CapexYear& year : expected.get<CapexResults>().years)
            if (year.roicBook) book.append(QPointF(year.year, *year.roicBook * 100));
        comparePoints(f.page.headlineChart("capex")->points(onlyVisible(f.page.headlineChart("capex"), view.name)), book,
                      scenario.name.c_str());
    }
    // The bear case's half-life (4 months) differs from the base's (6).
    QVERIFY(f.page.headlineChart("half_life")->points(onlyVisible(f.page.headlineChart("half_life"), views[0].name)) !=
            f.page.headlineChart("half_life")->points(onlyVisible(f.page.headlineChart("half_life"), views[1].name)));
    // One scenario again: slots beyond the first are hidden.
    f.document.setCompareEnabled(false);
    f.refresh();
    for (std::size_t i = 1; i < views.size(); ++i) QVERIFY(noneVisibleNamed(f.page.headlineChart("cost"), views[i].name));
}

void TestOverviewPage::grabAtLaptopSize() {
    Fixture f;
    f.page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.page));
    const QImage image = f.page.grab().toImage();
    QCOMPARE(image.size(), QSize(1000, 620));
    const QString dir = qEnvironmentVariable("LEVERBOARD_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        image.save(dir + QStringLiteral("/overview_page.png"));
        f.document.setCompareEnabled(true);
        f.refresh();
        f.page.grab().save(dir + QStringLiteral("/overview_page_compare.png"));
    }
}

// The tiles are small: an axis with more labels than it has room for has
// them drawn as "…" by Qt Charts (the root tile's eight decades of price in
// 65 px did). Each axis of each tile has its labels at least a label apart.
void TestOverviewPage::everyAxisLabelFitsItsSpacing() {
    Fixture f;
    f.page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.page));
    QTest::qWait(50);  // the charts refit their labels once laid out
    int axes = 0;
    for (ChartWidget* tile : f.page.lineCharts()) {
        QChart* chart = tile->findChild<QChartView*>()->chart();
        const QRectF plot = chart->plotArea();
        for (Qt::Orientation o : {Qt::Horizontal, Qt::Vertical}) {
            for (QAbstractAxis* axis : chart->axes(o)) {
                const QFontMetricsF metrics(axis->labelsFont());
                const double length = o == Qt::Horizontal ? plot.width() : plot.height();
                double spacing = 0, extent = metrics.height();
                if (auto* linear = qobject_cast<QValueAxis*>(axis)) {
                    spacing = length / (linear->tickCount() - 1);
                    if (o == Qt::Horizontal) {
                        extent = 0;
                        for (const QString& label : tile->linearAxisLabels(o))
                            extent = std::max(extent, metrics.horizontalAdvance(label));
                    }
                } else if (auto* log = qobject_cast<QLogValueAxis*>(axis)) {
                    spacing = length * std::log(log->base()) / std::log(log->max() / log->min());
                    if (o == Qt::Horizontal)
                        extent = metrics.horizontalAdvance(
                            QString::asprintf(log->labelFormat().toLatin1().constData(), log->max()));
                } else {
                    continue;
                }
                QVERIFY2(spacing >= extent, qPrintable(QStringLiteral("%1: %2 px apart for labels %3 px long")
                                                          .arg(tile->title()).arg(spacing).arg(extent)));
                ++axes;
            }
        }
    }
    QCOMPARE(axes, 2 * int(f.page.lineCharts().size()));
}

// Qt Charts draws a label it has no room for as "...": the root tile's
// month axis did under a CJK font, whose lines are a third taller, until the
// tile's height followed the font.
void TestOverviewPage::rootChartKeepsItsLabelsInAnyScript() {
    QList<QFont> fonts{QApplication::font()};
    const QFont cjk(QStringLiteral("Noto Sans CJK SC"), QApplication::font().pointSize());
    if (QFontInfo(cjk).family().contains(QStringLiteral("CJK"))) fonts << cjk;
    const QFont original = QApplication::font();
    for (const QFont& font : fonts) {
        QApplication::setFont(font);
        {
            Fixture f;
            f.page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&f.page));
            QTest::qWait(50);
            ChartWidget* root = f.page.headlineChart("cost");
            QVERIFY(root);
            // The tick labels (the axes' titles may shorten: the unit is on the card too).
            QChart* chart = root->findChild<QChartView*>()->chart();
            QStringList titles{chart->title()};
            for (QAbstractAxis* axis : chart->axes()) titles << axis->titleText();
            auto isTitle = [&](QString text) {
                if (text.endsWith(QStringLiteral("..."))) text.chop(3);
                if (text.isEmpty()) return false;  // a label elided whole
                return std::any_of(titles.begin(), titles.end(), [&](const QString& t) { return t.startsWith(text); });
            };
            QStringList texts;
            for (QGraphicsItem* item : chart->scene()->items())
                if (auto* text = dynamic_cast<QGraphicsTextItem*>(item); text && text->isVisible())
                    if (!isTitle(text->toPlainText())) texts << text->toPlainText();
            QVERIFY(texts.size() >= 5);  // both axes' tick labels
            for (const QString& text : texts)
                QVERIFY2(!text.endsWith(QStringLiteral("...")) && !text.endsWith(QChar(0x2026)),
                         qPrintable(font.family() + QStringLiteral(": ") + texts.join(QStringLiteral(" | "))));
        }
        QApplication::setFont(original);
    }
}

void TestOverviewPage::oneTilePerModelPage() {
    Fixture f;
    QSet<QWidget*> tiles;
    for (const PageSpec& spec : modelPageSpecs()) {
        QWidget* tile = f.page.tile(spec.id);
        QVERIFY2(tile, spec.id.data());
        QVERIFY2(f.page.headlineChart(spec.id), spec.id.data());
        // The tile holds its model's chart.
        QVERIFY(tile->isAncestorOf(f.page.headlineChart(spec.id)));
        tiles.insert(tile);
    }
    QCOMPARE(tiles.size(), qsizetype(modelPageSpecs().size()));
    // The map's places of pages that are not registered have no tile; not a page id, none either.
    for (const OverviewNode& node : overviewNodes()) {
        const PageSpec* spec = findPageSpec(node.pageId);
        QCOMPARE(f.page.tile(node.pageId) != nullptr, spec != nullptr && spec->headline != nullptr);
    }
    QVERIFY(!f.page.tile("compare"));
    QVERIFY(!f.page.tile("overview"));
    // The root sits above its leaves.
    f.page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.page));
    QVERIFY(f.page.tile("cost")->geometry().bottom() < f.page.tile("leverage")->geometry().top());
    QVERIFY(f.page.tile("cost")->geometry().bottom() < f.page.tile("capex")->geometry().top());
}

void TestOverviewPage::arrowsJoinRegisteredPairs() {
    Fixture f;
    f.page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.page));
    const std::vector<OverviewPage::Arrow> arrows = f.page.arrows();
    QSet<QString> drawn;
    for (const OverviewPage::Arrow& arrow : arrows) {
        const QString name = QString::fromUtf8(arrow.edge->from.data(), qsizetype(arrow.edge->from.size())) +
                             QStringLiteral("->") + QString::fromUtf8(arrow.edge->to.data(), qsizetype(arrow.edge->to.size()));
        drawn.insert(name);
        const QRect from = f.page.tile(arrow.edge->from)->geometry();
        const QRect to = f.page.tile(arrow.edge->to)->geometry();
        // From the source's border to the target's border, outside both tiles.
        QVERIFY2(arrow.path.size() >= 2, qPrintable(name));
        const QPoint start = arrow.path.front();
        const QPoint end = arrow.path.back();
        QVERIFY2(!from.contains(start) && from.adjusted(-4, -4, 4, 4).contains(start), qPrintable(name));
        QVERIFY2(!to.contains(end) && to.adjusted(-4, -4, 4, 4).contains(end), qPrintable(name));
        // Axis-parallel segments (straight or one elbow) that cross no tile.
        for (qsizetype k = 1; k < arrow.path.size(); ++k) {
            const QPoint a = arrow.path[k - 1];
            const QPoint b = arrow.path[k];
            QVERIFY2(a.x() == b.x() || a.y() == b.y(), qPrintable(name));
            for (double t : {0.0, 0.25, 0.5, 0.75, 1.0}) {
                const QPoint point = a + (b - a) * t;
                for (const PageSpec& spec : modelPageSpecs())
                    QVERIFY2(!f.page.tile(spec.id)->geometry().contains(point),
                             qPrintable(name + QStringLiteral(" crosses ") + QString::fromUtf8(spec.id.data())));
            }
        }
        // Its label says what flows, in the gap, over no tile.
        QVERIFY2(!arrow.label.isEmpty(), qPrintable(name));
        QVERIFY2(!arrow.labelBox.isEmpty(), qPrintable(name));
        for (const PageSpec& spec : modelPageSpecs())
            QVERIFY2(!f.page.tile(spec.id)->geometry().intersects(arrow.labelBox),
                     qPrintable(name + QStringLiteral(": label over ") + QString::fromUtf8(spec.id.data())));
    }
    // Exactly the edges whose two ends are registered model pages.
    QSet<QString> expected;
    for (const OverviewEdge& edge : overviewEdges()) {
        const PageSpec* from = findPageSpec(edge.from);
        const PageSpec* to = findPageSpec(edge.to);
        if (from && to && from->headline && to->headline)
            expected.insert(QString::fromUtf8(edge.from.data(), qsizetype(edge.from.size())) + QStringLiteral("->") +
                            QString::fromUtf8(edge.to.data(), qsizetype(edge.to.size())));
    }
    QCOMPARE(drawn, expected);
    QCOMPARE(qsizetype(arrows.size()), expected.size());
    // The root feeds its three leaves; every edge names real pages.
    QVERIFY(drawn.contains(QStringLiteral("cost->leverage")));
    QVERIFY(drawn.contains(QStringLiteral("cost->half_life")));
    QVERIFY(drawn.contains(QStringLiteral("cost->capex")));
    for (const OverviewEdge& edge : overviewEdges()) {
        bool fromOnMap = false, toOnMap = false;
        for (const OverviewNode& node : overviewNodes()) {
            fromOnMap = fromOnMap || node.pageId == edge.from;
            toOnMap = toOnMap || node.pageId == edge.to;
        }
        QVERIFY2(fromOnMap && toOnMap, edge.label);
    }
}

void TestOverviewPage::clickOpensThePage() {
    Fixture f;
    f.page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.page));
    QSignalSpy spy(&f.page, &ModelPage::pageRequested);
    for (const PageSpec& spec : modelPageSpecs()) {
        const QString id = QString::fromUtf8(spec.id.data(), qsizetype(spec.id.size()));
        // On the tile's heading corner …
        QTest::mouseClick(f.page.tile(spec.id), Qt::LeftButton, {}, QPoint(12, 8));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.takeFirst().at(0).toString(), id);
        // … and on its chart.
        QWidget* surface = f.page.headlineChart(spec.id)->paintSurface();
        QTest::mouseClick(surface, Qt::LeftButton, {}, surface->rect().center());
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.takeFirst().at(0).toString(), id);
        // A right click (the chart's menu) opens nothing.
        QTest::mouseClick(f.page.tile(spec.id), Qt::RightButton, {}, QPoint(12, 8));
        QCOMPARE(spy.size(), 0);
    }
    // A click between tiles opens nothing.
    const QRect cost = f.page.tile("cost")->geometry();
    QTest::mouseClick(&f.page, Qt::LeftButton, {}, QPoint(cost.center().x(), cost.bottom() + 4));
    QCOMPARE(spy.size(), 0);
}

QTEST_MAIN(TestOverviewPage)
#include "test_overview_page.moc"
