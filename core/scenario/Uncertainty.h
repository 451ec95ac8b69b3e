#pragma once
// What a scenario is unsure about (MODEL.md, "Analysis on top of any model →
// Uncertainty"): a distribution on any numeric parameter and optional rank
// correlations between pairs. Saved with the scenario (workspace schema 2).
// The sampling maths is in analysis/Sampling.h.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "params/ParameterRegistry.h"

namespace leverboard {

enum class DistributionKind { Uniform, Triangular, Normal, Lognormal };

// The numbers as people state them, in the parameter's unit:
//   uniform(low a, high b), triangular(low a, mode b, high c),
//   normal(p5 a, p95 b), lognormal(p5 a, p95 b) (a > 0).
// Every kind is truncated to the parameter's range.
struct Distribution {
    DistributionKind kind = DistributionKind::Uniform;
    double a = 0;
    double b = 0;
    double c = 0;  // triangular only

    bool operator==(const Distribution&) const = default;
};

struct ParameterDistribution {
    ParamId param;
    Distribution distribution;
    bool operator==(const ParameterDistribution&) const = default;
};

// Spearman's rank correlation between two parameters that carry distributions.
// Stored with a before b in registry order.
struct RankCorrelation {
    ParamId a;
    ParamId b;
    double rho = 0;  // in (-1, 1)
    bool operator==(const RankCorrelation&) const = default;
};

struct Uncertainty {
    std::vector<ParameterDistribution> distributions;  // registry order, at most one per parameter
    std::vector<RankCorrelation> correlations;         // sorted by (a, b), at most one per pair

    bool empty() const { return distributions.empty(); }
    const Distribution* find(ParamId param) const;
    // Adds or replaces, keeping registry order.
    void set(ParamId param, const Distribution& distribution);
    // Removes the parameter's distribution and every correlation that names it.
    void remove(ParamId param);
    // Adds, replaces or (rho == 0) removes the pair's correlation; a and b in any order.
    void setCorrelation(ParamId a, ParamId b, double rho);
    double correlation(ParamId a, ParamId b) const;  // 0 when none

    bool operator==(const Uncertainty&) const = default;
};

// "uniform", "triangular", "normal", "lognormal": the workspace and --dist names.
std::string_view distributionKindId(DistributionKind kind);
std::optional<DistributionKind> findDistributionKind(std::string_view id);

// Whether a parameter can carry a distribution (numeric: not cost.law).
bool canBeUncertain(ParamId param);

// Empty when valid; otherwise one line naming the parameter and the problem:
//   "capex.economic_life: low 5 is above high 3"
//   "capex.utilization: lognormal needs p5 > 0"
//   "capex.utilization: uniform(2, 3) has no mass inside the range 0.05–1"
std::string validateDistribution(ParamId param, const Distribution& distribution);

}  // namespace leverboard
