#pragma once
// Metadata of every headline number (KPI) of MODEL.md: labels, units, how to
// format it for people and its natural threshold. Each model lists its own
// KPIs in its .cpp (ModelSpec::kpis); this is the union in registry order.
// KPI cards, the compare table and the report are generated from it.

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "params/ParameterRegistry.h"

namespace leverboard {

enum class KpiFormat {
    Money,          // $7.5B, $120K
    MoneyBillions,  // value already in $bn
    PricePerMTok,   // $ / 1M tokens
    Months,
    Years,
    MonthIndex,     // an integer month index
    Percent,        // fraction shown as %
    Multiple,       // 12.3×
    People,
    ComputeUnits,
    Number,         // a plain number shown with the spec's unit (e.g. GPU-years, per year)
    Text            // a string KPI (a name, e.g. the better strategy)
};

// Which way is good, for colouring cards where a KPI has a meaning.
enum class KpiSense { Neutral, HigherIsBetter, LowerIsBetter };

// The line a decision turns on (MODEL.md, "Analysis on top of any model"),
// where the KPI has one. Its value depends on the scenario: see thresholdValue.
struct KpiThreshold {
    enum class Kind {
        None,
        Constant,   // value
        Parameter,  // the parameter ref (e.g. the cost of capital)
        Kpi,        // the KPI ref (e.g. the headcount without AI)
        Horizon     // the horizon in months
    };
    Kind kind = Kind::None;
    double value = 0;
    std::string_view ref;
    // The good side: above the threshold (NPV, ROIC, IRR, pretraining
    // advantage), or at or below it (unlock month, required headcount).
    bool goodAbove = true;
};

constexpr KpiThreshold noThreshold() { return {}; }
constexpr KpiThreshold aboveConstant(double value) {
    return {KpiThreshold::Kind::Constant, value, {}, true};
}
constexpr KpiThreshold aboveParameter(std::string_view parameterId) {
    return {KpiThreshold::Kind::Parameter, 0, parameterId, true};
}
constexpr KpiThreshold belowKpi(std::string_view kpiId) {
    return {KpiThreshold::Kind::Kpi, 0, kpiId, false};
}
constexpr KpiThreshold atOrBelowConstant(double value) {
    return {KpiThreshold::Kind::Constant, value, {}, false};
}
constexpr KpiThreshold atOrBelowHorizon() { return {KpiThreshold::Kind::Horizon, 0, {}, false}; }

struct KpiSpec {
    std::string_view id;      // for per-application KPIs: the prefix kUnlockMonthPrefix
    ModelGroup group;
    std::string_view labelEn;
    std::string_view labelZh;
    std::string_view unit;
    KpiFormat format;
    KpiSense sense;
    std::string_view meaning;
    bool headline;            // shown on the Overview page
    KpiThreshold threshold;
};

std::span<const KpiSpec> kpiSpecs();
// Finds the spec of an id, including kUnlockMonthPrefix + <app id>.
const KpiSpec* findKpiSpec(std::string_view id);

struct Kpi;
struct Results;
// The threshold's value for the scenario these results were evaluated from,
// per call: a parameter as the model used it (clamped to its range), a KPI
// from the results, the horizon in months. nullopt when the KPI has no
// threshold or the KPI it refers to is null.
std::optional<double> thresholdValue(const KpiSpec& spec, const Results& results);

// Which side of its natural threshold a KPI value is on.
enum class ThresholdSide { None, Good, Bad };  // None: no threshold, or a null on either side
ThresholdSide thresholdSide(const KpiSpec& spec, const Kpi& kpi, const Results& results);

inline constexpr std::string_view kUnlockMonthPrefix = "cost.unlock_month.";

}  // namespace leverboard
