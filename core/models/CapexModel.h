#pragma once
// 4. Capex and ROIC (MODEL.md §4): one GPU cohort, book against economic depreciation.

#include <span>
#include <string>
#include <vector>

#include "models/CostCurveModel.h"
#include "models/ModelRegistry.h"
#include "models/Results.h"
#include "scenario/Scenario.h"

namespace leverboard {

struct CapexYear {
    int year = 0;  // 1 … Y
    double price = 0;                 // $ / GPU-hour
    double economicShare = 0;         // share(y, economic_life)
    double revenue = 0;
    double energy = 0;
    double opex = 0;
    double sbc = 0;
    double depreciationBook = 0;
    double depreciationEconomic = 0;
    double ebitBook = 0;
    double ebitEconomic = 0;
    double tax = 0;                   // tax on book EBIT, ≥ 0
    double nopatBook = 0;
    double nopatEconomic = 0;
    double investedBook = 0;          // closing invested capital, book view
    double investedEconomic = 0;      // closing invested capital, economic view
    MaybeNumber roicBook;
    MaybeNumber roicEconomic;
    double cashFlow = 0;
    double cumulativeCashFlow = 0;    // terminal value excluded
};

struct CapexResults {
    static constexpr ModelGroup kGroup = ModelGroup::Capex;

    std::vector<CapexYear> years;
    double totalCapex = 0;     // K
    double gpuCapex = 0;       // Kg
    double facilityCapex = 0;  // Kf
    double terminalValue = 0;
    double wacc = 0;
    double growth = 0;
    std::vector<double> cashFlows;  // year 0 … Y (terminal value excluded)

    // Implied P/E against ROIC (value-driver formula), for the chart.
    std::vector<double> roicGrid;
    std::vector<MaybeNumber> peAtRoic;

    double industryCapex = 0;  // $bn / year
    double appRevenue = 0;     // $bn / year

    MaybeNumber roicBook;
    MaybeNumber roicEconomic;
    double npv = 0;
    MaybeNumber irr;
    MaybeNumber paybackYears;
    double strandedValue = 0;
    MaybeNumber impliedPe;
    double infraToApp = 0;
    double requiredAppRevenue = 0;  // $bn / year
    double revenueGap = 0;
};

// CRF(r, n) = r / (1 − (1 + r)^(−n)): the yearly payment that repays 1 over n
// years at rate r (MODEL.md §4; the power model's capital charge uses it too).
double capitalRecoveryFactor(double rate, double years);

class CapexModel {
public:
    // Fills out (reusing its storage) from a range-clamped scenario and the
    // cost curve's indices; appends a note for each null KPI saying why
    // (Results::notes).
    // chartGrids false: roicGrid and peAtRoic are left as they were.
    static void evaluate(const Scenario& scenario, const CostCurve& curve, CapexResults& out,
                         MessageWriter notes, bool chartGrids = true);
    static void appendKpis(const CapexResults& results, KpiWriter kpis);

    // The model registry's entry (models/ModelRegistry.cpp): evaluates into
    // results.get<CapexResults>() and appends the KPIs; this model's KPI specs; its
    // time series as the CSV table.
    static void evaluate(const EvalContext& context, Results& results);
    static std::span<const KpiSpec> kpis();
    static SeriesTable seriesTable(const Results& results);
};

}  // namespace leverboard
