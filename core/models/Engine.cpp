#include "models/Engine.h"

#include <array>
#include <cmath>
#include <optional>

#include "models/CostCurveModel.h"
#include "models/ModelRegistry.h"

namespace leverboard {
namespace {

double clampApplicationField(double value, double lo, double hi, double fallback) {
    if (!std::isfinite(value)) return std::isnan(value) ? fallback : (value > 0 ? hi : lo);
    return std::min(std::max(value, lo), hi);
}

// The models whose results another model reads (in its evaluate step or its
// series table), beyond the root cost curve that evaluate always builds.
// Keep in step with the models' .cpp files: test_monte_carlo compares the
// fast path with a full evaluation for every model alone.
struct ModelRead {
    ModelGroup reader;
    ModelGroup read;
};
constexpr ModelRead kModelReads[] = {
    {ModelGroup::Power, ModelGroup::Cluster},  // PowerModel::evaluate reads ClusterResults
    {ModelGroup::Leverage, ModelGroup::Cost},  // LeverageModel::seriesTable reads CostResults
};

// Whether sanitized() would change anything: the common case (a slider, a
// Monte Carlo sample) is clean, and then evaluate reads the scenario as it is
// instead of copying it (names, notes, applications).
bool isClean(const Scenario& scenario) {
    // The ranges in ParamId order like Scenario::values, as two plain arrays
    // (ParameterSpec is large), and the choices, which must be whole numbers.
    struct Ranges {
        std::array<double, kParamCount> min{}, max{};
        std::vector<std::size_t> choices;
    };
    static const Ranges ranges = [] {
        Ranges r;
        for (const auto& p : parameters()) {
            const auto i = static_cast<std::size_t>(p.param);
            r.min[i] = p.min;
            r.max[i] = p.max;
            if (p.isEnum()) r.choices.push_back(i);
        }
        return r;
    }();
    // No early exit, so the loop has no branch: NaN fails both comparisons,
    // and ±infinity lies outside every (finite) range.
    bool inside = true;
    for (std::size_t i = 0; i < kParamCount; ++i)
        inside &= (scenario.values[i] >= ranges.min[i]) & (scenario.values[i] <= ranges.max[i]);
    if (!inside) return false;
    for (std::size_t i : ranges.choices)
        if (scenario.values[i] != std::round(scenario.values[i])) return false;
    for (const auto& app : scenario.applications)
        if (!(app.tokensPerTask >= kMinTokensPerTask && app.tokensPerTask <= kMaxTokensPerTask &&
              app.valuePerTask >= kMinValuePerTask && app.valuePerTask <= kMaxValuePerTask))
            return false;
    return true;
}

std::uint64_t bit(ModelGroup group) { return std::uint64_t{1} << modelIndex(group); }

}  // namespace

std::uint64_t modelMaskFor(const std::vector<std::string>& kpiIds, const std::vector<std::string>& seriesModels) {
    std::uint64_t mask = 0;
    for (const auto& id : kpiIds) {
        const KpiSpec* kpi = findKpiSpec(id);
        if (!kpi) continue;
        mask |= bit(kpi->group);
        if (kpi->threshold.kind == KpiThreshold::Kind::Kpi)
            if (const KpiSpec* ref = findKpiSpec(kpi->threshold.ref)) mask |= bit(ref->group);
    }
    for (const auto& id : seriesModels)
        if (const ModelSpec* model = findModel(id)) mask |= bit(model->group);
    for (bool grew = true; grew;) {  // close over what the models read
        grew = false;
        for (const auto& r : kModelReads)
            if ((mask & bit(r.reader)) && !(mask & bit(r.read))) {
                mask |= bit(r.read);
                grew = true;
            }
    }
    return mask;
}

Scenario sanitized(const Scenario& scenario, std::vector<Message>& warnings) {
    Scenario clean = scenario;
    for (const auto& p : parameters()) {
        const double value = scenario[p.param];
        if (inRange(p.param, value) && (!p.isEnum() || value == std::round(value))) continue;
        clean[p.param] = clampToRange(p.param, value);
        if (p.isEnum()) {
            // The value and the range as the choices' names: "wright", "exponential|wright".
            warnings.push_back({std::string(p.id), "parameter_not_a_choice",
                                {std::isnan(value) ? std::string("NaN") : formatValue(p.param, value),
                                 allowedRangeText(p.param), formatValue(p.param, clean[p.param])}});
        } else {
            warnings.push_back({std::string(p.id), "parameter_out_of_range",
                                {value, p.min, p.max, clean[p.param]}});
        }
    }
    for (auto& app : clean.applications) {
        const double tokens = clampApplicationField(app.tokensPerTask, kMinTokensPerTask,
                                                    kMaxTokensPerTask, 1);
        const double value = clampApplicationField(app.valuePerTask, kMinValuePerTask,
                                                   kMaxValuePerTask, 1);
        if (tokens != app.tokensPerTask || value != app.valuePerTask)
            warnings.push_back({app.id, "application_clamped", {}});
        app.tokensPerTask = tokens;
        app.valuePerTask = value;
    }
    return clean;
}

void evaluate(const Scenario& scenario, Results& out) { evaluate(scenario, out, EvalOptions{}); }

namespace {

// evaluate() once the scenario is known to be clean. The lists keep their
// entries' storage from the previous evaluation (models/ListWriter.h); what
// was not overwritten is dropped at the end. `warnings` come first: the
// sanitizer's, if any.
void evaluateClean(const Scenario& clean, Results& out, const EvalOptions& options,
                   std::vector<Message>&& sanitizeWarnings) {
    std::size_t kpiCount = 0, noteCount = 0, warningCount = 0;
    const MessageWriter warnings(out.warnings, warningCount);
    for (Message& warning : sanitizeWarnings) warnings.append(std::move(warning));
    out.horizonMonths = clean.horizonMonths();
    out.parameters = clean.values;

    // The root variable, built once: every model reads its price indices.
    const CostCurve curve(clean);
    const EvalContext context{clean, curve, options.chartGrids, KpiWriter(out.kpis, kpiCount),
                              MessageWriter(out.notes, noteCount), warnings};
    const auto all = models();
    for (std::size_t i = 0; i < all.size(); ++i)
        if (i >= 64 || (options.modelMask >> i) & 1u) all[i].evaluate(context, out);
    out.kpis.resize(kpiCount);
    out.notes.resize(noteCount);

    // Last line of defence for the "no NaN or infinity leaves the engine" promise.
    for (auto& kpi : out.kpis) {
        if (kpi.value && !std::isfinite(*kpi.value)) {
            warnings.push_back({kpi.id, "kpi_not_finite", {}});
            kpi.value.reset();
        }
    }
    out.warnings.resize(warningCount);
}

}  // namespace

void evaluate(const Scenario& scenario, Results& out, const EvalOptions& options) {
    if (out.parts.size() != models().size()) out = Results();  // a moved-from Results
    if (isClean(scenario)) {
        evaluateClean(scenario, out, options, {});
        return;
    }
    std::vector<Message> warnings;
    const Scenario clean = sanitized(scenario, warnings);
    evaluateClean(clean, out, options, std::move(warnings));
}

Results evaluate(const Scenario& scenario) {
    Results results;
    evaluate(scenario, results);
    return results;
}

}  // namespace leverboard
