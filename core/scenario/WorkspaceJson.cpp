#include "scenario/WorkspaceJson.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <new>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include <nlohmann/json.hpp>

#include "text/MachineNumber.h"

namespace leverboard {
namespace {

using Json = nlohmann::ordered_json;
namespace fs = std::filesystem;

// Deep enough for any workspace (ours needs 5 levels), shallow enough that
// hostile input cannot exhaust the stack or memory on the way in.
constexpr int kMaxNestingDepth = 64;
// Names and keys quoted in messages are cut here so a 10 MB name cannot
// turn a warning into a 10 MB line.
constexpr std::size_t kMaxQuotedChars = 60;
constexpr std::size_t kMaxParserDetailChars = 160;
// Far beyond any real workspace; keeps hostile files from costing minutes
// and gigabytes (each scenario holds every parameter).
constexpr std::size_t kMaxScenarios = 10000;
// A file with a million unknown keys gets a hundred warnings and a count.
constexpr std::size_t kMaxWarnings = 100;

// Thrown inside this file only; parseWorkspace turns it into WorkspaceLoad::error.
struct WorkspaceError : std::runtime_error {
    using std::runtime_error::runtime_error;
};
struct NestingTooDeep {};
struct DuplicateKey {
    std::string path;
};

// What the steps that must stay linear in the input did during the current
// parseWorkspace on this thread (see lastParseWork in the header).
thread_local WorkspaceParseWork parseWork;

// ---- small text helpers ----------------------------------------------------

// The shortest round-trip text, "100000000000" rather than "1e+11", matching
// the registry's range texts ("0.01–1000") and the same in every locale.
std::string formatNumber(double value) { return text::shortestNumber(value); }

bool isUtf8Continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Cut at a character boundary, marking the cut.
std::string truncated(std::string_view text, std::size_t maxChars) {
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (isUtf8Continuation(text[i])) continue;
        if (chars++ == maxChars) return std::string(text.substr(0, i)) + "…";
    }
    return std::string(text);
}

// A user's string in a message: JSON-quoted (escapes control characters) and cut short.
std::string quotedText(std::string_view text) {
    return Json(truncated(text, kMaxQuotedChars)).dump(-1, ' ', false, Json::error_handler_t::replace);
}

// One segment of a JSON Pointer (RFC 6901): '~' → "~0", '/' → "~1".
std::string pointerToken(std::string_view key) {
    std::string token;
    for (char c : truncated(key, kMaxQuotedChars)) {
        if (c == '~') token += "~0";
        else if (c == '/') token += "~1";
        else token += c;
    }
    return token;
}

std::string child(const std::string& path, std::string_view key) { return path + "/" + pointerToken(key); }
std::string child(const std::string& path, std::size_t index) { return path + "/" + std::to_string(index); }

// Every message is one line, whatever the file's keys and names contain.
std::string oneLine(std::string text) {
    std::string line;
    line.reserve(text.size());
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '\n') line += "\\n";
        else if (c == '\r') line += "\\r";
        else if (c == '\t') line += "\\t";
        else if (u < 0x20 || u == 0x7F) {
            char escape[8];
            std::snprintf(escape, sizeof escape, "\\u%04X", u);
            line += escape;
        } else {
            line += c;
        }
    }
    return line;
}

// "a string", "an object", ... for "expected X, got Y".
std::string_view typeName(const Json& value) { return value.type_name(); }

// ---- JSON text: syntax, nesting, duplicate keys ----------------------------

struct TextPosition {
    std::size_t line = 1;
    std::size_t column = 1;  // in characters (UTF-8 code points), as editors count
};

TextPosition positionOf(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    TextPosition position;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++position.line;
            lineStart = i + 1;
        }
    }
    for (std::size_t i = lineStart; i < offset; ++i)
        if (!isUtf8Continuation(text[i])) ++position.column;
    return position;
}

std::string invalidJsonAt(std::string_view text, std::size_t offset, std::string_view detail) {
    const auto position = positionOf(text, offset);
    return "invalid JSON at line " + std::to_string(position.line) + ", column " +
           std::to_string(position.column) + ": " + std::string(detail);
}

// Walks JSON text one character at a time and says whether a character is
// structure (outside any string literal, and not the quote that opens one).
class OutsideStrings {
public:
    bool isStructure(char c) {
        if (inString_) {
            if (escaped_) escaped_ = false;
            else if (c == '\\') escaped_ = true;
            else if (c == '"') inString_ = false;
            return false;
        }
        if (c == '"') {
            inString_ = true;
            return false;
        }
        return true;
    }

private:
    bool inString_ = false;
    bool escaped_ = false;
};

// Where the first bracket opens level kMaxNestingDepth + 1 (brackets inside
// strings do not count).
std::size_t offsetOfExcessiveNesting(std::string_view text) {
    int depth = 0;
    OutsideStrings scanner;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (!scanner.isStructure(c)) continue;
        if (c == '[' || c == '{') {
            if (++depth > kMaxNestingDepth) return i;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return text.size();
}

// nlohmann's message is "[json.exception.parse_error.101] parse error at line
// 3, column 14: syntax error while parsing value - unexpected '}'; ...": keep
// what follows the dash (we compute line and column ourselves, in characters).
std::string parserDetail(const std::string& what) {
    std::string detail = what;
    if (detail.starts_with('[')) {
        if (const auto close = detail.find("] "); close != std::string::npos) detail.erase(0, close + 2);
    }
    if (const auto dash = detail.find(" - "); dash != std::string::npos) detail.erase(0, dash + 3);
    return truncated(detail, kMaxParserDetailChars);
}

// A JSON number literal too large for a double. (from_chars says "out of
// range" for too small ones as well, which nlohmann accepts as 0: tell them
// apart by the decimal exponent.)
bool overflowsDouble(std::string_view token) {
    double value = 0;
    const auto [ptr, ec] = std::from_chars(token.data(), token.data() + token.size(), value);
    if (ec != std::errc::result_out_of_range) return false;
    // value ≈ 0.d × 10^(digits + exponent): count the digits before the point
    // (or minus the zeros after it), then add the written exponent.
    long long magnitude = 0;
    bool significant = false;
    bool fraction = false;
    std::size_t i = 0;
    for (; i < token.size() && token[i] != 'e' && token[i] != 'E'; ++i) {
        const char c = token[i];
        if (c == '.') {
            fraction = true;
        } else if (c >= '0' && c <= '9') {
            if (!fraction && (significant || c != '0')) ++magnitude;
            if (fraction && !significant && c == '0') --magnitude;
            if (c != '0') significant = true;
        }
    }
    bool negativeExponent = false;
    long long exponent = 0;
    for (++i; i < token.size(); ++i) {
        if (token[i] == '-') negativeExponent = true;
        else if (token[i] >= '0' && token[i] <= '9') exponent = std::min(exponent * 10 + (token[i] - '0'), 1'000'000'000LL);
    }
    return magnitude + (negativeExponent ? -exponent : exponent) > 0;
}

// nlohmann refuses a number too large for a double (1e400) without saying
// where it is; find the first one ourselves (outside strings).
std::size_t offsetOfOverflowingNumber(std::string_view text) {
    OutsideStrings scanner;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (!scanner.isStructure(c)) continue;
        if (c != '-' && (c < '0' || c > '9')) continue;
        std::size_t end = i;
        while (end < text.size() && std::string_view("0123456789+-.eE").find(text[end]) != std::string_view::npos)
            ++end;
        if (overflowsDouble(text.substr(i, end - i))) return i;
        i = end - 1;
    }
    return text.size();
}

// Follows the parser's events to refuse deep nesting before it is built and
// to name a duplicated key by its JSON Pointer (nlohmann would silently keep
// the last one, and a hand-edited file with two values for one parameter
// deserves an error, not a guess).
class StructureGuard {
public:
    bool operator()(int depth, Json::parse_event_t event, Json& parsed) {
        using Event = Json::parse_event_t;
        switch (event) {
        case Event::object_start:
        case Event::array_start:
            if (depth >= kMaxNestingDepth) throw NestingTooDeep{};
            levels_.push_back({event == Event::object_start, 0, {}, {}});
            break;
        case Event::key: {
            auto& level = levels_.back();
            level.key = parsed.get<std::string>();
            if (!level.keys.insert(level.key).second) throw DuplicateKey{currentPath()};
            break;
        }
        case Event::object_end:
        case Event::array_end:
            levels_.pop_back();
            valueDone();
            break;
        case Event::value:
            valueDone();
            break;
        }
        return true;
    }

private:
    struct Level {
        bool isObject;
        std::size_t index;  // arrays: index of the next element
        std::string key;    // objects: the key being read
        std::unordered_set<std::string> keys;
    };

    void valueDone() {
        if (!levels_.empty() && !levels_.back().isObject) ++levels_.back().index;
    }

    std::string currentPath() const {
        std::string path;
        for (const auto& level : levels_)
            path = level.isObject ? child(path, level.key) : child(path, level.index);
        return path;
    }

    std::vector<Level> levels_;
};

Json parseJsonText(std::string_view text) {
    StructureGuard guard;
    try {
        return Json::parse(text.begin(), text.end(),
                           [&guard](int depth, Json::parse_event_t event, Json& parsed) {
                               return guard(depth, event, parsed);
                           });
    } catch (const Json::parse_error& e) {
        // e.byte counts the characters read, so the offending one is at e.byte - 1.
        const std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
        throw WorkspaceError(invalidJsonAt(text, offset, parserDetail(e.what())));
    } catch (const NestingTooDeep&) {
        throw WorkspaceError(invalidJsonAt(text, offsetOfExcessiveNesting(text),
                                           "nesting deeper than " + std::to_string(kMaxNestingDepth) +
                                               " levels"));
    } catch (const DuplicateKey& e) {
        throw WorkspaceError(e.path + ": duplicate key");
    } catch (const Json::out_of_range& e) {
        // out_of_range.406 "number overflow parsing '1e400'": the only one parse() throws.
        throw WorkspaceError(invalidJsonAt(text, offsetOfOverflowingNumber(text), parserDetail(e.what())));
    } catch (const Json::exception& e) {
        throw WorkspaceError("invalid JSON: " + parserDetail(e.what()));
    }
}

// ---- schema: JSON value → Workspace ----------------------------------------

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
        warnUnknownFields(object, path, {"name", "notes", "parameters", "applications"});

        if (const Json* parameters = member(object, "parameters"))
            readParameters(*parameters, path + "/parameters", scenario);
        else
            warn(path + ": scenario " + quotedText(scenario.name) + " has no \"parameters\"; using the defaults");

        if (const Json* applications = member(object, "applications"))
            scenario.applications = readApplications(*applications, path + "/applications", scenario.name);
        else
            warn(path + ": scenario " + quotedText(scenario.name) + " has no \"applications\"; using the default list");
        return scenario;
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

// ---- Workspace → JSON value ------------------------------------------------

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
    return object;
}

// ---- files -------------------------------------------------------------------

std::string systemError(int error) { return std::strerror(error); }

std::string limitText() {
    return std::to_string(kMaxWorkspaceBytes) + " bytes (" + std::to_string(kMaxWorkspaceBytes / (1024 * 1024)) +
           " MB)";
}

// Reads at most kMaxWorkspaceBytes + 1 bytes, so a file that grows after the
// size check (or a pipe) still cannot make us read without bound.
bool readFileLimited(const std::string& path, std::string& text, std::string& error) {
    const std::string cannotRead = "cannot read \"" + path + "\": ";
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec) {
        error = cannotRead + ec.message();
        return false;
    }
    if (fs::is_directory(status)) {
        error = cannotRead + "it is a directory";
        return false;
    }
    if (fs::is_regular_file(status)) {
        const auto size = fs::file_size(path, ec);
        if (!ec && size > kMaxWorkspaceBytes) {
            error = "\"" + path + "\" is too large to be a workspace: " + std::to_string(size) +
                    " bytes, the limit is " + limitText();
            return false;
        }
        if (!ec) text.reserve(static_cast<std::size_t>(size));
    }
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file) {
        error = cannotRead + systemError(errno);
        return false;
    }
    char chunk[65536];
    while (text.size() <= kMaxWorkspaceBytes) {
        const std::size_t read = std::fread(chunk, 1, sizeof chunk, file);
        text.append(chunk, read);
        if (read < sizeof chunk) break;
    }
    const bool failed = std::ferror(file) != 0;
    const int readErrno = errno;
    std::fclose(file);
    if (failed) {
        error = cannotRead + systemError(readErrno);
        return false;
    }
    if (text.size() > kMaxWorkspaceBytes) {
        error = "\"" + path + "\" is too large to be a workspace: more than the limit of " + limitText();
        return false;
    }
    return true;
}

bool writeAll(int fd, std::string_view data) {
    while (!data.empty()) {
        const ssize_t written = ::write(fd, data.data(), data.size());
        if (written < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        data.remove_prefix(static_cast<std::size_t>(written));
    }
    return true;
}

// A new file next to the target: same directory so the rename is atomic
// (same file system), O_EXCL so we never write into someone else's file.
int createTemporaryFile(const fs::path& target, std::string& tempPath) {
    static std::atomic<unsigned> counter{0};
    const fs::path directory = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    for (int attempt = 0; attempt < 100; ++attempt) {
        // Built with append: GCC 12 warns falsely (-Wrestrict) on "." + string.
        std::string name = ".";
        name.append(target.filename().string()).append(".tmp-").append(std::to_string(::getpid()));
        name.append("-").append(std::to_string(counter++));
        const fs::path candidate = directory / name;
        const int fd = ::open(candidate.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0 || errno != EEXIST) {
            tempPath = candidate.string();
            return fd;
        }
    }
    errno = EEXIST;
    return -1;
}

bool writeFileAtomic(const std::string& path, std::string_view text, std::string& error) {
    const std::string failed = "cannot save \"" + path + "\": ";
    if (path.empty()) {
        error = "cannot save: no file name given";
        return false;
    }
    std::error_code ec;
    fs::path target(path);
    // Saving through a symbolic link replaces the file it points to and keeps the link.
    if (fs::is_symlink(fs::symlink_status(target, ec))) {
        const fs::path resolved = fs::weakly_canonical(target, ec);
        if (!ec) target = resolved;
    }
    if (fs::is_directory(fs::status(target, ec))) {
        error = failed + "it is a directory";
        return false;
    }

    std::string tempPath;
    const int fd = createTemporaryFile(target, tempPath);
    if (fd < 0) {
        const fs::path directory = target.parent_path().empty() ? fs::path(".") : target.parent_path();
        error = failed + "cannot create a file in \"" + directory.string() + "\": " + systemError(errno);
        return false;
    }
    // Keep the permissions of the file we replace (as QSaveFile does).
    struct stat existing {};
    if (::stat(target.c_str(), &existing) == 0) (void)::fchmod(fd, existing.st_mode & 07777);

    auto abandon = [&](std::string what, int errorNumber) {
        ::unlink(tempPath.c_str());
        error = failed + what + ": " + systemError(errorNumber);
        return false;
    };
    if (!writeAll(fd, text)) {
        const int e = errno;
        ::close(fd);
        return abandon("write failed", e);
    }
    if (::fsync(fd) != 0) {
        const int e = errno;
        ::close(fd);
        return abandon("flush to disk failed", e);
    }
    if (::close(fd) != 0) return abandon("write failed", errno);
    if (::rename(tempPath.c_str(), target.c_str()) != 0) return abandon("cannot replace the file", errno);

    // Make the rename itself durable; a failure here no longer risks the data.
    const fs::path directory = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    if (const int dirFd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dirFd >= 0) {
        (void)::fsync(dirFd);
        ::close(dirFd);
    }
    return true;
}

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

WorkspaceLoad loadWorkspaceFile(const std::string& path) {
    try {
        std::string text;
        std::string error;
        if (!readFileLimited(path, text, error)) return {std::nullopt, oneLine(std::move(error)), {}};
        return parseWorkspace(text);
    } catch (const std::bad_alloc&) {
        return {std::nullopt, oneLine("not enough memory to read \"" + path + "\""), {}};
    } catch (const std::exception& e) {
        return {std::nullopt, oneLine("cannot read \"" + path + "\": " + e.what()), {}};
    }
}

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

bool saveWorkspaceFileAtomic(const Workspace& workspace, const std::string& path, std::string& error) {
    try {
        if (writeFileAtomic(path, serializeWorkspace(workspace), error)) return true;
        error = oneLine(std::move(error));
        return false;
    } catch (const std::exception& e) {
        error = oneLine("cannot save \"" + path + "\": " + e.what());
        return false;
    }
}

}  // namespace leverboard
