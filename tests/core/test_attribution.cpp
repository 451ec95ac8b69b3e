// Attribution (Shapley values), MODEL.md "Analysis on top of any model":
// the bars add up to the difference, and a two-parameter case matches the
// Shapley values computed here by hand from four plain evaluations.

#include <QtTest>

#include <cmath>
#include <optional>
#include <string>

#include "analysis/Attribution.h"
#include "analysis/KpiProbe.h"
#include "models/Engine.h"
#include "params/ParameterRegistry.h"
#include "scenario/Scenario.h"
#include "scenario/Workspace.h"

using namespace leverboard;
using namespace leverboard::analysis;

namespace {

double kpiOf(const Scenario& scenario, const std::string& kpi) {
    const auto value = numericKpi(evaluate(scenario), kpi);
    if (!value) qFatal("%s is null", kpi.c_str());
    return *value;
}

double sum(const AttributionResult& result) {
    double total = 0;
    for (const auto& c : result.contributions) total += c.value;
    return total;
}

bool close(double a, double b, double relative = 1e-9) {
    return std::fabs(a - b) <= relative * std::max({1.0, std::fabs(a), std::fabs(b)});
}

const Contribution* find(const AttributionResult& result, const std::string& param) {
    for (const auto& c : result.contributions)
        if (c.param == param) return &c;
    return nullptr;
}

// Scenario B: A with the first `count` numeric parameters (after the horizon)
// moved by 10% inside their ranges.
Scenario moved(const Scenario& a, int count) {
    Scenario b = a;
    int moved = 0;
    for (const ParamId p : {ParamId::CapexGpus, ParamId::CapexGpuPrice, ParamId::CapexGpuShare,
                            ParamId::CapexPowerKw, ParamId::CapexPue, ParamId::CapexElectricityPrice,
                            ParamId::CapexUtilization, ParamId::CapexRentalPrice, ParamId::CapexOpexShare,
                            ParamId::CapexSbcShare, ParamId::CapexTaxRate, ParamId::CapexBookLife,
                            ParamId::CapexEconomicLife, ParamId::CapexWacc, ParamId::CapexGrowth}) {
        if (moved == count) break;
        b[p] = clampToRange(p, a[p] * 0.9);
        ++moved;
    }
    return b;
}

}  // namespace

class TestAttribution : public QObject {
    Q_OBJECT

private slots:
    // Base → Bear preset: one bar per differing parameter, adding up to k(B) − k(A).
    void barsAddUpToTheDifference() {
        const Workspace presets = defaultWorkspace();
        const Scenario& base = presets.scenarios.at(0);
        const Scenario& bear = presets.scenarios.at(1);
        const AttributionResult result = attribute(base, bear, "capex.npv");
        QVERIFY(result.exact);
        QCOMPARE(*result.kpiFrom, kpiOf(base, "capex.npv"));
        QCOMPARE(*result.kpiTo, kpiOf(bear, "capex.npv"));
        int differing = 0;
        for (const auto& p : parameters())
            if (base[p.param] != bear[p.param]) ++differing;
        if (base.applications != bear.applications) ++differing;
        QVERIFY(differing >= 2 && differing <= 12);
        QCOMPARE(int(result.contributions.size()), differing);
        QVERIFY(close(sum(result), *result.kpiTo - *result.kpiFrom));
        for (std::size_t i = 1; i < result.contributions.size(); ++i)
            QVERIFY(std::fabs(result.contributions[i - 1].value) >= std::fabs(result.contributions[i].value));
        for (const auto& c : result.contributions) QVERIFY(!c.stdError);
    }

    // Two players: φ_u = ½[(k(u) − k(∅)) + (k(u,r) − k(r))] and the same for r.
    void twoParametersMatchShapleyByHand() {
        const Scenario a;
        Scenario b = a;
        b[ParamId::CapexUtilization] = 0.6;
        b[ParamId::CapexRentalPrice] = 3;
        Scenario onlyU = a;
        onlyU[ParamId::CapexUtilization] = 0.6;
        Scenario onlyR = a;
        onlyR[ParamId::CapexRentalPrice] = 3;
        const double k0 = kpiOf(a, "capex.npv");
        const double ku = kpiOf(onlyU, "capex.npv");
        const double kr = kpiOf(onlyR, "capex.npv");
        const double kur = kpiOf(b, "capex.npv");
        const double phiU = 0.5 * ((ku - k0) + (kur - kr));
        const double phiR = 0.5 * ((kr - k0) + (kur - ku));
        // The NPV is not additive in the two (revenue is utilisation × price), so the
        // Shapley values differ from the one-at-a-time changes.
        QVERIFY(!close(phiU, ku - k0, 1e-6));

        const AttributionResult result = attribute(a, b, "capex.npv");
        QCOMPARE(int(result.contributions.size()), 2);
        QVERIFY(close(find(result, "capex.utilization")->value, phiU));
        QVERIFY(close(find(result, "capex.rental_price")->value, phiR));
        QVERIFY(close(sum(result), kur - k0));
    }

    // The application list is one player, "applications".
    void applicationListIsOnePlayer() {
        const Scenario a;
        Scenario b = a;
        b.applications.front().valuePerTask *= 3;
        b.applications.back().tokensPerTask *= 2;
        b[ParamId::CostFrontierDecline] = 5;
        const AttributionResult result = attribute(a, b, "cost.unlock_month.chat");
        QCOMPARE(int(result.contributions.size()), 2);
        QVERIFY(find(result, "applications") != nullptr);
        QVERIFY(find(result, "cost.frontier_decline") != nullptr);
        QVERIFY(close(sum(result), *result.kpiTo - *result.kpiFrom));
    }

    // Beyond 12 players: 2,000 seeded permutations, each adding up to the difference,
    // a standard error per bar, and the same answer on one or two threads.
    void sampledBeyondTwelve() {
        const Scenario a;
        const Scenario b = moved(a, 14);
        const AttributionResult one = attribute(a, b, "capex.npv", 1);
        QVERIFY(!one.exact);
        QCOMPARE(int(one.contributions.size()), 14);
        QVERIFY(close(sum(one), kpiOf(b, "capex.npv") - kpiOf(a, "capex.npv"), 1e-9));
        for (const auto& c : one.contributions) QVERIFY(c.stdError && *c.stdError >= 0);
        const AttributionResult two = attribute(a, b, "capex.npv", 2);
        for (std::size_t i = 0; i < one.contributions.size(); ++i) {
            QCOMPARE(one.contributions[i].param, two.contributions[i].param);
            QCOMPARE(one.contributions[i].value, two.contributions[i].value);
        }
        // Twelve is still exact.
        QVERIFY(attribute(a, moved(a, 12), "capex.npv").exact);
    }

    // A null KPI in any coalition: no bars, the null coalitions named ("" = A itself).
    void nullCoalitionsAreListedNotGuessed() {
        const Scenario a;  // no payback within the horizon: null
        Scenario b = a;
        b[ParamId::CapexRentalPrice] = 9;
        b[ParamId::CapexUtilization] = 0.9;
        QVERIFY(numericKpi(evaluate(b), "capex.payback_years").has_value());
        const AttributionResult result = attribute(a, b, "capex.payback_years");
        QVERIFY(result.contributions.empty());
        QVERIFY(result.nullCoalitionCount >= 1);
        QCOMPARE(result.nullCoalitions.front(), std::string());
        QVERIFY(result.nullCoalitions.size() <= 5);
        QVERIFY(!result.kpiFrom.has_value());
        QVERIFY(result.kpiTo.has_value());
    }

    void identicalScenariosHaveNoBars() {
        const AttributionResult result = attribute(Scenario{}, Scenario{}, "capex.npv");
        QVERIFY(result.contributions.empty());
        QCOMPARE(result.kpiFrom, result.kpiTo);
    }
};

QTEST_APPLESS_MAIN(TestAttribution)
#include "test_attribution.moc"
