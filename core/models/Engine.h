#pragma once
// evaluate(scenario) → results: all four models, pure and deterministic.
// No NaN or infinity leaves it; out-of-range inputs are clamped and reported.

#include "models/Results.h"
#include "scenario/Scenario.h"

namespace leverboard {

Results evaluate(const Scenario& scenario);
// Same, reusing out's storage (the GUI and Monte Carlo call this in a loop).
void evaluate(const Scenario& scenario, Results& out);

// The scenario with every parameter clamped to its range (NaN → default) and
// application fields made valid, plus a warning for each change.
Scenario sanitized(const Scenario& scenario, std::vector<Message>& warnings);

}  // namespace leverboard
