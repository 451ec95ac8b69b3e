// Goal seek, MODEL.md "Analysis on top of any model": each answer is checked
// against plain evaluations of the scenario with the parameter set to it.

#include <QtTest>

#include <cmath>
#include <optional>
#include <string>

#include "analysis/GoalSeek.h"
#include "analysis/KpiProbe.h"
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

}  // namespace

class TestGoalSeek : public QObject {
    Q_OBJECT

private slots:
    // IRR = 9% over the economic life: the root re-evaluates to the target within 1e-6.
    void rootReevaluatesToTheTarget() {
        const Scenario scenario;
        const GoalSeekResult result = goalSeek(scenario, "capex.irr", 0.09, ParamId::CapexEconomicLife);
        QVERIFY2(result.solved, result.message.c_str());
        QVERIFY(result.param == ParamId::CapexEconomicLife);
        QVERIFY(result.value > 4 && result.value < 6);
        const auto k = kpiWith(scenario, ParamId::CapexEconomicLife, result.value, "capex.irr");
        QCOMPARE(result.kpiValue, k);
        QVERIFY(std::fabs(*k - 0.09) <= 1e-6);
        QVERIFY(result.message.empty());
    }

    // NPV = 0 over utilisation (dollars, target 0): the root is within a millionth
    // of the KPI's change over the range, and both sides of it straddle zero.
    void npvZeroOverUtilisation() {
        const Scenario scenario;
        const GoalSeekResult result = goalSeek(scenario, "capex.npv", 0, ParamId::CapexUtilization);
        QVERIFY2(result.solved, result.message.c_str());
        const double span = std::fabs(*kpiWith(scenario, ParamId::CapexUtilization, 1, "capex.npv") -
                                      *kpiWith(scenario, ParamId::CapexUtilization, 0.05, "capex.npv"));
        const auto k = kpiWith(scenario, ParamId::CapexUtilization, result.value, "capex.npv");
        QCOMPARE(result.kpiValue, k);
        QVERIFY(std::fabs(*k) <= 1e-6 * span);
        QVERIFY(*kpiWith(scenario, ParamId::CapexUtilization, result.value - 1e-4, "capex.npv") < 0);
        QVERIFY(*kpiWith(scenario, ParamId::CapexUtilization, result.value + 1e-4, "capex.npv") > 0);
    }

    // Training days are U-shaped in the cluster size (fastest near 77k GPUs): 60 days
    // is reached twice; the answer is the root nearest the current value (log axis),
    // a whole number at the crossing (the integers either side are tested).
    void nearestRootAndWholeNumbers() {
        Scenario scenario;  // 16,384 GPUs: 72 days
        const GoalSeekResult low = goalSeek(scenario, "cluster.days", 60, ParamId::ClusterGpus);
        QVERIFY2(low.solved, low.message.c_str());
        QVERIFY(low.value > 16384 && low.value < 76928);
        scenario[ParamId::ClusterGpus] = 1e6;
        const GoalSeekResult high = goalSeek(scenario, "cluster.days", 60, ParamId::ClusterGpus);
        QVERIFY2(high.solved, high.message.c_str());
        QVERIFY(high.value > 76928);

        for (const GoalSeekResult* r : {&low, &high}) {
            QCOMPARE(r->value, std::floor(r->value));
            const auto at = kpiWith(scenario, ParamId::ClusterGpus, r->value, "cluster.days");
            QCOMPARE(r->kpiValue, at);
            const double below = *kpiWith(scenario, ParamId::ClusterGpus, r->value - 1, "cluster.days") - 60;
            const double here = *at - 60;
            const double above = *kpiWith(scenario, ParamId::ClusterGpus, r->value + 1, "cluster.days") - 60;
            // The crossing is between this integer and one neighbour, and this one is the closer to 60.
            const bool crossesBelow = (below < 0) != (here < 0);
            const bool crossesAbove = (above < 0) != (here < 0);
            QVERIFY(crossesBelow || crossesAbove);
            QVERIFY(std::fabs(here) <= std::fabs(crossesBelow ? below : above));
        }
    }

    // No utilisation reaches an NPV of $1e12: the message, and the closest sample (the top end).
    void noSolutionGivesTheMessageAndTheClosestPoint() {
        const Scenario scenario;
        const GoalSeekResult result = goalSeek(scenario, "capex.npv", 1e12, ParamId::CapexUtilization);
        QVERIFY(!result.solved);
        QCOMPARE(result.message, std::string("no value of capex.utilization in [0.05, 1] reaches capex.npv = 1e+12"));
        QCOMPARE(result.closestValue, std::optional<double>(1.0));
        QCOMPARE(result.closestKpi, kpiWith(scenario, ParamId::CapexUtilization, 1.0, "capex.npv"));
    }

    // The required headcount is a whole number: it steps from 2 to 3 as the target
    // work grows, so 2.5 is a sign change that bisects to a jump, not a root. The
    // closest samples are 0.5 away.
    void aJumpIsNotARoot() {
        const Scenario scenario;
        const GoalSeekResult result = goalSeek(scenario, "lev.required_headcount", 2.5, ParamId::LevTargetWork);
        QVERIFY(!result.solved);
        QCOMPARE(result.message, std::string("no value of lev.target_work in [0.1, 1000] reaches lev.required_headcount = 2.5"));
        QVERIFY(result.closestKpi.has_value());
        QCOMPARE(std::fabs(*result.closestKpi - 2.5), 0.5);
        QCOMPARE(result.closestKpi, kpiWith(scenario, ParamId::LevTargetWork, *result.closestValue, "lev.required_headcount"));
        // 3 is a value it takes: that one is a root.
        const GoalSeekResult three = goalSeek(scenario, "lev.required_headcount", 3, ParamId::LevTargetWork);
        QVERIFY(three.solved);
        QCOMPARE(*three.kpiValue, 3.0);
    }

    void badInputIsNamed() {
        const Scenario scenario;
        QCOMPARE(goalSeek(scenario, "capex.npx", 0, ParamId::CapexUtilization).message,
                 std::string("unknown KPI 'capex.npx'"));
        QCOMPARE(goalSeek(scenario, "chips.best", 0, ParamId::CapexUtilization).message,
                 std::string("'chips.best' is a text KPI: pick a numeric one"));
        QCOMPARE(goalSeek(scenario, "capex.npv", 0, ParamId::CostLaw).message,
                 std::string("'cost.law' is a choice, not a number"));
    }
};

QTEST_APPLESS_MAIN(TestGoalSeek)
#include "test_goal_seek.moc"
