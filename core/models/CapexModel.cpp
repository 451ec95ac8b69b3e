#include "models/CapexModel.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <span>
#include <vector>

#include "models/Solvers.h"

namespace leverboard {
namespace {

constexpr double kHoursPerYear = 8760.0;

// IRR search bracket: from a near-total loss per year to a thousand per cent.
constexpr double kIrrLow = -0.9999;
constexpr double kIrrHigh = 10.0;
// When the cash flows change sign more than once there may be several IRRs.
// We walk outward from r = 0 on both sides in steps of ln(1 + r) that start
// at kIrrFirstStep and widen by kIrrStepGrowth each step (fine near 0, where
// the answers that matter lie; ~45 NPV evaluations in all), and keep the root
// nearest 0. Two roots closer together than one step, or a root where NPV only
// touches zero, can be missed.
constexpr double kIrrFirstStep = 0.02;
constexpr double kIrrStepGrowth = 1.2;

constexpr int kRoicGridPoints = 60;

// Part of year y (1-based) that an asset or activity with life `life` covers.
double shareOfYear(int year, double life) {
    return std::min(1.0, std::max(0.0, life - (year - 1)));
}

// Fraction of an asset with life `life` still on the books after `years` years
// of straight-line depreciation. Exactly 0 once fully written off, so a
// written-off asset never leaves a rounding crumb of invested capital.
double remainingFraction(double years, double life) {
    return 1.0 - std::min(years, life) / life;
}

// Σ flows[y] × x^y, by Horner's rule, for the discount factor x = 1 / (1 + rate).
double presentValueAtDiscount(std::span<const double> flows, double x) {
    double sum = 0;
    for (std::size_t i = flows.size(); i-- > 0;) sum = sum * x + flows[i];
    return sum;
}

// Σ flows[y] × (1 + rate)^(−y).
double presentValue(std::span<const double> flows, double rate) {
    return presentValueAtDiscount(flows, 1.0 / (1.0 + rate));
}

int signChanges(std::span<const double> flows) {
    int changes = 0;
    int lastSign = 0;
    for (double f : flows) {
        if (f == 0) continue;
        const int sign = f < 0 ? -1 : 1;
        if (lastSign != 0 && sign != lastSign) ++changes;
        lastSign = sign;
    }
    return changes;
}

struct IrrOutcome {
    MaybeNumber rate;
    const char* whyNull = nullptr;  // the note's code when there is no rate
};

struct WalkPoint {
    double rate;
    double discount;  // 1 / (1 + rate), as presentValue works it out
};

// The rates the walk from r = 0 towards limit visits (see kIrrFirstStep): the
// same for every cash flow, so worked out once (no expm1 or division per step).
std::vector<WalkPoint> walkRates(double limit) {
    const double direction = limit > 0 ? 1.0 : -1.0;
    std::vector<WalkPoint> points;
    double logGrowth = 0;  // ln(1 + r)
    double step = kIrrFirstStep;
    for (;;) {
        logGrowth += direction * step;
        step *= kIrrStepGrowth;
        double rate = std::expm1(logGrowth);
        const bool last = limit > 0 ? rate >= limit : rate <= limit;
        if (last) rate = limit;
        points.push_back({rate, 1.0 / (1.0 + rate)});
        if (last) return points;
    }
}

// First bracket of a sign change of NPV met when walking from r = 0 towards
// r = limit (kIrrHigh or kIrrLow); returns the root in it.
// Gives up once the walk is more than giveUpBeyond away from 0.
MaybeNumber nearestRootOnOneSide(std::span<const double> flows, double limit,
                                 double giveUpBeyond = HUGE_VAL) {
    static const std::vector<WalkPoint> upward = walkRates(kIrrHigh);
    static const std::vector<WalkPoint> downward = walkRates(kIrrLow);
    const std::vector<WalkPoint>& points = limit > 0 ? upward : downward;
    double previousRate = 0;
    double previousValue = presentValueAtDiscount(flows, 1.0);
    if (previousValue == 0) return 0.0;
    for (const WalkPoint& point : points) {
        const double rate = point.rate;
        const double value = presentValueAtDiscount(flows, point.discount);
        if ((value < 0) != (previousValue < 0) || value == 0) {
            // The bracket's ends are already evaluated.
            const bool upwards = rate > previousRate;
            return solve::brentFrom([&](double r) { return presentValue(flows, r); },
                                    upwards ? previousRate : rate, upwards ? rate : previousRate,
                                    upwards ? previousValue : value, upwards ? value : previousValue, 1e-12, 1e-14);
        }
        if (std::fabs(rate) >= giveUpBeyond) return std::nullopt;
        previousRate = rate;
        previousValue = value;
    }
    return std::nullopt;
}

// flows: year 0 … Y including the terminal value.
IrrOutcome internalRateOfReturn(std::span<const double> flows) {
    const int changes = signChanges(flows);
    if (changes == 0) return {std::nullopt, "irr_no_sign_change"};
    auto npv = [&](double r) { return presentValue(flows, r); };
    if (changes == 1) {
        // Descartes' rule of signs: at most one rate in (−1, ∞) sets NPV to zero.
        if (auto root = solve::brent(npv, kIrrLow, kIrrHigh, 1e-12, 1e-14)) return {root};
        return {std::nullopt, "irr_no_root"};
    }
    const MaybeNumber above = nearestRootOnOneSide(flows, kIrrHigh);
    // No need to look further below 0 than the root found above it.
    const MaybeNumber below =
        nearestRootOnOneSide(flows, kIrrLow, above ? std::fabs(*above) : HUGE_VAL);
    if (above && below) return {std::fabs(*above) <= std::fabs(*below) ? above : below};
    if (above) return {above};
    if (below) return {below};
    return {std::nullopt, "irr_no_root"};
}

// Years until the cumulative cash flow (year 0 included) first turns
// non-negative, interpolated linearly inside that year.
MaybeNumber paybackYears(std::span<const double> cashFlows) {
    double cumulative = cashFlows.empty() ? 0 : cashFlows[0];
    if (cumulative >= 0) return 0.0;
    for (std::size_t y = 1; y < cashFlows.size(); ++y) {
        const double before = cumulative;
        cumulative += cashFlows[y];
        if (cumulative >= 0) return static_cast<double>(y - 1) + (-before) / cashFlows[y];
    }
    return std::nullopt;
}

// Value-driver formula (Koller et al.): P/E = (1 − g / ROIC) / (WACC − g).
MaybeNumber valueDriverPe(double roic, double wacc, double growth) {
    if (!(roic > growth) || !(wacc > growth)) return std::nullopt;
    return (1.0 - growth / roic) / (wacc - growth);
}

struct RoicAverage {
    MaybeNumber value;
    int skippedYears = 0;  // counted years whose ROIC is undefined
};

// Plain average of ROIC_y over the years the GPUs still earn (economic share > 0).
template <class Member>
RoicAverage averageRoic(const std::vector<CapexYear>& years, Member member) {
    RoicAverage average;
    double sum = 0;
    int count = 0;
    for (const CapexYear& year : years) {
        if (year.economicShare <= 0) continue;
        const MaybeNumber& roic = year.*member;
        if (!roic) {
            ++average.skippedYears;
            continue;
        }
        sum += *roic;
        ++count;
    }
    if (count > 0) average.value = sum / count;
    return average;
}

void reportRoicAverage(const RoicAverage& average, const char* kpiId, const char* view,
                       MessageWriter notes) {
    if (!average.value) {
        notes.push_back({kpiId, "roic_written_off", {view}});
    } else if (average.skippedYears > 0) {
        notes.push_back({kpiId, "roic_years_skipped", {average.skippedYears, view}});
    }
}

// P/E against ROIC for the chart (roicGrid, peAtRoic): from half the growth
// rate (where the formula is undefined) to well past the scenario's own ROIC.
void fillPeGrid(double roic, double wacc, double growth, CapexResults& out) {
    double gridLow = 0.5 * std::max(growth, 0.005);
    if (roic > 0) gridLow = std::min(gridLow, roic);
    const double gridHigh = std::max(0.6, 2.0 * std::fabs(roic));
    out.roicGrid.resize(kRoicGridPoints);
    out.peAtRoic.resize(kRoicGridPoints);
    for (int i = 0; i < kRoicGridPoints; ++i) {
        const double x = gridLow + (gridHigh - gridLow) * i / (kRoicGridPoints - 1);
        out.roicGrid[static_cast<std::size_t>(i)] = x;
        out.peAtRoic[static_cast<std::size_t>(i)] = valueDriverPe(x, wacc, growth);
    }
}

}  // namespace

double capitalRecoveryFactor(double rate, double years) {
    return rate / (1.0 - std::pow(1.0 + rate, -years));
}

void CapexModel::evaluate(const Scenario& scenario, const CostCurve& curve, CapexResults& out,
                          MessageWriter notes, bool chartGrids) {
    const double gpus = scenario[ParamId::CapexGpus];
    const double gpuPrice = scenario[ParamId::CapexGpuPrice];
    const double gpuShare = scenario[ParamId::CapexGpuShare];
    const double powerKw = scenario[ParamId::CapexPowerKw];
    const double pue = scenario[ParamId::CapexPue];
    const double electricityPrice = scenario[ParamId::CapexElectricityPrice];
    const double utilization = scenario[ParamId::CapexUtilization];
    const double rentalPrice = scenario[ParamId::CapexRentalPrice];
    const double extraPriceDecline = scenario[ParamId::CapexExtraPriceDecline];
    const double opexShare = scenario[ParamId::CapexOpexShare];
    const double sbcShare = scenario[ParamId::CapexSbcShare];
    const double taxRate = scenario[ParamId::CapexTaxRate];
    const double bookLife = scenario[ParamId::CapexBookLife];
    const double economicLife = scenario[ParamId::CapexEconomicLife];
    const double facilityLife = scenario[ParamId::CapexFacilityLife];
    const double wacc = scenario[ParamId::CapexWacc];
    const double growth = scenario[ParamId::CapexGrowth];
    const double industryCapex = scenario[ParamId::CapexIndustryCapex];
    const double appRevenue = scenario[ParamId::CapexAppRevenue];
    const double appMargin = scenario[ParamId::CapexAppMargin];

    // Whole years, from the same whole-month horizon as the other models
    // (a fractional horizon rounds to the nearest year, at least 1).
    const int horizonYears =
        std::max(1, static_cast<int>(std::lround(scenario.horizonMonths() / 12.0)));

    const double gpuCapex = gpus * gpuPrice;
    const double totalCapex = gpuCapex / gpuShare;
    const double facilityCapex = totalCapex - gpuCapex;
    out.totalCapex = totalCapex;
    out.gpuCapex = gpuCapex;
    out.facilityCapex = facilityCapex;
    out.wacc = wacc;
    out.growth = growth;
    out.industryCapex = industryCapex;
    out.appRevenue = appRevenue;

    const double hoursSold = gpus * kHoursPerYear * utilization;
    const double energyPerEarningYear = gpus * powerKw * pue * kHoursPerYear * utilization *
                                        electricityPrice;
    const double opex = opexShare * totalCapex;

    out.years.resize(static_cast<std::size_t>(horizonYears));
    out.cashFlows.resize(static_cast<std::size_t>(horizonYears) + 1);
    out.cashFlows[0] = -totalCapex;

    double erosion = 1.0;  // (1 − extra_price_decline)^(y − 1)
    double openingBook = totalCapex;
    double openingEconomic = totalCapex;
    double cumulative = -totalCapex;
    for (int y = 1; y <= horizonYears; ++y) {
        CapexYear& year = out.years[static_cast<std::size_t>(y - 1)];
        const double economicShare = shareOfYear(y, economicLife);
        const double bookShare = shareOfYear(y, bookLife);
        const double facilityDepreciation =
            facilityCapex / facilityLife * shareOfYear(y, facilityLife);

        year.year = y;
        year.price = rentalPrice * curve.hardwareIndex(12.0 * (y - 1)) * erosion;
        year.economicShare = economicShare;
        year.revenue = hoursSold * year.price * economicShare;
        year.energy = energyPerEarningYear * economicShare;
        year.opex = opex;
        year.sbc = sbcShare * year.revenue;
        year.depreciationBook = gpuCapex / bookLife * bookShare + facilityDepreciation;
        year.depreciationEconomic = gpuCapex / economicLife * economicShare + facilityDepreciation;

        const double operatingProfit = year.revenue - year.energy - year.opex - year.sbc;
        year.ebitBook = operatingProfit - year.depreciationBook;
        year.ebitEconomic = operatingProfit - year.depreciationEconomic;
        year.tax = std::max(0.0, taxRate * year.ebitBook);
        year.nopatBook = year.ebitBook * (1.0 - taxRate);
        year.nopatEconomic = year.ebitEconomic * (1.0 - taxRate);

        const double facilityLeft = facilityCapex * remainingFraction(y, facilityLife);
        year.investedBook = gpuCapex * remainingFraction(y, bookLife) + facilityLeft;
        year.investedEconomic = gpuCapex * remainingFraction(y, economicLife) + facilityLeft;

        // Return on capital that is entirely written off is undefined (it
        // would divide by zero), so such a year has no ROIC.
        const double averageBook = 0.5 * (openingBook + year.investedBook);
        const double averageEconomic = 0.5 * (openingEconomic + year.investedEconomic);
        year.roicBook = averageBook > 0 ? MaybeNumber(year.nopatBook / averageBook) : std::nullopt;
        year.roicEconomic = averageEconomic > 0
                                ? MaybeNumber(year.nopatEconomic / averageEconomic)
                                : std::nullopt;
        openingBook = year.investedBook;
        openingEconomic = year.investedEconomic;

        year.cashFlow = operatingProfit - year.tax;
        cumulative += year.cashFlow;
        year.cumulativeCashFlow = cumulative;
        out.cashFlows[static_cast<std::size_t>(y)] = year.cashFlow;

        erosion *= 1.0 - extraPriceDecline;
    }

    // ---- ROIC averages -------------------------------------------------------
    const RoicAverage book = averageRoic(out.years, &CapexYear::roicBook);
    const RoicAverage economic = averageRoic(out.years, &CapexYear::roicEconomic);
    out.roicBook = book.value;
    out.roicEconomic = economic.value;
    reportRoicAverage(book, "capex.roic_book", "book", notes);
    reportRoicAverage(economic, "capex.roic_economic", "economic", notes);

    out.strandedValue = gpuCapex * std::max(0.0, 1.0 - economicLife / bookLife);

    // ---- Cash-flow measures ----------------------------------------------------
    out.terminalValue = facilityCapex * std::max(0.0, 1.0 - horizonYears / facilityLife);
    const std::span<const double> flows(out.cashFlows);
    out.npv = presentValue(flows, wacc) + out.terminalValue * std::pow(1.0 + wacc, -horizonYears);

    // The IRR solves the same flows as the NPV: terminal value in year Y.
    // Y ≤ 20, so this stays on the stack.
    std::array<double, 64> withTerminal{};
    const std::size_t flowCount = std::min(out.cashFlows.size(), withTerminal.size());
    std::copy_n(out.cashFlows.begin(), flowCount, withTerminal.begin());
    withTerminal[flowCount - 1] += out.terminalValue;
    const IrrOutcome irr = internalRateOfReturn(std::span<const double>(withTerminal.data(), flowCount));
    out.irr = irr.rate;
    if (!out.irr) {
        Message note{"capex.irr", irr.whyNull, {}};
        if (note.code == "irr_no_root") note.args = {kIrrLow, kIrrHigh};
        notes.append(std::move(note));
    }

    out.paybackYears = paybackYears(flows);
    if (!out.paybackYears)
        notes.push_back({"capex.payback_years", "payback_beyond_horizon", {horizonYears}});

    // ---- Valuation ---------------------------------------------------------------
    out.impliedPe = out.roicEconomic ? valueDriverPe(*out.roicEconomic, wacc, growth) : std::nullopt;
    if (!out.impliedPe) {
        if (!out.roicEconomic)
            notes.push_back({"capex.implied_pe", "implied_pe_no_roic", {}});
        else if (!(wacc > growth))
            notes.push_back({"capex.implied_pe", "implied_pe_wacc_below_growth", {wacc, growth}});
        else
            notes.push_back({"capex.implied_pe", "implied_pe_roic_below_growth", {*out.roicEconomic, growth}});
    }

    if (chartGrids) fillPeGrid(out.roicEconomic.value_or(0.0), wacc, growth, out);

    // ---- Industry check ------------------------------------------------------------
    out.infraToApp = industryCapex / appRevenue;
    out.requiredAppRevenue = industryCapex * capitalRecoveryFactor(wacc, economicLife) / appMargin;
    out.revenueGap = out.requiredAppRevenue / appRevenue;
}

void CapexModel::appendKpis(const CapexResults& results, KpiWriter kpis) {
    kpis.push_back({"capex.total_capex", results.totalCapex, {}});
    kpis.push_back({"capex.roic_book", results.roicBook, {}});
    kpis.push_back({"capex.roic_economic", results.roicEconomic, {}});
    kpis.push_back({"capex.npv", results.npv, {}});
    kpis.push_back({"capex.irr", results.irr, {}});
    kpis.push_back({"capex.payback_years", results.paybackYears, {}});
    kpis.push_back({"capex.stranded_value", results.strandedValue, {}});
    kpis.push_back({"capex.implied_pe", results.impliedPe, {}});
    kpis.push_back({"capex.infra_to_app", results.infraToApp, {}});
    kpis.push_back({"capex.required_app_revenue", results.requiredAppRevenue, {}});
    kpis.push_back({"capex.revenue_gap", results.revenueGap, {}});
}

// ---- The model registry's entry (models/ModelRegistry.cpp) -----------------------
namespace {
namespace kpi_rows {
using enum ModelGroup;
using enum KpiFormat;
using enum KpiSense;

// In the order appendKpis adds them.
// clang-format off
const KpiSpec kKpis[] = {
  {"capex.total_capex", Capex, "Total capex", "总资本开支", "$", Money, Neutral,
   "GPUs plus building, power and cooling", false, noThreshold()},
  {"capex.roic_book", Capex, "ROIC (book)", "投资回报率（账面）", "%", Percent, HigherIsBetter,
   "Average return on invested capital with accounting depreciation", true, aboveParameter("capex.wacc")},
  {"capex.roic_economic", Capex, "ROIC (economic)", "投资回报率（经济）", "%", Percent, HigherIsBetter,
   "Average return on invested capital with economic depreciation", true, aboveParameter("capex.wacc")},
  {"capex.npv", Capex, "NPV", "净现值", "$", Money, HigherIsBetter,
   "Net present value of the cohort's cash flows at WACC", true, aboveConstant(0)},
  {"capex.irr", Capex, "IRR", "内部收益率", "%", Percent, HigherIsBetter,
   "Internal rate of return of the cohort's cash flows", false, aboveParameter("capex.wacc")},
  {"capex.payback_years", Capex, "Payback", "回收期", "years", Years, LowerIsBetter,
   "Years until cumulative cash flow turns non-negative", false, noThreshold()},
  {"capex.stranded_value", Capex, "Stranded value", "搁浅资产价值", "$", Money, LowerIsBetter,
   "GPU book value left when the economic life ends", false, noThreshold()},
  {"capex.implied_pe", Capex, "Implied P/E", "隐含市盈率", "×", Multiple, Neutral,
   "Value-driver formula with average economic ROIC", false, noThreshold()},
  {"capex.infra_to_app", Capex, "Infra : app revenue", "基础设施与应用收入比", "×", Multiple, LowerIsBetter,
   "Industry capex divided by application revenue", false, noThreshold()},
  {"capex.required_app_revenue", Capex, "Required app revenue", "所需应用收入", "$bn / year", MoneyBillions, Neutral,
   "Application revenue needed for industry capex to earn its cost of capital", false, noThreshold()},
  {"capex.revenue_gap", Capex, "Revenue gap", "收入缺口", "×", Multiple, LowerIsBetter,
   "Required application revenue divided by actual", true, atOrBelowConstant(1)},
};
// clang-format on

}  // namespace kpi_rows
}  // namespace

void CapexModel::evaluate(const EvalContext& context, Results& results) {
    CapexResults& capex = results.get<CapexResults>();
    evaluate(context.scenario, context.curve, capex, context.notes, context.chartGrids);
    appendKpis(capex, context.kpis);
}

std::span<const KpiSpec> CapexModel::kpis() { return kpi_rows::kKpis; }

SeriesTable CapexModel::seriesTable(const Results& results) {
    const CapexResults& capex = results.get<CapexResults>();
    SeriesTable table;
    table.columns = {"year",
                     "price",
                     "revenue",
                     "energy",
                     "opex",
                     "sbc",
                     "depreciation_book",
                     "depreciation_economic",
                     "ebit_book",
                     "ebit_economic",
                     "tax",
                     "nopat_book",
                     "nopat_economic",
                     "invested_book",
                     "invested_economic",
                     "roic_book",
                     "roic_economic",
                     "cash_flow",
                     "cumulative_cash_flow"};
    table.rows.reserve(capex.years.size());
    for (const auto& y : capex.years) {
        table.rows.push_back({double(y.year), y.price, y.revenue, y.energy, y.opex, y.sbc,
                              y.depreciationBook, y.depreciationEconomic, y.ebitBook,
                              y.ebitEconomic, y.tax, y.nopatBook, y.nopatEconomic, y.investedBook,
                              y.investedEconomic, y.roicBook, y.roicEconomic, y.cashFlow,
                              y.cumulativeCashFlow});
    }
    return table;
}

}  // namespace leverboard
