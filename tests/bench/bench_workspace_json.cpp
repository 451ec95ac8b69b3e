// How long reading workspace files takes: the default workspace, and the
// hostile sizes test_workspace_json checks for linear work (10,000
// applications with one name, a compare list of 200,000 names, a workspace
// padded to exactly the 20 MB file limit). Prints one JSON line, median milliseconds per
// case; never fails on time: machines differ and runs vary.
//
//   bench_workspace_json [--short]

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "scenario/Workspace.h"
#include "scenario/WorkspaceJson.h"

using namespace leverboard;
using Json = nlohmann::ordered_json;

namespace {

// Median wall time of `runs` calls, in milliseconds.
double medianMs(int runs, const std::function<void()>& work) {
    using Clock = std::chrono::steady_clock;
    std::vector<double> samples;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        work();
        samples.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

// Parses and complains on stderr if the file did not load (a broken case
// would time the error path, not the work).
void parseOrWarn(const std::string& text, const char* name) {
    const WorkspaceLoad load = parseWorkspace(text);
    if (!load.workspace) std::fprintf(stderr, "bench_workspace_json: %s did not load: %s\n", name, load.error.c_str());
}

}  // namespace

int main(int argc, char** argv) {
    int runs = 9;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--short") == 0) {
            runs = 3;
        } else {
            std::fprintf(stderr, "bench_workspace_json: unknown argument '%s' (only --short)\n", argv[i]);
            return 2;
        }
    }

    const std::string defaultText = serializeWorkspace(defaultWorkspace());

    Json sameNames = Json::parse(defaultText);
    Json apps = Json::array();
    for (int i = 0; i < 10000; ++i)
        apps.push_back({{"name", "Same task"}, {"tokens_per_task", 1}, {"value_per_task", 1}});
    apps[5]["id"] = "same_task_3";
    sameNames["scenarios"][0]["applications"] = apps;
    const std::string sameNamesText = sameNames.dump();

    Json longCompare = Json::parse(defaultText);
    Json compare = Json::array();
    for (int i = 0; i < 200000; ++i) compare.push_back(i % 2 ? "Base" : "Missing " + std::to_string(i));
    longCompare["compare"] = compare;
    const std::string longCompareText = longCompare.dump();

    std::string limitText = defaultText;
    limitText.resize(kMaxWorkspaceBytes, ' ');

    const double defaultMs = medianMs(runs * 10, [&] { parseOrWarn(defaultText, "the default workspace"); });
    const double serializeMs = medianMs(runs * 10, [&] {
        if (serializeWorkspace(defaultWorkspace()).empty()) std::fputs("empty serialization\n", stderr);
    });
    const double sameNamesMs = medianMs(runs, [&] { parseOrWarn(sameNamesText, "10,000 same-named apps"); });
    const double compareMs = medianMs(runs, [&] { parseOrWarn(longCompareText, "200,000 compare names"); });
    const double limitMs = medianMs(runs, [&] { parseOrWarn(limitText, "the 20 MB file"); });

    std::printf(
        "{\"benchmark\":\"workspace_json\",\"runs\":%d,\"parse_default_ms\":%.3f,\"serialize_default_ms\":%.3f,"
        "\"parse_10000_same_named_apps_ms\":%.1f,\"parse_200000_compare_names_ms\":%.1f,"
        "\"parse_20mb_limit_file_ms\":%.1f}\n",
        runs, defaultMs, serializeMs, sameNamesMs, compareMs, limitMs);
    return 0;
}
