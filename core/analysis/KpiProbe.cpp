#include "analysis/KpiProbe.h"

#include <cmath>

#include "models/Engine.h"

namespace leverboard::analysis {
namespace {

// 'id' followed by the rest of a message (appends: GCC 12 warns falsely on "'" + std::string).
std::string quotedThen(std::string_view id, std::string_view rest) {
    std::string text;
    text.reserve(id.size() + rest.size() + 2);
    text.append(1, '\'').append(id).append(1, '\'').append(rest);
    return text;
}

}  // namespace

std::optional<double> numericKpi(const Results& results, std::string_view id) {
    const Kpi* kpi = results.kpi(id);
    if (!kpi || kpi->isText()) return std::nullopt;
    return kpi->value;
}

std::vector<std::string> numericKpiIds(const Scenario& scenario) {
    const Results results = evaluate(scenario);
    std::vector<std::string> ids;
    for (const Kpi& kpi : results.kpis) {
        const KpiSpec* spec = findKpiSpec(kpi.id);
        if (!spec || spec->format == KpiFormat::Text) continue;
        ids.push_back(kpi.id);
    }
    return ids;
}

std::vector<ParamId> analysableParameters() {
    std::vector<ParamId> ids;
    for (const ParameterSpec& p : parameters())
        if (!p.isEnum()) ids.push_back(p.param);
    return ids;
}

std::string checkNumericKpi(const Scenario& scenario, std::string_view id) {
    const KpiSpec* spec = findKpiSpec(id);
    bool known = spec != nullptr;
    if (known && spec->id == kUnlockMonthPrefix) {
        // A per-application KPI exists only for the applications of this scenario.
        const std::string_view app = id.substr(kUnlockMonthPrefix.size());
        known = false;
        for (const Application& a : scenario.applications)
            if (a.id == app) known = true;
    }
    if (!known) return "unknown KPI " + quotedThen(id, "");
    if (spec->format == KpiFormat::Text)
        return quotedThen(id, " is a text KPI: pick a numeric one");
    return {};
}

std::string checkAnalysableParameter(std::string_view id) {
    const auto param = findParameter(id);
    if (!param) return "unknown parameter " + quotedThen(id, "");
    if (spec(*param).isEnum()) return quotedThen(id, " is a choice, not a number");
    return {};
}

double toAxis(ParamId param, double value) {
    switch (spec(param).scale) {
    case Scale::Log: return std::log10(value);
    case Scale::LogOnePlus: return std::log10(1 + value);
    case Scale::Linear: break;
    }
    return value;
}

double fromAxis(ParamId param, double axis) {
    switch (spec(param).scale) {
    case Scale::Log: return std::pow(10.0, axis);
    case Scale::LogOnePlus: return std::pow(10.0, axis) - 1;
    case Scale::Linear: break;
    }
    return axis;
}

}  // namespace leverboard::analysis
