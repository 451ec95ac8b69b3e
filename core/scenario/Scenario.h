#pragma once
// A scenario: one value for every registry parameter plus the cost model's
// application list, a name and notes.

#include <array>
#include <string>
#include <vector>

#include "params/ParameterRegistry.h"
#include "scenario/Uncertainty.h"

namespace leverboard {

struct Application {
    std::string id;            // stable id used in KPI ids: cost.unlock_month.<id>
    std::string name;
    double tokensPerTask = 1;  // M tokens per task
    double valuePerTask = 1;   // $ per task

    bool operator==(const Application&) const = default;
};

// Allowed ranges for application fields (validation and the editor).
inline constexpr double kMinTokensPerTask = 1e-9;
inline constexpr double kMaxTokensPerTask = 1e9;
inline constexpr double kMinValuePerTask = 1e-9;
inline constexpr double kMaxValuePerTask = 1e12;

struct Scenario {
    std::string name = "Base";
    std::string notes;
    std::array<double, kParamCount> values{};
    std::vector<Application> applications;
    // Distributions and rank correlations for the Monte Carlo (empty: none).
    Uncertainty uncertainty;

    Scenario();  // every parameter at its default, the default application list

    double operator[](ParamId id) const { return values[static_cast<std::size_t>(id)]; }
    double& operator[](ParamId id) { return values[static_cast<std::size_t>(id)]; }

    int horizonMonths() const;  // 12 × horizon_years, rounded to whole months

    bool operator==(const Scenario&) const = default;
};

std::vector<Application> defaultApplications();

// An id not yet used in the list, derived from the name ("Legal memo" → "legal_memo").
std::string uniqueApplicationId(const std::vector<Application>& apps, const std::string& name);

}  // namespace leverboard
