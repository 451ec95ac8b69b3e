#include "params/KpiRegistry.h"

#include <vector>

#include "models/ModelRegistry.h"
#include "models/Results.h"
#include "scenario/Scenario.h"

namespace leverboard {
namespace {

// Every model's KPI specs, in registry order (each model's rows live in its .cpp).
std::vector<KpiSpec> collectKpiSpecs() {
    std::vector<KpiSpec> all;
    for (const ModelSpec& model : models()) all.insert(all.end(), model.kpis.begin(), model.kpis.end());
    return all;
}

const std::vector<KpiSpec>& allKpiSpecs() {
    static const std::vector<KpiSpec> all = collectKpiSpecs();
    return all;
}

}  // namespace

std::span<const KpiSpec> kpiSpecs() { return allKpiSpecs(); }

const KpiSpec* findKpiSpec(std::string_view id) {
    for (const auto& k : allKpiSpecs()) {
        if (k.id == id) return &k;
        if (k.id == kUnlockMonthPrefix && id.starts_with(kUnlockMonthPrefix) &&
            id.size() > kUnlockMonthPrefix.size())
            return &k;
    }
    return nullptr;
}

std::optional<double> thresholdValue(const KpiSpec& spec, const Results& results) {
    const KpiThreshold& threshold = spec.threshold;
    switch (threshold.kind) {
    case KpiThreshold::Kind::None: return std::nullopt;
    case KpiThreshold::Kind::Constant: return threshold.value;
    case KpiThreshold::Kind::Parameter: {
        const auto param = findParameter(threshold.ref);
        if (!param) return std::nullopt;
        return results.parameters[static_cast<std::size_t>(*param)];  // as the model used it
    }
    case KpiThreshold::Kind::Kpi: {
        const Kpi* kpi = results.kpi(threshold.ref);
        if (!kpi) return std::nullopt;
        return kpi->value;
    }
    case KpiThreshold::Kind::Horizon: return double(results.horizonMonths);
    }
    return std::nullopt;
}

ThresholdSide thresholdSide(const KpiSpec& spec, const Kpi& kpi, const Results& results) {
    if (!kpi.value || kpi.isText()) return ThresholdSide::None;
    const std::optional<double> threshold = thresholdValue(spec, results);
    if (!threshold) return ThresholdSide::None;
    const bool good = spec.threshold.goodAbove ? *kpi.value >= *threshold : *kpi.value <= *threshold;
    return good ? ThresholdSide::Good : ThresholdSide::Bad;
}

}  // namespace leverboard
