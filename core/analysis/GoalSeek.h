#pragma once
// Goal seek, MODEL.md "Analysis on top of any model".

#include <optional>
#include <string>

#include "params/ParameterRegistry.h"
#include "scenario/Scenario.h"

namespace leverboard::analysis {

struct GoalSeekResult {
    bool solved = false;
    ParamId param;
    double value = 0;                   // solved: the root nearest the current value
    std::optional<double> kpiValue;     // the KPI there
    // Not solved: the sample whose KPI came closest to the target, and its KPI.
    std::optional<double> closestValue;
    std::optional<double> closestKpi;
    // Not solved: machine-readable one line (English, C locale numbers):
    //   "no value of capex.utilization in [0.05, 1] reaches capex.npv = 1e+12"
    std::string message;
};

GoalSeekResult goalSeek(const Scenario& scenario, const std::string& kpi, double target,
                        ParamId param);

}  // namespace leverboard::analysis
