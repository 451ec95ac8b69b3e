#include "models/CostCurveModel.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "params/KpiRegistry.h"

namespace leverboard {
namespace {

// The engine hands us a sanitized scenario; clamping again keeps the curve
// finite when a test or tool builds one straight from raw values.
double param(const Scenario& scenario, ParamId id) { return clampToRange(id, scenario[id]); }

// ln If per month while the capability is still frontier-class. Both laws are
// exponential in time: Wright's (V^(t/12))^(−b) is exp(−b ln V · t/12).
double frontierLogRatePerMonth(const Scenario& scenario) {
    const auto law = static_cast<CostLaw>(std::lround(param(scenario, ParamId::CostLaw)));
    if (law == CostLaw::Wright) {
        const double learningRate = param(scenario, ParamId::CostLearningRate);
        const double b = -std::log2(1.0 - learningRate);
        return -b * std::log(param(scenario, ParamId::CostVolumeGrowth)) / 12.0;
    }
    return -std::log(param(scenario, ParamId::CostFrontierDecline)) / 12.0;
}

}  // namespace

CostCurve::CostCurve(const Scenario& scenario)
    : frontierPrice_(param(scenario, ParamId::CostFrontierPrice)),
      frontierLogRate_(frontierLogRatePerMonth(scenario)),
      commodityLogRate_(-std::log(param(scenario, ParamId::CostCommodityDecline)) / 12.0),
      hardwareLogRate_(-std::log(2.0) / (12.0 * param(scenario, ParamId::CostHwDoublingYears))),
      commoditizeMonth_(param(scenario, ParamId::CostCommoditizeMonths)) {}

double CostCurve::frontierIndex(double month) const {
    if (month <= commoditizeMonth_) return std::exp(frontierLogRate_ * month);
    return std::exp(frontierLogRate_ * commoditizeMonth_ +
                    commodityLogRate_ * (month - commoditizeMonth_));
}

double CostCurve::hardwareIndex(double month) const { return std::exp(hardwareLogRate_ * month); }

double CostCurve::price(double month) const { return frontierPrice_ * frontierIndex(month); }

MaybeNumber CostCurve::monthIndexFallsTo(double level, double limit) const {
    if (!(level > 0)) return std::nullopt;  // the index never reaches 0 (nor NaN)
    if (level >= 1) return limit >= 0 ? MaybeNumber(0.0) : std::nullopt;
    const double logLevel = std::log(level);  // < 0

    // Both segments are exponential in t, so each crossing is a logarithm.
    double month = INFINITY;
    if (frontierLogRate_ < 0 && logLevel / frontierLogRate_ <= commoditizeMonth_) {
        month = logLevel / frontierLogRate_;
    } else if (commodityLogRate_ < 0) {
        const double logAtKink = frontierLogRate_ * commoditizeMonth_;
        // The kink itself may already be low enough (rounding at the boundary).
        month = commoditizeMonth_ + std::max(0.0, (logLevel - logAtKink) / commodityLogRate_);
    }
    if (!(month <= limit)) return std::nullopt;
    return month;
}

void CostCurveModel::evaluate(const Scenario& scenario, const CostCurve& curve, CostResults& out,
                              MessageWriter notes) {
    const int horizon = scenario.horizonMonths();
    const auto points = static_cast<std::size_t>(horizon) + 1;
    out.month.resize(points);
    out.price.resize(points);
    out.frontierIndex.resize(points);
    out.hardwareIndex.resize(points);
    const double priceToday = curve.price(0);  // If(0) = 1 exactly
    for (std::size_t i = 0; i < points; ++i) {
        const double t = static_cast<double>(i);
        out.month[i] = t;
        out.frontierIndex[i] = curve.frontierIndex(t);
        out.price[i] = priceToday * out.frontierIndex[i];
        out.hardwareIndex[i] = curve.hardwareIndex(t);
    }
    out.commoditizeMonth = curve.commoditizeMonth();
    out.priceAtCommoditize = curve.price(curve.commoditizeMonth());
    out.price1y = curve.price(12);
    out.priceHorizon = out.price.back();
    out.totalDecline = out.price.front() / out.priceHorizon;

    const double maxCostShare = param(scenario, ParamId::CostMaxCostShare);
    out.applications.resize(scenario.applications.size());
    for (std::size_t a = 0; a < scenario.applications.size(); ++a) {
        const Application& app = scenario.applications[a];
        ApplicationCurve& curveOut = out.applications[a];
        curveOut.id = app.id;
        curveOut.name = app.name;
        curveOut.tokensPerTask = app.tokensPerTask;
        curveOut.valuePerTask = app.valuePerTask;
        curveOut.threshold = maxCostShare * app.valuePerTask;
        curveOut.costPerTask.resize(points);
        for (std::size_t i = 0; i < points; ++i)
            curveOut.costPerTask[i] = out.price[i] * app.tokensPerTask;

        // cost(t) ≤ threshold  ⇔  If(t) ≤ threshold / cost(0): the same closed
        // form as any other index level.
        const double viableLevel = curveOut.threshold / (priceToday * app.tokensPerTask);
        curveOut.unlockMonth = curve.monthIndexFallsTo(viableLevel, horizon);
        if (!curveOut.unlockMonth)
            notes.push_back({std::string(kUnlockMonthPrefix) + app.id, "application_not_viable",
                             {app.name, app.id, horizon}});
    }
}

void CostCurveModel::appendKpis(const CostResults& results, KpiWriter kpis) {
    kpis.push_back({"cost.price_1y", results.price1y, {}});
    kpis.push_back({"cost.price_horizon", results.priceHorizon, {}});
    kpis.push_back({"cost.total_decline", results.totalDecline, {}});
    for (const auto& app : results.applications)
        kpis.push_back({std::string(kUnlockMonthPrefix) + app.id, app.unlockMonth, {}});
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
  {"cost.price_1y", Cost, "Price in 1 year", "一年后价格", "$ / 1M tokens", PricePerMTok, LowerIsBetter,
   "Price of today's frontier capability at month 12", true, noThreshold()},
  {"cost.price_horizon", Cost, "Price at horizon", "期末价格", "$ / 1M tokens", PricePerMTok, LowerIsBetter,
   "Price of today's frontier capability at the end of the horizon", false, noThreshold()},
  {"cost.total_decline", Cost, "Total decline", "累计降幅", "×", Multiple, Neutral,
   "Price today divided by price at the horizon", true, noThreshold()},
  {"cost.unlock_month.", Cost, "Unlock month", "可行月份", "months", Months, LowerIsBetter,
   "First month the application's inference cost fits its value", false, atOrBelowHorizon()},
};
// clang-format on

}  // namespace kpi_rows
}  // namespace

void CostCurveModel::evaluate(const EvalContext& context, Results& results) {
    CostResults& cost = results.get<CostResults>();
    evaluate(context.scenario, context.curve, cost, context.notes);
    appendKpis(cost, context.kpis);
}

std::span<const KpiSpec> CostCurveModel::kpis() { return kpi_rows::kKpis; }

SeriesTable CostCurveModel::seriesTable(const Results& results) {
    const CostResults& cost = results.get<CostResults>();
    SeriesTable table;
    table.columns = {"month", "price", "frontier_index", "hardware_index"};
    for (const auto& app : cost.applications) table.columns.push_back("cost_per_task." + app.id);

    table.rows.reserve(cost.month.size());
    for (std::size_t i = 0; i < cost.month.size(); ++i) {
        std::vector<MaybeNumber> row{cost.month[i], seriesCell(cost.price, i),
                                     seriesCell(cost.frontierIndex, i), seriesCell(cost.hardwareIndex, i)};
        for (const auto& app : cost.applications) row.push_back(seriesCell(app.costPerTask, i));
        table.rows.push_back(std::move(row));
    }
    return table;
}

}  // namespace leverboard
