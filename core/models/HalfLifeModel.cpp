#include "models/HalfLifeModel.h"

#include <array>
#include <cmath>
#include <span>

#include "models/Solvers.h"

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
// a(t) holds everything that does not depend on the half-life (Horner form:
// no pow per term, so the break-even solver stays cheap).
double presentValue(std::span<const double> coefficients, double retention) {
    double sum = 0;
    for (auto it = coefficients.rbegin(); it != coefficients.rend(); ++it) sum = sum * retention + *it;
    return sum;
}

std::string horizonText(int horizonMonths) {
    if (horizonMonths % 12 == 0) return std::to_string(horizonMonths / 12) + "-year horizon";
    return std::to_string(horizonMonths) + "-month horizon";
}

}  // namespace

void HalfLifeModel::evaluate(const Scenario& scenario, const CostCurve& curve, HalfLifeResults& out,
                             std::vector<std::string>& warnings) {
    auto param = [&](ParamId id) { return clampToRange(id, scenario[id]); };
    const double pretrainCost = param(ParamId::LifePretrainCost);
    const double halfLife = param(ParamId::LifeHalfLifeMonths);
    const double queries = param(ParamId::LifeQueriesPerMonth);
    const double logGrowth = std::log1p(param(ParamId::LifeQueryGrowth));
    const double logDiscount = -std::log1p(param(ParamId::LifeDiscountRate)) / 12.0;
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

    out.crossoverMonth.reset();
    double cumulative = 0;
    for (std::size_t i = 0; i < points; ++i) {
        const double t = static_cast<double>(i);
        const double frontierIndex = curve.frontierIndex(t);
        const double grownQueries = queries * std::exp(logGrowth * t);
        const double retained = std::exp2(-t / halfLife);
        const double premium = grownQueries * retained * premiumPerQueryToday * frontierIndex;
        cumulative += premium;

        out.month[i] = t;
        out.demand[i] = grownQueries * retained;
        out.retained[i] = retained;
        out.premium[i] = premium;
        out.cumulativeInference[i] = cumulative;
        out.replicationCost[i] = pretrainCost * frontierIndex;

        if (i < flowMonths) {
            coefficients[i] =
                grownQueries * premiumPerQueryToday * frontierIndex * std::exp(logDiscount * t);
            if (!out.crossoverMonth && cumulative >= pretrainCost) out.crossoverMonth = t;
        }
    }

    out.pretrainCost = pretrainCost;
    out.pvPremium = presentValue(coefficients, retentionPerMonth(halfLife));
    out.pretrainAdvantage = out.pvPremium - pretrainCost;
    out.betterStrategy = pretrainCost < out.pvPremium ? "pretrain" : "inference";

    // PV rises with the half-life, so the ends of the window decide whether a
    // break-even exists inside it.
    auto pvGap = [&](double h) { return presentValue(coefficients, retentionPerMonth(h)) - pretrainCost; };
    out.breakevenHalfLife.reset();
    if (pvGap(kBreakevenMinMonths) > 0) {
        warnings.push_back("Break-even half-life is below 0.5 months: pretraining pays even if demand "
                           "for the model halves every half month");
    } else if (pvGap(kBreakevenMaxMonths) < 0) {
        warnings.push_back("Break-even half-life is above 600 months: pretraining does not pay even if "
                           "demand for the model hardly decays");
    } else {
        out.breakevenHalfLife = solve::bisect(pvGap, kBreakevenMinMonths, kBreakevenMaxMonths, 0.0,
                                              kBreakevenToleranceMonths);
    }

    if (!out.crossoverMonth)
        warnings.push_back("The inference premium does not add up to the pretraining cost within the " +
                           horizonText(horizon) + " (no crossover month)");

    out.monthsToReplicate10pct = curve.monthIndexFallsTo(kReplicationLevel, horizon);
    if (!out.monthsToReplicate10pct)
        warnings.push_back("A competitor cannot replicate the model at 10% of its cost within the " +
                           horizonText(horizon));

    const auto& halfLifeSpec = spec(ParamId::LifeHalfLifeMonths);
    const double logMin = std::log(halfLifeSpec.min);
    const double logStep = (std::log(halfLifeSpec.max) - logMin) / double(kHalfLifeGridPoints - 1);
    out.halfLifeGrid.resize(kHalfLifeGridPoints);
    out.pvPremiumAtHalfLife.resize(kHalfLifeGridPoints);
    for (std::size_t i = 0; i < kHalfLifeGridPoints; ++i) {
        const double h = i + 1 == kHalfLifeGridPoints ? halfLifeSpec.max
                                                       : std::exp(logMin + logStep * double(i));
        out.halfLifeGrid[i] = h;
        out.pvPremiumAtHalfLife[i] = presentValue(coefficients, retentionPerMonth(h));
    }
}

void HalfLifeModel::appendKpis(const HalfLifeResults& results, std::vector<Kpi>& kpis) {
    kpis.push_back({"life.pv_premium", results.pvPremium, {}});
    kpis.push_back({"life.pretrain_advantage", results.pretrainAdvantage, {}});
    kpis.push_back({"life.breakeven_half_life", results.breakevenHalfLife, {}});
    kpis.push_back({"life.crossover_month", results.crossoverMonth, {}});
    kpis.push_back({"life.months_to_replicate_10pct", results.monthsToReplicate10pct, {}});
    kpis.push_back({"life.better_strategy", std::nullopt, results.betterStrategy});
}

}  // namespace leverboard
