// Capex and ROIC (MODEL.md §4): worked examples, closed forms and invariants.
// Expected values are computed here from the formulas with plain std::pow,
// never by calling the code under test.

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "models/CapexModel.h"
#include "models/Solvers.h"
#include "models/CostCurveModel.h"
#include "params/ParameterRegistry.h"
#include "scenario/Scenario.h"

using namespace leverboard;

Q_DECLARE_METATYPE(leverboard::Scenario)

namespace {

struct Run {
    CapexResults results;
    std::vector<Message> notes;
    std::vector<Kpi> kpis;
};

Run run(const Scenario& scenario) {
    Run r;
    const CostCurve curve(scenario);
    CapexModel::evaluate(scenario, curve, r.results, r.notes);
    CapexModel::appendKpis(r.results, r.kpis);
    return r;
}

bool close(double actual, double expected, double relTol = 1e-9) {
    return std::fabs(actual - expected) <= relTol * std::max(1.0, std::fabs(expected));
}

#define QCOMPARE_REL(actual, expected, tol)                                                   \
    QVERIFY2(close((actual), (expected), (tol)),                                              \
             qPrintable(QStringLiteral("%1 = %2, expected %3")                                 \
                            .arg(QLatin1String(#actual))                                      \
                            .arg((actual), 0, 'g', 17)                                        \
                            .arg((expected), 0, 'g', 17)))

// Hardware index of MODEL.md §1, independently of the cost-curve code.
double hardwareIndex(const Scenario& s, double month) {
    return std::pow(2.0, -month / (12.0 * s[ParamId::CostHwDoublingYears]));
}

double share(int year, double life) { return std::min(1.0, std::max(0.0, life - (year - 1))); }

// An independent, straightforward transcription of MODEL.md §4 for one year.
struct ReferenceYear {
    double price, revenue, energy, opex, sbc, depBook, depEconomic, ebitBook, ebitEconomic, tax,
        nopatBook, nopatEconomic, investedBook, investedEconomic, cashFlow;
};

struct Reference {
    double K, Kg, Kf;
    int Y;
    std::vector<ReferenceYear> years;
    double terminalValue;
};

Reference reference(const Scenario& s) {
    Reference ref;
    ref.Kg = s[ParamId::CapexGpus] * s[ParamId::CapexGpuPrice];
    ref.K = ref.Kg / s[ParamId::CapexGpuShare];
    ref.Kf = ref.K - ref.Kg;
    ref.Y = static_cast<int>(std::lround(std::lround(12.0 * s[ParamId::HorizonYears]) / 12.0));
    const double Lb = s[ParamId::CapexBookLife], Le = s[ParamId::CapexEconomicLife],
                 Lf = s[ParamId::CapexFacilityLife], t = s[ParamId::CapexTaxRate];
    double accumulatedBook = 0, accumulatedEconomic = 0;
    for (int y = 1; y <= ref.Y; ++y) {
        ReferenceYear r{};
        r.price = s[ParamId::CapexRentalPrice] * hardwareIndex(s, 12.0 * (y - 1)) *
                  std::pow(1 - s[ParamId::CapexExtraPriceDecline], y - 1);
        const double hours = 8760.0 * s[ParamId::CapexUtilization] * share(y, Le);
        r.revenue = s[ParamId::CapexGpus] * hours * r.price;
        r.energy = s[ParamId::CapexGpus] * s[ParamId::CapexPowerKw] * s[ParamId::CapexPue] * hours *
                   s[ParamId::CapexElectricityPrice];
        r.opex = s[ParamId::CapexOpexShare] * ref.K;
        r.sbc = s[ParamId::CapexSbcShare] * r.revenue;
        r.depBook = ref.Kg / Lb * share(y, Lb) + ref.Kf / Lf * share(y, Lf);
        r.depEconomic = ref.Kg / Le * share(y, Le) + ref.Kf / Lf * share(y, Lf);
        r.ebitBook = r.revenue - r.energy - r.opex - r.sbc - r.depBook;
        r.ebitEconomic = r.revenue - r.energy - r.opex - r.sbc - r.depEconomic;
        r.tax = std::max(0.0, t * r.ebitBook);
        r.nopatBook = r.ebitBook * (1 - t);
        r.nopatEconomic = r.ebitEconomic * (1 - t);
        accumulatedBook += r.depBook;
        accumulatedEconomic += r.depEconomic;
        r.investedBook = ref.K - accumulatedBook;
        r.investedEconomic = ref.K - accumulatedEconomic;
        r.cashFlow = r.revenue - r.energy - r.opex - r.sbc - r.tax;
        ref.years.push_back(r);
    }
    ref.terminalValue = ref.Kf * std::max(0.0, 1.0 - ref.Y / Lf);
    return ref;
}

double npvOf(const std::vector<double>& flows, double terminalValue, double rate) {
    double npv = 0;
    for (std::size_t y = 0; y < flows.size(); ++y) npv += flows[y] / std::pow(1 + rate, double(y));
    return npv + terminalValue / std::pow(1 + rate, double(flows.size() - 1));
}

double crf(double r, double n) { return r / (1 - std::pow(1 + r, -n)); }

Scenario bear() {
    Scenario s;
    s[ParamId::CapexUtilization] = 0.55;
    s[ParamId::CapexEconomicLife] = 3;
    s[ParamId::CapexExtraPriceDecline] = 0.25;
    s[ParamId::CapexSbcShare] = 0.1;
    s[ParamId::CapexAppRevenue] = 100;
    s[ParamId::CapexIndustryCapex] = 450;
    s[ParamId::LifeHalfLifeMonths] = 4;
    return s;
}

bool hasNoteFor(const std::vector<Message>& notes, const std::string& kpiId) {
    return std::any_of(notes.begin(), notes.end(), [&](const Message& n) { return n.subject == kpiId; });
}

// Every number the model reports, in one list (for finiteness and equality checks).
std::vector<double> allNumbers(const CapexResults& r) {
    std::vector<double> v{r.totalCapex, r.gpuCapex, r.facilityCapex, r.terminalValue, r.wacc,
                          r.growth, r.industryCapex, r.appRevenue, r.npv, r.strandedValue,
                          r.infraToApp, r.requiredAppRevenue, r.revenueGap};
    for (const MaybeNumber& m : {r.roicBook, r.roicEconomic, r.irr, r.paybackYears, r.impliedPe})
        v.push_back(m.value_or(-12345.0));
    for (const CapexYear& y : r.years) {
        v.insert(v.end(), {double(y.year), y.price, y.economicShare, y.revenue, y.energy, y.opex,
                           y.sbc, y.depreciationBook, y.depreciationEconomic, y.ebitBook,
                           y.ebitEconomic, y.tax, y.nopatBook, y.nopatEconomic, y.investedBook,
                           y.investedEconomic, y.roicBook.value_or(-12345.0),
                           y.roicEconomic.value_or(-12345.0), y.cashFlow, y.cumulativeCashFlow});
    }
    v.insert(v.end(), r.cashFlows.begin(), r.cashFlows.end());
    v.insert(v.end(), r.roicGrid.begin(), r.roicGrid.end());
    for (const MaybeNumber& m : r.peAtRoic) v.push_back(m.value_or(-12345.0));
    return v;
}

// Uniform in [0, 1) from mt19937's specified output (std distributions are
// implementation-defined, this is not).
double unit(std::mt19937& gen) { return gen() / 4294967296.0; }

}  // namespace

class TestCapex : public QObject {
    Q_OBJECT

private slots:
    void capitalSplitAndStrandedValue();
    void industryCheckMatchesClosedForm();
    void yearOneAgainstHandArithmetic();
    void yearTableMatchesReference_data();
    void yearTableMatchesReference();
    void fractionalLivesArePaidProRata();
    void roicAverageCountsOnlyEarningYears();
    void npvFromYearCashFlows();
    void irrSetsNpvToZero();
    void irrNullWhenCashFlowsNeverChangeSign();
    void irrTakesRootNearestZero();
    void brentAgreesWithBisectionInFewerSteps();
    void paybackInterpolatesInsideTheYear();
    void impliedPeFollowsValueDriverFormula();
    void impliedPeNullCases();
    void bookRoicExceedsEconomicWhileReturnsAreModest();
    void bearPresetIsWorseThanBase();
    void kpisInContractOrder();
    void registryCornersStayFinite();
    void reusesStorageWithoutStaleValues();
};

void TestCapex::capitalSplitAndStrandedValue() {
    const Run r = run(Scenario{});
    QCOMPARE_REL(r.results.totalCapex, 100000.0 * 30000 / 0.4, 1e-12);
    QCOMPARE_REL(r.results.gpuCapex, 3e9, 1e-12);
    QCOMPARE_REL(r.results.facilityCapex, 4.5e9, 1e-12);
    QCOMPARE_REL(r.results.strandedValue, 3e9 * (1 - 4.0 / 6.0), 1e-12);

    Scenario longLived;
    longLived[ParamId::CapexEconomicLife] = 8;  // outlives the books: nothing stranded
    QCOMPARE(run(longLived).results.strandedValue, 0.0);
}

void TestCapex::industryCheckMatchesClosedForm() {
    const Run r = run(Scenario{});
    const double required = 425 * crf(0.09, 4) / 0.5;
    QCOMPARE_REL(r.results.requiredAppRevenue, required, 1e-12);
    QCOMPARE_REL(r.results.infraToApp, 4.25, 1e-12);
    QCOMPARE_REL(r.results.revenueGap, required / 100, 1e-12);
    QVERIFY(r.results.requiredAppRevenue > 262 && r.results.requiredAppRevenue < 263);  // ≈ 262.37

    Scenario s;
    s[ParamId::CapexWacc] = 0.2;
    s[ParamId::CapexEconomicLife] = 2.5;  // CRF takes fractional lives
    s[ParamId::CapexAppMargin] = 0.3;
    s[ParamId::CapexIndustryCapex] = 600;
    s[ParamId::CapexAppRevenue] = 250;
    const Run t = run(s);
    QCOMPARE_REL(t.results.requiredAppRevenue, 600 * crf(0.2, 2.5) / 0.3, 1e-12);
    QCOMPARE_REL(t.results.revenueGap, 600 * crf(0.2, 2.5) / 0.3 / 250, 1e-12);
    QCOMPARE_REL(t.results.infraToApp, 2.4, 1e-12);
}

void TestCapex::yearOneAgainstHandArithmetic() {
    const Run r = run(Scenario{});
    QCOMPARE(int(r.results.years.size()), 5);
    const CapexYear& y1 = r.results.years[0];
    QCOMPARE(y1.year, 1);
    QCOMPARE_REL(y1.price, 4.5, 1e-12);                                  // Ih(0) = 1
    QCOMPARE_REL(y1.revenue, 100000.0 * 8760 * 0.8 * 4.5, 1e-12);        // $3.1536bn
    QCOMPARE_REL(y1.energy, 100000.0 * 1.4 * 1.25 * 8760 * 0.8 * 0.08, 1e-12);
    QCOMPARE_REL(y1.opex, 0.03 * 7.5e9, 1e-12);
    QCOMPARE_REL(y1.sbc, 0.05 * 3.1536e9, 1e-12);
    QCOMPARE_REL(y1.depreciationBook, 3e9 / 6 + 4.5e9 / 15, 1e-12);
    QCOMPARE_REL(y1.depreciationEconomic, 3e9 / 4 + 4.5e9 / 15, 1e-12);
    const double operating = 3.1536e9 - 100000.0 * 1.4 * 1.25 * 8760 * 0.8 * 0.08 - 2.25e8 -
                             0.05 * 3.1536e9;
    const double ebitBook = operating - 8e8;
    QCOMPARE_REL(y1.ebitBook, ebitBook, 1e-12);
    QCOMPARE_REL(y1.tax, 0.18 * ebitBook, 1e-12);
    QCOMPARE_REL(y1.nopatBook, 0.82 * ebitBook, 1e-12);
    QCOMPARE_REL(y1.nopatEconomic, 0.82 * (operating - 1.05e9), 1e-12);
    QCOMPARE_REL(y1.investedBook, 7.5e9 - 8e8, 1e-12);
    QCOMPARE_REL(y1.investedEconomic, 7.5e9 - 1.05e9, 1e-12);
    QCOMPARE_REL(*y1.roicBook, 0.82 * ebitBook / ((7.5e9 + 6.7e9) / 2), 1e-12);
    QCOMPARE_REL(*y1.roicEconomic, 0.82 * (operating - 1.05e9) / ((7.5e9 + 6.45e9) / 2), 1e-12);
    QCOMPARE_REL(y1.cashFlow, operating - 0.18 * ebitBook, 1e-12);
    QCOMPARE_REL(y1.cumulativeCashFlow, -7.5e9 + operating - 0.18 * ebitBook, 1e-12);
    QCOMPARE(y1.economicShare, 1.0);

    // Year 2 follows the hardware index: Ih(12) = 2^(−12 / 30).
    QCOMPARE_REL(r.results.years[1].price, 4.5 * std::pow(2.0, -0.4), 1e-12);
}

void TestCapex::yearTableMatchesReference_data() {
    QTest::addColumn<Scenario>("scenario");
    QTest::newRow("defaults") << Scenario{};
    QTest::newRow("bear") << bear();
    Scenario fractional;
    fractional[ParamId::CapexEconomicLife] = 3.5;
    fractional[ParamId::CapexBookLife] = 5.5;
    fractional[ParamId::CapexFacilityLife] = 6.5;
    fractional[ParamId::HorizonYears] = 9;
    QTest::newRow("fractional lives, facility written off") << fractional;
    Scenario loss;  // book EBIT below zero: no tax, negative NOPAT
    loss[ParamId::CapexRentalPrice] = 1.2;
    loss[ParamId::CapexExtraPriceDecline] = 0.4;
    loss[ParamId::HorizonYears] = 20;
    QTest::newRow("losses, long horizon") << loss;
    Scenario h;
    h[ParamId::HorizonYears] = 2.4;  // 29 months → 2 whole years
    h[ParamId::CostHwDoublingYears] = 0.8;
    QTest::newRow("fractional horizon") << h;
}

void TestCapex::yearTableMatchesReference() {
    QFETCH(Scenario, scenario);
    const Run r = run(scenario);
    const Reference ref = reference(scenario);
    QCOMPARE(int(r.results.years.size()), ref.Y);
    QCOMPARE(int(r.results.cashFlows.size()), ref.Y + 1);
    const double tol = 1e-9;
    for (int i = 0; i < ref.Y; ++i) {
        const CapexYear& y = r.results.years[i];
        const ReferenceYear& e = ref.years[i];
        QCOMPARE(y.year, i + 1);
        QCOMPARE_REL(y.price, e.price, tol);
        QCOMPARE_REL(y.revenue, e.revenue, tol);
        QCOMPARE_REL(y.energy, e.energy, tol);
        QCOMPARE_REL(y.opex, e.opex, tol);
        QCOMPARE_REL(y.sbc, e.sbc, tol);
        QCOMPARE_REL(y.depreciationBook, e.depBook, tol);
        QCOMPARE_REL(y.depreciationEconomic, e.depEconomic, tol);
        QCOMPARE_REL(y.ebitBook, e.ebitBook, tol);
        QCOMPARE_REL(y.ebitEconomic, e.ebitEconomic, tol);
        QCOMPARE_REL(y.tax, e.tax, tol);
        QVERIFY(y.tax >= 0);
        QCOMPARE_REL(y.nopatBook, e.nopatBook, tol);
        QCOMPARE_REL(y.nopatEconomic, e.nopatEconomic, tol);
        // Invested capital against K (accumulated sums may leave a rounding crumb).
        QVERIFY(std::fabs(y.investedBook - e.investedBook) <= 1e-9 * ref.K);
        QVERIFY(std::fabs(y.investedEconomic - e.investedEconomic) <= 1e-9 * ref.K);
        QCOMPARE_REL(y.cashFlow, e.cashFlow, tol);
        QCOMPARE_REL(r.results.cashFlows[i + 1], e.cashFlow, tol);
        const double openBook = i == 0 ? ref.K : ref.years[i - 1].investedBook;
        const double averageBook = 0.5 * (openBook + e.investedBook);
        if (averageBook > 1e-9 * ref.K) {
            QVERIFY(y.roicBook.has_value());
            QCOMPARE_REL(*y.roicBook, e.nopatBook / averageBook, 1e-7);
        } else {
            QVERIFY(!y.roicBook.has_value());  // nothing left on the books
        }
    }
    QCOMPARE_REL(r.results.terminalValue, ref.terminalValue, 1e-12);
}

void TestCapex::fractionalLivesArePaidProRata() {
    Scenario s;
    s[ParamId::CapexEconomicLife] = 3.5;
    s[ParamId::CapexBookLife] = 5.5;
    s[ParamId::HorizonYears] = 6;
    const Run r = run(s);
    const auto& y = r.results.years;
    QCOMPARE(int(y.size()), 6);
    const double shares[] = {1, 1, 1, 0.5, 0, 0};
    for (int i = 0; i < 6; ++i) QCOMPARE(y[i].economicShare, shares[i]);

    const double Kg = 3e9, Kf = 4.5e9;
    const double price4 = 4.5 * hardwareIndex(s, 36);
    QCOMPARE_REL(y[3].revenue, 100000.0 * 8760 * 0.8 * price4 * 0.5, 1e-12);
    QCOMPARE_REL(y[3].energy, 100000.0 * 1.4 * 1.25 * 8760 * 0.8 * 0.08 * 0.5, 1e-12);
    QCOMPARE(y[4].revenue, 0.0);
    QCOMPARE(y[4].energy, 0.0);
    QCOMPARE_REL(y[4].opex, 0.03 * 7.5e9, 1e-12);  // opex runs the whole horizon
    QCOMPARE_REL(y[3].depreciationEconomic, Kg / 3.5 * 0.5 + Kf / 15, 1e-12);
    QCOMPARE_REL(y[4].depreciationEconomic, Kf / 15, 1e-12);
    QCOMPARE_REL(y[5].depreciationBook, Kg / 5.5 * 0.5 + Kf / 15, 1e-12);
    QCOMPARE_REL(y[2].investedEconomic, Kg * (1 - 3 / 3.5) + Kf * (1 - 3.0 / 15), 1e-12);
    QCOMPARE_REL(y[3].investedEconomic, Kf * (1 - 4.0 / 15), 1e-12);
    QCOMPARE_REL(y[5].investedBook, Kf * (1 - 6.0 / 15), 1e-12);
    QCOMPARE_REL(r.results.strandedValue, Kg * (1 - 3.5 / 5.5), 1e-12);
}

void TestCapex::roicAverageCountsOnlyEarningYears() {
    Scenario s;
    s[ParamId::CapexEconomicLife] = 2.5;
    s[ParamId::HorizonYears] = 6;
    const Run r = run(s);
    const auto& y = r.results.years;
    // Years 1–3 earn (the third for half a year); 4–6 do not but still have ROIC values.
    QVERIFY(y[4].roicEconomic.has_value());
    const double economic = (*y[0].roicEconomic + *y[1].roicEconomic + *y[2].roicEconomic) / 3;
    const double book = (*y[0].roicBook + *y[1].roicBook + *y[2].roicBook) / 3;
    QCOMPARE_REL(*r.results.roicEconomic, economic, 1e-12);
    QCOMPARE_REL(*r.results.roicBook, book, 1e-12);
    double allYears = 0;
    for (const CapexYear& year : y) allYears += *year.roicEconomic;
    QVERIFY(!close(*r.results.roicEconomic, allYears / 6, 1e-6));
}

void TestCapex::npvFromYearCashFlows() {
    for (const Scenario& s : {Scenario{}, bear()}) {
        const Run r = run(s);
        const auto& c = r.results;
        QCOMPARE(c.cashFlows.front(), -c.totalCapex);
        for (std::size_t y = 1; y < c.cashFlows.size(); ++y)
            QCOMPARE(c.cashFlows[y], c.years[y - 1].cashFlow);
        QCOMPARE_REL(c.terminalValue, 4.5e9 * (1 - 5.0 / 15), 1e-12);  // $3bn of facility left
        QCOMPARE_REL(c.npv, npvOf(c.cashFlows, c.terminalValue, 0.09), 1e-9);
        double cumulative = c.cashFlows[0];
        for (std::size_t y = 1; y < c.cashFlows.size(); ++y) {
            cumulative += c.cashFlows[y];
            QCOMPARE_REL(c.years[y - 1].cumulativeCashFlow, cumulative, 1e-12);
        }
    }
}

void TestCapex::irrSetsNpvToZero() {
    std::vector<Scenario> scenarios{Scenario{}, bear()};
    Scenario rich;
    rich[ParamId::CapexRentalPrice] = 9;
    scenarios.push_back(rich);
    Scenario fractional;
    fractional[ParamId::CapexEconomicLife] = 5.7;
    fractional[ParamId::HorizonYears] = 7;
    scenarios.push_back(fractional);
    for (const Scenario& s : scenarios) {
        const Run r = run(s);
        const auto& c = r.results;
        QVERIFY(c.irr.has_value());
        QVERIFY(std::fabs(npvOf(c.cashFlows, c.terminalValue, *c.irr)) <= 1e-6 * c.totalCapex);
        // One sign change: NPV at WACC is positive exactly when the IRR beats WACC.
        QCOMPARE(c.npv > 0, *c.irr > c.wacc);
    }
}

void TestCapex::irrNullWhenCashFlowsNeverChangeSign() {
    Scenario s;  // revenue never covers energy and opex; the facility is gone by the end
    s[ParamId::CapexRentalPrice] = 0.1;
    s[ParamId::CapexUtilization] = 0.05;
    s[ParamId::CapexOpexShare] = 0.1;
    s[ParamId::CapexFacilityLife] = 5;
    s[ParamId::HorizonYears] = 20;
    const Run r = run(s);
    for (double f : r.results.cashFlows) QVERIFY(f < 0);
    QCOMPARE(r.results.terminalValue, 0.0);
    QVERIFY(!r.results.irr.has_value());
    QVERIFY(!r.results.paybackYears.has_value());
    QVERIFY(hasNoteFor(r.notes, "capex.irr"));
    // "capex.irr is null: cash flows never change sign"
    QVERIFY(std::any_of(r.notes.begin(), r.notes.end(),
                        [](const Message& n) { return n.code == "irr_no_sign_change"; }));
    QVERIFY(hasNoteFor(r.notes, "capex.payback_years"));
}

// The IRR's root finder: Brent's method must land where bisection does (within
// the shared tolerance, on roots known in closed form) and refuse the same
// non-brackets, in far fewer evaluations.
void TestCapex::brentAgreesWithBisectionInFewerSteps() {
    struct Case {
        double root, lo, hi;
        int kind;  // 0: cubic through the root, 1: NPV-like polynomial in 1/(1+r), 2: steep exponential
    };
    const Case cases[] = {{0.3, -0.9999, 10, 0}, {-0.5, -0.9999, 10, 0}, {2.0, -0.9, 10, 0},
                          {0.07, -0.9999, 10, 1}, {0.25, -0.5, 3, 1}, {1e-3, -0.9, 9, 2}};
    for (const Case& c : cases) {
        int brentCalls = 0, bisectCalls = 0;
        auto f = [&](double x) {
            switch (c.kind) {
            case 1: {  // -1 + Σ_{y=1..4} a / (1+x)^y with a set so that x = root is the IRR
                double annuity = 0;
                for (int y = 1; y <= 4; ++y) annuity += std::pow(1 + c.root, -y);
                double v = -1;
                for (int y = 1; y <= 4; ++y) v += (1 / annuity) * std::pow(1 + x, -y);
                return v;
            }
            case 2: return std::expm1(40 * (x - c.root));
            default: return (x - c.root) * (1 + (x - c.root) * (x - c.root));
            }
        };
        const auto byBrent = leverboard::solve::brent([&](double x) { ++brentCalls; return f(x); },
                                                      c.lo, c.hi, 1e-12, 1e-14);
        const auto byBisect = leverboard::solve::bisect([&](double x) { ++bisectCalls; return f(x); },
                                                        c.lo, c.hi, 1e-12, 1e-14);
        QVERIFY(byBrent && byBisect);
        const double tolerance = 1e-12 * std::fabs(c.root) + 1e-14;
        QVERIFY2(std::fabs(*byBrent - c.root) <= tolerance,
                 qPrintable(QStringLiteral("root %1, Brent %2").arg(c.root).arg(*byBrent, 0, 'g', 17)));
        QVERIFY(std::fabs(*byBisect - c.root) <= tolerance);
        QVERIFY2(brentCalls * 2 < bisectCalls,
                 qPrintable(QStringLiteral("Brent %1 calls, bisection %2").arg(brentCalls).arg(bisectCalls)));
    }
    // Same sign at both ends: no bracket, no answer.
    QVERIFY(!leverboard::solve::brent([](double x) { return x * x + 1; }, -1.0, 1.0));
}

void TestCapex::irrTakesRootNearestZero() {
    // A short earning life, then 18 years of opex with nothing left at the end:
    // flows go − + + − − …, so NPV can cross zero twice.
    for (double opexShare : {0.05, 0.1, 0.2}) {
        Scenario s;
        s[ParamId::HorizonYears] = 20;
        s[ParamId::CapexFacilityLife] = 5;
        s[ParamId::CapexEconomicLife] = 2;
        s[ParamId::CapexRentalPrice] = 20;
        s[ParamId::CapexOpexShare] = opexShare;
        const Run r = run(s);
        const auto& c = r.results;
        // Every root by a fine independent scan.
        std::vector<double> roots;
        double previous = npvOf(c.cashFlows, c.terminalValue, -0.9999);
        for (int i = 1; i <= 109999; ++i) {
            const double rate = -0.9999 + 1e-4 * i;
            const double value = npvOf(c.cashFlows, c.terminalValue, rate);
            if ((value < 0) != (previous < 0)) roots.push_back(rate - 0.5e-4);
            previous = value;
        }
        QVERIFY2(roots.size() >= 2, "the case must have several IRRs to be a test");
        const double nearest = *std::min_element(roots.begin(), roots.end(), [](double a, double b) {
            return std::fabs(a) < std::fabs(b);
        });
        QVERIFY(c.irr.has_value());
        QVERIFY2(std::fabs(*c.irr - nearest) <= 1e-4,
                 qPrintable(QStringLiteral("irr %1, nearest root %2").arg(*c.irr).arg(nearest)));
        QVERIFY(std::fabs(npvOf(c.cashFlows, c.terminalValue, *c.irr)) <= 1e-6 * c.totalCapex);
    }
}

void TestCapex::paybackInterpolatesInsideTheYear() {
    // Cheap GPUs at a high rent: paid back inside year 1, by hand.
    Scenario s;
    s[ParamId::CapexGpuPrice] = 10000;
    s[ParamId::CapexGpuShare] = 0.5;
    s[ParamId::CapexRentalPrice] = 6;
    {
        const double K = 100000.0 * 10000 / 0.5;
        const double revenue = 100000.0 * 8760 * 0.8 * 6;
        const double operating = revenue * (1 - 0.05) -
                                 100000.0 * 1.4 * 1.25 * 8760 * 0.8 * 0.08 - 0.03 * K;
        const double ebit = operating - 1e9 / 6 - 1e9 / 15;
        const double cashFlow = operating - 0.18 * ebit;
        QVERIFY(cashFlow > K);
        const Run r = run(s);
        QVERIFY(r.results.paybackYears.has_value());
        QCOMPARE_REL(*r.results.paybackYears, K / cashFlow, 1e-12);
    }
    // Defaults at a higher rent: paid back later, inside a year found from the reference.
    s = Scenario{};
    s[ParamId::CapexRentalPrice] = 7;
    const Reference ref = reference(s);
    double cumulative = -ref.K;
    double expected = -1;
    for (int y = 1; y <= ref.Y && expected < 0; ++y) {
        const double before = cumulative;
        cumulative += ref.years[y - 1].cashFlow;
        if (cumulative >= 0) expected = (y - 1) + (-before) / ref.years[y - 1].cashFlow;
    }
    QVERIFY2(expected > 1, "the case must pay back after year 1");
    const Run r = run(s);
    QVERIFY(r.results.paybackYears.has_value());
    QCOMPARE_REL(*r.results.paybackYears, expected, 1e-9);
    // Defaults never pay back within five years (terminal value excluded).
    const Run base = run(Scenario{});
    QVERIFY(!base.results.paybackYears.has_value());
    QVERIFY(hasNoteFor(base.notes, "capex.payback_years"));
}

void TestCapex::impliedPeFollowsValueDriverFormula() {
    const Run r = run(Scenario{});
    const auto& c = r.results;
    QVERIFY(c.roicEconomic.has_value() && c.impliedPe.has_value());
    const double roic = *c.roicEconomic;
    QCOMPARE_REL(*c.impliedPe, (1 - 0.03 / roic) / (0.09 - 0.03), 1e-12);

    QCOMPARE(int(c.roicGrid.size()), 60);
    QCOMPARE(c.peAtRoic.size(), c.roicGrid.size());
    QVERIFY(c.roicGrid.front() <= roic && roic <= c.roicGrid.back());
    QVERIFY(c.roicGrid.front() <= 0.03);  // the grid starts where the formula is undefined
    for (std::size_t i = 0; i < c.roicGrid.size(); ++i) {
        const double x = c.roicGrid[i];
        if (i > 0) QVERIFY(x > c.roicGrid[i - 1]);
        if (x <= 0.03) {
            QVERIFY(!c.peAtRoic[i].has_value());
        } else {
            QVERIFY(c.peAtRoic[i].has_value());
            QCOMPARE_REL(*c.peAtRoic[i], (1 - 0.03 / x) / 0.06, 1e-12);
        }
    }
}

void TestCapex::impliedPeNullCases() {
    {
        Scenario s;  // growth above the cost of capital
        s[ParamId::CapexGrowth] = 0.1;
        s[ParamId::CapexWacc] = 0.05;
        const Run r = run(s);
        QVERIFY(r.results.roicEconomic.has_value());
        QVERIFY(!r.results.impliedPe.has_value());
        QVERIFY(hasNoteFor(r.notes, "capex.implied_pe"));
        for (const MaybeNumber& pe : r.results.peAtRoic) QVERIFY(!pe.has_value());
    }
    {
        Scenario s;  // growth equal to the cost of capital: the formula divides by zero
        s[ParamId::CapexGrowth] = 0.09;
        const Run r = run(s);
        QVERIFY(!r.results.impliedPe.has_value());
        QVERIFY(hasNoteFor(r.notes, "capex.implied_pe"));
    }
    {
        Scenario s;  // returns below growth
        s[ParamId::CapexRentalPrice] = 1;
        const Run r = run(s);
        QVERIFY(r.results.roicEconomic.has_value());
        QVERIFY(*r.results.roicEconomic <= 0.03);
        QVERIFY(!r.results.impliedPe.has_value());
        QVERIFY(hasNoteFor(r.notes, "capex.implied_pe"));
    }
    const Run base = run(Scenario{});
    QVERIFY(!hasNoteFor(base.notes, "capex.implied_pe"));
}

// With whole-year lives and y ≤ economic_life < book_life, both views differ
// only by δ = Kg (1/Le − 1/Lb) of depreciation a year, so NOPAT differs by
// (1 − t) δ and average invested capital by (y − ½) δ. Then
//     ROIC_book,y ≥ ROIC_economic,y  ⇔  ROIC_book,y ≤ (1 − t) / (y − ½).
// Faster write-offs lower economic ROIC while returns are modest; at very high
// returns the smaller capital base wins and economic ROIC is the higher one.
void TestCapex::bookRoicExceedsEconomicWhileReturnsAreModest() {
    const Run base = run(Scenario{});
    QVERIFY(*base.results.roicBook > *base.results.roicEconomic);

    std::mt19937 gen(20240607);
    int modest = 0, highReturnFlips = 0;
    for (int i = 0; i < 400; ++i) {
        Scenario s;
        for (const ParameterSpec& p : parameters()) {
            if (p.group != ModelGroup::Capex) continue;
            s[p.param] = clampToRange(p.param, p.defaultValue * (0.5 + unit(gen)));
        }
        s[ParamId::HorizonYears] = 1 + std::floor(20 * unit(gen));
        s[ParamId::CostHwDoublingYears] = 0.5 + 9.5 * unit(gen);
        const double bookLife = 2 + 8 * unit(gen);
        s[ParamId::CapexBookLife] = bookLife;
        s[ParamId::CapexEconomicLife] = 1 + std::floor(unit(gen) * (std::ceil(bookLife) - 1));
        QVERIFY(s[ParamId::CapexEconomicLife] < bookLife);

        const Run r = run(s);
        const double t = s[ParamId::CapexTaxRate];
        bool allModest = true;
        for (const CapexYear& y : r.results.years) {
            if (y.economicShare <= 0) continue;
            QVERIFY(y.roicBook && y.roicEconomic);
            const double threshold = (1 - t) / (y.year - 0.5);
            const double margin = 1e-9 * std::max(1.0, std::fabs(*y.roicBook));
            if (*y.roicBook <= threshold - margin) {
                QVERIFY2(*y.roicBook >= *y.roicEconomic,
                         qPrintable(QStringLiteral("scenario %1 year %2").arg(i).arg(y.year)));
            } else if (*y.roicBook >= threshold + margin) {
                QVERIFY(*y.roicBook < *y.roicEconomic);
                ++highReturnFlips;
                allModest = false;
            } else {
                allModest = false;
            }
        }
        if (allModest) {
            ++modest;
            QVERIFY2(*r.results.roicBook >= *r.results.roicEconomic,
                     qPrintable(QStringLiteral("scenario %1").arg(i)));
        }
    }
    QVERIFY2(modest >= 300, qPrintable(QString::number(modest)));
    QVERIFY(highReturnFlips > 0);  // the other side of the rule was exercised too
}

void TestCapex::bearPresetIsWorseThanBase() {
    const Run base = run(Scenario{});
    const Run bearRun = run(bear());
    QVERIFY(bearRun.results.npv < base.results.npv);
    QVERIFY(*bearRun.results.roicEconomic < *base.results.roicEconomic);
    QCOMPARE_REL(bearRun.results.strandedValue, 3e9 * (1 - 3.0 / 6), 1e-12);
    QVERIFY(bearRun.results.requiredAppRevenue > base.results.requiredAppRevenue);  // 3-year CRF
}

void TestCapex::kpisInContractOrder() {
    const Run r = run(Scenario{});
    const std::vector<std::string> ids{
        "capex.total_capex",  "capex.roic_book",      "capex.roic_economic",
        "capex.npv",          "capex.irr",            "capex.payback_years",
        "capex.stranded_value", "capex.implied_pe",   "capex.infra_to_app",
        "capex.required_app_revenue", "capex.revenue_gap"};
    QCOMPARE(r.kpis.size(), ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i) {
        QCOMPARE(r.kpis[i].id, ids[i]);
        QVERIFY(!r.kpis[i].isText());
    }
    const auto& c = r.results;
    QCOMPARE(r.kpis[0].value, MaybeNumber(c.totalCapex));
    QCOMPARE(r.kpis[1].value, c.roicBook);
    QCOMPARE(r.kpis[2].value, c.roicEconomic);
    QCOMPARE(r.kpis[3].value, MaybeNumber(c.npv));
    QCOMPARE(r.kpis[4].value, c.irr);
    QCOMPARE(r.kpis[5].value, c.paybackYears);
    QCOMPARE(r.kpis[6].value, MaybeNumber(c.strandedValue));
    QCOMPARE(r.kpis[7].value, c.impliedPe);
    QCOMPARE(r.kpis[8].value, MaybeNumber(c.infraToApp));
    QCOMPARE(r.kpis[9].value, MaybeNumber(c.requiredAppRevenue));
    QCOMPARE(r.kpis[10].value, MaybeNumber(c.revenueGap));
}

void TestCapex::registryCornersStayFinite() {
    std::vector<ParamId> varied{ParamId::HorizonYears, ParamId::CostHwDoublingYears};
    for (const ParameterSpec& p : parameters())
        if (p.group == ModelGroup::Capex) varied.push_back(p.param);

    std::vector<Scenario> scenarios;
    for (ParamId id : varied) {
        for (double value : {spec(id).min, spec(id).max}) {
            Scenario s;
            s[id] = value;
            scenarios.push_back(s);
        }
    }
    std::mt19937 gen(7);
    for (int i = 0; i < 300; ++i) {  // every varied parameter at one end or the other
        Scenario s;
        for (ParamId id : varied) s[id] = (gen() & 1) ? spec(id).max : spec(id).min;
        scenarios.push_back(s);
    }
    for (std::size_t i = 0; i < scenarios.size(); ++i) {
        const Run r = run(scenarios[i]);
        for (double v : allNumbers(r.results))
            QVERIFY2(std::isfinite(v), qPrintable(QStringLiteral("scenario %1").arg(i)));
        for (const Kpi& k : r.kpis) {
            if (k.value) QVERIFY(std::isfinite(*k.value));
            else QVERIFY2(hasNoteFor(r.notes, k.id), k.id.c_str());
        }
    }
}

void TestCapex::reusesStorageWithoutStaleValues() {
    Scenario longRun;
    longRun[ParamId::HorizonYears] = 20;
    Scenario shortRun = bear();
    shortRun[ParamId::HorizonYears] = 3;

    CapexResults reused;
    std::vector<Message> notes;
    CapexModel::evaluate(longRun, CostCurve(longRun), reused, notes);
    const CapexYear* storage = reused.years.data();
    CapexModel::evaluate(shortRun, CostCurve(shortRun), reused, notes);
    QCOMPARE(reused.years.data(), storage);  // no reallocation when shrinking
    QCOMPARE(int(reused.years.size()), 3);
    QCOMPARE(int(reused.cashFlows.size()), 4);

    const Run fresh = run(shortRun);
    QCOMPARE(allNumbers(reused), allNumbers(fresh.results));  // bit for bit
}

QTEST_APPLESS_MAIN(TestCapex)
#include "test_capex.moc"
