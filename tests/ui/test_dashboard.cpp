// The whole dashboard, end to end: a slider moved in the parameter dock (by
// keys and by setValue) reaches the spin box, the scenario, every KPI card and
// the charts of the page on screen, and reset-to-default brings all back.

#include <QRegularExpression>
#include <QSlider>
#include <QStandardPaths>
#include <QToolButton>
#include <QDoubleSpinBox>
#include <QtTest>
#include <cmath>

#include "MainWindow.h"
#include "charts/ChartWidget.h"
#include "document/EvaluationScheduler.h"
#include "document/WorkspaceDocument.h"
#include "models/CostCurveModel.h"
#include "models/Engine.h"
#include "pages/ModelPage.h"
#include "pages/OverviewPage.h"
#include "pages/PageRegistry.h"
#include "scenario/Uncertainty.h"
#include "params/KpiRegistry.h"
#include "widgets/KpiCard.h"
#include "widgets/KpiFormatter.h"
#include "widgets/ParameterEditor.h"
#include "widgets/ParameterPanel.h"

using namespace leverboard;
using namespace leverboard::ui;

namespace {

// A marker line is two points spanning the axis range, which widens with
// hysteresis and does not shrink back on reset: only data counts here.
bool isMarkerLine(const QList<QPointF>& points) {
    return points.size() == 2 && (points[0].x() == points[1].x() || points[0].y() == points[1].y());
}

// Every visible data series of every chart on a page, in order.
QList<QList<QPointF>> pageSeries(const ModelPage* page) {
    QList<QList<QPointF>> all;
    for (const ChartWidget* chart : page->lineCharts())
        for (SeriesHandle series : chart->allSeries())
            if (chart->seriesVisible(series) && !isMarkerLine(chart->points(series)))
                all.append(chart->points(series));
    return all;
}

// Each KPI card on the page shows what the engine says for the active scenario.
void checkCardsMatchEngine(const ModelPage* page, const Results& expected) {
    const QList<KpiCard*> cards = page->findChildren<KpiCard*>();
    QVERIFY(!cards.isEmpty());
    for (const KpiCard* card : cards) {
        const std::string id = card->kpiId().toStdString();
        const KpiSpec* spec = findKpiSpec(id);
        const Kpi* kpi = expected.kpi(id);
        QVERIFY2(spec && kpi, id.c_str());
        QCOMPARE(card->valueText(), formatKpi(*spec, *kpi).value);
    }
}

struct PageParameter {
    int page;
    ParamId parameter;
};

}  // namespace

class TestDashboard : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void keysOnASliderRedrawEveryPage_data() {
        QTest::addColumn<int>("page");
        QTest::addColumn<int>("parameter");
        QTest::newRow("overview") << 0 << int(ParamId::CostFrontierDecline);
        QTest::newRow("cost") << 1 << int(ParamId::CostCommoditizeMonths);
        QTest::newRow("leverage") << 2 << int(ParamId::LevComputePerPerson);
        QTest::newRow("half_life") << 3 << int(ParamId::LifeHalfLifeMonths);
        QTest::newRow("capex") << 4 << int(ParamId::CapexEconomicLife);
    }

    void keysOnASliderRedrawEveryPage() {
        QFETCH(int, page);
        QFETCH(int, parameter);
        const auto id = ParamId(parameter);
        WorkspaceDocument document;
        MainWindow window(&document);
        window.show();
        window.showPage(page);
        window.scheduler()->evaluateNow();
        ModelPage* shown = window.currentPage();
        const QList<QList<QPointF>> before = pageSeries(shown);
        QVERIFY(!before.isEmpty());

        ParameterEditor* editor = window.parameterPanel()->editor(id);
        QVERIFY(editor && editor->slider() && editor->spinBox());
        const double start = document.activeScenario()[id];
        editor->slider()->setFocus();
        QTest::keyClick(editor->slider(), Qt::Key_PageUp);
        const double moved = document.activeScenario()[id];
        QVERIFY2(moved != start, "a PageUp on the slider changes the scenario");
        QCOMPARE(editor->spinBox()->value(), moved);  // the bound spin box follows
        QCOMPARE(document.undoStack()->count(), 1);

        window.scheduler()->evaluateNow();
        const Results expected = evaluate(document.activeScenario());
        checkCardsMatchEngine(shown, expected);
        QVERIFY2(pageSeries(shown) != before, "the page's charts redraw with the new value");

        // Every chart of the page keeps data after the change.
        for (const ChartWidget* chart : shown->lineCharts()) {
            bool hasData = false;
            for (SeriesHandle series : chart->allSeries())
                hasData |= chart->seriesVisible(series) && !chart->points(series).isEmpty();
            QVERIFY2(hasData, qPrintable(chart->title()));
        }

        // Reset to default: scenario, spin box, cards and charts come back.
        QTest::mouseClick(editor->resetButton(), Qt::LeftButton);
        QCOMPARE(document.activeScenario()[id], start);
        QCOMPARE(editor->spinBox()->value(), start);
        window.scheduler()->evaluateNow();
        checkCardsMatchEngine(shown, evaluate(document.activeScenario()));
        const QList<QList<QPointF>> after = pageSeries(shown);
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < after.size(); ++i) QCOMPARE(after[i], before[i]);
    }

    // setValue (what a mouse drag does) moves the spin box and the price path,
    // whose points are the engine's price at each month.
    void setValueOnTheSliderRedrawsThePricePath() {
        WorkspaceDocument document;
        MainWindow window(&document);
        window.show();
        window.showPage(1);
        ParameterEditor* editor = window.parameterPanel()->editor(ParamId::CostFrontierDecline);
        QSlider* slider = editor->slider();
        slider->setValue(slider->minimum() + (slider->maximum() - slider->minimum()) * 3 / 4);
        const double value = document.activeScenario()[ParamId::CostFrontierDecline];
        QVERIFY(value != spec(ParamId::CostFrontierDecline).defaultValue);
        QCOMPARE(editor->spinBox()->value(), value);
        window.scheduler()->evaluateNow();

        const Results expected = evaluate(document.activeScenario());
        const ChartWidget* price = window.currentPage()->lineCharts().front();
        SeriesHandle path;
        for (SeriesHandle series : price->allSeries())
            if (price->seriesVisible(series) && price->seriesName(series) == QStringLiteral("Price")) path = series;
        QVERIFY(path.valid());
        const QList<QPointF> points = price->points(path);
        QCOMPARE(points.size(), qsizetype(expected.get<CostResults>().month.size()));
        for (qsizetype i = 0; i < points.size(); ++i) {
            QCOMPARE(points[i].x(), expected.get<CostResults>().month[std::size_t(i)]);
            QVERIFY(std::fabs(points[i].y() / expected.get<CostResults>().price[std::size_t(i)] - 1) < 1e-12);
        }
        checkCardsMatchEngine(window.currentPage(), expected);
    }


    // With uncertainty on, every KPI card grows P50, P10–P90 and probability
    // lines. The window must still fit a 1366×768 laptop on every page (before
    // the pages scrolled, it needed 841 px in English).
    void windowFitsALaptopScreenWithUncertainty() {
        WorkspaceDocument document;
        Uncertainty uncertainty;
        uncertainty.set(ParamId::CostFrontierDecline, {DistributionKind::Uniform, 5, 10, 0});
        uncertainty.set(ParamId::CapexEconomicLife, {DistributionKind::Uniform, 2, 4, 0});
        uncertainty.set(ParamId::CapexRentalPrice, {DistributionKind::Uniform, 3, 10, 0});
        QVERIFY(document.setUncertainty(uncertainty, QStringLiteral("test")));
        MainWindow window(&document);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (qsizetype i = 0; i < window.pages().size(); ++i) {
            window.showPage(int(i));
            QTest::qWait(50);  // the evaluation and the Monte Carlo's first pass land
            const QSize needed = window.minimumSizeHint().expandedTo(window.minimumSize());
            QVERIFY2(needed.height() <= 768 && needed.width() <= 1366,
                     qPrintable(QStringLiteral("page %1 needs %2×%3").arg(window.pages().at(i)->pageTitle())
                                    .arg(needed.width()).arg(needed.height())));
            QCOMPARE(window.size(), QSize(1366, 768));
        }
        // The cards really do carry the extra lines (otherwise this proves nothing).
        bool anyRange = false;
        for (KpiCard* card : window.findChildren<KpiCard*>()) anyRange = anyRange || !card->uncertaintyText().isEmpty();
        QVERIFY(anyRange);
    }


    // Qt Charts 6.4 draws no tick labels at all on an axis whose printf format
    // has no precision ("%g"): the half-life, leverage and chip pages' log axes
    // showed bare grids. Every axis of every page names its precision.
    void everyAxisFormatNamesAPrecision() {
        WorkspaceDocument document;
        MainWindow window(&document);
        const QRegularExpression withPrecision(QStringLiteral("%[-+ #0']*\\d*\\.\\d+[a-zA-Z]"));
        int axes = 0;
        for (ModelPage* page : window.pages()) {
            for (ChartWidget* chart : page->findChildren<ChartWidget*>()) {
                for (const AxisSpec* axis : {&chart->xAxisSpec(), &chart->yAxisSpec()}) {
                    QVERIFY2(withPrecision.match(axis->labelFormat).hasMatch(),
                             qPrintable(QStringLiteral("%1 ▸ %2 ▸ %3: %4").arg(page->pageTitle(), chart->title(),
                                                                             axis->title, axis->labelFormat)));
                    ++axes;
                }
            }
        }
        QVERIFY(axes > 40);
    }

    // A click on an Overview tile shows that model's page (its registry tab).
    void overviewTileClickShowsItsPage() {
        WorkspaceDocument document;
        MainWindow window(&document);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const std::span<const PageSpec> specs = pageSpecs();
        int clicked = 0;
        for (std::size_t i = 0; i < specs.size(); ++i) {
            if (!specs[i].headline) continue;
            window.showPage(0);
            auto* overview = qobject_cast<OverviewPage*>(window.currentPage());
            QVERIFY(overview);
            QWidget* tile = overview->tile(specs[i].id);
            QVERIFY2(tile, specs[i].id.data());
            QTest::mouseClick(tile, Qt::LeftButton, {}, QPoint(12, 8));
            QCOMPARE(window.currentPage(), window.pages().at(qsizetype(i)));
            ++clicked;
        }
        QCOMPARE(clicked, int(modelPageSpecs().size()));
    }
};

QTEST_MAIN(TestDashboard)
#include "test_dashboard.moc"
