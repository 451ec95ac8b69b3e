#pragma once
// Attribution: why do two scenarios differ? Shapley values, MODEL.md
// "Analysis on top of any model".

#include <atomic>
#include <optional>
#include <string>
#include <vector>

#include "scenario/Scenario.h"

namespace leverboard::analysis {

struct Contribution {
    // A parameter id, or "applications" for the application list (one player).
    std::string param;
    double value = 0;                  // φ_i
    std::optional<double> stdError;    // sampled method only
};

struct AttributionResult {
    std::string kpi;
    std::optional<double> kpiFrom;     // k(A)
    std::optional<double> kpiTo;       // k(B)
    bool exact = true;                 // |S| ≤ 12; otherwise 2,000 seeded permutations
    std::vector<Contribution> contributions;  // sorted by |φ|, largest first
    // Exact method with a null KPI in some coalition: no contributions; the first
    // five null coalitions (each as the ids taken from B, "+"-joined, "" = A itself)
    // and how many there were in all.
    std::vector<std::string> nullCoalitions;
    std::size_t nullCoalitionCount = 0;
    bool cancelled = false;
};

AttributionResult attribute(const Scenario& from, const Scenario& to, const std::string& kpi,
                            unsigned threads = 0, const std::atomic<bool>* cancel = nullptr);

}  // namespace leverboard::analysis
