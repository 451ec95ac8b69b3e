#include "models/Engine.h"

#include <cmath>

#include "models/CostCurveModel.h"
#include "models/ModelRegistry.h"

namespace leverboard {
namespace {

double clampApplicationField(double value, double lo, double hi, double fallback) {
    if (!std::isfinite(value)) return std::isnan(value) ? fallback : (value > 0 ? hi : lo);
    return std::min(std::max(value, lo), hi);
}

}  // namespace

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

void evaluate(const Scenario& scenario, Results& out) {
    if (out.parts.size() != models().size()) out = Results();  // a moved-from Results
    out.warnings.clear();
    out.notes.clear();
    out.kpis.clear();
    const Scenario clean = sanitized(scenario, out.warnings);
    out.horizonMonths = clean.horizonMonths();
    out.parameters = clean.values;

    // The root variable, built once: every model reads its price indices.
    const CostCurve curve(clean);
    const EvalContext context{clean, curve};
    for (const ModelSpec& model : models()) model.evaluate(context, out);

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
