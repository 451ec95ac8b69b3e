// The attribution waterfall on the Compare page (issue 13): by default the
// active scenario against the first other compared one; the waterfall starts
// at k(A) and ends at k(B) as plain evaluations give them, its bars are
// attribute()'s Shapley values sorted by size, and they add up to
// k(B) − k(A). The report carries the same contributions as a table.

#include <QComboBox>
#include <QLabel>
#include <QtTest>
#include <cmath>

#include "analysis/Attribution.h"
#include "analysis/AttributionView.h"
#include "charts/WaterfallChart.h"
#include "document/EvaluationScheduler.h"
#include "document/WorkspaceDocument.h"
#include "models/Engine.h"
#include "pages/ComparePage.h"
#include "present/Report.h"
#include "workspace/FileController.h"

using namespace leverboard;
using namespace leverboard::ui;

namespace {

double npvOf(const Scenario& scenario) {
    const Results results = evaluate(scenario);
    return *results.kpi("capex.npv")->value;
}

}  // namespace

class TestAttributionView : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void defaultsAreActiveAgainstFirstCompared();
    void barsAddUpAndMatchAttribute();
    void otherKpiAndScenarios();
    void hiddenWithoutCompare();
    void reportHasTheContributions();
    void nullCoalitionsAreNamedInsteadOfBars();

private:
    std::unique_ptr<WorkspaceDocument> document_;
    std::unique_ptr<EvaluationScheduler> scheduler_;
    std::unique_ptr<ComparePage> page_;
    int bear_ = -1;
};

void TestAttributionView::init() {
    Workspace workspace = FileController::bundledDefaultWorkspace();
    bear_ = -1;
    for (std::size_t i = 0; i < workspace.scenarios.size(); ++i)
        if (workspace.scenarios[i].name.rfind("Bear", 0) == 0) bear_ = int(i);
    QVERIFY(bear_ > 0);
    workspace.active = 0;
    workspace.compared = {workspace.scenarios[0].name, workspace.scenarios[std::size_t(bear_)].name};
    document_ = std::make_unique<WorkspaceDocument>();
    document_->reset(workspace, QString());
    document_->setCompareEnabled(true);
    scheduler_ = std::make_unique<EvaluationScheduler>(document_.get());
    page_ = std::make_unique<ComparePage>(document_.get());
    page_->resize(1000, 800);
    page_->show();
    scheduler_->evaluateNow();
    page_->showResults(scheduler_->views());
    page_->attributionView()->waitForResult();
}

void TestAttributionView::cleanup() {
    page_.reset();
    scheduler_.reset();
    document_.reset();
}

void TestAttributionView::defaultsAreActiveAgainstFirstCompared() {
    AttributionView* view = page_->attributionView();
    QVERIFY(view->isVisibleTo(page_.get()));
    QCOMPARE(view->kpi(), std::string("capex.npv"));
    QCOMPARE(view->fromScenario(), 0);
    QCOMPARE(view->toScenario(), bear_);
}

void TestAttributionView::barsAddUpAndMatchAttribute() {
    AttributionView* view = page_->attributionView();
    QVERIFY(view->result());
    const WaterfallData& data = view->chart()->data();
    const Scenario& a = document_->workspace().scenarios[0];
    const Scenario& b = document_->workspace().scenarios[std::size_t(bear_)];
    // The ends are the scenarios' own NPVs.
    QCOMPARE(data.start, npvOf(a));
    QCOMPARE(data.end, npvOf(b));
    QVERIFY(data.start != data.end);
    // The bars add up: k(A) + Σ φ = k(B).
    double sum = 0;
    for (const WaterfallData::Step& step : data.steps) sum += step.value;
    QVERIFY2(std::fabs(data.start + sum - data.end) <= 1e-9 * std::max(1.0, std::fabs(data.end)),
             qPrintable(QString::number(data.start + sum - data.end)));
    // The last bar ends at k(B).
    const int last = int(data.steps.size()) - 1;
    QVERIFY(std::fabs(view->chart()->stepTo(last) - data.end) <= 1e-9 * std::max(1.0, std::fabs(data.end)));
    // One bar per contribution of attribute(), in its order (by |φ|, largest first).
    const analysis::AttributionResult expected = analysis::attribute(a, b, "capex.npv");
    QCOMPARE(data.steps.size(), expected.contributions.size());
    QVERIFY(data.steps.size() >= 2);
    for (std::size_t i = 0; i < data.steps.size(); ++i) {
        QCOMPARE(data.steps[i].value, expected.contributions[i].value);
        if (i > 0) QVERIFY(std::fabs(data.steps[i - 1].value) >= std::fabs(data.steps[i].value));
        QVERIFY(!data.steps[i].label.isEmpty());
        QVERIFY(!data.steps[i].error);  // exact method: no error bars
    }
    // The labels carry the sign: the text beside the largest bar starts with + or −.
    const QString text = view->chart()->stepText(0);
    QVERIFY2(text.startsWith(QLatin1Char('+')) || text.startsWith(QChar(0x2212)), qPrintable(text));
}

void TestAttributionView::otherKpiAndScenarios() {
    AttributionView* view = page_->attributionView();
    view->setKpi("capex.payback_years");
    view->setScenarios(bear_, 0);  // the other way round
    view->waitForResult();
    const Scenario& a = document_->workspace().scenarios[std::size_t(bear_)];
    const Scenario& b = document_->workspace().scenarios[0];
    const analysis::AttributionResult expected = analysis::attribute(a, b, view->kpi());
    QVERIFY(view->result());
    QCOMPARE(view->result()->kpi, view->kpi());
    if (expected.nullCoalitionCount > 0) {
        QVERIFY(view->chart()->isEmpty());
        QVERIFY(view->messageLabel()->text().contains(QStringLiteral("No bars")));
        return;
    }
    double sum = 0;
    for (const auto& step : view->chart()->data().steps) sum += step.value;
    QVERIFY(std::fabs(view->chart()->data().start + sum - view->chart()->data().end) <=
            1e-9 * std::max(1.0, std::fabs(view->chart()->data().end)));

    // The same scenario twice: a sentence, no bars.
    view->setScenarios(0, 0);
    QVERIFY(view->chart()->isEmpty());
    QVERIFY(!view->messageLabel()->text().isEmpty());
}

void TestAttributionView::hiddenWithoutCompare() {
    document_->setCompareEnabled(false);
    scheduler_->evaluateNow();
    page_->showResults(scheduler_->views());
    QVERIFY(!page_->attributionView()->isVisibleTo(page_.get()));
}

void TestAttributionView::reportHasTheContributions() {
    const std::vector<ScenarioView>& views = scheduler_->views();
    QCOMPARE(int(views.size()), 2);
    const Report report(document_->workspace(), QStringLiteral("test"), views, {});
    const analysis::AttributionResult expected = analysis::attribute(
        document_->workspace().scenarios[0], document_->workspace().scenarios[std::size_t(bear_)], "capex.npv");
    const report::ReportTable& table = report.tables().back();
    QCOMPARE(table.rows.size(), expected.contributions.size() + 2);  // A, one row each, B
    QCOMPARE(table.rows.front().cells.at(0), views[0].name);
    QCOMPARE(table.rows.back().cells.at(0), views[1].name);
    // Without compare: no such table.
    const Report single(document_->workspace(), QStringLiteral("test"), {views[0]}, {});
    QVERIFY(single.tables().size() < report.tables().size());
}

void TestAttributionView::nullCoalitionsAreNamedInsteadOfBars() {
    // B: A with utilization at its floor and a higher GPU price. The payback
    // period is null wherever utilization comes from B (never paid back).
    Workspace workspace = document_->workspace();
    Scenario b = workspace.scenarios[0];
    b.name = "Idle";
    b[ParamId::CapexUtilization] = spec(ParamId::CapexUtilization).min;
    b[ParamId::CapexGpuPrice] = workspace.scenarios[0][ParamId::CapexGpuPrice] * 1.2;
    {
        const Results results = evaluate(b);
        QVERIFY2(!results.kpi("capex.payback_years")->value, "precondition: no payback at the floor");
    }
    workspace.scenarios.push_back(b);
    const int idle = int(workspace.scenarios.size()) - 1;
    workspace.compared = {workspace.scenarios[0].name, b.name};
    document_->reset(workspace, QString());
    document_->setCompareEnabled(true);
    scheduler_->evaluateNow();
    page_->showResults(scheduler_->views());
    AttributionView* view = page_->attributionView();
    view->waitForResult();
    QCOMPARE(view->toScenario(), idle);
    view->setKpi("capex.payback_years");
    view->waitForResult();
    const analysis::AttributionResult expected =
        analysis::attribute(workspace.scenarios[0], workspace.scenarios[std::size_t(idle)], "capex.payback_years");
    QVERIFY(expected.nullCoalitionCount > 0);
    QVERIFY(view->chart()->isEmpty());
    const QString message = view->messageLabel()->text();
    QVERIFY2(message.startsWith(QStringLiteral("No bars")), qPrintable(message));
    // The coalitions are named by their parameters' labels: utilization taken from B.
    QVERIFY2(message.contains(QStringLiteral("Utilization")), qPrintable(message));
}

QTEST_MAIN(TestAttributionView)
#include "test_attribution_view.moc"
