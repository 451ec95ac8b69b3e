// The capex and ROIC page: every chart shows what the engine computes (and,
// where MODEL.md §4 gives one, what the closed form says), follows parameter
// and horizon edits, shows a loss honestly below zero and overlays scenarios
// in compare mode.

#include <QtTest>
#include <cmath>

#include "charts/BarChartWidget.h"
#include "ChartProbe.h"
#include "charts/ChartWidget.h"
#include "document/EvaluationScheduler.h"
#include "document/WorkspaceDocument.h"
#include "models/CapexModel.h"
#include "models/Engine.h"
#include "pages/CapexPage.h"
#include "widgets/KpiCard.h"

using namespace leverboard;
using namespace leverboard::ui;
using namespace chart_probe;

namespace {

constexpr double kBillion = 1e9;

bool near(double actual, double expected, double relative = 1e-9) {
    return std::fabs(actual - expected) <= relative * std::max(std::fabs(expected), 1e-12);
}

int visibleDataSeries(const ChartWidget* chart) {
    int count = 0;
    for (SeriesHandle s : chart->allSeries())
        if (chart->seriesVisible(s) && chart->points(s).size() > 2) ++count;
    return count;
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

QList<QPointF> roicPoints(const CapexResults& capex, bool economic) {
    QList<QPointF> points;
    for (const CapexYear& year : capex.years) {
        const MaybeNumber& roic = economic ? year.roicEconomic : year.roicBook;
        if (roic) points.append(QPointF(year.year, 100.0 * *roic));
    }
    return points;
}

// Year 0 … Y, the cumulative sum of the cash flows the engine reports, built here.
QList<QPointF> cumulativeCashPoints(const CapexResults& capex) {
    QList<QPointF> points;
    double sum = 0;
    for (std::size_t y = 0; y < capex.cashFlows.size(); ++y) {
        sum += capex.cashFlows[y];
        points.append(QPointF(double(y), sum / kBillion));
    }
    return points;
}

double yOfHorizontalMarker(const ChartWidget* chart, SeriesHandle marker) {
    const QList<QPointF> line = chart->points(marker);
    if (line.size() != 2 || line[0].y() != line[1].y()) return std::nan("");
    return line[0].y();
}

double xOfVerticalMarker(const ChartWidget* chart, SeriesHandle marker) {
    const QList<QPointF> line = chart->points(marker);
    if (line.size() != 2 || line[0].x() != line[1].x()) return std::nan("");
    return line[0].x();
}

// MODEL.md §4: CRF(r, n) = r / (1 − (1 + r)^(−n)).
double crfByHand(double rate, double years) { return rate / (1.0 - std::pow(1.0 + rate, -years)); }

}  // namespace

class TestCapexPage : public QObject {
    Q_OBJECT

private:
    WorkspaceDocument* document_ = nullptr;
    EvaluationScheduler* scheduler_ = nullptr;
    CapexPage* page_ = nullptr;

    void refresh() {
        scheduler_->evaluateNow();
        page_->showResults(scheduler_->views());
    }
    Results engine() const { return evaluate(document_->activeScenario()); }

    // Every series of the single-scenario page against the engine's fields.
    void checkAgainstEngine(const Results& expected) {
        const CapexResults& capex = expected.get<CapexResults>();

        ChartWidget* roic = page_->roicChart();
        comparePoints(roic->points(onlyVisible(roic, QStringLiteral("Book"))), roicPoints(capex, false), "book ROIC");
        comparePoints(roic->points(onlyVisible(roic, QStringLiteral("Economic"))), roicPoints(capex, true),
                      "economic ROIC");
        QVERIFY(near(yOfHorizontalMarker(roic, onlyVisible(roic, QStringLiteral("WACC"))), 100.0 * capex.wacc));

        ChartWidget* cash = page_->cashFlowChart();
        comparePoints(cash->points(onlyVisible(cash, QStringLiteral("Cumulative cash"))), cumulativeCashPoints(capex),
                      "cumulative cash flow");
        if (capex.paybackYears) {
            QVERIFY(near(xOfVerticalMarker(cash, onlyVisible(cash, QStringLiteral("Payback"))), *capex.paybackYears));
        } else {
            QVERIFY(visibleNamed(cash, QStringLiteral("Payback")).isEmpty());
        }

        ChartWidget* valuation = page_->valuationChart();
        QList<QPointF> curve;
        for (std::size_t k = 0; k < capex.roicGrid.size(); ++k) {
            if (!capex.peAtRoic[k]) continue;
            curve.append(QPointF(100.0 * capex.roicGrid[k], *capex.peAtRoic[k]));
            // Value-driver formula, independently: (1 − g / r) / (wacc − g).
            const double r = capex.roicGrid[k];
            QVERIFY(near(*capex.peAtRoic[k], (1.0 - capex.growth / r) / (capex.wacc - capex.growth)));
        }
        comparePoints(valuation->points(onlyVisible(valuation, QStringLiteral("P/E at ROIC"))), curve, "P/E curve");
        QVERIFY(near(xOfVerticalMarker(valuation, onlyVisible(valuation, QStringLiteral("WACC"))), 100.0 * capex.wacc));
        if (capex.impliedPe) {
            comparePoints(valuation->points(onlyVisible(valuation, QStringLiteral("Scenario"))),
                          {QPointF(100.0 * *capex.roicEconomic, *capex.impliedPe)}, "scenario P/E");
        }

        // Where revenue goes: one bar per year, the engine's cost lines.
        BarChartWidget* revenue = page_->revenueChart();
        QCOMPARE(revenue->categories().size(), qsizetype(capex.years.size()));
        QList<double> energy, opex, sbc, depreciation, tax;
        for (const CapexYear& year : capex.years) {
            energy.append(year.energy / kBillion);
            opex.append(year.opex / kBillion);
            sbc.append(year.sbc / kBillion);
            depreciation.append(year.depreciationBook / kBillion);
            tax.append(year.tax / kBillion);
        }
        compareValues(revenue->values(CapexPage::Energy), energy, "energy");
        compareValues(revenue->values(CapexPage::Opex), opex, "opex");
        compareValues(revenue->values(CapexPage::Sbc), sbc, "SBC");
        compareValues(revenue->values(CapexPage::Depreciation), depreciation, "depreciation");
        compareValues(revenue->values(CapexPage::Tax), tax, "tax");
        // The segments add up to the revenue: profit is what is left, a loss
        // goes below zero and then the costs above top the revenue by it.
        for (int i = 0; i < revenue->categories().size(); ++i) {
            double stack = 0;
            for (int set = 0; set < CapexPage::RevenueSetCount; ++set) stack += revenue->values(set)[i];
            QVERIFY2(near(stack, capex.years[std::size_t(i)].revenue / kBillion, 1e-9) ||
                         std::fabs(stack - capex.years[std::size_t(i)].revenue / kBillion) < 1e-12,
                     qPrintable(QStringLiteral("year %1: segments %2, revenue %3")
                                    .arg(i + 1).arg(stack).arg(capex.years[std::size_t(i)].revenue / kBillion)));
            QVERIFY(revenue->values(CapexPage::Profit)[i] >= 0);
            QVERIFY(revenue->values(CapexPage::Loss)[i] <= 0);
        }

        // Capex split from the parameters (MODEL.md §4: K = gpus × price / share).
        const Scenario& scenario = document_->activeScenario();
        const double gpuCapex = scenario[ParamId::CapexGpus] * scenario[ParamId::CapexGpuPrice];
        const double totalCapex = gpuCapex / scenario[ParamId::CapexGpuShare];
        BarChartWidget* split = page_->capexSplitChart();
        QVERIFY(split->isStacked());
        compareValues(split->values(split->findSet(QStringLiteral("GPUs"))), {gpuCapex / kBillion}, "GPU capex");
        compareValues(split->values(split->findSet(QStringLiteral("Facility & rest"))),
                      {(totalCapex - gpuCapex) / kBillion}, "facility capex");
        QVERIFY(near(capex.cashFlows.front(), -totalCapex));

        // Industry check from the parameters and the capital recovery factor.
        BarChartWidget* industry = page_->industryChart();
        const double required = scenario[ParamId::CapexIndustryCapex] *
                                crfByHand(scenario[ParamId::CapexWacc],
                                                      scenario[ParamId::CapexEconomicLife]) /
                                scenario[ParamId::CapexAppMargin];
        compareValues(industry->values(industry->findSet(QStringLiteral("Industry capex"))),
                      {scenario[ParamId::CapexIndustryCapex]}, "industry capex");
        compareValues(industry->values(industry->findSet(QStringLiteral("App revenue"))),
                      {scenario[ParamId::CapexAppRevenue]}, "app revenue");
        compareValues(industry->values(industry->findSet(QStringLiteral("Required"))), {required}, "required");
    }

private slots:
    void init() {
        document_ = new WorkspaceDocument;
        scheduler_ = new EvaluationScheduler(document_);
        page_ = new CapexPage;
        page_->resize(1000, 620);
        refresh();
    }

    void cleanup() {
        delete page_;
        delete scheduler_;
        delete document_;
    }

    void everyChartHasData() {
        QCOMPARE(page_->lineCharts().size(), 3);
        QCOMPARE(page_->barCharts().size(), 3);
        for (ChartWidget* chart : page_->lineCharts())
            QVERIFY2(visibleDataSeries(chart) >= 1, qPrintable(chart->title()));
        for (BarChartWidget* chart : page_->barCharts()) {
            QVERIFY2(!chart->categories().isEmpty(), qPrintable(chart->title()));
            bool anyBar = false;
            for (int set = 0; set < chart->setCount(); ++set)
                for (double value : chart->values(set)) anyBar = anyBar || value != 0;
            QVERIFY2(anyBar, qPrintable(chart->title()));
        }
        // Every KPI of MODEL.md §4 has a card.
        QStringList ids;
        for (KpiStrip* strip : page_->kpiStrips())
            for (KpiCard* card : strip->cards()) ids << card->kpiId();
        QCOMPARE(ids, QStringList({"capex.total_capex", "capex.roic_book", "capex.roic_economic", "capex.npv",
                                   "capex.irr", "capex.payback_years", "capex.stranded_value", "capex.implied_pe",
                                   "capex.infra_to_app", "capex.required_app_revenue", "capex.revenue_gap"}));
    }

    void seriesEqualEngineValues() {
        const Results expected = engine();
        QVERIFY(expected.get<CapexResults>().impliedPe.has_value());
        checkAgainstEngine(expected);
    }

    void paybackMarkerWhereCumulativeCashTurnsPositive() {
        // A rental price that pays the cluster back inside the horizon.
        document_->setParameter(ParamId::CapexRentalPrice, 9);
        refresh();
        const Results expected = engine();
        QVERIFY(expected.get<CapexResults>().paybackYears.has_value());
        checkAgainstEngine(expected);
        // Linear interpolation inside the year the drawn cumulative line crosses zero.
        ChartWidget* cash = page_->cashFlowChart();
        const QList<QPointF> line = cash->points(onlyVisible(cash, QStringLiteral("Cumulative cash")));
        double crossing = std::nan("");
        for (qsizetype i = 1; i < line.size() && std::isnan(crossing); ++i)
            if (line[i - 1].y() < 0 && line[i].y() >= 0)
                crossing = line[i - 1].x() + -line[i - 1].y() / (line[i].y() - line[i - 1].y());
        QVERIFY(near(xOfVerticalMarker(cash, onlyVisible(cash, QStringLiteral("Payback"))), crossing, 1e-9));
    }

    void defaultYearOneFromClosedForm() {
        // Year 1 of the defaults by hand: share(1, life) = 1, Ih(0) = 1.
        const Scenario& s = document_->activeScenario();
        const double hoursSold = s[ParamId::CapexGpus] * 8760.0 * s[ParamId::CapexUtilization];
        const double energy = s[ParamId::CapexGpus] * s[ParamId::CapexPowerKw] * s[ParamId::CapexPue] * 8760.0 *
                              s[ParamId::CapexUtilization] * s[ParamId::CapexElectricityPrice];
        const double revenue = hoursSold * s[ParamId::CapexRentalPrice];
        QVERIFY(near(page_->revenueChart()->values(CapexPage::Energy).front(), energy / kBillion));
        QVERIFY(near(page_->revenueChart()->values(CapexPage::Sbc).front(),
                     s[ParamId::CapexSbcShare] * revenue / kBillion));
    }

    void utilizationChangeRedraws() {
        const QList<QPointF> bookBefore =
            page_->roicChart()->points(onlyVisible(page_->roicChart(), QStringLiteral("Book")));
        const QList<double> energyBefore = page_->revenueChart()->values(CapexPage::Energy);

        document_->setParameter(ParamId::CapexUtilization, 0.55);
        refresh();
        const Results expected = engine();
        QCOMPARE(document_->activeScenario()[ParamId::CapexUtilization], 0.55);
        checkAgainstEngine(expected);

        const QList<QPointF> bookAfter =
            page_->roicChart()->points(onlyVisible(page_->roicChart(), QStringLiteral("Book")));
        QVERIFY(bookAfter.front().y() < bookBefore.front().y());  // fewer hours sold, lower return
        // Energy scales with the hours sold: 0.55 / 0.8 of before.
        QVERIFY(near(page_->revenueChart()->values(CapexPage::Energy).front(), energyBefore.front() * 0.55 / 0.8));
    }

    void horizonChangeGivesOneBarPerYear() {
        document_->setParameter(ParamId::HorizonYears, 10);
        refresh();
        const Results expected = engine();
        QCOMPARE(expected.get<CapexResults>().years.size(), std::size_t(10));
        BarChartWidget* revenue = page_->revenueChart();
        QCOMPARE(revenue->categories().size(), 10);
        QCOMPARE(revenue->categories().front(), QStringLiteral("1"));
        QCOMPARE(revenue->categories().back(), QStringLiteral("10"));
        for (int set = 0; set < revenue->setCount(); ++set) QCOMPARE(revenue->values(set).size(), 10);
        QCOMPARE(
            page_->cashFlowChart()->points(onlyVisible(page_->cashFlowChart(), QStringLiteral("Cumulative cash"))).size(),
            11);
        checkAgainstEngine(expected);

        // And back: the bars follow a shorter horizon too.
        document_->setParameter(ParamId::HorizonYears, 3);
        refresh();
        QCOMPARE(revenue->categories().size(), 3);
        for (int set = 0; set < revenue->setCount(); ++set) QCOMPARE(revenue->values(set).size(), 3);
        checkAgainstEngine(engine());
    }

    void lossDrawnBelowZeroAndNoPayback() {
        // Hardly any hours sold: every year loses money and nothing pays back.
        document_->setParameter(ParamId::CapexUtilization, 0.05);
        refresh();
        const Results expected = engine();
        QVERIFY(!expected.get<CapexResults>().paybackYears);
        checkAgainstEngine(expected);
        const QList<double> loss = page_->revenueChart()->values(CapexPage::Loss);
        for (qsizetype i = 0; i < loss.size(); ++i) {
            const CapexYear& year = expected.get<CapexResults>().years[std::size_t(i)];
            QVERIFY(year.ebitBook - year.tax < 0);
            QVERIFY(near(loss[i], (year.ebitBook - year.tax) / kBillion));
            QCOMPARE(page_->revenueChart()->values(CapexPage::Profit)[i], 0.0);
        }
        QVERIFY(page_->revenueChart()->yRange().first < 0);  // the loss is on the chart
        QVERIFY(visibleNamed(page_->cashFlowChart(), QStringLiteral("Payback")).isEmpty());
    }

    void compareModeOverlaysScenarios() {
        document_->setCompareEnabled(true);
        refresh();
        const std::vector<ScenarioView>& views = scheduler_->views();
        QCOMPARE(views.size(), std::size_t(3));  // Base, Bear, Bull

        ChartWidget* roic = page_->roicChart();
        QStringList categories;
        for (const ScenarioView& view : views) {
            const Results expected = evaluate(document_->workspace().scenarios[std::size_t(view.scenarioIndex)]);
            const SeriesHandle book = onlyVisible(roic, view.name);
            QVERIFY2(book.valid(), qPrintable(view.name));
            comparePoints(roic->points(book), roicPoints(expected.get<CapexResults>(), false), view.name + " book");
            comparePoints(roic->points(onlyVisible(roic, view.name + QStringLiteral(" (economic)"))),
                          roicPoints(expected.get<CapexResults>(), true), view.name + " economic");
            comparePoints(page_->cashFlowChart()->points(onlyVisible(page_->cashFlowChart(), view.name)),
                          cumulativeCashPoints(expected.get<CapexResults>()), view.name + " cash");
            QVERIFY(onlyVisible(page_->valuationChart(), view.name).valid());
            categories << view.name.section(QLatin1Char(':'), 0, 0);
        }
        // Two lines per scenario and the WACC line, nothing else.
        int shown = 0;
        for (SeriesHandle s : roic->allSeries()) shown += roic->seriesVisible(s) ? 1 : 0;
        QCOMPARE(shown, 2 * 3 + 1);
        QCOMPARE(categories, QStringList({"Base", "Bear", "Bull"}));

        // Bar charts: a bar per scenario for the sizes, the active one's years.
        QCOMPARE(page_->capexSplitChart()->categories(), categories);
        QCOMPARE(page_->industryChart()->categories(), categories);
        const int required = page_->industryChart()->findSet(QStringLiteral("Required"));
        QCOMPARE(page_->industryChart()->values(required).size(), 3);
        const Results bear = evaluate(document_->workspace().scenarios[std::size_t(views[1].scenarioIndex)]);
        QVERIFY(near(page_->industryChart()->values(required)[1], bear.get<CapexResults>().requiredAppRevenue));
        QVERIFY(page_->revenueChart()->title().contains(QStringLiteral("Base")));

        // Back to one scenario: the overlays disappear, the roles return.
        document_->setCompareEnabled(false);
        refresh();
        checkAgainstEngine(engine());
        shown = 0;
        for (SeriesHandle s : roic->allSeries()) shown += roic->seriesVisible(s) ? 1 : 0;
        QCOMPARE(shown, 3);
        QCOMPARE(page_->capexSplitChart()->categories().size(), 1);
    }
};

QTEST_MAIN(TestCapexPage)
#include "test_capex_page.moc"
