// The Chip bets page: the value chart and the perf-per-$ chart show the
// engine's numbers, the scenario's λ and the break-evens are marked (at the
// axis's edge beyond 3 a year), the essays' table holds its cells, the KPI
// cards follow the results and compare mode overlays one line per scenario.

#include <QDir>
#include <QTableWidget>
#include <QtTest>
#include <cmath>

#include "ChartProbe.h"
#include "charts/ChartWidget.h"
#include "document/EvaluationScheduler.h"
#include "document/WorkspaceDocument.h"
#include "models/ChipsModel.h"
#include "models/Engine.h"
#include "pages/ChipsPage.h"
#include "widgets/KpiCard.h"

using namespace leverboard;
using namespace leverboard::ui;
using namespace chart_probe;

namespace {

enum ChartIndex { Value, Perf };

bool matches(const QList<QPointF>& actual, const std::vector<double>& x, const std::vector<double>& y) {
    if (actual.size() != qsizetype(x.size()) || x.size() != y.size()) {
        qWarning() << "size" << actual.size() << "expected" << x.size();
        return false;
    }
    for (qsizetype i = 0; i < actual.size(); ++i) {
        const QPointF expected(x[std::size_t(i)], y[std::size_t(i)]);
        if (!qFuzzyCompare(1 + actual[i].x(), 1 + expected.x()) || !qFuzzyCompare(actual[i].y(), expected.y())) {
            qWarning() << "point" << i << actual[i] << "expected" << expected;
            return false;
        }
    }
    return true;
}

// MODEL.md §7 by hand: V = g (u A(r) + (1 − u) A(r + λ)), A(x) = (1 − e^(−xL)) / x.
double valueByHand(double g, double u, double r, double hazard, double life) {
    auto a = [life](double x) { return x == 0 ? life : (1 - std::exp(-x * life)) / x; };
    return g * (u * a(r) + (1 - u) * a(r + hazard));
}

}  // namespace

class TestChipsPage : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void everyChartHasData();
    void valueChartIsTheEngineSeries();
    void hazardAndBreakevensMarked();
    void breakevenBeyondTheAxisSitsAtItsEdge();
    void perfChartAtTheScenarioHazard();
    void essaysTableCells();
    void kpiCardsFollowResults();
    void compareModeOverlaysOneLinePerScenario();
    void headlineShowsTheValueLines();
    void screenshot();

private:
    void show() { page_->showResults(scheduler_->views()); }
    void set(ParamId id, double value) {
        document_->setParameter(id, value);
        scheduler_->evaluateNow();
        show();
    }
    const ChipsResults& engine() const { return scheduler_->activeResults().get<ChipsResults>(); }
    ChartWidget* chart(ChartIndex index) const { return page_->lineCharts().at(index); }

    WorkspaceDocument* document_ = nullptr;
    EvaluationScheduler* scheduler_ = nullptr;
    ChipsPage* page_ = nullptr;
};

void TestChipsPage::init() {
    document_ = new WorkspaceDocument;
    scheduler_ = new EvaluationScheduler(document_);
    page_ = new ChipsPage;
    page_->resize(1000, 620);
    show();
}

void TestChipsPage::cleanup() {
    delete page_;
    delete scheduler_;
    delete document_;
}

void TestChipsPage::everyChartHasData() {
    QCOMPARE(page_->charts().size(), 2);
    QCOMPARE(page_->valueChart(), chart(Value));
    QCOMPARE(page_->perfChart(), chart(Perf));
    for (ChartWidget* c : page_->lineCharts()) {
        int nonEmpty = 0;
        for (SeriesHandle handle : c->allSeries())
            if (c->seriesVisible(handle) && !c->points(handle).isEmpty()) ++nonEmpty;
        QVERIFY2(nonEmpty > 0, qPrintable(c->title()));
    }
}

void TestChipsPage::valueChartIsTheEngineSeries() {
    ChartWidget* value = chart(Value);
    const ChipsResults& chips = engine();
    QVERIFY(matches(value->points(onlyVisible(value, QStringLiteral("GPU"))), chips.hazard, chips.valueGpu));
    QVERIFY(matches(value->points(onlyVisible(value, QStringLiteral("TPU"))), chips.hazard, chips.valueTpu));
    QVERIFY(matches(value->points(onlyVisible(value, QStringLiteral("Inference ASIC"))), chips.hazard,
                    chips.valueAsic));
    // And against MODEL.md by hand at the defaults (L = 4, r = 0.09).
    const QList<QPointF> asic = value->points(onlyVisible(value, QStringLiteral("Inference ASIC")));
    QCOMPARE(asic.size(), 61);
    QCOMPARE(asic.front().x(), 0.0);
    QCOMPARE(asic.back().x(), 3.0);
    for (const QPointF& p : asic) QVERIFY(std::fabs(p.y() - valueByHand(1.5, 0.1, 0.09, p.x(), 4)) < 1e-12);
    QCOMPARE(value->xAxisSpec().fixedMin, std::optional<double>(0.0));
    QCOMPARE(value->xAxisSpec().fixedMax, std::optional<double>(3.0));
}

void TestChipsPage::hazardAndBreakevensMarked() {
    ChartWidget* value = chart(Value);
    const ChipsResults& chips = engine();
    QCOMPARE(markerX(value, QStringLiteral("Your λ")), 0.15);
    QVERIFY(chips.breakevenHazardAsic && chips.breakevenHazardTpu);
    const QList<QPointF> asic = value->points(onlyVisible(value, QStringLiteral("ASIC break-even")));
    QCOMPARE(asic.size(), 1);
    QCOMPARE(asic.front().x(), *chips.breakevenHazardAsic);
    QVERIFY(std::fabs(asic.front().x() - 0.32) < 0.005);  // MODEL.md: ≈ 0.32 a year
    // On both lines: the GPU's value equals the ASIC's there.
    QVERIFY(std::fabs(asic.front().y() - valueByHand(1, 0.85, 0.09, asic.front().x(), 4)) < 1e-9);
    QVERIFY(std::fabs(asic.front().y() - valueByHand(1.5, 0.1, 0.09, asic.front().x(), 4)) < 1e-9);
    const QList<QPointF> tpu = value->points(onlyVisible(value, QStringLiteral("TPU break-even")));
    QCOMPARE(tpu.size(), 1);
    QVERIFY(std::fabs(tpu.front().x() - 0.61) < 0.005);
    QVERIFY(page_->valueNote().isEmpty());

    // The scenario's λ moves the marker, not the curves' grid.
    set(ParamId::ChipsShiftHazard, 1.2);
    QCOMPARE(markerX(value, QStringLiteral("Your λ")), 1.2);
    // No crossing: no point, and the card says why.
    set(ParamId::ChipsAsicPerfPerDollar, 20);
    QVERIFY(value->points(onlyVisible(value, QStringLiteral("ASIC break-even"))).isEmpty() ||
            noneVisibleNamed(value, QStringLiteral("ASIC break-even")));
}

void TestChipsPage::breakevenBeyondTheAxisSitsAtItsEdge() {
    // A cheaper ASIC keeps paying to a higher hazard: by hand, 5.5 × (0.1 A(r) + 0.9 A(r + λ)) meets the
    // GPU's 0.85 A(r) + 0.15 A(r + λ) between λ = 3 (where the ASIC needs 4.6×) and 10 (6.8×).
    set(ParamId::ChipsAsicPerfPerDollar, 5.5);
    const ChipsResults& chips = engine();
    QVERIFY(chips.breakevenHazardAsic);
    QVERIFY2(*chips.breakevenHazardAsic > 3 && *chips.breakevenHazardAsic < 10,
             qPrintable(QString::number(*chips.breakevenHazardAsic)));
    ChartWidget* value = chart(Value);
    const QList<QPointF> asic = value->points(onlyVisible(value, QStringLiteral("ASIC break-even")));
    QCOMPARE(asic.size(), 1);
    QCOMPARE(asic.front().x(), 3.0);
    QCOMPARE(asic.front().y(), chips.valueGpu.back());
    QVERIFY2(page_->valueNote().contains(QStringLiteral("ASIC break-even at λ = ")), qPrintable(page_->valueNote()));
    QVERIFY(page_->valueNote().contains(QStringLiteral("beyond the axis")));
}

void TestChipsPage::perfChartAtTheScenarioHazard() {
    ChartWidget* perf = chart(Perf);
    const ChipsResults& chips = engine();
    QCOMPARE(perf->xAxisSpec().scale, AxisScale::Log);
    const QList<QPointF> line = perf->points(onlyVisible(perf, QStringLiteral("Inference ASIC")));
    QVERIFY(matches(line, chips.asicPerfGrid, chips.valueAsicAtPerf));
    QCOMPARE(line.front().x(), 0.1);
    QCOMPARE(line.back().x(), 20.0);
    for (const QPointF& p : line) QVERIFY(std::fabs(p.y() - valueByHand(p.x(), 0.1, 0.09, 0.15, 4)) < 1e-9);
    QVERIFY(std::fabs(markerY(perf, QStringLiteral("GPU")) - valueByHand(1, 0.85, 0.09, 0.15, 4)) < 1e-12);
    QVERIFY(std::fabs(markerY(perf, QStringLiteral("TPU")) - valueByHand(1.3, 0.5, 0.09, 0.15, 4)) < 1e-12);
    QCOMPARE(markerX(perf, QStringLiteral("Your ASIC perf per $")), 1.5);
    const QList<QPointF> you = perf->points(onlyVisible(perf, QStringLiteral("Your ASIC")));
    QCOMPARE(you.size(), 1);
    QCOMPARE(you.front().x(), 1.5);
    QVERIFY(std::fabs(you.front().y() - valueByHand(1.5, 0.1, 0.09, 0.15, 4)) < 1e-12);
    // The line follows the scenario's λ.
    set(ParamId::ChipsShiftHazard, 2);
    const QList<QPointF> later = perf->points(onlyVisible(perf, QStringLiteral("Inference ASIC")));
    QVERIFY(std::fabs(later[10].y() - valueByHand(later[10].x(), 0.1, 0.09, 2, 4)) < 1e-9);
}

void TestChipsPage::essaysTableCells() {
    QTableWidget* table = page_->essaysTable();
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->columnCount(), 4);
    const QStringList columns = {QStringLiteral("Worldview"), QStringLiteral("Strategy"), QStringLiteral("Moat"),
                                 QStringLiteral("Risk")};
    for (int c = 0; c < 4; ++c) QCOMPARE(table->horizontalHeaderItem(c)->text(), columns[c]);
    const QStringList rows = {QStringLiteral("GPU"), QStringLiteral("TPU"), QStringLiteral("Inference ASIC")};
    for (int r = 0; r < 3; ++r) QCOMPARE(table->verticalHeaderItem(r)->text(), rows[r]);
    for (int r = 0; r < 3; ++r)
        for (int c = 0; c < 4; ++c) {
            QVERIFY(table->item(r, c));
            QVERIFY(!table->item(r, c)->text().isEmpty());
            QVERIFY(!(table->item(r, c)->flags() & Qt::ItemIsEditable));
        }
    // MODEL.md §7: the risks are very low, medium and very high; the GPU's moat is CUDA.
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Very low"));
    QCOMPARE(table->item(1, 3)->text(), QStringLiteral("Medium"));
    QVERIFY(table->item(2, 3)->text().startsWith(QStringLiteral("Very high")));
    QVERIFY(table->item(0, 2)->text().contains(QStringLiteral("CUDA")));
    QVERIFY(table->item(1, 0)->text().contains(QStringLiteral("matrix")));
    QVERIFY(table->item(2, 0)->text().contains(QStringLiteral("nference")));
}

void TestChipsPage::kpiCardsFollowResults() {
    const QList<KpiCard*> cards = page_->kpiStrip()->cards();
    QCOMPARE(cards.size(), 6);
    const QStringList ids = {QStringLiteral("chips.value_gpu"), QStringLiteral("chips.value_tpu"),
                             QStringLiteral("chips.value_asic"), QStringLiteral("chips.best"),
                             QStringLiteral("chips.breakeven_hazard_tpu"), QStringLiteral("chips.breakeven_hazard_asic")};
    for (int i = 0; i < 6; ++i) QCOMPARE(cards[i]->kpiId(), ids[i]);
    // The card shows the KPI's text as people write it: "asic" reads "ASIC".
    QCOMPARE(cards[3]->valueText(), QStringLiteral("ASIC"));
    const QString asicValue = cards[2]->valueText();
    set(ParamId::ChipsShiftHazard, 3);
    QCOMPARE(cards[3]->valueText(), QStringLiteral("GPU"));
    QVERIFY(cards[2]->valueText() != asicValue);
    // Units: value per $ in GPU-years, break-evens per year.
    QCOMPARE(cards[0]->unitText(), QStringLiteral("GPU-years"));
    QCOMPARE(cards[5]->unitText(), QStringLiteral("per year"));
}

void TestChipsPage::compareModeOverlaysOneLinePerScenario() {
    document_->setCompareEnabled(true);
    scheduler_->evaluateNow();
    show();
    const std::vector<ScenarioView>& views = scheduler_->views();
    QVERIFY(views.size() >= 2);
    ChartWidget* value = chart(Value);
    for (const ScenarioView& view : views) {
        const Results expected = evaluate(document_->workspace().scenarios.at(std::size_t(view.scenarioIndex)));
        const ChipsResults& chips = expected.get<ChipsResults>();
        QVERIFY(matches(value->points(onlyVisible(value, view.name + QStringLiteral(": GPU"))), chips.hazard,
                        chips.valueGpu));
        QVERIFY(matches(value->points(onlyVisible(value, view.name + QStringLiteral(": TPU"))), chips.hazard,
                        chips.valueTpu));
        QVERIFY(matches(value->points(onlyVisible(value, view.name + QStringLiteral(": ASIC"))), chips.hazard,
                        chips.valueAsic));
        QVERIFY(matches(chart(Perf)->points(onlyVisible(chart(Perf), view.name)),
                        chips.asicPerfGrid, chips.valueAsicAtPerf));
    }
    for (const QString& role : {QStringLiteral("GPU"), QStringLiteral("TPU"), QStringLiteral("Inference ASIC")})
        QVERIFY(noneVisibleNamed(value, role));
    QVERIFY(page_->valueNote().contains(QStringLiteral("dashed: TPU")));
    document_->setCompareEnabled(false);
    scheduler_->evaluateNow();
    show();
    QVERIFY(onlyVisible(value, QStringLiteral("GPU")).valid());
    QVERIFY(noneVisibleNamed(value, views[0].name + QStringLiteral(": GPU")));
}

void TestChipsPage::headlineShowsTheValueLines() {
    QWidget parent;
    const std::unique_ptr<PageHeadline> headline = ChipsPage::headline(&parent);
    headline->showResults(scheduler_->views());
    ChartWidget* c = headline->chart();
    const ChipsResults& chips = engine();
    QVERIFY(matches(c->points(onlyVisible(c, QStringLiteral("Inference ASIC"))), chips.hazard, chips.valueAsic));
    QVERIFY(matches(c->points(onlyVisible(c, QStringLiteral("GPU"))), chips.hazard, chips.valueGpu));
    QCOMPARE(markerX(c, QStringLiteral("Your λ")), 0.15);
}

void TestChipsPage::screenshot() {
    const QString dir = qEnvironmentVariable("LEVERBOARD_SCREENSHOT_DIR");
    if (dir.isEmpty()) QSKIP("set LEVERBOARD_SCREENSHOT_DIR to save the page as PNG");
    page_->show();
    QVERIFY(page_->grab().save(QDir(dir).filePath(QStringLiteral("chips.png"))));
    document_->setCompareEnabled(true);
    scheduler_->evaluateNow();
    show();
    QVERIFY(page_->grab().save(QDir(dir).filePath(QStringLiteral("chips-compare.png"))));
}

QTEST_MAIN(TestChipsPage)
#include "test_chips_page.moc"
