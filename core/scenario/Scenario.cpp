#include "scenario/Scenario.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace leverboard {

Scenario::Scenario() : applications(defaultApplications()) {
    for (const auto& p : parameters()) (*this)[p.param] = p.defaultValue;
}

int Scenario::horizonMonths() const {
    return static_cast<int>(std::lround(12.0 * clampToRange(ParamId::HorizonYears,
                                                            (*this)[ParamId::HorizonYears])));
}

std::vector<Application> defaultApplications() {
    return {
        {"chat", "Chat answer", 0.002, 0.05},
        {"review", "Code review", 0.05, 2},
        {"agent", "Coding-agent task", 5, 20},
        {"worker", "Remote-worker day", 200, 200},
    };
}

std::string uniqueApplicationId(const std::vector<Application>& apps, const std::string& name) {
    std::string base;
    for (unsigned char c : name) {
        if (std::isalnum(c)) base += static_cast<char>(std::tolower(c));
        else if (!base.empty() && base.back() != '_') base += '_';
    }
    while (!base.empty() && base.back() == '_') base.pop_back();
    if (base.empty()) base = "app";
    auto taken = [&](const std::string& id) {
        return std::any_of(apps.begin(), apps.end(), [&](const Application& a) { return a.id == id; });
    };
    std::string id = base;
    for (int n = 2; taken(id); ++n) id = base + "_" + std::to_string(n);
    return id;
}

}  // namespace leverboard
