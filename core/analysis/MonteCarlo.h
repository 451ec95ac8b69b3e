#pragma once
// The Monte Carlo engine (MODEL.md, "Uncertainty"): seeded, counter-based
// streams per sample, multithreaded with std::thread, no Qt. Generic over
// every KPI and series of every model (the registries).

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "models/Results.h"
#include "scenario/Scenario.h"

namespace leverboard::analysis {

// A column of a model's series table (ModelSpec::seriesTable), e.g. {"capex", "cumulative_cash"}.
struct SeriesRef {
    std::string model;
    std::string column;
    bool operator==(const SeriesRef&) const = default;
};

struct MonteCarloOptions {
    std::size_t samples = 10000;
    std::uint64_t seed = 1;
    unsigned threads = 0;            // 0 = defaultThreadCount(); results do not depend on it
    std::vector<std::string> kpis;   // numeric KPI ids to summarise; empty = every numeric KPI
    std::vector<SeriesRef> series;   // series to band (P10/P50/P90 per row); empty = none
    bool keepValues = true;          // keep each KPI's per-sample values (differences, histograms)
    const std::atomic<bool>* cancel = nullptr;
};

struct KpiStats {
    std::string id;
    std::size_t samples = 0;  // all samples drawn
    std::size_t nulls = 0;    // samples where the KPI was null (counted, never dropped silently)
    // Over the non-null samples (linear interpolation); nullopt when all were null.
    std::optional<double> mean, p5, p10, p50, p90, p95;
    // P(good side of the natural threshold), nulls counting as not good; nullopt
    // when the KPI has no threshold.
    std::optional<double> pGood;
    double nullShare() const { return samples ? double(nulls) / double(samples) : 0.0; }
    // 50 equal bins over [histogramLow, histogramHigh] of the non-null samples.
    double histogramLow = 0;
    double histogramHigh = 0;
    std::vector<std::size_t> histogram;
    std::vector<std::optional<double>> values;  // per sample (sample order) when keepValues
};

struct SeriesBand {
    SeriesRef ref;
    std::vector<std::optional<double>> p10, p50, p90;  // per row of the table; nullopt when all null
};

struct MonteCarloResult {
    std::size_t samples = 0;
    std::uint64_t seed = 0;
    bool cancelled = false;   // true: partial, do not show
    std::vector<KpiStats> kpis;
    std::vector<SeriesBand> series;
    const KpiStats* kpi(std::string_view id) const;
    const SeriesBand* band(const SeriesRef& ref) const;
};

// The scenario's parameter values for one sample (its uncertainty drawn
// through the copula; parameters without a distribution at their value).
// Exposed so tests can check marginals and rank correlations.
void drawSample(const Scenario& scenario, std::uint64_t seed, std::uint64_t sample,
                std::vector<double>& values /* kParamCount */);

// Runs the Monte Carlo. The scenario's uncertainty must be valid
// (validateUncertainty); an empty uncertainty gives every sample the scenario itself.
MonteCarloResult runMonteCarlo(const Scenario& scenario, const MonteCarloOptions& options);

// Statistics of b − a sample by sample (common random numbers): e.g.
// P(Bull NPV > Base NPV) is the difference's share above 0 (its pGood with
// threshold 0, good above). Both need keepValues and the same sample count.
KpiStats differenceStats(const KpiStats& a, const KpiStats& b);

// The summary of per-sample values (threshold per sample where it has one): shared by
// runMonteCarlo and differenceStats. thresholds may be empty (no threshold).
KpiStats summarize(std::string id, std::vector<std::optional<double>> values,
                   const std::vector<std::optional<double>>& thresholds, bool goodAbove,
                   bool keepValues);

}  // namespace leverboard::analysis
