#include "analysis/Sampling.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <set>
#include <utility>

#include "text/MachineNumber.h"

namespace leverboard::analysis {
namespace {

constexpr double kZ95 = 1.6448536269514722;  // the standard normal's 95th percentile

// SplitMix64's finaliser: a bijective 64-bit mix with good avalanche.
constexpr std::uint64_t mix(std::uint64_t z) {
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// "a–b" in registry order, however the pair was given.
std::string pairText(ParamId a, ParamId b) {
    if (static_cast<int>(b) < static_cast<int>(a)) std::swap(a, b);
    return std::string(spec(a).id) + "–" + std::string(spec(b).id);
}

double triangularCdf(double a, double b, double c, double x) {
    if (x <= a) return 0;
    if (x >= c) return 1;
    if (x <= b && b > a) return (x - a) * (x - a) / ((c - a) * (b - a));
    return 1 - (c - x) * (c - x) / ((c - a) * (c - b));
}

double triangularInverse(double a, double b, double c, double p) {
    const double fb = (b - a) / (c - a);
    if (p < fb) return a + std::sqrt(p * (c - a) * (b - a));
    return c - std::sqrt((1 - p) * (c - a) * (c - b));
}

double normalPdf(double z) { return std::exp(-0.5 * z * z) / std::sqrt(2 * std::numbers::pi); }

bool positiveDefinite(const Eigen::MatrixXd& m) {
    if (m.rows() == 0) return true;
    Eigen::LLT<Eigen::MatrixXd> llt(m);
    if (llt.info() != Eigen::Success) return false;
    return llt.matrixL().toDenseMatrix().diagonal().minCoeff() > 1e-8;
}

}  // namespace

double uniformDraw(std::uint64_t seed, std::uint64_t sample, std::uint32_t stream) {
    std::uint64_t h = mix(seed + 0x9e3779b97f4a7c15ULL);
    h = mix(h ^ (sample * 0xd1b54a32d192ed03ULL + 0x632be59bd9b4e019ULL));
    h = mix(h + (std::uint64_t(stream) + 1) * 0x8cb92ba72f3d8dd7ULL);
    return (double(h >> 11) + 0.5) * 0x1p-53;  // in (0, 1): never 0 or 1
}

double normalDraw(std::uint64_t seed, std::uint64_t sample, std::uint32_t stream) {
    return normalQuantile(uniformDraw(seed, sample, stream));
}

double normalCdf(double z) { return 0.5 * std::erfc(-z / std::numbers::sqrt2); }

double normalQuantile(double p) {
    if (std::isnan(p)) return p;
    if (p <= 0) return -INFINITY;
    if (p >= 1) return INFINITY;
    // Wichura's AS 241 (PPND16, Applied Statistics 37, 1988): rational
    // approximations with a relative error about 1e-16, so no refinement step
    // (and no erfc or exp) is needed; the Monte Carlo calls this per draw.
    const double q = p - 0.5;
    if (std::fabs(q) <= 0.425) {
        const double r = 0.180625 - q * q;
        return q *
               (((((((r * 2509.0809287301226727 + 33430.575583588128105) * r + 67265.770927008700853) * r +
                    45921.953931549871457) * r + 13731.693765509461125) * r + 1971.5909503065514427) * r +
                 133.14166789178437745) * r + 3.387132872796366608) /
               (((((((r * 5226.495278852545925 + 28729.085735721942674) * r + 39307.89580009271061) * r +
                    21213.794301586595867) * r + 5394.1960214247511077) * r + 687.1870074920579083) * r +
                 42.313330701600911252) * r + 1.0);
    }
    // The tail's probability (1 − p is exact for p > 0.5), then r = √(−ln tail).
    double r = std::sqrt(-std::log(q < 0 ? p : 1.0 - p));
    double z = 0;
    if (r <= 5.0) {
        r -= 1.6;
        z = (((((((r * 7.7454501427834140764e-4 + 0.0227238449892691845833) * r + 0.24178072517745061177) * r +
                 1.27045825245236838258) * r + 3.64784832476320460504) * r + 5.7694972214606914055) * r +
              4.6303378461565452959) * r + 1.42343711074968357734) /
            (((((((r * 1.05075007164441684324e-9 + 5.475938084995344946e-4) * r + 0.0151986665636164571966) * r +
                 0.14810397642748007459) * r + 0.68976733498510000455) * r + 1.6763848301838038494) * r +
              2.05319162663775882187) * r + 1.0);
    } else {
        r -= 5.0;
        z = (((((((r * 2.01033439929228813265e-7 + 2.71155556874348757815e-5) * r + 0.0012426609473880784386) * r +
                 0.026532189526576123093) * r + 0.29656057182850489123) * r + 1.7848265399172913358) * r +
              5.4637849111641143699) * r + 6.6579046435011037772) /
            (((((((r * 2.04426310338993978564e-15 + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r +
                 7.868691311456132591e-4) * r + 0.0148753612908506148525) * r + 0.13692988092273580531) * r +
              0.59983220655588793769) * r + 1.0);
    }
    return q < 0 ? -z : z;
}

Marginal prepareMarginal(ParamId param, const Distribution& dist) {
    const ParameterSpec& p = spec(param);
    Marginal m;
    m.kind = dist.kind;
    switch (dist.kind) {
    case DistributionKind::Uniform:
        m.a = dist.a;
        m.c = dist.b;
        m.lo = std::clamp(dist.a, p.min, p.max);
        m.hi = std::clamp(dist.b, p.min, p.max);
        break;
    case DistributionKind::Triangular:
        m.a = dist.a;
        m.b = dist.b;
        m.c = dist.c;
        m.lo = std::clamp(dist.a, p.min, p.max);
        m.hi = std::clamp(dist.c, p.min, p.max);
        if (m.c > m.a) {
            m.fLo = triangularCdf(m.a, m.b, m.c, m.lo);
            m.fHi = triangularCdf(m.a, m.b, m.c, m.hi);
        }
        break;
    case DistributionKind::Normal:
    case DistributionKind::Lognormal: {
        const bool log = dist.kind == DistributionKind::Lognormal;
        const double lowEnd = log ? std::log(dist.a) : dist.a;
        const double highEnd = log ? std::log(dist.b) : dist.b;
        m.mu = 0.5 * (lowEnd + highEnd);
        m.sigma = (highEnd - lowEnd) / (2 * kZ95);
        m.lo = p.min;
        m.hi = p.max;
        if (log) {
            m.lo = std::max(p.min, 0.0);
            m.zLo = p.min > 0 ? (std::log(p.min) - m.mu) / m.sigma : -INFINITY;
            m.zHi = p.max > 0 ? (std::log(p.max) - m.mu) / m.sigma : -INFINITY;
        } else {
            m.zLo = (p.min - m.mu) / m.sigma;
            m.zHi = (p.max - m.mu) / m.sigma;
        }
        // Deep in the upper tail CDFs round to 1: use the survival function there.
        m.upperTail = m.zLo > 0;
        m.fLo = m.upperTail ? normalCdf(-m.zLo) : normalCdf(m.zLo);
        m.fHi = m.upperTail ? normalCdf(-m.zHi) : normalCdf(m.zHi);
        break;
    }
    }
    return m;
}

double quantile(const Marginal& m, double u) {
    u = std::clamp(u, 0.0, 1.0);
    double x = 0;
    switch (m.kind) {
    case DistributionKind::Uniform: x = m.lo + u * (m.hi - m.lo); break;
    case DistributionKind::Triangular:
        if (m.c <= m.a) return m.a;
        x = triangularInverse(m.a, m.b, m.c, m.fLo + u * (m.fHi - m.fLo));
        break;
    case DistributionKind::Normal:
    case DistributionKind::Lognormal: {
        const double z = m.upperTail ? -normalQuantile(m.fLo - u * (m.fLo - m.fHi))
                                     : normalQuantile(m.fLo + u * (m.fHi - m.fLo));
        x = m.mu + m.sigma * z;
        if (m.kind == DistributionKind::Lognormal) x = std::exp(x);
        break;
    }
    }
    if (std::isnan(x)) return m.lo;
    return std::clamp(x, m.lo, m.hi);
}

double quantile(ParamId param, const Distribution& distribution, double u) {
    return quantile(prepareMarginal(param, distribution), u);
}

double density(ParamId param, const Distribution& distribution, double x) {
    const Marginal m = prepareMarginal(param, distribution);
    if (!(x >= m.lo && x <= m.hi) || !(m.hi > m.lo)) return 0;
    switch (m.kind) {
    case DistributionKind::Uniform: return 1 / (m.hi - m.lo);
    case DistributionKind::Triangular: {
        const double mass = m.fHi - m.fLo;
        if (!(mass > 0) || !(m.c > m.a)) return 0;
        // Rising up to the mode (inclusive, so a mode at the high end has its
        // peak there), falling after it.
        const double pdf = m.b > m.a && x <= m.b ? 2 * (x - m.a) / ((m.c - m.a) * (m.b - m.a))
                                                 : 2 * (m.c - x) / ((m.c - m.a) * (m.c - m.b));
        return pdf / mass;
    }
    case DistributionKind::Normal:
    case DistributionKind::Lognormal: {
        const double mass = m.upperTail ? m.fLo - m.fHi : m.fHi - m.fLo;
        if (!(mass > 0)) return 0;
        if (m.kind == DistributionKind::Normal) return normalPdf((x - m.mu) / m.sigma) / m.sigma / mass;
        if (!(x > 0)) return 0;
        return normalPdf((std::log(x) - m.mu) / m.sigma) / (x * m.sigma) / mass;
    }
    }
    return 0;
}

CopulaBuild buildCopula(const Uncertainty& uncertainty) {
    CopulaBuild build;
    Copula& copula = build.copula;
    for (const auto& d : uncertainty.distributions) copula.params.push_back(d.param);
    const auto n = static_cast<Eigen::Index>(copula.params.size());
    const auto indexOf = [&](ParamId param) -> Eigen::Index {
        for (Eigen::Index i = 0; i < n; ++i)
            if (copula.params[static_cast<std::size_t>(i)] == param) return i;
        return -1;
    };
    Eigen::MatrixXd pearson = Eigen::MatrixXd::Identity(n, n);
    std::set<std::pair<int, int>> seen;
    for (const auto& c : uncertainty.correlations) {
        const std::string pair = pairText(c.a, c.b);
        if (c.a == c.b) {
            build.error = std::string(spec(c.a).id) + ": a rank correlation of a parameter with itself";
            return build;
        }
        if (!std::isfinite(c.rho) || std::fabs(c.rho) >= 1) {
            build.error = pair + ": rank correlation " + text::shortestNumber(c.rho) +
                          " must be strictly between -1 and 1";
            return build;
        }
        const std::pair<int, int> key{std::min(static_cast<int>(c.a), static_cast<int>(c.b)),
                                      std::max(static_cast<int>(c.a), static_cast<int>(c.b))};
        if (!seen.insert(key).second) {
            build.error = pair + ": the pair has two rank correlations";
            return build;
        }
        const Eigen::Index i = indexOf(c.a);
        const Eigen::Index j = indexOf(c.b);
        if (i < 0 || j < 0) {
            build.error = pair + ": " + std::string(spec(i < 0 ? c.a : c.b).id) +
                          " has no distribution, so it cannot be correlated";
            return build;
        }
        if (c.rho == 0) continue;
        const double r = 2 * std::sin(std::numbers::pi * c.rho / 6);
        pearson(i, j) = pearson(j, i) = r;
        copula.correlated = true;
    }
    if (!copula.correlated) {
        copula.lower = Eigen::MatrixXd::Identity(n, n);
        return build;
    }
    if (!positiveDefinite(pearson)) {
        // Name the pairs of a small set of parameters whose correlations
        // contradict each other: the first leading block that fails, then
        // drop every parameter it does not need to fail.
        std::vector<Eigen::Index> set;
        for (Eigen::Index k = 0; k < n; ++k) {
            set.push_back(k);
            Eigen::MatrixXd sub(k + 1, k + 1);
            for (Eigen::Index r = 0; r <= k; ++r)
                for (Eigen::Index s = 0; s <= k; ++s) sub(r, s) = pearson(r, s);
            if (!positiveDefinite(sub)) break;
        }
        const auto subMatrix = [&](const std::vector<Eigen::Index>& idx) {
            const auto m = static_cast<Eigen::Index>(idx.size());
            Eigen::MatrixXd sub(m, m);
            for (Eigen::Index r = 0; r < m; ++r)
                for (Eigen::Index s = 0; s < m; ++s)
                    sub(r, s) = pearson(idx[static_cast<std::size_t>(r)], idx[static_cast<std::size_t>(s)]);
            return sub;
        };
        for (std::size_t k = 0; k + 1 < set.size();) {
            std::vector<Eigen::Index> without = set;
            without.erase(without.begin() + static_cast<std::ptrdiff_t>(k));
            if (!positiveDefinite(subMatrix(without))) set = std::move(without);
            else ++k;
        }
        std::string pairs;
        for (const auto& c : uncertainty.correlations) {
            if (c.rho == 0) continue;
            const bool inA = std::find(set.begin(), set.end(), indexOf(c.a)) != set.end();
            const bool inB = std::find(set.begin(), set.end(), indexOf(c.b)) != set.end();
            if (!inA || !inB) continue;
            if (!pairs.empty()) pairs += ", ";
            pairs += pairText(c.a, c.b);
        }
        build.error = "the rank correlations are not consistent (not positive definite): " + pairs;
        return build;
    }
    copula.lower = Eigen::LLT<Eigen::MatrixXd>(pearson).matrixL();
    return build;
}

std::string validateUncertainty(const Uncertainty& uncertainty) {
    std::set<int> seen;
    for (const auto& d : uncertainty.distributions) {
        if (!seen.insert(static_cast<int>(d.param)).second)
            return std::string(spec(d.param).id) + ": two distributions";
        std::string error = validateDistribution(d.param, d.distribution);
        if (!error.empty()) return error;
    }
    return buildCopula(uncertainty).error;
}

}  // namespace leverboard::analysis
