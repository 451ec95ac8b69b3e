#pragma once
// A workspace: named scenarios, the active one and the comparison set.

#include <string>
#include <vector>

#include "scenario/Scenario.h"

namespace leverboard {

inline constexpr int kMaxCompared = 4;

struct Workspace {
    std::vector<Scenario> scenarios;  // never empty in a valid workspace
    int active = 0;                   // index into scenarios
    std::vector<std::string> compared;  // names of scenarios in the comparison set (≤ 4)

    const Scenario& activeScenario() const { return scenarios.at(static_cast<std::size_t>(active)); }
    Scenario& activeScenario() { return scenarios.at(static_cast<std::size_t>(active)); }

    // Index of the scenario with this name, or -1.
    int indexOf(const std::string& name) const;
    // A name not used yet: "Base", "Base (2)", ...
    std::string uniqueName(const std::string& wanted) const;

    bool operator==(const Workspace&) const = default;
};

// The presets of MODEL.md: Base, Bear, Bull, Thin team.
Workspace defaultWorkspace();

}  // namespace leverboard
