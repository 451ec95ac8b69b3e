// Workspace → JSON text: human-readable, stable key order (the registry's
// parameter order), integral values as integers, ends with a newline.

#include "scenario/WorkspaceJson.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <utility>

#include <nlohmann/json.hpp>

#include "params/ParameterRegistry.h"

namespace leverboard {
namespace {

using Json = nlohmann::ordered_json;

// Integral values print as integers ("5", not "5.0"); both read back to the
// same double. Everything else prints as the shortest round-trip text.
Json numberJson(double value) {
    constexpr double kExactIntegerLimit = 9007199254740992.0;  // 2^53
    if (std::isfinite(value) && value == std::trunc(value) && std::fabs(value) < kExactIntegerLimit &&
        !(value == 0 && std::signbit(value)))
        return Json(static_cast<std::int64_t>(value));
    return Json(value);  // non-finite values become null (the engine never stores them)
}

Json parameterJson(const ParameterSpec& p, double value) {
    if (p.isEnum()) return Json(formatValue(p.param, value));
    return numberJson(value);
}

// {"distributions": {"<id>": {"kind": "uniform", "low": …, "high": …}, …},
//  "correlations": [{"a": id, "b": id, "rho": r}, …]}: the names people state
// the numbers by (low/mode/high, p5/p95), parameters in registry order.
Json uncertaintyJson(const Uncertainty& uncertainty) {
    Json distributions = Json::object();
    for (const auto& [param, d] : uncertainty.distributions) {
        Json entry = Json::object();
        entry["kind"] = std::string(distributionKindId(d.kind));
        switch (d.kind) {
        case DistributionKind::Uniform:
            entry["low"] = numberJson(d.a);
            entry["high"] = numberJson(d.b);
            break;
        case DistributionKind::Triangular:
            entry["low"] = numberJson(d.a);
            entry["mode"] = numberJson(d.b);
            entry["high"] = numberJson(d.c);
            break;
        case DistributionKind::Normal:
        case DistributionKind::Lognormal:
            entry["p5"] = numberJson(d.a);
            entry["p95"] = numberJson(d.b);
            break;
        }
        distributions[std::string(spec(param).id)] = std::move(entry);
    }
    Json correlations = Json::array();
    for (const auto& c : uncertainty.correlations) {
        Json entry = Json::object();
        entry["a"] = std::string(spec(c.a).id);
        entry["b"] = std::string(spec(c.b).id);
        entry["rho"] = numberJson(c.rho);
        correlations.push_back(std::move(entry));
    }
    Json object = Json::object();
    object["distributions"] = std::move(distributions);
    object["correlations"] = std::move(correlations);
    return object;
}

Json scenarioJson(const Scenario& scenario) {
    Json object = Json::object();
    object["name"] = scenario.name;
    object["notes"] = scenario.notes;
    Json values = Json::object();
    for (const auto& p : parameters()) values[std::string(p.id)] = parameterJson(p, scenario[p.param]);
    object["parameters"] = std::move(values);
    Json apps = Json::array();
    for (const auto& app : scenario.applications) {
        Json entry = Json::object();
        entry["id"] = app.id;
        entry["name"] = app.name;
        entry["tokens_per_task"] = numberJson(app.tokensPerTask);
        entry["value_per_task"] = numberJson(app.valuePerTask);
        apps.push_back(std::move(entry));
    }
    object["applications"] = std::move(apps);
    // Only a scenario that is unsure about something carries the key, so a
    // workspace without uncertainty reads the same as in schema version 1.
    if (!scenario.uncertainty.empty()) object["uncertainty"] = uncertaintyJson(scenario.uncertainty);
    return object;
}

}  // namespace

std::string serializeWorkspace(const Workspace& workspace) {
    Json root = Json::object();
    root["format"] = kWorkspaceFormat;
    root["schema_version"] = kWorkspaceSchemaVersion;
    if (!workspace.scenarios.empty()) {
        const auto last = static_cast<int>(workspace.scenarios.size()) - 1;
        root["active_scenario"] = workspace.scenarios[static_cast<std::size_t>(std::clamp(workspace.active, 0, last))].name;
    }
    root["compare"] = workspace.compared;
    Json scenarios = Json::array();
    for (const auto& scenario : workspace.scenarios) scenarios.push_back(scenarioJson(scenario));
    root["scenarios"] = std::move(scenarios);
    // replace: a stray invalid UTF-8 byte in a name becomes U+FFFD instead of an exception.
    return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace leverboard
