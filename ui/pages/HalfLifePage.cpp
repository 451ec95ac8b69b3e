#include "pages/HalfLifePage.h"

#include <QGridLayout>
#include <QVBoxLayout>
#include <algorithm>

#include "models/HalfLifeModel.h"
#include "pages/PageAxes.h"
#include "style/Palette.h"
#include "widgets/KpiCard.h"

namespace leverboard::ui {
namespace {


AxisSpec monthAxis() { return wholeNumberAxis(HalfLifePage::tr("Month")); }

QString cumulativeTitle(const MoneyScale& scale) {
    return HalfLifePage::tr("Cumulative cost (%1)").arg(scale.unitName());
}
QString pvTitle(const MoneyScale& scale) { return HalfLifePage::tr("PV premium (%1)").arg(scale.unitName()); }
QString replicationTitle(const MoneyScale& scale) {
    return HalfLifePage::tr("Replication cost (%1)").arg(scale.unitName());
}

// The scenario's half-life as the model used it; none before an evaluation.
std::optional<double> halfLife(const HalfLifeResults& life) {
    return life.halfLifeMonths > 0 ? std::optional<double>(life.halfLifeMonths) : std::nullopt;
}

// The Overview's half-life tile: the cumulative cost of the two strategies
// in $ millions, the crossover marked.
class CumulativeHeadline final : public PageHeadline {
public:
    explicit CumulativeHeadline(QWidget* parent)
        : chart_(new ChartWidget(HalfLifePage::tr("Cumulative cost"),
                                 AxisSpec{HalfLifePage::tr("Month"), AxisScale::Linear, QStringLiteral("%.0f"), 0.0,
                                          std::nullopt},
                                 AxisSpec{HalfLifePage::tr("$ millions"), AxisScale::Linear, QStringLiteral("%.3g"),
                                          0.0, std::nullopt},
                                 parent)) {
        inference_ = ScenarioSeries::declareLines(chart_, HalfLifePage::tr("Think longer"));
        pretrain_ = ScenarioSeries::declareLines(chart_, HalfLifePage::tr("Pretrain once"), 2.0, LineStyle::Dashed);
        ScenarioSeries::addSlotBySlot({&inference_, &pretrain_});
        // One scenario: the second line is told apart by colour; compare: by
        // line style, which the note explains.
        pretrain_.singleColor(role::secondary())
            .names(HalfLifePage::tr("Pretrain once"), HalfLifePage::tr("%1: pretrain once"))
            .legend(ScenarioSeries::Legend::SingleOnly);
        crossover_ = chart_->addVerticalMarker(HalfLifePage::tr("Crossover"), role::reference());
    }

    ChartWidget* chart() const override { return chart_; }

    void showResults(const std::vector<ScenarioView>& views) override {
        const int compare = views.size() > 1 ? 1 : 0;
        if (compare != noteForCompare_) {
            noteForCompare_ = compare;
            chart_->setNote(compare ? HalfLifePage::tr("solid: think longer · dashed: pretrain") : QString());
        }
        constexpr double kPerMillion = 1e-6;
        inference_.show(views, [](const ScenarioView& view) {
            const HalfLifeResults& life = view.results->get<HalfLifeResults>();
            return toPoints(life.month, life.cumulativeInference, kPerMillion);
        });
        pretrain_.show(views, [](const ScenarioView& view) {
            const HalfLifeResults& life = view.results->get<HalfLifeResults>();
            return toPoints(life.month, life.cumulativePretrain, kPerMillion);
        });
        chart_->setMarker(crossover_, views.front().results->get<HalfLifeResults>().crossoverMonth);
        chart_->updateRanges();
    }

private:
    ChartWidget* chart_;
    ScenarioSeries inference_;
    ScenarioSeries pretrain_;
    SeriesHandle crossover_;
    int noteForCompare_ = -1;  // the mode the note is set for
};

}  // namespace

std::unique_ptr<PageHeadline> HalfLifePage::headline(QWidget* parent) {
    return std::make_unique<CumulativeHeadline>(parent);
}

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
    cumulativeInference_ = ScenarioSeries::declareLines(cumulativeChart_, tr("Think longer"));
    cumulativePretrain_ = ScenarioSeries::declareLines(cumulativeChart_, tr("Pretrain once"), 2.0, LineStyle::Dashed);
    ScenarioSeries::addSlotBySlot({&cumulativeInference_, &cumulativePretrain_});
    cumulativeInference_.names(tr("Think longer"), tr("%1: think longer"));
    cumulativePretrain_.singleColor(role::secondary()).names(tr("Pretrain once"), tr("%1: pretrain"));
    crossoverMarker_ = cumulativeChart_->addVerticalMarker(tr("Crossover"), role::reference());
    // Monte Carlo fans, in the money unit of the lines (showCumulative sets the factor).
    cumulativeChart_->addBandSource(QStringLiteral("half_life"), QStringLiteral("cumulative_inference"));
    cumulativeChart_->addBandSource(QStringLiteral("half_life"), QStringLiteral("cumulative_pretrain"), 1.0,
                                    role::secondary());
}

void HalfLifePage::buildPvChart() {
    pvChart_ = new ChartWidget(tr("PV of inference premium vs. half-life"),
                               AxisSpec(tr("Half-life (months)"), AxisScale::Log, QStringLiteral("%.3g")),
                               AxisSpec(pvTitle(pvScale_), AxisScale::Log, QStringLiteral("%.3g")), this);
    pvCurve_ = ScenarioSeries::declareLines(pvChart_, tr("PV premium"));
    pvAtScenario_ = ScenarioSeries::declarePoints(pvChart_, tr("At your half-life"), 8);
    ScenarioSeries::addSlotBySlot({&pvCurve_, &pvAtScenario_});
    pvAtScenario_.names(tr("At your half-life"), QString()).legend(ScenarioSeries::Legend::Never);
    pretrainCostMarker_ = pvChart_->addHorizontalMarker(tr("Pretraining cost"), role::secondary());
    halfLifeMarker_ = pvChart_->addVerticalMarker(tr("Your half-life"), role::reference());
    breakevenPoint_ = pvChart_->addPoints(tr("Break-even"), role::highlight(), 10);
}

void HalfLifePage::buildDemandChart() {
    demandChart_ = new ChartWidget(
        tr("Demand decay"), monthAxis(),
        AxisSpec(tr("% of month 0"), AxisScale::Linear, QStringLiteral("%.3g"), 0.0), this);
    retained_ = ScenarioSeries::declareLines(demandChart_, tr("Value retained"));
    demand_ = ScenarioSeries::declareLines(demandChart_, tr("Demand with growth"), 2.0, LineStyle::Dashed);
    ScenarioSeries::addSlotBySlot({&retained_, &demand_});
    demand_.singleColor(role::secondary()).names(tr("Demand with growth"), tr("%1: demand"));
    demandHalfLifeMarker_ = demandChart_->addVerticalMarker(tr("Half-life"), role::reference());
    // A half-life beyond the horizon must not stretch the months axis.
    demandChart_->setMarkerAffectsRange(demandHalfLifeMarker_, false);
    demandChart_->addBandSource(QStringLiteral("half_life"), QStringLiteral("retained"), 100.0);  // Monte Carlo fan
}

void HalfLifePage::buildReplicationChart() {
    replicationChart_ = new ChartWidget(tr("Competitor's replication cost"), monthAxis(),
                                        AxisSpec(replicationTitle(replicationScale_), AxisScale::Log,
                                                 QStringLiteral("%.3g")),
                                        this);
    replication_ = ScenarioSeries::lines(replicationChart_, tr("Replication cost"));
    tenPercentMarker_ = replicationChart_->addHorizontalMarker(tr("10% of your cost"), role::alert());
    replicateMonthMarker_ = replicationChart_->addVerticalMarker(tr("Month it is reached"), role::reference());
    // Monte Carlo fan, in the money unit of the line (showReplication sets the factor).
    replicationChart_->addBandSource(QStringLiteral("half_life"), QStringLiteral("replication_cost"));
}

void HalfLifePage::showResults(const std::vector<ScenarioView>& views) {
    if (views.empty() || !views.front().results) return;
    kpis_->showResults(*views.front().results);
    showCumulative(views);
    showPv(views);
    showDemand(views);
    showReplication(views);
}

void HalfLifePage::showCumulative(const std::vector<ScenarioView>& views) {
    double reference = 0;  // the largest amount on the chart sets its unit
    for (const ScenarioView& view : views) {
        const HalfLifeResults& life = view.results->get<HalfLifeResults>();
        reference = std::max(reference, life.pretrainCost);
        if (!life.cumulativeInference.empty()) reference = std::max(reference, life.cumulativeInference.back());
    }
    if (cumulativeScale_.update(reference)) cumulativeChart_->setYAxisTitle(cumulativeTitle(cumulativeScale_));
    const double scale = 1.0 / cumulativeScale_.divisor();
    cumulativeChart_->setBandScale(QStringLiteral("cumulative_inference"), scale);
    cumulativeChart_->setBandScale(QStringLiteral("cumulative_pretrain"), scale);

    cumulativeInference_.show(views, [scale](const ScenarioView& view) {
        const HalfLifeResults& life = view.results->get<HalfLifeResults>();
        return toPoints(life.month, life.cumulativeInference, scale);
    });
    cumulativePretrain_.show(views, [scale](const ScenarioView& view) {
        const HalfLifeResults& life = view.results->get<HalfLifeResults>();
        return toPoints(life.month, life.cumulativePretrain, scale);
    });
    const MaybeNumber crossover = views.front().results->get<HalfLifeResults>().crossoverMonth;
    cumulativeChart_->setMarker(crossoverMarker_, crossover);
    cumulativeChart_->setNote(crossover ? QString() : tr("No crossover within the horizon"));
    cumulativeChart_->updateRanges();
}

void HalfLifePage::showPv(const std::vector<ScenarioView>& views) {
    const HalfLifeResults& active = views.front().results->get<HalfLifeResults>();
    if (pvScale_.update(active.pretrainCost)) pvChart_->setYAxisTitle(pvTitle(pvScale_));
    const double scale = 1.0 / pvScale_.divisor();

    pvCurve_.show(views, [scale](const ScenarioView& view) {
        const HalfLifeResults& life = view.results->get<HalfLifeResults>();
        return toPoints(life.halfLifeGrid, life.pvPremiumAtHalfLife, scale);
    });
    pvAtScenario_.show(views, [scale](const ScenarioView& view) {
        const HalfLifeResults& life = view.results->get<HalfLifeResults>();
        QList<QPointF> atScenario;
        if (const auto h = halfLife(life)) atScenario.append(QPointF(*h, life.pvPremium * scale));
        return atScenario;
    });
    pvChart_->setMarker(pretrainCostMarker_, active.pretrainCost * scale);
    pvChart_->setMarker(halfLifeMarker_, halfLife(active));
    QList<QPointF> breakeven;
    if (active.breakevenHalfLife) breakeven.append(QPointF(*active.breakevenHalfLife, active.pretrainCost * scale));
    pvChart_->setPoints(breakevenPoint_, breakeven);
    pvChart_->updateRanges();
}

void HalfLifePage::showDemand(const std::vector<ScenarioView>& views) {
    retained_.show(views, [](const ScenarioView& view) {
        const HalfLifeResults& life = view.results->get<HalfLifeResults>();
        return toPoints(life.month, life.retained, 100.0);
    });
    demand_.show(views, [](const ScenarioView& view) {
        const HalfLifeResults& life = view.results->get<HalfLifeResults>();
        // Demand including the product's growth, relative to today's queries.
        const double today = life.demand.empty() ? 0.0 : life.demand.front();
        return toPoints(life.month, life.demand, today > 0 ? 100.0 / today : 0.0);
    });
    demandChart_->setMarker(demandHalfLifeMarker_, halfLife(views.front().results->get<HalfLifeResults>()));
    demandChart_->updateRanges();
}

void HalfLifePage::showReplication(const std::vector<ScenarioView>& views) {
    const HalfLifeResults& active = views.front().results->get<HalfLifeResults>();
    if (replicationScale_.update(active.pretrainCost))
        replicationChart_->setYAxisTitle(replicationTitle(replicationScale_));
    const double scale = 1.0 / replicationScale_.divisor();
    replicationChart_->setBandScale(QStringLiteral("replication_cost"), scale);

    replication_.show(views, [scale](const ScenarioView& view) {
        const HalfLifeResults& life = view.results->get<HalfLifeResults>();
        return toPoints(life.month, life.replicationCost, scale);
    });
    replicationChart_->setMarker(tenPercentMarker_, active.replicationLevel * scale);
    replicationChart_->setMarker(replicateMonthMarker_, active.monthsToReplicate10pct);
    replicationChart_->updateRanges();
}

}  // namespace leverboard::ui
