#pragma once
// 4. Capex and ROIC (MODEL.md §4): one GPU cohort, book against economic depreciation.

#include <string>
#include <vector>

#include "models/CostCurveModel.h"
#include "models/Results.h"
#include "scenario/Scenario.h"

namespace leverboard {

class CapexModel {
public:
    // Fills out (reusing its storage) from a range-clamped scenario and the
    // cost curve's indices; appends a note for each null KPI saying why
    // (Results::notes).
    static void evaluate(const Scenario& scenario, const CostCurve& curve, CapexResults& out,
                         std::vector<Message>& notes);
    static void appendKpis(const CapexResults& results, std::vector<Kpi>& kpis);
};

}  // namespace leverboard
