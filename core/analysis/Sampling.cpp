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
    // Acklam's rational approximation (relative error 1.15e-9)…
    static constexpr double a[] = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                                   1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
    static constexpr double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                                   6.680131188771972e+01, -1.328068155288572e+01};
    static constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                                   -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
    static constexpr double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                                   3.754408661907416e+00};
    constexpr double pLow = 0.02425;
    double x = 0;
    if (p < pLow) {
        const double q = std::sqrt(-2 * std::log(p));
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    } else if (p <= 1 - pLow) {
        const double q = p - 0.5;
        const double r = q * q;
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
            (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    } else {
        const double q = std::sqrt(-2 * std::log1p(-p));
        x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    // …and one Halley step on the exact CDF (erfc), which brings it to full precision.
    const double e = x > 0 ? (1 - p) - normalCdf(-x) : normalCdf(x) - p;  // Φ(x) − p, accurately
    const double u = e * std::sqrt(2 * std::numbers::pi) * std::exp(0.5 * x * x);
    return x - u / (1 + 0.5 * x * u);
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
