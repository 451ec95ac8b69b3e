#pragma once
// The parameter registry: one table of every model parameter (MODEL.md).
// Sliders, spin boxes, tooltips, the workspace validator, the command line
// and the report table are all generated from it.

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace leverboard {

enum class Scale {
    Linear,     // slider moves the value linearly
    Log,        // slider moves log(value)
    LogOnePlus  // slider moves log(1 + value) (allows 0, e.g. compute per person)
};

enum class ModelGroup { Global, Cost, Leverage, HalfLife, Capex, Cluster, Power, Chips };

// Stable, dense index of every parameter; order matches the registry table.
enum class ParamId : int {
    HorizonYears,
    // cost.*
    CostFrontierPrice, CostFrontierDecline, CostCommoditizeMonths, CostCommodityDecline,
    CostLaw, CostLearningRate, CostVolumeGrowth, CostHwDoublingYears, CostMaxCostShare,
    // lev.*
    LevTargetWork, LevBaseOutput, LevComputePerPerson, LevP, LevCSat, LevPSat,
    LevShareGenerate, LevShareReview, LevCapGenerate, LevCapReview, LevCapOther,
    LevData, LevClarity, LevDistribution, LevContention, LevCoherency, LevSalary, LevUnitPrice,
    // life.*
    LifePretrainCost, LifeHalfLifeMonths, LifeQueriesPerMonth, LifeQueryGrowth,
    LifeTokensPerQuery, LifeThinkMultiplier, LifeServingCost, LifeDiscountRate,
    // capex.*
    CapexGpus, CapexGpuPrice, CapexGpuShare, CapexPowerKw, CapexPue, CapexElectricityPrice,
    CapexUtilization, CapexRentalPrice, CapexExtraPriceDecline, CapexOpexShare, CapexSbcShare,
    CapexTaxRate, CapexBookLife, CapexEconomicLife, CapexFacilityLife, CapexWacc, CapexGrowth,
    CapexIndustryCapex, CapexAppRevenue, CapexAppMargin,
    // cluster.*
    ClusterModelParams, ClusterTrainTokens, ClusterGpus, ClusterPeakTflops,
    ClusterKernelEfficiency, ClusterBatchTokens, ClusterSeqLen, ClusterTensorParallel,
    ClusterPipelineParallel, ClusterInterleave, ClusterNetworkGbps, ClusterLatencyUs,
    ClusterOverlap, ClusterGpuMtbfHours, ClusterCheckpointSeconds, ClusterRestartMinutes,
    // power.*
    PowerSiteMw, PowerGridWaitYears, PowerBuildYears, PowerChipWaitYears, PowerOnsiteYears,
    PowerOnsitePremium, PowerNationalTwh,
    // chips.*
    ChipsShiftHazard, ChipsTpuPerfPerDollar, ChipsAsicPerfPerDollar, ChipsGpuRetained,
    ChipsTpuRetained, ChipsAsicRetained,
    Count
};

inline constexpr std::size_t kParamCount = static_cast<std::size_t>(ParamId::Count);

// Values of cost.law (an enum parameter stored as its index).
enum class CostLaw : int { Exponential = 0, Wright = 1 };

struct ParameterSpec {
    ParamId param;
    std::string_view id;       // public id, e.g. "cost.frontier_price"
    ModelGroup group;
    std::string_view labelEn;
    std::string_view labelZh;
    std::string_view unit;     // empty for dimensionless
    std::string_view meaning;  // one line: what it is
    double defaultValue;
    double min;
    double max;
    Scale scale;
    double step;               // spin-box step (linear) or display precision hint
    std::string_view source;   // where the default comes from
    std::span<const std::string_view> choices;  // non-empty for enum parameters
    // A count (GPUs, parallel degrees): the model rounds it to the nearest
    // integer, halves up; spin boxes step 1 and show no decimals.
    bool wholeNumber = false;

    bool isEnum() const { return !choices.empty(); }
};

std::span<const ParameterSpec> parameters();
const ParameterSpec& spec(ParamId id);
std::optional<ParamId> findParameter(std::string_view id);

std::string_view groupId(ModelGroup group);         // "global", "cost", "lev", "life", "capex"
std::string_view groupTitleEn(ModelGroup group);    // "Cost curves", ...

bool inRange(ParamId id, double value);
double clampToRange(ParamId id, double value);

// Parses a command-line or file value: a number, or for enum parameters one
// of its choices (or its index). Returns an error message naming the id, the
// value and the allowed range on failure.
struct ParsedValue {
    std::optional<double> value;
    std::string error;
};
ParsedValue parseValue(ParamId id, std::string_view text);

// "0.01–1000" or "exponential|wright"
std::string allowedRangeText(ParamId id);
// Shortest round-trippable text; enum parameters print their choice name.
std::string formatValue(ParamId id, double value);

}  // namespace leverboard
