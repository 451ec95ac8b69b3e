// Chip bets under paradigm risk (MODEL.md §7): the worked check, the annuity's
// closed form, break-even hazards against an independent scan and bisection,
// the null and 0 cases, the tie rule and invariants over random scenarios.
// Expected values are computed here with (1 − exp(−xL)) / x, not expm1.

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "models/ChipsModel.h"
#include "models/Engine.h"
#include "models/SeriesTables.h"
#include "scenario/Scenario.h"

using namespace leverboard;

namespace {

// MODEL.md §7 written out plainly.
double naiveAnnuity(double x, double life) { return x == 0 ? life : (1 - std::exp(-x * life)) / x; }
double naiveValue(double g, double u, double r, double hazard, double life) {
    return g * (u * naiveAnnuity(r, life) + (1 - u) * naiveAnnuity(r + hazard, life));
}

struct Chip {
    double g, u;
};

// The chip's V minus the GPU's at hazard λ.
double naiveDifference(Chip chip, Chip gpu, double r, double life, double hazard) {
    return naiveValue(chip.g, chip.u, r, hazard, life) - naiveValue(gpu.g, gpu.u, r, hazard, life);
}

// A scan of [0, 10] in steps of 0.001 for a sign change, then a plain
// bisection of that step: independent of the model's bracket and order.
MaybeNumber referenceBreakeven(Chip chip, Chip gpu, double r, double life) {
    auto d = [&](double hazard) { return naiveDifference(chip, gpu, r, life, hazard); };
    const int steps = 10000;
    double previous = d(0);
    if (previous == 0) return 0.0;
    for (int i = 1; i <= steps; ++i) {
        double lo = 10.0 * (i - 1) / steps, hi = 10.0 * i / steps;
        const double current = d(hi);
        if (current == 0) return hi;
        if ((current > 0) != (previous > 0)) {
            for (int k = 0; k < 200 && hi - lo > 1e-13; ++k) {
                const double mid = 0.5 * (lo + hi);
                if ((d(mid) > 0) == (previous > 0)) lo = mid;
                else hi = mid;
            }
            return 0.5 * (lo + hi);
        }
        previous = current;
    }
    return std::nullopt;
}

const Message* noteFor(const std::vector<Message>& notes, const std::string& subject) {
    for (const Message& m : notes)
        if (m.subject == subject) return &m;
    return nullptr;
}

ChipsResults evaluateChips(const Scenario& s, std::vector<Message>& notes) {
    ChipsResults out;
    ChipsModel::evaluate(s, out, notes);
    return out;
}

double uniform(std::mt19937_64& rng, double lo, double hi) {
    return std::uniform_real_distribution<double>(lo, hi)(rng);
}
double logUniform(std::mt19937_64& rng, double lo, double hi) {
    return std::exp(uniform(rng, std::log(lo), std::log(hi)));
}

}  // namespace

class TestChips : public QObject {
    Q_OBJECT

private slots:
    void workedCheck();
    void annuityClosedForm();
    void valueIsTheFormula();
    void breakevenMatchesScanAndBisection();
    void sameAsGpuIsNullWithNote();
    void zeroDifferenceAtZeroIsZero();
    void oneSignOnTheIntervalIsNullWithNote();
    void crossingDirectionFollowsRetainedShare();
    void bestTiesGoToGpuThenTpu();
    void seriesTableOneRowPerHazard();
    void kpisThroughTheEngine();
    void invariantsOverRandomScenarios();
};

void TestChips::workedCheck() {
    // MODEL.md §7, defaults: L = 4, r = 0.09, λ = 0.15.
    const Scenario s;
    QCOMPARE(s[ParamId::CapexEconomicLife], 4.0);
    QCOMPARE(s[ParamId::CapexWacc], 0.09);
    std::vector<Message> notes;
    const ChipsResults r = evaluateChips(s, notes);
    auto near = [](double actual, double expected, double tol) { return std::fabs(actual - expected) <= tol; };
    QVERIFY2(near(r.annuityAtWacc, 3.359, 5e-4), qPrintable(QString::number(r.annuityAtWacc, 'g', 10)));
    QVERIFY2(near(r.annuityAtHazard, 2.571, 5e-4), qPrintable(QString::number(r.annuityAtHazard, 'g', 10)));
    QVERIFY2(near(r.gpu.value, 3.241, 5e-4), qPrintable(QString::number(r.gpu.value, 'g', 10)));
    QVERIFY2(near(r.tpu.value, 3.855, 5e-4), qPrintable(QString::number(r.tpu.value, 'g', 10)));
    QVERIFY2(near(r.asic.value, 3.975, 5e-4), qPrintable(QString::number(r.asic.value, 'g', 10)));
    QCOMPARE(r.best, std::string("asic"));
    QVERIFY(r.breakevenHazardAsic && r.breakevenHazardTpu);
    // "the ASIC stops paying above λ ≈ 0.32 a year (the TPU above ≈ 0.61)"
    QVERIFY2(near(*r.breakevenHazardAsic, 0.32, 0.005), qPrintable(QString::number(*r.breakevenHazardAsic)));
    QVERIFY2(near(*r.breakevenHazardTpu, 0.61, 0.005), qPrintable(QString::number(*r.breakevenHazardTpu)));
    QVERIFY(notes.empty());
}

void TestChips::annuityClosedForm() {
    QCOMPARE(ChipsModel::annuity(0, 4), 4.0);
    QCOMPARE(ChipsModel::annuity(0, 7.5), 7.5);
    for (double x : {1e-6, 0.01, 0.09, 0.24, 1.0, 3.3, 10.3})
        for (double life : {1.0, 4.0, 10.0}) {
            const double expected = naiveAnnuity(x, life);
            QVERIFY2(std::fabs(ChipsModel::annuity(x, life) - expected) <= 1e-9 * expected,
                     qPrintable(QString("A(%1) with L = %2").arg(x).arg(life)));
        }
    // Tiny x: the integral ∫0^L e^(−xt) dt tends to L; expm1 keeps the digits.
    QVERIFY(std::fabs(ChipsModel::annuity(1e-12, 4) - 4.0) < 1e-10);
}

void TestChips::valueIsTheFormula() {
    Scenario s;
    s[ParamId::ChipsShiftHazard] = 0.7;
    s[ParamId::CapexEconomicLife] = 6;
    s[ParamId::CapexWacc] = 0.12;
    std::vector<Message> notes;
    const ChipsResults r = evaluateChips(s, notes);
    auto check = [&](const ChipBet& chip, double g, double u) {
        QCOMPARE(chip.perfPerDollar, g);
        QCOMPARE(chip.retained, u);
        const double expected = naiveValue(g, u, 0.12, 0.7, 6);
        QVERIFY2(std::fabs(chip.value - expected) <= 1e-12 * expected,
                 qPrintable(QString("%1 vs %2").arg(chip.value, 0, 'g', 17).arg(expected, 0, 'g', 17)));
    };
    check(r.gpu, 1.0, 0.85);
    check(r.tpu, 1.3, 0.5);
    check(r.asic, 1.5, 0.1);
}

void TestChips::breakevenMatchesScanAndBisection() {
    std::mt19937_64 rng(11);
    int crossings = 0;
    for (int n = 0; n < 400; ++n) {
        const double life = uniform(rng, 1, 10), r = uniform(rng, 0.01, 0.3);
        const Chip gpu{1, uniform(rng, 0, 1)};
        // Mostly near the GPU's perf per $, where crossings live; now and then the whole range.
        const double g = n % 4 == 0 ? logUniform(rng, 0.1, 20) : logUniform(rng, 0.5, 4);
        const Chip chip{g, uniform(rng, 0, 1)};
        const auto model = ChipsModel::breakevenHazard({chip.g, chip.u, 0}, {gpu.g, gpu.u, 0}, r, life);
        const MaybeNumber reference = referenceBreakeven(chip, gpu, r, life);
        const QString where = QString("g = %1, u = %2, gpu u = %3, r = %4, L = %5")
                                  .arg(chip.g, 0, 'g', 17).arg(chip.u, 0, 'g', 17).arg(gpu.u, 0, 'g', 17)
                                  .arg(r, 0, 'g', 17).arg(life, 0, 'g', 17);
        QVERIFY2(model.hazard.has_value() == reference.has_value(), qPrintable(where));
        if (!model.hazard) {
            QVERIFY2(!model.nullCode.empty(), qPrintable(where));
            continue;
        }
        ++crossings;
        QVERIFY2(std::fabs(*model.hazard - *reference) <= 1e-9, qPrintable(where + QString(": %1 vs %2")
                                                                            .arg(*model.hazard, 0, 'g', 17)
                                                                            .arg(*reference, 0, 'g', 17)));
        QVERIFY(*model.hazard >= 0 && *model.hazard <= 10);
    }
    QVERIFY2(crossings > 100, qPrintable(QString::number(crossings)));  // the sample exercises the bisection
}

void TestChips::sameAsGpuIsNullWithNote() {
    Scenario s;
    s[ParamId::ChipsTpuPerfPerDollar] = 1;
    s[ParamId::ChipsTpuRetained] = s[ParamId::ChipsGpuRetained];
    std::vector<Message> notes;
    const ChipsResults r = evaluateChips(s, notes);
    QVERIFY(!r.breakevenHazardTpu);
    const Message* note = noteFor(notes, "chips.breakeven_hazard_tpu");
    QVERIFY(note);
    QCOMPARE(note->code, std::string("chips_same_as_gpu"));
    QVERIFY(r.breakevenHazardAsic);  // the other chip is unaffected
    QVERIFY(!noteFor(notes, "chips.breakeven_hazard_asic"));
}

void TestChips::zeroDifferenceAtZeroIsZero() {
    // At λ = 0, V = g × A(r) whatever the retained share: a chip with the
    // GPU's perf per $ but another retained share breaks even at exactly 0.
    Scenario s;
    s[ParamId::ChipsAsicPerfPerDollar] = 1;
    s[ParamId::ChipsAsicRetained] = 0.2;
    std::vector<Message> notes;
    const ChipsResults r = evaluateChips(s, notes);
    QVERIFY(r.breakevenHazardAsic);
    QCOMPARE(*r.breakevenHazardAsic, 0.0);
    QVERIFY(!noteFor(notes, "chips.breakeven_hazard_asic"));
}

void TestChips::oneSignOnTheIntervalIsNullWithNote() {
    {
        Scenario s;  // an ASIC 20× as cheap stays ahead even at λ = 10
        s[ParamId::ChipsAsicPerfPerDollar] = 20;
        std::vector<Message> notes;
        const ChipsResults r = evaluateChips(s, notes);
        QVERIFY(!r.breakevenHazardAsic);
        const Message* note = noteFor(notes, "chips.breakeven_hazard_asic");
        QVERIFY(note);
        QCOMPARE(note->code, std::string("chips_beats_gpu_everywhere"));
        QCOMPARE(note->args, (std::vector<MessageArg>{0.0, 10.0}));
        QCOMPARE(r.best, std::string("asic"));
    }
    {
        Scenario s;  // a TPU at half the GPU's perf per $ that keeps less never catches up
        s[ParamId::ChipsTpuPerfPerDollar] = 0.5;
        std::vector<Message> notes;
        const ChipsResults r = evaluateChips(s, notes);
        QVERIFY(!r.breakevenHazardTpu);
        const Message* note = noteFor(notes, "chips.breakeven_hazard_tpu");
        QVERIFY(note);
        QCOMPARE(note->code, std::string("chips_gpu_beats_everywhere"));
    }
}

void TestChips::crossingDirectionFollowsRetainedShare() {
    // Defaults: the ASIC keeps less than the GPU, so it beats the GPU below its
    // break-even and loses above. A TPU that keeps more than the GPU at a
    // lower perf per $ wins only above its break-even.
    Scenario s;
    s[ParamId::ChipsGpuRetained] = 0.3;
    s[ParamId::ChipsTpuPerfPerDollar] = 0.8;
    s[ParamId::ChipsTpuRetained] = 1;
    std::vector<Message> notes;
    const ChipsResults r = evaluateChips(s, notes);
    QVERIFY(r.breakevenHazardTpu && r.breakevenHazardAsic);
    const double L = 4, rate = 0.09;
    const double tpu = *r.breakevenHazardTpu, asic = *r.breakevenHazardAsic;
    QVERIFY(naiveDifference({0.8, 1}, {1, 0.3}, rate, L, tpu * 0.9) < 0);
    QVERIFY(naiveDifference({0.8, 1}, {1, 0.3}, rate, L, tpu * 1.1) > 0);
    QVERIFY(naiveDifference({1.5, 0.1}, {1, 0.3}, rate, L, asic * 0.9) > 0);
    QVERIFY(naiveDifference({1.5, 0.1}, {1, 0.3}, rate, L, asic * 1.1) < 0);
}

void TestChips::bestTiesGoToGpuThenTpu() {
    {
        Scenario s;  // the TPU is the GPU's twin; the ASIC is worse
        s[ParamId::ChipsTpuPerfPerDollar] = 1;
        s[ParamId::ChipsTpuRetained] = s[ParamId::ChipsGpuRetained];
        s[ParamId::ChipsAsicPerfPerDollar] = 0.5;
        std::vector<Message> notes;
        const ChipsResults r = evaluateChips(s, notes);
        QCOMPARE(r.tpu.value, r.gpu.value);
        QCOMPARE(r.best, std::string("gpu"));
    }
    {
        Scenario s;  // the ASIC is the TPU's twin and both beat the GPU
        s[ParamId::ChipsAsicPerfPerDollar] = s[ParamId::ChipsTpuPerfPerDollar];
        s[ParamId::ChipsAsicRetained] = s[ParamId::ChipsTpuRetained];
        std::vector<Message> notes;
        const ChipsResults r = evaluateChips(s, notes);
        QCOMPARE(r.asic.value, r.tpu.value);
        QVERIFY(r.tpu.value > r.gpu.value);
        QCOMPARE(r.best, std::string("tpu"));
    }
    {
        Scenario s;  // λ = 3: the ASIC's bet is stranded, the GPU wins
        s[ParamId::ChipsShiftHazard] = 3;
        std::vector<Message> notes;
        QCOMPARE(evaluateChips(s, notes).best, std::string("gpu"));
    }
}

void TestChips::seriesTableOneRowPerHazard() {
    Scenario s;
    const Results results = evaluate(s);
    const ModelSpec* model = findModel("chips");
    QVERIFY(model);
    const SeriesTable table = seriesTable(results, *model);
    QCOMPARE(table.columns, (std::vector<std::string>{"hazard", "value_gpu", "value_tpu", "value_asic"}));
    QCOMPARE(table.rows.size(), std::size_t(61));
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        const auto& row = table.rows[i];
        QCOMPARE(row.size(), std::size_t(4));
        const double hazard = 0.05 * double(i);
        QVERIFY(std::fabs(*row[0] - hazard) < 1e-12);
        QVERIFY(std::fabs(*row[1] - naiveValue(1, 0.85, 0.09, *row[0], 4)) < 1e-12);
        QVERIFY(std::fabs(*row[2] - naiveValue(1.3, 0.5, 0.09, *row[0], 4)) < 1e-12);
        QVERIFY(std::fabs(*row[3] - naiveValue(1.5, 0.1, 0.09, *row[0], 4)) < 1e-12);
    }
    QCOMPARE(*table.rows.front()[0], 0.0);
    QCOMPARE(*table.rows.back()[0], 3.0);
}

void TestChips::kpisThroughTheEngine() {
    Scenario s;
    s[ParamId::ChipsAsicPerfPerDollar] = 20;  // a null break-even, through the engine
    const Results results = evaluate(s);
    const char* ids[] = {"chips.value_gpu", "chips.value_tpu", "chips.value_asic", "chips.best",
                         "chips.breakeven_hazard_tpu", "chips.breakeven_hazard_asic"};
    std::vector<std::string> found;
    for (const Kpi& k : results.kpis)
        if (k.id.rfind("chips.", 0) == 0) found.push_back(k.id);
    QCOMPARE(found, std::vector<std::string>(std::begin(ids), std::end(ids)));
    QCOMPARE(results.kpi("chips.best")->text, std::string("asic"));
    QVERIFY(!results.kpi("chips.breakeven_hazard_asic")->value);
    QVERIFY(noteFor(results.notes, "chips.breakeven_hazard_asic"));
    QVERIFY(results.kpi("chips.breakeven_hazard_tpu")->value);
    // Out-of-range inputs are clamped into the range (with a warning).
    s[ParamId::ChipsShiftHazard] = 50;
    const Results clamped = evaluate(s);
    QCOMPARE(clamped.get<ChipsResults>().shiftHazard, 3.0);
}

void TestChips::invariantsOverRandomScenarios() {
    std::mt19937_64 rng(2026);
    for (int n = 0; n < 1500; ++n) {
        Scenario s;
        s[ParamId::CapexEconomicLife] = uniform(rng, 1, 10);
        s[ParamId::CapexWacc] = uniform(rng, 0.01, 0.3);
        s[ParamId::ChipsShiftHazard] = n % 10 == 0 ? 0.0 : uniform(rng, 0, 3);
        s[ParamId::ChipsTpuPerfPerDollar] = logUniform(rng, 0.1, 10);
        s[ParamId::ChipsAsicPerfPerDollar] = logUniform(rng, 0.1, 20);
        // Corners too: a share of exactly 0 or 1 now and then.
        auto share = [&] {
            const int pick = int(rng() % 8);
            return pick == 0 ? 0.0 : pick == 1 ? 1.0 : uniform(rng, 0, 1);
        };
        s[ParamId::ChipsGpuRetained] = share();
        s[ParamId::ChipsTpuRetained] = share();
        s[ParamId::ChipsAsicRetained] = share();
        std::vector<Message> notes;
        const ChipsResults r = evaluateChips(s, notes);
        const QString where = QString("scenario %1").arg(n);

        for (const auto* series : {&r.valueGpu, &r.valueTpu, &r.valueAsic, &r.valueAsicAtPerf}) {
            for (double v : *series) QVERIFY2(std::isfinite(v) && v > 0, qPrintable(where));
        }
        for (const auto* series : {&r.valueGpu, &r.valueTpu, &r.valueAsic})
            for (std::size_t i = 1; i < series->size(); ++i)
                QVERIFY2((*series)[i] <= (*series)[i - 1], qPrintable(where + QString(" row %1").arg(i)));
        // Non-increasing at the scenario's λ too, against a slightly higher one.
        for (const ChipBet* chip : {&r.gpu, &r.tpu, &r.asic}) {
            QVERIFY2(std::isfinite(chip->value), qPrintable(where));
            const double higher = ChipsModel::value(chip->perfPerDollar, chip->retained, r.wacc,
                                                    r.shiftHazard + 0.01, r.life);
            QVERIFY2(higher <= chip->value, qPrintable(where));
        }
        const double bestValue = std::max({r.gpu.value, r.tpu.value, r.asic.value});
        const std::string expectedBest = r.gpu.value == bestValue   ? "gpu"
                                         : r.tpu.value == bestValue ? "tpu"
                                                                    : "asic";
        QCOMPARE(r.best, expectedBest);
        for (const auto& [hazard, subject] : {std::pair{r.breakevenHazardTpu, "chips.breakeven_hazard_tpu"},
                                              std::pair{r.breakevenHazardAsic, "chips.breakeven_hazard_asic"}}) {
            if (hazard) {
                QVERIFY2(std::isfinite(*hazard) && *hazard >= 0 && *hazard <= 10, qPrintable(where));
                QVERIFY2(!noteFor(notes, subject), qPrintable(where));
            } else {
                QVERIFY2(noteFor(notes, subject), qPrintable(where));  // every null says why
            }
        }
    }
}

QTEST_APPLESS_MAIN(TestChips)
#include "test_chips.moc"
