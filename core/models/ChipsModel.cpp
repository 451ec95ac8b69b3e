#include "models/ChipsModel.h"

#include <cmath>

namespace leverboard {

double ChipsModel::annuity(double x, double life) {
    if (x == 0) return life;
    return -std::expm1(-x * life) / x;
}

double ChipsModel::value(double perfPerDollar, double retained, double wacc, double hazard, double life) {
    return perfPerDollar *
           (retained * annuity(wacc, life) + (1.0 - retained) * annuity(wacc + hazard, life));
}

ChipsModel::Breakeven ChipsModel::breakevenHazard(const ChipBet& chip, const ChipBet& gpu, double wacc,
                                                  double life) {
    if (chip.perfPerDollar == gpu.perfPerDollar && chip.retained == gpu.retained)
        return {std::nullopt, "chips_same_as_gpu"};
    // D(λ) = V_chip(λ) − V_gpu(λ) = a + b × A(r + λ), with
    // a = (g u − u_gpu) × A(r) and b = g (1 − u) − (1 − u_gpu): monotone in λ,
    // since A falls as its argument grows; one annuity per bisection step.
    const double annuityR = annuity(wacc, life);
    const double a = (chip.perfPerDollar * chip.retained - gpu.perfPerDollar * gpu.retained) * annuityR;
    const double b = chip.perfPerDollar * (1.0 - chip.retained) - gpu.perfPerDollar * (1.0 - gpu.retained);
    auto difference = [&](double hazard) { return a + b * annuity(wacc + hazard, life); };
    // At λ = 0 both terms share A(r): V = g × A(r), so the difference is
    // (g − g_gpu) × A(r), exactly 0 for a chip with the GPU's perf per $.
    const double atZero = (chip.perfPerDollar - gpu.perfPerDollar) * annuityR;
    if (atZero == 0) return {0.0, {}};
    const double atMax = difference(kBreakevenMaxHazard);
    if ((atZero > 0) == (atMax > 0) && atMax != 0)
        return {std::nullopt, atZero > 0 ? "chips_beats_gpu_everywhere" : "chips_gpu_beats_everywhere"};
    // lo keeps D's sign at 0; hi has the other sign (or is a root).
    double lo = 0, hi = kBreakevenMaxHazard;
    while (hi - lo > kBreakevenTolerance) {
        const double mid = 0.5 * (lo + hi);
        if (mid <= lo || mid >= hi) break;  // no double between them
        const double d = difference(mid);
        if (d == 0) return {mid, {}};
        if ((d > 0) == (atZero > 0)) lo = mid;
        else hi = mid;
    }
    return {0.5 * (lo + hi), {}};
}

namespace {

// The perf-per-$ chart's grid: log-spaced over the parameter's range, both
// ends exact. The same for every scenario, so computed once.
const std::vector<double>& asicPerfGrid() {
    static const std::vector<double> grid = [] {
        const auto& perfSpec = spec(ParamId::ChipsAsicPerfPerDollar);
        const auto points = static_cast<std::size_t>(ChipsModel::kAsicPerfPoints);
        std::vector<double> g(points);
        const double logMin = std::log(perfSpec.min);
        const double logStep = (std::log(perfSpec.max) - logMin) / double(points - 1);
        for (std::size_t i = 0; i < points; ++i)
            g[i] = i == 0 ? perfSpec.min : i + 1 == points ? perfSpec.max : std::exp(logMin + logStep * double(i));
        return g;
    }();
    return grid;
}

}  // namespace

void ChipsModel::evaluate(const Scenario& scenario, ChipsResults& out, MessageWriter notes) {
    auto param = [&](ParamId id) { return clampToRange(id, scenario[id]); };
    const double life = param(ParamId::CapexEconomicLife);
    const double wacc = param(ParamId::CapexWacc);
    const double hazard = param(ParamId::ChipsShiftHazard);

    out.life = life;
    out.wacc = wacc;
    out.shiftHazard = hazard;
    out.annuityAtWacc = annuity(wacc, life);
    out.annuityAtHazard = annuity(wacc + hazard, life);

    out.gpu = {1.0, param(ParamId::ChipsGpuRetained), 0};
    out.tpu = {param(ParamId::ChipsTpuPerfPerDollar), param(ParamId::ChipsTpuRetained), 0};
    out.asic = {param(ParamId::ChipsAsicPerfPerDollar), param(ParamId::ChipsAsicRetained), 0};
    for (ChipBet* chip : {&out.gpu, &out.tpu, &out.asic})
        chip->value = value(chip->perfPerDollar, chip->retained, wacc, hazard, life);

    // The largest value wins; a tie goes to the GPU, then the TPU.
    out.best = "gpu";
    double bestValue = out.gpu.value;
    if (out.tpu.value > bestValue) {
        out.best = "tpu";
        bestValue = out.tpu.value;
    }
    if (out.asic.value > bestValue) out.best = "asic";

    const auto rows = static_cast<std::size_t>(kHazardRows);
    out.hazard.resize(rows);
    out.valueGpu.resize(rows);
    out.valueTpu.resize(rows);
    out.valueAsic.resize(rows);
    const double annuityR = out.annuityAtWacc;
    for (std::size_t i = 0; i < rows; ++i) {
        const double h = kChartMaxHazard * double(i) / double(rows - 1);
        const double shifted = annuity(wacc + h, life);
        auto v = [&](const ChipBet& chip) {
            return chip.perfPerDollar * (chip.retained * annuityR + (1.0 - chip.retained) * shifted);
        };
        out.hazard[i] = h;
        out.valueGpu[i] = v(out.gpu);
        out.valueTpu[i] = v(out.tpu);
        out.valueAsic[i] = v(out.asic);
    }

    const std::vector<double>& grid = asicPerfGrid();
    out.asicPerfGrid.assign(grid.begin(), grid.end());
    out.valueAsicAtPerf.resize(grid.size());
    const double perUnit = out.asic.retained * annuityR + (1.0 - out.asic.retained) * out.annuityAtHazard;
    for (std::size_t i = 0; i < grid.size(); ++i) out.valueAsicAtPerf[i] = grid[i] * perUnit;

    auto gpuValueAt = [&](const MaybeNumber& at) -> MaybeNumber {
        if (!at) return std::nullopt;
        return value(out.gpu.perfPerDollar, out.gpu.retained, wacc, *at, life);
    };
    const Breakeven tpu = breakevenHazard(out.tpu, out.gpu, wacc, life);
    out.breakevenHazardTpu = tpu.hazard;
    out.breakevenValueTpu = gpuValueAt(tpu.hazard);
    if (!tpu.hazard) notes.push_back({"chips.breakeven_hazard_tpu", tpu.nullCode, {0.0, kBreakevenMaxHazard}});
    const Breakeven asic = breakevenHazard(out.asic, out.gpu, wacc, life);
    out.breakevenHazardAsic = asic.hazard;
    out.breakevenValueAsic = gpuValueAt(asic.hazard);
    if (!asic.hazard)
        notes.push_back({"chips.breakeven_hazard_asic", asic.nullCode, {0.0, kBreakevenMaxHazard}});
}

void ChipsModel::appendKpis(const ChipsResults& results, KpiWriter kpis) {
    kpis.push_back({"chips.value_gpu", results.gpu.value, {}});
    kpis.push_back({"chips.value_tpu", results.tpu.value, {}});
    kpis.push_back({"chips.value_asic", results.asic.value, {}});
    kpis.push_back({"chips.best", std::nullopt, results.best});
    kpis.push_back({"chips.breakeven_hazard_tpu", results.breakevenHazardTpu, {}});
    kpis.push_back({"chips.breakeven_hazard_asic", results.breakevenHazardAsic, {}});
}

// ---- The model registry's entry (models/ModelRegistry.cpp) -----------------------
namespace {
namespace kpi_rows {
using enum ModelGroup;
using enum KpiFormat;
using enum KpiSense;

// In the order appendKpis adds them.
// clang-format off
const KpiSpec kKpis[] = {
  {"chips.value_gpu", Chips, "GPU value per $", "GPU 单位美元价值", "GPU-years", Number, HigherIsBetter,
   "Discounted useful work per $ of GPU capex under paradigm risk", false, noThreshold()},
  {"chips.value_tpu", Chips, "TPU value per $", "TPU 单位美元价值", "GPU-years", Number, HigherIsBetter,
   "Discounted useful work per $ of TPU capex under paradigm risk", false, noThreshold()},
  {"chips.value_asic", Chips, "ASIC value per $", "ASIC 单位美元价值", "GPU-years", Number, HigherIsBetter,
   "Discounted useful work per $ of inference-ASIC capex under paradigm risk", false, noThreshold()},
  {"chips.best", Chips, "Best bet", "最佳押注", "", Text, Neutral,
   "The architecture with the most value per $ at the scenario's shift hazard", true, noThreshold()},
  {"chips.breakeven_hazard_tpu", Chips, "TPU break-even hazard", "TPU 盈亏平衡风险率", "per year", Number, Neutral,
   "Paradigm-shift rate at which the TPU and the GPU are worth the same", false, noThreshold()},
  {"chips.breakeven_hazard_asic", Chips, "ASIC break-even hazard", "ASIC 盈亏平衡风险率", "per year", Number, Neutral,
   "Paradigm-shift rate above which the inference ASIC stops paying against a GPU", true, noThreshold()},
};
// clang-format on

}  // namespace kpi_rows
}  // namespace

void ChipsModel::evaluate(const EvalContext& context, Results& results) {
    ChipsResults& chips = results.get<ChipsResults>();
    evaluate(context.scenario, chips, context.notes);
    appendKpis(chips, context.kpis);
}

std::span<const KpiSpec> ChipsModel::kpis() { return kpi_rows::kKpis; }

SeriesTable ChipsModel::seriesTable(const Results& results) {
    const ChipsResults& chips = results.get<ChipsResults>();
    SeriesTable table;
    table.columns = {"hazard", "value_gpu", "value_tpu", "value_asic"};
    table.rows.reserve(chips.hazard.size());
    for (std::size_t i = 0; i < chips.hazard.size(); ++i)
        table.rows.push_back({chips.hazard[i], seriesCell(chips.valueGpu, i), seriesCell(chips.valueTpu, i),
                              seriesCell(chips.valueAsic, i)});
    return table;
}

}  // namespace leverboard
