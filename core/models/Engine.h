#pragma once
// evaluate(scenario) → results: all four models, pure and deterministic.
// No NaN or infinity leaves it; out-of-range inputs are clamped and reported.

#include <cstdint>
#include <string>
#include <vector>

#include "models/Results.h"
#include "scenario/Scenario.h"

namespace leverboard {

Results evaluate(const Scenario& scenario);
// Same, reusing out's storage (the GUI and Monte Carlo call this in a loop).
void evaluate(const Scenario& scenario, Results& out);

// What an evaluation computes: Monte Carlo's fast path evaluates only the
// models whose KPIs or series it shows, plus the models those read.
struct EvalOptions {
    // Bit i set: models()[i] is evaluated. A skipped model appends no KPIs
    // and its part in Results::parts is left as it was (do not read it).
    std::uint64_t modelMask = ~std::uint64_t{0};
    // false: leave out the grids only a chart draws (EvalContext::chartGrids);
    // KPIs and series tables are the same.
    bool chartGrids = true;
};
// Same as evaluate(scenario, out) for the models in options.modelMask; the
// KPIs of the evaluated models are identical to a full evaluation's.
void evaluate(const Scenario& scenario, Results& out, const EvalOptions& options);

// The mask of models needed for these KPI ids (their models, the models a
// KPI's threshold reads, e.g. lev.no_ai_headcount) and the series tables of
// these model ids, closed over the models each reads (power reads cluster's
// results; leverage's series table reads the cost curve model's). Unknown ids
// are ignored.
std::uint64_t modelMaskFor(const std::vector<std::string>& kpiIds, const std::vector<std::string>& seriesModels);

// The scenario with every parameter clamped to its range (NaN → default) and
// application fields made valid, plus a warning for each change.
Scenario sanitized(const Scenario& scenario, std::vector<Message>& warnings);

}  // namespace leverboard
