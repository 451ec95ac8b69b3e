#include "scenario/WorkspaceJson.h"

namespace leverboard {

// TODO(helper): implement.
WorkspaceLoad parseWorkspace(std::string_view) { return {std::nullopt, "not implemented", {}}; }
WorkspaceLoad loadWorkspaceFile(const std::string&) { return {std::nullopt, "not implemented", {}}; }
std::string serializeWorkspace(const Workspace&) { return {}; }

}  // namespace leverboard
