#include "models/LeverageModel.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <utility>

namespace leverboard {
namespace {

// The optimum looks for compute per person within the parameter's own range.
constexpr double kMaxCompute = 10000;
// Largest team any search considers. MODEL.md stops at 10,000 people when
// κ = 0 (no peak); we use the same limit when the peak lies further out
// (κ below about 1e-8), so every search stays bounded.
constexpr int kMaxHeadcount = 10000;
constexpr int kComputeGridPoints = 100;  // uniform in log(1 + C) over [0, kMaxCompute]
constexpr double kMinTeamSizeShown = 20;
constexpr double kMaxTeamSizeShown = 200;

// The engine hands us a sanitized scenario; clamping again keeps the model
// finite when a test or tool builds one straight from raw values.
double param(const Scenario& scenario, ParamId id) { return clampToRange(id, scenario[id]); }

MaybeNumber maybe(std::optional<int> n) {
    return n ? MaybeNumber(static_cast<double>(*n)) : std::nullopt;
}

struct Stage {
    std::string_view id;
    double share;
    double cap;
};

// MODEL.md §2 with the scenario's parameters clamped, and everything that
// depends on neither the team size N nor the compute per person C worked out
// once per evaluation.
class LeverageEquations {
public:
    LeverageEquations(const Scenario& scenario, MessageWriter warnings);

    // L(C) from u = log(1 + C): exp(p·u) up to saturation, exponent p_sat beyond.
    double leverageAtLog(double logOnePlusCompute) const {
        return std::exp(p_ * std::min(logOnePlusCompute, logOnePlusSaturation_) +
                        pSat_ * std::max(0.0, logOnePlusCompute - logOnePlusSaturation_));
    }
    double leverage(double compute) const { return leverageAtLog(std::log1p(compute)); }

    // m = 1 / Σ share_i / min(L, cap_i). The shares sum to 1 up to rounding;
    // dividing by their computed sum makes m(C = 0) exactly 1.
    double multiplierAtLeverage(double leverage) const {
        double timeAfter = 0;
        for (const auto& stage : stages_) timeAfter += stage.share / std::min(leverage, stage.cap);
        return shareSum_ / timeAfter;
    }
    double multiplier(double compute) const { return multiplierAtLeverage(leverage(compute)); }
    double noAiMultiplier() const { return noAiMultiplier_; }

    // USL: X(N) = N / (1 + σ(N − 1) + κN(N − 1)).
    double throughput(int headcount) const {
        const double n = headcount;
        return n / (1.0 + sigma_ * (n - 1.0) + kappa_ * n * (n - 1.0));
    }
    double work(int headcount, double multiplier) const {
        return baseOutput_ * throughput(headcount) * multiplier * externalFactor_;
    }
    bool reachesTarget(int headcount, double multiplier) const {
        return work(headcount, multiplier) >= targetWork_;
    }

    std::optional<int> requiredHeadcount(double multiplier) const;
    // Least C in [0, kMaxCompute] with Work(N, C) ≥ target for a team that
    // falls short without AI but reaches the target at kMaxCompute, by
    // inverting m and L in closed form. Takes the team's throughput X(N).
    double leastCompute(double throughput) const;

    const std::array<Stage, 3>& stages() const { return stages_; }
    double targetWork() const { return targetWork_; }
    double externalFactor() const { return externalFactor_; }
    MaybeNumber teamPeak() const { return teamPeak_; }
    int maxHeadcount() const { return maxHeadcount_; }

private:
    double computeForLeverage(double leverage) const;

    double targetWork_;
    double baseOutput_;
    double p_;
    double pSat_;
    double logOnePlusSaturation_;  // log(1 + c_sat)
    double logSaturationLeverage_;  // log L(c_sat) = p · log(1 + c_sat)
    double maxLeverage_;            // L(kMaxCompute)
    double externalFactor_;
    double sigma_;
    double kappa_;
    MaybeNumber teamPeak_;
    int maxHeadcount_;
    std::array<Stage, 3> stages_{};
    double shareSum_ = 1;  // Σ share_i as computed (1 up to rounding)
    double noAiMultiplier_;

    // m as a function of L is S / (A + B/L) between consecutive caps of the
    // stages that take any time: segment j ends at capEnd_[j], where stages
    // with smaller caps are saturated (A) and the rest still speed up (B).
    int segments_ = 0;
    std::array<double, 3> capEnd_{};
    std::array<double, 3> throughputAtCapEnd_{};  // X needed when m is at the segment's end
    double shareSumPerThroughputNeeded_;  // S / (target / (base · f))
    std::array<double, 3> saturatedTime_{};  // A
    std::array<double, 3> scalingShare_{};   // B
};

LeverageEquations::LeverageEquations(const Scenario& scenario, MessageWriter warnings)
    : targetWork_(param(scenario, ParamId::LevTargetWork)),
      baseOutput_(param(scenario, ParamId::LevBaseOutput)),
      p_(param(scenario, ParamId::LevP)),
      pSat_(param(scenario, ParamId::LevPSat)),
      externalFactor_(std::cbrt(param(scenario, ParamId::LevData) *
                                param(scenario, ParamId::LevClarity) *
                                param(scenario, ParamId::LevDistribution))),
      sigma_(param(scenario, ParamId::LevContention)),
      kappa_(param(scenario, ParamId::LevCoherency)) {
    if (pSat_ > p_) {
        warnings.push_back({std::string(spec(ParamId::LevPSat).id), "p_sat_above_p",
                            {pSat_, std::string(spec(ParamId::LevP).id), p_}});
        pSat_ = p_;
    }
    const double cSat = param(scenario, ParamId::LevCSat);
    logOnePlusSaturation_ = std::log1p(cSat);
    logSaturationLeverage_ = p_ * logOnePlusSaturation_;
    maxLeverage_ = leverage(kMaxCompute);

    // Two shares above 1 in sum are scaled down together, keeping their ratio,
    // which leaves no time for other work.
    double generate = param(scenario, ParamId::LevShareGenerate);
    double review = param(scenario, ParamId::LevShareReview);
    if (generate + review > 1) {
        const double sum = generate + review;
        generate /= sum;
        review /= sum;
        warnings.push_back({std::string(spec(ParamId::LevShareGenerate).id), "shares_above_one",
                            {std::string(spec(ParamId::LevShareReview).id), sum, generate, review}});
    }
    const double other = std::max(0.0, 1.0 - generate - review);
    stages_ = {{{"generate", generate, param(scenario, ParamId::LevCapGenerate)},
                {"review", review, param(scenario, ParamId::LevCapReview)},
                {"other", other, param(scenario, ParamId::LevCapOther)}}};
    shareSum_ = 0;
    for (const auto& stage : stages_) shareSum_ += stage.share;
    noAiMultiplier_ = multiplierAtLeverage(1.0);

    if (kappa_ > 0) {
        const double peak = std::sqrt((1.0 - sigma_) / kappa_);
        teamPeak_ = peak;
        maxHeadcount_ = static_cast<int>(std::clamp(std::floor(peak), 1.0, double(kMaxHeadcount)));
    } else {
        maxHeadcount_ = kMaxHeadcount;
    }

    // Segments of m(L): caps of the stages that take time, in increasing order.
    std::array<Stage, 3> sorted = stages_;
    std::sort(sorted.begin(), sorted.end(),
              [](const Stage& a, const Stage& b) { return a.cap < b.cap; });
    const double throughputNeeded = targetWork_ / (baseOutput_ * externalFactor_);
    shareSumPerThroughputNeeded_ = shareSum_ / throughputNeeded;
    double saturated = 0;
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        if (sorted[i].share <= 0) continue;
        double scaling = 0;
        for (std::size_t k = i; k < sorted.size(); ++k) scaling += sorted[k].share;
        capEnd_[segments_] = sorted[i].cap;
        throughputAtCapEnd_[segments_] = throughputNeeded / multiplierAtLeverage(sorted[i].cap);
        saturatedTime_[segments_] = saturated;
        scalingShare_[segments_] = scaling;
        saturated += sorted[i].share / sorted[i].cap;
        ++segments_;
    }
}

std::optional<int> LeverageEquations::requiredHeadcount(double multiplier) const {
    // X is increasing on 1 … ⌊N_peak⌋, so reaching the target there at all
    // means reaching it at the largest team searched.
    if (!reachesTarget(maxHeadcount_, multiplier)) return std::nullopt;

    // X(N) ≥ y  ⇔  yκN² + (y(σ − κ) − 1)N + y(1 − σ) ≤ 0; the smaller root is
    // the continuous answer. Rounding may put its ceiling a step off, so we
    // walk from there to the exact threshold of Work itself.
    const double y = targetWork_ / (baseOutput_ * multiplier * externalFactor_);
    const double a = y * kappa_;
    const double b = y * (sigma_ - kappa_) - 1.0;
    const double c = y * (1.0 - sigma_);
    const double denominator = -b + std::sqrt(std::max(0.0, b * b - 4.0 * a * c));
    const double root = 2.0 * c / denominator;  // stable form of the smaller root
    int n = root >= 1 ? (root < maxHeadcount_ ? static_cast<int>(std::ceil(root)) : maxHeadcount_) : 1;
    while (n > 1 && reachesTarget(n - 1, multiplier)) --n;
    while (!reachesTarget(n, multiplier)) ++n;  // stops at maxHeadcount_ at the latest
    return n;
}

double LeverageEquations::computeForLeverage(double leverage) const {
    if (leverage <= 1) return 0;
    const double logLeverage = std::log(leverage);
    double logOnePlusCompute;
    if (logLeverage <= logSaturationLeverage_) logOnePlusCompute = logLeverage / p_;
    else if (pSat_ > 0)
        logOnePlusCompute = logOnePlusSaturation_ + (logLeverage - logSaturationLeverage_) / pSat_;
    else logOnePlusCompute = logOnePlusSaturation_;  // flat past saturation: c_sat is the least
    return std::clamp(std::expm1(logOnePlusCompute), 0.0, kMaxCompute);
}

double LeverageEquations::leastCompute(double throughput) const {
    // Work ≥ target  ⇔  m ≥ y / X with y = target / (base · f); on segment j,
    // m = S / (A + B/L), so  A + B/L ≤ S·X/y  ⇔  L ≥ B / (S·X/y − A).
    const double timeAllowed = shareSumPerThroughputNeeded_ * throughput;
    // Past the last cap m stops rising, so a team that reaches the target at
    // all needs at most that cap (reached here only through rounding).
    double leverage = capEnd_[std::max(0, segments_ - 1)];
    for (int j = 0; j < segments_; ++j) {
        if (throughput < throughputAtCapEnd_[j]) continue;  // m at this segment's end is too low
        const double start = j == 0 ? 1.0 : capEnd_[j - 1];
        const double slack = timeAllowed - saturatedTime_[j];
        leverage = slack > 0 ? std::clamp(scalingShare_[j] / slack, start, capEnd_[j]) : capEnd_[j];
        break;
    }
    return computeForLeverage(std::min(leverage, maxLeverage_));
}

// One headcount of the optimum as a cost line in the frontier index x:
// cost per quarter = salaryCost + computeCost · x.
struct CostLine {
    int headcount;
    double compute;
    double salaryCost;
    double computeCost;
    double at(double x) const { return salaryCost + computeCost * x; }
};

// Storage reused across evaluations (one set per thread: Monte Carlo runs
// evaluations in parallel), so an evaluation allocates nothing once warm.
struct Scratch {
    std::vector<double> frontierIndex;  // If(t), t = 0 … H
    std::vector<CostLine> lines;
    std::vector<CostLine> envelope;
    std::vector<double> switchAt;       // x where envelope[i + 1] takes over from envelope[i]
};

Scratch& scratch() {
    thread_local Scratch storage;
    return storage;
}

void fillFrontierIndex(const CostCurve& curve, int horizon, std::vector<double>& index) {
    index.resize(static_cast<std::size_t>(horizon) + 1);
    for (std::size_t t = 0; t < index.size(); ++t) {
        const double x = curve.frontierIndex(static_cast<double>(t));
        index[t] = (std::isfinite(x) && x >= 0) ? x : 1.0;
    }
}

// The fixed part of the compute axis: (C, log(1 + C)) uniform in log(1 + C).
struct GridPoint {
    double compute;
    double logOnePlusCompute;
};
const std::array<GridPoint, kComputeGridPoints>& baseComputeGrid() {
    static const auto grid = [] {
        std::array<GridPoint, kComputeGridPoints> points{};
        const double logMax = std::log1p(kMaxCompute);
        for (int k = 0; k < kComputeGridPoints; ++k) {
            const bool last = k == kComputeGridPoints - 1;
            const double u = last ? logMax : logMax * k / (kComputeGridPoints - 1);
            points[static_cast<std::size_t>(k)] = {last ? kMaxCompute : std::expm1(u), u};
        }
        return points;
    }();
    return grid;
}

void fillComputeGrid(const LeverageEquations& eq, double compute, double salaryPerQuarter,
                     double computePricePerQuarter, LeverageResults& out) {
    const auto& grid = baseComputeGrid();
    const bool onGrid = std::any_of(grid.begin(), grid.end(),
                                    [&](const GridPoint& point) { return point.compute == compute; });
    const std::size_t points = grid.size() + (onGrid ? 0 : 1);
    out.computeGrid.resize(points);
    out.headcountAtCompute.resize(points);
    out.costAtCompute.resize(points);

    // Past the caps m stops changing along the axis, and so does N_req.
    double lastMultiplier = -1;
    std::optional<int> headcount;
    std::size_t i = 0;
    auto addPoint = [&](double c, double logOnePlusC) {
        const double multiplier = eq.multiplierAtLeverage(eq.leverageAtLog(logOnePlusC));
        if (multiplier != lastMultiplier) headcount = eq.requiredHeadcount(multiplier);
        lastMultiplier = multiplier;
        out.computeGrid[i] = c;
        out.headcountAtCompute[i] = maybe(headcount);
        out.costAtCompute[i] =
            headcount ? MaybeNumber(*headcount * (salaryPerQuarter + computePricePerQuarter * c))
                      : std::nullopt;
        ++i;
    };
    bool scenarioPlaced = onGrid;
    for (const auto& point : grid) {
        if (!scenarioPlaced && compute < point.compute) {
            addPoint(compute, std::log1p(compute));
            scenarioPlaced = true;
        }
        addPoint(point.compute, point.logOnePlusCompute);
    }
}

void fillTeamSeries(const LeverageEquations& eq, double multiplier, LeverageResults& out) {
    const double peak = eq.teamPeak().value_or(kMaxTeamSizeShown);
    const auto sizes = static_cast<std::size_t>(
        std::clamp(std::ceil(2.0 * peak), kMinTeamSizeShown, kMaxTeamSizeShown));
    out.teamSize.resize(sizes);
    out.teamOutput.resize(sizes);
    out.teamOutputNoAi.resize(sizes);
    for (std::size_t i = 0; i < sizes; ++i) {
        const int n = static_cast<int>(i) + 1;
        out.teamSize[i] = n;
        out.teamOutput[i] = eq.work(n, multiplier);
        out.teamOutputNoAi[i] = eq.work(n, eq.noAiMultiplier());
    }
}

// The cheapest (N, C) at every month. The least C for each N does not depend
// on t; only its price does, through If(t). So each N is a line in x = If(t)
// and the optimum at month t is the lower envelope of those lines at If(t).
// Returns false when no team reaches the target even at kMaxCompute.
bool fillOptimum(const LeverageEquations& eq, double salaryPerQuarter,
                 double computePricePerQuarter, LeverageResults& out) {
    Scratch& s = scratch();
    const auto& index = s.frontierIndex;
    const std::size_t months = index.size();
    out.month.resize(months);
    out.optimalHeadcountPath.resize(months);
    out.optimalComputePath.resize(months);
    out.optimalCostPath.resize(months);
    for (std::size_t t = 0; t < months; ++t) out.month[t] = static_cast<double>(t);

    const auto smallest = eq.requiredHeadcount(eq.multiplier(kMaxCompute));
    if (!smallest) {
        std::fill(out.optimalHeadcountPath.begin(), out.optimalHeadcountPath.end(), std::nullopt);
        std::fill(out.optimalComputePath.begin(), out.optimalComputePath.end(), std::nullopt);
        std::fill(out.optimalCostPath.begin(), out.optimalCostPath.end(), std::nullopt);
        return false;
    }
    // Past N_req(0) a team needs no compute and only costs more salary.
    const auto noAi = eq.requiredHeadcount(eq.noAiMultiplier());
    const int largest = noAi.value_or(eq.maxHeadcount());
    const double highestIndex = *std::max_element(index.begin(), index.end());

    // Candidates in increasing N. A line is kept only if its compute cost is
    // below every smaller team's (otherwise a smaller team is cheaper at any
    // x ≥ 0), and the scan stops once salary alone costs more than the best
    // found at the highest index, which bounds the optimum at every month.
    s.lines.clear();
    double bestAtHighest = std::numeric_limits<double>::infinity();
    for (int n = *smallest; n <= largest; ++n) {
        const double salaryCost = n * salaryPerQuarter;
        if (salaryCost >= bestAtHighest) break;
        // Only N_req(0) itself, the last candidate when it exists, needs no compute.
        const double compute = n == noAi ? 0.0 : eq.leastCompute(eq.throughput(n));
        const CostLine line{n, compute, salaryCost, n * computePricePerQuarter * compute};
        bestAtHighest = std::min(bestAtHighest, line.at(highestIndex));
        if (s.lines.empty() || line.computeCost < s.lines.back().computeCost) s.lines.push_back(line);
    }

    // Lower envelope (slopes strictly falling, intercepts rising). A middle
    // line that is never strictly below both neighbours is dropped: where it
    // only touches, the smaller team (ties go to it) is as cheap.
    s.envelope.clear();
    for (const auto& line : s.lines) {
        while (s.envelope.size() >= 2) {
            const CostLine& first = s.envelope[s.envelope.size() - 2];
            const CostLine& middle = s.envelope.back();
            const bool useless = (line.salaryCost - first.salaryCost) *
                                     (first.computeCost - middle.computeCost) <=
                                 (middle.salaryCost - first.salaryCost) *
                                     (first.computeCost - line.computeCost);
            if (!useless) break;
            s.envelope.pop_back();
        }
        s.envelope.push_back(line);
    }
    s.switchAt.clear();
    for (std::size_t i = 0; i + 1 < s.envelope.size(); ++i)
        s.switchAt.push_back((s.envelope[i + 1].salaryCost - s.envelope[i].salaryCost) /
                             (s.envelope[i].computeCost - s.envelope[i + 1].computeCost));

    for (std::size_t t = 0; t < months; ++t) {
        // First line whose range reaches x: at a switch point the smaller team wins the tie.
        const auto i = static_cast<std::size_t>(
            std::lower_bound(s.switchAt.begin(), s.switchAt.end(), index[t]) - s.switchAt.begin());
        const CostLine& best = s.envelope[i];
        out.optimalHeadcountPath[t] = best.headcount;
        out.optimalComputePath[t] = best.compute;
        out.optimalCostPath[t] = best.at(index[t]);
    }
    return true;
}

// args: the target, the compute per person, the largest team searched, the
// most it ships. noCheapestTeam: even at the most compute there is no optimum.
Message unreachableWarning(const LeverageEquations& eq, double compute, double multiplier,
                           bool noCheapestTeam = false) {
    const double best = eq.work(eq.maxHeadcount(), multiplier);
    // Below the cap the largest team searched is the one at the USL peak.
    const bool atPeak = eq.teamPeak() && eq.maxHeadcount() < kMaxHeadcount;
    std::string code = noCheapestTeam ? "no_cheapest_team" : "target_work_out_of_reach";
    if (atPeak) code += "_at_peak";
    return {std::string(spec(ParamId::LevTargetWork).id), std::move(code),
            {eq.targetWork(), compute, eq.maxHeadcount(), best}};
}

}  // namespace

void LeverageModel::evaluate(const Scenario& scenario, const CostCurve& curve, LeverageResults& out,
                             MessageWriter warnings, bool chartGrids) {
    const LeverageEquations eq(scenario, warnings);
    const double compute = param(scenario, ParamId::LevComputePerPerson);
    const double salaryPerQuarter = param(scenario, ParamId::LevSalary) / 4.0;
    // 3 months of compute per quarter, at t = 0 prices (scaled by If(t) later).
    const double computePricePerQuarter = 3.0 * param(scenario, ParamId::LevUnitPrice);
    fillFrontierIndex(curve, scenario.horizonMonths(), scratch().frontierIndex);
    const double indexNow = scratch().frontierIndex.front();

    out.compute = compute;
    out.leverage = eq.leverage(compute);
    out.multiplier = eq.multiplierAtLeverage(out.leverage);
    out.externalFactor = eq.externalFactor();
    out.targetWork = eq.targetWork();
    out.teamPeak = eq.teamPeak();
    for (std::size_t i = 0; i < out.stages.size(); ++i) {
        const Stage& stage = eq.stages()[i];
        const double speedup = std::min(out.leverage, stage.cap);
        out.stages[i] = {stage.id, stage.share, speedup, stage.share / speedup};
    }

    const auto required = eq.requiredHeadcount(out.multiplier);
    const auto noAi = eq.requiredHeadcount(eq.noAiMultiplier());
    out.requiredHeadcount = maybe(required);
    out.noAiHeadcount = maybe(noAi);
    out.costPerQuarter =
        required ? MaybeNumber(*required * (salaryPerQuarter + computePricePerQuarter * compute * indexNow))
                 : std::nullopt;

    if (chartGrids) fillComputeGrid(eq, compute, salaryPerQuarter, computePricePerQuarter * indexNow, out);
    fillTeamSeries(eq, out.multiplier, out);
    const bool reachable = fillOptimum(eq, salaryPerQuarter, computePricePerQuarter, out);
    out.optimalCompute = out.optimalComputePath.front();
    out.optimalHeadcount = out.optimalHeadcountPath.front();
    out.optimalCostPerQuarter = out.optimalCostPath.front();
    out.optimalHeadcountHorizon = out.optimalHeadcountPath.back();

    if (!required) warnings.append(unreachableWarning(eq, compute, out.multiplier));
    if (!noAi && compute != 0) warnings.append(unreachableWarning(eq, 0, eq.noAiMultiplier()));
    if (!reachable && compute != kMaxCompute)
        warnings.append(unreachableWarning(eq, kMaxCompute, eq.multiplier(kMaxCompute), true));
}

void LeverageModel::appendKpis(const LeverageResults& results, KpiWriter kpis) {
    auto add = [&](const char* id, MaybeNumber value) { kpis.push_back({id, value, {}}); };
    add("lev.required_headcount", results.requiredHeadcount);
    add("lev.no_ai_headcount", results.noAiHeadcount);
    add("lev.multiplier", results.multiplier);
    add("lev.team_peak", results.teamPeak);
    add("lev.cost_per_quarter", results.costPerQuarter);
    add("lev.optimal_compute", results.optimalCompute);
    add("lev.optimal_headcount", results.optimalHeadcount);
    add("lev.optimal_cost_per_quarter", results.optimalCostPerQuarter);
    add("lev.optimal_headcount_horizon", results.optimalHeadcountHorizon);
}

// ---- The model registry's entry (models/ModelRegistry.cpp) -----------------------
namespace {
namespace kpi_rows {
using enum ModelGroup;
using enum KpiFormat;
using enum KpiSense;

// In the order appendKpis adds them.
// clang-format off
const KpiSpec kKpis[] = {
  {"lev.required_headcount", Leverage, "Required headcount", "所需人数", "people", People, LowerIsBetter,
   "Smallest team that ships the target at the scenario's compute per person", true, belowKpi("lev.no_ai_headcount")},
  {"lev.no_ai_headcount", Leverage, "Headcount without AI", "无 AI 所需人数", "people", People, Neutral,
   "Smallest team that ships the target with no AI compute", true, noThreshold()},
  {"lev.multiplier", Leverage, "AI multiplier", "AI 倍增系数", "×", Multiple, HigherIsBetter,
   "Output multiplier m(C) after the bucket effect", false, noThreshold()},
  {"lev.team_peak", Leverage, "Team size at peak output", "产出峰值团队规模", "people", People, Neutral,
   "USL peak: beyond it more people make the team slower", false, noThreshold()},
  {"lev.cost_per_quarter", Leverage, "Cost per quarter", "季度成本", "$ / quarter", Money, LowerIsBetter,
   "People plus compute at the scenario's compute per person, t = 0", false, noThreshold()},
  {"lev.optimal_compute", Leverage, "Optimal compute per person", "最优人均算力", "units", ComputeUnits, Neutral,
   "Compute per person of the cheapest team that ships the target, t = 0", false, noThreshold()},
  {"lev.optimal_headcount", Leverage, "Optimal headcount", "最优人数", "people", People, Neutral,
   "Size of the cheapest team that ships the target, t = 0", false, noThreshold()},
  {"lev.optimal_cost_per_quarter", Leverage, "Optimal cost per quarter", "最优季度成本", "$ / quarter", Money, LowerIsBetter,
   "Cost of the cheapest team that ships the target, t = 0", true, noThreshold()},
  {"lev.optimal_headcount_horizon", Leverage, "Optimal headcount at horizon", "期末最优人数", "people", People, Neutral,
   "Size of the cheapest team at the end of the horizon", false, noThreshold()},
};
// clang-format on

}  // namespace kpi_rows
}  // namespace

void LeverageModel::evaluate(const EvalContext& context, Results& results) {
    LeverageResults& leverage = results.get<LeverageResults>();
    evaluate(context.scenario, context.curve, leverage, context.warnings, context.chartGrids);
    appendKpis(leverage, context.kpis);
}

std::span<const KpiSpec> LeverageModel::kpis() { return kpi_rows::kKpis; }

// The frontier index sits beside the optimum because it is what moves it:
// cheaper compute buys a thinner team.
SeriesTable LeverageModel::seriesTable(const Results& results) {
    const LeverageResults& leverage = results.get<LeverageResults>();
    const CostResults& cost = results.get<CostResults>();
    SeriesTable table;
    table.columns = {"month", "frontier_index", "optimal_headcount", "optimal_compute",
                     "optimal_cost_per_quarter"};
    table.rows.reserve(leverage.month.size());
    for (std::size_t i = 0; i < leverage.month.size(); ++i) {
        table.rows.push_back({leverage.month[i], seriesCell(cost.frontierIndex, i),
                              seriesCell(leverage.optimalHeadcountPath, i),
                              seriesCell(leverage.optimalComputePath, i),
                              seriesCell(leverage.optimalCostPath, i)});
    }
    return table;
}

}  // namespace leverboard
