#pragma once
// 1. Cost curves (MODEL.md §1): the root variable. Computes the frontier and
// hardware price indices that the other three models consume.

#include <span>
#include <string>
#include <vector>

#include "models/ModelRegistry.h"
#include "models/Results.h"
#include "scenario/Scenario.h"

namespace leverboard {

struct ApplicationCurve {
    std::string id;
    std::string name;
    double tokensPerTask = 0;          // M tokens
    double valuePerTask = 0;           // $
    double threshold = 0;              // max_cost_share × value_per_task, $ per task
    std::vector<double> costPerTask;   // $ per task, one per month 0..H
    MaybeNumber unlockMonth;           // fractional month, 0 if viable today
};

struct CostResults {
    static constexpr ModelGroup kGroup = ModelGroup::Cost;

    std::vector<double> month;          // 0 … H
    std::vector<double> price;          // P(t), $ / 1M tokens
    std::vector<double> frontierIndex;  // If(t)
    std::vector<double> hardwareIndex;  // Ih(t)
    double commoditizeMonth = 0;        // Tc (the kink; may lie beyond H)
    double priceAtCommoditize = 0;      // P(Tc)
    std::vector<ApplicationCurve> applications;
    double price1y = 0;
    double priceHorizon = 0;
    double totalDecline = 1;
};

// The two price indices as functions of (fractional) month t. Built once per
// evaluation from a sanitized scenario and handed to the other models.
class CostCurve {
public:
    explicit CostCurve(const Scenario& scenario);

    double frontierIndex(double month) const;  // If(t), If(0) = 1
    double hardwareIndex(double month) const;  // Ih(t)
    double price(double month) const;          // P(t) = frontier_price × If(t)
    double commoditizeMonth() const { return commoditizeMonth_; }

    // Least fractional month with If(t) ≤ level (level in (0, 1]); nullopt if
    // not reached by month `limit`.
    MaybeNumber monthIndexFallsTo(double level, double limit) const;

private:
    double frontierPrice_;
    double frontierLogRate_;   // ln If per month before Tc (≤ 0)
    double commodityLogRate_;  // ln If per month after Tc (≤ 0)
    double hardwareLogRate_;   // ln Ih per month
    double commoditizeMonth_;
};

class CostCurveModel {
public:
    // Fills out (reusing its storage); appends a note for each application
    // not viable within the horizon (Results::notes).
    static void evaluate(const Scenario& scenario, const CostCurve& curve, CostResults& out,
                         MessageWriter notes);
    static void appendKpis(const CostResults& results, KpiWriter kpis);

    // The model registry's entry (models/ModelRegistry.cpp): evaluates into
    // results.get<CostResults>() and appends the KPIs; this model's KPI specs; its
    // time series as the CSV table.
    static void evaluate(const EvalContext& context, Results& results);
    static std::span<const KpiSpec> kpis();
    static SeriesTable seriesTable(const Results& results);
};

}  // namespace leverboard
