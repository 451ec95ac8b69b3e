// The two-parameter map, MODEL.md "Analysis on top of any model": every cell
// re-evaluates, the axes include both ends and follow the parameters' scales.

#include <QtTest>

#include <cmath>
#include <optional>
#include <string>

#include "analysis/KpiProbe.h"
#include "analysis/ParameterMap.h"
#include "models/Engine.h"
#include "params/ParameterRegistry.h"
#include "scenario/Scenario.h"

using namespace leverboard;
using namespace leverboard::analysis;

class TestParameterMap : public QObject {
    Q_OBJECT

private slots:
    void cellsReevaluate() {
        Scenario scenario;
        scenario[ParamId::CapexWacc] = 0.07;
        MapOptions options;
        options.size = 9;
        const auto result = parameterMap(scenario, "capex.npv", ParamId::CapexUtilization,
                                         ParamId::CapexRentalPrice, options);
        QCOMPARE(result.xs.size(), std::size_t(9));
        QCOMPARE(result.ys.size(), std::size_t(9));
        QCOMPARE(result.values.size(), std::size_t(81));
        QCOMPARE(result.scenarioX, 0.8);
        QCOMPARE(result.scenarioY, 4.5);
        for (std::size_t iy = 0; iy < result.ys.size(); ++iy)
            for (std::size_t ix = 0; ix < result.xs.size(); ++ix) {
                Scenario probe = scenario;
                probe[ParamId::CapexUtilization] = result.xs[ix];
                probe[ParamId::CapexRentalPrice] = result.ys[iy];
                const std::size_t cell = iy * result.xs.size() + ix;
                QCOMPARE(result.values[cell], numericKpi(evaluate(probe), "capex.npv"));
                QCOMPARE(*result.thresholds[cell], 0.0);
                QVERIFY(result.sideAt(cell) == (*result.values[cell] >= 0 ? ThresholdSide::Good : ThresholdSide::Bad));
            }
        // Both sides of NPV = 0 appear on the default ranges.
        bool good = false, bad = false;
        for (std::size_t c = 0; c < result.values.size(); ++c) {
            good |= result.sideAt(c) == ThresholdSide::Good;
            bad |= result.sideAt(c) == ThresholdSide::Bad;
        }
        QVERIFY(good && bad);
    }

    // Both ends included; evenly spaced on the axis scale (log10 for log parameters).
    void axesIncludeBothEndsAndFollowTheScale() {
        for (const ParamId p : {ParamId::CapexUtilization, ParamId::CapexGpuPrice, ParamId::LevComputePerPerson}) {
            const ParameterSpec& s = spec(p);
            const auto axis = mapAxis(p, 64);
            QCOMPARE(axis.size(), std::size_t(64));
            QCOMPARE(axis.front(), s.min);
            QCOMPARE(axis.back(), s.max);
            const auto position = [&](double v) {
                return s.scale == Scale::Log          ? std::log10(v)
                       : s.scale == Scale::LogOnePlus ? std::log10(1 + v)
                                                      : v;
            };
            const double step = (position(s.max) - position(s.min)) / 63;
            for (std::size_t i = 1; i < axis.size(); ++i)
                QVERIFY(std::fabs(position(axis[i]) - position(axis[i - 1]) - step) < 1e-9 * std::fabs(step) + 1e-12);
        }
        QVERIFY(spec(ParamId::CapexGpuPrice).scale == Scale::Log);
        // A log axis: equal ratios.
        const auto prices = mapAxis(ParamId::CapexGpuPrice, 5);
        QVERIFY(std::fabs(prices[1] / prices[0] - std::pow(200.0, 0.25)) < 1e-9);
    }

    // A whole-number axis with at most `size` values uses its integers.
    void wholeNumberAxesUseTheirIntegers() {
        const ParameterSpec& s = spec(ParamId::ClusterInterleave);  // 1–16
        QVERIFY(s.wholeNumber);
        const auto axis = mapAxis(ParamId::ClusterInterleave, 64);
        QCOMPARE(axis.size(), std::size_t(16));
        for (std::size_t i = 0; i < axis.size(); ++i) QCOMPARE(axis[i], double(i + 1));
        QCOMPARE(mapAxis(ParamId::ClusterInterleave, 8).size(), std::size_t(8));
    }

    // A threshold that is an axis (ROIC against the WACC) is evaluated per cell.
    void thresholdPerCell() {
        MapOptions options;
        options.size = 6;
        const auto result = parameterMap(Scenario{}, "capex.roic_book", ParamId::CapexWacc,
                                         ParamId::CapexRentalPrice, options);
        for (std::size_t cell = 0; cell < result.values.size(); ++cell)
            QCOMPARE(*result.thresholds[cell], result.xs[cell % result.xs.size()]);
    }

    // Text KPIs are categorical: each cell's text re-evaluates.
    void textKpiCells() {
        MapOptions options;
        options.size = 5;
        const auto result = parameterMap(Scenario{}, "chips.best", ParamId::ChipsShiftHazard,
                                         ParamId::ChipsAsicPerfPerDollar, options);
        QVERIFY(result.textKpi);
        QCOMPARE(result.texts.size(), std::size_t(25));
        for (std::size_t cell = 0; cell < result.texts.size(); ++cell) {
            Scenario probe;
            probe[ParamId::ChipsShiftHazard] = result.xs[cell % 5];
            probe[ParamId::ChipsAsicPerfPerDollar] = result.ys[cell / 5];
            QCOMPARE(result.texts[cell], evaluate(probe).kpi("chips.best")->text);
            QVERIFY(!result.values[cell]);
            QVERIFY(result.sideAt(cell) == ThresholdSide::None);
        }
    }

    void sameOnOneOrTwoThreads() {
        MapOptions one;
        one.size = 12;
        one.threads = 1;
        MapOptions two = one;
        two.threads = 2;
        const auto a = parameterMap(Scenario{}, "cluster.days", ParamId::ClusterGpus, ParamId::ClusterNetworkGbps, one);
        const auto b = parameterMap(Scenario{}, "cluster.days", ParamId::ClusterGpus, ParamId::ClusterNetworkGbps, two);
        QVERIFY(a.values == b.values);
    }
};

QTEST_APPLESS_MAIN(TestParameterMap)
#include "test_parameter_map.moc"
