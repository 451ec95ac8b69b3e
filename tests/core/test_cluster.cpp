// Cluster scaling (MODEL.md §5): the worked check (the Llama 3 405B run),
// the fastest size against a brute-force scan of an independent transcription
// of the equations, invariants over random scenarios, nulls with notes,
// whole-number rounding and the chart grid. Expected values are typed from
// MODEL.md or computed here from its equations, never read from the program.

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "models/ClusterModel.h"
#include "models/Engine.h"
#include "models/ModelRegistry.h"
#include "params/ParameterRegistry.h"
#include "scenario/Scenario.h"

using namespace leverboard;

namespace {

struct Run {
    ClusterResults results;
    std::vector<Message> notes;
    std::vector<Kpi> kpis;
};

Run run(const Scenario& scenario) {
    Run r;
    ClusterModel::evaluate(scenario, r.results, r.notes);
    ClusterModel::appendKpis(r.results, r.kpis);
    return r;
}

MaybeNumber kpi(const Run& r, const std::string& id) {
    for (const Kpi& k : r.kpis)
        if (k.id == id) return k.value;
    qFatal("no KPI %s", id.c_str());
    return std::nullopt;
}

std::set<std::string> subjectsWithCode(const std::vector<Message>& notes, std::string_view code) {
    std::set<std::string> subjects;
    for (const Message& m : notes)
        if (m.code == code) subjects.insert(m.subject);
    return subjects;
}

bool close(double actual, double expected, double relTol) {
    return std::fabs(actual - expected) <= relTol * std::max(1.0, std::fabs(expected));
}

#define QCOMPARE_ABS(actual, expected, tol)                                                   \
    QVERIFY2(std::fabs((actual) - (expected)) <= (tol),                                       \
             qPrintable(QStringLiteral("%1 = %2, expected %3 ± %4")                           \
                            .arg(QLatin1String(#actual))                                      \
                            .arg((actual), 0, 'g', 17)                                        \
                            .arg((expected), 0, 'g', 17)                                      \
                            .arg((tol), 0, 'g', 3)))

// An independent, straightforward transcription of MODEL.md §5 for one size:
// days on N GPUs (N a whole number of replicas), nullopt when G = 0.
struct Reference {
    double P, D, F, eta, B, seq, W, alpha, overlap, theta, delta, R;
    long long t, p, v;

    explicit Reference(const Scenario& s) {
        auto whole = [](double x) { return (long long)std::floor(x + 0.5); };
        P = s[ParamId::ClusterModelParams];
        D = s[ParamId::ClusterTrainTokens];
        F = s[ParamId::ClusterPeakTflops] * 1e12;
        eta = s[ParamId::ClusterKernelEfficiency];
        B = s[ParamId::ClusterBatchTokens];
        seq = s[ParamId::ClusterSeqLen];
        W = s[ParamId::ClusterNetworkGbps] * 1e9 / 8;
        alpha = s[ParamId::ClusterLatencyUs] * 1e-6;
        overlap = s[ParamId::ClusterOverlap];
        theta = s[ParamId::ClusterGpuMtbfHours];
        delta = s[ParamId::ClusterCheckpointSeconds] / 3600;
        R = s[ParamId::ClusterRestartMinutes] / 60;
        t = whole(s[ParamId::ClusterTensorParallel]);
        p = whole(s[ParamId::ClusterPipelineParallel]);
        v = whole(s[ParamId::ClusterInterleave]);
    }

    double goodput(double N) const {
        const double M = theta / N;
        const double tau = std::sqrt(2 * delta * M);
        return std::max(0.0, 1 - delta / tau - (tau / 2 + R) / M);
    }

    std::optional<double> days(long long d) const {
        const double N = double(d * t * p);
        double m = B / (seq * d);
        double Beff = B;
        if (m < 1) {
            Beff = seq * d;
            m = 1;
        }
        const double Tc = 6 * P * Beff / (N * F * eta);
        const double b = (p - 1.0) / (v * m + p - 1.0);
        const double Tb = Tc / (1 - b);
        const double S = 2 * P / double(t * p);
        const double Tar = d == 1 ? 0.0 : 2.0 * (d - 1) / d * S / W + 2.0 * (d - 1) * alpha;
        const double Ts = Tb + std::max(0.0, Tar - overlap * Tb);
        const double G = goodput(N);
        if (G == 0) return std::nullopt;
        return D / Beff * Ts / G / 3600 / 24;
    }

    // Brute force over every whole replica count up to 2e6 GPUs.
    std::optional<std::pair<long long, double>> fastest() const {
        std::optional<std::pair<long long, double>> best;
        const long long kMax = (long long)std::floor(2e6 / double(t * p));
        for (long long k = 1; k <= kMax; ++k) {
            const auto days = this->days(k);
            if (days && (!best || *days < best->second)) best = {k * t * p, *days};
        }
        return best;
    }
};

double logUniform(std::mt19937_64& rng, double lo, double hi) {
    return std::exp(std::uniform_real_distribution<double>(std::log(lo), std::log(hi))(rng));
}

// A random scenario over the cluster parameters' whole ranges (log ranges
// drawn log-uniformly), capex's price and power as they are.
Scenario randomScenario(std::mt19937_64& rng) {
    Scenario s;
    for (const ParameterSpec& p : parameters()) {
        if (p.group != ModelGroup::Cluster) continue;
        double value = p.scale == Scale::Log ? logUniform(rng, p.min, p.max)
                                             : std::uniform_real_distribution<double>(p.min, p.max)(rng);
        s[p.param] = std::clamp(value, p.min, p.max);
    }
    return s;
}

const std::vector<std::string> kInfeasibleNulls = {
    "cluster.mfu",  "cluster.bubble_share", "cluster.compute_comm_ratio", "cluster.days",
    "cluster.gpu_hours", "cluster.cost",     "cluster.energy_mwh"};

}  // namespace

class TestCluster : public QObject {
    Q_OBJECT

private slots:
    // MODEL.md §5's worked check, the Llama 3 405B run at the defaults.
    void workedCheck() {
        const Scenario s;
        const Run r = run(s);
        const ClusterResults& c = r.results;
        QVERIFY(c.feasible);
        QCOMPARE(c.point.replicas, 128LL);
        QCOMPARE(c.gpusUsed, 16384LL);
        QCOMPARE(c.idleGpus, 0LL);
        QCOMPARE_ABS(c.point.microBatches, 15.26, 0.005);
        QCOMPARE_ABS(*c.bubbleShare, 0.197, 0.0005);
        QCOMPARE_ABS(c.point.computeSeconds, 4.61, 0.005);
        QCOMPARE(c.point.exposedSeconds, 0.0);
        QCOMPARE_ABS(*c.mfu, 0.417, 0.0005);
        QVERIFY(close(*c.trainingFlops, 3.79e25, 1e-3));
        QCOMPARE_ABS(c.jobMtbfHours, 3.05, 0.005);
        QCOMPARE_ABS(c.checkpointMinutes, 7.8, 0.05);
        QCOMPARE_ABS(c.goodput, 0.90, 0.005);
        QCOMPARE_ABS(*c.days, 72.0, 0.5);
        QCOMPARE_ABS(*c.gpuHours, 28e6, 0.5e6);
        QCOMPARE(*c.fastestGpus, 76928.0);
        QCOMPARE_ABS(*c.fastestDays, 36.7, 0.05);
        QCOMPARE(c.peakFlopsPerGpu, 989e12);
        // Closed forms: with nothing exposed, MFU = η (1 − b); cost and energy from hours.
        QVERIFY(close(*c.mfu, 0.52 * (1 - *c.bubbleShare), 1e-12));
        QVERIFY(close(*c.cost, *c.gpuHours * 4.5, 1e-12));
        QVERIFY(close(*c.energyMwh, *c.gpuHours * 1.4 * 1.25 / 1000, 1e-12));
        QVERIFY(r.notes.empty());

        // At the fastest size: b = 0.54, m = 3.25, goodput 0.65.
        const ClusterPoint f = ClusterModel::evaluateSize(c.inputs, 76928 / 128);
        QCOMPARE_ABS(f.bubbleShare, 0.54, 0.005);
        QCOMPARE_ABS(f.microBatches, 3.25, 0.005);
        QCOMPARE_ABS(f.goodput, 0.65, 0.005);
        QVERIFY(close(*f.days, *c.fastestDays, 1e-15));
        // Exposed communication stays 0 up to 2e6 GPUs; goodput is 0 from 250,112 on.
        for (long long k = 1; k <= 2000000 / 128; ++k) {
            const ClusterPoint pt = ClusterModel::evaluateSize(c.inputs, k);
            QCOMPARE(pt.exposedSeconds, 0.0);
            QCOMPARE(pt.goodput == 0, pt.gpus >= 250112);
            QCOMPARE(pt.days.has_value(), pt.gpus < 250112);
        }
    }

    void engineCarriesTheKpisInSpecOrder() {
        const Results results = evaluate(Scenario());
        QStringList ids;
        for (const Kpi& k : results.kpis)
            if (k.id.rfind("cluster.", 0) == 0) ids << QString::fromStdString(k.id);
        // MODEL.md §5's KPI list, in its order.
        QCOMPARE(ids, (QStringList{"cluster.training_flops", "cluster.mfu", "cluster.bubble_share",
                                   "cluster.compute_comm_ratio", "cluster.job_mtbf_hours",
                                   "cluster.checkpoint_minutes", "cluster.goodput", "cluster.days",
                                   "cluster.gpu_hours", "cluster.cost", "cluster.energy_mwh",
                                   "cluster.fastest_gpus", "cluster.fastest_days"}));
        QVERIFY(findModel("cluster"));
    }

    // The fastest size is exact: the branch and bound against a brute-force
    // scan of the reference transcription, over random scenarios (and scenarios
    // pushed into the corners: comm-bound, batch-bound, failure-bound).
    void fastestMatchesBruteForce() {
        std::mt19937_64 rng(20261130);
        int found = 0, nulls = 0;
        for (int i = 0; i < 240; ++i) {
            Scenario s = randomScenario(rng);
            switch (i % 6) {
            case 1:  // slow network: communication exposed
                s[ParamId::ClusterNetworkGbps] = logUniform(rng, 10, 100);
                s[ParamId::ClusterLatencyUs] = logUniform(rng, 10, 1000);
                break;
            case 2:  // small replicas: up to 2e6 / (t p) candidates
                s[ParamId::ClusterTensorParallel] = 1 + double(i % 3);
                s[ParamId::ClusterPipelineParallel] = 1 + double(i % 4);
                break;
            case 3:  // reliable GPUs: failures matter little, batch bounds the size
                s[ParamId::ClusterGpuMtbfHours] = logUniform(rng, 1e6, 1e7);
                s[ParamId::ClusterCheckpointSeconds] = logUniform(rng, 0.1, 5);
                break;
            case 4:  // the defaults with one knob moved
                s = Scenario();
                s[ParamId::ClusterBatchTokens] = logUniform(rng, 1e5, 1e9);
                break;
            default: break;
            }
            const Reference ref(s);
            const auto expected = ref.fastest();
            const ClusterInputs in = ClusterModel::inputs(s);
            const auto actual = ClusterModel::fastest(in);
            QCOMPARE(actual.has_value(), expected.has_value());
            if (!expected) {
                ++nulls;
                continue;
            }
            ++found;
            QCOMPARE(actual->gpus, expected->first);
            QVERIFY2(close(actual->days, expected->second, 1e-12),
                     qPrintable(QStringLiteral("scenario %1").arg(i)));
            // The cache answers the same for the same inputs, and N is not one of them.
            const ClusterInputs other = [&] {
                ClusterInputs copy = in;
                copy.gpus = in.gpus + 1;
                return copy;
            }();
            const auto again = ClusterModel::fastest(other);
            QVERIFY(again && again->gpus == actual->gpus && again->days == actual->days);
            // And the library's own scan agrees.
            const auto scanned = ClusterModel::fastestByScan(in);
            QVERIFY(scanned && scanned->gpus == actual->gpus && scanned->days == actual->days);
        }
        QVERIFY(found > 100);  // the sample is not all nulls
        qInfo("fastest: %d scenarios with an answer, %d with none", found, nulls);
    }

    // An all-null fastest size: failures arrive faster than checkpoints even on one replica.
    void noFastestSizeIsNullWithNotes() {
        Scenario s;
        s[ParamId::ClusterGpuMtbfHours] = 1000;
        s[ParamId::ClusterTensorParallel] = 72;
        s[ParamId::ClusterPipelineParallel] = 256;  // one replica = 18,432 GPUs: M ≈ 3.3 min
        s[ParamId::ClusterRestartMinutes] = 60;
        s[ParamId::ClusterGpus] = 20000;
        const Run r = run(s);
        QVERIFY(!r.results.fastestGpus && !r.results.fastestDays);
        QCOMPARE(subjectsWithCode(r.notes, "cluster_no_fastest"),
                 (std::set<std::string>{"cluster.fastest_gpus", "cluster.fastest_days"}));
        QCOMPARE(r.results.goodput, 0.0);
        QVERIFY(!r.results.days);
        QCOMPARE(subjectsWithCode(r.notes, "cluster_goodput_zero"),
                 (std::set<std::string>{"cluster.days", "cluster.gpu_hours", "cluster.cost",
                                        "cluster.energy_mwh"}));
        QVERIFY(r.results.mfu);  // the step itself is fine
    }

    // Invariants over 1,000 random scenarios: MFU ≤ η, goodput in [0, 1], the
    // compute / communication ratio falls as N grows at a fixed batch, no NaN
    // or infinity in any KPI or series cell.
    void invariantsOverRandomScenarios() {
        std::mt19937_64 rng(7);
        for (int i = 0; i < 1000; ++i) {
            const Scenario s = randomScenario(rng);
            const Run r = run(s);
            const double eta = s[ParamId::ClusterKernelEfficiency];
            for (const Kpi& k : r.kpis)
                if (k.value) QVERIFY2(std::isfinite(*k.value), k.id.c_str());
            if (r.results.mfu) QVERIFY(*r.results.mfu <= eta * (1 + 1e-12));
            QVERIFY(r.results.goodput >= 0 && r.results.goodput <= 1);

            Results results;
            results.get<ClusterResults>() = r.results;
            const SeriesTable table = ClusterModel::seriesTable(results);
            QVERIFY(!table.rows.empty() && table.rows.size() <= 400);
            for (const auto& row : table.rows) {
                QCOMPARE(row.size(), table.columns.size());
                for (const MaybeNumber& cell : row)
                    if (cell) QVERIFY(std::isfinite(*cell));
            }
            std::optional<double> lastRatio;
            for (const ClusterPoint& pt : ClusterModel::series(r.results.inputs)) {
                QVERIFY(pt.mfu <= eta * (1 + 1e-12) && pt.mfu > 0);
                QVERIFY(pt.goodput >= 0 && pt.goodput <= 1);
                if (pt.batchRaised) break;  // beyond here the batch grows with N
                if (pt.computeCommRatio) {
                    if (lastRatio) QVERIFY(*pt.computeCommRatio < *lastRatio);
                    lastRatio = pt.computeCommRatio;
                }
            }
        }
    }

    // N < t × p: no replica fits. The KPIs MODEL.md names are null, each with the note.
    void infeasibleRunIsNullWithNotes() {
        Scenario s;
        s[ParamId::ClusterGpus] = 100;  // one replica needs 8 × 16 = 128
        const Run r = run(s);
        QVERIFY(!r.results.feasible);
        QCOMPARE(r.results.gpusUsed, 0LL);
        for (const std::string& id : kInfeasibleNulls) QVERIFY2(!kpi(r, id), id.c_str());
        QCOMPARE(subjectsWithCode(r.notes, kClusterInfeasibleCode),
                 std::set<std::string>(kInfeasibleNulls.begin(), kInfeasibleNulls.end()));
        for (const Message& m : r.notes)
            if (m.code == kClusterInfeasibleCode)
                QCOMPARE(m.args, (std::vector<MessageArg>{100LL, 128LL}));
        // Training compute, failures and the fastest size do not depend on the run fitting.
        QVERIFY(kpi(r, "cluster.training_flops"));
        QCOMPARE_ABS(r.results.jobMtbfHours, 500.0, 1e-9);  // θ / 100
        QVERIFY(r.results.goodput > 0 && r.results.goodput <= 1);
        QCOMPARE(*r.results.fastestGpus, 76928.0);
    }

    void singleReplicaHasNoCommunicationRatio() {
        Scenario s;
        s[ParamId::ClusterGpus] = 200;  // one replica of 128, 72 idle
        const Run r = run(s);
        QVERIFY(r.results.feasible);
        QVERIFY(!r.results.computeCommRatio);
        QCOMPARE(subjectsWithCode(r.notes, "cluster_single_replica"),
                 std::set<std::string>{"cluster.compute_comm_ratio"});
        QCOMPARE(subjectsWithCode(r.notes, "cluster_idle_gpus"), std::set<std::string>{"cluster.gpus"});
        for (const Message& m : r.notes)
            if (m.code == "cluster_idle_gpus") QCOMPARE(m.args, (std::vector<MessageArg>{72LL, 128LL}));
        QCOMPARE(r.results.point.exposedSeconds, 0.0);
        QVERIFY(r.results.days);
    }

    void smallBatchIsRaisedToOneSequencePerReplica() {
        Scenario s;
        s[ParamId::ClusterBatchTokens] = 1e5;  // below 8,192 × 128
        const Run r = run(s);
        QCOMPARE(r.results.point.batchTokens, 8192.0 * 128);
        QCOMPARE(r.results.point.microBatches, 1.0);
        QCOMPARE_ABS(*r.results.bubbleShare, 15.0 / 19.0, 1e-15);
        QCOMPARE(subjectsWithCode(r.notes, "cluster_batch_raised"),
                 std::set<std::string>{"cluster.batch_tokens"});
        for (const Message& m : r.notes)
            if (m.code == "cluster_batch_raised")
                QCOMPARE(m.args, (std::vector<MessageArg>{1e5, 8192.0 * 128}));
    }

    // N, t, p and v are rounded to the nearest integer, halves up.
    void wholeNumbersAreRoundedHalvesUp() {
        const Run base = run(Scenario());
        Scenario s;
        s[ParamId::ClusterGpus] = 16383.5;
        s[ParamId::ClusterTensorParallel] = 7.5;
        s[ParamId::ClusterPipelineParallel] = 16.49;
        s[ParamId::ClusterInterleave] = 3.5;
        const Run r = run(s);
        QCOMPARE(r.results.inputs.gpus, 16384LL);
        QCOMPARE(r.results.inputs.tensor, 8LL);
        QCOMPARE(r.results.inputs.pipeline, 16LL);
        QCOMPARE(r.results.inputs.interleave, 4LL);
        QCOMPARE(r.kpis, base.kpis);
        QVERIFY(r.notes.empty());

        s[ParamId::ClusterGpus] = 16384.5;  // → 16,385: one GPU idle
        s[ParamId::ClusterInterleave] = 3.49;  // → 3
        const Run up = run(s);
        QCOMPARE(up.results.inputs.gpus, 16385LL);
        QCOMPARE(up.results.idleGpus, 1LL);
        QCOMPARE(up.results.inputs.interleave, 3LL);
        QCOMPARE_ABS(*up.results.bubbleShare, 15.0 / (3 * 1.6e7 / (8192.0 * 128) + 15), 1e-12);
    }

    // The chart grid: whole replicas from t × p to 2e6, log-spaced, ≤ 400 rows,
    // and each row is the run on that size.
    void seriesGrid() {
        const Results results = evaluate(Scenario());
        const SeriesTable table = ClusterModel::seriesTable(results);
        QCOMPARE(table.columns.front(), std::string("gpus"));
        QCOMPARE(table.rows.size(), std::size_t(400));  // 15,625 candidate sizes: 400 distinct ones
        QCOMPARE(*table.rows.front()[0], 128.0);
        QCOMPARE(*table.rows.back()[0], 15625.0 * 128);  // ⌊2e6 / 128⌋ replicas
        double last = 0;
        for (const auto& row : table.rows) {
            const double n = *row[0];
            QVERIFY(n > last);
            QCOMPARE(std::fmod(n, 128.0), 0.0);
            last = n;
        }
        // The first point (d = 1) has no ratio; days at each row match the reference.
        const auto ratio = std::find(table.columns.begin(), table.columns.end(), "compute_comm_ratio") - table.columns.begin();
        const auto days = std::find(table.columns.begin(), table.columns.end(), "days") - table.columns.begin();
        QVERIFY(!table.rows.front()[std::size_t(ratio)]);
        const Reference ref{Scenario()};
        for (const auto& row : table.rows) {
            const auto expected = ref.days((long long)(*row[0] / 128));
            QCOMPARE(row[std::size_t(days)].has_value(), expected.has_value());
            if (expected) QVERIFY(close(*row[std::size_t(days)], *expected, 1e-12));
        }
        // Small t × p: 2e6 / q candidates, still at most 400 rows.
        Scenario s;
        s[ParamId::ClusterTensorParallel] = 1;
        s[ParamId::ClusterPipelineParallel] = 1;
        const auto ks = ClusterModel::seriesReplicas(ClusterModel::inputs(s));
        QCOMPARE(ks.size(), std::size_t(400));
        QCOMPARE(ks.front(), 1LL);
        QCOMPARE(ks.back(), 2000000LL);
    }
};

QTEST_MAIN(TestCluster)
#include "test_cluster.moc"
