#include "pages/LeveragePage.h"

#include <QGridLayout>
#include <QVBoxLayout>
#include <algorithm>

#include "charts/BarChartWidget.h"
#include "pages/PageAxes.h"
#include "widgets/KpiCard.h"

namespace leverboard::ui {
namespace {

// Reference lines in grey, special points in one colour readable on light
// and dark (the same choice as the cost page).
const QColor kReference(0x80, 0x80, 0x80);
const QColor kSpecialPoint(0xf2, 0xb7, 0x05);
const QColor kTarget(0xd6, 0x27, 0x28);
const QColor kNoAiRole(0xff, 0x7f, 0x0e);
const std::array<QColor, 3> kStageColors{QColor(0x59, 0xa1, 0x4f), QColor(0xe1, 0x57, 0x59),
                                        QColor(0x9c, 0x9c, 0x9c)};

// A log axis cannot show C = 0, the no-AI case every comparison starts from.
// Compute axes therefore plot 1 + C, which is also how the parameter's
// slider is scaled; 1 on the axis is "no AI".
double computeX(double compute) { return 1.0 + compute; }

// Pinned to the parameter's range (C = 0 … 10,000) so the axis does not run
// on to the next decade.
AxisSpec computeAxis() {
    return AxisSpec(LeveragePage::tr("1 + compute per person (units)"), AxisScale::Log, QStringLiteral("%g"), 1.0,
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

}  // namespace

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
    charts_ = {headcountChart_, teamChart_, costChart_, pathHeadcountChart_, pathComputeChart_};

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
    for (std::size_t slot = 0; slot < kMaxCompared; ++slot) {
        const QColor color = scenarioColor(int(slot));
        headcountLine_[slot] = headcountChart_->addLine(tr("Required headcount"), color);
        headcountAtScenario_[slot] = headcountChart_->addPoints(tr("At your compute"), color, 8);
        colorByScenario(headcountChart_, headcountLine_[slot], int(slot));
        colorByScenario(headcountChart_, headcountAtScenario_[slot], int(slot));
    }
    headcountComputeMarker_ = headcountChart_->addVerticalMarker(tr("Your compute"), kReference);
}

void LeveragePage::buildTeamChart() {
    teamChart_ = new ChartWidget(tr("Team output (USL)"),
                                 AxisSpec(tr("Team size (people)"), AxisScale::Linear, QStringLiteral("%.0f"), 0.0),
                                 AxisSpec(tr("Output (features / quarter)"), AxisScale::Linear,
                                          QStringLiteral("%.3g"), 0.0),
                                 this);
    for (std::size_t slot = 0; slot < kMaxCompared; ++slot) {
        const QColor color = scenarioColor(int(slot));
        teamOutput_[slot] = teamChart_->addLine(tr("With AI"), color);
        teamOutputNoAi_[slot] = teamChart_->addLine(tr("No AI"), color, 2.0, LineStyle::Dashed);
        colorByScenario(teamChart_, teamOutput_[slot], int(slot));
    }
    peakMarker_ = teamChart_->addVerticalMarker(tr("Peak"), kReference);
    targetMarker_ = teamChart_->addHorizontalMarker(tr("Target"), kTarget);
}

void LeveragePage::buildCostChart() {
    costChart_ = new ChartWidget(tr("Cost per quarter"), computeAxis(),
                                 AxisSpec(costAxisTitle(costScale_), AxisScale::Log, QStringLiteral("%g")), this);
    for (std::size_t slot = 0; slot < kMaxCompared; ++slot) {
        const QColor color = scenarioColor(int(slot));
        costLine_[slot] = costChart_->addLine(tr("Cost"), color);
        costOptimum_[slot] = costChart_->addPoints(tr("Optimum"), slot == 0 ? kSpecialPoint : color, 10);
        colorByScenario(costChart_, costLine_[slot], int(slot));
    }
    costComputeMarker_ = costChart_->addVerticalMarker(tr("Your compute"), kReference);
}

void LeveragePage::buildPathCharts() {
    pathHeadcountChart_ = new ChartWidget(tr("Optimal team over time"), monthAxis(), peopleAxis(), this);
    pathComputeChart_ = new ChartWidget(
        tr("Optimal compute per person"), monthAxis(),
        AxisSpec(tr("Compute per person (units)"), AxisScale::Linear, QStringLiteral("%.3g"), 0.0), this);
    for (std::size_t slot = 0; slot < kMaxCompared; ++slot) {
        const QColor color = scenarioColor(int(slot));
        pathHeadcount_[slot] = pathHeadcountChart_->addLine(tr("Optimal headcount"), color);
        pathCompute_[slot] = pathComputeChart_->addLine(tr("Optimal compute"), color);
        colorByScenario(pathHeadcountChart_, pathHeadcount_[slot], int(slot));
        colorByScenario(pathComputeChart_, pathCompute_[slot], int(slot));
    }
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
    applyScenarioColors(views);
    const bool compare = views.size() > 1;
    kpis_->showResults(*views.front().results);
    showHeadcount(views, compare);
    showTeam(views, compare);
    showCost(views, compare);
    showPaths(views, compare);
    showStages(views);
}

void LeveragePage::showHeadcount(const std::vector<ScenarioView>& views, bool compare) {
    bool anyFeasible = false;
    for (std::size_t slot = 0; slot < kMaxCompared; ++slot) {
        const bool used = slot < views.size();
        headcountChart_->setSeriesVisible(headcountLine_[slot], used);
        headcountChart_->setSeriesVisible(headcountAtScenario_[slot], used);
        headcountChart_->setInLegend(headcountAtScenario_[slot], false);
        if (!used) continue;
        const LeverageResults& lev = views[slot].results->leverage;
        const QList<QPointF> points = presentPoints(lev.computeGrid, lev.headcountAtCompute, computeX);
        anyFeasible = anyFeasible || !points.isEmpty();
        headcountChart_->setPoints(headcountLine_[slot], stepPoints(points));
        headcountChart_->setSeriesName(headcountLine_[slot], compare ? views[slot].name : tr("Required headcount"));
        QList<QPointF> atScenario;
        if (lev.requiredHeadcount) atScenario.append(QPointF(computeX(lev.compute), *lev.requiredHeadcount));
        headcountChart_->setPoints(headcountAtScenario_[slot], atScenario);
    }
    const LeverageResults& active = views.front().results->leverage;
    headcountChart_->setMarker(headcountComputeMarker_, computeX(active.compute));
    headcountChart_->setNote(anyFeasible ? QString() : tr("No team size reaches the target"));
    headcountChart_->updateRanges();
}

void LeveragePage::showTeam(const std::vector<ScenarioView>& views, bool compare) {
    for (std::size_t slot = 0; slot < kMaxCompared; ++slot) {
        const bool used = slot < views.size();
        teamChart_->setSeriesVisible(teamOutput_[slot], used);
        teamChart_->setSeriesVisible(teamOutputNoAi_[slot], used);
        if (!used) continue;
        const LeverageResults& lev = views[slot].results->leverage;
        teamChart_->setPoints(teamOutput_[slot], toPoints(lev.teamSize, lev.teamOutput));
        teamChart_->setPoints(teamOutputNoAi_[slot], toPoints(lev.teamSize, lev.teamOutputNoAi));
        teamChart_->setSeriesName(teamOutput_[slot], compare ? views[slot].name : tr("With AI"));
        teamChart_->setSeriesName(teamOutputNoAi_[slot],
                                  compare ? tr("%1 (no AI)").arg(views[slot].name) : tr("No AI"));
        // One scenario: the role tells the lines apart by colour too.
        teamChart_->setSeriesColor(teamOutputNoAi_[slot], compare ? views[slot].color : kNoAiRole);
    }
    const LeverageResults& active = views.front().results->leverage;
    teamChart_->setMarker(peakMarker_, active.teamPeak);
    teamChart_->setMarker(targetMarker_, active.targetWork);
    teamChart_->updateRanges();
}

void LeveragePage::showCost(const std::vector<ScenarioView>& views, bool compare) {
    // The unit follows what the active scenario's team costs now.
    const LeverageResults& active = views.front().results->leverage;
    MaybeNumber reference = active.costPerQuarter ? active.costPerQuarter : active.optimalCostPerQuarter;
    if (!reference)
        for (const MaybeNumber& cost : active.costAtCompute)
            if (cost) reference = cost;
    if (reference && costScale_.update(*reference)) costChart_->setYAxisTitle(costAxisTitle(costScale_));
    const double divisor = costScale_.divisor();

    for (std::size_t slot = 0; slot < kMaxCompared; ++slot) {
        const bool used = slot < views.size();
        costChart_->setSeriesVisible(costLine_[slot], used);
        costChart_->setSeriesVisible(costOptimum_[slot], used);
        if (!used) continue;
        const LeverageResults& lev = views[slot].results->leverage;
        costChart_->setPoints(costLine_[slot], presentPoints(lev.computeGrid, lev.costAtCompute, computeX, divisor));
        costChart_->setSeriesName(costLine_[slot], compare ? views[slot].name : tr("Cost"));
        QList<QPointF> optimum;
        if (lev.optimalCompute && lev.optimalCostPerQuarter)
            optimum.append(QPointF(computeX(*lev.optimalCompute), *lev.optimalCostPerQuarter / divisor));
        costChart_->setPoints(costOptimum_[slot], optimum);
        costChart_->setSeriesName(costOptimum_[slot], compare ? tr("%1 optimum").arg(views[slot].name) : tr("Optimum"));
        // In compare mode the optima are told apart by colour; only the first is in the legend.
        costChart_->setSeriesColor(costOptimum_[slot], compare ? views[slot].color : kSpecialPoint);
        costChart_->setInLegend(costOptimum_[slot], slot == 0);
    }
    costChart_->setMarker(costComputeMarker_, computeX(active.compute));
    costChart_->updateRanges();
}

void LeveragePage::showPaths(const std::vector<ScenarioView>& views, bool compare) {
    bool anyPath = false;
    for (std::size_t slot = 0; slot < kMaxCompared; ++slot) {
        const bool used = slot < views.size();
        pathHeadcountChart_->setSeriesVisible(pathHeadcount_[slot], used);
        pathComputeChart_->setSeriesVisible(pathCompute_[slot], used);
        if (!used) continue;
        const LeverageResults& lev = views[slot].results->leverage;
        const QList<QPointF> headcount = presentPoints(lev.month, lev.optimalHeadcountPath);
        anyPath = anyPath || !headcount.isEmpty();
        pathHeadcountChart_->setPoints(pathHeadcount_[slot], stepPoints(headcount));
        pathComputeChart_->setPoints(pathCompute_[slot], stepPoints(presentPoints(lev.month, lev.optimalComputePath)));
        pathHeadcountChart_->setSeriesName(pathHeadcount_[slot], compare ? views[slot].name : tr("Optimal headcount"));
        pathComputeChart_->setSeriesName(pathCompute_[slot], compare ? views[slot].name : tr("Optimal compute"));
    }
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
        const LeverageResults& lev = views.front().results->leverage;
        addBar(tr("Before AI"), lev, false);
        addBar(tr("With AI"), lev, true);
    } else {
        QStringList names;
        for (const ScenarioView& view : views) names.append(shortName(view.name));
        if (names.removeDuplicates() > 0) {  // short names clash: use the full ones
            names.clear();
            for (const ScenarioView& view : views) names.append(view.name);
        }
        const LeverageResults& active = views.front().results->leverage;
        bool sharesDiffer = false;
        for (const ScenarioView& view : views) sharesDiffer = sharesDiffer || !sameShares(view.results->leverage, active);
        for (std::size_t slot = 0; slot < views.size(); ++slot) {
            const LeverageResults& lev = views[slot].results->leverage;
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
