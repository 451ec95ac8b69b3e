#pragma once
// 3. Model half-life (MODEL.md §3): pretraining once against thinking longer at inference.

#include <string>
#include <vector>

#include "models/CostCurveModel.h"
#include "models/Results.h"
#include "scenario/Scenario.h"

namespace leverboard {

class HalfLifeModel {
public:
    // Fills out (reusing its storage) from a range-clamped scenario and the
    // cost curve's indices; appends a note for each null KPI saying why
    // (Results::notes).
    static void evaluate(const Scenario& scenario, const CostCurve& curve, HalfLifeResults& out,
                         std::vector<Message>& notes);
    static void appendKpis(const HalfLifeResults& results, std::vector<Kpi>& kpis);
};

}  // namespace leverboard
