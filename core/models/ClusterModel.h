#pragma once
// 5. Cluster scaling (MODEL.md §5): one training run of a dense model on N GPUs
// with data, tensor and pipeline parallelism, failures and checkpoints. Static
// (no time axis); its series are per cluster size.

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "models/ModelRegistry.h"
#include "models/Results.h"
#include "scenario/Scenario.h"

namespace leverboard {

// The note code of an infeasible run (fewer GPUs than one replica needs,
// N < t × p). Its subject is each KPI that is null because of it; a model that
// reads the cluster's MFU (power) uses the same code with its own KPI as subject.
inline constexpr std::string_view kClusterInfeasibleCode = "cluster_fewer_gpus_than_replica";

// The cluster parameters as the model uses them: clamped into their ranges,
// N, t, p and v rounded to whole numbers (halves up), units converted.
struct ClusterInputs {
    double modelParams = 0;       // P
    double trainTokens = 0;       // D
    long long gpus = 0;           // N as requested (rounded)
    double peakFlops = 0;         // F, FLOP/s
    double kernelEfficiency = 0;  // η
    double batchTokens = 0;       // B
    double seqLen = 0;
    long long tensor = 1;         // t
    long long pipeline = 1;       // p
    long long interleave = 1;     // v
    double bandwidthBytes = 0;    // W, bytes / s
    double latencySeconds = 0;    // α, s per ring hop
    double overlap = 0;
    double gpuMtbfHours = 0;      // θ
    double checkpointHours = 0;   // δ
    double restartHours = 0;      // R
    double rentalPrice = 0;       // capex.rental_price, $ / GPU-hour
    double powerKw = 0;           // capex.power_kw
    double pue = 0;               // capex.pue

    long long replicaSize() const { return tensor * pipeline; }  // t × p
    // Largest whole number of replicas the chart and the fastest-size search
    // consider: ⌊2e6 / (t × p)⌋.
    long long maxReplicas() const;
};

// One cluster size N = d × t × p (d ≥ 1 whole replicas): the run on it.
struct ClusterPoint {
    long long gpus = 0;        // N (= N_used)
    long long replicas = 0;    // d
    double microBatches = 0;   // m (≥ 1)
    double batchTokens = 0;    // B_eff
    bool batchRaised = false;  // B was below one sequence per replica
    double computeSeconds = 0;    // T_c
    double bubbleShare = 0;       // b
    double busySeconds = 0;       // T_b = T_c / (1 − b)
    double allReduceSeconds = 0;  // T_ar (0 when d = 1)
    double exposedSeconds = 0;    // T_x
    double stepSeconds = 0;       // T_s
    double steps = 0;             // D / B_eff
    double mfu = 0;
    MaybeNumber computeCommRatio;  // T_c / T_ar; null when d = 1
    double jobMtbfHours = 0;       // M
    double checkpointHours = 0;    // τ
    double goodput = 0;            // G in [0, 1]
    MaybeNumber hours;             // wall clock; null when G = 0
    MaybeNumber days;

    double bubbleSeconds() const { return busySeconds - computeSeconds; }
};

// Failure statistics of a job on n GPUs (any n ≥ 1).
struct ClusterFailures {
    double jobMtbfHours = 0;     // M = θ / n
    double checkpointHours = 0;  // τ = sqrt(2 δ M)
    double goodput = 0;          // max(0, 1 − δ/τ − (τ/2 + R)/M)
};

struct ClusterResults {
    static constexpr ModelGroup kGroup = ModelGroup::Cluster;

    ClusterInputs inputs;
    bool feasible = false;    // N ≥ t × p
    long long gpusUsed = 0;   // N_used = d × t × p (0 when infeasible)
    long long idleGpus = 0;   // N − N_used
    ClusterPoint point;       // the scenario's run (meaningful when feasible)
    double peakFlopsPerGpu = 0;  // F in FLOP/s

    MaybeNumber trainingFlops;  // 6 × P × D
    MaybeNumber mfu;
    MaybeNumber bubbleShare;
    MaybeNumber computeCommRatio;
    double jobMtbfHours = 0;
    double checkpointMinutes = 0;
    double goodput = 0;
    MaybeNumber days;
    MaybeNumber gpuHours;
    MaybeNumber cost;       // $
    MaybeNumber energyMwh;
    MaybeNumber fastestGpus;
    MaybeNumber fastestDays;
};

class ClusterModel {
public:
    static ClusterInputs inputs(const Scenario& scenario);
    // The run on N = replicas × t × p GPUs (replicas ≥ 1).
    static ClusterPoint evaluateSize(const ClusterInputs& in, long long replicas);
    static ClusterFailures failures(const ClusterInputs& in, double gpus);
    // The cluster size with the fewest days over k = 1 … maxReplicas() whole
    // replicas (ties: the smaller), exact; nullopt when every size has G = 0.
    struct Fastest {
        long long gpus = 0;
        double days = 0;
    };
    static std::optional<Fastest> fastest(const ClusterInputs& in);
    // The same by scanning every k (for tests and benchmarks).
    static std::optional<Fastest> fastestByScan(const ClusterInputs& in);

    // The chart grid: replica counts from 1 to maxReplicas(), log-spaced, at
    // most kSeriesPoints distinct values, ascending, both ends included.
    static constexpr int kSeriesPoints = 400;
    static std::vector<long long> seriesReplicas(const ClusterInputs& in);
    static std::vector<ClusterPoint> series(const ClusterInputs& in);

    static void evaluate(const Scenario& scenario, ClusterResults& out, MessageWriter notes);
    static void appendKpis(const ClusterResults& results, KpiWriter kpis);

    // The model registry's entry (models/ModelRegistry.cpp).
    static void evaluate(const EvalContext& context, Results& results);
    static std::span<const KpiSpec> kpis();
    // One row per cluster size on the chart grid.
    static SeriesTable seriesTable(const Results& results);
};

}  // namespace leverboard
