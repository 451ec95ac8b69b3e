#pragma once
// What every analysis reads: numeric KPIs by id, and the parameters it may move.
// Generic over the registries: no analysis names a model.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "models/Results.h"
#include "params/KpiRegistry.h"
#include "params/ParameterRegistry.h"
#include "scenario/Scenario.h"

namespace leverboard::analysis {

// The KPI's numeric value; nullopt when it is null, a text KPI or not in the results.
std::optional<double> numericKpi(const Results& results, std::string_view id);

// Every numeric KPI id of this scenario's evaluation, in registry order
// (per-application unlock months included; text KPIs excluded).
std::vector<std::string> numericKpiIds(const Scenario& scenario);

// Parameters an analysis may move (MODEL.md: every numeric parameter, not
// cost.law; the application list is never one), in registry order.
std::vector<ParamId> analysableParameters();

// One line naming the problem, for the command line and dialogs, or empty:
//   "unknown KPI 'capex.npx'"  /  "'chips.best' is a text KPI: pick a numeric one"
std::string checkNumericKpi(const Scenario& scenario, std::string_view id);
// "unknown parameter 'capex.utilisation'" / "'cost.law' is a choice, not a number"
std::string checkAnalysableParameter(std::string_view id);

// Where a value sits on a parameter's axis: log10 for Log, log10(1 + v) for
// LogOnePlus, v for Linear; and back. Goal seek, the map and the tornado's
// "distance" use it.
double toAxis(ParamId param, double value);
double fromAxis(ParamId param, double axis);

}  // namespace leverboard::analysis
