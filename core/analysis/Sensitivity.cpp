#include "analysis/Sensitivity.h"

#include <algorithm>
#include <cmath>

#include "analysis/KpiProbe.h"
#include "analysis/Parallel.h"
#include "analysis/Sampling.h"
#include "models/Engine.h"

namespace leverboard::analysis {
namespace {

// The value evaluate uses for a whole-number parameter: the nearest integer, halves up.
double asEvaluated(ParamId param, double value) {
    return spec(param).wholeNumber ? std::floor(value + 0.5) : value;
}

}  // namespace

SensitivityResult sensitivity(const Scenario& scenario, const std::string& kpi,
                              const SensitivityOptions& options) {
    SensitivityResult result;
    result.kpi = kpi;
    if (!checkNumericKpi(scenario, kpi).empty()) return result;

    const std::vector<ParamId> params = analysableParameters();
    const double band = std::clamp(options.band, 0.0, 1.0);
    std::vector<SensitivityBar> bars(params.size());
    for (std::size_t i = 0; i < params.size(); ++i) {
        const ParamId p = params[i];
        const ParameterSpec& s = spec(p);
        SensitivityBar& bar = bars[i];
        bar.param = p;
        const Distribution* distribution =
            options.useDistributions ? scenario.uncertainty.find(p) : nullptr;
        double low = 0;
        double high = 0;
        if (distribution) {
            low = quantile(p, *distribution, 0.1);
            high = quantile(p, *distribution, 0.9);
            bar.fromDistribution = true;
        } else {
            const double v = clampToRange(p, scenario[p]);
            if (v == 0) {
                low = -band * (s.max - s.min);
                high = band * (s.max - s.min);
            } else {
                low = v * (1 - band);
                high = v * (1 + band);
            }
        }
        if (low > high) std::swap(low, high);  // a negative value: v(1 + β) is the lower end
        bar.low = asEvaluated(p, clampToRange(p, low));
        bar.high = asEvaluated(p, clampToRange(p, high));
    }

    // Only the models this KPI (and its threshold) needs: its value is the full evaluation's.
    const EvalOptions fast{modelMaskFor({kpi}, {}), /*chartGrids=*/false};
    // Slot 0: the scenario itself; slot 1 + 2i: bar i's low end, 2 + 2i: its high end.
    std::vector<std::optional<double>> values(1 + 2 * bars.size());
    const bool complete = parallelFor(
        values.size(), options.threads, 8,
        [&](std::size_t begin, std::size_t end) {
            Scenario probe = scenario;
            Results results;
            for (std::size_t slot = begin; slot < end; ++slot) {
                if (slot > 0) {
                    const SensitivityBar& bar = bars[(slot - 1) / 2];
                    probe[bar.param] = slot % 2 == 1 ? bar.low : bar.high;
                }
                evaluate(probe, results, fast);
                values[slot] = numericKpi(results, kpi);
                if (slot > 0) {
                    const ParamId p = bars[(slot - 1) / 2].param;
                    probe[p] = scenario[p];
                }
            }
        },
        options.cancel);
    if (!complete) {
        result.cancelled = true;
        return result;
    }

    result.value = values[0];
    for (std::size_t i = 0; i < bars.size(); ++i) {
        SensitivityBar& bar = bars[i];
        bar.kpiLow = values[1 + 2 * i];
        bar.kpiHigh = values[2 + 2 * i];
        if (bar.kpiLow && bar.kpiHigh) bar.swing = std::fabs(*bar.kpiHigh - *bar.kpiLow);
    }
    // Largest swing first; ties keep registry order; a bar with a null end goes last.
    std::stable_sort(bars.begin(), bars.end(), [](const SensitivityBar& a, const SensitivityBar& b) {
        if (a.swing.has_value() != b.swing.has_value()) return a.swing.has_value();
        if (!a.swing) return false;
        return *a.swing > *b.swing;
    });
    result.bars = std::move(bars);
    return result;
}

}  // namespace leverboard::analysis
