// How long the Monte Carlo takes (issue 12's targets: 10,000 samples of every
// KPI of every model ≤ 100 ms; of the capex KPIs alone ≤ 6 ms; peak memory
// ≤ 150 MB), with 1 and 2 threads, on the default scenario carrying four
// uncertain inputs (the issue's "frontier decline 5–10×, economic life 2–4
// years, utilisation, rental price", one pair rank-correlated).
// Prints one JSON line (milliseconds: the median and the fastest of the runs
// by the wall clock, and the median CPU time of the process summed over its
// threads, which says how much of the wall time other processes took on a
// shared machine); never fails on time: machines differ and runs vary.
//   bench_monte_carlo [--short]

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "analysis/MonteCarlo.h"
#include "analysis/Sampling.h"
#include "models/ModelRegistry.h"

namespace {

using namespace leverboard;

Scenario uncertainScenario() {
    Scenario s;
    s.uncertainty.set(ParamId::CostFrontierDecline, {DistributionKind::Lognormal, 5, 10, 0});
    s.uncertainty.set(ParamId::CapexEconomicLife, {DistributionKind::Uniform, 2, 4, 0});
    s.uncertainty.set(ParamId::CapexUtilization, {DistributionKind::Triangular, 0.55, 0.75, 0.9});
    s.uncertainty.set(ParamId::CapexRentalPrice, {DistributionKind::Normal, 2.2, 6, 0});
    s.uncertainty.setCorrelation(ParamId::CapexUtilization, ParamId::CapexRentalPrice, 0.5);
    return s;
}

struct Timing {
    double median = 0;
    double fastest = 0;
    double cpuMedian = 0;
    std::size_t kpis = 0;
};

double processCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

Timing time(const Scenario& scenario, analysis::MonteCarloOptions options, int runs) {
    using Clock = std::chrono::steady_clock;
    std::vector<double> ms, cpu;
    std::size_t kpis = 0;
    analysis::runMonteCarlo(scenario, options);  // warm-up
    for (int r = 0; r < runs; ++r) {
        const double cpuStart = processCpuMs();
        const auto start = Clock::now();
        const analysis::MonteCarloResult result = analysis::runMonteCarlo(scenario, options);
        const std::chrono::duration<double, std::milli> elapsed = Clock::now() - start;
        ms.push_back(elapsed.count());
        cpu.push_back(processCpuMs() - cpuStart);
        kpis = result.kpis.size();
        if (result.kpis.empty()) std::fputs("warning: the Monte Carlo returned no KPIs\n", stderr);
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    return {ms[ms.size() / 2], ms.front(), cpu[cpu.size() / 2], kpis};
}

}  // namespace

int main(int argc, char** argv) {
    int runs = 9;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--short") == 0) {
            runs = 3;
        } else {
            std::fprintf(stderr, "bench_monte_carlo: unknown argument '%s' (only --short)\n", argv[i]);
            return 2;
        }
    }
    const Scenario scenario = uncertainScenario();
    if (const std::string error = analysis::validateUncertainty(scenario.uncertainty); !error.empty()) {
        std::fprintf(stderr, "bench_monte_carlo: %s\n", error.c_str());
        return 1;
    }
    std::vector<std::string> capexKpis;
    for (const KpiSpec& k : modelSpec(ModelGroup::Capex).kpis)
        if (k.format != KpiFormat::Text) capexKpis.emplace_back(k.id);

    analysis::MonteCarloOptions all;
    all.samples = 10000;
    all.keepValues = false;
    analysis::MonteCarloOptions capex = all;
    capex.kpis = capexKpis;

    std::printf("{\"samples\":10000,\"runs\":%d", runs);
    for (unsigned threads : {1u, 2u}) {
        all.threads = threads;
        capex.threads = threads;
        const Timing a = time(scenario, all, runs);
        const Timing c = time(scenario, capex, runs);
        std::printf(",\"threads_%u\":{\"all_kpis_ms\":%.2f,\"all_kpis_fastest_ms\":%.2f,\"all_kpis_cpu_ms\":%.2f,"
                    "\"all_kpis_count\":%zu,\"capex_kpis_ms\":%.3f,\"capex_kpis_fastest_ms\":%.3f,"
                    "\"capex_kpis_cpu_ms\":%.3f,\"capex_kpis_count\":%zu}",
                    threads, a.median, a.fastest, a.cpuMedian, a.kpis, c.median, c.fastest, c.cpuMedian, c.kpis);
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf(",\"peak_rss_mb\":%.1f}\n", double(usage.ru_maxrss) / 1024.0);
    return 0;
}
