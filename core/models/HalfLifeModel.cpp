#include "models/HalfLifeModel.h"

#include <array>
#include <cmath>
#include <span>


namespace leverboard {
namespace {

// MODEL.md: the break-even half-life is reported only inside this window.
constexpr double kBreakevenMinMonths = 0.5;
constexpr double kBreakevenMaxMonths = 600;
constexpr double kBreakevenToleranceMonths = 0.01;
constexpr std::size_t kHalfLifeGridPoints = 48;
constexpr double kReplicationLevel = 0.1;  // "at 10% of your cost"

// The horizon is at most 240 months; the PV coefficients live on the stack so
// an evaluation in a loop never allocates.
constexpr std::size_t kStackMonths = 256;

// Monthly demand retention r = 2^(−1/h) for half-life h.
double retentionPerMonth(double halfLifeMonths) { return std::exp2(-1.0 / halfLifeMonths); }

// PV premium as a polynomial in the monthly retention r: Σ a(t) r^t, where
// a(t) holds everything that does not depend on the half-life. Evaluated in
// Horner form for several half-lives at once: no pow per term, and the
// independent chains keep the CPU busy instead of waiting on each multiply.
template <std::size_t N>
std::array<double, N> presentValues(std::span<const double> coefficients,
                                    const std::array<double, N>& halfLives) {
    std::array<double, N> retention{};
    std::array<double, N> sum{};
    for (std::size_t k = 0; k < N; ++k) retention[k] = retentionPerMonth(halfLives[k]);
    for (auto it = coefficients.rbegin(); it != coefficients.rend(); ++it)
        for (std::size_t k = 0; k < N; ++k) sum[k] = sum[k] * retention[k] + *it;
    return sum;
}

// Narrows [lo, hi] (PV(lo) < cost ≤ PV(hi)) around the break-even half-life
// by splitting it into equal parts per pass, to within the tolerance.
double solveBreakeven(std::span<const double> coefficients, double pretrainCost, double lo, double hi,
                      double tolerance) {
    constexpr std::size_t kProbes = 8;  // nine parts per pass
    while (hi - lo > tolerance) {
        std::array<double, kProbes> probes{};
        const double width = (hi - lo) / double(kProbes + 1);
        for (std::size_t k = 0; k < kProbes; ++k) probes[k] = lo + width * double(k + 1);
        const auto pv = presentValues(coefficients, probes);
        double newLo = lo, newHi = hi;
        for (std::size_t k = kProbes; k-- > 0;) {
            if (pv[k] >= pretrainCost) newHi = probes[k];
            else {
                newLo = probes[k];
                break;
            }
        }
        lo = newLo;
        hi = newHi;
    }
    return 0.5 * (lo + hi);
}

}  // namespace

void HalfLifeModel::evaluate(const Scenario& scenario, const CostCurve& curve, HalfLifeResults& out,
                             MessageWriter notes) {
    auto param = [&](ParamId id) { return clampToRange(id, scenario[id]); };
    const double pretrainCost = param(ParamId::LifePretrainCost);
    const double halfLife = param(ParamId::LifeHalfLifeMonths);
    const double queries = param(ParamId::LifeQueriesPerMonth);
    // Extra $ per query at t = 0 for thinking longer, before the cost curve.
    const double premiumPerQueryToday = param(ParamId::LifeTokensPerQuery) *
                                        (param(ParamId::LifeThinkMultiplier) - 1.0) *
                                        param(ParamId::LifeServingCost) / 1e6;

    const int horizon = scenario.horizonMonths();
    const auto flowMonths = static_cast<std::size_t>(horizon);  // sums run over 0 … H − 1
    const std::size_t points = flowMonths + 1;                  // series run over 0 … H

    std::array<double, kStackMonths> stackCoefficients;
    std::vector<double> heapCoefficients;  // only for a horizon beyond any allowed range
    double* coefficientData = stackCoefficients.data();
    if (flowMonths > kStackMonths) {
        heapCoefficients.resize(flowMonths);
        coefficientData = heapCoefficients.data();
    }
    const std::span<double> coefficients(coefficientData, flowMonths);

    out.month.resize(points);
    out.demand.resize(points);
    out.retained.resize(points);
    out.premium.resize(points);
    out.cumulativeInference.resize(points);
    out.cumulativePretrain.assign(points, pretrainCost);
    out.replicationCost.resize(points);

    // Growth, decay and discounting are geometric in t: running products
    // instead of a pow per month (drift ≤ H ulps, far below any tolerance).
    const double growthPerMonth = 1.0 + param(ParamId::LifeQueryGrowth);
    const double retentionScenario = retentionPerMonth(halfLife);
    const double discountPerMonth = std::pow(1.0 + param(ParamId::LifeDiscountRate), -1.0 / 12.0);
    double grownQueries = queries;
    double retained = 1;
    double discount = 1;
    double cumulative = 0;
    out.crossoverMonth.reset();
    for (std::size_t i = 0; i < points; ++i) {
        const double t = static_cast<double>(i);
        const double frontierIndex = curve.frontierIndex(t);
        const double premium = grownQueries * retained * premiumPerQueryToday * frontierIndex;
        cumulative += premium;

        out.month[i] = t;
        out.demand[i] = grownQueries * retained;
        out.retained[i] = retained;
        out.premium[i] = premium;
        out.cumulativeInference[i] = cumulative;
        out.replicationCost[i] = pretrainCost * frontierIndex;

        if (i < flowMonths) {
            coefficients[i] = grownQueries * premiumPerQueryToday * frontierIndex * discount;
            if (!out.crossoverMonth && cumulative >= pretrainCost) out.crossoverMonth = t;
        }
        grownQueries *= growthPerMonth;
        retained *= retentionScenario;
        discount *= discountPerMonth;
    }

    // The chart's grid first: its PVs also narrow the break-even bracket.
    const auto& halfLifeSpec = spec(ParamId::LifeHalfLifeMonths);
    std::array<double, kHalfLifeGridPoints> grid{};
    const double logMin = std::log(halfLifeSpec.min);
    const double logStep = (std::log(halfLifeSpec.max) - logMin) / double(kHalfLifeGridPoints - 1);
    for (std::size_t i = 0; i < kHalfLifeGridPoints; ++i)
        grid[i] = i + 1 == kHalfLifeGridPoints ? halfLifeSpec.max : std::exp(logMin + logStep * double(i));
    const auto gridPv = presentValues(coefficients, grid);
    out.halfLifeGrid.assign(grid.begin(), grid.end());
    out.pvPremiumAtHalfLife.assign(gridPv.begin(), gridPv.end());

    const auto [pvScenario, pvAtShortest, pvAtLongest] = presentValues(
        coefficients, std::array<double, 3>{halfLife, kBreakevenMinMonths, kBreakevenMaxMonths});
    out.pretrainCost = pretrainCost;
    out.halfLifeMonths = halfLife;
    out.replicationLevel = kReplicationLevel * pretrainCost;
    out.pvPremium = pvScenario;
    out.pretrainAdvantage = out.pvPremium - pretrainCost;
    out.betterStrategy = pretrainCost < out.pvPremium ? "pretrain" : "inference";

    // PV rises with the half-life, so the ends of the window decide whether a
    // break-even exists inside it.
    out.breakevenHalfLife.reset();
    if (pvAtShortest > pretrainCost) {
        notes.push_back({"life.breakeven_half_life", "breakeven_below_range", {kBreakevenMinMonths}});
    } else if (pvAtLongest < pretrainCost) {
        notes.push_back({"life.breakeven_half_life", "breakeven_above_range", {kBreakevenMaxMonths}});
    } else {
        double lo = kBreakevenMinMonths, hi = kBreakevenMaxMonths;
        for (std::size_t i = 0; i < kHalfLifeGridPoints; ++i) {
            if (grid[i] <= lo || grid[i] >= hi) continue;
            if (gridPv[i] >= pretrainCost) hi = grid[i];
            else lo = grid[i];
        }
        out.breakevenHalfLife =
            solveBreakeven(coefficients, pretrainCost, lo, hi, kBreakevenToleranceMonths);
    }

    if (!out.crossoverMonth)
        notes.push_back({"life.crossover_month", "no_crossover_in_horizon", {horizon}});

    out.monthsToReplicate10pct = curve.monthIndexFallsTo(kReplicationLevel, horizon);
    if (!out.monthsToReplicate10pct)
        notes.push_back({"life.months_to_replicate_10pct", "not_replicable_in_horizon",
                         {kReplicationLevel, horizon}});
}

void HalfLifeModel::appendKpis(const HalfLifeResults& results, KpiWriter kpis) {
    kpis.push_back({"life.pv_premium", results.pvPremium, {}});
    kpis.push_back({"life.pretrain_advantage", results.pretrainAdvantage, {}});
    kpis.push_back({"life.breakeven_half_life", results.breakevenHalfLife, {}});
    kpis.push_back({"life.crossover_month", results.crossoverMonth, {}});
    kpis.push_back({"life.months_to_replicate_10pct", results.monthsToReplicate10pct, {}});
    kpis.push_back({"life.better_strategy", std::nullopt, results.betterStrategy});
}

// ---- The model registry's entry (models/ModelRegistry.cpp) -----------------------
namespace {
namespace kpi_rows {
using enum ModelGroup;
using enum KpiFormat;
using enum KpiSense;

// In the order appendKpis adds them.
// clang-format off
const KpiSpec kKpis[] = {
  {"life.pv_premium", HalfLife, "PV of inference premium", "推理溢价现值", "$", Money, Neutral,
   "Present value of the extra inference the think-longer strategy pays", true, noThreshold()},
  {"life.pretrain_advantage", HalfLife, "Pretraining advantage", "预训练优势", "$", Money, HigherIsBetter,
   "PV premium minus pretraining cost: positive means pretraining wins", false, aboveConstant(0)},
  {"life.breakeven_half_life", HalfLife, "Break-even half-life", "盈亏平衡半衰期", "months", Months, Neutral,
   "Half-life at which pretraining and thinking longer cost the same", true, noThreshold()},
  {"life.crossover_month", HalfLife, "Crossover month", "交叉月份", "month", MonthIndex, Neutral,
   "First month the cumulative inference premium reaches the pretraining cost", false, noThreshold()},
  {"life.months_to_replicate_10pct", HalfLife, "Months to replicate at 10%", "以 10% 成本复制所需月数", "months", Months, Neutral,
   "When a competitor can buy the same capability for a tenth of your cost", false, noThreshold()},
  {"life.better_strategy", HalfLife, "Better strategy", "更优策略", "", Text, Neutral,
   "Pretrain once or think longer at inference", true, noThreshold()},
};
// clang-format on

}  // namespace kpi_rows
}  // namespace

void HalfLifeModel::evaluate(const EvalContext& context, Results& results) {
    HalfLifeResults& life = results.get<HalfLifeResults>();
    evaluate(context.scenario, context.curve, life, context.notes);
    appendKpis(life, context.kpis);
}

std::span<const KpiSpec> HalfLifeModel::kpis() { return kpi_rows::kKpis; }

SeriesTable HalfLifeModel::seriesTable(const Results& results) {
    const HalfLifeResults& life = results.get<HalfLifeResults>();
    SeriesTable table;
    table.columns = {"month", "demand", "retained", "premium", "cumulative_inference",
                     "cumulative_pretrain", "replication_cost"};
    table.rows.reserve(life.month.size());
    for (std::size_t i = 0; i < life.month.size(); ++i) {
        table.rows.push_back({life.month[i], seriesCell(life.demand, i), seriesCell(life.retained, i),
                              seriesCell(life.premium, i), seriesCell(life.cumulativeInference, i),
                              seriesCell(life.cumulativePretrain, i), seriesCell(life.replicationCost, i)});
    }
    return table;
}

}  // namespace leverboard
