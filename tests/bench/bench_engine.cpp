// How long one engine evaluation of the default scenario takes when the
// caller reuses its Results (the GUI's slider path and Monte Carlo's loop).
// Prints one JSON line; never fails on time: machines differ and runs vary.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <vector>

#include "models/Engine.h"

namespace {

struct Plan {
    int warmupEvaluations;
    int batches;
    int evaluationsPerBatch;
};

constexpr Plan kFullPlan{200, 200, 50};
constexpr Plan kShortPlan{20, 20, 10};

// A batch is timed as a whole, because one evaluation is too short for the
// clock to resolve well; the figure per evaluation is batch time / batch size.
std::vector<double> microsecondsPerEvaluation(const Plan& plan) {
    using Clock = std::chrono::steady_clock;
    const leverboard::Scenario scenario;
    leverboard::Results results;
    for (int i = 0; i < plan.warmupEvaluations; ++i) leverboard::evaluate(scenario, results);

    std::vector<double> samples;
    samples.reserve(std::size_t(plan.batches));
    for (int b = 0; b < plan.batches; ++b) {
        const auto start = Clock::now();
        for (int i = 0; i < plan.evaluationsPerBatch; ++i) leverboard::evaluate(scenario, results);
        const std::chrono::duration<double, std::micro> elapsed = Clock::now() - start;
        samples.push_back(elapsed.count() / plan.evaluationsPerBatch);
    }
    // Keeps the optimizer from discarding the work.
    if (results.kpis.empty()) std::fputs("warning: the engine returned no KPIs\n", stderr);
    return samples;
}

// Nearest-rank percentile of sorted samples.
double percentile(const std::vector<double>& sorted, double fraction) {
    const auto rank = std::size_t(fraction * double(sorted.size() - 1) + 0.5);
    return sorted[std::min(rank, sorted.size() - 1)];
}

}  // namespace

int main(int argc, char** argv) {
    Plan plan = kFullPlan;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--short") == 0) {
            plan = kShortPlan;
        } else {
            std::fprintf(stderr, "bench_engine: unknown argument '%s' (only --short)\n", argv[i]);
            return 2;
        }
    }

    std::vector<double> samples = microsecondsPerEvaluation(plan);
    std::sort(samples.begin(), samples.end());
    std::printf(
        "{\"benchmark\":\"engine_evaluate\",\"median_us\":%.3f,\"p90_us\":%.3f,\"min_us\":%.3f,"
        "\"evaluations\":%d}\n",
        percentile(samples, 0.5), percentile(samples, 0.9), samples.front(),
        plan.batches * plan.evaluationsPerBatch);
    return 0;
}
