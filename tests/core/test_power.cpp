// Power (MODEL.md §6): the worked check, an independent re-derivation of every
// formula, the cluster-dependent nulls and zeros, invariants over random
// scenarios and the question the page answers ("does on-site generation pay
// for a 1 GW site?") through the engine that `leverboard eval` prints.
// Expected values are computed here from MODEL.md's formulas with plain
// std::pow, never by calling the code under test.

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "models/ClusterModel.h"
#include "models/Engine.h"
#include "models/ModelRegistry.h"
#include "models/PowerModel.h"
#include "models/SeriesTables.h"
#include "params/ParameterRegistry.h"
#include "scenario/Scenario.h"

using namespace leverboard;

namespace {

struct Run {
    PowerResults results;
    std::vector<Message> notes;
    std::vector<Kpi> kpis;
};

// A cluster run with the given MFU and goodput (F = 989 TFLOP/s, the Llama 3
// 405B training compute), standing in for the cluster model.
ClusterResults clusterStub(double mfu = 0.417, double goodput = 0.9, bool feasible = true) {
    ClusterResults c;
    c.feasible = feasible;
    c.peakFlopsPerGpu = 989e12;
    c.trainingFlops = 6.0 * 4.05e11 * 1.56e13;
    c.goodput = goodput;
    if (feasible) c.mfu = mfu;
    return c;
}

Run run(const Scenario& scenario, const ClusterResults& cluster = clusterStub()) {
    Run r;
    PowerModel::evaluate(scenario, cluster, r.results, r.notes);
    PowerModel::appendKpis(r.results, r.kpis);
    return r;
}

const Kpi& kpiOf(const std::vector<Kpi>& kpis, std::string_view id) {
    for (const Kpi& k : kpis)
        if (k.id == id) return k;
    qFatal("no KPI %s", std::string(id).c_str());
}

bool close(double actual, double expected, double relTol = 1e-12) {
    return std::fabs(actual - expected) <= relTol * std::max(1.0, std::fabs(expected));
}

#define QCOMPARE_REL(actual, expected, tol)                                                   \
    QVERIFY2(close((actual), (expected), (tol)),                                              \
             qPrintable(QStringLiteral("%1 = %2, expected %3")                                 \
                            .arg(QLatin1String(#actual))                                      \
                            .arg((actual), 0, 'g', 17)                                        \
                            .arg((expected), 0, 'g', 17)))

// |actual − printed| within half a unit of the printed figure's last digit.
#define QCOMPARE_PRINTED(actual, printed, unit)                                               \
    QVERIFY2(std::fabs((actual) - (printed)) <= 0.5 * (unit),                                 \
             qPrintable(QStringLiteral("%1 = %2, MODEL.md prints %3")                          \
                            .arg(QLatin1String(#actual))                                      \
                            .arg((actual), 0, 'g', 17)                                        \
                            .arg(double(printed), 0, 'g', 17)))

double crf(double r, double n) { return r / (1.0 - std::pow(1.0 + r, -n)); }

// MODEL.md §6 transcribed for one scenario and cluster run.
struct Reference {
    double w, n, K, Kg, Kf, perGw, E, twh, share, energyCost, charge, energyShare;
    double yearsGrid, yearsOnsite, margin, netValue;
    std::optional<double> eflops, perJoule, runs;
};

Reference reference(const Scenario& s, const ClusterResults& c) {
    using P = ParamId;
    Reference x{};
    x.w = s[P::CapexPowerKw] * s[P::CapexPue];
    x.n = std::floor(s[P::PowerSiteMw] * 1000.0 / x.w + 1e-9);
    x.K = x.n * s[P::CapexGpuPrice] / s[P::CapexGpuShare];
    x.Kg = x.n * s[P::CapexGpuPrice];
    x.Kf = x.K - x.Kg;
    x.perGw = x.K / (s[P::PowerSiteMw] / 1000.0) / 1e9;
    x.E = x.n * x.w * 8760.0 * s[P::CapexUtilization] / 1000.0;
    x.twh = x.E / 1e6;
    x.share = x.twh / s[P::PowerNationalTwh];
    x.energyCost = x.E * 1000.0 * s[P::CapexElectricityPrice];
    x.charge = x.Kg * crf(s[P::CapexWacc], s[P::CapexEconomicLife]) +
               x.Kf * crf(s[P::CapexWacc], s[P::CapexFacilityLife]);
    x.energyShare = x.energyCost / (x.energyCost + x.charge);
    if (c.feasible) {
        const double sustained = x.n * c.peakFlopsPerGpu * *c.mfu * c.goodput;
        x.eflops = sustained / 1e18;
        x.perJoule = c.peakFlopsPerGpu * *c.mfu * c.goodput / (x.w * 1000.0);
        x.runs = sustained * 8760.0 * 3600.0 * s[P::CapexUtilization] / *c.trainingFlops;
    }
    x.yearsGrid = std::max({s[P::PowerGridWaitYears], s[P::PowerBuildYears], s[P::PowerChipWaitYears]});
    x.yearsOnsite = std::max({s[P::PowerOnsiteYears], s[P::PowerBuildYears], s[P::PowerChipWaitYears]});
    x.margin = x.n * 8760.0 * s[P::CapexUtilization] * s[P::CapexRentalPrice] - x.energyCost;
    x.netValue = (x.yearsGrid - x.yearsOnsite) * x.margin -
                 s[P::PowerOnsitePremium] * x.E * 1000.0 * s[P::CapexEconomicLife];
    return x;
}

double drawInRange(const ParameterSpec& p, std::mt19937_64& rng) {
    double value = 0;
    if (p.isEnum())
        return double(std::uniform_int_distribution<int>(0, int(p.choices.size()) - 1)(rng));
    if (p.scale == Scale::Log)
        value = std::exp(std::uniform_real_distribution<double>(std::log(p.min), std::log(p.max))(rng));
    else
        value = std::uniform_real_distribution<double>(p.min, p.max)(rng);
    return std::clamp(value, p.min, p.max);
}

// Every parameter drawn in its range (applications left at the default list).
Scenario randomScenario(std::mt19937_64& rng) {
    Scenario s;
    for (const ParameterSpec& p : parameters()) s[p.param] = drawInRange(p, rng);
    return s;
}

bool finite(const MaybeNumber& v) { return !v || std::isfinite(*v); }

bool hasNote(const std::vector<Message>& notes, std::string_view subject, std::string_view code) {
    return std::any_of(notes.begin(), notes.end(),
                       [&](const Message& m) { return m.subject == subject && m.code == code; });
}

const char* const kComputeKpis[] = {"power.sustained_eflops", "power.flops_per_joule", "power.runs_per_year"};

}  // namespace

class TestPower : public QObject {
    Q_OBJECT
private slots:
    // MODEL.md §6 worked check (defaults), each figure to the digits printed.
    void workedCheck() {
        const Scenario s;
        const Run r = run(s);
        const PowerResults& p = r.results;
        QCOMPARE(p.kwPerGpu, 1.75);
        QCOMPARE(p.gpus, 571428.0);
        QCOMPARE_PRINTED(p.capex / 1e9, 42.9, 0.1);       // $42.9B
        QCOMPARE_PRINTED(p.capexPerGw, 42.9, 0.1);        // $42.9bn per GW
        QVERIFY(p.capexPerGw >= 35 && p.capexPerGw <= 60);  // analysts' range
        QCOMPARE_PRINTED(p.energyTwh, 7.01, 0.01);        // 7.01 TWh a year
        QCOMPARE_PRINTED(p.nationalShare * 100, 0.17, 0.01);  // 0.17% of 4,200 TWh
        QCOMPARE_PRINTED(p.energyCost / 1e6, 561, 1);     // energy $561M a year
        QCOMPARE_PRINTED(p.capitalCharge / 1e9, 8.48, 0.01);  // capital charge $8.48B
        QCOMPARE_PRINTED(p.energyCostShare * 100, 6, 1);  // energy ≈ 6% of the yearly cost
        QCOMPARE(p.yearsGrid, 4.0);
        QCOMPARE(p.yearsOnsite, 2.0);
        QCOMPARE(kpiOf(r.kpis, "power.years_grid").value, MaybeNumber(4.0));
        QCOMPARE(kpiOf(r.kpis, "power.years_onsite").value, MaybeNumber(2.0));
        QVERIFY(r.notes.empty());
    }

    // Every KPI against the transcription above, at the defaults and at
    // random scenarios and cluster runs.
    void reDerivation() {
        std::mt19937_64 rng(20261130);
        for (int i = 0; i < 300; ++i) {
            const Scenario s = i == 0 ? Scenario() : randomScenario(rng);
            const double mfu = std::uniform_real_distribution<double>(0.05, 0.9)(rng);
            const double goodput = std::uniform_real_distribution<double>(0.01, 1.0)(rng);
            const ClusterResults c = clusterStub(mfu, goodput);
            const Reference x = reference(s, c);
            const Run r = run(s, c);
            auto value = [&](std::string_view id) { return *kpiOf(r.kpis, id).value; };
            QCOMPARE(value("power.gpus"), x.n);
            QCOMPARE_REL(value("power.capex"), x.K, 1e-12);
            QCOMPARE_REL(value("power.capex_per_gw"), x.perGw, 1e-12);
            QCOMPARE_REL(value("power.energy_twh"), x.twh, 1e-12);
            QCOMPARE_REL(value("power.national_share"), x.share, 1e-12);
            QCOMPARE_REL(value("power.energy_cost"), x.energyCost, 1e-12);
            QCOMPARE_REL(value("power.capital_charge"), x.charge, 1e-12);
            QCOMPARE_REL(value("power.energy_cost_share"), x.energyShare, 1e-12);
            QCOMPARE_REL(value("power.sustained_eflops"), *x.eflops, 1e-12);
            QCOMPARE_REL(value("power.flops_per_joule"), *x.perJoule, 1e-12);
            QCOMPARE_REL(value("power.runs_per_year"), *x.runs, 1e-12);
            QCOMPARE(value("power.years_grid"), x.yearsGrid);
            QCOMPARE(value("power.years_onsite"), x.yearsOnsite);
            QCOMPARE_REL(value("power.onsite_net_value"), x.netValue, 1e-9);
            QCOMPARE(kpiOf(r.kpis, "power.better_path").text, std::string(x.netValue > 0 ? "onsite" : "grid"));
        }
    }

    // n = ⌊site × 1000 / w + 1e-9⌋: an exact quotient does not floor one short.
    void gpusAtAnExactQuotient() {
        Scenario s;
        s[ParamId::CapexPowerKw] = 1.0;
        s[ParamId::CapexPue] = 1.25;
        s[ParamId::PowerSiteMw] = 1000;
        QCOMPARE(run(s).results.gpus, 800000.0);
        s[ParamId::CapexPowerKw] = 0.1;
        s[ParamId::CapexPue] = 1.5;
        s[ParamId::PowerSiteMw] = 30;  // 30 MW / 0.15 kW = 200,000 (199,999.99999999997 in floating point)
        QVERIFY(30 * 1000.0 / (0.1 * 1.5) < 200000.0);
        QCOMPARE(run(s).results.gpus, 200000.0);
    }

    // The three compute KPIs: null with the cluster's infeasible note when its
    // run is infeasible, 0 with a note when its goodput is 0; the rest unchanged.
    void infeasibleClusterRun() {
        const Scenario s;
        ClusterResults cluster = clusterStub(0.4, 0.9, false);
        cluster.inputs.gpus = 8;
        cluster.inputs.tensor = 8;
        cluster.inputs.pipeline = 16;
        const Run r = run(s, cluster);
        for (const char* id : kComputeKpis) {
            QVERIFY2(!kpiOf(r.kpis, id).value, id);
            // The cluster's note and arguments (N, t × p), this KPI as subject.
            const Message expected{id, std::string(kClusterInfeasibleCode), {8, 128}};
            QVERIFY2(std::find(r.notes.begin(), r.notes.end(), expected) != r.notes.end(), id);
        }
        QCOMPARE(kpiOf(r.kpis, "power.gpus").value, MaybeNumber(571428.0));
        for (const MaybeNumber& runs : r.results.runsAtSite) QVERIFY(!runs);
        QCOMPARE(r.notes.size(), std::size(kComputeKpis));
    }

    void zeroGoodput() {
        const Scenario s;
        const Run r = run(s, clusterStub(0.4, 0.0));
        for (const char* id : kComputeKpis) {
            QCOMPARE(kpiOf(r.kpis, id).value, MaybeNumber(0.0));
            QVERIFY2(hasNote(r.notes, id, "power_cluster_no_goodput"), id);
        }
        for (const MaybeNumber& runs : r.results.runsAtSite) QCOMPARE(runs, MaybeNumber(0.0));
        QCOMPARE(r.notes.size(), std::size(kComputeKpis));
    }

    // On-site net value's closed form at hand-picked numbers: one year saved
    // at a margin of n × 8760 × u × rent − energy, less the premium over the life.
    void onsiteNetValueClosedForm() {
        Scenario s;
        s[ParamId::CapexPowerKw] = 1.0;
        s[ParamId::CapexPue] = 1.0;
        s[ParamId::PowerSiteMw] = 100;  // 100,000 GPUs
        s[ParamId::CapexUtilization] = 0.5;
        s[ParamId::CapexRentalPrice] = 2;
        s[ParamId::CapexElectricityPrice] = 0.1;
        s[ParamId::CapexEconomicLife] = 5;
        s[ParamId::PowerGridWaitYears] = 3;
        s[ParamId::PowerBuildYears] = 2;
        s[ParamId::PowerChipWaitYears] = 1;
        s[ParamId::PowerOnsiteYears] = 1;
        s[ParamId::PowerOnsitePremium] = 0.05;
        const Run r = run(s);
        // E = 1e5 × 1 × 8760 × 0.5 / 1000 = 438,000 MWh; energy cost $43.8M;
        // margin = 1e5 × 4380 × 2 − 43.8M = $832.2M; years 3 against 2.
        QCOMPARE_REL(r.results.energyMwh, 438000.0, 1e-12);
        QCOMPARE_REL(r.results.grossMargin, 832.2e6, 1e-12);
        // 1 × 832.2M − 0.05 × 438e6 kWh × 5 = 832.2M − 109.5M
        QCOMPARE_REL(r.results.onsiteNetValue, 722.7e6, 1e-12);
        QCOMPARE(r.results.betterPath, std::string("onsite"));
        // No years saved: only the premium is left, so the grid wins.
        s[ParamId::PowerGridWaitYears] = 2;
        const Run same = run(s);
        QCOMPARE_REL(same.results.onsiteNetValue, -109.5e6, 1e-12);
        QCOMPARE(same.results.betterPath, std::string("grid"));
    }

    // The chart grids: site power from 10 to 20,000 MW log-spaced, each row
    // the formulas at that site; price and utilization grids over their ranges.
    void chartGridsAndSeriesTable() {
        const Scenario s;
        const ClusterResults c = clusterStub();
        const Run r = run(s, c);
        const PowerResults& p = r.results;
        QCOMPARE(int(p.siteGridMw.size()), PowerModel::kSitePoints);
        QCOMPARE(p.siteGridMw.front(), 10.0);
        QCOMPARE(p.siteGridMw.back(), 20000.0);
        for (std::size_t i = 1; i < p.siteGridMw.size(); ++i)
            QCOMPARE_REL(p.siteGridMw[i] / p.siteGridMw[i - 1], std::pow(2000.0, 1.0 / (PowerModel::kSitePoints - 1)),
                         1e-9);
        for (std::size_t i = 0; i < p.siteGridMw.size(); ++i) {
            Scenario at = s;
            at[ParamId::PowerSiteMw] = p.siteGridMw[i];
            const Reference x = reference(at, c);
            QCOMPARE(p.gpusAtSite[i], x.n);
            QCOMPARE_REL(p.capexAtSite[i], x.K, 1e-12);
            QCOMPARE_REL(p.energyTwhAtSite[i], x.twh, 1e-12);
            QCOMPARE_REL(p.energyCostAtSite[i], x.energyCost, 1e-12);
            QCOMPARE_REL(p.capitalChargeAtSite[i], x.charge, 1e-12);
            QCOMPARE_REL(*p.runsAtSite[i], *x.runs, 1e-12);
        }
        QCOMPARE(int(p.priceGrid.size()), PowerModel::kPricePoints);
        QCOMPARE(p.priceGrid.front(), 0.01);
        QCOMPARE(p.priceGrid.back(), 0.5);
        for (std::size_t i = 0; i < p.priceGrid.size(); ++i) {
            Scenario at = s;
            at[ParamId::CapexElectricityPrice] = p.priceGrid[i];
            QCOMPARE_REL(p.energyCostAtPrice[i], reference(at, c).energyCost, 1e-12);
        }
        QCOMPARE(int(p.utilizationGrid.size()), PowerModel::kUtilizationPoints);
        QCOMPARE(p.utilizationGrid.front(), 0.05);
        QCOMPARE(p.utilizationGrid.back(), 1.0);
        for (std::size_t i = 0; i < p.utilizationGrid.size(); ++i) {
            Scenario at = s;
            at[ParamId::CapexUtilization] = p.utilizationGrid[i];
            QCOMPARE_REL(p.energyShareAtUtilization[i], reference(at, c).energyShare, 1e-12);
        }

        // The series table is the site grid, one row per site power.
        Results results = evaluate(s);
        const SeriesTable table = seriesTable(results, *findModel("power"));
        QCOMPARE(table.columns, (std::vector<std::string>{"site_mw", "gpus", "capex", "capex_per_gw", "energy_twh",
                                                          "energy_cost", "capital_charge", "runs_per_year"}));
        QCOMPARE(int(table.rows.size()), PowerModel::kSitePoints);
        const PowerResults& engine = results.get<PowerResults>();
        for (std::size_t i = 0; i < table.rows.size(); ++i) {
            QCOMPARE(table.rows[i].size(), table.columns.size());
            QCOMPARE(*table.rows[i][0], engine.siteGridMw[i]);
            QCOMPARE(*table.rows[i][1], engine.gpusAtSite[i]);
            QCOMPARE_REL(*table.rows[i][3], engine.capexAtSite[i] / engine.siteGridMw[i] / 1e6, 1e-12);
        }
    }

    // ≥ 1,000 random scenarios through the whole engine (the cluster model's
    // real MFU and goodput): energy share in (0, 1), no NaN or infinity, GPUs
    // monotone in site power, nulls and zeros exactly as the cluster run says.
    void invariantsOverRandomScenarios() {
        std::mt19937_64 rng(11);
        Results results;
        int infeasible = 0;
        int zeroGoodput = 0;
        for (int i = 0; i < 1500; ++i) {
            Scenario s = randomScenario(rng);
            // Some infeasible runs and some with goodput 0 among them.
            if (i % 10 == 1) {  // fewer GPUs than one replica
                s[ParamId::ClusterGpus] = 8;
                s[ParamId::ClusterPipelineParallel] = 64;
            }
            if (i % 10 == 2) {  // failures faster than checkpoints can save work
                s[ParamId::ClusterGpuMtbfHours] = 1000;
                s[ParamId::ClusterGpus] = 2e6;
                s[ParamId::ClusterRestartMinutes] = 600;
            }
            evaluate(s, results);
            const PowerResults& p = results.get<PowerResults>();
            const ClusterResults& c = results.get<ClusterResults>();
            QVERIFY2(p.energyCostShare > 0 && p.energyCostShare < 1, qPrintable(QString::number(i)));
            for (double share : p.energyShareAtUtilization) QVERIFY(share > 0 && share < 1);
            for (const Kpi& k : results.kpis) {
                if (k.id.rfind("power.", 0) != 0) continue;
                QVERIFY2(finite(k.value), k.id.c_str());
            }
            for (double v : {p.gpus, p.capex, p.capexPerGw, p.energyTwh, p.energyCost, p.capitalCharge,
                             p.onsiteNetValue, p.grossMargin})
                QVERIFY(std::isfinite(v));
            QVERIFY(p.gpus >= 1);
            for (std::size_t k = 1; k < p.gpusAtSite.size(); ++k) {
                QVERIFY(p.gpusAtSite[k] >= p.gpusAtSite[k - 1]);
                QVERIFY(p.capexAtSite[k] >= p.capexAtSite[k - 1]);
                QVERIFY(finite(p.runsAtSite[k]));
            }
            // The scenario's GPUs against a bigger site.
            Scenario bigger = s;
            bigger[ParamId::PowerSiteMw] = std::min(spec(ParamId::PowerSiteMw).max, s[ParamId::PowerSiteMw] * 1.37);
            QVERIFY(run(bigger, c).results.gpus >= p.gpus);

            const MaybeNumber eflops = results.kpi("power.sustained_eflops")->value;
            if (!c.feasible) {
                ++infeasible;
                for (const char* id : kComputeKpis) QVERIFY(!results.kpi(id)->value);
            } else if (c.goodput == 0) {
                ++zeroGoodput;
                for (const char* id : kComputeKpis) QCOMPARE(results.kpi(id)->value, MaybeNumber(0.0));
            } else {
                QVERIFY(eflops && *eflops > 0);
            }
            const std::string& path = results.kpi("power.better_path")->text;
            QVERIFY(path == "onsite" || path == "grid");
            QCOMPARE(path == "onsite", *results.kpi("power.onsite_net_value")->value > 0);
        }
        QVERIFY(infeasible > 50);
        QVERIFY(zeroGoodput > 50);
    }

    // The Power page's question, as `leverboard eval` answers it (the engine's
    // KPIs): does on-site generation pay for a 1 GW site? At the defaults it
    // saves two years of margin on 571,428 GPUs, worth far more than the
    // premium: on-site.
    void doesOnsiteGenerationPayForAOneGigawattSite() {
        Scenario s;
        QCOMPARE(s[ParamId::PowerSiteMw], 1000.0);
        const Results results = evaluate(s);
        const Kpi* path = results.kpi("power.better_path");
        QVERIFY(path);
        QCOMPARE(path->text, std::string("onsite"));
        // 2 × (571,428 × 8760 × 0.8 × 4.5 − energy) − 0.04 × E × 1000 × 4
        const double n = 571428, e = n * 1.75 * 8760 * 0.8 / 1000;
        const double expected = 2 * (n * 8760 * 0.8 * 4.5 - e * 1000 * 0.08) - 0.04 * e * 1000 * 4;
        QCOMPARE_REL(*results.kpi("power.onsite_net_value")->value, expected, 1e-12);
        QVERIFY(expected > 33e9 && expected < 34e9);  // ≈ $33.8bn
        // If generation took as long as the grid, it would not pay.
        s[ParamId::PowerOnsiteYears] = 4;
        const Results same = evaluate(s);
        QCOMPARE(same.kpi("power.better_path")->text, std::string("grid"));
        QVERIFY(*same.kpi("power.onsite_net_value")->value < 0);
    }
};

QTEST_MAIN(TestPower)
#include "test_power.moc"
