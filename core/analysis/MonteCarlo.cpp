#include "analysis/MonteCarlo.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <memory>
#include <span>
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
    // The parameters in a rank correlation (positions in params) and the
    // copula's Cholesky factor restricted to them. A parameter in no
    // correlation has a unit row and column in the factor, so its normal
    // score is its own draw and goes straight through: its value is the
    // marginal's quantile of its uniform draw, with no Φ⁻¹ and Φ in between.
    std::vector<std::size_t> correlatedAt;
    std::vector<bool> isCorrelated;
    Eigen::MatrixXd lower;

    explicit Sampler(const Uncertainty& uncertainty) {
        CopulaBuild build = buildCopula(uncertainty);
        params = std::move(build.copula.params);
        for (ParamId p : params) marginals.push_back(prepareMarginal(p, *uncertainty.find(p)));
        isCorrelated.assign(params.size(), false);
        // An invalid matrix (the caller skipped validateUncertainty) samples independently.
        if (!build.error.empty() || !build.copula.correlated) return;
        const Eigen::MatrixXd& full = build.copula.lower;
        for (Eigen::Index i = 0; i < full.rows(); ++i) {
            bool alone = full(i, i) == 1.0;
            for (Eigen::Index j = 0; j < full.cols() && alone; ++j)
                if (j != i && (full(i, j) != 0.0 || full(j, i) != 0.0)) alone = false;
            if (!alone) {
                correlatedAt.push_back(static_cast<std::size_t>(i));
                isCorrelated[static_cast<std::size_t>(i)] = true;
            }
        }
        const auto m = static_cast<Eigen::Index>(correlatedAt.size());
        lower.resize(m, m);
        for (Eigen::Index r = 0; r < m; ++r)
            for (Eigen::Index c = 0; c < m; ++c)
                lower(r, c) = full(static_cast<Eigen::Index>(correlatedAt[static_cast<std::size_t>(r)]),
                                   static_cast<Eigen::Index>(correlatedAt[static_cast<std::size_t>(c)]));
    }

    // values: the scenario's values on entry; z and y: scratch, reused across samples.
    void draw(std::uint64_t seed, std::uint64_t sample, double* values, Eigen::VectorXd& z, Eigen::VectorXd& y) const {
        for (std::size_t i = 0; i < params.size(); ++i) {
            if (isCorrelated[i]) continue;
            const double u = uniformDraw(seed, sample, static_cast<std::uint32_t>(params[i]));
            values[static_cast<std::size_t>(params[i])] = quantile(marginals[i], u);
        }
        if (correlatedAt.empty()) return;
        const auto m = static_cast<Eigen::Index>(correlatedAt.size());
        z.resize(m);
        y.resize(m);
        for (Eigen::Index r = 0; r < m; ++r)
            z(r) = normalDraw(seed, sample, static_cast<std::uint32_t>(params[correlatedAt[static_cast<std::size_t>(r)]]));
        y.noalias() = lower.triangularView<Eigen::Lower>() * z;
        for (Eigen::Index r = 0; r < m; ++r) {
            const std::size_t k = correlatedAt[static_cast<std::size_t>(r)];
            values[static_cast<std::size_t>(params[k])] = quantile(marginals[k], normalCdf(y(r)));
        }
    }
};

// Puts the elements at the sorted positions [first, last) (ascending, inside
// [begin, end)) where a full sort of [begin, end) would, with smaller ones before and larger ones after,
// by selecting the middle position and recursing on both sides: about
// n log k comparisons for k positions instead of n log n.
void selectPositions(std::span<double> v, std::size_t begin, std::size_t end, const std::size_t* first,
                     const std::size_t* last) {
    while (first != last) {
        const std::size_t* middle = first + (last - first) / 2;
        std::nth_element(v.begin() + static_cast<std::ptrdiff_t>(begin), v.begin() + static_cast<std::ptrdiff_t>(*middle),
                         v.begin() + static_cast<std::ptrdiff_t>(end));
        selectPositions(v, begin, *middle, first, middle);  // only inside [begin, middle): the rest is placed
        begin = *middle + 1;
        first = middle + 1;
    }
}

// The values at the given ranks (ascending, distinct) of v, as a full sort
// would place them. v is reordered or not. For large v: counting into fine
// equal-width bins first (the bin is monotone in the value, so a bin's
// elements hold a known span of ranks), then selecting only inside the few
// bins holding a wanted rank: two passes over v instead of a selection's
// several, branchy ones.
template <std::size_t R>
void valuesAtRanks(std::vector<double>& v, const std::array<std::size_t, R>& ranks, std::size_t count,
                   std::array<double, R>& out) {
    const std::size_t n = v.size();
    const auto [lowIt, highIt] = std::minmax_element(v.begin(), v.end());
    const double low = *lowIt, high = *highIt;
    if (n < 256 || !(high > low) || !std::isfinite(high - low)) {
        selectPositions(v, 0, n, ranks.data(), ranks.data() + count);
        for (std::size_t i = 0; i < count; ++i) out[i] = v[ranks[i]];
        return;
    }
    const std::size_t binCount = std::min<std::size_t>(4096, n / 4);
    const double scale = double(binCount) / (high - low);
    std::vector<std::uint16_t> binOf(n);
    std::vector<std::size_t> start(binCount + 1, 0);  // start[b + 1]: elements in bin b, then ranks before bin b + 1
    for (std::size_t i = 0; i < n; ++i) {
        const auto b = static_cast<std::uint16_t>(
            std::min(binCount - 1, static_cast<std::size_t>((v[i] - low) * scale)));
        binOf[i] = b;
        ++start[b + 1];
    }
    for (std::size_t b = 0; b < binCount; ++b) start[b + 1] += start[b];
    // The bins holding a wanted rank, each with its elements gathered.
    std::array<std::size_t, R> rankBin{};
    std::vector<int> bucketOf(binCount, -1);
    std::vector<std::vector<double>> buckets;
    for (std::size_t i = 0; i < count; ++i) {
        const auto b = static_cast<std::size_t>(std::upper_bound(start.begin(), start.end(), ranks[i]) - start.begin()) - 1;
        rankBin[i] = b;
        if (bucketOf[b] < 0) {
            bucketOf[b] = static_cast<int>(buckets.size());
            buckets.emplace_back().reserve(start[b + 1] - start[b]);
        }
    }
    for (std::size_t i = 0; i < n; ++i)
        if (const int k = bucketOf[binOf[i]]; k >= 0) buckets[static_cast<std::size_t>(k)].push_back(v[i]);
    for (std::size_t i = 0; i < count;) {  // ranks of one bin are consecutive
        const std::size_t b = rankBin[i];
        std::array<std::size_t, R> local{};
        std::size_t j = i;
        for (; j < count && rankBin[j] == b; ++j) local[j - i] = ranks[j] - start[b];
        std::vector<double>& bucket = buckets[static_cast<std::size_t>(bucketOf[b])];
        selectPositions(bucket, 0, bucket.size(), local.data(), local.data() + (j - i));
        for (std::size_t k = i; k < j; ++k) out[k] = bucket[local[k - i]];
        i = j;
    }
}

// The quantiles ps (ascending) of v, by linear interpolation between order
// statistics (numpy's default); v may be reordered.
template <std::size_t K>
std::array<double, K> quantiles(std::vector<double>& v, const std::array<double, K>& ps) {
    const std::size_t n = v.size();
    std::array<std::size_t, 2 * K> ranks{};
    std::size_t count = 0;
    for (double p : ps) {
        const auto lo = static_cast<std::size_t>(std::floor(double(n - 1) * p));
        ranks[count++] = lo;
        ranks[count++] = std::min(lo + 1, n - 1);
    }
    std::sort(ranks.begin(), ranks.end());
    count = static_cast<std::size_t>(std::unique(ranks.begin(), ranks.end()) - ranks.begin());
    std::array<double, 2 * K> at{};
    valuesAtRanks(v, ranks, count, at);
    auto valueAt = [&](std::size_t rank) {
        return at[static_cast<std::size_t>(std::lower_bound(ranks.begin(), ranks.begin() + static_cast<std::ptrdiff_t>(count), rank) -
                                           ranks.begin())];
    };
    std::array<double, K> out{};
    for (std::size_t i = 0; i < K; ++i) {
        const double h = double(n - 1) * ps[i];
        const auto lo = static_cast<std::size_t>(std::floor(h));
        const double frac = h - double(lo);
        const double a = valueAt(lo);
        out[i] = frac == 0 || lo + 1 >= n ? a : a + frac * (valueAt(lo + 1) - a);
    }
    return out;
}

// Mean, histogram and quantiles of a KPI's non-null values (in sample
// order; reordered here).
void describe(std::vector<double>& present, KpiStats& stats) {
    if (present.empty()) return;
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
        if (!values[i]) continue;
        const double v = *values[i];
        present.push_back(v);
        if (i < thresholds.size() && thresholds[i] && (goodAbove ? v > *thresholds[i] : v <= *thresholds[i]))
            ++good;
    }
    stats.nulls = stats.samples - present.size();
    if (!thresholds.empty() && stats.samples > 0) stats.pGood = double(good) / double(stats.samples);
    describe(present, stats);
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
    // values[k × n + i]: KPI k in sample i, NaN for null (the engine never
    // returns NaN: it nulls it). Not initialised here: each sample writes its
    // own slots, on the thread that draws it.
    const std::unique_ptr<double[]> values(new double[jobs.size() * n]);
    std::vector<std::size_t> goodCounts(jobs.size(), 0);  // samples on the good side, per KPI
    std::vector<std::vector<MaybeNumber>> seriesValues(seriesJobs.size());  // [job][sample × rows + row]
    for (std::size_t s = 0; s < seriesJobs.size(); ++s) seriesValues[s].resize(n * seriesJobs[s].rows);

    const Sampler sampler(scenario.uncertainty);
    // One scratch state per thread at a time, reused across chunks.
    struct State {
        Scenario scenario;
        Results results;
        Eigen::VectorXd z, y;
        std::vector<std::size_t> good;  // this chunk's good counts
        // The KPI list's length at which every job's position was checked
        // against its id: a list of that length has the same KPIs in the same
        // order (the same models, the same applications), so a sample need
        // not compare ids. SIZE_MAX: not checked, or a position did not match.
        std::size_t checkedKpiCount = std::numeric_limits<std::size_t>::max();
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
        state->good.assign(jobs.size(), 0);
        for (std::size_t i = begin; i < end; ++i) {
            // Only the distributed parameters differ from the scenario, and every
            // draw sets all of them: the other values stay as the state was made.
            sampler.draw(options.seed, i, state->scenario.values.data(), state->z, state->y);
            evaluate(state->scenario, state->results, evalOptions);
            const Results& r = state->results;
            if (r.kpis.size() != state->checkedKpiCount) {
                bool all = true;
                for (const Job& job : jobs)
                    all = all && job.kpi.position < r.kpis.size() && r.kpis[job.kpi.position].id == job.kpi.id;
                state->checkedKpiCount = all ? r.kpis.size() : std::numeric_limits<std::size_t>::max();
            }
            const bool checked = state->checkedKpiCount == r.kpis.size();
            for (std::size_t k = 0; k < jobs.size(); ++k) {
                const Kpi* kpi = checked ? &r.kpis[jobs[k].kpi.position] : jobs[k].kpi.find(r);
                const bool present = kpi && kpi->value && !kpi->isText();
                values[k * n + i] = present ? *kpi->value : std::numeric_limits<double>::quiet_NaN();
                if (present && jobs[k].hasThreshold) {
                    const std::optional<double> threshold = jobs[k].threshold(r);
                    const bool goodAbove = jobs[k].spec->threshold.goodAbove;
                    if (threshold && (goodAbove ? *kpi->value > *threshold : *kpi->value <= *threshold))
                        ++state->good[k];
                }
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
        for (std::size_t k = 0; k < jobs.size(); ++k) goodCounts[k] += state->good[k];  // integers: any order
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
            KpiStats& stats = result.kpis[k];
            stats.id = jobs[k].kpi.id;
            stats.samples = n;
            const double* column = values.get() + k * n;
            std::vector<double> present;
            present.reserve(n);
            for (std::size_t i = 0; i < n; ++i)
                if (!std::isnan(column[i])) present.push_back(column[i]);
            stats.nulls = n - present.size();
            if (jobs[k].hasThreshold && n > 0) stats.pGood = double(goodCounts[k]) / double(n);
            describe(present, stats);
            if (options.keepValues) {
                stats.values.resize(n);
                for (std::size_t i = 0; i < n; ++i)
                    if (!std::isnan(column[i])) stats.values[i] = column[i];
            }
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
