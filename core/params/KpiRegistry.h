#pragma once
// Metadata of every headline number (KPI) of MODEL.md: labels, units and how
// to format it for people. KPI cards, the compare table and the report are
// generated from it.

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
    Text            // a string KPI (life.better_strategy)
};

// Which way is good, for colouring cards where a KPI has a meaning.
enum class KpiSense { Neutral, HigherIsBetter, LowerIsBetter };

struct KpiSpec {
    std::string_view id;      // for per-application KPIs: the prefix "cost.unlock_month."
    ModelGroup group;
    std::string_view labelEn;
    std::string_view labelZh;
    std::string_view unit;
    KpiFormat format;
    KpiSense sense;
    std::string_view meaning;
    bool headline;            // shown on the Overview page
};

std::span<const KpiSpec> kpiSpecs();
// Finds the spec of an id, including "cost.unlock_month.<app id>".
const KpiSpec* findKpiSpec(std::string_view id);

inline constexpr std::string_view kUnlockMonthPrefix = "cost.unlock_month.";

}  // namespace leverboard
