// The analysis solvers on the default scenario, on 1 and 2 threads (issue 13):
//   tornado   one KPI (capex.npv) over every analysable parameter — target ≤ 5 ms;
//             also the slowest KPI's tornado
//   attribute exact Shapley over 12 differing parameters (4,096 evaluations) — target ≤ 100 ms
//   map       a 64 × 64 map (4,096 evaluations) — target within 100 ms
// Prints one JSON line with the median and minimum milliseconds of each; never
// fails on time: machines differ and runs vary.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "analysis/Attribution.h"
#include "analysis/KpiProbe.h"
#include "analysis/ParameterMap.h"
#include "analysis/Sensitivity.h"
#include "params/ParameterRegistry.h"
#include "scenario/Scenario.h"

using namespace leverboard;
using namespace leverboard::analysis;

namespace {

struct Timing {
    double median = 0;
    double min = 0;
};

template <class F>
Timing timeIt(int repeats, F&& work) {
    using Clock = std::chrono::steady_clock;
    work();  // warm-up
    std::vector<double> ms;
    for (int i = 0; i < repeats; ++i) {
        const auto start = Clock::now();
        work();
        ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.front()};
}

// B: A with the first twelve capex parameters moved by 10% inside their ranges.
Scenario twelveApart(const Scenario& a) {
    Scenario b = a;
    int moved = 0;
    for (const ParamId p : analysableParameters()) {
        if (spec(p).group != ModelGroup::Capex || moved == 12) continue;
        const double v = clampToRange(p, a[p] * 0.9 == a[p] ? spec(p).max : a[p] * 0.9);
        if (v == a[p]) continue;
        b[p] = v;
        ++moved;
    }
    return b;
}

}  // namespace

int main(int argc, char** argv) {
    int repeats = 15;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--short") == 0) {
            repeats = 3;
        } else {
            std::fprintf(stderr, "bench_analysis: unknown argument '%s' (only --short)\n", argv[i]);
            return 2;
        }
    }
    const Scenario a;
    const Scenario b = twelveApart(a);
    std::string out = "{\"benchmark\":\"analysis\",\"parameters\":" + std::to_string(analysableParameters().size());
    std::size_t sink = 0;
    for (const unsigned threads : {1u, 2u}) {
        SensitivityOptions tornadoOptions;
        tornadoOptions.threads = threads;
        const Timing tornado = timeIt(repeats * 4, [&] { sink += sensitivity(a, "capex.npv", tornadoOptions).bars.size(); });
        // The slowest KPI's tornado (the fast path evaluates only the models a KPI needs).
        std::string worstKpi;
        double worstMs = 0;
        for (const std::string& id : numericKpiIds(a)) {
            const Timing t = timeIt(std::max(1, repeats / 3), [&] { sink += sensitivity(a, id, tornadoOptions).bars.size(); });
            if (t.median > worstMs) {
                worstMs = t.median;
                worstKpi = id;
            }
        }
        std::size_t players = 0;
        const Timing attribution = timeIt(repeats, [&] {
            const auto result = attribute(a, b, "capex.npv", threads);
            players = result.contributions.size();
            sink += players;
        });
        MapOptions mapOptions;
        mapOptions.threads = threads;
        const Timing map = timeIt(repeats, [&] {
            sink += parameterMap(a, "capex.npv", ParamId::CapexUtilization, ParamId::CapexRentalPrice, mapOptions).values.size();
        });
        char line[768];
        std::snprintf(line, sizeof line,
                      ",\"threads_%u\":{\"tornado_ms\":{\"kpi\":\"capex.npv\",\"median\":%.3f,\"min\":%.3f},"
                      "\"tornado_slowest_kpi_ms\":{\"kpi\":\"%s\",\"median\":%.3f},"
                      "\"attribution_exact_ms\":{\"players\":%zu,\"median\":%.3f,\"min\":%.3f},"
                      "\"map_64x64_ms\":{\"median\":%.3f,\"min\":%.3f}}",
                      threads, tornado.median, tornado.min, worstKpi.c_str(), worstMs, players, attribution.median, attribution.min,
                      map.median, map.min);
        out += line;
    }
    out += "}\n";
    std::fputs(out.c_str(), stdout);
    return sink == 0 ? 1 : 0;
}
