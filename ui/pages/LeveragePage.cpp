#include "pages/LeveragePage.h"

#include <QGridLayout>
#include <QVBoxLayout>
#include <algorithm>

#include "charts/BarChartWidget.h"
#include "models/LeverageModel.h"
#include "pages/PageAxes.h"
#include "style/Palette.h"
#include "widgets/KpiCard.h"

namespace leverboard::ui {
namespace {

const std::array<QColor, 3> kStageColors{QColor(0x59, 0xa1, 0x4f), QColor(0xe1, 0x57, 0x59),
                                        QColor(0x9c, 0x9c, 0x9c)};

// A log axis cannot show C = 0, the no-AI case every comparison starts from.
// Compute axes therefore plot 1 + C, which is also how the parameter's
// slider is scaled; 1 on the axis is "no AI".
double computeX(double compute) { return 1.0 + compute; }

// Pinned to the parameter's range (C = 0 … 10,000) so the axis does not run
// on to the next decade.
AxisSpec computeAxis() {
    return AxisSpec(LeveragePage::tr("1 + compute per person (units)"), AxisScale::Log, QStringLiteral("%.3g"), 1.0,
                    computeX(spec(ParamId::LevComputePerPerson).max));
}

AxisSpec monthAxis() { return wholeNumberAxis(LeveragePage::tr("Month")); }
AxisSpec peopleAxis() { return wholeNumberAxis(LeveragePage::tr("People")); }

QString costAxisTitle(const MoneyScale& scale) {
    return LeveragePage::tr("Cost (%1 / quarter)").arg(scale.unitName());
}

// Points of the entries that have a value (infeasible ones are left out,
// which leaves that range of the chart empty).
QList<QPointF> presentPoints(const std::vector<double>& x, const std::vector<MaybeNumber>& y,
                             double (*mapX)(double) = nullptr, double yDivisor = 1.0) {
    const std::size_t n = std::min(x.size(), y.size());
    QList<QPointF> points;
    points.reserve(static_cast<qsizetype>(n));
    for (std::size_t i = 0; i < n; ++i)
        if (y[i]) points.append(QPointF(mapX ? mapX(x[i]) : x[i], *y[i] / yDivisor));
    return points;
}

// A scenario's label where space is short (bar categories): the part before
// a colon ("Bear: the escalator" → "Bear"), at most 14 characters.
QString shortName(const QString& name) {
    QString shortened = name.section(QLatin1Char(':'), 0, 0).trimmed();
    if (shortened.isEmpty()) shortened = name;
    if (shortened.size() > 14) shortened = shortened.left(13) + QChar(0x2026);
    return shortened;
}

bool sameShares(const LeverageResults& a, const LeverageResults& b) {
    for (std::size_t i = 0; i < a.stages.size(); ++i)
        if (a.stages[i].share != b.stages[i].share) return false;
    return true;
}

// The Overview's leverage tile: the team needed against compute, with the
// scenario's own compute marked.
class HeadcountHeadline final : public PageHeadline {
public:
    explicit HeadcountHeadline(QWidget* parent)
        : chart_(new ChartWidget(LeveragePage::tr("Team needed vs. compute"),
                                 // 1 + C, as on the page: C = 0 (no AI) has a place on the log
                                 // axis and the labels read 1, 10, …, 10000.
                                 AxisSpec(LeveragePage::tr("1 + compute / person"), AxisScale::Log,
                                          QStringLiteral("%.3g"), 1.0, computeX(spec(ParamId::LevComputePerPerson).max)),
                                 AxisSpec{LeveragePage::tr("People"), AxisScale::Linear, QStringLiteral("%.0f"), 0.0,
                                          std::nullopt},
                                 parent)) {
        headcount_ = ScenarioSeries::declareLines(chart_, LeveragePage::tr("Required headcount"));
        scenarioCompute_ = ScenarioSeries::declarePoints(chart_, LeveragePage::tr("Your compute"));
        ScenarioSeries::addSlotBySlot({&headcount_, &scenarioCompute_});
        // The legend names the scenarios in compare mode, the point's role otherwise.
        headcount_.legend(ScenarioSeries::Legend::CompareOnly);
        scenarioCompute_.names(LeveragePage::tr("Your compute"), QString()).legend(ScenarioSeries::Legend::SingleOnly);
    }

    ChartWidget* chart() const override { return chart_; }

    void showResults(const std::vector<ScenarioView>& views) override {
        bool anyFeasible = false;
        bool anyData = false;
        headcount_.show(views, [&](const ScenarioView& view) {
            const LeverageResults& lev = view.results->get<LeverageResults>();
            // Infeasible compute levels (no team reaches the target) leave a gap.
            const QList<QPointF> feasible = presentPoints(lev.computeGrid, lev.headcountAtCompute, computeX);
            anyData = anyData || std::min(lev.computeGrid.size(), lev.headcountAtCompute.size()) > 0;
            anyFeasible = anyFeasible || !feasible.isEmpty();
            return stepPoints(feasible);
        });
        scenarioCompute_.show(views, [](const ScenarioView& view) {
            const LeverageResults& lev = view.results->get<LeverageResults>();
            QList<QPointF> marked;
            if (lev.requiredHeadcount) marked.append(QPointF(computeX(lev.compute), *lev.requiredHeadcount));
            return marked;
        });
        chart_->setNote(!anyData       ? LeveragePage::tr("No data")
                        : anyFeasible ? QString()
                                      : LeveragePage::tr("No team size reaches the target"));
        chart_->updateRanges();
    }

private:
    ChartWidget* chart_;
    ScenarioSeries headcount_;
    ScenarioSeries scenarioCompute_;  // the scenario's C on its step line
};

}  // namespace

std::unique_ptr<PageHeadline> LeveragePage::headline(QWidget* parent) {
    return std::make_unique<HeadcountHeadline>(parent);
}

LeveragePage::LeveragePage(QWidget* parent) : ModelPage(parent) {
    kpis_ = new KpiStrip({QStringLiteral("lev.required_headcount"), QStringLiteral("lev.no_ai_headcount"),
                          QStringLiteral("lev.multiplier"), QStringLiteral("lev.team_peak"),
                          QStringLiteral("lev.cost_per_quarter"), QStringLiteral("lev.optimal_compute"),
                          QStringLiteral("lev.optimal_headcount"), QStringLiteral("lev.optimal_cost_per_quarter"),
                          QStringLiteral("lev.optimal_headcount_horizon")},
                         this);
    buildHeadcountChart();
    buildTeamChart();
    buildCostChart();
    buildPathCharts();
    buildStageChart();
    charts_ = {headcountChart_, teamChart_, costChart_, pathHeadcountChart_, pathComputeChart_, stageChart_};

    // What compute buys on top, how the team path unfolds below.
    auto* grid = new QGridLayout;
    grid->setSpacing(6);
    grid->addWidget(headcountChart_, 0, 0);
    grid->addWidget(teamChart_, 0, 1);
    grid->addWidget(costChart_, 0, 2);
    grid->addWidget(pathHeadcountChart_, 1, 0);
    grid->addWidget(pathComputeChart_, 1, 1);
    grid->addWidget(stageChart_, 1, 2);
    for (int column = 0; column < 3; ++column) grid->setColumnStretch(column, 1);
    for (int row = 0; row < 2; ++row) grid->setRowStretch(row, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(kpis_);
    layout->addLayout(grid, 1);
}

void LeveragePage::buildHeadcountChart() {
    headcountChart_ = new ChartWidget(tr("Required headcount"), computeAxis(), peopleAxis(), this);
    headcountLine_ = ScenarioSeries::declareLines(headcountChart_, tr("Required headcount"));
    headcountAtScenario_ = ScenarioSeries::declarePoints(headcountChart_, tr("At your compute"), 8);
    ScenarioSeries::addSlotBySlot({&headcountLine_, &headcountAtScenario_});
    headcountAtScenario_.names(tr("At your compute"), QString()).legend(ScenarioSeries::Legend::Never);
    headcountComputeMarker_ = headcountChart_->addVerticalMarker(tr("Your compute"), role::reference());
}

void LeveragePage::buildTeamChart() {
    teamChart_ = new ChartWidget(tr("Team output (USL)"),
                                 AxisSpec(tr("Team size (people)"), AxisScale::Linear, QStringLiteral("%.0f"), 0.0),
                                 AxisSpec(tr("Output (features / quarter)"), AxisScale::Linear,
                                          QStringLiteral("%.3g"), 0.0),
                                 this);
    teamOutput_ = ScenarioSeries::declareLines(teamChart_, tr("With AI"));
    teamOutputNoAi_ = ScenarioSeries::declareLines(teamChart_, tr("No AI"), 2.0, LineStyle::Dashed);
    ScenarioSeries::addSlotBySlot({&teamOutput_, &teamOutputNoAi_});
    // One scenario: the role tells the lines apart by colour too.
    teamOutputNoAi_.singleColor(role::secondary()).names(tr("No AI"), tr("%1 (no AI)"));
    peakMarker_ = teamChart_->addVerticalMarker(tr("Peak"), role::reference());
    targetMarker_ = teamChart_->addHorizontalMarker(tr("Target"), role::alert());
}

void LeveragePage::buildCostChart() {
    costChart_ = new ChartWidget(tr("Cost per quarter"), computeAxis(),
                                 AxisSpec(costAxisTitle(costScale_), AxisScale::Log, QStringLiteral("%.3g")), this);
    costLine_ = ScenarioSeries::declareLines(costChart_, tr("Cost"));
    costOptimum_ = ScenarioSeries::declarePoints(costChart_, tr("Optimum"), 10);
    ScenarioSeries::addSlotBySlot({&costLine_, &costOptimum_});
    // In compare mode the optima are told apart by colour; only the first is in the legend.
    costOptimum_.singleColor(role::highlight())
        .names(tr("Optimum"), tr("%1 optimum"))
        .legend(ScenarioSeries::Legend::FirstOnly);
    costComputeMarker_ = costChart_->addVerticalMarker(tr("Your compute"), role::reference());
}

void LeveragePage::buildPathCharts() {
    pathHeadcountChart_ = new ChartWidget(tr("Optimal team over time"), monthAxis(), peopleAxis(), this);
    pathComputeChart_ = new ChartWidget(
        tr("Optimal compute per person"), monthAxis(),
        AxisSpec(tr("Compute per person (units)"), AxisScale::Linear, QStringLiteral("%.3g"), 0.0), this);
    pathHeadcount_ = ScenarioSeries::lines(pathHeadcountChart_, tr("Optimal headcount"));
    pathCompute_ = ScenarioSeries::lines(pathComputeChart_, tr("Optimal compute"));
    pathHeadcountChart_->addBandSource(QStringLiteral("leverage"), QStringLiteral("optimal_headcount"));  // Monte Carlo fan
    pathComputeChart_->addBandSource(QStringLiteral("leverage"), QStringLiteral("optimal_compute"));
}

void LeveragePage::buildStageChart() {
    stageChart_ = new BarChartWidget(
        tr("Time per stage (bucket effect)"),
        AxisSpec(tr("Time (% of no-AI total)"), AxisScale::Linear, QStringLiteral("%.0f"), 0.0), this);
    stageChart_->setStacked(true);
    stageChart_->setCategories({tr("Before AI"), tr("With AI")});
    const std::array<QString, 3> names{tr("Generate"), tr("Review"), tr("Other")};
    const std::array<QString, 3> descriptions{tr("Writing code and drafts"), tr("Review and verification"),
                                              tr("Everything else")};
    for (std::size_t i = 0; i < names.size(); ++i) {
        stageSets_[i] = stageChart_->addSet(names[i], kStageColors[i]);
        stageChart_->setSetDescription(stageSets_[i], descriptions[i]);
    }
}

void LeveragePage::showResults(const std::vector<ScenarioView>& views) {
    if (views.empty() || !views.front().results) return;
    kpis_->showResults(*views.front().results);
    showHeadcount(views);
    showTeam(views);
    showCost(views);
    showPaths(views);
    showStages(views);
}

void LeveragePage::showHeadcount(const std::vector<ScenarioView>& views) {
    bool anyFeasible = false;
    headcountLine_.show(views, [&anyFeasible](const ScenarioView& view) {
        const LeverageResults& lev = view.results->get<LeverageResults>();
        const QList<QPointF> points = presentPoints(lev.computeGrid, lev.headcountAtCompute, computeX);
        anyFeasible = anyFeasible || !points.isEmpty();
        return stepPoints(points);
    });
    headcountAtScenario_.show(views, [](const ScenarioView& view) {
        const LeverageResults& lev = view.results->get<LeverageResults>();
        QList<QPointF> atScenario;
        if (lev.requiredHeadcount) atScenario.append(QPointF(computeX(lev.compute), *lev.requiredHeadcount));
        return atScenario;
    });
    const LeverageResults& active = views.front().results->get<LeverageResults>();
    headcountChart_->setMarker(headcountComputeMarker_, computeX(active.compute));
    headcountChart_->setNote(anyFeasible ? QString() : tr("No team size reaches the target"));
    headcountChart_->updateRanges();
}

void LeveragePage::showTeam(const std::vector<ScenarioView>& views) {
    teamOutput_.show(views, [](const ScenarioView& view) {
        const LeverageResults& lev = view.results->get<LeverageResults>();
        return toPoints(lev.teamSize, lev.teamOutput);
    });
    teamOutputNoAi_.show(views, [](const ScenarioView& view) {
        const LeverageResults& lev = view.results->get<LeverageResults>();
        return toPoints(lev.teamSize, lev.teamOutputNoAi);
    });
    const LeverageResults& active = views.front().results->get<LeverageResults>();
    teamChart_->setMarker(peakMarker_, active.teamPeak);
    teamChart_->setMarker(targetMarker_, active.targetWork);
    teamChart_->updateRanges();
}

void LeveragePage::showCost(const std::vector<ScenarioView>& views) {
    // The unit follows what the active scenario's team costs now.
    const LeverageResults& active = views.front().results->get<LeverageResults>();
    MaybeNumber reference = active.costPerQuarter ? active.costPerQuarter : active.optimalCostPerQuarter;
    if (!reference)
        for (const MaybeNumber& cost : active.costAtCompute)
            if (cost) reference = cost;
    if (reference && costScale_.update(*reference)) costChart_->setYAxisTitle(costAxisTitle(costScale_));
    const double divisor = costScale_.divisor();

    costLine_.show(views, [divisor](const ScenarioView& view) {
        const LeverageResults& lev = view.results->get<LeverageResults>();
        return presentPoints(lev.computeGrid, lev.costAtCompute, computeX, divisor);
    });
    costOptimum_.show(views, [divisor](const ScenarioView& view) {
        const LeverageResults& lev = view.results->get<LeverageResults>();
        QList<QPointF> optimum;
        if (lev.optimalCompute && lev.optimalCostPerQuarter)
            optimum.append(QPointF(computeX(*lev.optimalCompute), *lev.optimalCostPerQuarter / divisor));
        return optimum;
    });
    costChart_->setMarker(costComputeMarker_, computeX(active.compute));
    costChart_->updateRanges();
}

void LeveragePage::showPaths(const std::vector<ScenarioView>& views) {
    bool anyPath = false;
    pathHeadcount_.show(views, [&anyPath](const ScenarioView& view) {
        const LeverageResults& lev = view.results->get<LeverageResults>();
        const QList<QPointF> headcount = presentPoints(lev.month, lev.optimalHeadcountPath);
        anyPath = anyPath || !headcount.isEmpty();
        return stepPoints(headcount);
    });
    pathCompute_.show(views, [](const ScenarioView& view) {
        const LeverageResults& lev = view.results->get<LeverageResults>();
        return stepPoints(presentPoints(lev.month, lev.optimalComputePath));
    });
    const QString note = anyPath ? QString() : tr("No team reaches the target");
    pathHeadcountChart_->setNote(note);
    pathComputeChart_->setNote(note);
    pathHeadcountChart_->updateRanges();
    pathComputeChart_->updateRanges();
}

void LeveragePage::showStages(const std::vector<ScenarioView>& views) {
    // Stacked bars: a bar's height is the total time relative to no AI (1/m
    // with AI), its slices show which stage now holds the team back. The
    // no-AI bar depends only on the shares, so compared scenarios share it
    // unless their shares differ.
    QStringList categories;
    std::array<QList<double>, 3> values;
    auto addBar = [&](const QString& category, const LeverageResults& lev, bool withAi) {
        categories.append(category);
        for (std::size_t i = 0; i < values.size(); ++i)
            values[i].append(100.0 * (withAi ? lev.stages[i].timeAfter : lev.stages[i].share));
    };
    if (views.size() == 1) {
        const LeverageResults& lev = views.front().results->get<LeverageResults>();
        addBar(tr("Before AI"), lev, false);
        addBar(tr("With AI"), lev, true);
    } else {
        QStringList names;
        for (const ScenarioView& view : views) names.append(shortName(view.name));
        if (names.removeDuplicates() > 0) {  // short names clash: use the full ones
            names.clear();
            for (const ScenarioView& view : views) names.append(view.name);
        }
        const LeverageResults& active = views.front().results->get<LeverageResults>();
        bool sharesDiffer = false;
        for (const ScenarioView& view : views) sharesDiffer = sharesDiffer || !sameShares(view.results->get<LeverageResults>(), active);
        for (std::size_t slot = 0; slot < views.size(); ++slot) {
            const LeverageResults& lev = views[slot].results->get<LeverageResults>();
            if (slot == 0 || sharesDiffer)
                addBar(sharesDiffer ? tr("%1 no AI").arg(names[qsizetype(slot)]) : tr("No AI"), lev, false);
            addBar(names[qsizetype(slot)], lev, true);
        }
    }
    stageChart_->setCategories(categories);
    for (std::size_t i = 0; i < values.size(); ++i) stageChart_->setValues(stageSets_[i], values[i]);
    stageChart_->updateRanges();
}

}  // namespace leverboard::ui
