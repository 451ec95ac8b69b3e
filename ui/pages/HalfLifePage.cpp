#include "pages/HalfLifePage.h"

#include <QGridLayout>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "pages/PageAxes.h"
#include "widgets/KpiCard.h"

namespace leverboard::ui {
namespace {

// Reference lines in grey, special points in one colour readable on light
// and dark (the same choice as the cost page).
const QColor kReference(0x80, 0x80, 0x80);
const QColor kSpecialPoint(0xf2, 0xb7, 0x05);
const QColor kPretrainRole(0xff, 0x7f, 0x0e);
const QColor kTenPercent(0xd6, 0x27, 0x28);
constexpr double kReplicationLevel = 0.1;  // "at 10% of your cost" (MODEL.md §3)

AxisSpec monthAxis() { return wholeNumberAxis(HalfLifePage::tr("Month")); }

QString cumulativeTitle(const MoneyScale& scale) {
    return HalfLifePage::tr("Cumulative cost (%1)").arg(scale.unitName());
}
QString pvTitle(const MoneyScale& scale) { return HalfLifePage::tr("PV premium (%1)").arg(scale.unitName()); }
QString replicationTitle(const MoneyScale& scale) {
    return HalfLifePage::tr("Replication cost (%1)").arg(scale.unitName());
}

// The scenario's half-life, read back from the demand retained after one
// month (2^(−1/h)): the results carry no copy of the parameter itself.
std::optional<double> halfLife(const HalfLifeResults& life) {
    if (life.retained.size() < 2 || !(life.retained[1] > 0) || !(life.retained[1] < 1)) return std::nullopt;
    return -1.0 / std::log2(life.retained[1]);
}

}  // namespace

HalfLifePage::HalfLifePage(QWidget* parent) : ModelPage(parent) {
    kpis_ = new KpiStrip({QStringLiteral("life.pv_premium"), QStringLiteral("life.pretrain_advantage"),
                          QStringLiteral("life.breakeven_half_life"), QStringLiteral("life.crossover_month"),
                          QStringLiteral("life.months_to_replicate_10pct"), QStringLiteral("life.better_strategy")},
                         this);
    buildCumulativeChart();
    buildPvChart();
    buildDemandChart();
    buildReplicationChart();
    charts_ = {cumulativeChart_, pvChart_, demandChart_, replicationChart_};

    // The decision on top (cost over time, value against half-life), what
    // drives it below (demand decay, a competitor's falling cost).
    auto* grid = new QGridLayout;
    grid->setSpacing(6);
    grid->addWidget(cumulativeChart_, 0, 0);
    grid->addWidget(pvChart_, 0, 1);
    grid->addWidget(demandChart_, 1, 0);
    grid->addWidget(replicationChart_, 1, 1);
    for (int i = 0; i < 2; ++i) {
        grid->setColumnStretch(i, 1);
        grid->setRowStretch(i, 1);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(kpis_);
    layout->addLayout(grid, 1);
}

void HalfLifePage::buildCumulativeChart() {
    cumulativeChart_ = new ChartWidget(
        tr("Cumulative cost of the two strategies"), monthAxis(),
        AxisSpec(cumulativeTitle(cumulativeScale_), AxisScale::Linear, QStringLiteral("%.3g"), 0.0), this);
    for (std::size_t slot = 0; slot < kMaxCompared; ++slot) {
        const QColor color = scenarioColor(int(slot));
        cumulativeInference_[slot] = cumulativeChart_->addLine(tr("Think longer"), color);
        cumulativePretrain_[slot] = cumulativeChart_->addLine(tr("Pretrain once"), color, 2.0, LineStyle::Dashed);
        colorByScenario(cumulativeChart_, cumulativeInference_[slot], int(slot));
    }
    crossoverMarker_ = cumulativeChart_->addVerticalMarker(tr("Crossover"), kReference);
}

void HalfLifePage::buildPvChart() {
    pvChart_ = new ChartWidget(tr("PV of inference premium vs. half-life"),
                               AxisSpec(tr("Half-life (months)"), AxisScale::Log, QStringLiteral("%g")),
                               AxisSpec(pvTitle(pvScale_), AxisScale::Log, QStringLiteral("%g")), this);
    for (std::size_t slot = 0; slot < kMaxCompared; ++slot) {
        const QColor color = scenarioColor(int(slot));
        pvCurve_[slot] = pvChart_->addLine(tr("PV premium"), color);
        pvAtScenario_[slot] = pvChart_->addPoints(tr("At your half-life"), color, 8);
        colorByScenario(pvChart_, pvCurve_[slot], int(slot));
        colorByScenario(pvChart_, pvAtScenario_[slot], int(slot));
    }
    pretrainCostMarker_ = pvChart_->addHorizontalMarker(tr("Pretraining cost"), kPretrainRole);
    halfLifeMarker_ = pvChart_->addVerticalMarker(tr("Your half-life"), kReference);
    breakevenPoint_ = pvChart_->addPoints(tr("Break-even"), kSpecialPoint, 10);
}

void HalfLifePage::buildDemandChart() {
    demandChart_ = new ChartWidget(
        tr("Demand decay"), monthAxis(),
        AxisSpec(tr("% of month 0"), AxisScale::Linear, QStringLiteral("%.3g"), 0.0), this);
    for (std::size_t slot = 0; slot < kMaxCompared; ++slot) {
        const QColor color = scenarioColor(int(slot));
        retained_[slot] = demandChart_->addLine(tr("Value retained"), color);
        demand_[slot] = demandChart_->addLine(tr("Demand with growth"), color, 2.0, LineStyle::Dashed);
        colorByScenario(demandChart_, retained_[slot], int(slot));
    }
    demandHalfLifeMarker_ = demandChart_->addVerticalMarker(tr("Half-life"), kReference);
    // A half-life beyond the horizon must not stretch the months axis.
    demandChart_->setMarkerAffectsRange(demandHalfLifeMarker_, false);
}

void HalfLifePage::buildReplicationChart() {
    replicationChart_ = new ChartWidget(tr("Competitor's replication cost"), monthAxis(),
                                        AxisSpec(replicationTitle(replicationScale_), AxisScale::Log,
                                                 QStringLiteral("%g")),
                                        this);
    for (std::size_t slot = 0; slot < kMaxCompared; ++slot) {
        replication_[slot] = replicationChart_->addLine(tr("Replication cost"), scenarioColor(int(slot)));
        colorByScenario(replicationChart_, replication_[slot], int(slot));
    }
    tenPercentMarker_ = replicationChart_->addHorizontalMarker(tr("10% of your cost"), kTenPercent);
    replicateMonthMarker_ = replicationChart_->addVerticalMarker(tr("Month it is reached"), kReference);
}

void HalfLifePage::showResults(const std::vector<ScenarioView>& views) {
    if (views.empty() || !views.front().results) return;
    applyScenarioColors(views);
    const bool compare = views.size() > 1;
    kpis_->showResults(*views.front().results);
    showCumulative(views, compare);
    showPv(views, compare);
    showDemand(views, compare);
    showReplication(views, compare);
}

void HalfLifePage::showCumulative(const std::vector<ScenarioView>& views, bool compare) {
    double reference = 0;  // the largest amount on the chart sets its unit
    for (const ScenarioView& view : views) {
        const HalfLifeResults& life = view.results->halfLife;
        reference = std::max(reference, life.pretrainCost);
        if (!life.cumulativeInference.empty()) reference = std::max(reference, life.cumulativeInference.back());
    }
    if (cumulativeScale_.update(reference)) cumulativeChart_->setYAxisTitle(cumulativeTitle(cumulativeScale_));
    const double scale = 1.0 / cumulativeScale_.divisor();

    for (std::size_t slot = 0; slot < kMaxCompared; ++slot) {
        const bool used = slot < views.size();
        cumulativeChart_->setSeriesVisible(cumulativeInference_[slot], used);
        cumulativeChart_->setSeriesVisible(cumulativePretrain_[slot], used);
        if (!used) continue;
        const HalfLifeResults& life = views[slot].results->halfLife;
        cumulativeChart_->setPoints(cumulativeInference_[slot], toPoints(life.month, life.cumulativeInference, scale));
        cumulativeChart_->setPoints(cumulativePretrain_[slot], toPoints(life.month, life.cumulativePretrain, scale));
        const QString& name = views[slot].name;
        cumulativeChart_->setSeriesName(cumulativeInference_[slot],
                                        compare ? tr("%1: think longer").arg(name) : tr("Think longer"));
        cumulativeChart_->setSeriesName(cumulativePretrain_[slot],
                                        compare ? tr("%1: pretrain").arg(name) : tr("Pretrain once"));
        cumulativeChart_->setSeriesColor(cumulativePretrain_[slot], compare ? views[slot].color : kPretrainRole);
    }
    const MaybeNumber crossover = views.front().results->halfLife.crossoverMonth;
    cumulativeChart_->setMarker(crossoverMarker_, crossover);
    cumulativeChart_->setNote(crossover ? QString() : tr("No crossover within the horizon"));
    cumulativeChart_->updateRanges();
}

void HalfLifePage::showPv(const std::vector<ScenarioView>& views, bool compare) {
    const HalfLifeResults& active = views.front().results->halfLife;
    if (pvScale_.update(active.pretrainCost)) pvChart_->setYAxisTitle(pvTitle(pvScale_));
    const double scale = 1.0 / pvScale_.divisor();

    for (std::size_t slot = 0; slot < kMaxCompared; ++slot) {
        const bool used = slot < views.size();
        pvChart_->setSeriesVisible(pvCurve_[slot], used);
        pvChart_->setSeriesVisible(pvAtScenario_[slot], used);
        pvChart_->setInLegend(pvAtScenario_[slot], false);
        if (!used) continue;
        const HalfLifeResults& life = views[slot].results->halfLife;
        pvChart_->setPoints(pvCurve_[slot], toPoints(life.halfLifeGrid, life.pvPremiumAtHalfLife, scale));
        pvChart_->setSeriesName(pvCurve_[slot], compare ? views[slot].name : tr("PV premium"));
        QList<QPointF> atScenario;
        if (const auto h = halfLife(life)) atScenario.append(QPointF(*h, life.pvPremium * scale));
        pvChart_->setPoints(pvAtScenario_[slot], atScenario);
    }
    pvChart_->setMarker(pretrainCostMarker_, active.pretrainCost * scale);
    pvChart_->setMarker(halfLifeMarker_, halfLife(active));
    QList<QPointF> breakeven;
    if (active.breakevenHalfLife) breakeven.append(QPointF(*active.breakevenHalfLife, active.pretrainCost * scale));
    pvChart_->setPoints(breakevenPoint_, breakeven);
    pvChart_->updateRanges();
}

void HalfLifePage::showDemand(const std::vector<ScenarioView>& views, bool compare) {
    for (std::size_t slot = 0; slot < kMaxCompared; ++slot) {
        const bool used = slot < views.size();
        demandChart_->setSeriesVisible(retained_[slot], used);
        demandChart_->setSeriesVisible(demand_[slot], used);
        if (!used) continue;
        const HalfLifeResults& life = views[slot].results->halfLife;
        demandChart_->setPoints(retained_[slot], toPoints(life.month, life.retained, 100.0));
        // Demand including the product's growth, relative to today's queries.
        const double today = life.demand.empty() ? 0.0 : life.demand.front();
        demandChart_->setPoints(demand_[slot], toPoints(life.month, life.demand, today > 0 ? 100.0 / today : 0.0));
        const QString& name = views[slot].name;
        demandChart_->setSeriesName(retained_[slot], compare ? name : tr("Value retained"));
        demandChart_->setSeriesName(demand_[slot], compare ? tr("%1: demand").arg(name) : tr("Demand with growth"));
        demandChart_->setSeriesColor(demand_[slot], compare ? views[slot].color : kPretrainRole);
    }
    demandChart_->setMarker(demandHalfLifeMarker_, halfLife(views.front().results->halfLife));
    demandChart_->updateRanges();
}

void HalfLifePage::showReplication(const std::vector<ScenarioView>& views, bool compare) {
    const HalfLifeResults& active = views.front().results->halfLife;
    if (replicationScale_.update(active.pretrainCost))
        replicationChart_->setYAxisTitle(replicationTitle(replicationScale_));
    const double scale = 1.0 / replicationScale_.divisor();

    for (std::size_t slot = 0; slot < kMaxCompared; ++slot) {
        const bool used = slot < views.size();
        replicationChart_->setSeriesVisible(replication_[slot], used);
        if (!used) continue;
        const HalfLifeResults& life = views[slot].results->halfLife;
        replicationChart_->setPoints(replication_[slot], toPoints(life.month, life.replicationCost, scale));
        replicationChart_->setSeriesName(replication_[slot], compare ? views[slot].name : tr("Replication cost"));
    }
    replicationChart_->setMarker(tenPercentMarker_, kReplicationLevel * active.pretrainCost * scale);
    replicationChart_->setMarker(replicateMonthMarker_, active.monthsToReplicate10pct);
    replicationChart_->updateRanges();
}

}  // namespace leverboard::ui
