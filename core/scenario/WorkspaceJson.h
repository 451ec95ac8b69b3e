#pragma once
// Workspace files (.leverboard): JSON with a format tag and a schema version,
// stable key order, strict validation with messages that name the problem.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "scenario/Workspace.h"

namespace leverboard {

inline constexpr std::string_view kWorkspaceFormat = "leverboard-workspace";
inline constexpr int kWorkspaceSchemaVersion = 1;
inline constexpr std::size_t kMaxWorkspaceBytes = 20u * 1024u * 1024u;

struct WorkspaceLoad {
    std::optional<Workspace> workspace;  // nullopt on error
    std::string error;                   // one line naming the problem
    std::vector<std::string> warnings;   // ignored ids, clamped values, ...
};

WorkspaceLoad parseWorkspace(std::string_view json);
// Reads a file (refusing files over kMaxWorkspaceBytes) and parses it.
WorkspaceLoad loadWorkspaceFile(const std::string& path);

// Human-readable, stable key order, ends with a newline.
std::string serializeWorkspace(const Workspace& workspace);

// Writes the workspace to a temporary file in the target's directory, flushes
// it to disk and renames it over the target, so the original file is either
// replaced whole or left untouched. Returns false with a one-line error.
// (The GUI uses QSaveFile; the command line and the tests use this.)
bool saveWorkspaceFileAtomic(const Workspace& workspace, const std::string& path, std::string& error);

}  // namespace leverboard
