#include "analysis/MonteCarlo.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>
#include <mutex>
#include <utility>

#include "analysis/Parallel.h"
#include "analysis/Sampling.h"
#include "models/Engine.h"
#include "models/ModelRegistry.h"
#include "params/KpiRegistry.h"

namespace leverboard::analysis {
namespace {

constexpr std::size_t kHistogramBins = 50;

// Everything a sample's draw needs, prepared once per run.
struct Sampler {
    std::vector<ParamId> params;
    std::vector<Marginal> marginals;
    Eigen::MatrixXd lower;
    bool correlated = false;

    explicit Sampler(const Uncertainty& uncertainty) {
        CopulaBuild build = buildCopula(uncertainty);
        params = std::move(build.copula.params);
        for (ParamId p : params) marginals.push_back(prepareMarginal(p, *uncertainty.find(p)));
        // An invalid matrix (the caller skipped validateUncertainty) samples independently.
        correlated = build.error.empty() && build.copula.correlated;
        lower = std::move(build.copula.lower);
    }

    // values: the scenario's values on entry; z and y: scratch, reused across samples.
    void draw(std::uint64_t seed, std::uint64_t sample, double* values, Eigen::VectorXd& z, Eigen::VectorXd& y) const {
        const auto n = static_cast<Eigen::Index>(params.size());
        if (n == 0) return;
        if (!correlated) {
            for (std::size_t i = 0; i < params.size(); ++i) {
                const double u = uniformDraw(seed, sample, static_cast<std::uint32_t>(params[i]));
                values[static_cast<std::size_t>(params[i])] = quantile(marginals[i], u);
            }
            return;
        }
        z.resize(n);
        y.resize(n);
        for (Eigen::Index i = 0; i < n; ++i)
            z(i) = normalDraw(seed, sample, static_cast<std::uint32_t>(params[static_cast<std::size_t>(i)]));
        y.noalias() = lower.triangularView<Eigen::Lower>() * z;
        for (Eigen::Index i = 0; i < n; ++i) {
            const auto k = static_cast<std::size_t>(i);
            values[static_cast<std::size_t>(params[k])] = quantile(marginals[k], normalCdf(y(i)));
        }
    }
};

// Puts the elements at the sorted positions [first, last) of `at` (ascending)
// where a full sort would, with smaller ones before and larger ones after,
// by selecting the middle position and recursing on both sides: about
// n log k comparisons for k positions instead of n log n.
void selectPositions(std::vector<double>& v, std::size_t begin, std::size_t end, const std::size_t* first,
                     const std::size_t* last) {
    while (first != last && begin < end) {
        const std::size_t* middle = first + (last - first) / 2;
        const auto at = static_cast<std::ptrdiff_t>(*middle);
        std::nth_element(v.begin() + static_cast<std::ptrdiff_t>(begin), v.begin() + at,
                         v.begin() + static_cast<std::ptrdiff_t>(end));
        selectPositions(v, begin, *middle, first, middle);
        begin = *middle + 1;
        first = middle + 1;
    }
}

// The quantiles ps (ascending) of v, by linear interpolation between order
// statistics (numpy's default); v is reordered.
template <std::size_t K>
std::array<double, K> quantiles(std::vector<double>& v, const std::array<double, K>& ps) {
    const std::size_t n = v.size();
    std::array<std::size_t, 2 * K> positions{};
    std::size_t count = 0;
    for (double p : ps) {
        const auto lo = static_cast<std::size_t>(std::floor(double(n - 1) * p));
        positions[count++] = lo;
        positions[count++] = std::min(lo + 1, n - 1);
    }
    std::sort(positions.begin(), positions.end());
    count = static_cast<std::size_t>(std::unique(positions.begin(), positions.end()) - positions.begin());
    selectPositions(v, 0, n, positions.data(), positions.data() + count);
    std::array<double, K> out{};
    for (std::size_t i = 0; i < K; ++i) {
        const double h = double(n - 1) * ps[i];
        const auto lo = static_cast<std::size_t>(std::floor(h));
        const double frac = h - double(lo);
        out[i] = frac == 0 || lo + 1 >= n ? v[lo] : v[lo] + frac * (v[lo + 1] - v[lo]);
    }
    return out;
}

// A KPI looked up by the position the base evaluation gave it (checked), so
// a sample does not search the list.
struct KpiRef {
    std::string id;
    std::size_t position = 0;

    const Kpi* find(const Results& results) const {
        if (position < results.kpis.size() && results.kpis[position].id == id) return &results.kpis[position];
        return results.kpi(id);
    }
};

KpiRef kpiRef(const Results& base, std::string id) {
    KpiRef ref{std::move(id), base.kpis.size()};
    for (std::size_t i = 0; i < base.kpis.size(); ++i)
        if (base.kpis[i].id == ref.id) ref.position = i;
    return ref;
}

struct Job {
    KpiRef kpi;
    const KpiSpec* spec = nullptr;
    bool hasThreshold = false;
    // thresholdValue(spec, results), resolved once: the parameter's index or the KPI's position.
    std::optional<ParamId> thresholdParam;
    std::optional<KpiRef> thresholdKpi;

    std::optional<double> threshold(const Results& r) const {
        switch (spec->threshold.kind) {
        case KpiThreshold::Kind::None: return std::nullopt;
        case KpiThreshold::Kind::Constant: return spec->threshold.value;
        case KpiThreshold::Kind::Parameter:
            if (!thresholdParam) return std::nullopt;
            return r.parameters[static_cast<std::size_t>(*thresholdParam)];
        case KpiThreshold::Kind::Kpi: {
            const Kpi* k = thresholdKpi ? thresholdKpi->find(r) : nullptr;
            return k ? k->value : std::nullopt;
        }
        case KpiThreshold::Kind::Horizon: return double(r.horizonMonths);
        }
        return thresholdValue(*spec, r);
    }
};

struct SeriesJob {
    SeriesRef ref;
    const ModelSpec* model = nullptr;
    std::size_t column = 0;
    std::size_t rows = 0;  // the base scenario's row count
};

}  // namespace

const KpiStats* MonteCarloResult::kpi(std::string_view id) const {
    for (const auto& k : kpis)
        if (k.id == id) return &k;
    return nullptr;
}

const SeriesBand* MonteCarloResult::band(const SeriesRef& ref) const {
    for (const auto& b : series)
        if (b.ref == ref) return &b;
    return nullptr;
}

void drawSample(const Scenario& scenario, std::uint64_t seed, std::uint64_t sample, std::vector<double>& values) {
    values.assign(scenario.values.begin(), scenario.values.end());
    const Sampler sampler(scenario.uncertainty);
    Eigen::VectorXd z, y;
    sampler.draw(seed, sample, values.data(), z, y);
}

KpiStats summarize(std::string id, std::vector<std::optional<double>> values,
                   const std::vector<std::optional<double>>& thresholds, bool goodAbove, bool keepValues) {
    KpiStats stats;
    stats.id = std::move(id);
    stats.samples = values.size();
    std::vector<double> present;
    present.reserve(values.size());
    std::size_t good = 0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!values[i]) {
            ++stats.nulls;
            continue;
        }
        const double v = *values[i];
        present.push_back(v);
        if (i < thresholds.size() && thresholds[i] && (goodAbove ? v > *thresholds[i] : v <= *thresholds[i]))
            ++good;
    }
    if (!thresholds.empty() && stats.samples > 0) stats.pGood = double(good) / double(stats.samples);
    if (!present.empty()) {
        double sum = 0;
        for (double v : present) sum += v;  // sample order: the same whatever the thread count
        stats.mean = sum / double(present.size());
        const auto [minIt, maxIt] = std::minmax_element(present.begin(), present.end());
        stats.histogramLow = *minIt;
        stats.histogramHigh = *maxIt;
        stats.histogram.assign(kHistogramBins, 0);
        const double width = stats.histogramHigh - stats.histogramLow;
        for (double v : present) {
            std::size_t bin = 0;
            if (width > 0)
                bin = std::min(kHistogramBins - 1,
                               static_cast<std::size_t>((v - stats.histogramLow) / width * double(kHistogramBins)));
            ++stats.histogram[bin];
        }
        const auto q = quantiles(present, std::array{0.05, 0.10, 0.50, 0.90, 0.95});
        stats.p5 = q[0];
        stats.p10 = q[1];
        stats.p50 = q[2];
        stats.p90 = q[3];
        stats.p95 = q[4];
    }
    if (keepValues) stats.values = std::move(values);
    return stats;
}

KpiStats differenceStats(const KpiStats& a, const KpiStats& b) {
    const std::size_t n = std::min(a.values.size(), b.values.size());
    std::vector<std::optional<double>> diff(n);
    for (std::size_t i = 0; i < n; ++i)
        if (a.values[i] && b.values[i]) diff[i] = *b.values[i] - *a.values[i];
    const std::vector<std::optional<double>> zero(n, 0.0);
    return summarize(b.id, std::move(diff), zero, true, true);
}

MonteCarloResult runMonteCarlo(const Scenario& scenario, const MonteCarloOptions& options) {
    MonteCarloResult result;
    result.samples = options.samples;
    result.seed = options.seed;

    // Which KPIs: the ones asked for, or every numeric KPI the scenario has.
    std::vector<std::string> ids = options.kpis;
    if (ids.empty()) {
        const Results full = evaluate(scenario);
        for (const auto& k : full.kpis) {
            const KpiSpec* spec = findKpiSpec(k.id);
            if (spec && spec->format != KpiFormat::Text && !k.isText()) ids.push_back(k.id);
        }
    }
    std::vector<std::string> seriesModels;
    for (const auto& s : options.series) seriesModels.push_back(s.model);
    const EvalOptions evalOptions{modelMaskFor(ids, seriesModels), /*chartGrids=*/false};

    Results base;
    evaluate(scenario, base, evalOptions);
    std::vector<Job> jobs;
    for (const auto& id : ids) {
        Job job;
        job.kpi = kpiRef(base, id);
        job.spec = findKpiSpec(id);
        job.hasThreshold = job.spec && job.spec->threshold.kind != KpiThreshold::Kind::None;
        if (job.hasThreshold) {
            if (job.spec->threshold.kind == KpiThreshold::Kind::Parameter)
                job.thresholdParam = findParameter(job.spec->threshold.ref);
            if (job.spec->threshold.kind == KpiThreshold::Kind::Kpi)
                job.thresholdKpi = kpiRef(base, std::string(job.spec->threshold.ref));
        }
        jobs.push_back(std::move(job));
    }
    std::vector<SeriesJob> seriesJobs;
    for (const auto& ref : options.series) {
        SeriesJob job;
        job.ref = ref;
        job.model = findModel(ref.model);
        if (job.model) {
            const SeriesTable table = job.model->seriesTable(base);
            const auto at = std::find(table.columns.begin(), table.columns.end(), ref.column);
            if (at == table.columns.end()) job.model = nullptr;
            else {
                job.column = static_cast<std::size_t>(at - table.columns.begin());
                job.rows = table.rows.size();
            }
        }
        seriesJobs.push_back(std::move(job));
    }

    const std::size_t n = options.samples;
    std::vector<std::vector<std::optional<double>>> values(jobs.size(), std::vector<std::optional<double>>(n));
    std::vector<std::vector<std::optional<double>>> thresholds(jobs.size());
    for (std::size_t k = 0; k < jobs.size(); ++k)
        if (jobs[k].hasThreshold) thresholds[k].resize(n);
    std::vector<std::vector<MaybeNumber>> seriesValues(seriesJobs.size());  // [job][sample × rows + row]
    for (std::size_t s = 0; s < seriesJobs.size(); ++s) seriesValues[s].resize(n * seriesJobs[s].rows);

    const Sampler sampler(scenario.uncertainty);
    // One scratch state per thread at a time, reused across chunks.
    struct State {
        Scenario scenario;
        Results results;
        Eigen::VectorXd z, y;
    };
    std::mutex poolMutex;
    std::vector<std::unique_ptr<State>> pool;

    const bool complete = parallelFor(n, options.threads, 64, [&](std::size_t begin, std::size_t end) {
        std::unique_ptr<State> state;
        {
            const std::lock_guard lock(poolMutex);
            if (!pool.empty()) {
                state = std::move(pool.back());
                pool.pop_back();
            }
        }
        if (!state) {
            state = std::make_unique<State>();
            state->scenario = scenario;
            state->scenario.uncertainty = {};
        }
        for (std::size_t i = begin; i < end; ++i) {
            state->scenario.values = scenario.values;
            sampler.draw(options.seed, i, state->scenario.values.data(), state->z, state->y);
            evaluate(state->scenario, state->results, evalOptions);
            const Results& r = state->results;
            for (std::size_t k = 0; k < jobs.size(); ++k) {
                const Kpi* kpi = jobs[k].kpi.find(r);
                if (kpi && !kpi->isText()) values[k][i] = kpi->value;
                if (jobs[k].hasThreshold) thresholds[k][i] = jobs[k].threshold(r);
            }
            for (std::size_t s = 0; s < seriesJobs.size(); ++s) {
                const SeriesJob& job = seriesJobs[s];
                if (!job.model || job.rows == 0) continue;
                const SeriesTable table = job.model->seriesTable(r);
                const std::size_t rows = std::min(job.rows, table.rows.size());
                for (std::size_t row = 0; row < rows; ++row)
                    if (job.column < table.rows[row].size())
                        seriesValues[s][i * job.rows + row] = table.rows[row][job.column];
            }
        }
        const std::lock_guard lock(poolMutex);
        pool.push_back(std::move(state));
    }, options.cancel);
    if (!complete) {
        result.cancelled = true;
        return result;
    }

    // Summaries: one per KPI, in parallel (each writes its own slot).
    result.kpis.resize(jobs.size());
    const bool summarized = parallelFor(jobs.size(), options.threads, 1, [&](std::size_t begin, std::size_t end) {
        for (std::size_t k = begin; k < end; ++k) {
            const bool goodAbove = jobs[k].spec ? jobs[k].spec->threshold.goodAbove : true;
            result.kpis[k] = summarize(jobs[k].kpi.id, std::move(values[k]), thresholds[k], goodAbove, options.keepValues);
        }
    }, options.cancel);
    if (!summarized) {
        result.cancelled = true;
        result.kpis.clear();
        return result;
    }

    for (std::size_t s = 0; s < seriesJobs.size(); ++s) {
        const SeriesJob& job = seriesJobs[s];
        SeriesBand band;
        band.ref = job.ref;
        band.p10.resize(job.rows);
        band.p50.resize(job.rows);
        band.p90.resize(job.rows);
        std::vector<double> column;
        column.reserve(n);
        for (std::size_t row = 0; row < job.rows; ++row) {
            column.clear();
            for (std::size_t i = 0; i < n; ++i)
                if (const MaybeNumber& v = seriesValues[s][i * job.rows + row]) column.push_back(*v);
            if (column.empty()) continue;
            const auto q = quantiles(column, std::array{0.10, 0.50, 0.90});
            band.p10[row] = q[0];
            band.p50[row] = q[1];
            band.p90[row] = q[2];
        }
        result.series.push_back(std::move(band));
    }
    return result;
}

}  // namespace leverboard::analysis
