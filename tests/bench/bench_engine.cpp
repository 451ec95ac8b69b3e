// How long one engine evaluation of the default scenario takes when the
// caller reuses its Results (the GUI's slider path and Monte Carlo's loop):
// the full evaluation runs every model of the model registry, which the
// output lists, with each model's own evaluate step timed on its own as well.
// Prints one JSON line; never fails on time: machines differ and runs vary.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <vector>

#include "models/CostCurveModel.h"
#include "models/Engine.h"
#include "models/ModelRegistry.h"

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

// One model's evaluate step alone (the root cost curve built once, outside
// the clock), in the same batches.
std::vector<double> microsecondsPerModel(const Plan& plan, const leverboard::ModelSpec& model) {
    using Clock = std::chrono::steady_clock;
    const leverboard::Scenario scenario;
    leverboard::Results results;
    leverboard::evaluate(scenario, results);  // every part filled, as the engine leaves them
    const leverboard::CostCurve curve(scenario);
    // Reporting into the lists' existing entries, as the engine does.
    std::size_t kpis = 0, notes = 0, warnings = 0;
    const leverboard::EvalContext context{scenario,
                                          curve,
                                          true,
                                          leverboard::KpiWriter(results.kpis, kpis),
                                          leverboard::MessageWriter(results.notes, notes),
                                          leverboard::MessageWriter(results.warnings, warnings)};
    auto once = [&] {
        kpis = notes = warnings = 0;
        model.evaluate(context, results);
    };
    for (int i = 0; i < plan.warmupEvaluations; ++i) once();
    std::vector<double> samples;
    for (int b = 0; b < plan.batches; ++b) {
        const auto start = Clock::now();
        for (int i = 0; i < plan.evaluationsPerBatch; ++i) once();
        const std::chrono::duration<double, std::micro> elapsed = Clock::now() - start;
        samples.push_back(elapsed.count() / plan.evaluationsPerBatch);
    }
    if (results.kpis.empty()) std::fputs("warning: a model returned no KPIs\n", stderr);
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
        "{\"benchmark\":\"engine_evaluate\",\"models\":%d,\"median_us\":%.3f,\"p90_us\":%.3f,\"min_us\":%.3f,"
        "\"evaluations\":%d,\"per_model_median_us\":{",
        int(leverboard::models().size()), percentile(samples, 0.5), percentile(samples, 0.9), samples.front(),
        plan.batches * plan.evaluationsPerBatch);
    bool first = true;
    for (const leverboard::ModelSpec& model : leverboard::models()) {
        std::vector<double> modelSamples = microsecondsPerModel(plan, model);
        std::sort(modelSamples.begin(), modelSamples.end());
        std::printf("%s\"%.*s\":%.3f", first ? "" : ",", int(model.id.size()), model.id.data(),
                    percentile(modelSamples, 0.5));
        first = false;
    }
    std::printf("}}\n");
    return 0;
}
