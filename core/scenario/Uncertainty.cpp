#include "scenario/Uncertainty.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <utility>

#include "text/MachineNumber.h"

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

std::string number(double value) { return text::shortestNumber(value); }

// The standard normal CDF (the same as analysis::normalCdf; kept here so the
// scenario layer does not depend on the analysis layer).
double phi(double z) { return 0.5 * std::erfc(-z / std::sqrt(2.0)); }

constexpr double kZ95 = 1.6448536269514722;  // the standard normal's 95th percentile

// The probability mass the distribution puts inside [lo, hi].
double massInside(const Distribution& d, double lo, double hi) {
    switch (d.kind) {
    case DistributionKind::Uniform:
    case DistributionKind::Triangular: {
        const double low = d.a;
        const double high = d.kind == DistributionKind::Uniform ? d.b : d.c;
        if (low == high) return low >= lo && low <= hi ? 1.0 : 0.0;  // a point
        const double from = std::max(low, lo);
        const double to = std::min(high, hi);
        return to > from ? 1.0 : 0.0;  // any interval of positive width has mass
    }
    case DistributionKind::Normal: {
        const double mu = 0.5 * (d.a + d.b);
        const double sigma = (d.b - d.a) / (2 * kZ95);
        const double zlo = (lo - mu) / sigma;
        const double zhi = (hi - mu) / sigma;
        return zlo > 0 ? phi(-zlo) - phi(-zhi) : phi(zhi) - phi(zlo);
    }
    case DistributionKind::Lognormal: {
        if (hi <= 0) return 0;
        const double mu = 0.5 * (std::log(d.a) + std::log(d.b));
        const double sigma = (std::log(d.b) - std::log(d.a)) / (2 * kZ95);
        const double zlo = lo > 0 ? (std::log(lo) - mu) / sigma : -INFINITY;
        const double zhi = (std::log(hi) - mu) / sigma;
        return zlo > 0 ? phi(-zlo) - phi(-zhi) : phi(zhi) - phi(zlo);
    }
    }
    return 0;
}

// Below this, the truncated distribution is a numerical accident, not a belief.
constexpr double kMinMass = 1e-9;

std::string statedText(const Distribution& d) {
    std::string text = std::string(distributionKindId(d.kind)) + "(" + number(d.a) + ", " + number(d.b);
    if (d.kind == DistributionKind::Triangular) text += ", " + number(d.c);
    return text + ")";
}

}  // namespace

std::string validateDistribution(ParamId param, const Distribution& d) {
    const ParameterSpec& p = spec(param);
    const std::string id(p.id);
    if (p.isEnum()) return id + ": a choice parameter cannot carry a distribution";
    const bool triangular = d.kind == DistributionKind::Triangular;
    const bool byPercentiles = d.kind == DistributionKind::Normal || d.kind == DistributionKind::Lognormal;
    const char* first = byPercentiles ? "p5" : "low";
    const char* second = byPercentiles ? "p95" : triangular ? "mode" : "high";
    if (!std::isfinite(d.a)) return id + ": " + first + " is not a finite number";
    if (!std::isfinite(d.b)) return id + ": " + second + " is not a finite number";
    if (triangular && !std::isfinite(d.c)) return id + ": high is not a finite number";
    switch (d.kind) {
    case DistributionKind::Uniform:
        if (d.a > d.b) return id + ": low " + number(d.a) + " is above high " + number(d.b);
        break;
    case DistributionKind::Triangular:
        if (d.a > d.c) return id + ": low " + number(d.a) + " is above high " + number(d.c);
        if (d.b < d.a || d.b > d.c)
            return id + ": mode " + number(d.b) + " is not between low " + number(d.a) + " and high " +
                   number(d.c);
        break;
    case DistributionKind::Normal:
    case DistributionKind::Lognormal:
        if (d.kind == DistributionKind::Lognormal && d.a <= 0) return id + ": lognormal needs p5 > 0";
        if (d.a >= d.b) return id + ": p5 " + number(d.a) + " must be below p95 " + number(d.b);
        break;
    }
    if (!(massInside(d, p.min, p.max) >= kMinMass))
        return id + ": " + statedText(d) + " has no mass inside the range " + allowedRangeText(param);
    return {};
}

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
