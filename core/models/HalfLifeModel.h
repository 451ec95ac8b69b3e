#pragma once
// 3. Model half-life (MODEL.md §3): pretraining once against thinking longer at inference.

#include <span>
#include <string>
#include <vector>

#include "models/CostCurveModel.h"
#include "models/ModelRegistry.h"
#include "models/Results.h"
#include "scenario/Scenario.h"

namespace leverboard {

struct HalfLifeResults {
    static constexpr ModelGroup kGroup = ModelGroup::HalfLife;

    std::vector<double> month;                // 0 … H
    std::vector<double> demand;               // D(t), queries / month
    std::vector<double> retained;             // 2^(−t / half_life): value retained
    std::vector<double> premium;              // E(t), $ / month
    std::vector<double> cumulativeInference;  // Σ E(0 … t), undiscounted
    std::vector<double> cumulativePretrain;   // pretrain_cost, paid at t = 0
    std::vector<double> replicationCost;      // pretrain_cost × If(t)

    std::vector<double> halfLifeGrid;         // months, log-spaced over the parameter's range
    std::vector<double> pvPremiumAtHalfLife;  // PV premium for each grid half-life

    double pretrainCost = 0;
    double halfLifeMonths = 0;    // the scenario's half-life (range-clamped)
    double replicationLevel = 0;  // the replication target: 10% of the pretraining cost, $
    double pvPremium = 0;
    double pretrainAdvantage = 0;
    MaybeNumber breakevenHalfLife;
    MaybeNumber crossoverMonth;
    MaybeNumber monthsToReplicate10pct;
    std::string betterStrategy;  // "pretrain" or "inference"
};

class HalfLifeModel {
public:
    // Fills out (reusing its storage) from a range-clamped scenario and the
    // cost curve's indices; appends a note for each null KPI saying why
    // (Results::notes).
    static void evaluate(const Scenario& scenario, const CostCurve& curve, HalfLifeResults& out,
                         MessageWriter notes);
    static void appendKpis(const HalfLifeResults& results, KpiWriter kpis);

    // The model registry's entry (models/ModelRegistry.cpp): evaluates into
    // results.get<HalfLifeResults>() and appends the KPIs; this model's KPI specs; its
    // time series as the CSV table.
    static void evaluate(const EvalContext& context, Results& results);
    static std::span<const KpiSpec> kpis();
    static SeriesTable seriesTable(const Results& results);
};

}  // namespace leverboard
