#include "analysis/ParameterMap.h"

#include <algorithm>
#include <cmath>

#include "analysis/KpiProbe.h"
#include "analysis/Parallel.h"
#include "models/Engine.h"

namespace leverboard::analysis {

ThresholdSide ParameterMapResult::sideAt(std::size_t cell) const {
    if (textKpi || cell >= values.size() || cell >= thresholds.size()) return ThresholdSide::None;
    if (!values[cell] || !thresholds[cell]) return ThresholdSide::None;
    const KpiSpec* spec = findKpiSpec(kpi);
    if (!spec) return ThresholdSide::None;
    const bool good = spec->threshold.goodAbove ? *values[cell] >= *thresholds[cell]
                                                : *values[cell] <= *thresholds[cell];
    return good ? ThresholdSide::Good : ThresholdSide::Bad;
}

std::vector<double> mapAxis(ParamId param, int size) {
    const ParameterSpec& s = spec(param);
    size = std::clamp(size, 2, 256);
    std::vector<double> axis;
    if (s.wholeNumber && s.max - s.min + 1 <= size) {
        for (double v = s.min; v <= s.max; v += 1) axis.push_back(v);
        return axis;
    }
    const double low = toAxis(param, s.min);
    const double high = toAxis(param, s.max);
    axis.resize(std::size_t(size));
    for (int i = 0; i < size; ++i) {
        const double v = fromAxis(param, low + (high - low) * i / (size - 1));
        axis[std::size_t(i)] = std::clamp(v, s.min, s.max);
    }
    axis.front() = s.min;
    axis.back() = s.max;
    return axis;
}

ParameterMapResult parameterMap(const Scenario& scenario, const std::string& kpi, ParamId x,
                                ParamId y, const MapOptions& options) {
    ParameterMapResult result;
    result.kpi = kpi;
    result.x = x;
    result.y = y;
    result.scenarioX = clampToRange(x, scenario[x]);
    result.scenarioY = clampToRange(y, scenario[y]);
    const KpiSpec* spec = findKpiSpec(kpi);
    if (!spec || !checkAnalysableParameter(leverboard::spec(x).id).empty() ||
        !checkAnalysableParameter(leverboard::spec(y).id).empty())
        return result;
    const std::string problem = checkNumericKpi(scenario, kpi);
    result.textKpi = spec->format == KpiFormat::Text;
    if (!problem.empty() && !result.textKpi) return result;

    result.xs = mapAxis(x, options.size);
    result.ys = mapAxis(y, options.size);
    const std::size_t columns = result.xs.size();
    const std::size_t cells = columns * result.ys.size();
    result.values.assign(cells, std::nullopt);
    result.thresholds.assign(cells, std::nullopt);
    if (result.textKpi) result.texts.assign(cells, std::string());

    // Only the models this KPI (and its threshold) needs: its value is the full evaluation's.
    const EvalOptions fast{modelMaskFor({kpi}, {}), /*chartGrids=*/false};
    const bool complete = parallelFor(
        cells, options.threads, 16,
        [&](std::size_t begin, std::size_t end) {
            Scenario probe = scenario;
            Results results;
            for (std::size_t cell = begin; cell < end; ++cell) {
                probe[x] = result.xs[cell % columns];
                probe[y] = result.ys[cell / columns];
                evaluate(probe, results, fast);
                if (result.textKpi) {
                    const Kpi* k = results.kpi(kpi);
                    if (k) result.texts[cell] = k->text;
                    continue;
                }
                result.values[cell] = numericKpi(results, kpi);
                result.thresholds[cell] = thresholdValue(*spec, results);
            }
        },
        options.cancel);
    result.cancelled = !complete;
    return result;
}

}  // namespace leverboard::analysis
