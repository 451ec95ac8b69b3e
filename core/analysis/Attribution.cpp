#include "analysis/Attribution.h"

#include <algorithm>
#include <bit>
#include <set>
#include <cmath>
#include <cstdint>

#include "analysis/KpiProbe.h"
#include "analysis/Parallel.h"
#include "models/Engine.h"

namespace leverboard::analysis {
namespace {

constexpr std::size_t kMaxExactPlayers = 12;
constexpr std::size_t kPermutations = 2000;
constexpr std::uint64_t kPermutationSeed = 0x5eed'a77c'1b07'0001ULL;
constexpr std::size_t kListedNullCoalitions = 5;

// A player: one parameter that differs, or the application list (param empty).
struct Player {
    std::string id;
    std::optional<ParamId> param;
};

std::vector<Player> differingPlayers(const Scenario& from, const Scenario& to) {
    std::vector<Player> players;
    for (const ParameterSpec& p : parameters())
        if (from[p.param] != to[p.param]) players.push_back({std::string(p.id), p.param});
    if (from.applications != to.applications) players.push_back({"applications", std::nullopt});
    return players;
}

// A with the players in `taken` (a bit per player) taken from B.
void takeFrom(Scenario& probe, const Scenario& from, const Scenario& to,
              const std::vector<Player>& players, const std::vector<bool>& taken) {
    for (std::size_t i = 0; i < players.size(); ++i) {
        const Scenario& source = taken[i] ? to : from;
        if (players[i].param) probe[*players[i].param] = source[*players[i].param];
        else probe.applications = source.applications;
    }
}

std::string coalitionName(const std::vector<Player>& players, const std::vector<bool>& taken) {
    std::string name;
    for (std::size_t i = 0; i < players.size(); ++i) {
        if (!taken[i]) continue;
        if (!name.empty()) name += '+';
        name += players[i].id;
    }
    return name;
}

std::uint64_t splitmix(std::uint64_t& state) {
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// Permutation number `index`, the same whatever thread draws it.
std::vector<std::size_t> permutation(std::size_t players, std::uint64_t index) {
    std::vector<std::size_t> order(players);
    for (std::size_t i = 0; i < players; ++i) order[i] = i;
    std::uint64_t state = kPermutationSeed ^ (index * 0xd1b54a32d192ed03ULL);
    for (std::size_t i = players; i > 1; --i) {
        const std::size_t j = std::size_t(splitmix(state) % i);
        std::swap(order[i - 1], order[j]);
    }
    return order;
}

void sortContributions(std::vector<Contribution>& contributions) {
    std::stable_sort(contributions.begin(), contributions.end(),
                     [](const Contribution& a, const Contribution& b) {
                         return std::fabs(a.value) > std::fabs(b.value);
                     });
}

}  // namespace

AttributionResult attribute(const Scenario& from, const Scenario& to, const std::string& kpi,
                            unsigned threads, const std::atomic<bool>* cancel) {
    AttributionResult result;
    result.kpi = kpi;
    if (!checkNumericKpi(from, kpi).empty() && !checkNumericKpi(to, kpi).empty()) return result;
    result.kpiFrom = numericKpi(evaluate(from), kpi);
    result.kpiTo = numericKpi(evaluate(to), kpi);

    // Only the models this KPI (and its threshold) needs: its value is the full evaluation's.
    const EvalOptions fast{modelMaskFor({kpi}, {}), /*chartGrids=*/false};
    const std::vector<Player> players = differingPlayers(from, to);
    const std::size_t n = players.size();
    if (n == 0) return result;

    if (n <= kMaxExactPlayers) {
        const std::size_t coalitions = std::size_t(1) << n;
        std::vector<std::optional<double>> values(coalitions);
        const bool complete = parallelFor(
            coalitions, threads, 16,
            [&](std::size_t begin, std::size_t end) {
                Scenario probe = from;
                Results results;
                std::vector<bool> taken(n);
                for (std::size_t mask = begin; mask < end; ++mask) {
                    for (std::size_t i = 0; i < n; ++i) taken[i] = (mask >> i) & 1U;
                    takeFrom(probe, from, to, players, taken);
                    evaluate(probe, results, fast);
                    values[mask] = numericKpi(results, kpi);
                }
            },
            cancel);
        if (!complete) {
            result.cancelled = true;
            return result;
        }
        for (std::size_t mask = 0; mask < coalitions; ++mask) {
            if (values[mask]) continue;
            if (result.nullCoalitions.size() < kListedNullCoalitions) {
                std::vector<bool> taken(n);
                for (std::size_t i = 0; i < n; ++i) taken[i] = (mask >> i) & 1U;
                result.nullCoalitions.push_back(coalitionName(players, taken));
            }
            ++result.nullCoalitionCount;
        }
        if (result.nullCoalitionCount > 0) return result;

        // weight[t] = t! (n − t − 1)! / n!
        std::vector<double> weight(n);
        for (std::size_t t = 0; t < n; ++t) {
            double w = 1.0 / double(n);
            // t! (n − 1 − t)! / (n − 1)!  = 1 / C(n − 1, t)
            double binomial = 1;
            for (std::size_t j = 1; j <= t; ++j) binomial = binomial * double(n - 1 - t + j) / double(j);
            weight[t] = w / binomial;
        }
        for (std::size_t i = 0; i < n; ++i) {
            const std::size_t bit = std::size_t(1) << i;
            double phi = 0;
            for (std::size_t mask = 0; mask < coalitions; ++mask) {
                if (mask & bit) continue;
                phi += weight[std::size_t(std::popcount(mask))] * (*values[mask | bit] - *values[mask]);
            }
            result.contributions.push_back({players[i].id, phi, std::nullopt});
        }
        sortContributions(result.contributions);
        return result;
    }

    // Sampled: each permutation walks from A to B adding one player at a time.
    result.exact = false;
    std::vector<double> marginals(kPermutations * n, 0.0);
    std::vector<char> walked(kPermutations, 0);
    std::vector<std::string> firstNull(kPermutations);
    const bool complete = parallelFor(
        kPermutations, threads, 4,
        [&](std::size_t begin, std::size_t end) {
            Scenario probe = from;
            Results results;
            std::vector<bool> taken(n);
            for (std::size_t perm = begin; perm < end; ++perm) {
                const std::vector<std::size_t> order = permutation(n, perm);
                std::fill(taken.begin(), taken.end(), false);
                takeFrom(probe, from, to, players, taken);
                evaluate(probe, results, fast);
                std::optional<double> previous = numericKpi(results, kpi);
                bool ok = previous.has_value();
                if (!ok) firstNull[perm] = "";
                for (std::size_t step = 0; ok && step < n; ++step) {
                    taken[order[step]] = true;
                    takeFrom(probe, from, to, players, taken);
                    evaluate(probe, results, fast);
                    const std::optional<double> next = numericKpi(results, kpi);
                    if (!next) {
                        firstNull[perm] = coalitionName(players, taken);
                        ok = false;
                        break;
                    }
                    marginals[perm * n + order[step]] = *next - *previous;
                    previous = next;
                }
                walked[perm] = ok ? 1 : 0;
            }
        },
        cancel);
    if (!complete) {
        result.cancelled = true;
        return result;
    }
    // Every walk must be whole: a null anywhere shows no bars (no guessing).
    std::set<std::string> nulls;
    for (std::size_t perm = 0; perm < kPermutations; ++perm) {
        if (walked[perm] || !nulls.insert(firstNull[perm]).second) continue;
        if (result.nullCoalitions.size() < kListedNullCoalitions) result.nullCoalitions.push_back(firstNull[perm]);
    }
    result.nullCoalitionCount = nulls.size();
    if (!nulls.empty()) return result;
    const double count = double(kPermutations);
    for (std::size_t i = 0; i < n; ++i) {
        double sum = 0;
        for (std::size_t perm = 0; perm < kPermutations; ++perm) sum += marginals[perm * n + i];
        const double mean = sum / count;
        double squares = 0;
        for (std::size_t perm = 0; perm < kPermutations; ++perm)
            squares += (marginals[perm * n + i] - mean) * (marginals[perm * n + i] - mean);
        // The standard error of the mean over the permutations.
        result.contributions.push_back({players[i].id, mean, std::sqrt(squares / (count - 1) / count)});
    }
    sortContributions(result.contributions);
    return result;
}

}  // namespace leverboard::analysis
