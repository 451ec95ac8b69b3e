#pragma once
// The two-parameter map, MODEL.md "Analysis on top of any model".

#include <atomic>
#include <optional>
#include <string>
#include <vector>

#include "params/KpiRegistry.h"
#include "params/ParameterRegistry.h"
#include "scenario/Scenario.h"

namespace leverboard::analysis {

struct MapOptions {
    int size = 64;          // cells per axis (2…256); whole-number axes use their integers when ≤ size
    unsigned threads = 0;
    const std::atomic<bool>* cancel = nullptr;
};

struct ParameterMapResult {
    std::string kpi;
    ParamId x;
    ParamId y;
    std::vector<double> xs;  // grid points, both ends included (log-spaced for log parameters)
    std::vector<double> ys;
    // Row-major, cells[iy * xs.size() + ix]. Numeric KPIs: value (nullopt = null).
    std::vector<std::optional<double>> values;
    // Text KPIs (categorical map): each cell's text ("" = null); values is then all nullopt.
    std::vector<std::string> texts;
    bool textKpi = false;
    // The natural threshold evaluated per cell (nullopt where it has none or is null).
    std::vector<std::optional<double>> thresholds;
    ThresholdSide sideAt(std::size_t cell) const;  // None for text KPIs and nulls
    double scenarioX = 0;    // the scenario's point
    double scenarioY = 0;
    bool cancelled = false;
};

// Axis grid for one parameter (exposed for tests and the GUI's coarse pass).
std::vector<double> mapAxis(ParamId param, int size);

ParameterMapResult parameterMap(const Scenario& scenario, const std::string& kpi, ParamId x,
                                ParamId y, const MapOptions& options = {});

}  // namespace leverboard::analysis
