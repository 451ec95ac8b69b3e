// The Monte Carlo engine (MODEL.md, "Uncertainty"): closed forms through a
// KPI that is linear in its uncertain input, pGood and null counts against a
// brute-force loop over the same draws, determinism across thread counts and
// runs, common random numbers, the summary statistics on hand-made data, and
// the fast path (only the models asked for) against a full evaluation.

#include <QtTest>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "analysis/MonteCarlo.h"
#include "analysis/MonteCarloJson.h"
#include "analysis/Sampling.h"
#include "models/CapexModel.h"
#include "models/Engine.h"
#include "models/LeverageModel.h"
#include "models/ModelRegistry.h"
#include "params/KpiRegistry.h"

using namespace leverboard;
using namespace leverboard::analysis;

namespace {

Distribution uniform(double a, double b) { return {DistributionKind::Uniform, a, b, 0}; }

// Linear interpolation between order statistics (numpy's default), written out here.
double percentileOf(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    const double h = (double(v.size()) - 1) * p;
    const auto i = std::size_t(h);
    if (i + 1 >= v.size()) return v.back();
    return v[i] + (h - double(i)) * (v[i + 1] - v[i]);
}

// The scenario of sample i, evaluated the plain way.
Results sampleResults(const Scenario& scenario, std::uint64_t seed, std::uint64_t i) {
    std::vector<double> values;
    drawSample(scenario, seed, i, values);
    Scenario x = scenario;
    std::copy(values.begin(), values.end(), x.values.begin());
    x.uncertainty = {};
    return evaluate(x);
}

Scenario capexUncertain() {
    Scenario s;
    s.uncertainty.set(ParamId::CostFrontierDecline, {DistributionKind::Lognormal, 5, 10, 0});
    s.uncertainty.set(ParamId::CapexUtilization, {DistributionKind::Triangular, 0.5, 0.8, 1.0});
    s.uncertainty.set(ParamId::CapexRentalPrice, {DistributionKind::Normal, 2.5, 7, 0});
    s.uncertainty.set(ParamId::CapexEconomicLife, uniform(2, 7));
    s.uncertainty.set(ParamId::CapexWacc, uniform(0.05, 0.15));
    s.uncertainty.setCorrelation(ParamId::CapexUtilization, ParamId::CapexRentalPrice, 0.5);
    return s;
}

}  // namespace

class TestMonteCarlo : public QObject {
    Q_OBJECT

private slots:
    void uniformInputThroughALinearKpiGivesTheKnownProbabilityAndMedian() {
        // capex.revenue_gap = industry_capex × CRF(wacc, life) / margin / app_revenue:
        // linear in industry_capex. Good side: at or below 1.
        Scenario s;
        s.uncertainty.set(ParamId::CapexIndustryCapex, uniform(100, 300));
        const double wacc = s[ParamId::CapexWacc], life = s[ParamId::CapexEconomicLife];
        const double crf = wacc / (1 - std::pow(1 + wacc, -life));
        const double k = crf / s[ParamId::CapexAppMargin] / s[ParamId::CapexAppRevenue];
        const double breakEven = 1 / k;  // the industry capex where the gap is 1
        QVERIFY(breakEven > 100 && breakEven < 300);
        MonteCarloOptions options;
        options.samples = 20000;
        options.kpis = {"capex.revenue_gap"};
        const MonteCarloResult r = runMonteCarlo(s, options);
        const KpiStats* gap = r.kpi("capex.revenue_gap");
        QVERIFY(gap);
        QCOMPARE(gap->samples, std::size_t(20000));
        QCOMPARE(gap->nulls, std::size_t(0));
        // P(gap ≤ 1) = (1/k − 100) / 200; binomial sd ≈ 0.0033.
        const double p = (breakEven - 100) / 200;
        QVERIFY2(std::fabs(*gap->pGood - p) < 0.012, qPrintable(QString("%1 vs %2").arg(*gap->pGood).arg(p)));
        // Quantiles of k × U(100, 300): the sample quantile's sd is about 0.003 × the width.
        const double width = 200 * k;
        QVERIFY(std::fabs(*gap->p50 - 200 * k) < 0.01 * width);
        QVERIFY(std::fabs(*gap->p10 - 120 * k) < 0.01 * width);
        QVERIFY(std::fabs(*gap->p90 - 280 * k) < 0.01 * width);
        QVERIFY(std::fabs(*gap->p5 - 110 * k) < 0.01 * width);
        QVERIFY(std::fabs(*gap->p95 - 290 * k) < 0.01 * width);
        QVERIFY(std::fabs(*gap->mean - 200 * k) < 0.01 * width);
        // The histogram spans the draws: 50 bins of about 400 samples each.
        QCOMPARE(gap->histogram.size(), std::size_t(50));
        QVERIFY(gap->histogramLow >= 100 * k && gap->histogramLow < 101 * k);
        QVERIFY(gap->histogramHigh <= 300 * k && gap->histogramHigh > 299 * k);
        for (std::size_t c : gap->histogram) QVERIFY2(c > 300 && c < 500, qPrintable(QString::number(c)));
        // Only what was asked for.
        QCOMPARE(r.kpis.size(), std::size_t(1));
    }

    void seriesBandsFollowTheInput() {
        // capex "price" row y = rental × hardware index × erosion: linear in the
        // rental price, so with rental ~ U(2, 6) its P10/P50/P90 are 2.4/4/5.6
        // times the base row divided by the base rental price.
        Scenario s;
        s.uncertainty.set(ParamId::CapexRentalPrice, uniform(2, 6));
        const Results base = evaluate(s);
        const SeriesTable table = modelSpec(ModelGroup::Capex).seriesTable(base);
        const std::size_t column = std::size_t(std::find(table.columns.begin(), table.columns.end(), "price") -
                                               table.columns.begin());
        QVERIFY(column < table.columns.size());
        MonteCarloOptions options;
        options.samples = 10000;
        options.kpis = {"capex.npv"};
        options.series = {{"capex", "price"}, {"capex", "no_such_column"}};
        const MonteCarloResult r = runMonteCarlo(s, options);
        const SeriesBand* band = r.band({"capex", "price"});
        QVERIFY(band);
        QCOMPARE(band->p50.size(), table.rows.size());
        for (std::size_t row = 0; row < table.rows.size(); ++row) {
            const double perDollar = *table.rows[row][column] / s[ParamId::CapexRentalPrice];
            QVERIFY(std::fabs(*band->p10[row] - 2.4 * perDollar) < 0.04 * perDollar);
            QVERIFY(std::fabs(*band->p50[row] - 4.0 * perDollar) < 0.04 * perDollar);
            QVERIFY(std::fabs(*band->p90[row] - 5.6 * perDollar) < 0.04 * perDollar);
        }
        // An unknown column gives an empty band, not a crash.
        QVERIFY(r.band({"capex", "no_such_column"}));
        QVERIFY(r.band({"capex", "no_such_column"})->p50.empty());
    }

    void pGoodNullsAndValuesMatchABruteForceLoop() {
        const Scenario s = capexUncertain();
        QCOMPARE(QString::fromStdString(validateUncertainty(s.uncertainty)), QString());
        MonteCarloOptions options;
        options.samples = 1500;
        options.seed = 2024;
        options.kpis = {"capex.roic_book", "capex.npv", "capex.payback_years", "capex.irr", "lev.required_headcount"};
        const MonteCarloResult r = runMonteCarlo(s, options);
        QCOMPARE(r.kpis.size(), std::size_t(5));
        std::vector<std::vector<double>> present(5);
        std::vector<std::size_t> good(5, 0), nulls(5, 0);
        for (std::size_t i = 0; i < options.samples; ++i) {
            const Results x = sampleResults(s, options.seed, i);
            const double wacc = x.parameters[std::size_t(ParamId::CapexWacc)];
            for (std::size_t k = 0; k < 5; ++k) {
                const Kpi* kpi = x.kpi(options.kpis[k]);
                QVERIFY(kpi);
                QCOMPARE(r.kpis[k].values[i], kpi->value);  // same draws, same engine: bit for bit
                if (!kpi->value) {
                    ++nulls[k];
                    continue;
                }
                const double v = *kpi->value;
                present[k].push_back(v);
                // The natural thresholds of MODEL.md, per sample.
                if (k == 0 && v > wacc) ++good[k];
                if (k == 1 && v > 0) ++good[k];
                if (k == 3 && v > wacc) ++good[k];
                if (k == 4) {
                    const MaybeNumber noAi = x.kpi("lev.no_ai_headcount")->value;
                    if (noAi && v <= *noAi) ++good[k];
                }
            }
        }
        const double n = double(options.samples);
        for (std::size_t k = 0; k < 5; ++k) {
            const KpiStats& stats = r.kpis[k];
            QCOMPARE(stats.id, options.kpis[k]);
            QCOMPARE(stats.samples, options.samples);
            QCOMPARE(stats.nulls, nulls[k]);
            QCOMPARE(stats.nullShare(), double(nulls[k]) / n);
            if (k == 2) {
                QVERIFY(!stats.pGood);  // payback has no natural threshold
            } else {
                QVERIFY(stats.pGood);
                QCOMPARE(*stats.pGood, double(good[k]) / n);  // nulls count as not good
            }
            if (present[k].empty()) {
                QVERIFY(!stats.p50 && !stats.mean);
                continue;
            }
            QVERIFY(std::fabs(*stats.p10 - percentileOf(present[k], 0.10)) <= 1e-12 * std::fabs(*stats.p10) + 1e-300);
            QVERIFY(std::fabs(*stats.p50 - percentileOf(present[k], 0.50)) <= 1e-12 * std::fabs(*stats.p50) + 1e-300);
            QVERIFY(std::fabs(*stats.p95 - percentileOf(present[k], 0.95)) <= 1e-12 * std::fabs(*stats.p95) + 1e-300);
        }
        // The scenario is chosen so that both branches are exercised.
        QVERIFY(nulls[2] > 0 && nulls[2] < options.samples);
        QVERIFY(good[0] > 0 && good[0] < options.samples);
        QVERIFY(good[1] > 0 && good[1] < options.samples);
    }

    void sameSeedSameNumbersWhateverTheThreadCount() {
        const Scenario s = capexUncertain();
        MonteCarloOptions options;
        options.samples = 1000;
        options.seed = 99;
        options.series = {{"capex", "cumulative_cash_flow"}, {"cost", "frontier_index"}};
        options.threads = 1;
        const MonteCarloResult one = runMonteCarlo(s, options);
        QVERIFY(!one.cancelled);
        QVERIFY(one.kpis.size() > 30);  // every numeric KPI of every model
        const std::string json = monteCarloJson(one);
        for (unsigned threads : {1u, 2u, 4u}) {
            options.threads = threads;
            const MonteCarloResult again = runMonteCarlo(s, options);
            QCOMPARE(again.kpis.size(), one.kpis.size());
            for (std::size_t k = 0; k < one.kpis.size(); ++k) {
                QCOMPARE(again.kpis[k].id, one.kpis[k].id);
                QVERIFY(again.kpis[k].values == one.kpis[k].values);
                QVERIFY(again.kpis[k].histogram == one.kpis[k].histogram);
                QCOMPARE(again.kpis[k].mean, one.kpis[k].mean);
                QCOMPARE(again.kpis[k].pGood, one.kpis[k].pGood);
            }
            QCOMPARE(again.series.size(), std::size_t(2));
            for (std::size_t b = 0; b < 2; ++b) {
                QVERIFY(again.series[b].p10 == one.series[b].p10);
                QVERIFY(again.series[b].p50 == one.series[b].p50);
                QVERIFY(again.series[b].p90 == one.series[b].p90);
            }
            QCOMPARE(monteCarloJson(again), json);
        }
        // Another seed gives other numbers.
        options.seed = 100;
        QVERIFY(monteCarloJson(runMonteCarlo(s, options)) != json);
        // Text KPIs are not summarised.
        QVERIFY(!one.kpi("power.better_path"));
        QVERIFY(!one.kpi("chips.best"));
        QVERIFY(one.kpi("capex.npv"));
    }

    void comparedScenariosShareTheirRandomNumbers() {
        // B carries one more distribution than A: A's parameters draw the same values in B.
        Scenario a;
        a.uncertainty.set(ParamId::CapexUtilization, uniform(0.5, 1));
        Scenario b = a;
        b.name = "Bull";
        b.uncertainty.set(ParamId::CapexRentalPrice, uniform(4, 8));
        b.uncertainty.set(ParamId::CostFrontierDecline, uniform(5, 10));
        std::vector<double> va, vb;
        for (std::uint64_t i = 0; i < 500; ++i) {
            drawSample(a, 3, i, va);
            drawSample(b, 3, i, vb);
            QCOMPARE(va[std::size_t(ParamId::CapexUtilization)], vb[std::size_t(ParamId::CapexUtilization)]);
        }
        // B is A with a higher rental price in every sample: its NPV is higher in every sample.
        MonteCarloOptions options;
        options.samples = 2000;
        options.kpis = {"capex.npv"};
        Scenario low = a, high = a;
        low.uncertainty.set(ParamId::CapexRentalPrice, uniform(2, 3));
        high.uncertainty.set(ParamId::CapexRentalPrice, uniform(3.5, 4.5));
        const MonteCarloResult ra = runMonteCarlo(low, options);
        const MonteCarloResult rb = runMonteCarlo(high, options);
        const KpiStats diff = differenceStats(*ra.kpi("capex.npv"), *rb.kpi("capex.npv"));
        QCOMPARE(diff.samples, std::size_t(2000));
        QCOMPARE(*diff.pGood, 1.0);  // P(high NPV > low NPV)
        // With independent streams a common parameter would not line up sample by sample.
        for (std::size_t i = 0; i < 2000; ++i) QVERIFY(*diff.values[i] > 0);
    }

    void summaryStatisticsOnHandMadeData() {
        const std::vector<std::optional<double>> values{4.0, std::nullopt, 1.0, 3.0, 2.0};
        const std::vector<std::optional<double>> thresholds(5, 2.5);
        const KpiStats s = summarize("x", values, thresholds, true, true);
        QCOMPARE(s.samples, std::size_t(5));
        QCOMPARE(s.nulls, std::size_t(1));
        QCOMPARE(s.nullShare(), 0.2);
        QCOMPARE(*s.mean, 2.5);
        QCOMPARE(*s.p50, 2.5);   // (2 + 3) / 2
        QCOMPARE(*s.p10, 1.3);   // h = 0.3
        QCOMPARE(*s.p5, 1.15);   // h = 0.15
        QCOMPARE(*s.p90, 3.7);   // h = 2.7
        QCOMPARE(*s.p95, 3.85);  // h = 2.85
        QCOMPARE(*s.pGood, 0.4);  // 3 and 4 above 2.5, of 5 samples (the null is not good)
        QCOMPARE(s.histogramLow, 1.0);
        QCOMPARE(s.histogramHigh, 4.0);
        QCOMPARE(s.histogram.size(), std::size_t(50));
        std::vector<std::size_t> expected(50, 0);
        expected[0] = expected[16] = expected[33] = expected[49] = 1;  // (v − 1) / 3 × 50
        QVERIFY(s.histogram == expected);
        QVERIFY(s.values == values);  // kept in sample order, nulls included
        // At or below; a missing threshold is not good; no thresholds: no pGood.
        const KpiStats below = summarize("x", values, {2.0, 2.0, std::nullopt, 3.0, 2.0}, false, false);
        QCOMPARE(*below.pGood, 0.4);  // 3 ≤ 3 and 2 ≤ 2; 1 has no threshold
        QVERIFY(below.values.empty());
        QVERIFY(!summarize("x", values, {}, true, false).pGood);
        // All null: no statistics, every sample counted.
        const KpiStats none = summarize("y", {std::nullopt, std::nullopt}, {0.0, 0.0}, true, false);
        QCOMPARE(none.nulls, std::size_t(2));
        QCOMPARE(none.nullShare(), 1.0);
        QVERIFY(!none.mean && !none.p5 && !none.p50 && !none.p95);
        QCOMPARE(*none.pGood, 0.0);
        // One distinct value: every percentile is it, one histogram bin.
        const KpiStats flat = summarize("z", {7.0, 7.0, 7.0}, {}, true, false);
        QCOMPARE(*flat.p5, 7.0);
        QCOMPARE(*flat.p95, 7.0);
        QCOMPARE(flat.histogram[0], std::size_t(3));
    }

    // The summary finds its order statistics by binning then selecting inside
    // a few bins (from 256 values on); it must give exactly what a full sort
    // gives, whatever the data's shape.
    void percentilesEqualAFullSortOnAwkwardData() {
        std::mt19937_64 random(11);
        std::uniform_real_distribution<double> u(0, 1);
        std::normal_distribution<double> normal(0, 1);
        const std::vector<std::size_t> sizes{255, 256, 257, 1000, 10000, 10001};
        for (std::size_t n : sizes) {
            for (int shape = 0; shape < 6; ++shape) {
                std::vector<std::optional<double>> values(n);
                std::vector<double> present;
                for (std::size_t i = 0; i < n; ++i) {
                    double v = 0;
                    switch (shape) {
                    case 0: v = u(random); break;                                  // even
                    case 1: v = std::exp(3 * normal(random)); break;               // a long right tail
                    case 2: v = i == n / 2 ? 1e12 : u(random); break;              // all but one in the first bin
                    case 3: v = std::floor(4 * u(random)); break;                  // four values, many ties
                    case 4: v = u(random) < 0.5 ? -1e9 + u(random) : 1e9 + u(random); break;  // two far clusters
                    case 5: v = -std::exp(3 * normal(random)); break;              // a long left tail, negative
                    }
                    if (i % 7 == 3) continue;  // some nulls
                    values[i] = v;
                    present.push_back(v);
                }
                const KpiStats s = summarize("x", values, {}, true, false);
                const QByteArray where = QByteArray::number(qulonglong(n)) + " values, shape " + QByteArray::number(shape);
                QCOMPARE(s.nulls, n - present.size());
                QVERIFY2(*s.p5 == percentileOf(present, 0.05), where);
                QVERIFY2(*s.p10 == percentileOf(present, 0.10), where);
                QVERIFY2(*s.p50 == percentileOf(present, 0.50), where);
                QVERIFY2(*s.p90 == percentileOf(present, 0.90), where);
                QVERIFY2(*s.p95 == percentileOf(present, 0.95), where);
            }
        }
    }

    // A correlation between two parameters changes only those two: a third
    // parameter's draws are the same numbers with or without it, and the
    // correlated pair still has the marginals it had alone.
    void aCorrelationLeavesOtherParametersDrawsAlone() {
        Scenario alone;
        alone.uncertainty.set(ParamId::CapexEconomicLife, {DistributionKind::Uniform, 2, 4, 0});
        alone.uncertainty.set(ParamId::CapexUtilization, {DistributionKind::Triangular, 0.55, 0.75, 0.9});
        alone.uncertainty.set(ParamId::CapexRentalPrice, {DistributionKind::Normal, 2.2, 6, 0});
        Scenario paired = alone;
        paired.uncertainty.setCorrelation(ParamId::CapexUtilization, ParamId::CapexRentalPrice, 0.8);
        QVERIFY(analysis::validateUncertainty(paired.uncertainty).empty());
        std::vector<double> a, b;
        std::vector<double> utilizationAlone, utilizationPaired;
        int changed = 0;
        for (std::uint64_t i = 0; i < 4000; ++i) {
            drawSample(alone, 3, i, a);
            drawSample(paired, 3, i, b);
            const auto at = [](ParamId p) { return static_cast<std::size_t>(p); };
            QCOMPARE(b[at(ParamId::CapexEconomicLife)], a[at(ParamId::CapexEconomicLife)]);
            if (b[at(ParamId::CapexRentalPrice)] != a[at(ParamId::CapexRentalPrice)]) ++changed;
            utilizationAlone.push_back(a[at(ParamId::CapexUtilization)]);
            utilizationPaired.push_back(b[at(ParamId::CapexUtilization)]);
        }
        QVERIFY(changed > 3000);  // the pair's draws do move
        // Same marginal: medians within sampling error (triangular 0.55/0.75/0.9).
        QVERIFY(std::fabs(percentileOf(utilizationAlone, 0.5) - percentileOf(utilizationPaired, 0.5)) < 0.01);
    }

    void differenceIsSampleBySample() {
        KpiStats a, b;
        a.id = "capex.npv";
        b.id = "capex.npv";
        a.values = {1.0, 2.0, std::nullopt, 4.0};
        b.values = {2.0, 1.0, 5.0, 4.5};
        const KpiStats d = differenceStats(a, b);
        QCOMPARE(d.samples, std::size_t(4));
        QCOMPARE(d.nulls, std::size_t(1));
        QVERIFY(d.values == (std::vector<std::optional<double>>{1.0, -1.0, std::nullopt, 0.5}));
        QCOMPARE(*d.pGood, 0.5);  // b above a in 2 of 4 samples
        QCOMPARE(*d.mean, 0.5 / 3);
    }

    void noUncertaintyGivesTheScenarioItself() {
        const Scenario s;
        const Results base = evaluate(s);
        MonteCarloOptions options;
        options.samples = 50;
        const MonteCarloResult r = runMonteCarlo(s, options);
        for (const KpiStats& k : r.kpis) {
            const Kpi* kpi = base.kpi(k.id);
            QVERIFY(kpi);
            if (!kpi->value) {
                QCOMPARE(k.nulls, std::size_t(50));
                continue;
            }
            QCOMPARE(k.nulls, std::size_t(0));
            QCOMPARE(*k.p5, *kpi->value);
            QCOMPARE(*k.p95, *kpi->value);
            const KpiSpec* spec = findKpiSpec(k.id);
            if (spec->threshold.kind == KpiThreshold::Kind::None) {
                QVERIFY(!k.pGood);
                continue;
            }
            QVERIFY(k.pGood);
            const ThresholdSide side = thresholdSide(*spec, *kpi, base);
            if (side == ThresholdSide::Bad) QCOMPARE(*k.pGood, 0.0);
        }
    }

    void cancelledRunsSayPartial() {
        const Scenario s = capexUncertain();
        std::atomic<bool> cancel{true};
        MonteCarloOptions options;
        options.samples = 5000;
        options.cancel = &cancel;
        const MonteCarloResult r = runMonteCarlo(s, options);
        QVERIFY(r.cancelled);
        QVERIFY(r.kpis.empty());
    }

    void fastPathEqualsAFullEvaluationModelByModel() {
        std::mt19937 random(7);
        std::vector<Scenario> scenarios(1);
        for (int n = 0; n < 40; ++n) {
            Scenario s;
            for (const ParameterSpec& p : parameters()) {
                std::uniform_real_distribution<double> u(0, 1);
                if (p.isEnum()) s[p.param] = std::floor(u(random) * double(p.choices.size()));
                else if (p.scale == Scale::Linear || p.min <= 0) s[p.param] = p.min + u(random) * (p.max - p.min);
                else s[p.param] = p.min * std::pow(p.max / p.min, u(random));
            }
            scenarios.push_back(s);
        }
        for (const ModelSpec& model : models()) {
            std::vector<std::string> ids;
            for (const KpiSpec& k : model.kpis) ids.emplace_back(k.id);
            // As the Monte Carlo evaluates: only what is needed, no chart-only grids.
            const EvalOptions options{modelMaskFor(ids, {std::string(model.id)}), /*chartGrids=*/false};
            Results fast;
            for (const Scenario& s : scenarios) {
                const Results full = evaluate(s);
                evaluate(s, fast, options);
                for (const Kpi& k : full.kpis) {
                    if (findKpiSpec(k.id)->group != model.group) continue;
                    const Kpi* f = fast.kpi(k.id);
                    QVERIFY2(f, k.id.c_str());
                    QVERIFY2(*f == k, k.id.c_str());
                }
                const SeriesTable a = model.seriesTable(full), b = model.seriesTable(fast);
                QVERIFY2(a.rows == b.rows, model.id.data());
            }
        }
        // What the masks contain.
        const auto bit = [](ModelGroup g) { return std::uint64_t{1} << modelIndex(g); };
        QCOMPARE(modelMaskFor({"capex.npv"}, {}), bit(ModelGroup::Capex));
        QCOMPARE(modelMaskFor({"power.onsite_net_value"}, {}), bit(ModelGroup::Power) | bit(ModelGroup::Cluster));
        QCOMPARE(modelMaskFor({}, {"leverage"}), bit(ModelGroup::Leverage) | bit(ModelGroup::Cost));
        QCOMPARE(modelMaskFor({"no.such_kpi"}, {"nope"}), std::uint64_t{0});
        // A skipped model appends no KPIs.
        Results only;
        evaluate(Scenario(), only, EvalOptions{bit(ModelGroup::Capex)});
        for (const Kpi& k : only.kpis) QCOMPARE(int(findKpiSpec(k.id)->group), int(ModelGroup::Capex));
        // Without chart grids: the grids stay as they were (empty in a fresh
        // Results), everything else is the full evaluation's.
        const Results full = evaluate(Scenario());
        Results noGrids;
        evaluate(Scenario(), noGrids, EvalOptions{~std::uint64_t{0}, /*chartGrids=*/false});
        QVERIFY(!full.get<CapexResults>().roicGrid.empty());
        QVERIFY(!full.get<LeverageResults>().computeGrid.empty());
        QVERIFY(noGrids.get<CapexResults>().roicGrid.empty());
        QVERIFY(noGrids.get<CapexResults>().peAtRoic.empty());
        QVERIFY(noGrids.get<LeverageResults>().computeGrid.empty());
        QVERIFY(noGrids.get<LeverageResults>().headcountAtCompute.empty());
        QVERIFY(noGrids.kpis == full.kpis);
        QVERIFY(noGrids.notes == full.notes);
        QVERIFY(noGrids.warnings == full.warnings);
    }
};

QTEST_APPLESS_MAIN(TestMonteCarlo)
#include "test_monte_carlo.moc"
