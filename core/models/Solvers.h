#pragma once
// Small root finders shared by the models. Header-only, no allocation.

#include <algorithm>
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

// The same contract as bisect (a root of a continuous f bracketed by [lo, hi],
// to within relTol × |x| + absTol; nullopt when the ends do not bracket one),
// by Brent's method: inverse quadratic interpolation and secant steps that fall
// back to bisection whenever they would not shrink the bracket fast enough.
// Some 6–10 evaluations of f where bisection to 1e-12 takes about 45.
// brentFrom: the same with f(lo) and f(hi) already known (a caller that
// bracketed the root by evaluating f saves two evaluations).
template <class F>
std::optional<double> brentFrom(F&& f, double lo, double hi, double fLo, double fHi, double relTol = 1e-12,
                                double absTol = 0.0, int maxIterations = 200) {
    double a = lo, b = hi;
    double fa = fLo, fb = fHi;
    if (fa == 0) return a;
    if (fb == 0) return b;
    if ((fa < 0) == (fb < 0)) return std::nullopt;
    double c = b, fc = fb, d = b - a, e = d;
    for (int i = 0; i < maxIterations; ++i) {
        if ((fb > 0) == (fc > 0)) {  // keep the root between b and c
            c = a;
            fc = fa;
            d = e = b - a;
        }
        if (std::fabs(fc) < std::fabs(fb)) {  // b is the best guess so far
            a = b;
            b = c;
            c = a;
            fa = fb;
            fb = fc;
            fc = fa;
        }
        // The answer b is within |c − b| = 2 |half| of the root: stop when that is
        // at most half the tolerance, as bisect's midpoint is.
        const double tol = 0.25 * (relTol * std::fabs(b) + absTol);
        const double half = 0.5 * (c - b);
        if (std::fabs(half) <= tol || fb == 0) return b;
        if (std::fabs(e) >= tol && std::fabs(fa) > std::fabs(fb)) {
            double p, q;
            const double s = fb / fa;
            if (a == c) {  // secant
                p = 2 * half * s;
                q = 1 - s;
            } else {       // inverse quadratic interpolation
                const double qa = fa / fc, r = fb / fc;
                p = s * (2 * half * qa * (qa - r) - (b - a) * (r - 1));
                q = (qa - 1) * (r - 1) * (s - 1);
            }
            if (p > 0) q = -q;
            else p = -p;
            if (2 * p < std::min(3 * half * q - std::fabs(tol * q), std::fabs(e * q))) {
                e = d;
                d = p / q;
            } else {
                d = half;
                e = d;
            }
        } else {
            d = half;
            e = d;
        }
        a = b;
        fa = fb;
        b += std::fabs(d) > tol ? d : (half > 0 ? tol : -tol);
        fb = f(b);
    }
    return b;
}

template <class F>
std::optional<double> brent(F&& f, double lo, double hi, double relTol = 1e-12, double absTol = 0.0,
                            int maxIterations = 200) {
    const double fLo = f(lo), fHi = f(hi);
    return brentFrom(f, lo, hi, fLo, fHi, relTol, absTol, maxIterations);
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
