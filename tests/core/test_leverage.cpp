// Compute leverage (MODEL.md §2): leverage with saturation, the bucket
// multiplier, the USL team curve, required headcount and the cheapest team.
// Expected values come from the formulas written out here with std::pow and
// from brute-force searches, never from the model under test.

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "models/CostCurveModel.h"
#include "models/LeverageModel.h"
#include "scenario/Scenario.h"

using namespace leverboard;

namespace {

bool close(double actual, double expected, double relTol = 1e-12) {
    return std::fabs(actual - expected) <= relTol * std::max(1.0, std::fabs(expected));
}

#define QVERIFY_CLOSE_TOL(actual, expected, tol)                                               \
    QVERIFY2(close((actual), (expected), (tol)),                                               \
             qPrintable(QString("%1 = %2, expected %3")                                        \
                            .arg(#actual)                                                      \
                            .arg((actual), 0, 'g', 17)                                         \
                            .arg((expected), 0, 'g', 17)))
#define QVERIFY_CLOSE(actual, expected) QVERIFY_CLOSE_TOL(actual, expected, 1e-12)

struct Evaluated {
    LeverageResults results;
    std::vector<Message> warnings;
};

Evaluated run(const Scenario& scenario) {
    Evaluated e;
    LeverageModel::evaluate(scenario, CostCurve(scenario), e.results, e.warnings);
    return e;
}

// A warning about this parameter (its subject); with a code, that warning.
bool warned(const std::vector<Message>& warnings, const std::string& subject, const std::string& code = {}) {
    return std::any_of(warnings.begin(), warnings.end(), [&](const Message& w) {
        return w.subject == subject && (code.empty() || w.code == code);
    });
}

// The unreachable-target warnings' argument `index` (target, compute per
// person, largest team, most it ships), as numbers.
std::vector<double> unreachableArgs(const std::vector<Message>& warnings, std::size_t index) {
    std::vector<double> values;
    for (const Message& w : warnings) {
        if (w.subject != "lev.target_work" || w.args.size() != 4) continue;
        const MessageArg& arg = w.args[index];
        values.push_back(arg.number() ? *arg.number() : arg.count() ? double(*arg.count()) : std::nan(""));
    }
    return values;
}

// ---- MODEL.md §2 written out plainly ---------------------------------------
struct Plain {
    double target, base, p, cSat, pSat, shareGenerate, shareReview, shareOther;
    double capGenerate, capReview, capOther, f, sigma, kappa, salary, unitPrice;

    explicit Plain(const Scenario& s)
        : target(s[ParamId::LevTargetWork]), base(s[ParamId::LevBaseOutput]), p(s[ParamId::LevP]),
          cSat(s[ParamId::LevCSat]), pSat(std::min(s[ParamId::LevPSat], s[ParamId::LevP])),
          shareGenerate(s[ParamId::LevShareGenerate]), shareReview(s[ParamId::LevShareReview]),
          capGenerate(s[ParamId::LevCapGenerate]), capReview(s[ParamId::LevCapReview]),
          capOther(s[ParamId::LevCapOther]),
          f(std::pow(s[ParamId::LevData] * s[ParamId::LevClarity] * s[ParamId::LevDistribution],
                     1.0 / 3.0)),
          sigma(s[ParamId::LevContention]), kappa(s[ParamId::LevCoherency]),
          salary(s[ParamId::LevSalary]), unitPrice(s[ParamId::LevUnitPrice]) {
        const double sum = shareGenerate + shareReview;
        if (sum > 1) {
            shareGenerate /= sum;
            shareReview /= sum;
        }
        shareOther = std::max(0.0, 1 - shareGenerate - shareReview);
    }

    double leverage(double c) const {
        if (c <= cSat) return std::pow(1 + c, p);
        return std::pow(1 + cSat, p) * std::pow((1 + c) / (1 + cSat), pSat);
    }
    double multiplier(double c) const {
        const double l = leverage(c);
        return 1 / (shareGenerate / std::min(l, capGenerate) + shareReview / std::min(l, capReview) +
                    shareOther / std::min(l, capOther));
    }
    double throughput(int n) const { return n / (1 + sigma * (n - 1) + kappa * n * (n - 1.0)); }
    double work(int n, double c) const { return base * throughput(n) * multiplier(c) * f; }
    int maxHeadcount() const {
        if (kappa == 0) return 10000;
        return int(std::clamp(std::floor(std::sqrt((1 - sigma) / kappa)), 1.0, 10000.0));
    }
    // Linear scan; 0 for none.
    int requiredHeadcount(double c) const {
        for (int n = 1; n <= maxHeadcount(); ++n)
            if (work(n, c) >= target) return n;
        return 0;
    }
    double cost(int n, double c, double frontierIndex) const {
        return n * (salary / 4 + 3 * c * unitPrice * frontierIndex);
    }
    // Least C by bisection (assumes Work(n, 10000) ≥ target).
    double leastCompute(int n) const {
        if (work(n, 0) >= target) return 0;
        double lo = 0, hi = 10000;
        for (int i = 0; i < 200 && hi - lo > 1e-13 * hi; ++i) {
            const double mid = 0.5 * (lo + hi);
            (work(n, mid) >= target ? hi : lo) = mid;
        }
        return hi;
    }
    struct Optimum {
        int headcount = 0;  // 0: none
        double compute = 0;
        double cost = std::numeric_limits<double>::infinity();
    };
    // Every N in range, bisection for C.
    Optimum optimum(double frontierIndex) const {
        Optimum best;
        for (int n = 1; n <= maxHeadcount(); ++n) {
            if (work(n, 10000) < target) continue;
            const double c = leastCompute(n);
            const double total = cost(n, c, frontierIndex);
            if (total < best.cost) best = {n, c, total};
        }
        return best;
    }
};

std::string shortNumber(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.4g", value);
    return buffer;
}

// Every number the model reports is finite.
bool allFinite(const LeverageResults& r, QString& where) {
    auto check = [&](double v, const char* what) {
        if (std::isfinite(v)) return true;
        where = what;
        return false;
    };
    auto checkMaybe = [&](const MaybeNumber& v, const char* what) { return !v || check(*v, what); };
    for (double v : r.computeGrid) if (!check(v, "computeGrid")) return false;
    for (const auto& v : r.headcountAtCompute) if (!checkMaybe(v, "headcountAtCompute")) return false;
    for (const auto& v : r.costAtCompute) if (!checkMaybe(v, "costAtCompute")) return false;
    for (double v : r.teamSize) if (!check(v, "teamSize")) return false;
    for (double v : r.teamOutput) if (!check(v, "teamOutput")) return false;
    for (double v : r.teamOutputNoAi) if (!check(v, "teamOutputNoAi")) return false;
    for (double v : r.month) if (!check(v, "month")) return false;
    for (const auto& v : r.optimalHeadcountPath) if (!checkMaybe(v, "optimalHeadcountPath")) return false;
    for (const auto& v : r.optimalComputePath) if (!checkMaybe(v, "optimalComputePath")) return false;
    for (const auto& v : r.optimalCostPath) if (!checkMaybe(v, "optimalCostPath")) return false;
    for (const auto& s : r.stages)
        if (!check(s.share, "stage share") || !check(s.speedup, "stage speedup") ||
            !check(s.timeAfter, "stage timeAfter"))
            return false;
    return check(r.compute, "compute") && check(r.leverage, "leverage") &&
           check(r.multiplier, "multiplier") && check(r.externalFactor, "externalFactor") &&
           check(r.targetWork, "targetWork") && checkMaybe(r.teamPeak, "teamPeak") &&
           checkMaybe(r.requiredHeadcount, "requiredHeadcount") &&
           checkMaybe(r.noAiHeadcount, "noAiHeadcount") && checkMaybe(r.costPerQuarter, "costPerQuarter") &&
           checkMaybe(r.optimalCompute, "optimalCompute") &&
           checkMaybe(r.optimalHeadcount, "optimalHeadcount") &&
           checkMaybe(r.optimalCostPerQuarter, "optimalCostPerQuarter") &&
           checkMaybe(r.optimalHeadcountHorizon, "optimalHeadcountHorizon");
}

// Nulls count as "more than any team": required headcount must never rise with C.
bool headcountNeverRises(const LeverageResults& r) {
    double previous = std::numeric_limits<double>::infinity();
    for (const auto& n : r.headcountAtCompute) {
        const double value = n.value_or(std::numeric_limits<double>::infinity());
        if (value > previous) return false;
        previous = value;
    }
    return true;
}

const ParamId kLeverageParams[] = {
    ParamId::LevTargetWork, ParamId::LevBaseOutput, ParamId::LevComputePerPerson, ParamId::LevP,
    ParamId::LevCSat, ParamId::LevPSat, ParamId::LevShareGenerate, ParamId::LevShareReview,
    ParamId::LevCapGenerate, ParamId::LevCapReview, ParamId::LevCapOther, ParamId::LevData,
    ParamId::LevClarity, ParamId::LevDistribution, ParamId::LevContention, ParamId::LevCoherency,
    ParamId::LevSalary, ParamId::LevUnitPrice};

}  // namespace

class TestLeverage : public QObject {
    Q_OBJECT

private slots:
    void workedCheckEightPeopleThenFour();
    void leverageBothSidesOfSaturation();
    void bucketMultiplierMatchesHandFormula();
    void stageTimesSumToInverseMultiplier();
    void uslPeakAndTeamCurve();
    void infeasibleTargetIsNullWithWarning();
    void noCoherencyMeansNoPeakAndSearchToTenThousand();
    void pSatAboveP_isClampedWithWarning();
    void sharesAboveOneAreScaledWithWarning();
    void computeGridAndHeadcountSweep();
    void requiredHeadcountNeverRisesWithCompute();
    void costPerQuarterAtScenarioCompute();
    void optimumBeatsDenseBruteForceAtDefaults();
    void optimumMatchesBisectionSearch_data();
    void optimumMatchesBisectionSearch();
    void optimalTeamThinsOverTheHorizon();
    void kpisInContractOrder();
    void noNanAtRegistryCorners();
    void noNanAtRandomCornerCombinations();
};

void TestLeverage::workedCheckEightPeopleThenFour() {
    const Scenario s;
    const Plain plain(s);
    // The threshold itself, from the formulas: 7 people fall short without AI, 8 suffice…
    QVERIFY(plain.work(7, 0) < 10 && plain.work(8, 0) >= 10);
    // …and with 10 compute units each, 3 fall short and 4 suffice.
    QVERIFY(plain.work(3, 10) < 10 && plain.work(4, 10) >= 10);

    const auto e = run(s);
    QCOMPARE(e.results.noAiHeadcount, MaybeNumber(8));
    QCOMPARE(e.results.requiredHeadcount, MaybeNumber(4));
    QCOMPARE(e.results.headcountAtCompute.front(), MaybeNumber(8));  // the grid starts at C = 0
    QVERIFY(e.warnings.empty());
}

void TestLeverage::leverageBothSidesOfSaturation() {
    Scenario s;
    s[ParamId::LevCSat] = 100;
    s[ParamId::LevP] = 0.5;
    s[ParamId::LevPSat] = 0.1;

    s[ParamId::LevComputePerPerson] = 50;
    QVERIFY_CLOSE(run(s).results.leverage, std::sqrt(51.0));

    s[ParamId::LevComputePerPerson] = 100;  // the kink: both branches agree
    QVERIFY_CLOSE(run(s).results.leverage, std::sqrt(101.0));

    s[ParamId::LevComputePerPerson] = 1000;
    QVERIFY_CLOSE(run(s).results.leverage, std::sqrt(101.0) * std::pow(1001.0 / 101.0, 0.1));

    s[ParamId::LevComputePerPerson] = 0;  // no AI: leverage 1
    QVERIFY_CLOSE(run(s).results.leverage, 1.0);
}

void TestLeverage::bucketMultiplierMatchesHandFormula() {
    const Scenario s;  // C = 10: generation sped up √11 (< cap 10), review capped at 2, other at 1
    const auto e = run(s);
    const double expected = 1 / (0.4 / std::sqrt(11.0) + 0.3 / 2 + 0.3 / 1);
    QVERIFY_CLOSE(e.results.multiplier, expected);
    QCOMPARE(e.results.stages[0].id, std::string_view("generate"));
    QCOMPARE(e.results.stages[1].id, std::string_view("review"));
    QCOMPARE(e.results.stages[2].id, std::string_view("other"));
    QVERIFY_CLOSE(e.results.stages[0].speedup, std::sqrt(11.0));
    QVERIFY_CLOSE(e.results.stages[1].speedup, 2.0);
    QVERIFY_CLOSE(e.results.stages[2].speedup, 1.0);
    QVERIFY_CLOSE(e.results.externalFactor, std::pow(0.8 * 0.8 * 0.9, 1.0 / 3.0));

    // Past every cap the multiplier is the bucket's limit 1 / Σ share/cap.
    Scenario saturated;
    saturated[ParamId::LevComputePerPerson] = 10000;
    saturated[ParamId::LevPSat] = 0.5;  // so L(10000) = √10001 > every cap
    QVERIFY_CLOSE(run(saturated).results.multiplier, 1 / (0.4 / 10 + 0.3 / 2 + 0.3 / 1));
}

void TestLeverage::stageTimesSumToInverseMultiplier() {
    for (double c : {0.0, 3.0, 10.0, 99.0, 5000.0}) {
        Scenario s;
        s[ParamId::LevComputePerPerson] = c;
        s[ParamId::LevCapOther] = 1.5;
        const auto e = run(s);
        double shares = 0, after = 0;
        for (const auto& stage : e.results.stages) {
            shares += stage.share;
            after += stage.timeAfter;
            QVERIFY_CLOSE(stage.timeAfter, stage.share / stage.speedup);
        }
        QVERIFY_CLOSE(shares, 1.0);
        QVERIFY_CLOSE(after, 1 / e.results.multiplier);
        QVERIFY_CLOSE(e.results.multiplier, Plain(s).multiplier(c));
    }
}

void TestLeverage::uslPeakAndTeamCurve() {
    {
        const Scenario s;
        const auto e = run(s);
        const double peak = std::sqrt(0.95 / 0.005);
        QVERIFY(e.results.teamPeak);
        QVERIFY_CLOSE(*e.results.teamPeak, peak);
        QCOMPARE(int(e.results.teamSize.size()), int(std::ceil(2 * peak)));  // 28
        QCOMPARE(e.results.teamSize.front(), 1.0);
        QCOMPARE(e.results.teamSize.back(), std::ceil(2 * peak));
        const Plain plain(s);
        for (std::size_t i = 0; i < e.results.teamSize.size(); ++i) {
            const int n = int(i) + 1;
            QVERIFY_CLOSE(e.results.teamOutput[i], plain.work(n, 10));
            QVERIFY_CLOSE(e.results.teamOutputNoAi[i], plain.work(n, 0));
        }
        // The most productive whole team sits next to the continuous peak.
        const auto top = std::max_element(e.results.teamOutput.begin(), e.results.teamOutput.end()) -
                         e.results.teamOutput.begin() + 1;
        QVERIFY(top == int(std::floor(peak)) || top == int(std::ceil(peak)));
    }
    {
        Scenario s;  // a small peak: the team axis still shows 20 people
        s[ParamId::LevContention] = 0.1;
        s[ParamId::LevCoherency] = 0.02;
        const auto e = run(s);
        QVERIFY_CLOSE(*e.results.teamPeak, std::sqrt(0.9 / 0.02));
        QCOMPARE(e.results.teamSize.size(), std::size_t(20));
    }
    {
        Scenario s;  // a large peak: at most 200 people shown
        s[ParamId::LevCoherency] = 1e-6;
        const auto e = run(s);
        QVERIFY_CLOSE(*e.results.teamPeak, std::sqrt(0.95 / 1e-6));
        QCOMPARE(e.results.teamSize.size(), std::size_t(200));
    }
}

void TestLeverage::infeasibleTargetIsNullWithWarning() {
    Scenario s;
    s[ParamId::LevTargetWork] = 1000;
    const auto e = run(s);
    QVERIFY(!e.results.requiredHeadcount);
    QVERIFY(!e.results.noAiHeadcount);
    QVERIFY(!e.results.costPerQuarter);
    QVERIFY(!e.results.optimalHeadcount && !e.results.optimalCompute && !e.results.optimalCostPerQuarter);
    QVERIFY(!e.results.optimalHeadcountHorizon);
    for (const auto& n : e.results.headcountAtCompute) QVERIFY(!n);

    // The warning names the target and the most the fastest team (13 people) can ship.
    const Plain plain(s);
    QCOMPARE(plain.maxHeadcount(), 13);
    const std::string best = shortNumber(plain.work(13, 10));
    // "lev.target_work = 1000 features / quarter is out of reach at … ships at most <best>"
    QVERIFY2(unreachableArgs(e.warnings, 0) == std::vector<double>(3, 1000.0), debugString(e.warnings).c_str());
    std::vector<std::string> mostShipped;
    for (double most : unreachableArgs(e.warnings, 3)) mostShipped.push_back(shortNumber(most));
    auto shipped = [&](const std::string& most) {
        return std::find(mostShipped.begin(), mostShipped.end(), most) != mostShipped.end();
    };
    QVERIFY2(shipped(best), best.c_str());
    QVERIFY(shipped(shortNumber(plain.work(13, 0))));
    QVERIFY(shipped(shortNumber(plain.work(13, 10000))));

    std::vector<Kpi> kpis;
    LeverageModel::appendKpis(e.results, kpis);
    QCOMPARE(kpis[0].id, std::string("lev.required_headcount"));
    QVERIFY(!kpis[0].value);
}

void TestLeverage::noCoherencyMeansNoPeakAndSearchToTenThousand() {
    Scenario s;
    s[ParamId::LevCoherency] = 0;
    s[ParamId::LevContention] = 0;  // X(N) = N: Work = base × N without AI
    s[ParamId::LevData] = s[ParamId::LevClarity] = s[ParamId::LevDistribution] = 1;
    s[ParamId::LevBaseOutput] = 0.0625;  // exact in binary, so the thresholds below are exact
    s[ParamId::LevTargetWork] = 500;
    auto e = run(s);
    QVERIFY(!e.results.teamPeak);
    QCOMPARE(e.results.noAiHeadcount, MaybeNumber(8000));
    QCOMPARE(e.results.teamSize.size(), std::size_t(200));
    std::vector<Kpi> kpis;
    LeverageModel::appendKpis(e.results, kpis);
    QCOMPARE(kpis[3].id, std::string("lev.team_peak"));
    QVERIFY(!kpis[3].value);

    s[ParamId::LevTargetWork] = 625;  // exactly 10,000 people: the last one searched
    e = run(s);
    QCOMPARE(e.results.noAiHeadcount, MaybeNumber(10000));

    s[ParamId::LevTargetWork] = 625.01;  // one more would be needed
    s[ParamId::LevComputePerPerson] = 0;
    e = run(s);
    QVERIFY(!e.results.noAiHeadcount);
    QVERIFY(!e.results.requiredHeadcount);
    const auto teams = unreachableArgs(e.warnings, 2);  // "… a team of 10000 people ships at most …"
    QVERIFY2(std::find(teams.begin(), teams.end(), 10000.0) != teams.end(), debugString(e.warnings).c_str());
    // With AI a much smaller team does it: the optimum still exists and is exact.
    const Plain plain(s);
    const auto expected = plain.optimum(1.0);
    QVERIFY(e.results.optimalCostPerQuarter);
    QVERIFY_CLOSE_TOL(*e.results.optimalCostPerQuarter, expected.cost, 1e-9);
}

void TestLeverage::pSatAboveP_isClampedWithWarning() {
    Scenario s;
    s[ParamId::LevP] = 0.3;
    s[ParamId::LevPSat] = 0.8;
    s[ParamId::LevComputePerPerson] = 1000;
    const auto e = run(s);
    QVERIFY(warned(e.warnings, "lev.p_sat", "p_sat_above_p"));  // "lev.p_sat = 0.8 is above lev.p = 0.3; …"
    QVERIFY(e.warnings.front().args.front() == MessageArg(0.8));
    // With p_sat = p the kink disappears: one power law all the way.
    QVERIFY_CLOSE(e.results.leverage, std::pow(1001.0, 0.3));

    Scenario fine;  // p_sat ≤ p: no warning
    QVERIFY(!warned(run(fine).warnings, "lev.p_sat"));
}

void TestLeverage::sharesAboveOneAreScaledWithWarning() {
    Scenario s;
    s[ParamId::LevShareGenerate] = 0.8;
    s[ParamId::LevShareReview] = 0.6;
    const auto e = run(s);
    QVERIFY(warned(e.warnings, "lev.share_generate", "shares_above_one"));
    QVERIFY_CLOSE(e.results.stages[0].share, 0.8 / 1.4);
    QVERIFY_CLOSE(e.results.stages[1].share, 0.6 / 1.4);
    QCOMPARE(e.results.stages[2].share, 0.0);
    QVERIFY_CLOSE(e.results.multiplier,
                  1 / ((0.8 / 1.4) / std::sqrt(11.0) + (0.6 / 1.4) / 2));

    Scenario exact;  // a sum of exactly 1 is allowed
    exact[ParamId::LevShareGenerate] = 0.5;
    exact[ParamId::LevShareReview] = 0.5;
    QVERIFY(!warned(run(exact).warnings, "lev.share_generate"));
}

void TestLeverage::computeGridAndHeadcountSweep() {
    for (double c : {0.0, 10.0, 37.25, 10000.0}) {
        Scenario s;
        s[ParamId::LevComputePerPerson] = c;
        const auto e = run(s);
        const auto& grid = e.results.computeGrid;
        QVERIFY(grid.size() == 100 || grid.size() == 101);
        QCOMPARE(grid.front(), 0.0);
        QCOMPARE(grid.back(), 10000.0);
        QVERIFY(std::adjacent_find(grid.begin(), grid.end(), std::greater_equal<>()) == grid.end());
        QVERIFY(std::find(grid.begin(), grid.end(), c) != grid.end());
        QCOMPARE(e.results.headcountAtCompute.size(), grid.size());
        QCOMPARE(e.results.costAtCompute.size(), grid.size());
        // Uniform in log(1 + C) apart from the inserted point.
        const double step = std::log1p(10000.0) / 99;
        int onGrid = 0;
        for (double g : grid) {
            const double k = std::log1p(g) / step;
            if (std::fabs(k - std::round(k)) < 1e-9) ++onGrid;
        }
        QVERIFY(onGrid >= 100);

        const Plain plain(s);
        for (std::size_t i = 0; i < grid.size(); ++i) {
            const int n = plain.requiredHeadcount(grid[i]);
            QCOMPARE(e.results.headcountAtCompute[i].value_or(0), double(n));
            if (n) QVERIFY_CLOSE(*e.results.costAtCompute[i], plain.cost(n, grid[i], 1.0));
            else QVERIFY(!e.results.costAtCompute[i]);
        }
    }
}

void TestLeverage::requiredHeadcountNeverRisesWithCompute() {
    std::mt19937 rng(7);
    for (int trial = 0; trial < 200; ++trial) {
        Scenario s;
        for (ParamId id : kLeverageParams) {
            const auto& p = spec(id);
            const double u = double(rng()) / double(rng.max());
            s[id] = p.scale == Scale::Linear ? p.min + u * (p.max - p.min)
                                             : std::exp(std::log1p(p.min) +
                                                        u * (std::log1p(p.max) - std::log1p(p.min))) - 1;
        }
        const auto e = run(s);
        QVERIFY2(headcountNeverRises(e.results), qPrintable(QString("trial %1").arg(trial)));
    }
}

void TestLeverage::costPerQuarterAtScenarioCompute() {
    const auto e = run(Scenario{});
    QVERIFY(e.results.costPerQuarter);
    QVERIFY_CLOSE(*e.results.costPerQuarter, 4 * (200000.0 / 4 + 3 * 10 * 100 * 1.0));
}

void TestLeverage::optimumBeatsDenseBruteForceAtDefaults() {
    const Scenario s;
    const auto e = run(s);
    const Plain plain(s);
    const int horizon = s.horizonMonths();
    const double indexAtHorizon = CostCurve(s).frontierIndex(horizon);

    for (auto [month, index] : {std::pair{0, 1.0}, std::pair{horizon, indexAtHorizon}}) {
        const auto n = e.results.optimalHeadcountPath[std::size_t(month)];
        const auto c = e.results.optimalComputePath[std::size_t(month)];
        const auto cost = e.results.optimalCostPath[std::size_t(month)];
        QVERIFY(n && c && cost);
        QVERIFY(*c >= 0 && *c <= 10000);
        // The reported point ships the target and costs what it says.
        QVERIFY(plain.work(int(*n), *c) >= 10 * (1 - 1e-12));
        QVERIFY_CLOSE(*cost, plain.cost(int(*n), *c, index));

        // Dense brute force: every N, C on a fine log(1 + C) grid.
        double bruteBest = std::numeric_limits<double>::infinity();
        const int points = 200000;
        for (int team = 1; team <= plain.maxHeadcount(); ++team) {
            for (int k = 0; k <= points; ++k) {
                const double compute = std::expm1(std::log1p(10000.0) * k / points);
                if (plain.work(team, compute) >= plain.target) {
                    bruteBest = std::min(bruteBest, plain.cost(team, compute, index));
                    break;
                }
            }
        }
        QVERIFY2(bruteBest >= *cost * (1 - 1e-12),
                 qPrintable(QString("brute force %1 < optimum %2").arg(bruteBest, 0, 'g', 17).arg(*cost, 0, 'g', 17)));
        QVERIFY_CLOSE_TOL(bruteBest, *cost, 1e-3);  // and the grid gets close
    }
    QCOMPARE(e.results.optimalHeadcount, e.results.optimalHeadcountPath.front());
    QCOMPARE(e.results.optimalCompute, e.results.optimalComputePath.front());
    QCOMPARE(e.results.optimalCostPerQuarter, e.results.optimalCostPath.front());
    QCOMPARE(e.results.optimalHeadcountHorizon, e.results.optimalHeadcountPath.back());
    QCOMPARE(e.results.month.size(), std::size_t(horizon + 1));
}

void TestLeverage::optimumMatchesBisectionSearch_data() {
    // Regimes that land the least C below and above c_sat, on every segment
    // between the caps, at p_sat = 0 (flat past saturation) and at the plateau.
    QTest::addColumn<double>("target");
    QTest::addColumn<double>("unitPrice");
    QTest::addColumn<double>("cSat");
    QTest::addColumn<double>("pSat");
    QTest::addColumn<double>("capReview");
    QTest::addColumn<double>("salary");
    for (double target : {3.0, 10.0, 25.0, 60.0})
        for (double unitPrice : {0.01, 1.0, 100.0, 1e4})
            for (double cSat : {3.0, 100.0})
                for (double pSat : {0.0, 0.1, 0.5})
                    for (double capReview : {2.0, 40.0})
                        for (double salary : {1000.0, 200000.0})
                            QTest::addRow("target %g price %g csat %g psat %g capr %g salary %g", target,
                                          unitPrice, cSat, pSat, capReview, salary)
                                << target << unitPrice << cSat << pSat << capReview << salary;
}

void TestLeverage::optimumMatchesBisectionSearch() {
    QFETCH(double, target);
    QFETCH(double, unitPrice);
    QFETCH(double, cSat);
    QFETCH(double, pSat);
    QFETCH(double, capReview);
    QFETCH(double, salary);
    Scenario s;
    s[ParamId::LevTargetWork] = target;
    s[ParamId::LevUnitPrice] = unitPrice;
    s[ParamId::LevCSat] = cSat;
    s[ParamId::LevPSat] = pSat;
    s[ParamId::LevCapReview] = capReview;
    s[ParamId::LevCapGenerate] = 20;
    s[ParamId::LevCapOther] = 3;
    s[ParamId::LevSalary] = salary;
    s[ParamId::LevCoherency] = 0.001;  // room for up to 30 people
    const auto e = run(s);
    const Plain plain(s);
    const int horizon = s.horizonMonths();
    const double indexAtHorizon = CostCurve(s).frontierIndex(horizon);
    for (auto [month, index] : {std::pair{0, 1.0}, std::pair{horizon, indexAtHorizon}}) {
        const auto expected = plain.optimum(index);
        const auto n = e.results.optimalHeadcountPath[std::size_t(month)];
        if (!expected.headcount) {
            QVERIFY(!n);
            continue;
        }
        QVERIFY(n);
        const double cost = *e.results.optimalCostPath[std::size_t(month)];
        QVERIFY_CLOSE_TOL(cost, expected.cost, 1e-9);
        // The closed-form least C for the reported team equals bisection on Work.
        const double c = *e.results.optimalComputePath[std::size_t(month)];
        QVERIFY_CLOSE_TOL(c, plain.leastCompute(int(*n)), 1e-9);
        if (int(*n) != expected.headcount)  // only a near-tie may pick another team
            QVERIFY_CLOSE_TOL(plain.cost(expected.headcount, expected.compute, index), cost, 1e-9);
    }
}

void TestLeverage::optimalTeamThinsOverTheHorizon() {
    const Scenario s;
    const auto e = run(s);
    QVERIFY(e.results.optimalHeadcount && e.results.optimalHeadcountHorizon);
    QVERIFY(*e.results.optimalHeadcountHorizon <= *e.results.optimalHeadcount);
    // Compute gets cheaper month by month, so the cheapest team never grows.
    for (std::size_t t = 1; t < e.results.optimalHeadcountPath.size(); ++t)
        QVERIFY(*e.results.optimalHeadcountPath[t] <= *e.results.optimalHeadcountPath[t - 1]);

    // A scenario where compute is dear today but cheap later: the team
    // strictly thins (checked against the bisection search at both ends).
    Scenario dear;
    dear[ParamId::LevUnitPrice] = 5000;
    dear[ParamId::CostFrontierDecline] = 10;
    const auto thin = run(dear);
    const Plain plain(dear);
    const double indexAtHorizon = CostCurve(dear).frontierIndex(dear.horizonMonths());
    QCOMPARE(*thin.results.optimalHeadcount, double(plain.optimum(1.0).headcount));
    QCOMPARE(*thin.results.optimalHeadcountHorizon, double(plain.optimum(indexAtHorizon).headcount));
    if (indexAtHorizon < 1e-3)
        QVERIFY(*thin.results.optimalHeadcountHorizon < *thin.results.optimalHeadcount);
}

void TestLeverage::kpisInContractOrder() {
    const auto e = run(Scenario{});
    std::vector<Kpi> kpis;
    LeverageModel::appendKpis(e.results, kpis);
    const std::vector<std::pair<std::string, MaybeNumber>> expected = {
        {"lev.required_headcount", e.results.requiredHeadcount},
        {"lev.no_ai_headcount", e.results.noAiHeadcount},
        {"lev.multiplier", e.results.multiplier},
        {"lev.team_peak", e.results.teamPeak},
        {"lev.cost_per_quarter", e.results.costPerQuarter},
        {"lev.optimal_compute", e.results.optimalCompute},
        {"lev.optimal_headcount", e.results.optimalHeadcount},
        {"lev.optimal_cost_per_quarter", e.results.optimalCostPerQuarter},
        {"lev.optimal_headcount_horizon", e.results.optimalHeadcountHorizon}};
    QCOMPARE(kpis.size(), expected.size());
    for (std::size_t i = 0; i < kpis.size(); ++i) {
        QCOMPARE(kpis[i].id, expected[i].first);
        QCOMPARE(kpis[i].value, expected[i].second);
        QVERIFY(!kpis[i].isText());
    }
    QCOMPARE(kpis[0].value, MaybeNumber(4));
    QCOMPARE(kpis[1].value, MaybeNumber(8));
}

void TestLeverage::noNanAtRegistryCorners() {
    std::vector<ParamId> ids(std::begin(kLeverageParams), std::end(kLeverageParams));
    ids.push_back(ParamId::HorizonYears);
    for (ParamId id : ids) {
        for (double value : {spec(id).min, spec(id).max}) {
            Scenario s;
            s[id] = value;
            const auto e = run(s);
            QString where;
            QVERIFY2(allFinite(e.results, where),
                     qPrintable(QString("%1 = %2: %3").arg(QString::fromUtf8(spec(id).id.data(), int(spec(id).id.size()))).arg(value).arg(where)));
            QVERIFY(headcountNeverRises(e.results));
            if (!e.results.requiredHeadcount) QVERIFY(warned(e.warnings, "lev.target_work"));
        }
    }
}

void TestLeverage::noNanAtRandomCornerCombinations() {
    // Every leverage parameter at its min or max at once; the optimum is
    // compared with the bisection search where the team range is small.
    std::mt19937 rng(2024);
    int compared = 0;
    for (int trial = 0; trial < 400; ++trial) {
        Scenario s;
        for (ParamId id : kLeverageParams) s[id] = (rng() & 1) ? spec(id).max : spec(id).min;
        const auto e = run(s);
        QString where;
        QVERIFY2(allFinite(e.results, where), qPrintable(QString("trial %1: %2").arg(trial).arg(where)));
        QVERIFY(headcountNeverRises(e.results));
        double after = 0;
        for (const auto& stage : e.results.stages) after += stage.timeAfter;
        QVERIFY_CLOSE_TOL(after, 1 / e.results.multiplier, 1e-12);

        const Plain plain(s);
        if (plain.maxHeadcount() > 100 && trial % 20 != 0) continue;  // brute force is slow there
        ++compared;
        const auto expected = plain.optimum(1.0);
        if (!expected.headcount) {
            QVERIFY(!e.results.optimalHeadcount);
            continue;
        }
        QVERIFY2(e.results.optimalCostPerQuarter, qPrintable(QString("trial %1").arg(trial)));
        QVERIFY_CLOSE_TOL(*e.results.optimalCostPerQuarter, expected.cost, 1e-9);
    }
    QVERIFY(compared > 150);
}

QTEST_APPLESS_MAIN(TestLeverage)
#include "test_leverage.moc"
