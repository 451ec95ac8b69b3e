#pragma once
// Sensitivity (tornado), MODEL.md "Analysis on top of any model".

#include <atomic>
#include <optional>
#include <string>
#include <vector>

#include "params/ParameterRegistry.h"
#include "scenario/Scenario.h"

namespace leverboard::analysis {

struct SensitivityOptions {
    double band = 0.2;              // β, in (0, 1]
    bool useDistributions = false;  // a parameter with a distribution uses its P10–P90
    unsigned threads = 0;           // 0 = defaultThreadCount()
    const std::atomic<bool>* cancel = nullptr;
};

struct SensitivityBar {
    ParamId param;
    double low = 0;   // the parameter's low end as evaluated (clipped to its range)
    double high = 0;  // its high end
    std::optional<double> kpiLow;   // KPI at the low end; nullopt = null
    std::optional<double> kpiHigh;
    std::optional<double> swing;    // |kpiHigh − kpiLow|; nullopt when either end is null
    bool fromDistribution = false;  // the band is the distribution's P10–P90
};

struct SensitivityResult {
    std::string kpi;
    std::optional<double> value;       // the KPI at the scenario
    std::vector<SensitivityBar> bars;  // by swing, largest first (ties: registry order); nulls last
    bool cancelled = false;
};

// The KPI id must be numeric (checkNumericKpi); bad ids give an empty result with no bars.
SensitivityResult sensitivity(const Scenario& scenario, const std::string& kpi,
                              const SensitivityOptions& options = {});

}  // namespace leverboard::analysis
