// Cost curves (MODEL.md §1): the frontier and hardware indices, the price
// path, application unlock months and the KPIs. Expected values come from the
// formulas evaluated here with plain std::pow / std::log.

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "models/CostCurveModel.h"
#include "scenario/Scenario.h"

using namespace leverboard;

namespace {

bool close(double actual, double expected, double relTol = 1e-10) {
    return std::fabs(actual - expected) <= relTol * std::max(1.0, std::fabs(expected));
}

#define QVERIFY_CLOSE(actual, expected)                                                        \
    QVERIFY2(close((actual), (expected)),                                                      \
             qPrintable(QString("%1 = %2, expected %3")                                        \
                            .arg(#actual)                                                      \
                            .arg((actual), 0, 'g', 17)                                         \
                            .arg((expected), 0, 'g', 17)))

// If(t) straight from MODEL.md with std::pow, exponential law.
double naiveExponentialIndex(double t, double frontierDecline, double tc, double commodityDecline) {
    if (t <= tc) return std::pow(frontierDecline, -t / 12);
    return std::pow(frontierDecline, -tc / 12) * std::pow(commodityDecline, -(t - tc) / 12);
}

// If(t) straight from MODEL.md with std::pow, Wright's law.
double naiveWrightIndex(double t, double learningRate, double volumeGrowth, double tc,
                        double commodityDecline) {
    const double b = -std::log2(1 - learningRate);
    auto frontier = [&](double m) { return std::pow(std::pow(volumeGrowth, m / 12), -b); };
    if (t <= tc) return frontier(t);
    return frontier(tc) * std::pow(commodityDecline, -(t - tc) / 12);
}

struct Evaluated {
    CostResults results;
    std::vector<Message> notes;
};

Evaluated evaluateCost(const Scenario& scenario) {
    Evaluated e;
    CostCurveModel::evaluate(scenario, CostCurve(scenario), e.results, e.notes);
    return e;
}

const ApplicationCurve& app(const CostResults& results, const std::string& id) {
    for (const auto& a : results.applications)
        if (a.id == id) return a;
    qFatal("no application %s", id.c_str());
}

}  // namespace

class TestCostCurve : public QObject {
    Q_OBJECT

private slots:
    void frontierIndexAtCommoditizeExponential() {
        const Scenario s;
        const CostCurve curve(s);
        QCOMPARE(curve.frontierIndex(0), 1.0);
        QCOMPARE(curve.commoditizeMonth(), 18.0);
        QVERIFY_CLOSE(curve.frontierIndex(18), std::pow(7.0, -18.0 / 12));
        for (double t : {0.5, 6.0, 12.0, 17.9, 18.1, 24.0, 37.5, 60.0})
            QVERIFY_CLOSE(curve.frontierIndex(t), naiveExponentialIndex(t, 7, 18, 40));
        QVERIFY_CLOSE(curve.price(12), 10.0 / 7.0);
    }

    void frontierIndexWright() {
        Scenario s;
        s[ParamId::CostLaw] = double(CostLaw::Wright);
        s[ParamId::CostLearningRate] = 0.2;
        s[ParamId::CostVolumeGrowth] = 8;
        s[ParamId::CostCommoditizeMonths] = 24;
        const CostCurve curve(s);
        // 20% cheaper per doubling, volume 8× a year (3 doublings): 0.8^3 a year.
        QVERIFY_CLOSE(curve.frontierIndex(12), 0.512);
        QVERIFY_CLOSE(curve.frontierIndex(24), std::pow(0.8, 6));
        for (double t : {3.0, 23.0, 24.5, 30.0, 60.0})
            QVERIFY_CLOSE(curve.frontierIndex(t), naiveWrightIndex(t, 0.2, 8, 24, 40));
        // The frontier decline parameter plays no part under Wright's law.
        s[ParamId::CostFrontierDecline] = 50;
        QVERIFY_CLOSE(CostCurve(s).frontierIndex(24), std::pow(0.8, 6));
    }

    void continuousAtTheKink() {
        for (double law : {0.0, 1.0}) {
            Scenario s;
            s[ParamId::CostLaw] = law;
            s[ParamId::CostCommodityDecline] = 900;
            const CostCurve curve(s);
            const double kink = curve.frontierIndex(18);
            QVERIFY(std::fabs(curve.frontierIndex(18 - 1e-9) - kink) < 1e-9 * kink);
            QVERIFY(std::fabs(curve.frontierIndex(18 + 1e-9) - kink) < 1e-8 * kink);
            // After the kink the commodity decline takes over: one year later, 900× lower.
            QVERIFY_CLOSE(curve.frontierIndex(30), kink / 900);
        }
    }

    void hardwareIndexHalvesEveryDoublingTime() {
        Scenario s;
        QVERIFY_CLOSE(CostCurve(s).hardwareIndex(30), 0.5);
        QVERIFY_CLOSE(CostCurve(s).hardwareIndex(60), 0.25);
        QCOMPARE(CostCurve(s).hardwareIndex(0), 1.0);
        s[ParamId::CostHwDoublingYears] = 1;
        QVERIFY_CLOSE(CostCurve(s).hardwareIndex(18), std::pow(2.0, -1.5));
    }

    void seriesAndPriceKpis() {
        const auto e = evaluateCost(Scenario{});
        const auto& r = e.results;
        QCOMPARE(r.month.size(), std::size_t(61));
        QCOMPARE(r.price.size(), std::size_t(61));
        QCOMPARE(r.frontierIndex.size(), std::size_t(61));
        QCOMPARE(r.hardwareIndex.size(), std::size_t(61));
        for (std::size_t i = 0; i <= 60; ++i) {
            const double t = double(i);
            QCOMPARE(r.month[i], t);
            QVERIFY_CLOSE(r.frontierIndex[i], naiveExponentialIndex(t, 7, 18, 40));
            QVERIFY_CLOSE(r.price[i], 10 * naiveExponentialIndex(t, 7, 18, 40));
            QVERIFY_CLOSE(r.hardwareIndex[i], std::pow(2.0, -t / 30));
        }
        QCOMPARE(r.commoditizeMonth, 18.0);
        QVERIFY_CLOSE(r.priceAtCommoditize, 10 * std::pow(7.0, -1.5));
        QVERIFY_CLOSE(r.price1y, 10.0 / 7);
        const double priceAt60 = 10 * std::pow(7.0, -1.5) * std::pow(40.0, -42.0 / 12);
        QVERIFY_CLOSE(r.priceHorizon, priceAt60);
        QVERIFY_CLOSE(r.totalDecline, 10 / priceAt60);
    }

    void unlockMonthsOfDefaultApplications() {
        const auto e = evaluateCost(Scenario{});
        QVERIFY(e.notes.empty());
        const double ln7 = std::log(7.0), ln40 = std::log(40.0);
        // Months until cost per task falls to the threshold, by hand: the
        // needed fall f = (10 × tokens) / (0.1 × value) is reached at
        // 12 ln f / ln 7 if that is before month 18, otherwise the rest of it
        // (f / 7^1.5) at 40× a year after month 18.
        struct Case {
            const char* id;
            double neededFall;
        };
        for (const Case& c : {Case{"chat", 0.02 / 0.005}, Case{"review", 0.5 / 0.2},
                              Case{"agent", 50.0 / 2}, Case{"worker", 2000.0 / 20}}) {
            const double beforeKink = 12 * std::log(c.neededFall) / ln7;
            const double expected = beforeKink <= 18
                                        ? beforeKink
                                        : 18 + 12 * (std::log(c.neededFall) - 1.5 * ln7) / ln40;
            const auto& a = app(e.results, c.id);
            QVERIFY2(a.unlockMonth.has_value(), c.id);
            QVERIFY_CLOSE(*a.unlockMonth, expected);
            // At the unlock month the cost per task (std::pow path) equals the threshold.
            const double cost = 10 * naiveExponentialIndex(*a.unlockMonth, 7, 18, 40) * a.tokensPerTask;
            QVERIFY_CLOSE(cost, a.threshold);
        }
        // Worked numbers: chat 12·ln4/ln7, agent and worker after the kink.
        QVERIFY(std::fabs(*app(e.results, "chat").unlockMonth - 8.549) < 1e-3);
        QVERIFY(std::fabs(*app(e.results, "review").unlockMonth - 5.651) < 1e-3);
        QVERIFY(std::fabs(*app(e.results, "agent").unlockMonth - 18.976) < 1e-3);
        QVERIFY(std::fabs(*app(e.results, "worker").unlockMonth - 23.486) < 1e-3);
    }

    void applicationCurves() {
        const auto e = evaluateCost(Scenario{});
        QCOMPARE(e.results.applications.size(), std::size_t(4));
        const auto& worker = app(e.results, "worker");
        QCOMPARE(worker.name, std::string("Remote-worker day"));
        QCOMPARE(worker.tokensPerTask, 200.0);
        QCOMPARE(worker.valuePerTask, 200.0);
        QVERIFY_CLOSE(worker.threshold, 20.0);
        QCOMPARE(worker.costPerTask.size(), std::size_t(61));
        for (std::size_t i = 0; i <= 60; ++i)
            QVERIFY_CLOSE(worker.costPerTask[i], 200 * 10 * naiveExponentialIndex(double(i), 7, 18, 40));
        // The cost crosses the threshold between the months around the unlock month.
        const auto m = static_cast<std::size_t>(*worker.unlockMonth);
        QVERIFY(worker.costPerTask[m] > worker.threshold);
        QVERIFY(worker.costPerTask[m + 1] <= worker.threshold);
    }

    void viableTodayIsMonthZero() {
        Scenario s;
        s.applications = {{"memo", "Legal memo", 0.001, 1}};  // $0.01 against a $0.10 allowance
        const auto e = evaluateCost(s);
        QCOMPARE(*e.results.applications[0].unlockMonth, 0.0);
        // Exactly at the threshold counts as viable.
        s.applications = {{"edge", "Edge", 0.01, 1}};  // $0.10 against $0.10
        QCOMPARE(*evaluateCost(s).results.applications[0].unlockMonth, 0.0);
    }

    void notViableWithinHorizonIsNullWithNote() {
        Scenario s;
        s[ParamId::HorizonYears] = 1;
        const auto e = evaluateCost(s);
        QVERIFY(!app(e.results, "worker").unlockMonth);
        QVERIFY(!app(e.results, "agent").unlockMonth);
        QVERIFY(app(e.results, "chat").unlockMonth.has_value());
        QCOMPARE(e.notes.size(), std::size_t(2));
        // "Coding-agent task (agent) is not viable within the 1-year horizon" (tests/ui/test_message_text).
        const Message agent{"cost.unlock_month.agent", "application_not_viable", {"Coding-agent task", "agent", 12}};
        const Message worker{"cost.unlock_month.worker", "application_not_viable", {"Remote-worker day", "worker", 12}};
        QVERIFY2(e.notes[0] == agent, debugString(e.notes).c_str());
        QVERIFY2(e.notes[1] == worker, debugString(e.notes).c_str());

        // No decline at all: nothing that is not viable today ever becomes viable.
        Scenario flat;
        flat[ParamId::CostFrontierDecline] = 1;
        flat[ParamId::CostCommodityDecline] = 1;
        const auto f = evaluateCost(flat);
        QCOMPARE(f.notes.size(), std::size_t(4));
        const Message worker5{"cost.unlock_month.worker", "application_not_viable", {"Remote-worker day", "worker", 60}};
        QVERIFY2(f.notes[3] == worker5, debugString(f.notes).c_str());
    }

    void unlockMonthUnderWright() {
        Scenario s;
        s[ParamId::CostLaw] = double(CostLaw::Wright);
        const auto e = evaluateCost(s);
        // Wright defaults: 30% per doubling, volume 4× a year = 2 doublings: 0.49× a year.
        const double yearlyFall = 1 / (0.7 * 0.7);
        const double expectedReview = 12 * std::log(2.5) / std::log(yearlyFall);  // ≈ 15.4, before the kink
        QVERIFY(expectedReview < 18);
        QVERIFY_CLOSE(*app(e.results, "review").unlockMonth, expectedReview);
        const double atKink = std::pow(0.49, 1.5);
        const double expectedWorker = 18 + 12 * std::log(atKink * 100) / std::log(40.0);
        QVERIFY_CLOSE(*app(e.results, "worker").unlockMonth, expectedWorker);
    }

    void monthIndexFallsTo() {
        const CostCurve curve{Scenario{}};
        // Before the kink: 12 ln 10 / ln 7 ≈ 14.2 months.
        const auto tenth = curve.monthIndexFallsTo(0.1, 60);
        QVERIFY(tenth.has_value());
        QVERIFY_CLOSE(*tenth, 12 * std::log(10.0) / std::log(7.0));
        QVERIFY(std::fabs(*tenth - 14.2) < 0.05);
        // After the kink: 7^1.5 by month 18, the rest at 40× a year.
        const auto hundredth = curve.monthIndexFallsTo(0.01, 60);
        QVERIFY_CLOSE(*hundredth, 18 + 12 * (std::log(100.0) - 1.5 * std::log(7.0)) / std::log(40.0));
        // Exactly at the kink level.
        QVERIFY_CLOSE(*curve.monthIndexFallsTo(std::pow(7.0, -1.5), 60), 18.0);
        // Level 1 or above: today.
        QCOMPARE(*curve.monthIndexFallsTo(1, 60), 0.0);
        QCOMPARE(*curve.monthIndexFallsTo(3, 60), 0.0);
        // Beyond the limit, or a level the index never reaches.
        QVERIFY(!curve.monthIndexFallsTo(0.1, 14));
        QVERIFY(curve.monthIndexFallsTo(0.1, 14.3).has_value());
        QVERIFY(!curve.monthIndexFallsTo(0, 1e9));
        QVERIFY(!curve.monthIndexFallsTo(std::nan(""), 1e9));

        Scenario flatCommodity;
        flatCommodity[ParamId::CostCommodityDecline] = 1;
        const CostCurve stuck(flatCommodity);
        QVERIFY(stuck.monthIndexFallsTo(0.1, 240).has_value());
        QVERIFY(!stuck.monthIndexFallsTo(0.01, 240));  // the kink sits at 7^-1.5 ≈ 0.054

        Scenario flatFrontier;
        flatFrontier[ParamId::CostFrontierDecline] = 1;
        QVERIFY_CLOSE(*CostCurve(flatFrontier).monthIndexFallsTo(0.1, 240),
                      18 + 12 * std::log(10.0) / std::log(40.0));
    }

    void kpiIdsAndOrder() {
        const auto e = evaluateCost(Scenario{});
        std::vector<Kpi> kpis;
        CostCurveModel::appendKpis(e.results, kpis);
        const std::vector<std::string> expected{"cost.price_1y",           "cost.price_horizon",
                                                "cost.total_decline",      "cost.unlock_month.chat",
                                                "cost.unlock_month.review", "cost.unlock_month.agent",
                                                "cost.unlock_month.worker"};
        QCOMPARE(kpis.size(), expected.size());
        for (std::size_t i = 0; i < kpis.size(); ++i) {
            QCOMPARE(kpis[i].id, expected[i]);
            QVERIFY(kpis[i].text.empty());
        }
        QCOMPARE(*kpis[0].value, e.results.price1y);
        QCOMPARE(*kpis[1].value, e.results.priceHorizon);
        QCOMPARE(*kpis[2].value, e.results.totalDecline);
        QCOMPARE(*kpis[6].value, *e.results.applications[3].unlockMonth);

        Scenario short1y;
        short1y[ParamId::HorizonYears] = 1;
        std::vector<Kpi> shortKpis;
        CostCurveModel::appendKpis(evaluateCost(short1y).results, shortKpis);
        QVERIFY(!shortKpis[6].value.has_value());
    }

    void reusesStorage() {
        const Scenario s;
        const CostCurve curve(s);
        CostResults out;
        std::vector<Message> notes;
        CostCurveModel::evaluate(s, curve, out, notes);
        const double* price = out.price.data();
        const double* costs = out.applications[2].costPerTask.data();
        const auto* apps = out.applications.data();
        CostCurveModel::evaluate(s, curve, out, notes);
        QCOMPARE(out.price.data(), price);
        QCOMPARE(out.applications.data(), apps);
        QCOMPARE(out.applications[2].costPerTask.data(), costs);
    }

    void finiteAndFallingAtParameterCorners() {
        const ParamId ids[] = {ParamId::CostFrontierPrice,   ParamId::CostFrontierDecline,
                               ParamId::CostCommoditizeMonths, ParamId::CostCommodityDecline,
                               ParamId::CostLaw,             ParamId::CostLearningRate,
                               ParamId::CostVolumeGrowth,    ParamId::CostHwDoublingYears,
                               ParamId::CostMaxCostShare,    ParamId::HorizonYears};
        constexpr int n = sizeof(ids) / sizeof(ids[0]);
        for (int corner = 0; corner < (1 << n); ++corner) {
            Scenario s;
            for (int k = 0; k < n; ++k)
                s[ids[k]] = (corner >> k & 1) ? spec(ids[k]).max : spec(ids[k]).min;
            s.applications.push_back({"tiny", "Tiny", kMinTokensPerTask, kMaxValuePerTask});
            s.applications.push_back({"huge", "Huge", kMaxTokensPerTask, kMinValuePerTask});
            const auto e = evaluateCost(s);
            const auto& r = e.results;
            auto finitePositive = [](double v) { return std::isfinite(v) && v > 0; };
            for (std::size_t i = 0; i < r.price.size(); ++i) {
                QVERIFY(finitePositive(r.price[i]) && finitePositive(r.frontierIndex[i]) &&
                        finitePositive(r.hardwareIndex[i]));
                if (i > 0) QVERIFY(r.frontierIndex[i] <= r.frontierIndex[i - 1]);
            }
            QVERIFY(finitePositive(r.totalDecline) && finitePositive(r.price1y) &&
                    finitePositive(r.priceAtCommoditize));
            for (const auto& a : r.applications) {
                for (double c : a.costPerTask) QVERIFY(std::isfinite(c));
                if (a.unlockMonth)
                    QVERIFY(std::isfinite(*a.unlockMonth) && *a.unlockMonth >= 0 &&
                            *a.unlockMonth <= s.horizonMonths());
            }
            QCOMPARE(*app(r, "tiny").unlockMonth, 0.0);
        }
    }
};

QTEST_APPLESS_MAIN(TestCostCurve)
#include "test_cost_curve.moc"
