#pragma once
// 1. Cost curves (MODEL.md §1): the root variable. Computes the frontier and
// hardware price indices that the other three models consume.

#include <string>
#include <vector>

#include "models/Results.h"
#include "scenario/Scenario.h"

namespace leverboard {

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
                         std::vector<Message>& notes);
    static void appendKpis(const CostResults& results, std::vector<Kpi>& kpis);
};

}  // namespace leverboard
