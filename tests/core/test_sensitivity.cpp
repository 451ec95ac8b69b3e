// Sensitivity (tornado), MODEL.md "Analysis on top of any model": every bar is
// checked against plain evaluations of the scenario with one parameter moved.

#include <QtTest>

#include <atomic>
#include <cmath>
#include <optional>
#include <string>

#include "analysis/KpiProbe.h"
#include "analysis/Sampling.h"
#include "analysis/Sensitivity.h"
#include "models/Engine.h"
#include "params/ParameterRegistry.h"
#include "scenario/Scenario.h"

using namespace leverboard;
using namespace leverboard::analysis;

namespace {

std::optional<double> kpiWith(Scenario scenario, ParamId param, double value, const std::string& kpi) {
    scenario[param] = value;
    return numericKpi(evaluate(scenario), kpi);
}

const SensitivityBar& barOf(const SensitivityResult& result, ParamId param) {
    for (const auto& bar : result.bars)
        if (bar.param == param) return bar;
    qFatal("no bar for %s", std::string(spec(param).id).c_str());
}

int registryIndex(ParamId param) { return static_cast<int>(param); }

}  // namespace

class TestSensitivity : public QObject {
    Q_OBJECT

private slots:
    // Every analysable parameter has one bar, and its two ends re-evaluate to the bar's KPI values.
    void endsReevaluateToTheBarsNumbers() {
        const Scenario scenario;
        const SensitivityResult result = sensitivity(scenario, "capex.npv");
        QCOMPARE(result.bars.size(), analysableParameters().size());
        QCOMPARE(result.value, numericKpi(evaluate(scenario), "capex.npv"));
        for (const auto& bar : result.bars) {
            QCOMPARE(bar.kpiLow, kpiWith(scenario, bar.param, bar.low, "capex.npv"));
            QCOMPARE(bar.kpiHigh, kpiWith(scenario, bar.param, bar.high, "capex.npv"));
            QVERIFY(bar.swing.has_value());
            QCOMPARE(*bar.swing, std::fabs(*bar.kpiHigh - *bar.kpiLow));
            QVERIFY(bar.low <= bar.high);
        }
        for (const auto& bar : result.bars) QVERIFY(bar.param != ParamId::CostLaw);
    }

    // v × (1 ∓ β), clipped to the range; whole numbers rounded as evaluate does (8 ± 20% → 6, 10).
    void bandEndsFollowTheRule() {
        Scenario scenario;
        SensitivityOptions options;
        options.band = 0.2;
        const SensitivityResult result = sensitivity(scenario, "capex.npv", options);
        const SensitivityBar& utilization = barOf(result, ParamId::CapexUtilization);
        QCOMPARE(utilization.low, 0.8 * 0.8);
        QCOMPARE(utilization.high, 0.8 * 1.2);
        const SensitivityBar& distribution = barOf(result, ParamId::LevDistribution);  // 0.9 × 1.2 > 1
        QCOMPARE(distribution.low, 0.9 * 0.8);
        QCOMPARE(distribution.high, 1.0);
        const SensitivityBar& tensor = barOf(result, ParamId::ClusterTensorParallel);
        QCOMPARE(scenario[ParamId::ClusterTensorParallel], 8.0);
        QCOMPARE(tensor.low, 6.0);
        QCOMPARE(tensor.high, 10.0);

        options.band = 0.5;
        const SensitivityResult wide = sensitivity(scenario, "capex.npv", options);
        QCOMPARE(barOf(wide, ParamId::CapexWacc).low, 0.09 * 0.5);
        QCOMPARE(barOf(wide, ParamId::CapexWacc).high, 0.09 * 1.5);
    }

    // v = 0: ± β × (max − min), clipped (capex.extra_price_decline is 0 by default, range 0–0.9).
    void zeroValueUsesTheRange() {
        const Scenario scenario;
        QCOMPARE(scenario[ParamId::CapexExtraPriceDecline], 0.0);
        const SensitivityResult result = sensitivity(scenario, "capex.npv");
        const SensitivityBar& bar = barOf(result, ParamId::CapexExtraPriceDecline);
        QCOMPARE(bar.low, 0.0);
        QCOMPARE(bar.high, 0.2 * 0.9);
        QVERIFY(*bar.swing > 0);
    }

    // Largest swing first; equal swings (here the many zero swings of parameters
    // capex.npv does not read) in registry order.
    void sortedBySwingThenRegistryOrder() {
        const SensitivityResult result = sensitivity(Scenario{}, "capex.npv");
        int zeroSwings = 0;
        for (std::size_t i = 1; i < result.bars.size(); ++i) {
            const auto& a = result.bars[i - 1];
            const auto& b = result.bars[i];
            QVERIFY(*a.swing >= *b.swing);
            if (*a.swing == *b.swing) {
                QVERIFY(registryIndex(a.param) < registryIndex(b.param));
                ++zeroSwings;
            }
        }
        QVERIFY(zeroSwings > 10);  // lev.*, life.*, cluster.* do not move the NPV
        QVERIFY(*result.bars.front().swing > 0);
    }

    // A bar with a null end comes after every bar with a swing and names the null end.
    void nullEndsGoLast() {
        Scenario scenario;
        scenario[ParamId::CapexRentalPrice] = 6;  // payback inside the horizon, just
        const std::string kpi = "capex.payback_years";
        QVERIFY(numericKpi(evaluate(scenario), kpi).has_value());
        const SensitivityResult result = sensitivity(scenario, kpi);
        bool seenNull = false;
        int nulls = 0;
        for (const auto& bar : result.bars) {
            if (!bar.swing) {
                seenNull = true;
                ++nulls;
                QVERIFY(!bar.kpiLow || !bar.kpiHigh);
                QCOMPARE(bar.kpiLow, kpiWith(scenario, bar.param, bar.low, kpi));
                QCOMPARE(bar.kpiHigh, kpiWith(scenario, bar.param, bar.high, kpi));
            } else {
                QVERIFY2(!seenNull, "a bar with a swing after a null one");
            }
        }
        QVERIFY(nulls > 0);
        // The rental price's low end (4.8 $/h) is null: no payback within the horizon.
        const SensitivityBar& rental = barOf(result, ParamId::CapexRentalPrice);
        QVERIFY(!rental.kpiLow.has_value());
        QVERIFY(rental.kpiHigh.has_value());
    }

    void sameAnswerOnOneOrTwoThreads() {
        SensitivityOptions one;
        one.threads = 1;
        SensitivityOptions two;
        two.threads = 2;
        const auto a = sensitivity(Scenario{}, "cluster.days", one);
        const auto b = sensitivity(Scenario{}, "cluster.days", two);
        QCOMPARE(a.bars.size(), b.bars.size());
        for (std::size_t i = 0; i < a.bars.size(); ++i) {
            QVERIFY(a.bars[i].param == b.bars[i].param);
            QCOMPARE(a.bars[i].kpiLow, b.bars[i].kpiLow);
            QCOMPARE(a.bars[i].kpiHigh, b.bars[i].kpiHigh);
        }
    }

    void badKpiAndCancelGiveNoBars() {
        QVERIFY(sensitivity(Scenario{}, "capex.npx").bars.empty());
        QVERIFY(sensitivity(Scenario{}, "chips.best").bars.empty());
        std::atomic<bool> cancel{true};
        SensitivityOptions options;
        options.cancel = &cancel;
        const auto result = sensitivity(Scenario{}, "capex.npv", options);
        QVERIFY(result.cancelled);
        QVERIFY(result.bars.empty());
    }

    // With "use distributions", a parameter with a distribution uses its P10–P90:
    // uniform(0.5, 0.9) inside the range 0.05–1 gives 0.54 and 0.86.
    void distributionsGiveTheirP10P90() {
        Scenario scenario;
        scenario.uncertainty.set(ParamId::CapexUtilization, {DistributionKind::Uniform, 0.5, 0.9, 0});
        SensitivityOptions options;
        options.useDistributions = true;
        const SensitivityResult result = sensitivity(scenario, "capex.npv", options);
        const SensitivityBar& bar = barOf(result, ParamId::CapexUtilization);
        QVERIFY(bar.fromDistribution);
        QVERIFY(std::fabs(bar.low - 0.54) < 1e-12);
        QVERIFY(std::fabs(bar.high - 0.86) < 1e-12);
        QCOMPARE(bar.kpiLow, kpiWith(scenario, bar.param, bar.low, "capex.npv"));
        QVERIFY(!barOf(result, ParamId::CapexWacc).fromDistribution);
        // Off by default: the ±20% band.
        QCOMPARE(barOf(sensitivity(scenario, "capex.npv"), ParamId::CapexUtilization).high, 0.8 * 1.2);
    }
};

QTEST_APPLESS_MAIN(TestSensitivity)
#include "test_sensitivity.moc"
