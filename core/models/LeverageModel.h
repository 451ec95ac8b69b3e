#pragma once
// 2. Compute leverage (MODEL.md §2): headcount a goal needs as compute per person grows.

#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "models/CostCurveModel.h"
#include "models/ModelRegistry.h"
#include "models/Results.h"
#include "scenario/Scenario.h"

namespace leverboard {

struct StageTime {
    std::string_view id;   // "generate", "review", "other"
    double share = 0;      // time share before AI (sums to 1)
    double speedup = 1;    // a_i(C)
    double timeAfter = 0;  // share / speedup (relative to the no-AI total of 1)
};

struct LeverageResults {
    static constexpr ModelGroup kGroup = ModelGroup::Leverage;

    // Required headcount and cost against compute per person (log x grid, includes 0 and the scenario's C).
    std::vector<double> computeGrid;
    std::vector<MaybeNumber> headcountAtCompute;  // N_req(C)
    std::vector<MaybeNumber> costAtCompute;       // N_req(C) × (salary/4 + 3 C unit_price), t = 0

    // Team output against team size N = 1 … teamSizeMax at the scenario's C and with no AI.
    std::vector<double> teamSize;
    std::vector<double> teamOutput;
    std::vector<double> teamOutputNoAi;

    // The optimum over months 0 … H ("thin team, thick compute").
    std::vector<double> month;
    std::vector<MaybeNumber> optimalHeadcountPath;
    std::vector<MaybeNumber> optimalComputePath;
    std::vector<MaybeNumber> optimalCostPath;

    std::array<StageTime, 3> stages{};  // the bucket effect

    double compute = 0;         // the scenario's C
    double leverage = 1;        // L(C)
    double multiplier = 1;      // m(C)
    double externalFactor = 1;  // f
    double targetWork = 0;
    MaybeNumber teamPeak;       // N_peak (null when κ = 0)
    MaybeNumber requiredHeadcount;
    MaybeNumber noAiHeadcount;
    MaybeNumber costPerQuarter;
    MaybeNumber optimalCompute;
    MaybeNumber optimalHeadcount;
    MaybeNumber optimalCostPerQuarter;
    MaybeNumber optimalHeadcountHorizon;
};

class LeverageModel {
public:
    // Fills out (reusing its storage) from a range-clamped scenario and the
    // cost curve's indices; appends warnings.
    // chartGrids false: computeGrid, headcountAtCompute and costAtCompute are left as they were.
    static void evaluate(const Scenario& scenario, const CostCurve& curve, LeverageResults& out,
                         MessageWriter warnings, bool chartGrids = true);
    static void appendKpis(const LeverageResults& results, KpiWriter kpis);

    // The model registry's entry (models/ModelRegistry.cpp): evaluates into
    // results.get<LeverageResults>() and appends the KPIs; this model's KPI specs; its
    // time series as the CSV table.
    static void evaluate(const EvalContext& context, Results& results);
    static std::span<const KpiSpec> kpis();
    static SeriesTable seriesTable(const Results& results);
};

}  // namespace leverboard
