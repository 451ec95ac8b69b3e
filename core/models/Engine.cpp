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
    // Each parameter's range and whether it is a choice, packed together
    // (ParameterSpec is large), in ParamId order like Scenario::values.
    struct Range {
        double min = 0, max = 0;
        bool choice = false;
    };
    static const std::array<Range, kParamCount> ranges = [] {
        std::array<Range, kParamCount> r{};
        for (const auto& p : parameters()) r[static_cast<std::size_t>(p.param)] = {p.min, p.max, p.isEnum()};
        return r;
    }();
    for (std::size_t i = 0; i < kParamCount; ++i) {
        const double value = scenario.values[i];
        // NaN fails both comparisons; ±infinity is outside every (finite) range.
        if (!(value >= ranges[i].min && value <= ranges[i].max)) return false;
        if (ranges[i].choice && value != std::round(value)) return false;
    }
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

void evaluate(const Scenario& scenario, Results& out, const EvalOptions& options) {
    if (out.parts.size() != models().size()) out = Results();  // a moved-from Results
    out.warnings.clear();
    out.notes.clear();
    out.kpis.clear();
    std::optional<Scenario> copy;
    if (!isClean(scenario)) copy = sanitized(scenario, out.warnings);
    const Scenario& clean = copy ? *copy : scenario;
    out.horizonMonths = clean.horizonMonths();
    out.parameters = clean.values;

    // The root variable, built once: every model reads its price indices.
    const CostCurve curve(clean);
    const EvalContext context{clean, curve, options.chartGrids};
    const auto all = models();
    for (std::size_t i = 0; i < all.size(); ++i)
        if (i >= 64 || (options.modelMask >> i) & 1u) all[i].evaluate(context, out);

    // Last line of defence for the "no NaN or infinity leaves the engine" promise.
    for (auto& kpi : out.kpis) {
        if (kpi.value && !std::isfinite(*kpi.value)) {
            out.warnings.push_back({kpi.id, "kpi_not_finite", {}});
            kpi.value.reset();
        }
    }
}

Results evaluate(const Scenario& scenario) {
    Results results;
    evaluate(scenario, results);
    return results;
}

}  // namespace leverboard
