#include "analysis/GoalSeek.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "analysis/KpiProbe.h"
#include "analysis/Parallel.h"
#include "models/Engine.h"
#include "text/MachineNumber.h"

namespace leverboard::analysis {
namespace {

constexpr int kSamples = 64;

struct Point {
    double x = 0;
    std::optional<double> k;
};

// k at one value of the parameter, everything else as in the scenario.
class Probe {
public:
    Probe(const Scenario& scenario, const std::string& kpi, ParamId param)
        : scenario_(scenario), kpi_(kpi), param_(param), fast_{modelMaskFor({kpi}, {}), /*chartGrids=*/false} {}
    std::optional<double> operator()(double x) {
        scenario_[param_] = x;
        evaluate(scenario_, results_, fast_);
        return numericKpi(results_, kpi_);
    }

private:
    Scenario scenario_;
    const std::string& kpi_;
    ParamId param_;
    // Only the models this KPI needs: its value is the full evaluation's.
    EvalOptions fast_;
    Results results_;
};

// MODEL.md: a bracket that ends farther than 1e-6 × max(1, |y|) from the target is
// a jump. Money KPIs (an NPV of $1e9 per unit of utilisation, target 0) still move
// by dollars over a bracket of 1e-9 × the range, so the scale also counts the
// KPI's change across the sampled bracket: a continuous KPI ends within a
// millionth of it, a jump keeps a sizeable share of it.
bool isRoot(double k, double target, double bracketChange) {
    return std::fabs(k - target) <= 1e-6 * std::max({1.0, std::fabs(target), bracketChange});
}

// Bisects a sign change of k − target between a and b (k(a) − target and
// k(b) − target of opposite signs). nullopt when it is a jump.
std::optional<Point> bisect(Probe& probe, ParamId param, Point a, Point b, double target,
                            double axisRange) {
    const double sideA = *a.k - target;
    const double bracketChange = std::fabs(*b.k - *a.k);
    if (spec(param).wholeNumber) {
        // Whole numbers: narrow to two neighbouring integers, then test both.
        while (b.x - a.x > 1) {
            const double mid = std::floor((a.x + b.x) / 2);
            const std::optional<double> k = probe(mid);
            if (!k) return std::nullopt;
            if (*k == target) return Point{mid, k};
            if ((*k - target < 0) == (sideA < 0)) a = {mid, k};
            else b = {mid, k};
        }
        return std::fabs(*a.k - target) <= std::fabs(*b.k - target) ? a : b;
    }
    double ua = toAxis(param, a.x);
    double ub = toAxis(param, b.x);
    const double tolerance = 1e-9 * axisRange;
    while (std::fabs(ub - ua) > tolerance) {
        const double um = (ua + ub) / 2;
        if (um == ua || um == ub) break;  // no double between them
        const double x = fromAxis(param, um);
        const std::optional<double> k = probe(x);
        if (!k) return std::nullopt;
        if (*k == target) return Point{x, k};
        if ((*k - target < 0) == (sideA < 0)) {
            ua = um;
            a = {x, k};
        } else {
            ub = um;
            b = {x, k};
        }
    }
    const Point best = std::fabs(*a.k - target) <= std::fabs(*b.k - target) ? a : b;
    if (!isRoot(*best.k, target, bracketChange)) return std::nullopt;
    return best;
}

}  // namespace

GoalSeekResult goalSeek(const Scenario& scenario, const std::string& kpi, double target,
                        ParamId param) {
    GoalSeekResult result;
    result.param = param;
    const ParameterSpec& s = spec(param);
    if (std::string error = checkNumericKpi(scenario, kpi); !error.empty()) {
        result.message = error;
        return result;
    }
    if (std::string error = checkAnalysableParameter(s.id); !error.empty()) {
        result.message = error;
        return result;
    }
    if (!std::isfinite(target)) {
        result.message = "the target for " + kpi + " is not a finite number";
        return result;
    }

    // 64 samples over the range, both ends included, evenly on the axis scale.
    const double axisLow = toAxis(param, s.min);
    const double axisHigh = toAxis(param, s.max);
    std::vector<Point> samples(kSamples);
    for (int i = 0; i < kSamples; ++i) {
        double x = i == 0               ? s.min
                   : i == kSamples - 1 ? s.max
                                       : fromAxis(param, axisLow + (axisHigh - axisLow) * i / (kSamples - 1));
        if (s.wholeNumber) x = std::floor(x + 0.5);
        samples[std::size_t(i)].x = std::clamp(x, s.min, s.max);
    }
    parallelFor(samples.size(), 0, 8, [&](std::size_t begin, std::size_t end) {
        Probe probe(scenario, kpi, param);
        for (std::size_t i = begin; i < end; ++i) samples[i].k = probe(samples[i].x);
    });

    std::vector<Point> defined;
    for (const Point& p : samples)
        if (p.k) defined.push_back(p);

    std::vector<Point> roots;
    Probe probe(scenario, kpi, param);
    for (std::size_t i = 0; i < defined.size(); ++i) {
        if (*defined[i].k == target) {
            roots.push_back(defined[i]);
            continue;
        }
        if (i + 1 == defined.size() || *defined[i + 1].k == target) continue;
        const bool below = *defined[i].k < target;
        const bool nextBelow = *defined[i + 1].k < target;
        if (below == nextBelow) continue;
        if (auto root = bisect(probe, param, defined[i], defined[i + 1], target, axisHigh - axisLow))
            roots.push_back(*root);
    }

    if (!roots.empty()) {
        const double current = toAxis(param, clampToRange(param, scenario[param]));
        const Point* nearest = &roots.front();
        for (const Point& r : roots)
            if (std::fabs(toAxis(param, r.x) - current) < std::fabs(toAxis(param, nearest->x) - current))
                nearest = &r;
        result.solved = true;
        result.value = nearest->x;
        result.kpiValue = nearest->k;
        return result;
    }

    const Point* closest = nullptr;
    for (const Point& p : defined)
        if (!closest || std::fabs(*p.k - target) < std::fabs(*closest->k - target)) closest = &p;
    if (closest) {
        result.closestValue = closest->x;
        result.closestKpi = closest->k;
    }
    result.message = "no value of " + std::string(s.id) + " in [" + text::significantNumber(s.min, 6) +
                     ", " + text::significantNumber(s.max, 6) + "] reaches " + kpi + " = " +
                     text::significantNumber(target, 6);
    return result;
}

}  // namespace leverboard::analysis
