// JSON value → Workspace: the schema, with a message naming the JSON Pointer
// of every problem (errors stop the load, warnings do not), and
// parseWorkspace, which runs the hardened parser and then this reader.

#include "scenario/WorkspaceJson.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <initializer_list>
#include <new>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "analysis/Sampling.h"
#include "params/ParameterRegistry.h"
#include "scenario/WorkspaceJsonHardening.h"
#include "scenario/WorkspaceMessages.h"

namespace leverboard {
namespace {

using namespace workspace_json;

// Far beyond any real workspace; keeps hostile files from costing minutes
// and gigabytes (each scenario holds every parameter).
constexpr std::size_t kMaxScenarios = 10000;
// A file with a million unknown keys gets a hundred warnings and a count.
constexpr std::size_t kMaxWarnings = 100;

// What the steps that must stay linear in the input did during the current
// parseWorkspace on this thread (see lastParseWork in the header).
thread_local WorkspaceParseWork parseWork;

std::string withArticle(std::string_view noun) {
    const bool vowel = !noun.empty() && std::string_view("aeiou").find(noun.front()) != std::string_view::npos;
    return (vowel ? "an " : "a ") + std::string(noun);
}

[[noreturn]] void failWrongType(const std::string& path, std::string_view expected, const Json& value) {
    throw WorkspaceError(path + ": expected " + withArticle(expected) + ", got " + std::string(typeName(value)));
}

const Json* member(const Json& object, std::string_view key) {
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

const Json& required(const Json& object, const std::string& objectPath, std::string_view key) {
    const Json* value = member(object, key);
    if (!value) throw WorkspaceError(child(objectPath, key) + ": missing");
    return *value;
}

const Json& expectObject(const Json& value, const std::string& path) {
    if (!value.is_object()) failWrongType(path, "object", value);
    return value;
}

const Json& expectArray(const Json& value, const std::string& path) {
    if (!value.is_array()) failWrongType(path, "array", value);
    return value;
}

std::string expectString(const Json& value, const std::string& path) {
    if (!value.is_string()) failWrongType(path, "string", value);
    return value.get<std::string>();
}

double expectNumber(const Json& value, const std::string& path) {
    if (!value.is_number()) failWrongType(path, "number", value);
    return value.get<double>();  // always finite: the parser refuses overflowing numbers
}

bool isValidApplicationId(std::string_view id) {
    return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
               c == '-';
    });
}

class WorkspaceReader {
public:
    explicit WorkspaceReader(std::vector<std::string>& warnings) : warnings_(warnings) {}

    Workspace read(const Json& root) {
        checkFormat(root);
        checkSchemaVersion(root);
        warnUnknownFields(root, "", {"format", "schema_version", "active_scenario", "compare", "scenarios"});

        Workspace workspace;
        const Json& scenarios = expectArray(required(root, "", "scenarios"), "/scenarios");
        if (scenarios.empty()) throw WorkspaceError("/scenarios: must contain at least one scenario");
        if (scenarios.size() > kMaxScenarios)
            throw WorkspaceError("/scenarios: too many scenarios (" + std::to_string(scenarios.size()) +
                                 "; the limit is " + std::to_string(kMaxScenarios) + ")");
        for (std::size_t i = 0; i < scenarios.size(); ++i) {
            const std::string path = child("/scenarios", i);
            Scenario scenario = readScenario(scenarios[i], path);
            const auto [it, isNew] = indexByName_.emplace(scenario.name, static_cast<int>(i));
            if (!isNew)
                throw WorkspaceError(path + "/name: duplicate scenario name " + quotedText(scenario.name) +
                                     " (first used at /scenarios/" + std::to_string(it->second) + "/name)");
            workspace.scenarios.push_back(std::move(scenario));
        }
        workspace.active = readActive(root, workspace);
        workspace.compared = readCompared(root);
        if (suppressedWarnings_ > 0)
            warnings_.push_back("(and " + std::to_string(suppressedWarnings_) + " more warnings)");
        return workspace;
    }

private:
    void warn(std::string message) {
        if (warnings_.size() < kMaxWarnings) warnings_.push_back(std::move(message));
        else ++suppressedWarnings_;
    }

    int indexOf(const std::string& name) const {
        const auto it = indexByName_.find(name);
        return it == indexByName_.end() ? -1 : it->second;
    }

    void warnUnknownFields(const Json& object, const std::string& path,
                           std::initializer_list<std::string_view> known) {
        for (const auto& [key, value] : object.items())
            if (std::find(known.begin(), known.end(), key) == known.end())
                warn(child(path, key) + ": unknown field; ignored");
    }

    static void checkFormat(const Json& root) {
        const std::string expected = Json(kWorkspaceFormat).dump();
        if (!root.is_object())
            throw WorkspaceError("not a Leverboard workspace (the top level is " + withArticle(typeName(root)) +
                                 ", not an object)");
        const Json* format = member(root, "format");
        if (!format) throw WorkspaceError("not a Leverboard workspace (no \"format\" field)");
        if (!format->is_string())
            throw WorkspaceError("not a Leverboard workspace (\"format\" is " + withArticle(typeName(*format)) +
                                 ", expected " + expected + ")");
        if (format->get<std::string>() != kWorkspaceFormat)
            throw WorkspaceError("not a Leverboard workspace (\"format\" is " + quotedText(format->get<std::string>()) +
                                 ", expected " + expected + ")");
    }

    static void checkSchemaVersion(const Json& root) {
        const Json& version = required(root, "", "schema_version");
        const std::string path = "/schema_version";
        if (!version.is_number()) failWrongType(path, "integer", version);
        const double number = version.get<double>();
        if (number != std::trunc(number))
            throw WorkspaceError(path + ": expected an integer, got " + formatNumber(number));
        if (number > kWorkspaceSchemaVersion)
            throw WorkspaceError("this workspace was written by a newer Leverboard (schema version " +
                                 formatNumber(number) + "; this version reads up to " +
                                 std::to_string(kWorkspaceSchemaVersion) + ")");
        if (number < 1) throw WorkspaceError(path + ": " + formatNumber(number) + " is not a valid schema version");
    }

    Scenario readScenario(const Json& value, const std::string& path) {
        const Json& object = expectObject(value, path);
        Scenario scenario;  // defaults for whatever the file leaves out
        scenario.name = expectString(required(object, path, "name"), path + "/name");
        if (scenario.name.empty()) throw WorkspaceError(path + "/name: must not be empty");
        if (const Json* notes = member(object, "notes")) scenario.notes = expectString(*notes, path + "/notes");
        warnUnknownFields(object, path, {"name", "notes", "parameters", "applications", "uncertainty"});

        if (const Json* parameters = member(object, "parameters"))
            readParameters(*parameters, path + "/parameters", scenario);
        else
            warn(path + ": scenario " + quotedText(scenario.name) + " has no \"parameters\"; using the defaults");

        if (const Json* applications = member(object, "applications"))
            scenario.applications = readApplications(*applications, path + "/applications", scenario.name);
        else
            warn(path + ": scenario " + quotedText(scenario.name) + " has no \"applications\"; using the default list");

        if (const Json* uncertainty = member(object, "uncertainty"))  // schema 2
            scenario.uncertainty = readUncertainty(*uncertainty, path + "/uncertainty", scenario.name);
        return scenario;
    }

    // {"distributions": {"<id>": {"kind": …, numbers}}, "correlations": [{"a", "b", "rho"}]}.
    // A parameter id this version does not know is ignored with a warning (and so
    // is a correlation naming one); anything else wrong refuses the file.
    Uncertainty readUncertainty(const Json& value, const std::string& path, const std::string& scenarioName) {
        const Json& object = expectObject(value, path);
        warnUnknownFields(object, path, {"distributions", "correlations"});
        const std::string inScenario = " in scenario " + quotedText(scenarioName);
        Uncertainty uncertainty;
        std::unordered_set<std::string> ignored;
        if (const Json* distributions = member(object, "distributions")) {
            const std::string listPath = path + "/distributions";
            for (const auto& [key, entry] : expectObject(*distributions, listPath).items()) {
                const std::string entryPath = child(listPath, key);
                const auto id = findParameter(key);
                if (!id) {
                    warn(entryPath + ": unknown parameter" + inScenario + "; its distribution is ignored");
                    ignored.insert(key);
                    continue;
                }
                const Distribution distribution = readDistribution(entry, entryPath);
                const std::string error = validateDistribution(*id, distribution);
                if (!error.empty()) throw WorkspaceError(entryPath + ": " + error);
                uncertainty.set(*id, distribution);
            }
        }
        if (const Json* correlations = member(object, "correlations")) {
            const std::string listPath = path + "/correlations";
            const Json& array = expectArray(*correlations, listPath);
            std::unordered_map<std::string, std::size_t> pairs;  // "a|b" (registry order) → index
            for (std::size_t i = 0; i < array.size(); ++i) {
                const std::string entryPath = child(listPath, i);
                const Json& entry = expectObject(array[i], entryPath);
                warnUnknownFields(entry, entryPath, {"a", "b", "rho"});
                const std::string a = expectString(required(entry, entryPath, "a"), entryPath + "/a");
                const std::string b = expectString(required(entry, entryPath, "b"), entryPath + "/b");
                const double rho = expectNumber(required(entry, entryPath, "rho"), entryPath + "/rho");
                const auto idA = findParameter(a);
                const auto idB = findParameter(b);
                if (!idA || !idB) {
                    const std::string& unknown = !idA ? a : b;
                    warn(entryPath + ": unknown parameter " + quotedText(unknown) + inScenario +
                         "; the correlation is ignored");
                    continue;
                }
                if (ignored.count(a) || ignored.count(b)) continue;
                const std::string pair = static_cast<int>(*idA) <= static_cast<int>(*idB) ? a + "–" + b : b + "–" + a;
                if (*idA == *idB) throw WorkspaceError(entryPath + ": " + a + ": a rank correlation with itself");
                if (!(rho > -1 && rho < 1))
                    throw WorkspaceError(entryPath + "/rho: " + pair + ": rank correlation " + formatNumber(rho) +
                                         " must be strictly between -1 and 1");
                for (const auto id : {*idA, *idB})
                    if (!uncertainty.find(id))
                        throw WorkspaceError(entryPath + ": " + pair + ": " + std::string(spec(id).id) +
                                             " has no distribution, so it cannot be correlated");
                const int lo = std::min(static_cast<int>(*idA), static_cast<int>(*idB));
                const int hi = std::max(static_cast<int>(*idA), static_cast<int>(*idB));
                const auto [it, isNew] = pairs.emplace(std::to_string(lo) + "|" + std::to_string(hi), i);
                if (!isNew)
                    throw WorkspaceError(entryPath + ": " + pair + ": the pair is listed twice (first at " +
                                         child(listPath, it->second) + ")");
                uncertainty.setCorrelation(*idA, *idB, rho);
            }
            const std::string error = analysis::buildCopula(uncertainty).error;
            if (!error.empty()) throw WorkspaceError(listPath + ": " + error);
        }
        return uncertainty;
    }

    Distribution readDistribution(const Json& value, const std::string& path) {
        const Json& object = expectObject(value, path);
        const std::string kindText = expectString(required(object, path, "kind"), path + "/kind");
        const auto kind = findDistributionKind(kindText);
        if (!kind)
            throw WorkspaceError(path + "/kind: expected \"uniform\", \"triangular\", \"normal\" or \"lognormal\", got " +
                                 quotedText(kindText));
        Distribution d;
        d.kind = *kind;
        const auto number = [&](std::string_view key) {
            return expectNumber(required(object, path, key), child(path, key));
        };
        // Unknown keys are a warning like everywhere else; so is a key of
        // another kind ("mode" on a uniform), since it is not read.
        switch (d.kind) {
        case DistributionKind::Uniform:
            d.a = number("low");
            d.b = number("high");
            warnUnknownFields(object, path, {"kind", "low", "high"});
            break;
        case DistributionKind::Triangular:
            d.a = number("low");
            d.b = number("mode");
            d.c = number("high");
            warnUnknownFields(object, path, {"kind", "low", "mode", "high"});
            break;
        case DistributionKind::Normal:
        case DistributionKind::Lognormal:
            d.a = number("p5");
            d.b = number("p95");
            warnUnknownFields(object, path, {"kind", "p5", "p95"});
            break;
        }
        return d;
    }

    void readParameters(const Json& value, const std::string& path, Scenario& scenario) {
        const Json& object = expectObject(value, path);
        const std::string inScenario = " in scenario " + quotedText(scenario.name);
        for (const auto& [key, entry] : object.items()) {
            const std::string entryPath = child(path, key);
            const auto id = findParameter(key);
            if (!id) {
                warn(entryPath + ": unknown parameter" + inScenario + "; ignored");
                continue;
            }
            const auto& p = spec(*id);
            if (p.isEnum()) {
                scenario[*id] = readChoice(entry, entryPath, p);
                continue;
            }
            const double number = expectNumber(entry, entryPath);
            scenario[*id] = clampToRange(*id, number);
            if (!inRange(*id, number))
                warn(entryPath + ": " + formatNumber(number) + " is outside the range " + allowedRangeText(*id) +
                     inScenario + "; clamped to " + formatNumber(scenario[*id]));
        }
        std::vector<std::string_view> missing;
        for (const auto& p : parameters())
            if (!member(object, p.id)) missing.push_back(p.id);
        if (!missing.empty())
            warn(path + ": scenario " + quotedText(scenario.name) + " has no value for " + listOfMissing(missing) +
                 (missing.size() == 1 ? "; using the default" : "; using the defaults"));
    }

    // "cost.law, lev.p", or for a file from an older version missing many:
    // "55 parameters (horizon_years, …, cost.law and 49 more)".
    static std::string listOfMissing(const std::vector<std::string_view>& ids) {
        constexpr std::size_t kNamed = 6;
        std::string list;
        for (std::size_t i = 0; i < std::min(ids.size(), kNamed); ++i) {
            if (i > 0) list += ", ";
            list += ids[i];
        }
        if (ids.size() <= kNamed) return list;
        return std::to_string(ids.size()) + " parameters (" + list + " and " + std::to_string(ids.size() - kNamed) +
               " more)";
    }

    // An enum parameter is written as its choice ("wright"); its index (1) is
    // accepted too, since that is what the scenario stores.
    static double readChoice(const Json& value, const std::string& path, const ParameterSpec& p) {
        std::string allowed;
        for (std::size_t i = 0; i < p.choices.size(); ++i) {
            if (i > 0) allowed += i + 1 == p.choices.size() ? " or " : ", ";
            allowed += Json(p.choices[i]).dump();
        }
        if (value.is_string()) {
            const auto text = value.get<std::string>();
            for (std::size_t i = 0; i < p.choices.size(); ++i)
                if (p.choices[i] == text) return static_cast<double>(i);
            throw WorkspaceError(path + ": expected " + allowed + ", got " + quotedText(text));
        }
        if (value.is_number()) {
            const double index = value.get<double>();
            if (index >= 0 && index < static_cast<double>(p.choices.size()) && index == std::trunc(index))
                return index;
            throw WorkspaceError(path + ": expected " + allowed + ", got " + formatNumber(index));
        }
        throw WorkspaceError(path + ": expected " + allowed + ", got " + std::string(typeName(value)));
    }

    std::vector<Application> readApplications(const Json& value, const std::string& path,
                                              const std::string& scenarioName) {
        const Json& array = expectArray(value, path);
        std::vector<Application> apps;
        std::vector<bool> idGiven;
        std::unordered_map<std::string, std::size_t> explicitIds;  // id → index where the file gives it
        for (std::size_t i = 0; i < array.size(); ++i) {
            const std::string appPath = child(path, i);
            const Json& object = expectObject(array[i], appPath);
            Application app;
            const Json* id = member(object, "id");
            if (id) {
                app.id = expectString(*id, appPath + "/id");
                if (!isValidApplicationId(app.id))
                    throw WorkspaceError(appPath + "/id: " + quotedText(app.id) +
                                         " is not a valid application id (use letters, digits, '_' and '-')");
                const auto [it, isNew] = explicitIds.emplace(app.id, i);
                if (!isNew)
                    throw WorkspaceError(appPath + "/id: duplicate application id " + quotedText(app.id) +
                                         " (first used at " + child(path, it->second) + "/id)");
            }
            app.name = expectString(required(object, appPath, "name"), appPath + "/name");
            const std::string inScenario = " in scenario " + quotedText(scenarioName);
            app.tokensPerTask = readPositive(object, appPath, "tokens_per_task", kMinTokensPerTask,
                                             kMaxTokensPerTask, inScenario);
            app.valuePerTask = readPositive(object, appPath, "value_per_task", kMinValuePerTask,
                                            kMaxValuePerTask, inScenario);
            warnUnknownFields(object, appPath, {"id", "name", "tokens_per_task", "value_per_task"});
            apps.push_back(std::move(app));
            idGiven.push_back(id != nullptr);
        }
        // Derive missing ids only now, so a derived id never takes one the file
        // gives explicitly further down the list.
        std::unordered_set<std::string> taken;
        for (const auto& [id, index] : explicitIds) taken.insert(id);
        std::unordered_map<std::string, int> nextSuffix;
        for (std::size_t i = 0; i < apps.size(); ++i)
            if (!idGiven[i]) apps[i].id = derivedId(apps[i].name, taken, nextSuffix);
        return apps;
    }

    // What uniqueApplicationId(list, name) gives ("Legal memo" → "legal_memo",
    // then "legal_memo_2", ...), with hash lookups instead of a scan of the
    // list per candidate, so ten thousand apps named alike stay fast.
    static std::string derivedId(const std::string& name, std::unordered_set<std::string>& taken,
                                 std::unordered_map<std::string, int>& nextSuffix) {
        const std::string base = uniqueApplicationId({}, name);
        std::string id = base;
        // Suffixes below the counter were taken before; ids are never freed.
        int& n = nextSuffix.try_emplace(base, 2).first->second;
        for (++parseWork.idCandidates; taken.count(id) > 0; ++parseWork.idCandidates)
            id = base + "_" + std::to_string(n++);
        taken.insert(id);
        return id;
    }

    double readPositive(const Json& object, const std::string& objectPath, std::string_view key, double min,
                        double max, const std::string& inScenario) {
        const std::string path = child(objectPath, key);
        const double number = expectNumber(required(object, objectPath, key), path);
        if (!(number > 0)) throw WorkspaceError(path + ": must be greater than 0, got " + formatNumber(number));
        if (number >= min && number <= max) return number;
        const double clamped = std::clamp(number, min, max);
        warn(path + ": " + formatNumber(number) + " is outside the range " + formatNumber(min) + "–" +
             formatNumber(max) + inScenario + "; clamped to " + formatNumber(clamped));
        return clamped;
    }

    int readActive(const Json& root, const Workspace& workspace) {
        const Json* active = member(root, "active_scenario");
        if (!active) return 0;
        const std::string name = expectString(*active, "/active_scenario");
        const int index = indexOf(name);
        if (index >= 0) return index;
        warn("/active_scenario: no scenario named " + quotedText(name) + "; using " +
             quotedText(workspace.scenarios.front().name));
        return 0;
    }

    std::vector<std::string> readCompared(const Json& root) {
        const Json* compare = member(root, "compare");
        if (!compare) return {};
        const Json& array = expectArray(*compare, "/compare");
        std::vector<std::string> names;
        for (std::size_t i = 0; i < array.size(); ++i)  // all checked for type first: errors before warnings
            names.push_back(expectString(array[i], child("/compare", i)));
        std::vector<std::string> compared;
        std::unordered_set<std::string> seen;
        for (std::size_t i = 0; i < names.size(); ++i) {
            const std::string path = child("/compare", i);
            ++parseWork.compareLookups;
            if (indexOf(names[i]) < 0) {
                warn(path + ": no scenario named " + quotedText(names[i]) + "; dropped");
                continue;
            }
            ++parseWork.compareLookups;
            if (!seen.insert(names[i]).second)
                warn(path + ": " + quotedText(names[i]) + " is listed twice; dropped");
            else
                compared.push_back(names[i]);
        }
        if (compared.size() > static_cast<std::size_t>(kMaxCompared)) {
            compared.resize(static_cast<std::size_t>(kMaxCompared));
            warn("/compare: more than " + std::to_string(kMaxCompared) + " scenarios listed; kept the first " +
                 std::to_string(kMaxCompared));
        }
        return compared;
    }

    std::vector<std::string>& warnings_;
    std::size_t suppressedWarnings_ = 0;
    std::unordered_map<std::string, int> indexByName_;
};

}  // namespace

WorkspaceParseWork lastParseWork() { return parseWork; }

WorkspaceLoad parseWorkspace(std::string_view json) {
    parseWork = {};
    WorkspaceLoad load;
    try {
        const Json root = parseJsonText(json);
        load.workspace = WorkspaceReader(load.warnings).read(root);
    } catch (const WorkspaceError& e) {
        load.error = e.what();
    } catch (const std::bad_alloc&) {
        load.error = "not enough memory to read the workspace";
    } catch (const std::exception& e) {
        load.error = std::string("unexpected error while reading the workspace: ") + e.what();
    } catch (...) {
        load.error = "unexpected error while reading the workspace";
    }
    if (!load.error.empty()) {
        load.workspace.reset();
        load.warnings.clear();  // warnings about a file we did not load would only confuse
        load.error = oneLine(std::move(load.error));
    }
    for (auto& warning : load.warnings) warning = oneLine(std::move(warning));
    return load;
}

}  // namespace leverboard
