#pragma once
// Small root finders shared by the models. Header-only, no allocation.

#include <cmath>
#include <optional>

namespace leverboard::solve {

// Root of a continuous f on [lo, hi] with f(lo), f(hi) of opposite signs (or
// zero), by bisection until the bracket is within relTol × |x| (+ absTol).
// Returns nullopt when the ends do not bracket a root.
template <class F>
std::optional<double> bisect(F&& f, double lo, double hi, double relTol = 1e-12,
                             double absTol = 0.0, int maxIterations = 200) {
    double flo = f(lo);
    double fhi = f(hi);
    if (flo == 0) return lo;
    if (fhi == 0) return hi;
    if ((flo < 0) == (fhi < 0)) return std::nullopt;
    for (int i = 0; i < maxIterations; ++i) {
        const double mid = 0.5 * (lo + hi);
        if (hi - lo <= relTol * std::fabs(mid) + absTol) break;
        const double fmid = f(mid);
        if (fmid == 0) return mid;
        if ((fmid < 0) == (flo < 0)) {
            lo = mid;
            flo = fmid;
        } else {
            hi = mid;
        }
    }
    return 0.5 * (lo + hi);
}

// Least x in [lo, hi] with pred(x) true, for a predicate that is false then
// true (monotone). Assumes pred(hi) is true; returns lo if pred(lo).
template <class Pred>
double leastTrue(Pred&& pred, double lo, double hi, double relTol = 1e-9, double absTol = 1e-300) {
    if (pred(lo)) return lo;
    for (int i = 0; i < 400 && hi - lo > relTol * std::fabs(hi) + absTol; ++i) {
        const double mid = 0.5 * (lo + hi);
        if (pred(mid)) hi = mid;
        else lo = mid;
    }
    return hi;
}

}  // namespace leverboard::solve
