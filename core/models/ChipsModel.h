#pragma once
// 7. Chip bets under paradigm risk (MODEL.md §7): the discounted useful work
// per $ of a GPU, a TPU and an inference ASIC when the computing paradigm
// shifts as a Poisson process and each architecture keeps only a share of its
// usefulness after the first shift.

#include <span>
#include <string>
#include <vector>

#include "models/ModelRegistry.h"
#include "models/Results.h"
#include "scenario/Scenario.h"

namespace leverboard {

// One architecture's bet: its inputs and its value at the scenario's hazard.
struct ChipBet {
    double perfPerDollar = 1;  // g: useful work per $ of capex, relative to a GPU
    double retained = 1;       // u: share of usefulness kept after a shift
    double value = 0;          // V = g × (u × A(r) + (1 − u) × A(r + λ)), GPU-years per $
};

struct ChipsResults {
    static constexpr ModelGroup kGroup = ModelGroup::Chips;

    // The value chart and the series table: one row per hazard value, 0 … 3 per year.
    std::vector<double> hazard;
    std::vector<double> valueGpu;
    std::vector<double> valueTpu;
    std::vector<double> valueAsic;

    // Value against the ASIC's perf per $ at the scenario's λ: log-spaced over
    // the parameter's range, both ends included.
    std::vector<double> asicPerfGrid;
    std::vector<double> valueAsicAtPerf;

    double life = 0;            // L = capex.economic_life, years
    double wacc = 0;            // r = capex.wacc
    double shiftHazard = 0;     // λ, per year
    double annuityAtWacc = 0;   // A(r)
    double annuityAtHazard = 0; // A(r + λ)
    ChipBet gpu, tpu, asic;
    std::string best;           // "gpu", "tpu" or "asic" (ties: GPU, then TPU)
    MaybeNumber breakevenHazardTpu;
    MaybeNumber breakevenHazardAsic;
    // The GPU's (and so the chip's) value at each break-even: where the chart marks it.
    MaybeNumber breakevenValueTpu;
    MaybeNumber breakevenValueAsic;
};

class ChipsModel {
public:
    static constexpr double kChartMaxHazard = 3;    // the value chart's λ axis: 0 … 3
    static constexpr int kHazardRows = 61;          // series rows: λ = 0, 0.05, … 3
    static constexpr int kAsicPerfPoints = 48;
    static constexpr double kBreakevenMaxHazard = 10;  // break-evens are searched on [0, 10]
    static constexpr double kBreakevenTolerance = 1e-12;

    // A(x) = (1 − e^(−xL)) / x, computed as −expm1(−xL) / x; L at x = 0.
    static double annuity(double x, double life);
    // V = g × (u × A(r) + (1 − u) × A(r + λ)).
    static double value(double perfPerDollar, double retained, double wacc, double hazard, double life);
    // The λ in [0, 10] where the chip's V equals the GPU's (null when the chip
    // is the GPU's twin or the difference keeps one sign; 0 when it is 0 at
    // λ = 0), and the note's code when null.
    struct Breakeven {
        MaybeNumber hazard;
        std::string nullCode;  // "chips_same_as_gpu", "chips_beats_gpu_everywhere", "chips_gpu_beats_everywhere"
    };
    static Breakeven breakevenHazard(const ChipBet& chip, const ChipBet& gpu, double wacc, double life);

    // Fills out (reusing its storage) from a range-clamped scenario; appends a
    // note for each null KPI saying why.
    static void evaluate(const Scenario& scenario, ChipsResults& out, MessageWriter notes);
    static void appendKpis(const ChipsResults& results, KpiWriter kpis);

    // The model registry's entry (models/ModelRegistry.cpp).
    static void evaluate(const EvalContext& context, Results& results);
    static std::span<const KpiSpec> kpis();
    static SeriesTable seriesTable(const Results& results);
};

}  // namespace leverboard
