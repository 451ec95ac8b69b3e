#pragma once
// 2. Compute leverage (MODEL.md §2): headcount a goal needs as compute per person grows.

#include <string>
#include <vector>

#include "models/CostCurveModel.h"
#include "models/Results.h"
#include "scenario/Scenario.h"

namespace leverboard {

class LeverageModel {
public:
    // Fills out (reusing its storage) from a range-clamped scenario and the
    // cost curve's indices; appends warnings.
    static void evaluate(const Scenario& scenario, const CostCurve& curve, LeverageResults& out,
                         std::vector<Message>& warnings);
    static void appendKpis(const LeverageResults& results, std::vector<Kpi>& kpis);
};

}  // namespace leverboard
