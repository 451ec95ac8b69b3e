// Live Monte Carlo in the dashboard (issue 12): the KPI cards' P50, P10–P90 and
// probability text, the fan bands read back against the engine's SeriesBand,
// the live path that cancels and never shows a result for an old parameter
// value, and the Distributions page's difference probability. Expected values
// come from runMonteCarlo called here (the engine, not the widgets), counted
// by hand where the statistic is a count.

#include <QLabel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QThread>
#include <QElapsedTimer>
#include <QtTest>
#include <cmath>

#include "MainWindow.h"
#include "analysis/DistributionsPage.h"
#include "analysis/LatestJob.h"
#include "analysis/MonteCarlo.h"
#include "analysis/UncertaintyController.h"
#include "charts/ChartWidget.h"
#include "document/EvaluationScheduler.h"
#include "document/WorkspaceDocument.h"
#include "format/PeopleNumbers.h"
#include "models/CapexModel.h"
#include "models/CostCurveModel.h"
#include "models/Engine.h"
#include "models/HalfLifeModel.h"
#include "models/ModelRegistry.h"
#include "pages/CapexPage.h"
#include "pages/CostPage.h"
#include "pages/HalfLifePage.h"
#include "pages/PageRegistry.h"
#include "present/PageCharts.h"
#include "present/Report.h"
#include "widgets/KpiCard.h"

using namespace leverboard;
using namespace leverboard::ui;

namespace {

// "frontier decline 5–10×" and "economic life 2–4 years" (issue 12, "Done when"),
// and a rental price of $3–10 an hour so that NPV falls on both sides of 0.
void addUncertainty(Scenario& scenario) {
    scenario.uncertainty.set(ParamId::CapexRentalPrice, Distribution{DistributionKind::Uniform, 3, 10, 0});
    scenario.uncertainty.set(ParamId::CapexEconomicLife, Distribution{DistributionKind::Uniform, 2, 4, 0});
    scenario.uncertainty.set(ParamId::CostFrontierDecline, Distribution{DistributionKind::Uniform, 5, 10, 0});
}

int pageIndex(std::string_view id) {
    const auto specs = pageSpecs();
    for (std::size_t i = 0; i < specs.size(); ++i)
        if (specs[i].id == id) return int(i);
    return -1;
}

KpiCard* card(QWidget* page, const QString& id) {
    for (KpiCard* c : page->findChildren<KpiCard*>())
        if (c->kpiId() == id) return c;
    return nullptr;
}

analysis::MonteCarloResult reference(const Scenario& scenario, std::size_t samples,
                                     std::vector<analysis::SeriesRef> series = {}) {
    analysis::MonteCarloOptions options;
    options.samples = samples;
    options.seed = UncertaintyController::kSeed;
    options.kpis = {"capex.npv"};
    options.series = std::move(series);
    return analysis::runMonteCarlo(scenario, options);
}

// Waits (processing events) until the refinement has landed.
bool settle(UncertaintyController* controller) {
    // The refinement starts kRefineDelayMs after the last change, then runs on the pool.
    for (int i = 0; i < 2000 && controller->refining(); ++i) {
        QTest::qWait(5);
        controller->job()->wait();
        QCoreApplication::processEvents();
    }
    QCoreApplication::processEvents();
    return !controller->refining();
}

QString wholePercent(double p) { return QStringLiteral("%1%").arg(std::lround(p * 100)); }

// The chart of a page whose title starts with this text.
ChartWidget* chartTitled(ModelPage* page, const QString& title) {
    for (ChartWidget* chart : page->lineCharts())
        if (chart->title().startsWith(title)) return chart;
    return nullptr;
}

// The band drawn for a column against the engine's SeriesBand in the chart's
// unit (dollars / divisor), row by row, x from the model's series table.
bool bandMatches(const ChartWidget::BandPoints& shown, const analysis::SeriesBand& band, const SeriesTable& table,
                 double divisor) {
    if (!shown.visible || std::size_t(shown.p50.size()) != band.p50.size() ||
        std::size_t(shown.p10.size()) != band.p10.size() || band.p50.size() != table.rows.size())
        return false;
    auto near = [](double a, double b) { return std::fabs(a - b) <= 1e-9 * std::fabs(b) + 1e-12; };
    for (std::size_t i = 0; i < band.p50.size(); ++i) {
        const auto row = qsizetype(i);
        if (!band.p10[i] || !band.p50[i] || !band.p90[i] || !table.rows[i].front()) return false;
        if (shown.p50[row].x() != *table.rows[i].front()) return false;
        if (!near(shown.p10[row].y(), *band.p10[i] / divisor) || !near(shown.p50[row].y(), *band.p50[i] / divisor) ||
            !near(shown.p90[row].y(), *band.p90[i] / divisor))
            return false;
    }
    return true;
}

}  // namespace

class TestUncertaintyLive : public QObject {
    Q_OBJECT

    std::unique_ptr<WorkspaceDocument> document_;
    std::unique_ptr<MainWindow> window_;
    UncertaintyController* controller_ = nullptr;

    void openWithUncertainty(bool alsoBull = false) {
        document_ = std::make_unique<WorkspaceDocument>();
        window_ = std::make_unique<MainWindow>(document_.get());
        controller_ = window_->findChild<UncertaintyController*>();
        QVERIFY(controller_);
        Workspace workspace = document_->workspace();
        workspace.active = 0;  // Base
        addUncertainty(workspace.scenarios[0]);
        if (alsoBull)
            for (Scenario& s : workspace.scenarios)
                if (QString::fromStdString(s.name).startsWith(QStringLiteral("Bull"))) addUncertainty(s);
        document_->applyWorkspace(workspace);
        window_->scheduler()->evaluateNow();
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void cleanup() {
        window_.reset();
        document_.reset();
    }

    void noUncertaintyShowsNothing() {
        document_ = std::make_unique<WorkspaceDocument>();
        window_ = std::make_unique<MainWindow>(document_.get());
        controller_ = window_->findChild<UncertaintyController*>();
        window_->showPage(pageIndex("capex"));
        window_->scheduler()->evaluateNow();
        QVERIFY(!controller_->active());
        QVERIFY(!controller_->result(0));
        QVERIFY(card(window_->currentPage(), QStringLiteral("capex.npv"))->uncertaintyText().isEmpty());
        auto* capex = qobject_cast<CapexPage*>(window_->currentPage());
        QVERIFY(!capex->cashFlowChart()->band(QStringLiteral("cumulative_cash_flow")).visible);
    }

    void firstPassThenRefinementOnTheCards() {
        openWithUncertainty();
        window_->showPage(pageIndex("capex"));
        window_->scheduler()->evaluateNow();
        // The first pass is there in the same turn, before any event is processed.
        QCOMPARE(controller_->samples(), UncertaintyController::kFirstPassSamples);
        const Scenario& base = document_->activeScenario();
        const analysis::MonteCarloResult first = reference(base, UncertaintyController::kFirstPassSamples);
        KpiCard* npv = card(window_->currentPage(), QStringLiteral("capex.npv"));
        QVERIFY(npv);
        const analysis::KpiStats* firstNpv = first.kpi("capex.npv");
        QVERIFY(firstNpv && firstNpv->pGood);
        QVERIFY2(npv->uncertaintyText().contains(QStringLiteral("P(NPV > 0) = ") + wholePercent(*firstNpv->pGood)),
                 qPrintable(npv->uncertaintyText()));
        // Numbers as people read them in the locale (PeopleNumbers: 1000, 10,000).
        QCOMPARE(controller_->statusText(), QStringLiteral("Monte Carlo: %1 samples, refining…").arg(formatInteger(1000)));

        QVERIFY(settle(controller_));
        QCOMPARE(controller_->samples(), UncertaintyController::kFullSamples);
        const analysis::MonteCarloResult full = reference(base, UncertaintyController::kFullSamples);
        const analysis::KpiStats* fullNpv = full.kpi("capex.npv");
        QVERIFY(fullNpv && fullNpv->pGood && fullNpv->p10 && fullNpv->p50 && fullNpv->p90);
        // NPV is not certain either way with a 2–4 year economic life: both sides occur.
        QVERIFY(*fullNpv->pGood > 0.01 && *fullNpv->pGood < 0.99);
        const QString text = npv->uncertaintyText();
        QVERIFY2(text.contains(QStringLiteral("P(NPV > 0) = ") + wholePercent(*fullNpv->pGood)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("P50 ") + formatMoney(*fullNpv->p50)), qPrintable(text));
        QVERIFY2(text.contains(formatMoney(*fullNpv->p10) + QStringLiteral(" – ") + formatMoney(*fullNpv->p90)),
                 qPrintable(text));
        QCOMPARE(controller_->statusText(), QStringLiteral("Monte Carlo: %1 samples").arg(formatInteger(10000)));
        auto* indicator = window_->statusBar()->findChild<QLabel*>(QStringLiteral("MonteCarloIndicator"));
        QVERIFY(indicator && indicator->isVisibleTo(window_.get()));
        QCOMPARE(indicator->text(), controller_->statusText());
        // Its width holds through "refining…" and back (no status-bar relayout per tick).
        const int settledWidth = indicator->width();
        document_->setParameter(ParamId::CapexUtilization, 0.8);
        window_->scheduler()->evaluateNow();
        QCoreApplication::processEvents();
        QVERIFY(controller_->statusText().contains(QStringLiteral("refining")));
        QVERIFY(settle(controller_));
        QCoreApplication::processEvents();
        QVERIFY(!controller_->statusText().contains(QStringLiteral("refining")));
        QVERIFY(indicator->minimumWidth() >= indicator->sizeHint().width());
        QVERIFY(indicator->width() >= settledWidth);
        // A KPI without a natural threshold gets its range and no probability.
        const QString payback = card(window_->currentPage(), QStringLiteral("capex.payback_years"))->uncertaintyText();
        QVERIFY(!payback.contains(QStringLiteral("P(")));
    }

    void fanBandReadsBackTheEnginesBand() {
        openWithUncertainty();
        window_->showPage(pageIndex("capex"));
        window_->scheduler()->evaluateNow();
        QVERIFY(settle(controller_));
        auto* capex = qobject_cast<CapexPage*>(window_->currentPage());
        const ChartWidget::BandPoints shown = capex->cashFlowChart()->band(QStringLiteral("cumulative_cash_flow"));
        QVERIFY(shown.visible);
        const analysis::SeriesRef ref{"capex", "cumulative_cash_flow"};
        const analysis::MonteCarloResult full =
            reference(document_->activeScenario(), UncertaintyController::kFullSamples, {ref});
        const analysis::SeriesBand* band = full.band(ref);
        QVERIFY(band);
        const Results results = evaluate(document_->activeScenario());
        const auto& years = results.get<CapexResults>().years;
        QCOMPARE(std::size_t(shown.p50.size()), band->p50.size());
        QCOMPARE(std::size_t(shown.p10.size()), band->p10.size());
        for (std::size_t i = 0; i < band->p50.size(); ++i) {
            QVERIFY(band->p10[i] && band->p50[i] && band->p90[i]);
            QCOMPARE(shown.p10[qsizetype(i)].x(), double(years[i].year));
            QVERIFY(std::fabs(shown.p10[qsizetype(i)].y() - *band->p10[i] / 1e9) <= 1e-9 * std::fabs(*band->p10[i] / 1e9) + 1e-12);
            QVERIFY(std::fabs(shown.p50[qsizetype(i)].y() - *band->p50[i] / 1e9) <= 1e-9 * std::fabs(*band->p50[i] / 1e9) + 1e-12);
            QVERIFY(std::fabs(shown.p90[qsizetype(i)].y() - *band->p90[i] / 1e9) <= 1e-9 * std::fabs(*band->p90[i] / 1e9) + 1e-12);
            QVERIFY(shown.p10[qsizetype(i)].y() <= shown.p90[qsizetype(i)].y());
        }
        // The band is wide where the economic life matters: a real fan, not a line.
        QVERIFY(shown.p90.back().y() > shown.p10.back().y());
        // The axis range takes the band in.
        QVERIFY(capex->cashFlowChart()->yRange().first <= shown.p10.front().y());
    }

    // The half-life page's money charts pick their unit from the data: the fan
    // is drawn in the unit of the lines, also right after an edit that changes
    // the unit (the first pass lands before the page redraws its lines).
    void halfLifeMoneyBandsFollowTheChartsUnit() {
        openWithUncertainty();
        Workspace workspace = document_->workspace();
        workspace.scenarios[0].uncertainty.set(ParamId::LifeHalfLifeMonths,
                                               Distribution{DistributionKind::Uniform, 3, 12, 0});
        workspace.scenarios[0].uncertainty.set(ParamId::LifeQueriesPerMonth,
                                               Distribution{DistributionKind::Uniform, 1e9, 4e9, 0});
        document_->applyWorkspace(workspace);
        window_->showPage(pageIndex("half_life"));
        window_->scheduler()->evaluateNow();
        QVERIFY(settle(controller_));
        auto* page = qobject_cast<HalfLifePage*>(window_->currentPage());
        QVERIFY(page);
        ChartWidget* cumulative = chartTitled(page, QStringLiteral("Cumulative cost"));
        ChartWidget* replication = chartTitled(page, QStringLiteral("Competitor"));
        QVERIFY(cumulative && replication);

        const std::vector<analysis::SeriesRef> refs{{"half_life", "cumulative_inference"},
                                                   {"half_life", "cumulative_pretrain"},
                                                   {"half_life", "replication_cost"}};
        auto check = [&](std::size_t samples) {
            const Scenario& scenario = document_->activeScenario();
            const analysis::MonteCarloResult expected = reference(scenario, samples, refs);
            const SeriesTable table = findModel("half_life")->seriesTable(evaluate(scenario));
            const analysis::SeriesBand* inference = expected.band(refs[0]);
            const analysis::SeriesBand* pretrain = expected.band(refs[1]);
            const analysis::SeriesBand* replicationBand = expected.band(refs[2]);
            QVERIFY(inference && pretrain && replicationBand);
            QVERIFY(bandMatches(cumulative->band(QStringLiteral("cumulative_inference")), *inference, table,
                                page->cumulativeDivisor()));
            QVERIFY(bandMatches(cumulative->band(QStringLiteral("cumulative_pretrain")), *pretrain, table,
                                page->cumulativeDivisor()));
            QVERIFY(bandMatches(replication->band(QStringLiteral("replication_cost")), *replicationBand, table,
                                page->replicationDivisor()));
            // A real fan: the uncertain half-life and query volume spread the cumulative cost.
            QVERIFY(inference->p90.back() > inference->p10.back());
        };
        check(UncertaintyController::kFullSamples);
        // Every existing line is unchanged: the think-longer line ends where the model's series ends.
        const HalfLifeResults life = evaluate(document_->activeScenario()).get<HalfLifeResults>();
        const QList<QPointF> line = cumulative->points(cumulative->findSeries(QStringLiteral("Think longer")));
        QVERIFY(!line.isEmpty());
        QCOMPARE(line.back().y(), life.cumulativeInference.back() / page->cumulativeDivisor());

        // A pretraining run 1,000× dearer moves both money axes to another unit.
        const double cumulativeBefore = page->cumulativeDivisor();
        const double replicationBefore = page->replicationDivisor();
        document_->setParameter(ParamId::LifePretrainCost, 1e11);
        QCoreApplication::processEvents();
        QVERIFY(page->cumulativeDivisor() != cumulativeBefore);
        QVERIFY(page->replicationDivisor() != replicationBefore);
        check(controller_->samples());  // the first pass, or the refinement if it already landed
        QVERIFY(settle(controller_));
        check(UncertaintyController::kFullSamples);
    }

    // The cost-per-task chart has one line per application: one fan each, for
    // the columns the model's series table names after the application.
    void costPerTaskBandsOnePerApplication() {
        openWithUncertainty();
        window_->showPage(pageIndex("cost"));
        window_->scheduler()->evaluateNow();
        QVERIFY(settle(controller_));
        auto* page = qobject_cast<CostPage*>(window_->currentPage());
        QVERIFY(page);
        const Scenario& scenario = document_->activeScenario();
        const Results results = evaluate(scenario);
        const auto& applications = results.get<CostResults>().applications;
        QVERIFY(!applications.empty());
        std::vector<analysis::SeriesRef> refs;
        for (const ApplicationCurve& app : applications) refs.push_back({"cost", "cost_per_task." + app.id});
        const analysis::MonteCarloResult expected = reference(scenario, UncertaintyController::kFullSamples, refs);
        const SeriesTable table = findModel("cost")->seriesTable(results);
        for (std::size_t i = 0; i < applications.size() && i < std::size_t(CostPage::kMaxApplications); ++i) {
            const analysis::SeriesBand* band = expected.band(refs[i]);
            QVERIFY(band);
            QVERIFY(band->p90.back() > band->p10.back());  // the frontier decline 5–10× spreads it
            QVERIFY2(bandMatches(page->costPerTaskChart()->band(QString::fromStdString(refs[i].column)), *band, table, 1.0),
                     refs[i].column.c_str());
        }

        // An application removed takes its fan with it; one added gets one
        // (the needs follow the new column once the page has redrawn).
        std::vector<Application> edited = scenario.applications;
        const QString removed = QStringLiteral("cost_per_task.") + QString::fromStdString(edited.front().id);
        Application added = edited.front();
        edited.erase(edited.begin());
        added.id = "fb_test_app";
        added.name = "Test application";
        edited.push_back(added);
        document_->setApplications(edited, QStringLiteral("test"));
        window_->scheduler()->evaluateNow();
        QVERIFY(settle(controller_));
        QCoreApplication::processEvents();
        QVERIFY(settle(controller_));
        QVERIFY(!page->costPerTaskChart()->band(removed).visible);
        const analysis::SeriesRef addedRef{"cost", "cost_per_task.fb_test_app"};
        const Results after = evaluate(document_->activeScenario());
        const analysis::MonteCarloResult expectedAdded =
            reference(document_->activeScenario(), UncertaintyController::kFullSamples, {addedRef});
        QVERIFY(expectedAdded.band(addedRef));
        QVERIFY(bandMatches(page->costPerTaskChart()->band(QStringLiteral("cost_per_task.fb_test_app")),
                            *expectedAdded.band(addedRef), findModel("cost")->seriesTable(after), 1.0));
    }

    void liveEditsNeverShowAStaleResult() {
        openWithUncertainty();
        window_->showPage(pageIndex("capex"));
        window_->scheduler()->evaluateNow();
        QVERIFY(settle(controller_));
        // Every result shown is checked against the engine at the value the document held then.
        struct Shown {
            double utilization;
            std::size_t samples;
            std::optional<double> p50;
        };
        std::vector<Shown> shown;
        connect(controller_, &UncertaintyController::resultsChanged, this, [&] {
            const analysis::KpiStats* npv = controller_->result(0) ? controller_->result(0)->kpi("capex.npv") : nullptr;
            shown.push_back({document_->activeScenario()[ParamId::CapexUtilization], controller_->samples(),
                             npv ? npv->p50 : std::nullopt});
        });
        document_->setParameter(ParamId::CapexUtilization, 0.55, 7);
        QCoreApplication::processEvents();  // evaluation, first pass, refinement scheduled
        QVERIFY(controller_->refining());
        // Until the refinement for 0.55 has started (its result needs another pass to arrive)…
        QElapsedTimer waited;
        waited.start();
        while (!controller_->job()->isRunning() && waited.elapsed() < 5000) {
            QThread::msleep(1);
            QCoreApplication::processEvents();
        }
        QVERIFY(controller_->job()->isRunning());
        document_->setParameter(ParamId::CapexUtilization, 0.9, 7);  // …and this cancels it
        QVERIFY(settle(controller_));
        QVERIFY(!shown.empty());
        QCOMPARE(shown.back().utilization, 0.9);
        QCOMPARE(shown.back().samples, UncertaintyController::kFullSamples);
        for (const Shown& s : shown) {
            Scenario at = document_->activeScenario();
            at[ParamId::CapexUtilization] = s.utilization;
            const analysis::MonteCarloResult engine = reference(at, s.samples);  // outlives the pointer into it
            const analysis::KpiStats* expected = engine.kpi("capex.npv");
            QVERIFY(expected && s.p50);
            QCOMPARE(*s.p50, *expected->p50);
        }
        // The 10,000-sample result for 0.55 never arrived.
        for (const Shown& s : shown)
            QVERIFY(!(s.utilization == 0.55 && s.samples == UncertaintyController::kFullSamples));
    }

    void distributionsPageDifferenceProbability() {
        openWithUncertainty(true);
        Workspace workspace = document_->workspace();
        workspace.compared.clear();
        std::string bull;
        for (const Scenario& s : workspace.scenarios)
            if (QString::fromStdString(s.name).startsWith(QStringLiteral("Bull"))) bull = s.name;
        QVERIFY(!bull.empty());
        workspace.compared = {workspace.scenarios[0].name, bull};
        document_->applyWorkspace(workspace);
        document_->setCompareEnabled(true);
        window_->showPage(pageIndex("distributions"));
        auto* page = qobject_cast<DistributionsPage*>(window_->currentPage());
        QVERIFY(page);
        page->setKpi(QStringLiteral("capex.npv"));
        window_->scheduler()->evaluateNow();
        QVERIFY(settle(controller_));
        QVERIFY(!page->showsExplanation());
        QCOMPARE(window_->scheduler()->views().size(), std::size_t(2));

        // Common random numbers: sample i of Bull against sample i of Base.
        const Scenario* bullScenario = nullptr;
        for (const Scenario& s : document_->workspace().scenarios)
            if (s.name == bull) bullScenario = &s;
        const analysis::MonteCarloResult a = reference(document_->workspace().scenarios[0], UncertaintyController::kFullSamples);
        const analysis::MonteCarloResult b = reference(*bullScenario, UncertaintyController::kFullSamples);
        const auto& av = a.kpi("capex.npv")->values;
        const auto& bv = b.kpi("capex.npv")->values;
        QCOMPARE(av.size(), UncertaintyController::kFullSamples);
        std::size_t above = 0;
        for (std::size_t i = 0; i < av.size(); ++i)
            if (av[i] && bv[i] && *bv[i] > *av[i]) ++above;
        const double p = double(above) / double(av.size());
        QVERIFY(page->differenceStats());
        QVERIFY(page->differenceStats()->pGood);
        QCOMPARE(*page->differenceStats()->pGood, p);
        QVERIFY2(page->differenceText().contains(QStringLiteral("P(Bull NPV > Base NPV) = ") + wholePercent(p)),
                 qPrintable(page->differenceText()));
        QVERIFY(page->differenceChart()->isVisibleTo(page));
    }

    void reportTablesAndFanBands() {
        Workspace workspace = defaultWorkspace();
        workspace.active = 0;
        addUncertainty(workspace.scenarios[0]);
        WorkspaceDocument document;
        document.reset(workspace, QString());
        EvaluationScheduler scheduler(&document);
        scheduler.evaluateNow();
        OffscreenPages pages;
        pages.showResults(scheduler.views());
        const Report report(document.workspace(), QStringLiteral("plans.leverboard"), scheduler.views(), pages.pages(),
                            Report::Options{});
        const report::ReportTable* distributions = nullptr;
        const report::ReportTable* ranges = nullptr;
        for (const report::ReportTable& table : report.tables()) {
            if (table.caption == QStringLiteral("Base: what the scenario is unsure about")) distributions = &table;
            if (table.caption == QStringLiteral("Base: key figures over %1 samples").arg(formatInteger(10000))) ranges = &table;
        }
        QVERIFY(distributions && ranges);
        QCOMPARE(int(distributions->rows.size()), 3);  // three distributions, no correlation
        QVERIFY(distributions->rows[0].cells.join(QLatin1Char('|')).contains(QStringLiteral("cost.frontier_decline")));
        const analysis::MonteCarloResult engine = reference(document.activeScenario(), 10000);
        const analysis::KpiStats* npv = engine.kpi("capex.npv");
        bool found = false;
        for (const report::TableRow& row : ranges->rows) {
            if (row.cells.value(0) != QStringLiteral("NPV")) continue;
            found = true;
            QCOMPARE(row.cells[2], formatMoney(*npv->p50));
            QCOMPARE(row.cells[5], QStringLiteral("P(NPV > 0) = ") + wholePercent(*npv->pGood));
        }
        QVERIFY(found);
        bool headed = false;
        for (const Report::PlannedPage& page : report.plan()) headed |= page.heading == QStringLiteral("How sure are we?");
        QVERIFY(headed);
        // The charts on paper carry the fan.
        for (ModelPage* page : pages.pages())
            if (auto* capex = qobject_cast<CapexPage*>(page))
                QVERIFY(capex->cashFlowChart()->band(QStringLiteral("cumulative_cash_flow")).visible);
    }

    void distributionsPageExplainsWithoutUncertainty() {
        document_ = std::make_unique<WorkspaceDocument>();
        window_ = std::make_unique<MainWindow>(document_.get());
        window_->showPage(pageIndex("distributions"));
        auto* page = qobject_cast<DistributionsPage*>(window_->currentPage());
        QVERIFY(page);
        QVERIFY(page->showsExplanation());
    }
};

QTEST_MAIN(TestUncertaintyLive)
#include "test_uncertainty_live.moc"
