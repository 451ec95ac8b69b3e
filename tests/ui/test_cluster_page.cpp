// The cluster scaling page: every chart reads back what the engine computes
// over the chart grid (whole replicas from t × p to 2e6), marks the
// scenario's N and the fastest size, follows a drag of "GPUs" from 1,000 to
// 1,000,000 through the parameter panel, shows an infeasible run without a
// scenario marker and overlays scenarios in compare mode.

#include <QChartView>
#include <QDoubleSpinBox>
#include <QSignalSpy>
#include <QXYSeries>
#include <QSlider>
#include <QtTest>
#include <cmath>

#include "ChartProbe.h"
#include "charts/ChartWidget.h"
#include "document/EvaluationScheduler.h"
#include "document/WorkspaceDocument.h"
#include "models/ClusterModel.h"
#include "models/Engine.h"
#include "pages/ClusterPage.h"
#include "pages/PageRegistry.h"
#include "widgets/KpiCard.h"
#include "widgets/ParameterEditor.h"
#include "widgets/ParameterPanel.h"

using namespace leverboard;
using namespace leverboard::ui;
using namespace chart_probe;

namespace {

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

template <class Value>
QList<QPointF> expectedOver(const std::vector<ClusterPoint>& grid, Value&& value) {
    QList<QPointF> points;
    for (const ClusterPoint& pt : grid)
        if (const std::optional<double> y = value(pt)) points.append(QPointF(double(pt.gpus), *y));
    return points;
}

double kpiValue(const Results& results, const char* id) {
    const Kpi* kpi = results.kpi(id);
    return kpi && kpi->value ? *kpi->value : std::nan("");
}

}  // namespace

class TestClusterPage : public QObject {
    Q_OBJECT

private:
    WorkspaceDocument* document_ = nullptr;
    EvaluationScheduler* scheduler_ = nullptr;
    ClusterPage* page_ = nullptr;

    void refresh() {
        scheduler_->evaluateNow();
        page_->showResults(scheduler_->views());
    }

    // Every series of the single-scenario page against the engine.
    void checkAgainstEngine() {
        const Scenario& s = document_->activeScenario();
        const Results expected = evaluate(s);
        const ClusterResults& cluster = expected.get<ClusterResults>();
        const std::vector<ClusterPoint> grid = ClusterModel::series(ClusterModel::inputs(s));
        QVERIFY(!grid.empty() && grid.size() <= 400);
        // The grid: whole replicas from t × p to ⌊2e6 / (t p)⌋ × t p.
        const long long q = std::llround(s[ParamId::ClusterTensorParallel]) * std::llround(s[ParamId::ClusterPipelineParallel]);
        QCOMPARE(grid.front().gpus, q);
        QCOMPARE(grid.back().gpus, (2000000 / q) * q);

        ChartWidget* util = page_->utilizationChart();
        QVERIFY(util->xAxisSpec().scale == AxisScale::Log);
        comparePoints(util->points(onlyVisible(util, "MFU")),
                      expectedOver(grid, [](const ClusterPoint& pt) { return std::optional(100 * pt.mfu); }), "MFU");
        comparePoints(util->points(onlyVisible(util, "Goodput")),
                      expectedOver(grid, [](const ClusterPoint& pt) { return std::optional(100 * pt.goodput); }),
                      "goodput");

        ChartWidget* step = page_->stepChart();
        comparePoints(step->points(page_->computeArea()),
                      expectedOver(grid, [](const ClusterPoint& pt) { return std::optional(pt.computeSeconds); }),
                      "compute");
        // Stacked: compute + bubble = T_c / (1 − b); + exposed = T_s.
        comparePoints(step->points(page_->bubbleArea()), expectedOver(grid, [](const ClusterPoint& pt) {
                          return std::optional(pt.computeSeconds / (1 - pt.bubbleShare));
                      }),
                      "compute + bubble");
        comparePoints(step->points(page_->exposedArea()), expectedOver(grid, [](const ClusterPoint& pt) {
                          return std::optional(pt.computeSeconds / (1 - pt.bubbleShare) + pt.exposedSeconds);
                      }),
                      "step");

        ChartWidget* ratio = page_->ratioChart();
        const QList<QPointF> ratioPoints = ratio->points(onlyVisible(ratio, "Compute / comm"));
        comparePoints(ratioPoints, expectedOver(grid, [](const ClusterPoint& pt) { return pt.computeCommRatio; }),
                      "ratio");
        QCOMPARE(ratioPoints.size(), qsizetype(grid.size()) - 1);  // d = 1 has no ratio
        const double overlap = s[ParamId::ClusterOverlap];
        comparePoints(ratio->points(onlyVisible(ratio, "Exposure line (1 − b) / overlap")),
                      expectedOver(grid, [&](const ClusterPoint& pt) { return std::optional((1 - pt.bubbleShare) / overlap); }),
                      "exposure line");

        ChartWidget* days = page_->daysChart();
        comparePoints(days->points(onlyVisible(days, "Days")),
                      expectedOver(grid, [](const ClusterPoint& pt) { return pt.days; }), "days");
        ChartWidget* cost = page_->costChart();
        const double price = s[ParamId::CapexRentalPrice];
        comparePoints(cost->points(onlyVisible(cost, "Cost")), expectedOver(grid, [&](const ClusterPoint& pt) {
                          return pt.hours ? std::optional(double(pt.gpus) * *pt.hours * price / 1e6) : std::nullopt;
                      }),
                      "cost");
        // The fastest size, as the engine's KPI says, on both charts.
        QCOMPARE(markerX(days, "Fastest size"), kpiValue(expected, "cluster.fastest_gpus"));
        QCOMPARE(markerX(cost, "Fastest size"), kpiValue(expected, "cluster.fastest_gpus"));

        ChartWidget* failure = page_->failureChart();
        comparePoints(failure->points(onlyVisible(failure, "Job MTBF")),
                      expectedOver(grid, [](const ClusterPoint& pt) { return std::optional(pt.jobMtbfHours); }), "MTBF");
        comparePoints(failure->points(onlyVisible(failure, "Checkpoint interval")),
                      expectedOver(grid, [](const ClusterPoint& pt) { return std::optional(pt.checkpointHours); }),
                      "checkpoint");

        // The scenario's N (the GPUs that train) on every chart.
        for (ChartWidget* chart : page_->lineCharts()) {
            const QList<QPointF> marker = chart->points(page_->scenarioMarker(chart));
            QVERIFY2(!marker.isEmpty(), qPrintable(chart->title()));
            QCOMPARE(marker.front().x(), double(cluster.gpusUsed));
        }
    }

private slots:
    void init() {
        document_ = new WorkspaceDocument;
        scheduler_ = new EvaluationScheduler(document_);
        page_ = new ClusterPage;
        page_->resize(1000, 620);
        refresh();
    }

    void cleanup() {
        delete page_;
        delete scheduler_;
        delete document_;
    }

    void registeredAfterCapexBeforePower() {
        const PageSpec* spec = findPageSpec("cluster");
        QVERIFY(spec);
        QCOMPARE(spec->group, ModelGroup::Cluster);
        QVERIFY(spec->headline);
        QCOMPARE(spec - findPageSpec("capex"), 1);
        QVERIFY(findPageSpec("power") - spec >= 1);
    }

    void everyChartMatchesTheEngine() {
        QCOMPARE(page_->lineCharts().size(), 6);
        QVERIFY(page_->barCharts().isEmpty());
        checkAgainstEngine();
        // The worked check's fastest size, typed from MODEL.md §5.
        QCOMPARE(markerX(page_->daysChart(), "Fastest size"), 76928.0);
        QCOMPARE(markerX(page_->daysChart(), "Scenario"), 16384.0);
    }

    void everyKpiHasACard() {
        QCOMPARE(page_->kpiStrips().size(), 2);
        int cards = 0;
        for (KpiStrip* strip : page_->kpiStrips()) cards += int(strip->cards().size());
        QCOMPARE(cards, 13);  // every cluster KPI of MODEL.md §5
    }

    // Done-when of issue 11: drag "GPUs" from 1,000 to 1,000,000 and watch
    // MFU, goodput and days bend while the fastest size stays marked.
    void dragGpusFromThousandToMillion() {
        ParameterPanel panel(document_);
        ParameterEditor* gpus = panel.editor(ParamId::ClusterGpus);
        QVERIFY(gpus && gpus->spinBox() && gpus->slider());
        QCOMPARE(gpus->spinBox()->decimals(), 0);  // a whole-number spin box
        QCOMPARE(gpus->spinBox()->singleStep(), 1.0);

        gpus->spinBox()->setValue(1000);
        QCOMPARE(document_->activeScenario()[ParamId::ClusterGpus], 1000.0);
        refresh();
        checkAgainstEngine();
        const double fastest = markerX(page_->daysChart(), "Fastest size");
        QCOMPARE(fastest, 76928.0);
        QCOMPARE(markerX(page_->daysChart(), "Scenario"), 896.0);  // 7 whole replicas of 128

        const int from = gpus->slider()->value();
        gpus->spinBox()->setValue(1000000);
        const int to = gpus->slider()->value();
        QVERIFY(to > from);
        // Walk the slider back down and up again in steps, as a drag does.
        for (int position = from; position <= to; position += std::max(1, (to - from) / 12)) {
            gpus->slider()->setValue(position);
            refresh();
            const Results expected = evaluate(document_->activeScenario());
            QCOMPARE(markerX(page_->daysChart(), "Fastest size"), fastest);
            QCOMPARE(markerX(page_->costChart(), "Fastest size"), fastest);
            QCOMPARE(markerX(page_->utilizationChart(), "Scenario"),
                     double(expected.get<ClusterResults>().gpusUsed));
        }
        gpus->spinBox()->setValue(1000000);
        QCOMPARE(document_->activeScenario()[ParamId::ClusterGpus], 1000000.0);
        refresh();
        checkAgainstEngine();
        QCOMPARE(markerX(page_->daysChart(), "Fastest size"), fastest);
        QCOMPARE(markerX(page_->daysChart(), "Scenario"), 999936.0);  // 7,812 replicas of 128
    }

    void infeasibleRunHasNoScenarioMarker() {
        document_->setParameter(ParamId::ClusterGpus, 100);  // fewer than t × p = 128
        refresh();
        for (ChartWidget* chart : page_->lineCharts())
            QVERIFY2(!chart->seriesVisible(page_->scenarioMarker(chart)), qPrintable(chart->title()));
        QCOMPARE(markerX(page_->daysChart(), "Fastest size"), 76928.0);  // still marked
        // The curves over cluster sizes do not depend on N.
        comparePoints(page_->daysChart()->points(onlyVisible(page_->daysChart(), "Days")),
                      expectedOver(ClusterModel::series(ClusterModel::inputs(document_->activeScenario())),
                                   [](const ClusterPoint& pt) { return pt.days; }),
                      "days");
    }

    // Dragging N moves only the scenario markers: the curves against cluster
    // size are the same points, and Qt Charts is not asked to rebuild them.
    void movingTheClusterSizeRebuildsNoCurve() {
        QList<QSignalSpy*> spies;
        for (ChartWidget* chart : page_->lineCharts()) {
            auto* view = chart->findChild<QChartView*>();
            QVERIFY(view);
            for (QAbstractSeries* series : view->chart()->series()) {
                auto* xy = qobject_cast<QXYSeries*>(series);
                if (xy && xy->count() > 2) spies << new QSignalSpy(xy, &QXYSeries::pointsReplaced);  // curves, not markers
            }
        }
        QVERIFY(spies.size() >= 8);
        document_->setParameter(ParamId::ClusterGpus, 50000);
        refresh();
        checkAgainstEngine();
        QCOMPARE(markerX(page_->daysChart(), "Scenario"), 49920.0);  // 390 whole replicas of 128
        for (QSignalSpy* spy : spies) QCOMPARE(spy->count(), 0);
        // A parameter the curves do depend on replaces them.
        document_->setParameter(ParamId::ClusterModelParams, 70e9);
        refresh();
        checkAgainstEngine();
        int replaced = 0;
        for (QSignalSpy* spy : spies) replaced += spy->count() > 0 ? 1 : 0;
        QVERIFY2(replaced >= 5, qPrintable(QString::number(replaced)));  // step time, ratio, days, cost, …
        qDeleteAll(spies);
    }

    // The step chart's stacked areas are opaque (largest drawn first, so each
    // band shows its own colour) and distinct.
    void stackedStepAreasAreOpaque() {
        ChartWidget* step = page_->lineCharts().at(1);
        QCOMPARE(step->title(), QStringLiteral("Time per step"));
        QSet<QRgb> colours;
        for (const char* name : {"Exposed communication", "Pipeline bubble", "Compute"}) {
            const QColor fill = step->areaFill(step->findSeries(QString::fromLatin1(name)));
            QVERIFY2(fill.isValid(), name);
            QCOMPARE(fill.alpha(), 255);
            colours.insert(fill.rgb());
        }
        QCOMPARE(colours.size(), 3);
    }

    void changedParallelismMovesTheGrid() {
        document_->setParameter(ParamId::ClusterTensorParallel, 4);
        document_->setParameter(ParamId::ClusterPipelineParallel, 3);
        document_->setParameter(ParamId::ClusterNetworkGbps, 10);  // slow network: exposed communication
        refresh();
        checkAgainstEngine();
    }

    void compareOverlaysEachScenario() {
        document_->setCompareEnabled(true);
        refresh();
        const auto views = scheduler_->views();
        QVERIFY(views.size() > 1);
        ChartWidget* util = page_->utilizationChart();
        for (const ScenarioView& view : views) {
            const Scenario& s = document_->workspace().scenarios[std::size_t(view.scenarioIndex)];
            const auto grid = ClusterModel::series(ClusterModel::inputs(s));
            comparePoints(util->points(onlyVisible(util, view.name + QStringLiteral(": MFU"))),
                          expectedOver(grid, [](const ClusterPoint& pt) { return std::optional(100 * pt.mfu); }),
                          view.name);
            comparePoints(page_->daysChart()->points(onlyVisible(page_->daysChart(), view.name)),
                          expectedOver(grid, [](const ClusterPoint& pt) { return pt.days; }), view.name);
        }
        document_->setCompareEnabled(false);
        refresh();
        checkAgainstEngine();
    }
};

QTEST_MAIN(TestClusterPage)
#include "test_cluster_page.moc"
