#pragma once
// Sampling a scenario's uncertainty: truncated inverse CDFs, the Gaussian
// copula and counter-based random streams (MODEL.md, "Uncertainty").

#include <cstdint>
#include <string>
#include <vector>

#include <Eigen/Dense>

#include "params/ParameterRegistry.h"
#include "scenario/Uncertainty.h"

namespace leverboard::analysis {

// A uniform draw in (0, 1) from a counter-based stream keyed by
// (seed, sample index, parameter index): the same numbers whatever the thread
// count or the order samples are drawn in.
double uniformDraw(std::uint64_t seed, std::uint64_t sample, std::uint32_t stream);
// A standard normal draw from the same kind of stream.
double normalDraw(std::uint64_t seed, std::uint64_t sample, std::uint32_t stream);

// The distribution truncated to the parameter's range: the value at
// cumulative probability u in [0, 1] (inverse CDF on the truncated interval,
// no rejection). Whole-number parameters are not rounded here (evaluate does).
double quantile(ParamId param, const Distribution& distribution, double u);
// Its density at x (0 outside the range): the editor's preview.
double density(ParamId param, const Distribution& distribution, double x);

// The truncated distribution prepared once (its support inside the range and
// the CDF at both ends), so a sample's quantile costs one inverse CDF:
// quantile(prepareMarginal(p, d), u) == quantile(p, d, u). Monte Carlo uses it.
struct Marginal {
    DistributionKind kind = DistributionKind::Uniform;
    double lo = 0, hi = 0;            // the support inside the parameter's range
    double a = 0, b = 0, c = 0;       // uniform/triangular: low, mode, high
    double mu = 0, sigma = 1;         // normal: in value space; lognormal: of log(value)
    double zLo = 0, zHi = 0;          // normal/lognormal: standardised ends
    double fLo = 0, fHi = 1;          // CDF at the ends (upper-tail survival when upperTail)
    bool upperTail = false;           // normal/lognormal in the upper tail: work with 1 − CDF
};
Marginal prepareMarginal(ParamId param, const Distribution& distribution);
double quantile(const Marginal& marginal, double u);

// Standard normal CDF and its inverse (Wichura's AS 241: relative error about 1e-16).
double normalCdf(double z);
double normalQuantile(double p);

// The copula's Cholesky factor over the scenario's distributed parameters
// (order: Uncertainty::distributions). Spearman ρ becomes 2 sin(πρ/6).
struct Copula {
    std::vector<ParamId> params;  // the distributed parameters
    Eigen::MatrixXd lower;        // L with L Lᵀ = the Pearson matrix; identity when uncorrelated
    bool correlated = false;
};
// Empty error when valid; otherwise one line naming the pairs, e.g.
//   "the rank correlations are not consistent (not positive definite): capex.utilization–capex.rental_price, ..."
// or a correlation on a parameter without a distribution, or |ρ| ≥ 1.
struct CopulaBuild {
    Copula copula;
    std::string error;
};
CopulaBuild buildCopula(const Uncertainty& uncertainty);

// Validates everything a scenario's uncertainty says (each distribution, then
// the correlations); empty when valid. The workspace reader and --dist use it.
std::string validateUncertainty(const Uncertainty& uncertainty);

}  // namespace leverboard::analysis
