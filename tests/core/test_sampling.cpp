// Sampling (MODEL.md, "Uncertainty"): counter-based streams, the normal CDF
// and its inverse, truncated inverse CDFs against values computed here by
// bisection on the closed-form CDFs (std::erfc), densities, the Gaussian
// copula's rank correlations, and every refusal's exact message.

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>
#include <string>
#include <vector>

#include "analysis/MonteCarlo.h"
#include "analysis/MonteCarloJson.h"
#include "analysis/Sampling.h"
#include "scenario/Scenario.h"
#include "scenario/Uncertainty.h"

using namespace leverboard;
using namespace leverboard::analysis;

namespace {

constexpr double kZ95 = 1.6448536269514722;

double phi(double z) { return 0.5 * std::erfc(-z / std::sqrt(2.0)); }

// x in [lo, hi] with cdf(x) = target, cdf increasing: plain bisection.
double invert(const std::function<double(double)>& cdf, double lo, double hi, double target) {
    for (int i = 0; i < 200; ++i) {
        const double mid = 0.5 * (lo + hi);
        (cdf(mid) < target ? lo : hi) = mid;
    }
    return 0.5 * (lo + hi);
}

std::vector<double> ranks(const std::vector<double>& v) {
    std::vector<std::size_t> order(v.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return v[a] < v[b]; });
    std::vector<double> r(v.size());
    for (std::size_t i = 0; i < order.size(); ++i) r[order[i]] = double(i);
    return r;
}

double pearson(const std::vector<double>& x, const std::vector<double>& y) {
    const double n = double(x.size());
    const double mx = std::accumulate(x.begin(), x.end(), 0.0) / n;
    const double my = std::accumulate(y.begin(), y.end(), 0.0) / n;
    double sxy = 0, sxx = 0, syy = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / std::sqrt(sxx * syy);
}

double spearman(const std::vector<double>& x, const std::vector<double>& y) { return pearson(ranks(x), ranks(y)); }

Distribution uniform(double a, double b) { return {DistributionKind::Uniform, a, b, 0}; }
Distribution triangular(double a, double m, double b) { return {DistributionKind::Triangular, a, m, b}; }
Distribution normal(double p5, double p95) { return {DistributionKind::Normal, p5, p95, 0}; }
Distribution lognormal(double p5, double p95) { return {DistributionKind::Lognormal, p5, p95, 0}; }

}  // namespace

class TestSampling : public QObject {
    Q_OBJECT

private slots:
    void normalCdfAndQuantileAreAccurate() {
        QCOMPARE(normalCdf(0), 0.5);
        QVERIFY(std::fabs(normalCdf(1.959963984540054) - 0.975) < 1e-15);
        QVERIFY(std::fabs(normalQuantile(0.975) - 1.959963984540054) < 1e-12);
        QVERIFY(std::fabs(normalQuantile(0.5)) < 1e-15);
        QVERIFY(std::fabs(normalQuantile(0.95) - kZ95) < 1e-12);
        // Tabulated deep tails: Φ⁻¹(1e−10) = −6.361340902404056.
        QVERIFY(std::fabs(normalQuantile(1e-10) + 6.361340902404056) < 1e-9);
        QVERIFY(std::isinf(normalQuantile(0)) && normalQuantile(0) < 0);
        QVERIFY(std::isinf(normalQuantile(1)) && normalQuantile(1) > 0);
        // Both branches of Acklam's approximation and the centre round-trip.
        for (double p : {1e-300, 1e-15, 1e-6, 0.001, 0.02, 0.0243, 0.1, 0.3, 0.5, 0.7, 0.9, 0.975, 0.9999, 1 - 1e-12}) {
            const double z = normalQuantile(p);
            const double back = p < 0.5 ? normalCdf(z) : 1 - normalCdf(-z);
            QVERIFY2(std::fabs(back - p) <= 1e-12 * std::max(p, 1e-300) + 1e-16,
                     qPrintable(QString("p = %1").arg(p, 0, 'g', 17)));
        }
    }

    void uniformDrawsAreCounterBasedAndInTheOpenInterval() {
        // The same key gives the same number, whatever was drawn before.
        const double first = uniformDraw(42, 1234, 7);
        for (int i = 0; i < 100; ++i) uniformDraw(42, std::uint64_t(i), 3);
        QCOMPARE(uniformDraw(42, 1234, 7), first);
        // Each part of the key matters.
        QVERIFY(uniformDraw(43, 1234, 7) != first);
        QVERIFY(uniformDraw(42, 1235, 7) != first);
        QVERIFY(uniformDraw(42, 1234, 8) != first);
        // Uniform: mean 1/2, variance 1/12, every decile about 10%.
        const int n = 200000;
        double sum = 0, sumSq = 0;
        std::vector<int> deciles(10, 0);
        for (int i = 0; i < n; ++i) {
            const double u = uniformDraw(1, std::uint64_t(i), 0);
            QVERIFY(u > 0 && u < 1);
            sum += u;
            sumSq += u * u;
            ++deciles[std::size_t(u * 10)];
        }
        QVERIFY(std::fabs(sum / n - 0.5) < 0.003);
        QVERIFY(std::fabs(sumSq / n - (sum / n) * (sum / n) - 1.0 / 12) < 0.002);
        for (int d : deciles) QVERIFY(std::fabs(double(d) / n - 0.1) < 0.004);
        // Neighbouring streams of one sample are uncorrelated.
        std::vector<double> a, b;
        for (int i = 0; i < 20000; ++i) {
            a.push_back(uniformDraw(9, std::uint64_t(i), 0));
            b.push_back(uniformDraw(9, std::uint64_t(i), 1));
        }
        QVERIFY(std::fabs(pearson(a, b)) < 0.03);
        // Standard normal draws: mean 0, variance 1.
        double zs = 0, zz = 0;
        for (int i = 0; i < n; ++i) {
            const double z = normalDraw(5, std::uint64_t(i), 2);
            zs += z;
            zz += z * z;
        }
        QVERIFY(std::fabs(zs / n) < 0.01);
        QVERIFY(std::fabs(zz / n - 1) < 0.01);
    }

    void uniformQuantileIsLinearOnTheTruncatedInterval() {
        // capex.utilization: range 0.05–1.
        QCOMPARE(quantile(ParamId::CapexUtilization, uniform(0.2, 0.8), 0.25), 0.35);
        QCOMPARE(quantile(ParamId::CapexUtilization, uniform(0.2, 0.8), 0.0), 0.2);
        QCOMPARE(quantile(ParamId::CapexUtilization, uniform(0.2, 0.8), 1.0), 0.8);
        // Truncated to [0.5, 1]: the median is 0.75, not 1.
        QCOMPARE(quantile(ParamId::CapexUtilization, uniform(0.5, 1.5), 0.5), 0.75);
        QCOMPARE(quantile(ParamId::CapexUtilization, uniform(0.0, 0.45), 0.0), 0.05);
        // A point.
        QCOMPARE(quantile(ParamId::CapexUtilization, uniform(0.6, 0.6), 0.3), 0.6);
    }

    void triangularQuantileMatchesTheClosedForm() {
        // capex.economic_life (1–10): triangular(2, 3, 6), F(mode) = 1/4.
        QVERIFY(std::fabs(quantile(ParamId::CapexEconomicLife, triangular(2, 3, 6), 0.25) - 3) < 1e-12);
        QVERIFY(std::fabs(quantile(ParamId::CapexEconomicLife, triangular(2, 3, 6), 0.5) - (6 - std::sqrt(6.0))) < 1e-12);
        QVERIFY(std::fabs(quantile(ParamId::CapexEconomicLife, triangular(2, 3, 6), 0.1) - (2 + std::sqrt(0.1 * 4 * 1))) < 1e-12);
        // Truncated: capex.utilization (0.05–1), triangular(0.5, 0.9, 1.3):
        // F(1) = 1 − 0.3²/(0.8 × 0.4) = 0.71875, so u maps to p = 0.71875 u.
        const double p = 0.5 * 0.71875;
        QVERIFY(std::fabs(quantile(ParamId::CapexUtilization, triangular(0.5, 0.9, 1.3), 0.5) -
                          (0.5 + std::sqrt(p * 0.8 * 0.4))) < 1e-12);
        QCOMPARE(quantile(ParamId::CapexUtilization, triangular(0.5, 0.9, 1.3), 1.0), 1.0);
        const double p2 = 0.9 * 0.71875;  // above F(mode) = 0.5
        QVERIFY(std::fabs(quantile(ParamId::CapexUtilization, triangular(0.5, 0.9, 1.3), 0.9) -
                          (1.3 - std::sqrt((1 - p2) * 0.8 * 0.4))) < 1e-12);
    }

    void truncatedNormalQuantilesMatchBisection_data() {
        QTest::addColumn<int>("param");
        QTest::addColumn<double>("p5");
        QTest::addColumn<double>("p95");
        // Cut at the top (utilization 0.05–1, centre 0.9).
        QTest::newRow("cut above") << int(ParamId::CapexUtilization) << 0.7 << 1.1;
        // Untouched by the range.
        QTest::newRow("inside") << int(ParamId::CapexRentalPrice) << 3.0 << 6.0;
        // Deep in the upper tail (WACC 0.01–0.3, centre −0.15): survival-function branch.
        QTest::newRow("upper tail") << int(ParamId::CapexWacc) << -0.2 << -0.1;
        // Deep in the lower tail (utilization, centre 1.5): the mass sits just below 1.
        QTest::newRow("lower tail") << int(ParamId::CapexUtilization) << 1.4 << 1.6;
    }

    void truncatedNormalQuantilesMatchBisection() {
        QFETCH(int, param);
        QFETCH(double, p5);
        QFETCH(double, p95);
        const auto id = ParamId(param);
        const double lo = spec(id).min, hi = spec(id).max;
        const double mu = 0.5 * (p5 + p95), sigma = (p95 - p5) / (2 * kZ95);
        // The truncated CDF from whichever tail keeps its digits: Φ(z) below
        // the centre, the survival function 1 − Φ(z) = Φ(−z) above it.
        const bool above = lo > mu;
        const auto tail = [&](double x) { return phi(above ? -(x - mu) / sigma : (x - mu) / sigma); };
        const double mass = above ? tail(lo) - tail(hi) : tail(hi) - tail(lo);
        QVERIFY(mass > 0);
        QCOMPARE(quantile(id, normal(p5, p95), 0.0), lo);
        QCOMPARE(quantile(id, normal(p5, p95), 1.0), hi);
        for (double u : {1e-6, 0.01, 0.1, 0.5, 0.9, 0.99, 1 - 1e-6}) {
            const auto cdf = [&](double x) { return (above ? tail(lo) - tail(x) : tail(x) - tail(lo)) / mass; };
            const double expected = invert(cdf, lo, hi, u);
            const double got = quantile(id, normal(p5, p95), u);
            QVERIFY2(std::fabs(got - expected) <= 1e-9 * (hi - lo),
                     qPrintable(QString("u %1: %2 vs %3").arg(u).arg(got, 0, 'g', 17).arg(expected, 0, 'g', 17)));
        }
    }

    void truncatedLognormalQuantilesMatchBisection_data() {
        QTest::addColumn<int>("param");
        QTest::addColumn<double>("p5");
        QTest::addColumn<double>("p95");
        QTest::newRow("frontier decline 5–10×") << int(ParamId::CostFrontierDecline) << 5.0 << 10.0;
        QTest::newRow("economic life cut at 10") << int(ParamId::CapexEconomicLife) << 2.0 << 12.0;
        QTest::newRow("utilization cut at 1") << int(ParamId::CapexUtilization) << 0.3 << 1.5;
    }

    void truncatedLognormalQuantilesMatchBisection() {
        QFETCH(int, param);
        QFETCH(double, p5);
        QFETCH(double, p95);
        const auto id = ParamId(param);
        const double lo = spec(id).min, hi = spec(id).max;
        const double mu = 0.5 * (std::log(p5) + std::log(p95));
        const double sigma = (std::log(p95) - std::log(p5)) / (2 * kZ95);
        const auto cdf = [&](double x) { return phi((std::log(x) - mu) / sigma); };
        const double mass = cdf(hi) - cdf(lo);
        QCOMPARE(quantile(id, lognormal(p5, p95), 0.0), lo);
        QCOMPARE(quantile(id, lognormal(p5, p95), 1.0), hi);
        for (double u : {1e-6, 0.05, 0.25, 0.5, 0.75, 0.95, 1 - 1e-6}) {
            const double expected = invert([&](double x) { return (cdf(x) - cdf(lo)) / mass; }, lo, hi, u);
            const double got = quantile(id, lognormal(p5, p95), u);
            QVERIFY2(std::fabs(got - expected) <= 1e-9 * expected,
                     qPrintable(QString("u %1: %2 vs %3").arg(u).arg(got, 0, 'g', 17).arg(expected, 0, 'g', 17)));
        }
        // Barely truncated: its 5th and 95th percentiles are the stated ones.
        if (id == ParamId::CostFrontierDecline) {
            QVERIFY(std::fabs(quantile(id, lognormal(5, 10), 0.05) - 5) < 1e-6);
            QVERIFY(std::fabs(quantile(id, lognormal(5, 10), 0.95) - 10) < 1e-6);
        }
    }

    void preparedMarginalsGiveTheSameQuantiles() {
        for (const Distribution& d : {uniform(0.3, 0.9), triangular(0.2, 0.5, 1.4), normal(0.6, 1.2), lognormal(0.2, 0.9)}) {
            const Marginal m = prepareMarginal(ParamId::CapexUtilization, d);
            for (double u : {0.0, 0.123, 0.5, 0.987, 1.0})
                QCOMPARE(quantile(m, u), quantile(ParamId::CapexUtilization, d, u));
        }
    }

    void densitiesIntegrateToOneAndMatchTheQuantiles_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("a");
        QTest::addColumn<double>("b");
        QTest::addColumn<double>("c");
        QTest::newRow("uniform cut") << int(DistributionKind::Uniform) << 0.5 << 1.5 << 0.0;
        QTest::newRow("triangular cut") << int(DistributionKind::Triangular) << 0.5 << 0.9 << 1.3;
        QTest::newRow("normal cut") << int(DistributionKind::Normal) << 0.7 << 1.1 << 0.0;
        QTest::newRow("lognormal") << int(DistributionKind::Lognormal) << 0.2 << 0.6 << 0.0;
    }

    void densitiesIntegrateToOneAndMatchTheQuantiles() {
        QFETCH(int, kind);
        QFETCH(double, a);
        QFETCH(double, b);
        QFETCH(double, c);
        const Distribution d{DistributionKind(kind), a, b, c};
        const auto id = ParamId::CapexUtilization;  // 0.05–1
        const double lo = 0.05, hi = 1;
        const int steps = 200000;
        double integral = 0;
        for (int i = 0; i < steps; ++i) integral += density(id, d, lo + (i + 0.5) * (hi - lo) / steps) * (hi - lo) / steps;
        QVERIFY2(std::fabs(integral - 1) < 1e-4, qPrintable(QString::number(integral, 'g', 10)));
        QCOMPARE(density(id, d, 0.04), 0.0);
        QCOMPARE(density(id, d, 1.01), 0.0);
        // The density is the derivative of the CDF: Δu / Δx across a quantile step.
        for (double u : {0.2, 0.5, 0.8}) {
            const double h = 1e-6;
            const double x0 = quantile(id, d, u - h), x1 = quantile(id, d, u + h);
            const double slope = 2 * h / (x1 - x0);
            QVERIFY2(std::fabs(slope - density(id, d, quantile(id, d, u))) < 1e-4 * slope,
                     qPrintable(QString("u %1").arg(u)));
        }
    }

    void triangularDensityPeaksAtItsMode() {
        // triangular(2, 3, 6) on capex.economic_life (1–10): peak 2 / (6 − 2) at the mode.
        QCOMPARE(density(ParamId::CapexEconomicLife, triangular(2, 3, 6), 3), 0.5);
        QCOMPARE(density(ParamId::CapexEconomicLife, triangular(2, 3, 6), 2.5), 0.25);
        QCOMPARE(density(ParamId::CapexEconomicLife, triangular(2, 3, 6), 5), 0.5 * 1 / 3);
        // A mode at either end.
        QCOMPARE(density(ParamId::CapexEconomicLife, triangular(2, 6, 6), 6), 0.5);
        QCOMPARE(density(ParamId::CapexEconomicLife, triangular(2, 2, 6), 2), 0.5);
        QCOMPARE(density(ParamId::CapexEconomicLife, triangular(2, 2, 6), 4), 0.25);
    }

    void rankCorrelationsAreRecovered() {
        Scenario s;
        s.uncertainty.set(ParamId::CapexUtilization, uniform(0.55, 0.9));
        s.uncertainty.set(ParamId::CapexRentalPrice, lognormal(2, 8));
        s.uncertainty.set(ParamId::CapexEconomicLife, triangular(2, 3, 6));
        s.uncertainty.setCorrelation(ParamId::CapexUtilization, ParamId::CapexRentalPrice, 0.6);
        s.uncertainty.setCorrelation(ParamId::CapexEconomicLife, ParamId::CapexRentalPrice, -0.4);
        QCOMPARE(QString::fromStdString(validateUncertainty(s.uncertainty)), QString());
        const int n = 40000;
        std::vector<double> util, rent, life;
        std::vector<double> values;
        for (int i = 0; i < n; ++i) {
            drawSample(s, 11, std::uint64_t(i), values);
            util.push_back(values[std::size_t(ParamId::CapexUtilization)]);
            rent.push_back(values[std::size_t(ParamId::CapexRentalPrice)]);
            life.push_back(values[std::size_t(ParamId::CapexEconomicLife)]);
            // Parameters without a distribution stay at the scenario's value.
            QCOMPARE(values[std::size_t(ParamId::CapexWacc)], s[ParamId::CapexWacc]);
        }
        // Spearman's ρ of the draws is the stated one (without the 2 sin(πρ/6)
        // step it would be (6/π) asin(ρ/2): 0.583 instead of 0.6).
        QVERIFY2(std::fabs(spearman(util, rent) - 0.6) < 0.01, qPrintable(QString::number(spearman(util, rent))));
        QVERIFY2(std::fabs(spearman(life, rent) + 0.4) < 0.01, qPrintable(QString::number(spearman(life, rent))));
        // A pair not given is uncorrelated (0 in the matrix), even when both
        // are correlated with a third.
        QVERIFY(std::fabs(spearman(util, life)) < 0.01);
        // The marginals survive the copula: uniform(0.55, 0.9) has mean 0.725, median 0.725.
        QVERIFY(std::fabs(std::accumulate(util.begin(), util.end(), 0.0) / n - 0.725) < 0.002);
        std::vector<double> sortedRent = rent;
        std::sort(sortedRent.begin(), sortedRent.end());
        QVERIFY(std::fabs(sortedRent[n / 20] - 2) < 0.05);  // the stated p5
        QVERIFY(std::fabs(sortedRent[n - n / 20] - 8) < 0.2);  // and p95
    }

    void copulaFactorIsCholeskyOfThePearsonMatrix() {
        Uncertainty u;
        u.set(ParamId::CapexUtilization, uniform(0.5, 0.9));
        u.set(ParamId::CapexRentalPrice, uniform(2, 6));
        u.setCorrelation(ParamId::CapexRentalPrice, ParamId::CapexUtilization, 0.5);
        const CopulaBuild build = buildCopula(u);
        QCOMPARE(QString::fromStdString(build.error), QString());
        QVERIFY(build.copula.correlated);
        QCOMPARE(build.copula.params, (std::vector<ParamId>{ParamId::CapexUtilization, ParamId::CapexRentalPrice}));
        const double r = 2 * std::sin(M_PI * 0.5 / 6);
        QVERIFY(std::fabs(build.copula.lower(0, 0) - 1) < 1e-15);
        QVERIFY(std::fabs(build.copula.lower(1, 0) - r) < 1e-15);
        QVERIFY(std::fabs(build.copula.lower(1, 1) - std::sqrt(1 - r * r)) < 1e-15);
        QVERIFY(std::fabs(build.copula.lower(0, 1)) == 0);
        // Uncorrelated: the identity.
        Uncertainty plain;
        plain.set(ParamId::CapexUtilization, uniform(0.5, 0.9));
        QVERIFY(!buildCopula(plain).copula.correlated);
        QVERIFY(buildCopula(plain).copula.lower.isIdentity());
    }

    void badCorrelationsAreRefusedNamingThePairs_data() {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("error");
        QTest::newRow("not positive definite")
            << 0
            << "the rank correlations are not consistent (not positive definite): "
               "cost.frontier_decline–capex.utilization, cost.frontier_decline–capex.rental_price, "
               "capex.utilization–capex.rental_price";
        QTest::newRow("rho 1") << 1 << "capex.utilization–capex.rental_price: rank correlation 1 must be strictly between -1 and 1";
        QTest::newRow("no distribution")
            << 2 << "capex.utilization–capex.wacc: capex.wacc has no distribution, so it cannot be correlated";
        QTest::newRow("twice") << 3 << "capex.utilization–capex.rental_price: the pair has two rank correlations";
        QTest::newRow("itself") << 4 << "capex.utilization: a rank correlation of a parameter with itself";
        QTest::newRow("NaN") << 5 << "capex.utilization–capex.rental_price: rank correlation nan must be strictly between -1 and 1";
    }

    void badCorrelationsAreRefusedNamingThePairs() {
        QFETCH(int, which);
        QFETCH(QString, error);
        Uncertainty u;
        u.set(ParamId::CostFrontierDecline, lognormal(5, 10));
        u.set(ParamId::CapexUtilization, uniform(0.5, 0.9));
        u.set(ParamId::CapexRentalPrice, uniform(2, 6));
        u.set(ParamId::CapexEconomicLife, uniform(2, 4));
        const auto util = ParamId::CapexUtilization, rent = ParamId::CapexRentalPrice;
        switch (which) {
        case 0:
            // Three pairs that contradict each other; a fourth that is fine is not named.
            u.setCorrelation(ParamId::CostFrontierDecline, util, 0.9);
            u.setCorrelation(ParamId::CostFrontierDecline, rent, 0.9);
            u.setCorrelation(util, rent, -0.9);
            u.setCorrelation(ParamId::CostFrontierDecline, ParamId::CapexEconomicLife, 0.2);
            break;
        case 1: u.correlations.push_back({util, rent, 1.0}); break;
        case 2: u.correlations.push_back({util, ParamId::CapexWacc, 0.3}); break;
        case 3:
            u.correlations.push_back({util, rent, 0.3});
            u.correlations.push_back({rent, util, 0.2});
            break;
        case 4: u.correlations.push_back({util, util, 0.3}); break;
        case 5: u.correlations.push_back({util, rent, std::nan("")}); break;
        }
        QCOMPARE(QString::fromStdString(buildCopula(u).error), error);
        QCOMPARE(QString::fromStdString(validateUncertainty(u)), error);
    }

    void badDistributionsAreRefusedWithExactMessages_data() {
        QTest::addColumn<int>("param");
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("a");
        QTest::addColumn<double>("b");
        QTest::addColumn<double>("c");
        QTest::addColumn<QString>("error");
        const int life = int(ParamId::CapexEconomicLife), util = int(ParamId::CapexUtilization);
        const int U = int(DistributionKind::Uniform), T = int(DistributionKind::Triangular),
                  N = int(DistributionKind::Normal), L = int(DistributionKind::Lognormal);
        const double inf = INFINITY, nan = std::nan("");
        QTest::newRow("low above high") << life << U << 5.0 << 3.0 << 0.0 << "capex.economic_life: low 5 is above high 3";
        QTest::newRow("triangular low above high")
            << life << T << 6.0 << 5.0 << 2.0 << "capex.economic_life: low 6 is above high 2";
        QTest::newRow("mode outside")
            << life << T << 2.0 << 7.0 << 6.0 << "capex.economic_life: mode 7 is not between low 2 and high 6";
        QTest::newRow("p5 above p95") << util << N << 0.9 << 0.5 << 0.0 << "capex.utilization: p5 0.9 must be below p95 0.5";
        QTest::newRow("p5 equals p95") << util << L << 0.5 << 0.5 << 0.0 << "capex.utilization: p5 0.5 must be below p95 0.5";
        QTest::newRow("lognormal p5 0") << util << L << 0.0 << 0.5 << 0.0 << "capex.utilization: lognormal needs p5 > 0";
        QTest::newRow("lognormal p5 negative") << util << L << -1.0 << 0.5 << 0.0 << "capex.utilization: lognormal needs p5 > 0";
        QTest::newRow("NaN low") << util << U << nan << 0.5 << 0.0 << "capex.utilization: low is not a finite number";
        QTest::newRow("infinite p95") << util << N << 0.5 << inf << 0.0 << "capex.utilization: p95 is not a finite number";
        QTest::newRow("infinite mode") << util << T << 0.5 << inf << 1.0 << "capex.utilization: mode is not a finite number";
        QTest::newRow("infinite high") << util << T << 0.5 << 0.6 << inf << "capex.utilization: high is not a finite number";
        QTest::newRow("no mass") << util << U << 2.0 << 3.0 << 0.0
                                 << "capex.utilization: uniform(2, 3) has no mass inside the range 0.05–1";
        QTest::newRow("touches the range at one point")
            << util << U << 1.0 << 2.0 << 0.0 << "capex.utilization: uniform(1, 2) has no mass inside the range 0.05–1";
        QTest::newRow("triangular no mass") << util << T << -2.0 << -1.0 << 0.0
                                            << "capex.utilization: triangular(-2, -1, 0) has no mass inside the range 0.05–1";
        QTest::newRow("normal far away") << util << N << 50.0 << 60.0 << 0.0
                                         << "capex.utilization: normal(50, 60) has no mass inside the range 0.05–1";
        QTest::newRow("lognormal far away") << util << L << 1e6 << 2e6 << 0.0
                                            << "capex.utilization: lognormal(1000000, 2000000) has no mass inside the range 0.05–1";
        QTest::newRow("choice parameter") << int(ParamId::CostLaw) << U << 0.0 << 1.0 << 0.0
                                          << "cost.law: a choice parameter cannot carry a distribution";
        // Valid ones: a point inside the range, a normal mostly outside it.
        QTest::newRow("point at the top") << util << U << 1.0 << 1.0 << 0.0 << "";
        QTest::newRow("normal mostly above") << util << N << 1.2 << 1.6 << 0.0 << "";
        QTest::newRow("triangular mode at low") << life << T << 2.0 << 2.0 << 6.0 << "";
    }

    void badDistributionsAreRefusedWithExactMessages() {
        QFETCH(int, param);
        QFETCH(int, kind);
        QFETCH(double, a);
        QFETCH(double, b);
        QFETCH(double, c);
        QFETCH(QString, error);
        const Distribution d{DistributionKind(kind), a, b, c};
        QCOMPARE(QString::fromStdString(validateDistribution(ParamId(param), d)), error);
        Uncertainty u;
        u.set(ParamId(param), d);
        QCOMPARE(QString::fromStdString(validateUncertainty(u)), error);
    }

    void distributionArgumentsParse_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("param");
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("a");
        QTest::addColumn<double>("b");
        QTest::addColumn<double>("c");
        const int U = int(DistributionKind::Uniform);
        QTest::newRow("uniform") << "capex.utilization=uniform:0.55,0.9" << "" << int(ParamId::CapexUtilization) << U
                                 << 0.55 << 0.9 << 0.0;
        QTest::newRow("triangular") << "capex.economic_life=triangular:2,3,6" << "" << int(ParamId::CapexEconomicLife)
                                    << int(DistributionKind::Triangular) << 2.0 << 3.0 << 6.0;
        QTest::newRow("lognormal") << "cost.frontier_decline=lognormal:5,10" << "" << int(ParamId::CostFrontierDecline)
                                   << int(DistributionKind::Lognormal) << 5.0 << 10.0 << 0.0;
        QTest::newRow("normal, exponent") << "capex.rental_price=normal:2.2e0,+6" << "" << int(ParamId::CapexRentalPrice)
                                          << int(DistributionKind::Normal) << 2.2 << 6.0 << 0.0;
        QTest::newRow("no equals") << "capex.utilization"
                                   << "\"capex.utilization\": expected ID=KIND:a,b[,c], e.g. capex.utilization=uniform:0.55,0.9"
                                   << 0 << U << 0.0 << 0.0 << 0.0;
        QTest::newRow("unknown id") << "nope=uniform:1,2" << "nope: unknown parameter" << 0 << U << 0.0 << 0.0 << 0.0;
        QTest::newRow("unknown kind")
            << "capex.utilization=beta:1,2"
            << "capex.utilization: unknown distribution \"beta\" (uniform, triangular, normal or lognormal)"
            << 0 << U << 0.0 << 0.0 << 0.0;
        QTest::newRow("too few") << "capex.utilization=uniform:0.5"
                                 << "capex.utilization: uniform needs 2 numbers (low, high), got 1" << 0 << U << 0.0 << 0.0 << 0.0;
        QTest::newRow("none") << "capex.utilization=normal"
                              << "capex.utilization: normal needs 2 numbers (p5, p95), got 0" << 0 << U << 0.0 << 0.0 << 0.0;
        QTest::newRow("too many") << "capex.economic_life=triangular:1,2,3,4"
                                  << "capex.economic_life: triangular needs 3 numbers (low, mode, high), got 4" << 0 << U
                                  << 0.0 << 0.0 << 0.0;
        QTest::newRow("not a number") << "capex.utilization=uniform:0.5,x"
                                      << "capex.utilization: \"x\" is not a number" << 0 << U << 0.0 << 0.0 << 0.0;
        QTest::newRow("comma decimal") << "capex.utilization=uniform:0,5,0,9"
                                       << "capex.utilization: uniform needs 2 numbers (low, high), got 4" << 0 << U << 0.0
                                       << 0.0 << 0.0;
        QTest::newRow("empty number") << "capex.utilization=uniform:,0.9"
                                      << "capex.utilization: \"\" is not a number" << 0 << U << 0.0 << 0.0 << 0.0;
        QTest::newRow("invalid distribution") << "capex.utilization=uniform:0.9,0.5"
                                              << "capex.utilization: low 0.9 is above high 0.5" << 0 << U << 0.0 << 0.0 << 0.0;
        QTest::newRow("choice") << "cost.law=uniform:0,1" << "cost.law: a choice parameter cannot carry a distribution" << 0
                                << U << 0.0 << 0.0 << 0.0;
    }

    void distributionArgumentsParse() {
        QFETCH(QString, text);
        QFETCH(QString, error);
        QFETCH(int, param);
        QFETCH(int, kind);
        QFETCH(double, a);
        QFETCH(double, b);
        QFETCH(double, c);
        const DistributionArgument arg = parseDistributionArgument(text.toStdString());
        QCOMPARE(QString::fromStdString(arg.error), error);
        if (!error.isEmpty()) return;
        QCOMPARE(int(arg.param), param);
        QCOMPARE(arg.distribution, (Distribution{DistributionKind(kind), a, b, c}));
    }

    void monteCarloJsonIsExact() {
        MonteCarloResult r;
        r.samples = 4;
        r.seed = 7;
        KpiStats npv;
        npv.id = "capex.npv";
        npv.samples = 4;
        npv.nulls = 1;
        npv.mean = -2.5e9;
        npv.p5 = -1e10;
        npv.p10 = -0.1;
        npv.p50 = 0.30000000000000004;
        npv.p90 = 1e21;
        npv.p95 = 12;
        npv.pGood = 0.25;
        KpiStats none;
        none.id = "capex.payback_years";
        none.samples = 4;
        none.nulls = 4;
        r.kpis = {npv, none};
        QCOMPARE(QString::fromStdString(monteCarloJson(r)),
                 QString("{\"samples\": 4, \"seed\": 7, \"kpis\": {"
                         "\"capex.npv\": {\"mean\": -2500000000, \"p5\": -10000000000, \"p10\": -0.1, "
                         "\"p50\": 0.30000000000000004, \"p90\": 1e+21, \"p95\": 12, \"null_share\": 0.25, \"p_good\": 0.25}, "
                         "\"capex.payback_years\": {\"mean\": null, \"p5\": null, \"p10\": null, \"p50\": null, "
                         "\"p90\": null, \"p95\": null, \"null_share\": 1, \"p_good\": null}}}\n"));
        MonteCarloResult empty;
        empty.seed = 18446744073709551615ULL;
        QCOMPARE(QString::fromStdString(monteCarloJson(empty)),
                 QString("{\"samples\": 0, \"seed\": 18446744073709551615, \"kpis\": {}}\n"));
    }
};

QTEST_APPLESS_MAIN(TestSampling)
#include "test_sampling.moc"
