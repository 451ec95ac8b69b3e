#pragma once
// The command line's side of the Monte Carlo (`leverboard montecarlo`):
// parsing --dist ID=KIND:a,b[,c] and printing the result as JSON. No Qt.

#include <string>
#include <string_view>

#include "analysis/MonteCarlo.h"
#include "params/ParameterRegistry.h"
#include "scenario/Uncertainty.h"

namespace leverboard::analysis {

// One --dist argument, e.g. "capex.utilization=uniform:0.55,0.9",
// "capex.economic_life=triangular:2,4,6", "cost.frontier_decline=lognormal:5,10".
// error is empty when the argument is valid (including validateDistribution);
// otherwise one line naming the id (when it was read) and the problem, e.g.
//   "capex.economic_life: low 5 is above high 3"
//   "nope: unknown parameter"
//   "capex.utilization: unknown distribution \"beta\" (uniform, triangular, normal or lognormal)"
struct DistributionArgument {
    ParamId param = ParamId::HorizonYears;
    Distribution distribution;
    std::string error;
};
DistributionArgument parseDistributionArgument(std::string_view text);

// Exactly
//   {"samples": N, "seed": S, "kpis": {"<id>": {"mean": m, "p5": a, "p10": b, "p50": c,
//    "p90": d, "p95": e, "null_share": s, "p_good": g}, ...}}
// on one line followed by "\n", KPIs in the result's order; numbers by
// text::shortestNumber (locale-independent), null for a missing value (p_good
// is null for KPIs without a natural threshold). Byte-identical for equal results.
std::string monteCarloJson(const MonteCarloResult& result);

}  // namespace leverboard::analysis
