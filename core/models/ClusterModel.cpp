#include "models/ClusterModel.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

namespace leverboard {
namespace {

constexpr double kMaxClusterGpus = 2e6;  // the chart's and the fastest-size search's upper end
constexpr double kSecondsPerHour = 3600.0;
constexpr double kHoursPerDay = 24.0;

// N, t, p and v: the nearest integer, halves up.
long long wholeNumber(double value) { return static_cast<long long>(std::floor(value + 0.5)); }

// Steps × busy time, in GPU-independent form (see fastest()): nonincreasing in k.
struct StepParts {
    double steps = 0;       // D / B_eff
    double busyWork = 0;    // steps × T_b, seconds
    double allReduce = 0;   // T_ar, seconds per step
};

StepParts stepParts(const ClusterInputs& in, long long replicas) {
    const double d = double(replicas);
    const double n = d * double(in.replicaSize());
    const double batch = std::max(in.batchTokens, in.seqLen * d);  // B_eff
    const double m = batch / (in.seqLen * d);
    const double compute = 6.0 * in.modelParams * batch / (n * in.peakFlops * in.kernelEfficiency);
    const double p = double(in.pipeline);
    const double bubble = (p - 1.0) / (double(in.interleave) * m + p - 1.0);
    StepParts parts;
    parts.steps = in.trainTokens / batch;
    parts.busyWork = parts.steps * compute / (1.0 - bubble);
    if (replicas > 1) {
        const double bytes = 2.0 * in.modelParams / double(in.replicaSize());
        parts.allReduce = 2.0 * (d - 1.0) / d * bytes / in.bandwidthBytes +
                          2.0 * (d - 1.0) * in.latencySeconds;
    }
    return parts;
}

// The exact inputs the fastest size depends on (everything but N and money).
using FastestKey = std::array<double, 15>;

FastestKey fastestKey(const ClusterInputs& in) {
    return {in.modelParams,     in.trainTokens,   in.peakFlops,          in.kernelEfficiency,
            in.batchTokens,     in.seqLen,        double(in.tensor),     double(in.pipeline),
            double(in.interleave), in.bandwidthBytes, in.latencySeconds, in.overlap,
            in.gpuMtbfHours, in.checkpointHours, in.restartHours};
}

bool better(double days, long long k, double bestDays, long long bestK) {
    return days < bestDays || (days == bestDays && k < bestK);
}

}  // namespace

long long ClusterInputs::maxReplicas() const {
    return static_cast<long long>(std::floor(kMaxClusterGpus / double(replicaSize())));
}

ClusterInputs ClusterModel::inputs(const Scenario& s) {
    ClusterInputs in;
    in.modelParams = s[ParamId::ClusterModelParams];
    in.trainTokens = s[ParamId::ClusterTrainTokens];
    in.gpus = wholeNumber(s[ParamId::ClusterGpus]);
    in.peakFlops = s[ParamId::ClusterPeakTflops] * 1e12;
    in.kernelEfficiency = s[ParamId::ClusterKernelEfficiency];
    in.batchTokens = s[ParamId::ClusterBatchTokens];
    in.seqLen = s[ParamId::ClusterSeqLen];
    in.tensor = std::max(1LL, wholeNumber(s[ParamId::ClusterTensorParallel]));
    in.pipeline = std::max(1LL, wholeNumber(s[ParamId::ClusterPipelineParallel]));
    in.interleave = std::max(1LL, wholeNumber(s[ParamId::ClusterInterleave]));
    in.bandwidthBytes = s[ParamId::ClusterNetworkGbps] * 1e9 / 8.0;
    in.latencySeconds = s[ParamId::ClusterLatencyUs] * 1e-6;
    in.overlap = s[ParamId::ClusterOverlap];
    in.gpuMtbfHours = s[ParamId::ClusterGpuMtbfHours];
    in.checkpointHours = s[ParamId::ClusterCheckpointSeconds] / kSecondsPerHour;
    in.restartHours = s[ParamId::ClusterRestartMinutes] / 60.0;
    in.rentalPrice = s[ParamId::CapexRentalPrice];
    in.powerKw = s[ParamId::CapexPowerKw];
    in.pue = s[ParamId::CapexPue];
    return in;
}

ClusterFailures ClusterModel::failures(const ClusterInputs& in, double gpus) {
    ClusterFailures f;
    f.jobMtbfHours = in.gpuMtbfHours / gpus;
    f.checkpointHours = std::sqrt(2.0 * in.checkpointHours * f.jobMtbfHours);
    f.goodput = std::max(0.0, 1.0 - in.checkpointHours / f.checkpointHours -
                                  (f.checkpointHours / 2.0 + in.restartHours) / f.jobMtbfHours);
    return f;
}

ClusterPoint ClusterModel::evaluateSize(const ClusterInputs& in, long long replicas) {
    ClusterPoint pt;
    const double d = double(replicas);
    pt.replicas = replicas;
    pt.gpus = replicas * in.replicaSize();
    const double n = double(pt.gpus);
    const double perReplicaSequences = in.batchTokens / (in.seqLen * d);
    pt.batchRaised = perReplicaSequences < 1.0;
    pt.batchTokens = pt.batchRaised ? in.seqLen * d : in.batchTokens;
    pt.microBatches = pt.batchRaised ? 1.0 : perReplicaSequences;
    pt.computeSeconds =
        6.0 * in.modelParams * pt.batchTokens / (n * in.peakFlops * in.kernelEfficiency);
    const double p = double(in.pipeline);
    pt.bubbleShare = (p - 1.0) / (double(in.interleave) * pt.microBatches + p - 1.0);
    pt.busySeconds = pt.computeSeconds / (1.0 - pt.bubbleShare);
    if (replicas > 1) {
        const double bytes = 2.0 * in.modelParams / double(in.replicaSize());
        pt.allReduceSeconds = 2.0 * (d - 1.0) / d * bytes / in.bandwidthBytes +
                              2.0 * (d - 1.0) * in.latencySeconds;
        pt.computeCommRatio = pt.computeSeconds / pt.allReduceSeconds;
    }
    pt.exposedSeconds = std::max(0.0, pt.allReduceSeconds - in.overlap * pt.busySeconds);
    pt.stepSeconds = pt.busySeconds + pt.exposedSeconds;
    pt.steps = in.trainTokens / pt.batchTokens;
    pt.mfu = 6.0 * in.modelParams * pt.batchTokens / (n * in.peakFlops * pt.stepSeconds);
    const ClusterFailures f = failures(in, n);
    pt.jobMtbfHours = f.jobMtbfHours;
    pt.checkpointHours = f.checkpointHours;
    pt.goodput = f.goodput;
    if (pt.goodput > 0) {
        pt.hours = pt.steps * pt.stepSeconds / pt.goodput / kSecondsPerHour;
        pt.days = *pt.hours / kHoursPerDay;
    }
    return pt;
}

std::optional<ClusterModel::Fastest> ClusterModel::fastestByScan(const ClusterInputs& in) {
    std::optional<Fastest> best;
    long long bestK = 0;
    const long long kMax = in.maxReplicas();
    for (long long k = 1; k <= kMax; ++k) {
        const ClusterPoint pt = evaluateSize(in, k);
        if (!pt.days) continue;
        if (!best || better(*pt.days, k, best->days, bestK)) {
            best = Fastest{pt.gpus, *pt.days};
            bestK = k;
        }
    }
    return best;
}

// Exact branch and bound over k = 1 … K (N = k q, q = t × p).
//
// Write A = 6 P D / (F η). For k replicas, with B_eff = max(B, seq k):
//   steps × T_c = A / N, and 1 / (1 − b) = 1 + (p − 1) / (v m) with
//   N m = q B_eff / seq, so steps × T_b = A / (q k) + A (p − 1) / (v q B_eff / seq).
// Both terms are nonincreasing in k (B_eff is nondecreasing), so
//   W_b(k) = steps × T_b is nonincreasing, and so is steps = D / B_eff;
//   T_ar(k) = 2 (d − 1)/d S/W + 2 (d − 1) α is nondecreasing (d = k);
//   G(k) = 1 − sqrt(2 δ q k / θ) − R q k / θ (Young's τ substituted) is
//   nonincreasing, so 1/G is nondecreasing where G > 0.
// Since T_s = T_b + max(0, T_ar − o T_b) = max(T_b, T_ar + (1 − o) T_b),
//   steps × T_s ≥ max(W_b, steps × T_ar + (1 − o) W_b),
// and for every k in [k1, k2]:
//   days(k) ≥ max(W_b(k2), steps(k2) T_ar(k1) + (1 − o) W_b(k2)) / G(k1) / 86400.
// An interval whose bound exceeds the best days found (with a 1e-9 relative
// margin for rounding) holds no better or equal size and is skipped; any other
// interval is split, and small ones are scanned. Sizes with G = 0 have no days:
// G is nonincreasing, so they form a tail k > kG that is cut off first.
std::optional<ClusterModel::Fastest> ClusterModel::fastest(const ClusterInputs& in) {
    // One entry per thread: dragging N (or any input it does not depend on)
    // reuses the answer.
    thread_local bool cached = false;
    thread_local FastestKey cachedKey{};
    thread_local std::optional<Fastest> cachedAnswer;
    const FastestKey key = fastestKey(in);
    if (cached && key == cachedKey) return cachedAnswer;

    const double q = double(in.replicaSize());
    auto goodputAt = [&](long long k) { return failures(in, double(k) * q).goodput; };

    std::optional<Fastest> answer;
    long long kMax = in.maxReplicas();
    if (kMax >= 1 && goodputAt(1) > 0) {
        // Cut the tail where G = 0 (G is nonincreasing in k).
        if (goodputAt(kMax) <= 0) {
            long long lo = 1, hi = kMax;  // G(lo) > 0, G(hi) = 0
            while (hi - lo > 1) {
                const long long mid = lo + (hi - lo) / 2;
                (goodputAt(mid) > 0 ? lo : hi) = mid;
            }
            kMax = lo;
        }
        double bestDays = HUGE_VAL;
        long long bestK = 0;
        auto consider = [&](long long k) {
            const ClusterPoint pt = evaluateSize(in, k);
            if (pt.days && better(*pt.days, k, bestDays, bestK)) {
                bestDays = *pt.days;
                bestK = k;
            }
        };
        // A coarse log grid for a good first bound.
        constexpr int kSeeds = 24;
        for (int i = 0; i < kSeeds; ++i) {
            const double k = std::exp(std::log(double(kMax)) * i / (kSeeds - 1));
            consider(std::clamp<long long>(std::llround(k), 1, kMax));
        }
        auto lowerBound = [&](long long k1, long long k2) {
            const double g = goodputAt(k1);
            if (!(g > 0)) return HUGE_VAL;
            const StepParts hi = stepParts(in, k2);
            const StepParts lo = stepParts(in, k1);
            const double work =
                std::max(hi.busyWork, hi.steps * lo.allReduce + (1.0 - in.overlap) * hi.busyWork);
            return work / g / kSecondsPerHour / kHoursPerDay;
        };
        constexpr long long kScanWidth = 16;
        std::vector<std::pair<long long, long long>> stack{{1, kMax}};
        while (!stack.empty()) {
            const auto [a, b] = stack.back();
            stack.pop_back();
            if (a > b) continue;
            if (lowerBound(a, b) * (1.0 - 1e-9) > bestDays) continue;
            if (b - a < kScanWidth) {
                for (long long k = a; k <= b; ++k) consider(k);
                continue;
            }
            const long long mid = a + (b - a) / 2;
            consider(mid);
            stack.push_back({mid + 1, b});
            stack.push_back({a, mid - 1});
        }
        if (bestK > 0) answer = Fastest{bestK * in.replicaSize(), bestDays};
    }
    cached = true;
    cachedKey = key;
    cachedAnswer = answer;
    return answer;
}

std::vector<long long> ClusterModel::seriesReplicas(const ClusterInputs& in) {
    const long long kMax = std::max(1LL, in.maxReplicas());
    std::vector<long long> ks;
    const long long n = std::min<long long>(kMax, kSeriesPoints);
    ks.reserve(std::size_t(n));
    if (n <= 1) return {1};
    const double logMax = std::log(double(kMax));
    // Log-spaced, but never repeating a size: where the log grid is denser
    // than whole replicas (small k) the next replica count is taken instead,
    // and room is left for the points still to come, so there are exactly n.
    for (long long i = 0; i < n; ++i) {
        long long k = std::llround(std::exp(logMax * double(i) / double(n - 1)));
        if (!ks.empty()) k = std::max(k, ks.back() + 1);
        k = std::clamp(k, 1LL, kMax - (n - 1 - i));
        ks.push_back(k);
    }
    return ks;
}

std::vector<ClusterPoint> ClusterModel::series(const ClusterInputs& in) {
    std::vector<ClusterPoint> points;
    for (long long k : seriesReplicas(in)) points.push_back(evaluateSize(in, k));
    return points;
}

void ClusterModel::evaluate(const Scenario& scenario, ClusterResults& out, MessageWriter notes) {
    const ClusterInputs in = inputs(scenario);
    out = ClusterResults{};
    out.inputs = in;
    out.peakFlopsPerGpu = in.peakFlops;
    out.trainingFlops = 6.0 * in.modelParams * in.trainTokens;

    const long long q = in.replicaSize();
    const long long replicas = in.gpus / q;
    out.feasible = replicas >= 1;
    out.gpusUsed = replicas * q;
    out.idleGpus = in.gpus - out.gpusUsed;

    if (!out.feasible) {
        // The failure statistics still describe the GPUs there are.
        const ClusterFailures f = failures(in, double(in.gpus));
        out.jobMtbfHours = f.jobMtbfHours;
        out.checkpointMinutes = f.checkpointHours * 60.0;
        out.goodput = f.goodput;
        for (const char* kpi : {"cluster.mfu", "cluster.bubble_share", "cluster.compute_comm_ratio",
                                "cluster.days", "cluster.gpu_hours", "cluster.cost",
                                "cluster.energy_mwh"})
            notes.push_back({kpi, std::string(kClusterInfeasibleCode), {in.gpus, q}});
    } else {
        if (out.idleGpus > 0)
            notes.push_back({"cluster.gpus", "cluster_idle_gpus", {out.idleGpus, out.gpusUsed}});
        const ClusterPoint pt = evaluateSize(in, replicas);
        out.point = pt;
        if (pt.batchRaised)
            notes.push_back({"cluster.batch_tokens", "cluster_batch_raised", {in.batchTokens, pt.batchTokens}});
        out.mfu = pt.mfu;
        out.bubbleShare = pt.bubbleShare;
        out.computeCommRatio = pt.computeCommRatio;
        if (!pt.computeCommRatio)
            notes.push_back({"cluster.compute_comm_ratio", "cluster_single_replica", {}});
        out.jobMtbfHours = pt.jobMtbfHours;
        out.checkpointMinutes = pt.checkpointHours * 60.0;
        out.goodput = pt.goodput;
        if (pt.hours) {
            const double n = double(out.gpusUsed);
            out.days = pt.days;
            out.gpuHours = n * *pt.hours;
            out.cost = *out.gpuHours * in.rentalPrice;
            out.energyMwh = n * in.powerKw * in.pue * *pt.hours / 1000.0;
        } else {
            for (const char* kpi : {"cluster.days", "cluster.gpu_hours", "cluster.cost", "cluster.energy_mwh"})
                notes.push_back({kpi, "cluster_goodput_zero", {pt.jobMtbfHours, pt.checkpointHours * 60.0}});
        }
    }

    if (const auto best = fastest(in)) {
        out.fastestGpus = double(best->gpus);
        out.fastestDays = best->days;
    } else {
        for (const char* kpi : {"cluster.fastest_gpus", "cluster.fastest_days"})
            notes.push_back({kpi, "cluster_no_fastest", {}});
    }
}

void ClusterModel::appendKpis(const ClusterResults& r, KpiWriter kpis) {
    kpis.push_back({"cluster.training_flops", r.trainingFlops, {}});
    kpis.push_back({"cluster.mfu", r.mfu, {}});
    kpis.push_back({"cluster.bubble_share", r.bubbleShare, {}});
    kpis.push_back({"cluster.compute_comm_ratio", r.computeCommRatio, {}});
    kpis.push_back({"cluster.job_mtbf_hours", r.jobMtbfHours, {}});
    kpis.push_back({"cluster.checkpoint_minutes", r.checkpointMinutes, {}});
    kpis.push_back({"cluster.goodput", r.goodput, {}});
    kpis.push_back({"cluster.days", r.days, {}});
    kpis.push_back({"cluster.gpu_hours", r.gpuHours, {}});
    kpis.push_back({"cluster.cost", r.cost, {}});
    kpis.push_back({"cluster.energy_mwh", r.energyMwh, {}});
    kpis.push_back({"cluster.fastest_gpus", r.fastestGpus, {}});
    kpis.push_back({"cluster.fastest_days", r.fastestDays, {}});
}

// ---- The model registry's entry (models/ModelRegistry.cpp) -----------------------
namespace {
namespace kpi_rows {
using enum ModelGroup;
using enum KpiFormat;
using enum KpiSense;

// clang-format off
// In the order appendKpis adds them.
const KpiSpec kKpis[] = {
  {"cluster.training_flops", Cluster, "Training compute", "训练计算量", "FLOP", Number, Neutral,
   "6 × parameters × tokens", false, noThreshold()},
  {"cluster.mfu", Cluster, "MFU", "模型算力利用率", "%", Percent, HigherIsBetter,
   "Model FLOPs utilization: useful FLOP/s over peak, with bubble and exposed communication", true, noThreshold()},
  {"cluster.bubble_share", Cluster, "Pipeline bubble", "流水线气泡", "%", Percent, LowerIsBetter,
   "Share of busy time the pipeline waits, (p − 1)/(v·m + p − 1)", false, noThreshold()},
  {"cluster.compute_comm_ratio", Cluster, "Compute / comm ratio", "计算通信比", "×", Multiple, HigherIsBetter,
   "Compute time per step over gradient all-reduce time", true, noThreshold()},
  {"cluster.job_mtbf_hours", Cluster, "Job MTBF", "作业平均故障间隔", "hours", Number, HigherIsBetter,
   "Mean time between failures of the whole job, θ / N", false, noThreshold()},
  {"cluster.checkpoint_minutes", Cluster, "Checkpoint interval", "检查点间隔", "minutes", Number, Neutral,
   "Young's interval sqrt(2 δ M)", false, noThreshold()},
  {"cluster.goodput", Cluster, "Goodput", "有效训练时间比例", "%", Percent, HigherIsBetter,
   "Share of wall-clock time that trains, after checkpoints, lost work and restarts", true, noThreshold()},
  {"cluster.days", Cluster, "Training days", "训练天数", "days", Number, LowerIsBetter,
   "Wall-clock days of the run", true, noThreshold()},
  {"cluster.gpu_hours", Cluster, "GPU-hours", "GPU 小时", "GPU-hours", Number, LowerIsBetter,
   "GPUs × wall-clock hours", false, noThreshold()},
  {"cluster.cost", Cluster, "Run cost", "训练成本", "$", Money, LowerIsBetter,
   "GPU-hours at the rental price", false, noThreshold()},
  {"cluster.energy_mwh", Cluster, "Energy", "能耗", "MWh", Number, LowerIsBetter,
   "GPUs × power per GPU × PUE × hours", false, noThreshold()},
  {"cluster.fastest_gpus", Cluster, "Fastest cluster", "最快集群规模", "GPUs", Number, Neutral,
   "Cluster size (whole replicas, up to 2 million GPUs) that trains the run in the fewest days", false, noThreshold()},
  {"cluster.fastest_days", Cluster, "Fastest days", "最短训练天数", "days", Number, LowerIsBetter,
   "Training days on the fastest cluster", false, noThreshold()},
};
// clang-format on

}  // namespace kpi_rows
}  // namespace

void ClusterModel::evaluate(const EvalContext& context, Results& results) {
    ClusterResults& cluster = results.get<ClusterResults>();
    evaluate(context.scenario, cluster, context.notes);
    appendKpis(cluster, context.kpis);
}

std::span<const KpiSpec> ClusterModel::kpis() { return kpi_rows::kKpis; }

SeriesTable ClusterModel::seriesTable(const Results& results) {
    const ClusterResults& cluster = results.get<ClusterResults>();
    SeriesTable table;
    table.columns = {"gpus",          "replicas",       "micro_batches",      "compute_s",
                     "bubble_s",      "exposed_comm_s", "step_s",             "mfu",
                     "goodput",       "compute_comm_ratio", "exposure_line",  "days",
                     "cost",          "job_mtbf_hours", "checkpoint_minutes"};
    const ClusterInputs& in = cluster.inputs;
    for (const ClusterPoint& pt : series(in)) {
        const MaybeNumber cost =
            pt.hours ? MaybeNumber(double(pt.gpus) * *pt.hours * in.rentalPrice) : std::nullopt;
        const MaybeNumber exposure =
            in.overlap > 0 ? MaybeNumber((1.0 - pt.bubbleShare) / in.overlap) : std::nullopt;
        table.rows.push_back({double(pt.gpus), double(pt.replicas), pt.microBatches,
                              pt.computeSeconds, pt.bubbleSeconds(), pt.exposedSeconds,
                              pt.stepSeconds, pt.mfu, pt.goodput, pt.computeCommRatio, exposure,
                              pt.days, cost, pt.jobMtbfHours, pt.checkpointHours * 60.0});
    }
    return table;
}

}  // namespace leverboard
