// Model half-life (MODEL.md §3): the inference premium, its present value,
// the break-even half-life, the crossover month and replication. Expected
// values are computed here term by term with std::pow.

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "models/HalfLifeModel.h"
#include "scenario/Scenario.h"

using namespace leverboard;

namespace {

bool close(double actual, double expected, double relTol = 1e-10) {
    return std::fabs(actual - expected) <= relTol * std::max(1e-300, std::fabs(expected));
}

#define QVERIFY_CLOSE(actual, expected)                                                        \
    QVERIFY2(close((actual), (expected)),                                                      \
             qPrintable(QString("%1 = %2, expected %3")                                        \
                            .arg(#actual)                                                      \
                            .arg((actual), 0, 'g', 17)                                         \
                            .arg((expected), 0, 'g', 17)))

// MODEL.md §3, one std::pow per factor (exponential cost law).
struct Naive {
    const Scenario& s;

    double frontierIndex(double t) const {
        const double tc = s[ParamId::CostCommoditizeMonths];
        const double fd = s[ParamId::CostFrontierDecline];
        if (t <= tc) return std::pow(fd, -t / 12);
        return std::pow(fd, -tc / 12) * std::pow(s[ParamId::CostCommodityDecline], -(t - tc) / 12);
    }
    double demand(double t, double halfLife) const {
        return s[ParamId::LifeQueriesPerMonth] * std::pow(1 + s[ParamId::LifeQueryGrowth], t) *
               std::pow(2.0, -t / halfLife);
    }
    double premium(double t, double halfLife) const {
        const double servingPerToken = s[ParamId::LifeServingCost] * frontierIndex(t) / 1e6;
        return demand(t, halfLife) * s[ParamId::LifeTokensPerQuery] *
               (s[ParamId::LifeThinkMultiplier] - 1) * servingPerToken;
    }
    double pv(double halfLife) const {
        double sum = 0;
        for (int t = 0; t < s.horizonMonths(); ++t)
            sum += premium(t, halfLife) * std::pow(1 + s[ParamId::LifeDiscountRate], -t / 12.0);
        return sum;
    }
    double pv() const { return pv(s[ParamId::LifeHalfLifeMonths]); }
    MaybeNumber crossover() const {
        double cumulative = 0;
        for (int t = 0; t < s.horizonMonths(); ++t) {
            cumulative += premium(t, s[ParamId::LifeHalfLifeMonths]);
            if (cumulative >= s[ParamId::LifePretrainCost]) return t;
        }
        return std::nullopt;
    }
};

struct Evaluated {
    HalfLifeResults results;
    std::vector<Message> notes;

    // A note about this KPI (its subject); with a code, that note.
    bool noted(const std::string& kpiId, const std::string& code = {}) const {
        return std::any_of(notes.begin(), notes.end(), [&](const Message& n) {
            return n.subject == kpiId && (code.empty() || n.code == code);
        });
    }
    bool noted(const Message& note) const { return std::find(notes.begin(), notes.end(), note) != notes.end(); }
};

Evaluated evaluateLife(const Scenario& scenario) {
    Evaluated e;
    HalfLifeModel::evaluate(scenario, CostCurve(scenario), e.results, e.notes);
    return e;
}

Scenario withPretrainCost(double cost) {
    Scenario s;
    s[ParamId::LifePretrainCost] = cost;
    return s;
}

}  // namespace

class TestHalfLife : public QObject {
    Q_OBJECT

private slots:
    void pvPremiumMatchesNaiveSum_data() {
        QTest::addColumn<Scenario>("scenario");
        QTest::newRow("defaults") << Scenario{};
        Scenario fast;
        fast[ParamId::LifeQueryGrowth] = 0.2;
        fast[ParamId::LifeHalfLifeMonths] = 2;
        fast[ParamId::LifeDiscountRate] = 0.5;
        QTest::newRow("growing, short-lived") << fast;
        Scenario longRun;
        longRun[ParamId::HorizonYears] = 20;
        longRun[ParamId::LifeHalfLifeMonths] = 60;
        longRun[ParamId::CostCommoditizeMonths] = 7;
        longRun[ParamId::LifeThinkMultiplier] = 30;
        QTest::newRow("20 years") << longRun;
        Scenario noDiscount;
        noDiscount[ParamId::LifeDiscountRate] = 0;
        noDiscount[ParamId::LifeQueryGrowth] = 0;
        QTest::newRow("no discount, no growth") << noDiscount;
    }
    void pvPremiumMatchesNaiveSum() {
        QFETCH(Scenario, scenario);
        const auto e = evaluateLife(scenario);
        const Naive naive{scenario};
        QVERIFY_CLOSE(e.results.pvPremium, naive.pv());
        QVERIFY_CLOSE(e.results.pretrainAdvantage, naive.pv() - scenario[ParamId::LifePretrainCost]);
        QCOMPARE(e.results.pretrainCost, scenario[ParamId::LifePretrainCost]);
    }

    void defaultsFavourInference() {
        // Worked example: $16M a month of premium today, falling ≈ 20% a month
        // (5% growth, 6-month half-life, 7× a year cheaper): PV ≈ $75.5M < $100M.
        const auto e = evaluateLife(Scenario{});
        QVERIFY(std::fabs(e.results.pvPremium - 75.5139e6) < 0.001e6);
        QCOMPARE(e.results.betterStrategy, std::string("inference"));
        QVERIFY(e.results.pretrainAdvantage < 0);
    }

    void seriesMatchTheFormulas() {
        Scenario s;
        s[ParamId::LifeQueryGrowth] = 0.1;
        const auto e = evaluateLife(s);
        const auto& r = e.results;
        const Naive naive{s};
        const std::size_t points = 61;
        for (const auto* series : {&r.month, &r.demand, &r.retained, &r.premium, &r.cumulativeInference,
                                   &r.cumulativePretrain, &r.replicationCost})
            QCOMPARE(series->size(), points);
        double cumulative = 0;
        for (std::size_t i = 0; i < points; ++i) {
            const double t = double(i);
            cumulative += naive.premium(t, 6);
            QCOMPARE(r.month[i], t);
            QVERIFY_CLOSE(r.demand[i], naive.demand(t, 6));
            QVERIFY_CLOSE(r.retained[i], std::pow(2.0, -t / 6));
            QVERIFY_CLOSE(r.premium[i], naive.premium(t, 6));
            QVERIFY_CLOSE(r.cumulativeInference[i], cumulative);
            QCOMPARE(r.cumulativePretrain[i], 1e8);
            QVERIFY_CLOSE(r.replicationCost[i], 1e8 * naive.frontierIndex(t));
        }
        QCOMPARE(r.retained[6], 0.5);
    }

    void breakevenHalfLifeBalancesPv() {
        for (double cost : {1e8, 3e7, 1.2e8}) {
            const Scenario s = withPretrainCost(cost);
            const auto e = evaluateLife(s);
            QVERIFY2(e.results.breakevenHalfLife.has_value(), qPrintable(QString::number(cost)));
            const double h = *e.results.breakevenHalfLife;
            QVERIFY(h >= 0.5 && h <= 600);
            // Solved to 0.01 months: the true root lies within 0.01 of it.
            const Naive naive{s};
            QVERIFY(naive.pv(h - 0.01) <= cost);
            QVERIFY(naive.pv(h + 0.01) >= cost);
            QVERIFY(std::fabs(naive.pv(h) - cost) < 0.01 * cost);
        }
    }

    void pvRisesWithHalfLife() {
        const auto e = evaluateLife(Scenario{});
        const auto& grid = e.results.halfLifeGrid;
        const auto& pv = e.results.pvPremiumAtHalfLife;
        QCOMPARE(grid.size(), std::size_t(48));
        QCOMPARE(pv.size(), std::size_t(48));
        QCOMPARE(grid.front(), spec(ParamId::LifeHalfLifeMonths).min);
        QCOMPARE(grid.back(), spec(ParamId::LifeHalfLifeMonths).max);
        const double ratio = std::pow(60 / 0.5, 1.0 / 47);
        const Naive naive{Scenario{}};
        for (std::size_t i = 0; i < grid.size(); ++i) {
            if (i > 0) {
                QVERIFY_CLOSE(grid[i] / grid[i - 1], ratio);
                QVERIFY(pv[i] > pv[i - 1]);
            }
            QVERIFY_CLOSE(pv[i], naive.pv(grid[i]));
        }
    }

    void crossoverMatchesNaiveLoop() {
        for (double cost : {1e5, 1e7, 3e7, 7e7, 7.7e7, 1e8}) {
            const Scenario s = withPretrainCost(cost);
            const auto e = evaluateLife(s);
            const auto expected = Naive{s}.crossover();
            QCOMPARE(e.results.crossoverMonth, expected);
            QCOMPARE(e.noted("life.crossover_month"), !expected.has_value());
        }
        QCOMPARE(*evaluateLife(withPretrainCost(1e5)).results.crossoverMonth, 0.0);

        // Sums run over months 0 … H − 1: a cost reached only with month H's
        // premium has no crossover within the horizon.
        Scenario s;
        s[ParamId::LifeHalfLifeMonths] = 60;
        const Naive naive{s};
        double throughLastMonth = 0;
        for (int t = 0; t < 60; ++t) throughLastMonth += naive.premium(t, 60);
        s[ParamId::LifePretrainCost] = throughLastMonth + 0.5 * naive.premium(60, 60);
        QVERIFY(!evaluateLife(s).results.crossoverMonth);
        s[ParamId::LifePretrainCost] = throughLastMonth * (1 - 1e-9);  // below rounding noise of the sum
        QCOMPARE(evaluateLife(s).results.crossoverMonth, MaybeNumber(59.0));
        // Undiscounted premium over the 5 years at defaults ≈ $77.8M: never reaches $100M.
        QVERIFY(!evaluateLife(Scenario{}).results.crossoverMonth);
    }

    void betterStrategyFlipsAtPv() {
        const double pv = Naive{Scenario{}}.pv();
        const auto below = evaluateLife(withPretrainCost(pv * 0.999));
        const auto above = evaluateLife(withPretrainCost(pv * 1.001));
        QCOMPARE(below.results.betterStrategy, std::string("pretrain"));
        QVERIFY(below.results.pretrainAdvantage > 0);
        QCOMPARE(above.results.betterStrategy, std::string("inference"));
        QVERIFY(above.results.pretrainAdvantage < 0);
        // At the break-even the scenario's own half-life is the answer.
        QVERIFY(std::fabs(*below.results.breakevenHalfLife - 6) < 0.02);
    }

    void breakevenOutsideWindowIsNullWithNote() {
        const auto cheap = evaluateLife(withPretrainCost(spec(ParamId::LifePretrainCost).min));
        QVERIFY(!cheap.results.breakevenHalfLife);
        // "life.breakeven_half_life is null: the break-even half-life is below 0.5 months …"
        QVERIFY2(cheap.noted(Message{"life.breakeven_half_life", "breakeven_below_range", {0.5}}),
                 debugString(cheap.notes).c_str());
        QCOMPARE(cheap.results.betterStrategy, std::string("pretrain"));

        const auto dear = evaluateLife(withPretrainCost(spec(ParamId::LifePretrainCost).max));
        QVERIFY(!dear.results.breakevenHalfLife);
        QVERIFY2(dear.noted(Message{"life.breakeven_half_life", "breakeven_above_range", {600.0}}),
                 debugString(dear.notes).c_str());

        Scenario noPremium;  // thinking longer costs nothing extra: no half-life makes pretraining pay
        noPremium[ParamId::LifeThinkMultiplier] = 1;
        const auto none = evaluateLife(noPremium);
        QCOMPARE(none.results.pvPremium, 0.0);
        QVERIFY(!none.results.breakevenHalfLife);
        QVERIFY(none.noted(Message{"life.breakeven_half_life", "breakeven_above_range", {600.0}}));
        QCOMPARE(none.results.betterStrategy, std::string("inference"));
    }

    void monthsToReplicate() {
        const auto e = evaluateLife(Scenario{});
        QVERIFY_CLOSE(*e.results.monthsToReplicate10pct, 12 * std::log(10.0) / std::log(7.0));

        Scenario slow;  // 2× a year: 10% is reached only after the kink at 18 months
        slow[ParamId::CostFrontierDecline] = 2;
        const auto afterKink = evaluateLife(slow);
        QVERIFY_CLOSE(*afterKink.results.monthsToReplicate10pct,
                      18 + 12 * (std::log(10.0) - 1.5 * std::log(2.0)) / std::log(40.0));
        QVERIFY(!afterKink.noted("life.months_to_replicate_10pct"));

        slow[ParamId::CostCommodityDecline] = 1.5;
        slow[ParamId::HorizonYears] = 1;
        const auto never = evaluateLife(slow);
        QVERIFY(!never.results.monthsToReplicate10pct);
        // "… cannot replicate the model at 10% of its cost within the 1-year horizon"
        QVERIFY2(never.noted(Message{"life.months_to_replicate_10pct", "not_replicable_in_horizon", {0.1, 12}}),
                 debugString(never.notes).c_str());
    }

    void kpiIdsAndOrder() {
        const auto e = evaluateLife(withPretrainCost(3e7));
        std::vector<Kpi> kpis;
        HalfLifeModel::appendKpis(e.results, kpis);
        const std::vector<std::string> expected{"life.pv_premium",          "life.pretrain_advantage",
                                                "life.breakeven_half_life", "life.crossover_month",
                                                "life.months_to_replicate_10pct", "life.better_strategy"};
        QCOMPARE(kpis.size(), expected.size());
        for (std::size_t i = 0; i < kpis.size(); ++i) QCOMPARE(kpis[i].id, expected[i]);
        QCOMPARE(*kpis[0].value, e.results.pvPremium);
        QCOMPARE(*kpis[1].value, e.results.pretrainAdvantage);
        QCOMPARE(kpis[2].value, e.results.breakevenHalfLife);
        QCOMPARE(kpis[3].value, e.results.crossoverMonth);
        QCOMPARE(kpis[4].value, e.results.monthsToReplicate10pct);
        QVERIFY(!kpis[5].value.has_value());
        QCOMPARE(kpis[5].text, std::string("pretrain"));
        QVERIFY(kpis[5].isText());
        for (std::size_t i = 0; i < 5; ++i) QVERIFY(!kpis[i].isText());
    }

    void reusesStorage() {
        const Scenario s;
        const CostCurve curve(s);
        HalfLifeResults out;
        std::vector<Message> notes;
        HalfLifeModel::evaluate(s, curve, out, notes);
        const double* premium = out.premium.data();
        const double* grid = out.pvPremiumAtHalfLife.data();
        const double* pretrain = out.cumulativePretrain.data();
        HalfLifeModel::evaluate(s, curve, out, notes);
        QCOMPARE(out.premium.data(), premium);
        QCOMPARE(out.pvPremiumAtHalfLife.data(), grid);
        QCOMPARE(out.cumulativePretrain.data(), pretrain);
    }

    void finiteAtParameterCorners() {
        const ParamId ids[] = {ParamId::LifePretrainCost,   ParamId::LifeHalfLifeMonths,
                               ParamId::LifeQueriesPerMonth, ParamId::LifeQueryGrowth,
                               ParamId::LifeTokensPerQuery, ParamId::LifeThinkMultiplier,
                               ParamId::LifeServingCost,    ParamId::LifeDiscountRate,
                               ParamId::HorizonYears,       ParamId::CostFrontierDecline,
                               ParamId::CostCommodityDecline};
        constexpr int n = sizeof(ids) / sizeof(ids[0]);
        for (int corner = 0; corner < (1 << n); ++corner) {
            Scenario s;
            for (int k = 0; k < n; ++k)
                s[ids[k]] = (corner >> k & 1) ? spec(ids[k]).max : spec(ids[k]).min;
            const auto e = evaluateLife(s);
            const auto& r = e.results;
            for (const auto* series : {&r.demand, &r.retained, &r.premium, &r.cumulativeInference,
                                       &r.cumulativePretrain, &r.replicationCost, &r.pvPremiumAtHalfLife})
                for (double v : *series) QVERIFY(std::isfinite(v) && v >= 0);
            QVERIFY(std::isfinite(r.pvPremium) && std::isfinite(r.pretrainAdvantage));
            for (const auto& m : {r.breakevenHalfLife, r.crossoverMonth, r.monthsToReplicate10pct})
                if (m) QVERIFY(std::isfinite(*m) && *m >= 0);
            if (r.breakevenHalfLife) QVERIFY(*r.breakevenHalfLife >= 0.5 && *r.breakevenHalfLife <= 600);
            QVERIFY(r.betterStrategy == "pretrain" || r.betterStrategy == "inference");
        }
    }
};

QTEST_APPLESS_MAIN(TestHalfLife)
#include "test_half_life.moc"
