#include "scenario/Uncertainty.h"

#include <algorithm>
#include <array>
#include <utility>

namespace leverboard {
namespace {

constexpr std::array<std::pair<DistributionKind, std::string_view>, 4> kKinds{{
    {DistributionKind::Uniform, "uniform"},
    {DistributionKind::Triangular, "triangular"},
    {DistributionKind::Normal, "normal"},
    {DistributionKind::Lognormal, "lognormal"},
}};

std::pair<ParamId, ParamId> ordered(ParamId a, ParamId b) {
    return static_cast<int>(a) <= static_cast<int>(b) ? std::pair{a, b} : std::pair{b, a};
}

bool pairLess(const RankCorrelation& c, std::pair<ParamId, ParamId> key) {
    return std::pair{static_cast<int>(c.a), static_cast<int>(c.b)} <
           std::pair{static_cast<int>(key.first), static_cast<int>(key.second)};
}

}  // namespace

const Distribution* Uncertainty::find(ParamId param) const {
    for (const auto& d : distributions)
        if (d.param == param) return &d.distribution;
    return nullptr;
}

void Uncertainty::set(ParamId param, const Distribution& distribution) {
    auto at = std::lower_bound(distributions.begin(), distributions.end(), param,
                               [](const ParameterDistribution& d, ParamId p) {
                                   return static_cast<int>(d.param) < static_cast<int>(p);
                               });
    if (at != distributions.end() && at->param == param)
        at->distribution = distribution;
    else
        distributions.insert(at, {param, distribution});
}

void Uncertainty::remove(ParamId param) {
    std::erase_if(distributions, [&](const ParameterDistribution& d) { return d.param == param; });
    std::erase_if(correlations,
                  [&](const RankCorrelation& c) { return c.a == param || c.b == param; });
}

void Uncertainty::setCorrelation(ParamId a, ParamId b, double rho) {
    const auto key = ordered(a, b);
    auto at = std::lower_bound(correlations.begin(), correlations.end(), key, pairLess);
    const bool present = at != correlations.end() && at->a == key.first && at->b == key.second;
    if (rho == 0) {
        if (present) correlations.erase(at);
    } else if (present) {
        at->rho = rho;
    } else {
        correlations.insert(at, {key.first, key.second, rho});
    }
}

double Uncertainty::correlation(ParamId a, ParamId b) const {
    const auto key = ordered(a, b);
    for (const auto& c : correlations)
        if (c.a == key.first && c.b == key.second) return c.rho;
    return 0;
}

std::string_view distributionKindId(DistributionKind kind) {
    for (const auto& [k, id] : kKinds)
        if (k == kind) return id;
    return "uniform";
}

std::optional<DistributionKind> findDistributionKind(std::string_view id) {
    for (const auto& [k, name] : kKinds)
        if (name == id) return k;
    return std::nullopt;
}

bool canBeUncertain(ParamId param) { return !spec(param).isEnum(); }

}  // namespace leverboard
