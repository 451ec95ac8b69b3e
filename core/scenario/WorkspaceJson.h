#pragma once
// Workspace files (.leverboard): JSON with a format tag and a schema version,
// stable key order, strict validation with messages that name the problem.
// One job per file behind this header: WorkspaceJsonHardening (JSON text →
// value, refusing hostile input), WorkspaceReader (value → Workspace:
// parseWorkspace), WorkspaceWriter (serializeWorkspace), WorkspaceFile
// (loadWorkspaceFile), WorkspaceMessages (the pieces of their messages).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "scenario/Workspace.h"

namespace leverboard {

inline constexpr std::string_view kWorkspaceFormat = "leverboard-workspace";
// 2: a scenario may carry "uncertainty" (distributions and rank correlations);
// version 1 files read unchanged.
inline constexpr int kWorkspaceSchemaVersion = 2;
inline constexpr std::size_t kMaxWorkspaceBytes = 20u * 1024u * 1024u;

struct WorkspaceLoad {
    std::optional<Workspace> workspace;  // nullopt on error
    std::string error;                   // one line naming the problem
    std::vector<std::string> warnings;   // ignored ids, clamped values, ... (empty on error)
};

// Never throws. Messages are one line each and start with what they are about:
//   invalid JSON at line 3, column 14: unexpected '}'; expected string literal
//   not a Leverboard workspace (no "format" field)
//   this workspace was written by a newer Leverboard (schema version 3; this version reads up to 2)
//   /scenarios/1/parameters/cost.frontier_price: expected a number, got string
// Warnings (the file still loads) name the JSON path too:
//   /scenarios/0/parameters/cost.frontier_price: 5000 is outside the range 0.01–1000 in scenario "Base"; clamped to 1000
// A bad distribution or rank correlation is an error naming the path and the parameter or pair:
//   /scenarios/0/uncertainty/distributions/capex.economic_life: capex.economic_life: low 5 is above high 3
// cost.law is written as "exponential" or "wright"; its index 0 or 1 is accepted too.
// Applications without an id get one derived from the name (uniqueApplicationId).
WorkspaceLoad parseWorkspace(std::string_view json);

// The work done by the steps of the last parseWorkspace on this thread that
// must stay linear in the input, so tests bound the work instead of timing
// it (tests/bench/bench_workspace_json times it). Each lookup counts once,
// whatever its cost: a scan would have to count every name it compares.
struct WorkspaceParseWork {
    std::size_t idCandidates = 0;    // candidate ids checked while deriving missing application ids
    std::size_t compareLookups = 0;  // lookups (scenario by name, name among those kept) for /compare
};
WorkspaceParseWork lastParseWork();

// Reads a file (refusing files over kMaxWorkspaceBytes) and parses it.
WorkspaceLoad loadWorkspaceFile(const std::string& path);

// Human-readable, stable key order, ends with a newline. Writing it to a file
// is the caller's job (the GUI writes atomically with ui/io/AtomicFile).
std::string serializeWorkspace(const Workspace& workspace);

}  // namespace leverboard
